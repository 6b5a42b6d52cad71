"""``reviewdesk check FILE``: check an article without a window and list its issues.

Uses the same library as the app, so the dictionaries, switched-off rules and categories,
the house style sheet and the engine settings apply here too. Offsets in the JSON output
are code points into the decoded text with line endings normalised to ``\\n``.
"""

from __future__ import annotations

import argparse
import bisect
import json
import logging
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from reviewdesk.cli.common import CommandError, note, printable, stdout_kept_for_results, warn
from reviewdesk.core.groups import count_findings
from reviewdesk.core.models import LANGUAGES, Article, Issue
from reviewdesk.core.text.paragraphs import quoted_for_screen

if TYPE_CHECKING:
    from reviewdesk.formats import ImportedDocument
    from reviewdesk.store import Library

log = logging.getLogger(__name__)

FORMATS = ("json", "text")


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register ``check``."""
    parser = subparsers.add_parser(
        "check",
        help="check an article and list its issues",
        description="Check FILE with the offline engines and print the issues. Exit status: "
        "0 no issues, 1 issues found, 2 usage or input error.",
    )
    parser.add_argument(
        "file", metavar="FILE", help="an article: .txt, .md, .docx or a saved web page (.html)"
    )
    parser.add_argument(
        "--format", choices=FORMATS, default="json", help="output format (default: json)"
    )
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        help="language variant (default: the article's in the library, else en-US)",
    )
    parser.add_argument("--encoding", help="read FILE with this text encoding")


def run(args: argparse.Namespace, library_path: Path) -> int:
    """Check ``args.file``; print the issues; 0 when there are none, 1 otherwise."""
    from reviewdesk.desk.checking import NothingCouldCheck, check_text, load_setup
    from reviewdesk.desk.context import (
        form_words,
        kept_lines,
        not_heading_lines,
        page_part_lines,
        placeholder_texts,
    )
    from reviewdesk.desk.opening import read_file
    from reviewdesk.formats.limits import check_size_for_one_go
    from reviewdesk.store import Library

    path = Path(args.file)
    doc = read_file(path, encoding=args.encoding)
    check_size_for_one_go(doc.text, path.name)  # before any checking starts
    for message in doc.warnings:
        warn(f"{path}: {message}")
    # only read: a full disk or a read-only folder must not stop a check
    with Library(library_path, read_only=True) as library:
        article = library.find_article_by_source(str(path.resolve()))
        setup = load_setup(library, article, warn, language=args.language)
        switched = _dialect_note(library, article, doc, setup.ctx.language, args, path)
        if switched is not None:
            setup = load_setup(library, article, warn, language=switched)
    kept = kept_lines(doc.structure, text=doc.text)  # a saved page's captions, as opened
    if kept:
        setup = replace(setup, ctx=replace(setup.ctx, kept_lines=setup.ctx.kept_lines | kept))
    parts = page_part_lines(doc.structure, text=doc.text)  # a saved page's headline, byline
    if parts:
        setup = replace(setup, ctx=replace(setup.ctx, page_parts=parts))
    forms = form_words(doc.structure, text=doc.text)  # a Word form's chosen values
    if forms:
        setup = replace(setup, ctx=replace(setup.ctx, words=setup.ctx.words | forms))
    prompts = placeholder_texts(doc.structure, text=doc.text)  # "Choose an item."
    if prompts:
        setup = replace(setup, ctx=replace(setup.ctx, placeholders=prompts))
    others = not_heading_lines(doc.structure, text=doc.text)  # list items, page headers…
    if others:
        setup = replace(setup, ctx=replace(setup.ctx, not_headings=others))
    if doc.format == "docx":  # filed as the window files it (core.filing)
        from reviewdesk.core.filing import for_word_file

        setup = replace(setup, ctx=for_word_file(setup.ctx))
    elif doc.format == "md":  # the writer's links, as the window reads them
        from reviewdesk.desk.context import for_markdown_file

        setup = replace(setup, ctx=for_markdown_file(setup.ctx))
    try:
        with stdout_kept_for_results():
            result = check_text(doc.text, setup)
    except NothingCouldCheck as exc:
        raise CommandError(str(exc)) from exc
    for engine, message in result.errors.items():
        warn(f"{engine} could not check {path.name}: {message}")
    issues = sorted(result.issues, key=lambda i: (i.start, i.end, i.rule))
    if args.format == "json":
        payload: dict[str, Any] = {
            "file": printable(str(args.file)),
            "language": setup.ctx.language,
            "engines": result.engines,
            "issues": [issue.to_json() for issue in issues],
            "errors": result.errors,
            "format": doc.format,
            "encoding": doc.encoding,
        }
        _write(sys.stdout, _dump_json(payload, sys.stdout) + "\n")
    else:
        name = printable(str(args.file))
        _write(sys.stdout, format_text(doc.text, issues, name, result.engines))
    return 1 if issues else 0


def _dialect_note(
    library: Library,
    article: Article | None,
    doc: ImportedDocument,
    language: str,
    args: argparse.Namespace,
    path: Path,
) -> str | None:
    """Say on stderr (never in the JSON) when the file looks like another dialect than
    the one it is checked in; with "Always switch" on and no ``--language``, return that
    dialect to check in instead. An editor's "Keep" for the article is respected."""
    from reviewdesk.desk.dialect import (
        DECLINED_KEY,
        DIALECT_NAMES,
        always_switch,
        evidence,
        offer_for,
    )

    declined = article.meta.get(DECLINED_KEY, "") if article is not None else ""
    offer = offer_for(doc.text, language, doc.meta.get("language", ""), declined)
    if offer is None:
        return None
    why, name = evidence(offer), DIALECT_NAMES.get(offer.language, offer.language)
    if args.language is None and always_switch(library):
        note(f"{path.name}: checked as {name} ({offer.language}): {why}")
        return offer.language
    current = DIALECT_NAMES.get(language, language)
    note(
        f"{path.name}: {why}, but it is checked as {current} ({language}); "
        f"--language {offer.language} checks it as {name}"
    )
    return None


