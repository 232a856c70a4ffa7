"""The ``dispute-desk`` command line (contract: CLI.md). A thin face over the services.

Exit status: 0 done, 2 bad input or a refused action (one line on stderr, nothing written),
1 an unexpected error. ``--json`` prints exactly one JSON document on stdout.
Heavy modules (SQLAlchemy, the services) are imported only once a command needs them.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO, Any, NoReturn

from app import __version__
from app.clock import Clock, SystemClock
from app.domain.errors import Refused
from app.domain.model import CANCEL_REASONS, DISPUTE_REASONS, OUTCOMES, RECORDABLE_KINDS, Status
from app.domain.parsing import (
    format_duration,
    format_utc,
    parse_duration,
    parse_time,
)
from app.domain.profile import PAYMENT_METHODS

PROG = "dispute-desk"


class UsageError(Exception):
    """Bad command-line syntax (exit 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


# -- argument types: parse early, refuse with a sentence ----------------------------------------


def time_arg(text: str) -> datetime:
    return parse_time(text)


def duration_arg(text: str) -> timedelta:
    return parse_duration(text)


def whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise Refused(f'"{text}" is not a whole number') from None


def _build_parser() -> _Parser:
    common = _Parser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS, help="where the data lives")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON")

    parser = _Parser(
        prog=PROG,
        description="Dispute Desk: your orders, their deadlines, cancellations and disputes. "
        "Without a command it opens the app.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, help_text: str) -> _Parser:
        return sub.add_parser(name, help=help_text, description=help_text, parents=[common])

    add = command("add", "add an order")
    add.add_argument("--order", required=True, help="order number (text)")
    add.add_argument("--store", required=True)
    add.add_argument("--title", required=True)
    add.add_argument("--total", required=True, help="amount, e.g. 12.34 or 'US $1,382.11'")
    add.add_argument("--currency", required=False, help="ISO code, e.g. USD (else from the amount's symbol)")
    add.add_argument("--ordered-at", type=str)
    add.add_argument("--paid-at", type=str)
    add.add_argument("--payment-method", choices=PAYMENT_METHODS)
    ship = add.add_mutually_exclusive_group()
    ship.add_argument("--processing-days", type=str)
    ship.add_argument("--ship-by", type=str)
    add.add_argument("--note", default="")

    record = command("record", "record an event in an order's timeline")
    record.add_argument("order")
    record.add_argument("event", metavar="EVENT", help=", ".join(k.value for k in RECORDABLE_KINDS))
    record.add_argument("--at", help="when it happened (default: now)")
    record.add_argument("--note", default="")
    record.add_argument("--processing-days")
    record.add_argument("--ship-by")
    record.add_argument("--tracking")
    record.add_argument("--carrier")
    record.add_argument("--protection-ends")
    record.add_argument("--protection-left", help="countdown as the order page shows it, e.g. '23d 14:22:10'")
    record.add_argument(
        "--reason", help=f"cancel: {'|'.join(CANCEL_REASONS)}; dispute: {'|'.join(DISPUTE_REASONS)}"
    )
    record.add_argument("--refund")
    record.add_argument("--return", dest="wants_return", action="store_true")
    record.add_argument("--offer")
    record.add_argument("--outcome", choices=OUTCOMES)
    record.add_argument("--amount")
    record.add_argument("--days")

    orders = command("orders", "list orders with their status and next deadline")
    orders.add_argument("--status", choices=[s.value for s in Status])
    orders.add_argument("--trash", action="store_true", help="list the orders in the trash")
    orders.add_argument("--at")

    show = command("show", "one order with its timeline and deadlines")
    show.add_argument("order")
    show.add_argument("--at")

    deadlines = command("deadlines", "every open deadline, soonest first")
    deadlines.add_argument("--at")
    deadlines.add_argument("--within", help="only those due within this long, e.g. 48h or 7d")

    trash = command("trash", "move an order to the trash")
    trash.add_argument("order")
    untrash = command("untrash", "restore an order from the trash")
    untrash.add_argument("order")

    rules = command("rules", "show or change the rule profile's values")
    rules.add_argument("action", nargs="?", choices=["list", "set", "reset"], default="list")
    rules.add_argument("key", nargs="?")
    rules.add_argument("value", nargs="?", help='JSON value, e.g. 72 or true or \'{"min": 2, "max": 5}\'')

    demo = command("demo", "fill the data dir with realistic made-up orders")
    demo.add_argument("--orders", default="200")
    demo.add_argument("--seed", default="1")

    command("doctor", "check the database and the evidence files")

    advise = command("advise", "the wizards' advice for an order")
    wizards = advise.add_subparsers(dest="wizard", metavar="WIZARD", parser_class=_Parser, required=True)
    cancel_help = "should I cancel this order, and how?"
    cancel = wizards.add_parser("cancel", help=cancel_help, description=cancel_help, parents=[common])
    cancel.add_argument("order")
    cancel.add_argument("--reason", help="|".join(CANCEL_REASONS))
    cancel.add_argument("--at")
    dispute_help = "can I open a dispute for this order, and how?"
    dispute = wizards.add_parser("dispute", help=dispute_help, description=dispute_help, parents=[common])
    dispute.add_argument("order")
    dispute.add_argument("--reason", required=True, help="|".join(DISPUTE_REASONS))
    dispute.add_argument("--at")

    # Commands with modules of their own register their parsers there (see _MODULE_COMMANDS).
    from app import cli_backup, cli_evidence, cli_export, cli_import

    for module in (cli_evidence, cli_import, cli_export, cli_backup):
        module.add_parsers(command)
    return parser


# -- running ------------------------------------------------------------------------------------


GuiLauncher = Callable[[str | None, dict[str, str]], int]


def run(
    argv: Sequence[str],
    *,
    clock: Clock | None = None,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
    env: dict[str, str] | None = None,
    gui: GuiLauncher | None = None,
) -> int:
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    environ = dict(os.environ) if env is None else env
    try:
        # argparse prints --help and --version to sys.stdout: send them where the caller asked.
        with contextlib.redirect_stdout(out):
            args = _build_parser().parse_args(list(argv))
    except UsageError as exc:
        _fail(err, str(exc))
        return 2
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0)
    if args.command is None:
        return _open_gui(args, gui, environ, out)
    from app.services import StoreError

    ctx = Context(args, clock or SystemClock(), environ, out)
    try:
        return _handler(args.command)(args, ctx)
    except Refused as exc:
        _fail(err, str(exc))
        return 2
    except StoreError as exc:
        _fail(err, str(exc))
        return 2
    except Exception as exc:
        _fail(err, f"unexpected error: {type(exc).__name__}: {exc}")
        if environ.get("DISPUTE_DESK_DEBUG"):
            raise
        return 1
    finally:
        ctx.close()


