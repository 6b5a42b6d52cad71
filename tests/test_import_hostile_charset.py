"""Web pages whose <meta charset> names a codec that is not a text encoding."""

from pathlib import Path

import pytest

from reviewdesk.formats.html_import import import_html

PAGE = '<html><head><meta charset="{}"><title>T</title></head><body><p>{}</p></body></html>'


@pytest.mark.parametrize(
    "codec", ["base64", "bz2", "hex", "rot13", "uu", "zlib_codec", "undefined"]
)
def test_non_text_charset_falls_back_to_detection(tmp_path: Path, codec: str) -> None:
    """These codecs gave LookupError or UnicodeError; the page must still be read."""
    body = "The council met on Tuesday to discuss the new budget for the town. " * 5
    data = PAGE.format(codec, body).encode("utf-8")
    path = tmp_path / "page.html"
    path.write_bytes(data)
    doc = import_html(path, data, None)
    assert doc.encoding != codec
