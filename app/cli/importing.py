"""``dispute-desk import FILE...``: orders from an export file, a data backup or e-mails.

Output (``--json``): ``{"added", "updated", "unchanged", "errors": [{"line", "message"}],
"format", "encoding", "dry_run"}`` (``encoding``: what a text file was read as, detected unless
``--encoding`` names it; null for a workbook or e-mails). Exit 0 when the file was read, even if some rows had errors (they
are listed; the good rows are imported); exit 2 with one line on stderr, nothing written,
for a file that can't be read, whose format is unknown, or none of whose rows can be read.
``--progress`` prints ``progress DONE/TOTAL`` lines on stderr while writing (for scripts
that want to show it; the one transaction is committed at the end).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.args import CommandFactory
from app.cli.context import Context
from app.i18n import translate
from app.importers.model import FILE_FORMAT_CHOICES


def add_parsers(command: CommandFactory) -> None:
    """Register ``import``; ``command(name, help)`` is the CLI's subparser factory."""
    parser = command(
        "import", translate("cli help", "import orders from a file (its format is detected by content)")
    )
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help=translate(
            "cli help",
            "the file to import (both CSVs of AliExpress-Order-Export, or several e-mails, may go together)",
        ),
    )
    parser.add_argument(
        "--format",
        default="auto",
        choices=FILE_FORMAT_CHOICES,
        help=translate("cli help", "default: detect by content"),
    )
    parser.add_argument(
        "--currency",
        help=translate("cli help", "ISO code for prices that name none (default: the setting, else USD)"),
    )
    parser.add_argument(
        "--encoding",
        help=translate(
            "cli help", "what a text file is in, e.g. windows-1251 (default: detected from the content)"
        ),
    )
    parser.add_argument(
        "--dry-run", action="store_true", help=translate("cli help", "show what would change; write nothing")
    )
    parser.add_argument(
        "--progress", action="store_true", help=translate("cli help", "print progress lines on stderr")
    )


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    # Loaded only once the command runs: the services bring SQLAlchemy, the readers openpyxl.
    from app.importers.detect import detect_all

    if args.format == "auto":
        detect_all([Path(name) for name in args.files])  # refuse an unknown file before opening the data
    service = ctx.services().imports
    plan = service.preview(args.files, format=args.format, currency=args.currency, encoding=args.encoding)
    if args.dry_run:
        added, updated, unchanged = plan.count("add"), plan.count("update"), plan.count("unchanged")
        errors, entries = plan.errors, plan.entries
    else:

        def progress(done: int, total: int) -> None:
            print(f"progress {done}/{total}", file=sys.stderr, flush=True)

        result = service.apply(plan, progress=progress if args.progress else None)
        added, updated, unchanged = result.added, result.updated, result.unchanged
        errors, entries = result.errors, result.entries
    document = {
        "added": added,
        "updated": updated,
        "unchanged": unchanged,
        "errors": [{"line": e.line, "message": e.message} for e in errors],
        "format": plan.format.value,
        "encoding": plan.encoding,
        "dry_run": bool(args.dry_run),
    }

    def human() -> None:
        names = ", ".join(str(p) for p in plan.paths)
        unusual = plan.encoding not in (None, "utf-8", "utf-16")
        if args.dry_run and unusual:
            summary = translate(
                "cli",
                "Would import {names} ({format}, read as {encoding}): {added} added, {updated} updated, "
                "{unchanged} unchanged",
            )
        elif args.dry_run:
            summary = translate(
                "cli",
                "Would import {names} ({format}): {added} added, {updated} updated, {unchanged} unchanged",
            )
        elif unusual:
            summary = translate(
                "cli",
                "Imported {names} ({format}, read as {encoding}): {added} added, {updated} updated, "
                "{unchanged} unchanged",
            )
        else:
            summary = translate(
                "cli", "Imported {names} ({format}): {added} added, {updated} updated, {unchanged} unchanged"
            )
        ctx.line(
            summary.format(
                names=names,
                format=plan.format_name,
                encoding=plan.encoding,
                added=added,
                updated=updated,
                unchanged=unchanged,
            )
        )
        for entry in entries:
            if entry.action in ("add", "update", "skip"):
                ctx.line(f"  {entry.action:<7} {entry.order}  {entry.reason}")
        if errors:
            count = len(errors)
            ctx.line(translate("cli", "%n row(s) not imported:", None, count))
            for error in errors:
                ctx.line(
                    translate("cli", "  line {line}: {message}").format(
                        line=error.line, message=error.message
                    )
                )

    return ctx.emit(document, human)
