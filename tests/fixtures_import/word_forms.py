"""A Word form as a reporter fills it in: legacy check boxes (one ticked, one not) and a
drop-down with its second entry chosen, fields that hold no text of their own (Word draws
the box and shows the chosen entry)."""

from __future__ import annotations

from pathlib import Path

from fixtures_import.docx_parts import para, run, write_docx


def _field(ff_data: str, code: str) -> str:
    return (
        f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData>{ff_data}</w:ffData>'
        f'</w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> {code} </w:instrText>'
        '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def check_box(checked: bool) -> str:
    state = "<w:checked/>" if checked else ""
    return _field(
        '<w:name w:val="Check"/><w:enabled/><w:checkBox><w:sizeAuto/>'
        f'<w:default w:val="0"/>{state}</w:checkBox>',
        "FORMCHECKBOX",
    )


def drop_down(entries: list[str], chosen: int) -> str:
    items = "".join(f'<w:listEntry w:val="{e}"/>' for e in entries)
    return _field(
        f'<w:name w:val="Pick"/><w:enabled/><w:ddList><w:result w:val="{chosen}"/>{items}'
        "</w:ddList>",
        "FORMDROPDOWN",
    )


#: The form as reviewdesk reads it.
TEXT = (
    "Ferry service restored\n"
    "☒ Confirmed by the harbour master ☐ Awaiting council approval\n"
    "Source: Council press office"
)


def write_form(path: Path) -> Path:
    body = (
        para(run("Ferry service restored"))
        + para(
            check_box(True),
            run(" Confirmed by the harbour master "),
            check_box(False),
            run(" Awaiting council approval"),
        )
        + para(run("Source: "), drop_down(["Reporter", "Council press office"], 1))
    )
    return write_docx(path, body)