def _fail(err: IO[str], message: str) -> None:
    """The one line on stderr the contract promises, whatever line breaks the message has."""
    print(f"{PROG}: {' '.join(message.split())}", file=err)


def _open_gui(args: argparse.Namespace, gui: GuiLauncher | None, env: dict[str, str], out: IO[str]) -> int:
    """No command: open the GUI if the caller (the ``ui`` entry point) provides one, else help."""
    if gui is None:
        _build_parser().print_help(out)
        return 0
    return gui(getattr(args, "data_dir", None), env)


class Context:
    def __init__(self, args: argparse.Namespace, clock: Clock, env: dict[str, str], out: IO[str]) -> None:
        self.args = args
        self.clock = clock
        self.env = env
        self.out = out
        self.json = bool(getattr(args, "json", False))
        self._services: Any = None

    def data_dir(self) -> Path:
        """The data dir the command works on (``--data-dir``, else the environment, else the
        platform's); nothing is opened or created."""
        from app.services import resolve_data_dir

        return resolve_data_dir(getattr(self.args, "data_dir", None), self.env)

    def services(self) -> Any:
        """The services of the data dir (the file is opened when a service is first used)."""
        if self._services is None:
            from app.services import open_services

            self._services = open_services(self.data_dir(), self.clock)
        return self._services

    def orders(self) -> Any:
        return self.services().orders

    def close(self) -> None:
        """Close the data file once the command is done."""
        if self._services is not None:
            self._services.close()
            self._services = None

    def as_of(self) -> datetime | None:
        text = getattr(self.args, "at", None)
        return time_arg(text) if text else None

    def emit(self, document: Any, human: Callable[[], None]) -> int:
        if self.json:
            json.dump(document, self.out, ensure_ascii=False, indent=2)
            self.out.write("\n")
        else:
            human()
        return 0

    def line(self, text: str = "") -> None:
        self.out.write(text + "\n")


