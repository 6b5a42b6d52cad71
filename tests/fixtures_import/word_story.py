"""A formatted Word story as a reporter sends it, built for the tests (python-docx for the
styles and lists, raw WordprocessingML for what python-docx cannot write: a footnote,
tracked changes, comment replies).

Heading 1 title, italic standfirst, a bold name with a footnote, a link, a bulleted
list, a table, a page header, an incoming insertion and deletion by the reporter, and a
comment thread (a question and its reply) plus a resolved comment.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement
from lxml import etree

from fixtures_import.docx_parts import NSDECL

REPORTER = 'w:author="Reporter" w:date="2024-03-14T09:00:00Z"'
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"

TITLE = "Harbour reopens after the storm"
STANDFIRST = "The primary objective was to reopen the port before winter, officials said."
FOOTNOTE = "Figures from the council's budget office."
HEADER = "Port Ellis Gazette"

#: The story's text as reviewdesk reads it (every tracked change accepted).
TEXT = (
    f"{TITLE}\n{STANDFIRST}\n"
    "Mayor Ana Ruiz said the repairs cost less than expected. Read the full report.\n"
    "Boats are back in the water\nCafés have reopened\n"
    "Cost\n£4.2m\nWeeks\nsix\n"
    "The ferry will resume on Monday.\n"
    f"{FOOTNOTE}\n{HEADER}"
)
#: The same with every tracked change rejected.
REJECTED = TEXT.replace("ferry will resume", "ferry may resume")


def _xml(fragment: str) -> list[etree._Element]:
    return list(parse_xml(f"<w:wrap {NSDECL}>{fragment}</w:wrap>"))


def _build(with_revisions: bool, with_comments: bool) -> bytes:
    d = docx.Document()
    d.core_properties.title = TITLE
    d.add_heading(TITLE, level=1)
    d.add_paragraph().add_run(STANDFIRST).italic = True
    p = d.add_paragraph("Mayor ")
    name = p.add_run("Ana Ruiz")
    name.bold = True
    p.add_run(" said the repairs cost less than expected.")
    p._p.extend(
        _xml('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
             '<w:footnoteReference w:id="1"/></w:r>')
    )  # fmt: skip
    p.add_run(" Read ")
    rid = d.part.relate_to("https://example.org/report", f"{OFFICE}/hyperlink", is_external=True)
    link = OxmlElement("w:hyperlink", {qn("r:id"): rid})
    link.extend(_xml('<w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t>the full report</w:t></w:r>'))
    p._p.append(link)
    p.add_run(".")
    d.add_paragraph("Boats are back in the water", style="List Bullet")
    d.add_paragraph("Cafés have reopened", style="List Bullet")
    table = d.add_table(rows=2, cols=2)
    table.style = "Table Grid"
    for row, cells in enumerate((("Cost", "£4.2m"), ("Weeks", "six"))):
        for col, value in enumerate(cells):
            table.cell(row, col).text = value
    p = d.add_paragraph("The ferry ")
    if with_revisions:
        p._p.extend(
            _xml(f'<w:ins w:id="201" {REPORTER}><w:r><w:t>will</w:t></w:r></w:ins>'
                 f'<w:del w:id="202" {REPORTER}><w:r><w:delText>may</w:delText></w:r></w:del>')
        )  # fmt: skip
    else:
        p.add_run("will")
    p.add_run(" resume on Monday.")
    d.sections[0].header.paragraphs[0].text = HEADER
    if with_comments:
        question = d.add_comment(name, text="Check the spelling", author="Chief Sub", initials="CS")
        reply = d.add_comment(name, text="Checked, it is right", author="Reporter", initials="R")
        done = d.add_comment(p.runs[-1], text="Day confirmed", author="Chief Sub", initials="CS")
        for comment, para_id in ((question, "1A000001"), (reply, "1A000002"), (done, "1A000003")):
            for para in comment._comment_elm.iter(qn("w:p")):
                para.set(f"{{{W14}}}paraId", para_id)
    buffer = io.BytesIO()
    d.save(buffer)
    return buffer.getvalue()


def _patch(data: bytes, with_comments: bool) -> bytes:
    """Add the footnotes part (and commentsExtended for the reply and the resolved one)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    footnotes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {NSDECL}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>"
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>"
        '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {FOOTNOTE}</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    )
    extended = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w15:commentsEx '
        f'xmlns:w15="{W15}"><w15:commentEx w15:paraId="1A000001" w15:done="0"/>'
        '<w15:commentEx w15:paraId="1A000002" w15:paraIdParent="1A000001" w15:done="0"/>'
        '<w15:commentEx w15:paraId="1A000003" w15:done="1"/></w15:commentsEx>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                root = etree.fromstring(body)
                parts = [("footnotes", "/word/footnotes.xml")]
                if with_comments:
                    parts.append(("commentsExtended", "/word/commentsExtended.xml"))
                for kind, name in parts:
                    etree.SubElement(
                        root, f"{{{CT}}}Override", PartName=name, ContentType=f"{WML}.{kind}+xml"
                    )
                body = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
            elif info.filename == "word/_rels/document.xml.rels":
                root = etree.fromstring(body)
                etree.SubElement(
                    root, f"{{{REL}}}Relationship", Id="rId901",
                    Type=f"{OFFICE}/footnotes", Target="footnotes.xml",
                )  # fmt: skip
                if with_comments:
                    etree.SubElement(
                        root, f"{{{REL}}}Relationship", Id="rId902",
                        Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
                        Target="commentsExtended.xml",
                    )  # fmt: skip
                body = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
            dst.writestr(info, body)
        dst.writestr("word/footnotes.xml", footnotes)
        if with_comments:
            dst.writestr("word/commentsExtended.xml", extended)
    return out.getvalue()


def write_story(path: Path, *, revisions: bool = True, comments: bool = True) -> Path:
    """Write the story to ``path``."""
    path.write_bytes(_patch(_build(revisions, comments), comments))
    return path
