"""``dispute-desk remind [--at T] [--dry-run] [--json]``: the deadline reminders due, for cron, a
systemd timer or the Task Scheduler (contract: docs/CLI.md, "Reminders").

The window's notifications come from the same service, so a reminder is given once, by whichever
asks first; given means shown or printed, in the transaction that remembers it. Without
``--json`` the reminders go to the desktop as notifications when the command was started with a
way to show them (the ``dispute-desk`` program brings one: D-Bus on Linux) and a desktop session
answers; else they are printed. ``--json`` always prints the list and nothing else.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from app.cli.args import CommandFactory
from app.cli.context import Context
from app.domain.parsing import format_utc
from app.i18n import translate

if TYPE_CHECKING:
    from app.services.reminders import Reminder


def add_parsers(command: CommandFactory) -> None:
    """Register ``remind``; ``command(name, help)`` is the CLI's subparser factory."""
    remind = command(
        "remind",
        translate(
            "cli help", "give the deadline reminders due (for cron, a systemd timer or the Task Scheduler)"
        ),
    )
    remind.add_argument("--at", help=translate("cli help", "as of this time instead of now"))
    remind.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli help", "show what is due without remembering it as given"),
    )


def cmd_remind(args: argparse.Namespace, ctx: Context) -> int:
    from app.services.reminders import BY_COMMAND  # the services load only once a command needs them

    service = ctx.services().reminders
    if args.dry_run:
        _give(ctx, service.due(ctx.as_of()), desktop=False)
    elif not service.give(ctx.as_of(), given_by=BY_COMMAND, deliver=lambda due: _give(ctx, due)) and ctx.json:
        _give(ctx, [])  # nothing due: an empty list; people (and cron's mail) get no output at all
    if not args.dry_run and ctx.as_of() is None:
        from app.services.calendar_feed import refresh_feed

        refresh_feed(ctx.orders())  # the calendar file stays current while the app is closed
    return 0


def _give(ctx: Context, reminders: Sequence[Reminder], *, desktop: bool = True) -> None:
    """Print the reminders (``--json``), or show them on the desktop, or print them for people."""
    if ctx.json:
        ctx.emit([reminder_json(r) for r in reminders], lambda: None)
        return
    if desktop and reminders and ctx.notifier is not None and ctx.notifier(list(reminders)):
        count = len(reminders)
        ctx.line(translate("cli", "%n reminder(s) shown on the desktop", None, count))
        return
    for reminder in reminders:
        ctx.line(reminder.title)
        for line in reminder.body.splitlines():
            ctx.line(f"    {line}")


def reminder_json(reminder: Reminder) -> dict[str, Any]:
    return {
        "order": reminder.order,
        "kind": reminder.kind.value,
        "due": format_utc(reminder.due),
        "lead": reminder.lead,
        "title": reminder.title,
        "body": reminder.body,
    }
