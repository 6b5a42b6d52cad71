"""A corpus of hostile files, generated with a fixed seed, for ``hostile_files.py``.

Each generator writes a family of files into a folder and returns their paths. The kinds
are those a desk meets by accident or malice: binary files under a text name, bombs,
broken zips, bad XML encodings, huge single lines, pages of a million paragraphs, a tag
with 100k attributes, unclosed Markdown fences and front matter, deep nesting, thousands
of headings, symlink loops, odd names (not UTF-8 among them), odd charsets, thousands of
distinct words no dictionary knows. Sizes stay within the documented limits unless the
file is meant to break one.
"""

from __future__ import annotations

import io
import os
import random
import struct
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

MB = 1_000_000
WORDS = [
    "council",
    "mayor",
    "budget",
    "harbour",
    "ferry",
    "permit",
    "election",
    "reporter",
    "editor",
    "river",
    "bridge",
    "school",
    "hospital",
    "station",
    "market",
    "library",
    "court",
    "weather",
    "storm",
    "tide",
    "engineer",
    "plan",
    "vote",
]

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def sentence(rng: random.Random, words: int = 12) -> str:
    """A plausible sentence with a typo now and then."""
    chosen = [rng.choice(WORDS) for _ in range(words)]
    if rng.random() < 0.3:
        chosen[rng.randrange(words)] = "teh"
    return " ".join(chosen).capitalize() + "."


def prose(rng: random.Random, paragraphs: int) -> str:
    """Paragraphs of sentences."""
    return "\n\n".join(
        " ".join(sentence(rng) for _ in range(rng.randint(1, 4))) for _ in range(paragraphs)
    )


def document_xml(body: str, declaration: str = 'encoding="UTF-8" standalone="yes"') -> str:
    """word/document.xml around ``body`` (paragraph XML)."""
    return (
        f'<?xml version="1.0" {declaration}?><w:document xmlns:w="{W}">'
        f"<w:body>{body}</w:body></w:document>"
    )


def para(text: str) -> str:
    """One Word paragraph."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<w:p><w:r><w:t xml:space="preserve">{escaped}</w:t></w:r></w:p>'


def write_docx(path: Path, document: str | bytes, extra: dict[str, bytes] | None = None) -> Path:
    """A minimal .docx with ``document`` as word/document.xml."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", RELS)
        zf.writestr("word/document.xml", document)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return path


# --- text files -----------------------------------------------------------------------------


def binary(folder: Path, rng: random.Random) -> list[Path]:
    heads = [
        b"\x89PNG\r\n\x1a\n",
        b"\xff\xd8\xff\xe0",
        b"\x7fELF",
        b"%PDF-1.7\n",
        b"GIF89a",
        b"\x00\x00\x01\x00",
        b"OggS",
        b"ID3",
        b"\x1f\x8b\x08",
        b"BZh91AY&SY",
        b"",
    ]
    out = []
    for n in range(90):
        suffix = rng.choice([".txt", ".md", ".html", ".txt", ".text"])
        path = folder / f"binary-{n}{suffix}"
        size = rng.choice([10, 1000, 50_000, 2 * MB])
        path.write_bytes(rng.choice(heads) + rng.randbytes(size))
        out.append(path)
    return out


def empty_and_blank(folder: Path, rng: random.Random) -> list[Path]:
    out = []
    fills = [b"", b" ", b"\n" * 1000, b"\t \r\n" * 5000, b"\xef\xbb\xbf", b"\xff\xfe", b"\x00"]
    for n in range(21):
        suffix = [".txt", ".md", ".html"][n % 3]
        path = folder / f"blank-{n}{suffix}"
        path.write_bytes(fills[n % len(fills)])
        out.append(path)
    return out


def nul_laden(folder: Path, rng: random.Random) -> list[Path]:
    out = []
    for n in range(30):
        text = prose(rng, 20)
        if n % 3 == 0:
            data = text.encode("utf-16-le")  # UTF-16 without a BOM
        elif n % 3 == 1:
            data = text.encode().replace(b" ", b"\x00", rng.randint(1, 50))
        else:
            data = b"\x00".join(text.encode()[i : i + 7] for i in range(0, len(text), 7))
        path = folder / f"nul-{n}.txt"
        path.write_bytes(data)
        out.append(path)
    return out


