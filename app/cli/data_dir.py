"""The data dir as a whole: ``dispute-desk demo`` fills it with made-up orders, ``doctor``
checks the database and the evidence files."""

from __future__ import annotations

import argparse

from app.cli.args import CommandFactory, whole_number
from app.cli.context import Context
from app.domain.errors import Refused
from app.i18n import translate


def add_parsers(command: CommandFactory) -> None:
    """Register ``demo`` and ``doctor``; ``command(name, help)`` is the CLI's subparser factory."""
    demo = command("demo", translate("cli help", "fill the data dir with realistic made-up orders"))
    demo.add_argument("--orders", default="200")
    demo.add_argument("--seed", default="1")
    command("doctor", translate("cli help", "check the database and the evidence files"))


def cmd_demo(args: argparse.Namespace, ctx: Context) -> int:
    from app.services.demo import generate  # the services load only once a command needs them

    count, seed = whole_number(args.orders), whole_number(args.seed)
    if not 0 < count <= 1_000_000:
        raise Refused(translate("cli", "--orders must be between 1 and 1000000"))
    added = generate(ctx.orders(), count=count, seed=seed)
    return ctx.emit(
        {"added": added, "seed": seed},
        lambda: ctx.line(
            translate("cli", "added {added} demo orders (seed {seed})").format(added=added, seed=seed)
        ),
    )


def cmd_doctor(args: argparse.Namespace, ctx: Context) -> int:
    # Read-only: the data is not opened the usual way (no upgrade, no cleaning), so doctor works
    # on a full disk and changes nothing.
    from app.services import DataDir
    from app.services.doctor import diagnose

    found = diagnose(DataDir(ctx.data_dir()))
    if ctx.json:
        ctx.emit({"ok": found.ok, "problems": found.problems, "notes": found.notes}, lambda: None)
    else:
        for problem in found.problems:
            ctx.line(problem)
        for note in found.notes:
            ctx.line(translate("cli", "note: {note}").format(note=note))
        if found.ok:
            ctx.line("ok")
    return 0 if found.ok else 1
