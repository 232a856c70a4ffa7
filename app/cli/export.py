"""``dispute-desk export --format csv|json|ics --out FILE``.

- ``csv``: the orders (not the trash) as a Shopper Inventory CSV, which ``import`` reads back;
- ``json``: everything, with every order's whole history, rules and settings;
- ``ics``: every open deadline as a calendar event with a reminder 48 hours before.

An existing ``FILE`` is replaced in one step (an export is a view of the data, made again at
will; a backup, by contrast, never overwrites). Output (``--json``):
``{"format", "out", "count", "what"}``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.args import CommandFactory
from app.cli.context import Context
from app.i18n import translate

FORMATS = ("csv", "json", "ics")
_WHAT = {"csv": "orders", "json": "orders", "ics": "deadlines"}


def add_parsers(command: CommandFactory) -> None:
    """Register ``export``; ``command(name, help)`` is the CLI's subparser factory."""
    parser = command(
        "export", translate("cli help", "write the orders (csv, json) or the open deadlines (ics) to a file")
    )
    parser.add_argument("--format", required=True, choices=FORMATS)
    parser.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help=translate("cli help", "the file to write (replaced if it exists)"),
    )


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    from app.services import exporting  # the services load only once a command needs them

    out = Path(args.out).expanduser()
    write = {"csv": exporting.export_csv, "json": exporting.export_json, "ics": exporting.export_ics}[
        args.format
    ]
    count = write(ctx.orders(), out)
    what = _WHAT[args.format]
    document = {"format": args.format, "out": str(out), "count": count, "what": what}
    return ctx.emit(
        document,
        lambda: ctx.line(
            (
                translate("cli", "wrote %n deadline(s) to {path}", None, count)
                if what == "deadlines"
                else translate("cli", "wrote %n order(s) to {path}", None, count)
            ).format(path=out)
        ),
    )
