"""The data dir as a whole: ``dispute-desk demo`` fills it with made-up orders, ``doctor``
checks the database and the evidence files."""

from __future__ import annotations

import argparse

from app.cli.args import CommandFactory, whole_number
from app.cli.context import Context
from app.domain.errors import Refused


def add_parsers(command: CommandFactory) -> None:
    """Register ``demo`` and ``doctor``; ``command(name, help)`` is the CLI's subparser factory."""
    demo = command("demo", "fill the data dir with realistic made-up orders")
    demo.add_argument("--orders", default="200")
    demo.add_argument("--seed", default="1")
    command("doctor", "check the database and the evidence files")


def cmd_demo(args: argparse.Namespace, ctx: Context) -> int:
    from app.services.demo import generate  # the services load only once a command needs them

    count, seed = whole_number(args.orders), whole_number(args.seed)
    if not 0 < count <= 1_000_000:
        raise Refused("--orders must be between 1 and 1000000")
    added = generate(ctx.orders(), count=count, seed=seed)
    return ctx.emit(
        {"added": added, "seed": seed}, lambda: ctx.line(f"added {added} demo orders (seed {seed})")
    )


def cmd_doctor(args: argparse.Namespace, ctx: Context) -> int:
    services = ctx.services()
    problems = services.orders.doctor()
    evidence = services.evidence
    if not problems:  # a damaged database can't be trusted to say which files belong
        problems += evidence.check()
    stray = [str(path) for path in evidence.unreferenced_files()]
    notes = [f"evidence file no item refers to (can be deleted): {path}" for path in stray]
    if ctx.json:
        ctx.emit({"ok": not problems, "problems": problems, "notes": notes}, lambda: None)
    else:
        for problem in problems:
            ctx.line(problem)
        for note in notes:
            ctx.line(f"note: {note}")
        if not problems:
            ctx.line("ok")
    return 0 if not problems else 1