# -- commands (those about orders are in app/cli_orders.py) ---------------------------------------


def _cmd_rules(args: argparse.Namespace, ctx: Context) -> int:
    rules = ctx.orders().rules
    if args.action in ("set", "reset") and not args.key:
        raise Refused(f"rules {args.action} needs the rule's name")
    if args.action == "set":
        if args.value is None:
            raise Refused("rules set needs a value")
        try:
            value = json.loads(args.value)
        except json.JSONDecodeError:
            raise Refused(
                f'can\'t read "{args.value}" as a value (try 72, true or {{"min": 2, "max": 5}})'
            ) from None
        rules.set(args.key, value)
    elif args.action == "reset":
        rules.reset(args.key)
    values = rules.values()
    document = [
        {
            "key": v.key,
            "value": v.value,
            "default": v.default,
            "unit": v.unit,
            "label": v.label,
            "source": v.source,
            "confidence": v.confidence,
        }
        for v in values
    ]

    def human() -> None:
        for v in values:
            mark = " (changed)" if v.overridden else ""
            ctx.line(f"{v.key:<32} {json.dumps(v.value):<24} {v.unit}{mark}")
            ctx.line(f"    {v.source} [{v.confidence}]")

    return ctx.emit(document, human)


def _cmd_demo(args: argparse.Namespace, ctx: Context) -> int:
    from app.services.demo import generate

    count, seed = whole_number(args.orders), whole_number(args.seed)
    if not 0 < count <= 1_000_000:
        raise Refused("--orders must be between 1 and 1000000")
    added = generate(ctx.orders(), count=count, seed=seed)
    return ctx.emit(
        {"added": added, "seed": seed}, lambda: ctx.line(f"added {added} demo orders (seed {seed})")
    )


def _cmd_doctor(args: argparse.Namespace, ctx: Context) -> int:
    services = ctx.services()
    service = services.orders
    problems = service.doctor()
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


def _cmd_advise(args: argparse.Namespace, ctx: Context) -> int:
    # argparse refuses any other wizard name.
    if args.wizard == "dispute":
        return _advise_dispute(args, ctx)
    now = ctx.as_of() or ctx.clock.now()
    advice = ctx.orders().advise_cancel(args.order, reason=args.reason, at=now)
    document = {
        "verdict": advice.verdict,
        "wait_until": format_utc(advice.wait_until) if advice.wait_until else None,
        "steps": list(advice.steps),
        "message": advice.message,
        "headline": advice.headline,
        "message_ru": advice.message_ru,
        "missing": list(advice.missing),
    }

    def human() -> None:
        ctx.line(f"Order {args.order}: {advice.verdict}")
        ctx.line(advice.headline)
        if advice.wait_until is not None:
            ctx.line(f"Wait until {local_text(advice.wait_until)} ({_left_until(advice.wait_until - now)})")
        for fact in advice.missing:
            ctx.line(f"Missing: {_MISSING.get(fact, fact)}")
        if advice.steps:
            ctx.line("Steps:")
            for number, step in enumerate(advice.steps, 1):
                ctx.line(f"  {number}. {step}")
        if advice.message:
            ctx.line("Message to the seller:")
            ctx.line(f"  {advice.message}")
            ctx.line("In Russian:")
            ctx.line(f"  {advice.message_ru}")

    return ctx.emit(document, human)


