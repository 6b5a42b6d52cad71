#!/usr/bin/python3
"""LibreOffice's own view of Word files, through UNO: run by Debian's /usr/bin/python3
(python3-uno), never imported by reviewdesk.

Usage: ``/usr/bin/python3 lo_uno_helper.py PROFILE_DIR FILE.docx...`` prints one JSON
object per file on stdout: for each of "accept" and "reject" (LibreOffice's Accept All and
Reject All), the text of every story (body paragraphs and table cells, one per line;
footnotes; endnotes; text frames; page headers and footers), plus the number of tracked
changes and the comments (author, text, anchored text) LibreOffice sees.

One soffice process (a private profile, a pipe) serves all files.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
import uuid

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]
from com.sun.star.connection import NoConnectException  # type: ignore[import-not-found]


def prop(name: str, value: object) -> PropertyValue:
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def start(profile: str) -> tuple[subprocess.Popen, object]:
    pipe = f"reviewdesk_{uuid.uuid4().hex}"
    proc = subprocess.Popen(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--nodefault",
            f"--accept=pipe,name={pipe};urp;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    deadline = time.monotonic() + 90
    while True:
        try:
            ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            break
        except NoConnectException:
            if time.monotonic() > deadline or proc.poll() is not None:
                raise SystemExit("soffice did not start") from None
            time.sleep(0.3)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    return proc, (ctx, desktop)


def text_lines(text: object) -> list[str]:
    """Paragraphs of a text (tables cell by cell, row by row), one string each."""
    lines: list[str] = []
    enum = text.createEnumeration()
    while enum.hasMoreElements():
        el = enum.nextElement()
        if el.supportsService("com.sun.star.text.TextTable"):
            for name in el.getCellNames():
                lines.extend(text_lines(el.getCellByName(name).getText()))
        else:
            lines.append(el.getString())
    return lines


def stories(doc: object) -> dict[str, object]:
    out: dict[str, object] = {"body": "\n".join(text_lines(doc.getText())).rstrip("\n")}
    out["footnotes"] = [
        "\n".join(text_lines(doc.getFootnotes().getByIndex(i))).strip()
        for i in range(doc.getFootnotes().getCount())
    ]
    out["endnotes"] = [
        "\n".join(text_lines(doc.getEndnotes().getByIndex(i))).strip()
        for i in range(doc.getEndnotes().getCount())
    ]
    frames = doc.getTextFrames()
    out["frames"] = sorted(
        "\n".join(text_lines(frames.getByName(n).getText())).rstrip("\n")
        for n in frames.getElementNames()
    )
    margins: set[str] = set()
    styles = doc.getStyleFamilies().getByName("PageStyles")
    for name in styles.getElementNames():
        style = styles.getByName(name)
        if not style.isInUse():
            continue
        for on, keys in (
            ("HeaderIsOn", ("HeaderText", "HeaderTextFirst", "HeaderTextLeft")),
            ("FooterIsOn", ("FooterText", "FooterTextFirst", "FooterTextLeft")),
        ):
            if not style.getPropertyValue(on):
                continue
            for key in keys:
                try:
                    text = style.getPropertyValue(key)
                except Exception:
                    continue
                if text is not None:
                    value = "\n".join(text_lines(text)).strip("\n")
                    if value.strip():
                        margins.add(value)
    out["margins"] = sorted(margins)
    return out


def comments(doc: object) -> list[dict[str, str]]:
    found = []
    fields = doc.getTextFields().createEnumeration()
    while fields.hasMoreElements():
        field = fields.nextElement()
        if field.supportsService("com.sun.star.text.textfield.Annotation"):
            anchor = field.getAnchor()
            found.append(
                {
                    "author": field.Author,
                    "text": field.Content,
                    "anchor": anchor.getString() if anchor is not None else "",
                    "resolved": bool(getattr(field, "Resolved", False)),
                }
            )
    return found


def input_fields(doc: object) -> int:
    """Text input fields: LibreOffice 7.4 makes a block content control of Word's (rich
    text, the default kind) into one, holding its first paragraph, where no tracked
    change can stand."""
    found = 0
    fields = doc.getTextFields().createEnumeration()
    while fields.hasMoreElements():
        found += fields.nextElement().supportsService("com.sun.star.text.textfield.Input")
    return found


def view(desktop: object, ctx: object, url: str, command: str) -> tuple[dict, int, list, int]:
    doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
    if doc is None:
        raise RuntimeError("LibreOffice could not open the file")
    try:
        count = doc.getRedlines().getCount() if hasattr(doc, "getRedlines") else -1
        notes = comments(doc)
        inputs = input_fields(doc)
        dispatcher = ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.DispatchHelper", ctx
        )
        frame = doc.getCurrentController().getFrame()
        dispatcher.executeDispatch(frame, f".uno:{command}", "", 0, ())
        return stories(doc), count, notes, inputs
    finally:
        if doc is not None:
            doc.close(True)


def stop(proc: subprocess.Popen, desktop: object) -> None:
    with contextlib.suppress(Exception):  # the bridge dies with soffice
        desktop.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)
        proc.wait()


def main() -> int:
    profile, files = os.path.abspath(sys.argv[1]), sys.argv[2:]
    proc, (ctx, desktop) = start(profile)
    try:
        for path in files:
            url = uno.systemPathToFileUrl(os.path.abspath(path))
            result: dict[str, object] = {"file": path}
            for attempt in (1, 2):  # soffice may die on a file: start it again, try once more
                try:
                    accepted, count, notes, inputs = view(
                        desktop, ctx, url, "AcceptAllTrackedChanges"
                    )
                    rejected, _, _, _ = view(desktop, ctx, url, "RejectAllTrackedChanges")
                    result = {"file": path, "accept": accepted, "reject": rejected,
                              "changes": count, "comments": notes,
                              "input_fields": inputs}  # fmt: skip
                    break
                except Exception as exc:
                    result = {"file": path, "error": f"{type(exc).__name__}: {exc}"}
                    if proc.poll() is not None or "Disposed" in type(exc).__name__:
                        stop(proc, desktop)
                        proc, (ctx, desktop) = start(profile)
                    elif attempt == 1:
                        break
            print(json.dumps(result, ensure_ascii=False), flush=True)
    finally:
        stop(proc, desktop)
    return 0


if __name__ == "__main__":
    sys.exit(main())