def format_text(text: str, issues: list[Issue], name: str, engines: list[str]) -> str:
    """One ``LINE:COL: Category · Rule: message (→ fix)`` line per place, then a summary
    that counts each finding once.

    The words are the window's: the category's and the rule's names, never a rule's id
    (a house rule's id is its pattern, ``house-style/substitute/\\b(\\d{1,2})…``), and
    a fix as the issues panel shows it (“, ”; a removal "remove", unquoted). A script
    reads the ids, the offsets and the fixes as they are from ``--format json``.
    """
    from reviewdesk.core.rule_names import category_name, engine_name
    from reviewdesk.desk.rules import rule_name

    line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    lines = []
    for issue in issues:
        line = bisect.bisect_right(line_starts, issue.start)
        col = issue.start - line_starts[line - 1] + 1
        fix = ""
        if issue.replacements:
            shown = " | ".join(_show(r) for r in issue.replacements[:3])
            fix = f" (→ {shown})"
        message = " ".join(issue.message.split())
        kind = category_name(str(issue.category))
        rule = rule_name(issue.rule, issue.engine)
        if rule != kind:  # "Spelling · Spelling" says it once
            kind = f"{kind} · {rule}"
        lines.append(f"{line}:{col}: {kind}: {message}{fix}")
    # a finding marked in several places (straight apostrophes all through) is one issue
    count = count_findings(issues)
    found = "no issues" if not count else f"{count} issue{'s' if count != 1 else ''}"
    if len(issues) > count:
        found += f" at {len(issues)} places"
    names = ", ".join(engine_name(e) for e in engines) or "no engines"
    lines.append(f"{name}: {found} ({names})")
    return "\n".join(lines) + "\n"


def _show(replacement: str) -> str:
    """A fix as the issues panel reads it: “quoted”, its spaces kept at the edges; a
    removal "remove", unquoted (no fix's words are)."""
    if not replacement:
        return "remove"
    return quoted_for_screen(replacement, 60)


def _dump_json(payload: dict[str, Any], stream: TextIO) -> str:
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    return json.dumps(payload, ensure_ascii=encoding not in ("utf8", "utf8sig"), indent=2)


def _write(stream: TextIO, text: str) -> None:
    try:
        stream.write(text)
    except UnicodeEncodeError:
        encoding = stream.encoding or "ascii"
        stream.write(text.encode(encoding, "backslashreplace").decode(encoding))
    stream.flush()