def _advise_dispute(args: argparse.Namespace, ctx: Context) -> int:
    now = ctx.as_of() or ctx.clock.now()
    advice = ctx.orders().advise_dispute(args.order, args.reason, at=now)
    document = {
        "eligible": advice.eligible,
        "opens_at": format_utc(advice.opens_at) if advice.opens_at else None,
        "closes_at": format_utc(advice.closes_at) if advice.closes_at else None,
        "evidence": list(advice.evidence),
        "outcome": advice.outcome,
        "steps": list(advice.steps),
        "message": advice.message,
        "refusal": advice.refusal,
        "warnings": list(advice.warnings),
        "message_ru": advice.message_ru,
        "fallbacks": [{"kind": kind, "due": format_utc(due)} for kind, due in advice.fallbacks],
    }

    def human() -> None:
        verdict = "can open a dispute now" if advice.eligible else "can't open a dispute now"
        ctx.line(f"Order {args.order}, {advice.reason}: {verdict}")
        if advice.refusal:
            ctx.line(advice.refusal)
        if advice.opens_at is not None:
            ctx.line(f"Opens at {local_text(advice.opens_at)} ({_left_until(advice.opens_at - now)})")
        if advice.closes_at is not None:
            word = "Open it before" if advice.closes_at > now else "Closed at"
            ctx.line(f"{word} {local_text(advice.closes_at)} ({_left_until(advice.closes_at - now)})")
        ctx.line(f"Outcome to ask for: {advice.outcome}")
        for warning in advice.warnings:
            ctx.line(f"Warning: {warning}")
        if advice.steps:
            ctx.line("Steps:")
            for number, step in enumerate(advice.steps, 1):
                ctx.line(f"  {number}. {step}")
        ctx.line("Evidence:")
        for item in advice.evidence:
            ctx.line(f"  [ ] {item}")
        for kind, due in advice.fallbacks:
            ctx.line(f"Fallback: {kind} {local_text(due)} ({_left_until(due - now)})")
        ctx.line("Dispute text:")
        ctx.line(f"  {advice.message}")
        ctx.line("In Russian:")
        ctx.line(f"  {advice.message_ru}")

    return ctx.emit(document, human)


_MISSING = {
    "ship_by": "the seller's ship-by time (the processing-time countdown on the order page)",
}


def _left_until(left: timedelta) -> str:
    return f"in {format_duration(left)}" if left > timedelta(0) else f"{format_duration(-left)} ago"


_COMMANDS: dict[str, Callable[[argparse.Namespace, Context], int]] = {
    "rules": _cmd_rules,
    "demo": _cmd_demo,
    "doctor": _cmd_doctor,
    "advise": _cmd_advise,
}

# Commands whose handlers live in modules of their own: (module, function).
_MODULE_COMMANDS: dict[str, tuple[str, str]] = {
    "add": ("app.cli_orders", "cmd_add"),
    "record": ("app.cli_orders", "cmd_record"),
    "orders": ("app.cli_orders", "cmd_orders"),
    "show": ("app.cli_orders", "cmd_show"),
    "deadlines": ("app.cli_orders", "cmd_deadlines"),
    "trash": ("app.cli_orders", "cmd_trash"),
    "untrash": ("app.cli_orders", "cmd_untrash"),
    "attach": ("app.cli_evidence", "cmd_attach"),
    "pack": ("app.cli_evidence", "cmd_pack"),
    "import": ("app.cli_import", "cmd_import"),
    "export": ("app.cli_export", "cmd_export"),
    "backup": ("app.cli_backup", "cmd_backup"),
    "restore": ("app.cli_backup", "cmd_restore"),
    "backups": ("app.cli_backup", "cmd_backups"),
}


def _handler(name: str) -> Callable[[argparse.Namespace, Context], int]:
    if name in _COMMANDS:
        return _COMMANDS[name]
    module, function = _MODULE_COMMANDS[name]
    handler: Callable[[argparse.Namespace, Context], int] = getattr(importlib.import_module(module), function)
    return handler


# -- output helpers -----------------------------------------------------------------------------


def local_text(when: datetime) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")