def charsets(folder: Path, rng: random.Random) -> list[Path]:
    samples = {
        "cp1252": "Café déjà vu – “quoted” naïve résumé €5. ",
        "latin-1": "Ærø Øresund façade señor ñandú. ",
        "koi8-r": "Мэр сказал, что бюджет утверждён. ",
        "cp1251": "Міська рада ухвалила бюджет. ",
        "shift_jis": "市長は予算案を発表した。",
        "euc-jp": "市議会は火曜日に開かれた。",
        "big5": "市長宣布了預算。",
        "gb18030": "市长宣布了预算。",
        "iso-8859-7": "Ο δήμαρχος ανακοίνωσε τον προϋπολογισμό. ",
        "iso-8859-8": "ראש העיר הודיע על התקציב. ",
        "utf-16": "Mayor 😀 said the budget was ready. ",
        "utf-16-le": "Harbour ferry résumé. ",
        "utf-16-be": "Harbour ferry résumé. ",
        "utf-32": "Council 🎉 vote. ",
        "utf-7": "Mayor +- said caf+AOk-. ",
        "utf-8-sig": "Café 😀 naïve. ",
    }
    out = []
    n = 0
    for codec, text in samples.items():
        for variant in range(5):
            body = text * rng.randint(5, 400)
            if variant == 4:  # mixed: half in the codec, half in UTF-8
                data = body.encode(codec, "replace") + body.encode("utf-8")
            else:
                data = body.encode(codec, "replace")
            suffix = [".txt", ".md", ".txt", ".html", ".txt"][variant]
            if suffix == ".html":
                declared = rng.choice([codec, "utf-8", "x-bogus", "base64", "rot13", "utf-16"])
                data = (
                    (
                        f'<html><head><meta charset="{declared}"><title>t</title></head><body><p>'
                    ).encode()
                    + data
                    + b"</p></body></html>"
                )
            path = folder / f"charset-{n}-{codec}{suffix}"
            path.write_bytes(data)
            out.append(path)
            n += 1
    for codec in (
        "base64",
        "bz2",
        "hex",
        "rot13",
        "uu",
        "zlib_codec",
        "undefined",
        "idna",
        "punycode",
        "unicode_escape",
        "raw_unicode_escape",
        "mbcs",
        "x-nonsense",
        "utf-8;garbage",
        "",
        "utf-16le",
    ):
        path = folder / f"meta-charset-{codec or 'empty'}.html"
        path.write_bytes(
            f'<html><head><meta charset="{codec}"></head><body><article><p>'
            f"{prose(rng, 3)}</p></article></body></html>".encode()
        )
        out.append(path)
    return out


def huge_lines(folder: Path, rng: random.Random) -> list[Path]:
    out = []
    for n, megabytes in enumerate([1, 2, 5, 8, 10, 15, 19.5, 3, 6, 12]):
        size = int(megabytes * MB)
        suffix = [".txt", ".md", ".html", ".txt"][n % 4]
        path = folder / f"huge-line-{n}-{megabytes}MB{suffix}"
        with open(path, "wb") as fh:
            if n % 3 == 0:  # prose, never a newline
                chunk = (" ".join(sentence(rng) for _ in range(200)) + " ").encode()
            elif n % 3 == 1:  # one endless word
                chunk = b"a" * 65536
            else:  # sentences without spaces between words
                chunk = "".join(rng.choice(WORDS) for _ in range(5000)).encode()
            written = 0
            while written < size:
                piece = chunk[: size - written]
                fh.write(piece)
                written += len(piece)
        out.append(path)
    return out


def long_words(folder: Path, rng: random.Random) -> list[Path]:
    out = []
    for n in range(30):
        word = "x" * rng.choice([10_000, 100_000, 500_000, 2 * MB])
        text = f"{sentence(rng)} {word} {sentence(rng)}\n\n{prose(rng, 3)}"
        path = folder / f"long-word-{n}.txt"
        path.write_text(text, encoding="utf-8")
        out.append(path)
    return out


