"""Write minimal but genuine .docx packages from raw WordprocessingML, for import tests.

python-docx has no tracked-changes API, so tracked insertions, deletions and moves are
written as XML here, the way Word writes them.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = (
    f'xmlns:w="{W_NS}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"'
)
REV = 'w:author="Writer" w:date="2024-03-14T09:00:00Z"'

_OOXML = "http://schemas.openxmlformats.org"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_DOC_REL = f"{_OOXML}/officeDocument/2006/relationships"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<Types xmlns="{_OOXML}/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/word/document.xml" ContentType="{_WML}.document.main+xml"/>'
    f'<Override PartName="/word/comments.xml" ContentType="{_WML}.comments+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    "</Types>"
)

PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<Relationships xmlns="{_OOXML}/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_DOC_REL}/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" '
    f'Type="{_OOXML}/package/2006/relationships/metadata/core-properties" '
    'Target="docProps/core.xml"/>'
    "</Relationships>"
)

DOCUMENT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<Relationships xmlns="{_OOXML}/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_DOC_REL}/comments" Target="comments.xml"/>'
    '<Relationship Id="rId2" '
    'Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" '
    'Target="commentsExtended.xml"/>'
    "</Relationships>"
)


def esc(text: str) -> str:
    """XML-escape text content."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run(text: str) -> str:
    """A plain run."""
    return f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def ins(text: str, rid: int = 100) -> str:
    """A tracked insertion."""
    return f'<w:ins w:id="{rid}" {REV}>{run(text)}</w:ins>'


def dele(text: str, rid: int = 101) -> str:
    """A tracked deletion (its text in w:delText, as Word writes it)."""
    return (
        f'<w:del w:id="{rid}" {REV}><w:r>'
        f'<w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>'
    )


def para(*content: str, style: str = "", mark: str = "") -> str:
    """A paragraph; ``mark`` is ``"del"`` or ``"ins"`` for a tracked paragraph mark."""
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if mark:
        props += f'<w:rPr><w:{mark} w:id="900" {REV}/></w:rPr>'
    ppr = f"<w:pPr>{props}</w:pPr>" if props else ""
    return f"<w:p>{ppr}{''.join(content)}</w:p>"


def document_xml(body: str, prolog: str = "") -> str:
    """word/document.xml around ``body``; ``prolog`` goes before the root (e.g. a DOCTYPE)."""
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{prolog}'
        f"<w:document {NSDECL}><w:body>{body}<w:sectPr/></w:body></w:document>"
    )


def comment(cid: int, body: str, author: str = "Desk", para_id: str = "") -> str:
    """One w:comment whose text is ``body`` (lines become paragraphs)."""
    pid = f' w14:paraId="{para_id}"' if para_id else ""
    paras = "".join(f"<w:p{pid}>{run(line)}</w:p>" for line in body.split("\n"))
    return (
        f'<w:comment w:id="{cid}" w:author="{esc(author)}" w:date="2024-03-14T10:00:00Z" '
        f'w:initials="D">{paras}</w:comment>'
    )


def comments_xml(*items: str) -> str:
    """word/comments.xml."""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<w:comments {NSDECL}>{''.join(items)}</w:comments>"
    )


def core_xml(title: str = "", creator: str = "") -> str:
    """docProps/core.xml."""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/">'
        f"<dc:title>{esc(title)}</dc:title><dc:creator>{esc(creator)}</dc:creator>"
        "</cp:coreProperties>"
    )


def write_docx(
    path: Path,
    body: str,
    *,
    comments: str | None = None,
    comments_ext: str | None = None,
    title: str = "",
    prolog: str = "",
    document: str | None = None,
) -> Path:
    """Write a .docx at ``path`` whose body is ``body`` (raw WordprocessingML)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", PACKAGE_RELS)
        zf.writestr("word/_rels/document.xml.rels", DOCUMENT_RELS)
        zf.writestr("word/document.xml", document or document_xml(body, prolog))
        zf.writestr("docProps/core.xml", core_xml(title))
        if comments is not None:
            zf.writestr("word/comments.xml", comments)
        if comments_ext is not None:
            zf.writestr("word/commentsExtended.xml", comments_ext)
    return path


def form_prompt_story(path: Path) -> Path:
    """A British story with a US template's form prompt ("Summarize the color of the
    program here.") showing in an empty control between two paragraphs of its own."""
    prompt = (
        "<w:sdt><w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent>"
        + run("Summarize the color of the program here.")
        + "</w:sdtContent></w:sdt>"
    )
    body = (
        para(run("The colour of the town hall was chosen by the council on Tuesday."))
        + para(run("Summary: "), prompt)
        + para(run("The programme will run until the summer."))
    )
    return write_docx(path, body)