def many_lines(folder: Path, rng: random.Random) -> list[Path]:
    out = []
    for n, lines in enumerate(
        [
            100_000,
            300_000,
            1_000_000,
            2_000_000,
            5_000_000,
            200_000,
            500_000,
            1_500_000,
            3_000_000,
            9_000_000,
        ]
    ):
        path = folder / f"many-lines-{n}-{lines}.txt"
        unit = [b"a\n", b"The mayor spoke.\n", b"\n", b"x y\n"][n % 4]
        count = min(lines, 19 * MB // len(unit))
        path.write_bytes(unit * count)
        out.append(path)
    return out


def markdown(folder: Path, rng: random.Random) -> list[Path]:
    out = []

    def write(name: str, text: str) -> None:
        path = folder / f"md-{len(out)}-{name}.md"
        path.write_text(text, encoding="utf-8")
        out.append(path)

    for n in range(10):
        write("unclosed-fence", "```\n" + prose(rng, 2000 * (n + 1)))
        write("unclosed-front-matter", "---\ntitle: x\n" + "key: value\n" * 50_000 * (n + 1))
    for depth in (100, 500, 1000, 2000, 3000, 4000):  # ~depth² bytes: 4000 deep is 16 MB
        write("nested-list", "".join("  " * i + "- item\n" for i in range(depth)))
        write("nested-quote", "".join(">" * i + " quoted\n" for i in range(depth)))
    for count in (10_000, 100_000, 500_000, 1_000_000):  # deep, then back out, and again
        write("indented-list", "".join(" " * (i % 400) + "* x\n" for i in range(count)))
        write("nested-quote-flat", "".join(">" * (i % 100) + " q\n" for i in range(count)))
    for count in (1000, 5000, 20_000, 100_000, 500_000, 1_000_000):
        write(
            "headings", "".join(f"# Heading {i}\n\n{sentence(rng)}\n\n" for i in range(count // 10))
        )
        write("heading-only", "#\n" * count)
        write("setext", "Title\n===\n" * (count // 5))
    for n in range(10):
        rows = 10_000 * (n + 1)
        write("table", "| a | b |\n|---|---|\n" + "| x | y |\n" * rows)
        write("link-refs", "".join(f"[{i}]: http://example.com/{i}\n" for i in range(rows)))
        write("html-in-md", "<div>" * rows + prose(rng, 10))
        write("emphasis", "*" * rows * 10 + "text" + "_" * rows * 10)
        write("backticks", "`" * rows * 10)
    return out


def html_pages(folder: Path, rng: random.Random) -> list[Path]:
    out = []

    def write(name: str, data: str | bytes) -> None:
        path = folder / f"html-{len(out)}-{name}.html"
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
        out.append(path)

    head = "<!doctype html><html><head><title>Page</title></head><body>"
    for count in (10_000, 100_000, 300_000, 1_000_000, 1_500_000, 2_000_000):
        write("paragraphs", head + "<p>x</p>" * count + "</body></html>")
        write(
            "article-paragraphs",
            head
            + "<article>"
            + f"<p>{sentence(rng)}</p>" * (count // 20)
            + "</article></body></html>",
        )
    for count in (1000, 10_000, 100_000, 300_000, 1_000_000):
        attrs = " ".join(f'a{i}="v{i}"' for i in range(count))
        write("attributes", f"{head}<div {attrs}><p>{prose(rng, 5)}</p></div></body></html>")
        write("attributes-p", f"{head}<p {attrs}>{sentence(rng)}</p></body></html>")
    for depth in (1000, 10_000, 50_000, 100_000, 200_000, 500_000):
        write("nested-divs", head + "<div>" * depth + f"<p>{sentence(rng)}</p>" + "</div>" * depth)
        write("unclosed-divs", head + "<div><span><b>" * (depth // 3) + sentence(rng))
        write("nested-lists", head + "<ul><li>" * depth + "x" + "</li></ul>" * depth)
        write("nested-tables", head + "<table><tr><td>" * (depth // 10) + "x")
    for count in (1000, 10_000, 100_000, 500_000):
        write(
            "headings",
            head
            + "".join(f"<h2>Heading {i}</h2><p>{sentence(rng)}</p>" for i in range(count // 5)),
        )
        write("entities", head + "<p>" + "&amp;&#x1F600;&nbsp;" * count + "</p></body></html>")
        write("comments", head + "<!--" + "x" * count * 10)
        write("scripts", head + "<script>" + "var x=1;" * count + "</script><p>text</p>")
        write("styles", head + "<style>" + "p{color:red}" * count + "</style><p>text</p>")
        write("links", head + '<a href="http://example.com/">link</a> ' * count + "</body>")
    for _ in range(40):
        junk = rng.choice(
            [
                "<" * 100_000,
                ">" * 100_000,
                "<![CDATA[" * 10_000,
                "<?xml?>" * 10_000,
                "<p" * 100_000,
                "&" * 500_000,
                "<title>" * 50_000,
                "</p>" * 200_000,
                "<meta charset=utf-8>" * 50_000,
                "<svg><svg><svg>" * 30_000,
            ]
        )
        write("junk", head + junk + prose(rng, 2))
    for n in range(10):
        write(
            "xml-decl",
            f'<?xml version="1.0" encoding="{rng.choice(["utf-16", "bogus", "utf-8"])}"?>'
            + head
            + prose(rng, 5),
        )
        write(
            "title-huge",
            "<html><head><title>"
            + "T" * (n + 1) * MB
            + "</title></head><body><p>x</p></body></html>",
        )
    return out


CYRILLIC = "абвгдежзиклмнопрстуфхцчшщыэюя"
# Characters of text ``reviewdesk check`` takes in one go (formats/limits.py,
# MAX_CHECK_CHARS = 250,000): the largest files of the many-words family stay just under.
CHECK_CHARS = 240_000


def _odd_word(rng: random.Random, kind: str) -> str:
    """A word no dictionary knows, of the given kind."""
    length = rng.randint(5, 11)
    if kind == "letters":  # gibberish
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(length))
    if kind == "digits":  # part numbers, OCR'd codes
        word = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(length))
        cut = rng.randrange(1, length)
        return word[:cut] + str(rng.randint(0, 999)) + word[cut:]
    if kind == "scripts":  # Latin and Cyrillic letters in one word
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz" + CYRILLIC) for _ in range(length))
    if kind == "names":  # foreign names
        stem = "".join(rng.choice("bcdfghjklmnprstvwzy") + rng.choice("aeiou") for _ in range(3))
        return stem + rng.choice(["ski", "vic", "ova", "enko", "escu", "aki", "sson"])
    # a garbled page: known words with two letters changed
    word = list(rng.choice(WORDS) + rng.choice(WORDS))
    for _ in range(2):
        word[rng.randrange(len(word))] = rng.choice("abcdefghijklmnopqrstuvwxyz")
    return "".join(word)


def _odd_words(rng: random.Random, kind: str, chars: int) -> list[str]:
    """Distinct odd words of ``kind``, about ``chars`` characters of them in all."""
    words: dict[str, None] = {}
    size = 0
    while size < chars:
        word = _odd_word(rng, kind)
        if kind == "names":
            word = word[:1].upper() + word[1:]
        if word not in words:
            words[word] = None
            size += len(word) + 1
    return list(words)


def many_words(folder: Path, rng: random.Random) -> list[Path]:
    """Thousands of distinct words no dictionary knows (gibberish, codes with digits,
    mixed scripts, foreign names, a garbled page), one per paragraph or all in one,
    as plain text, Markdown and HTML, up to the size ``check`` takes in one go."""
    out = []
    sizes = [20_000, 90_000, CHECK_CHARS - 12_000]
    n = 0
    for kind in ("letters", "digits", "scripts", "names", "garbled"):
        for layout in ("lines", "one"):
            for suffix in (".txt", ".md", ".html"):
                words = _odd_words(rng, kind, sizes[n % len(sizes)])
                if layout == "one":
                    body = " ".join(words)
                    text = {".txt": body, ".md": f"# {kind}\n\n{body}", ".html": f"<p>{body}</p>"}
                else:
                    text = {
                        ".txt": "\n".join(words),
                        ".md": "".join(f"- {w}\n" for w in words),
                        ".html": "".join(f"<p>{w}</p>\n" for w in words),
                    }
                page = text[suffix]
                if suffix == ".html":
                    page = f"<!doctype html><html><body><article>{page}</article></body></html>"
                path = folder / f"many-words-{n}-{kind}-{layout}-{len(words)}{suffix}"
                path.write_text(page + "\n", encoding="utf-8")
                out.append(path)
                n += 1
    return out


def unicode_oddities(folder: Path, rng: random.Random) -> list[Path]:
    out = []
    samples = [
        "\u202e" * 10_000 + "reversed text",
        "e" + "\u0301" * 100_000,  # one letter, a hundred thousand accents
        "😀" * 500_000,
        "\ufeff" * 100_000 + "zero width",
        "\u200b".join("word" for _ in range(200_000)),
        "".join(chr(c) for c in range(1, 32) if c not in (10, 13)) * 10_000,
        "\u2028\u2029\x85\x0b\x0c" * 100_000,
        "ﷺ" * 200_000,
        "A\u0308\u0323\u0302" * 100_000,
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 " * 100_000,
    ]
    for n, text in enumerate(samples):
        for suffix in (".txt", ".md", ".html"):
            path = folder / f"unicode-{n}{suffix}"
            path.write_text(text, encoding="utf-8")
            out.append(path)
    bad_utf8 = [
        b"\xed\xa0\x80" * 10_000,
        b"\xc0\xaf" * 10_000,
        b"\xf8\x88\x80\x80\x80" * 5000,
        b"caf\xe9 " * 50_000,
        b"\xff" * 100_000,
    ]
    for n, data in enumerate(bad_utf8):
        for suffix in (".txt", ".html"):
            path = folder / f"bad-utf8-{n}{suffix}"
            path.write_bytes(b"The mayor said " + data + b" and left.")
            out.append(path)
    return out


def newlines(folder: Path, rng: random.Random) -> list[Path]:
    out = []
    for n in range(30):
        text = prose(rng, 200)
        sep = ["\r", "\r\n", "\n\r", "\x0c", "\x0b", "\u2028", "\r\r\n", "\x85"][n % 8]
        path = folder / f"newlines-{n}.txt"
        path.write_bytes(text.replace("\n", sep).encode("utf-8"))
        out.append(path)
    return out


def odd_names(folder: Path, rng: random.Random) -> list[Path]:
    sub = folder / "names"
    sub.mkdir()
    names: list[bytes] = [
        b"caf\xe9.txt",
        b"\xff\xfe.txt",
        b"\x80\x81\x82.md",
        b"na\xefve r\xe9sum\xe9.txt",
        b"new\nline.txt",
        b"tab\there.txt",
        b"-rf.txt",
        b"--help.txt",
        b"-v.md",
        b" leading space.txt",
        b"trailing space.txt ",
        b"x" * 250 + b".txt",
        "😀 emoji.txt".encode(),
        "日本語の記事.txt".encode(),
        "مقال.md".encode(),
        b'quote".txt',
        b"back\\slash.txt",
        b"semi;colon.txt",
        b"$(echo pwned).txt",
        b"`id`.txt",
        b"*.txt",
        b"?.md",
        b"[brackets].html",
        b"percent%20.txt",
        b"dots...txt",
        b".hidden.txt",
        b"UPPER.TXT",
        b"double.txt.docx",
        b"no-extension",
        b"weird.ext",
        b"article.DOCX",
        b"article.Md",
        b"\x1b[31mred.txt",
        "\u202eevil.txt".encode(),
        "ＡＢＣ.txt".encode(),
        b"CON.txt",
        b"nul.md",
        b"a:b.txt",
    ]
    out = []
    for n, raw in enumerate(names):
        path = Path(os.fsdecode(os.fsencode(sub) + b"/" + raw))
        text = prose(rng, 3)
        if raw.lower().endswith(b".docx") and raw != b"double.txt.docx":
            write_docx(path, document_xml(para(text)))
        elif raw.endswith(b".html"):
            path.write_text(f"<html><body><article><p>{text}</p></article></body></html>")
        else:
            path.write_text(text, encoding="utf-8")
        out.append(path)
        if n % 2 == 0:  # the same in a folder whose name is not UTF-8
            deep = Path(os.fsdecode(os.fsencode(sub) + b"/dir-\xe9" + bytes([48 + n % 10])))
            deep.mkdir(exist_ok=True)
            copy = deep / path.name
            copy.write_bytes(path.read_bytes())
            out.append(copy)
    return out


def special_files(folder: Path, rng: random.Random) -> list[Path]:
    sub = folder / "special"
    sub.mkdir()
    out = []
    for n in range(6):
        a, b = sub / f"loop-{n}-a.txt", sub / f"loop-{n}-b.txt"
        a.symlink_to(b.name)
        b.symlink_to(a.name)
        out += [a, b]
    for n in range(3):
        self_loop = sub / f"self-{n}.md"
        self_loop.symlink_to(self_loop.name)
        out.append(self_loop)
    for n in range(3):
        dangling = sub / f"dangling-{n}.txt"
        dangling.symlink_to(f"missing-{n}.txt")
        out.append(dangling)
    for name in ("zero.txt", "random.html", "null.md"):
        link = sub / name
        link.symlink_to(
            {"zero.txt": "/dev/zero", "random.html": "/dev/urandom", "null.md": "/dev/null"}[name]
        )
        out.append(link)
    for n in range(3):
        fifo = sub / f"fifo-{n}.txt"
        os.mkfifo(fifo)
        out.append(fifo)
    for n in range(3):
        directory = sub / f"folder-{n}.docx"
        directory.mkdir()
        out.append(directory)
    unreadable = sub / "unreadable.txt"
    unreadable.write_text("secret")
    unreadable.chmod(0)
    out.append(unreadable)
    return out


# --- Word files ---------------------------------------------------------------------------


def broken_zips(folder: Path, rng: random.Random) -> list[Path]:
    whole = write_docx(
        folder / "_whole.docx", document_xml("".join(para(sentence(rng)) for _ in range(500)))
    )
    data = whole.read_bytes()
    whole.unlink()
    out = []
    for n in range(160):
        path = folder / f"broken-zip-{n}.docx"
        kind = n % 5
        if kind == 0:
            blob = data[: rng.randrange(1, len(data))]
        elif kind == 1:
            blob = bytearray(data)
            for _ in range(rng.randint(1, 50)):
                blob[rng.randrange(len(blob))] = rng.randrange(256)
            blob = bytes(blob)
        elif kind == 2:
            blob = b"PK\x03\x04" + rng.randbytes(rng.choice([10, 1000, 100_000]))
        elif kind == 3:  # the central directory points past the end
            end = data.rfind(b"PK\x05\x06")
            blob = (
                data[:end]
                + b"PK\x05\x06"
                + struct.pack("<HHHHIIH", 0, 0, 3, 3, 999_999, 999_999, 0)
            )
        else:
            blob = data[len(data) // 2 :] + data[: len(data) // 2]
        path.write_bytes(blob)
        out.append(path)
    return out


def zip_bombs(folder: Path, rng: random.Random) -> list[Path]:
    out = []
    for n in range(12):
        path = folder / f"bomb-ratio-{n}.docx"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("[Content_Types].xml", CONTENT_TYPES)
            zf.writestr("_rels/.rels", RELS)
            with zf.open("word/document.xml", "w") as fh:
                block = b" " * MB
                for _ in range(rng.choice([30, 70, 110, 200, 400])):
                    fh.write(block)
        out.append(path)
    for n in range(6):
        path = folder / f"bomb-entries-{n}.docx"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
            zf.writestr("[Content_Types].xml", CONTENT_TYPES)
            zf.writestr("_rels/.rels", RELS)
            zf.writestr("word/document.xml", document_xml(para("x")))
            for i in range(rng.choice([2100, 5000, 20_000])):
                zf.writestr(f"word/media/{i}.bin", b"")
        out.append(path)
    for n in range(6):  # many parts, each just under the ratio check, adding up
        path = folder / f"bomb-sum-{n}.docx"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("[Content_Types].xml", CONTENT_TYPES)
            zf.writestr("_rels/.rels", RELS)
            zf.writestr("word/document.xml", document_xml(para("x")))
            chunk = rng.randbytes(900_000)
            for i in range(120):
                zf.writestr(f"word/media/p{i}.bin", chunk)
        out.append(path)
    for n in range(8):  # a zip inside, as a picture; the document's own part is tiny
        inner = io.BytesIO()
        with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("x", b"\0" * 50 * MB)
        out.append(
            write_docx(
                folder / f"bomb-nested-{n}.docx",
                document_xml(para("x")),
                {"word/media/image1.png": inner.getvalue()},
            )
        )
    for n in range(8):  # billion laughs in document.xml
        depth = 10 + n
        ents = "".join(f'<!ENTITY e{i} "&e{i - 1};&e{i - 1};&e{i - 1};">' for i in range(1, depth))
        laugh = para(f"&e{depth - 1};").replace("&amp;e", "&e")
        doc = (
            f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e0 "lol">{ents}]>'
            f'<w:document xmlns:w="{W}"><w:body>{laugh}</w:body></w:document>'
        )
        out.append(write_docx(folder / f"bomb-laughs-{n}.docx", doc))
    return out


def bad_xml(folder: Path, rng: random.Random) -> list[Path]:
    out = []
    declarations = [
        'encoding="x-nonsense"',
        'encoding="utf-16"',
        'encoding="base64"',
        'encoding="rot13"',
        'encoding="ebcdic-cp-us"',
        'encoding="utf-7"',
        'encoding="UTF-32"',
        'encoding=""',
        'encoding="latin-1"',
        'version="9.9"',
        'encoding="undefined"',
        'encoding="unicode_escape"',
    ]
    for n, decl in enumerate(declarations * 3):
        body = "".join(para(sentence(rng)) for _ in range(20))
        xml = document_xml(body, decl)
        out.append(write_docx(folder / f"xml-decl-{n}.docx", xml.encode("utf-8")))
    for n in range(10):
        target = rng.choice(["file:///etc/passwd", "http://example.com/x", "/dev/zero"])
        doc = (
            f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "{target}">]>'
            f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p>'
            "</w:body></w:document>"
        )
        out.append(write_docx(folder / f"xml-external-{n}.docx", doc))
    for n in range(12):
        broken = document_xml("".join(para(sentence(rng)) for _ in range(50)))
        cut = broken[: rng.randrange(len(broken))] + rng.choice(
            ["<", "&", "<w:p", "]]>", "\x00", ""]
        )
        out.append(write_docx(folder / f"xml-malformed-{n}.docx", cut))
    for n, depth in enumerate([1000, 10_000, 100_000, 300_000, 1_000_000, 50_000]):
        nested = "<w:sdt><w:sdtContent>" * depth + para("deep") + "</w:sdtContent></w:sdt>" * depth
        out.append(write_docx(folder / f"xml-deep-{n}.docx", document_xml(nested)))
        runs = "<w:r>" * depth + "<w:t>x</w:t>" + "</w:r>" * depth
        out.append(
            write_docx(folder / f"xml-deep-runs-{n}.docx", document_xml(f"<w:p>{runs}</w:p>"))
        )
    for n, count in enumerate([1000, 10_000, 100_000, 300_000]):
        attrs = " ".join(f'w:a{i}="{i}"' for i in range(count))
        out.append(
            write_docx(
                folder / f"xml-attributes-{n}.docx", document_xml(f"<w:p {attrs}>{para('x')[5:]}")
            )
        )
    for n in range(10):
        binary_part = rng.randbytes(rng.choice([100, 10_000, 1_000_000]))
        out.append(write_docx(folder / f"xml-binary-{n}.docx", binary_part))
    for n in range(10):
        utf16 = document_xml(para(sentence(rng)), 'encoding="utf-16"').encode("utf-16")
        mismatch = document_xml(para("café"), 'encoding="utf-8"').encode("latin-1")
        out.append(write_docx(folder / f"xml-utf16-{n}.docx", utf16 if n % 2 else mismatch))
    return out


def big_docx(folder: Path, rng: random.Random) -> list[Path]:
    out = []
    for n, count in enumerate([10_000, 100_000, 300_000, 600_000, 1_000_000]):
        body = para("x") * count
        out.append(write_docx(folder / f"docx-paragraphs-{n}.docx", document_xml(body)))
    for n, megabytes in enumerate([1, 5, 10, 20, 40]):
        text = "word " * (megabytes * MB // 5)
        out.append(write_docx(folder / f"docx-one-run-{n}.docx", document_xml(para(text))))
    for n, count in enumerate([1000, 10_000, 50_000]):
        comments = "".join(
            f'<w:comment w:id="{i}" w:author="a"><w:p><w:r><w:t>c{i}</w:t></w:r></w:p></w:comment>'
            for i in range(count)
        )
        anchors = "".join(
            f'<w:p><w:commentRangeStart w:id="{i}"/><w:r><w:t>x</w:t></w:r>'
            f'<w:commentRangeEnd w:id="{i}"/></w:p>'
            for i in range(count)
        )
        comments_xml = (
            f'<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="{W}">'
            f"{comments}</w:comments>"
        )
        out.append(
            write_docx(
                folder / f"docx-comments-{n}.docx",
                document_xml(anchors),
                {"word/comments.xml": comments_xml.encode()},
            )
        )
    for n, count in enumerate([1000, 20_000, 100_000]):
        tracked = "".join(
            f'<w:p><w:ins w:id="{i}" w:author="a"><w:r><w:t>new{i}</w:t></w:r></w:ins>'
            f'<w:del w:id="{i + count}" w:author="a"><w:r><w:delText>old</w:delText></w:r>'
            "</w:del></w:p>"
            for i in range(count)
        )
        out.append(write_docx(folder / f"docx-tracked-{n}.docx", document_xml(tracked)))
    for n in range(10):
        kind = n % 5
        path = folder / f"docx-parts-{n}.docx"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            if kind != 0:
                zf.writestr("[Content_Types].xml", CONTENT_TYPES)
            if kind != 1:
                zf.writestr(
                    "_rels/.rels",
                    RELS.replace(
                        "word/document.xml",
                        [
                            "word/document.xml",
                            "../../etc/passwd",
                            "http://example.com/d.xml",
                            "word/missing.xml",
                            "word/document.xml",
                        ][kind],
                    ),
                )
            if kind != 2:
                zf.writestr("word/document.xml", document_xml(para(sentence(rng))))
            if kind == 4:
                zf.writestr("word/document.xml", document_xml(para("duplicate")))
        out.append(path)
    return out


def odd_zips(folder: Path, rng: random.Random) -> list[Path]:
    out = []
    whole = write_docx(folder / "_whole2.docx", document_xml(para(sentence(rng))))
    data = whole.read_bytes()
    whole.unlink()
    for n in range(30):
        blob = bytearray(data)
        kind = n % 6
        local = 0
        while (local := blob.find(b"PK\x03\x04", local)) != -1:
            if kind == 0:  # "needs version 11.7 to extract"
                blob[local + 4 : local + 6] = struct.pack("<H", 117)
            elif kind == 1:  # encrypted
                blob[local + 6] |= 1
            elif kind == 2:  # compression methods we do not read: bzip2, lzma, ppmd, 99
                blob[local + 8 : local + 10] = struct.pack("<H", [12, 14, 98, 99][n % 4])
            local += 4
        central = 0
        while (central := blob.find(b"PK\x01\x02", central)) != -1:
            if kind == 0:
                blob[central + 6 : central + 8] = struct.pack("<H", 117)
            elif kind == 1:
                blob[central + 8] |= 1
            elif kind == 2:
                blob[central + 10 : central + 12] = struct.pack("<H", [12, 14, 98, 99][n % 4])
            elif kind == 3:  # sizes that lie
                blob[central + 24 : central + 28] = struct.pack("<I", 0xFFFFFFFF)
            elif kind == 4:  # names with ../ and absolute paths
                pass
            central += 4
        if kind == 4:
            path = folder / f"zip-odd-{n}.docx"
            with zipfile.ZipFile(path, "w") as zf:
                zf.writestr("[Content_Types].xml", CONTENT_TYPES)
                zf.writestr("_rels/.rels", RELS)
                zf.writestr("word/document.xml", document_xml(para("x")))
                zf.writestr("../../escape.txt", b"x")
                zf.writestr("/abs.txt", b"x")
            out.append(path)
            continue
        if kind == 5:  # the document twice, different content
            path = folder / f"zip-odd-{n}.docx"
            warnings.filterwarnings("ignore", "Duplicate name", UserWarning)
            with zipfile.ZipFile(path, "w") as zf:
                zf.writestr("[Content_Types].xml", CONTENT_TYPES)
                zf.writestr("_rels/.rels", RELS)
                zf.writestr("word/document.xml", document_xml(para("first")))
                zf.writestr("word/document.xml", document_xml(para("second")))
            out.append(path)
            continue
        path = folder / f"zip-odd-{n}.docx"
        path.write_bytes(bytes(blob))
        out.append(path)
    return out


GENERATORS: dict[str, Callable[[Path, random.Random], list[Path]]] = {
    "binary": binary,
    "empty": empty_and_blank,
    "nul": nul_laden,
    "charset": charsets,
    "huge-line": huge_lines,
    "long-word": long_words,
    "many-words": many_words,
    "many-lines": many_lines,
    "markdown": markdown,
    "html": html_pages,
    "unicode": unicode_oddities,
    "newlines": newlines,
    "names": odd_names,
    "special": special_files,
    "broken-zip": broken_zips,
    "zip-bomb": zip_bombs,
    "bad-xml": bad_xml,
    "big-docx": big_docx,
    "odd-zip": odd_zips,
}


def generate(folder: Path, seed: int, only: set[str] | None = None) -> dict[str, list[Path]]:
    """Write the corpus into ``folder``: {family: paths}. The same seed, the same files."""
    corpus: dict[str, list[Path]] = {}
    for family, make in GENERATORS.items():
        if only and family not in only:
            continue
        sub = folder / family
        sub.mkdir(parents=True, exist_ok=True)
        corpus[family] = make(sub, random.Random(f"{seed}-{family}"))
    return corpus
