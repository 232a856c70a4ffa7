"""``dispute-desk advise cancel|dispute``: the wizards' advice for an order, in words or as JSON
(contract: docs/CLI.md, "Wizards' advice")."""

from __future__ import annotations

import argparse

from app.cli.args import CliParser, CommandFactory, global_options, whole_number
from app.cli.context import Context
from app.cli.output import in_or_ago, local_text
from app.domain.errors import render_moments
from app.domain.model import CANCEL_REASONS, DISPUTE_REASONS
from app.domain.parsing import format_utc


def add_parsers(command: CommandFactory) -> None:
    """Register ``advise`` and its two wizards; ``command(name, help)`` is the CLI's subparser factory."""
    advise = command("advise", "the wizards' advice for an order")
    wizards = advise.add_subparsers(dest="wizard", metavar="WIZARD", parser_class=CliParser, required=True)
    common = global_options()
    cancel_help = "should I cancel this order, and how?"
    cancel = wizards.add_parser("cancel", help=cancel_help, description=cancel_help, parents=[common])
    cancel.add_argument("order")
    cancel.add_argument("--reason", help="|".join(CANCEL_REASONS))
    cancel.add_argument("--at")
    dispute_help = "can I open a dispute for this order, and how?"
    dispute = wizards.add_parser("dispute", help=dispute_help, description=dispute_help, parents=[common])
    dispute.add_argument("order")
    dispute.add_argument("--reason", required=True, help="|".join(DISPUTE_REASONS))
    dispute.add_argument("--line", help="the item it is about (1, 2, …; default: the whole order)")
    dispute.add_argument("--at")


def cmd_advise(args: argparse.Namespace, ctx: Context) -> int:
    # argparse refuses any other wizard name.
    if args.wizard == "dispute":
        return _advise_dispute(args, ctx)
    return _advise_cancel(args, ctx)


def _advise_cancel(args: argparse.Namespace, ctx: Context) -> int:
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
            ctx.line(f"Wait until {local_text(advice.wait_until)} ({in_or_ago(advice.wait_until - now)})")
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
    line = whole_number(args.line) if args.line else None
    advice = ctx.orders().advise_dispute(args.order, args.reason, at=now, line=line)
    # Sentences show their moments in the buyer's zone with its offset; the fields stay UTC.
    refusal = render_moments(advice.refusal)
    warnings = [render_moments(w) for w in advice.warnings]
    document = {
        "eligible": advice.eligible,
        "opens_at": format_utc(advice.opens_at) if advice.opens_at else None,
        "closes_at": format_utc(advice.closes_at) if advice.closes_at else None,
        "evidence": list(advice.evidence),
        "outcome": advice.outcome,
        "steps": list(advice.steps),
        "message": advice.message,
        "refusal": refusal,
        "warnings": warnings,
        "message_ru": advice.message_ru,
        "fallbacks": [{"kind": kind, "due": format_utc(due)} for kind, due in advice.fallbacks],
        "line": advice.line,
        "late": advice.late,
        "confidence": advice.confidence or None,
    }

    def human() -> None:
        verdict = "can open a dispute now" if advice.eligible else "can't open a dispute now"
        about = f", item {advice.line}" if advice.line is not None else ""
        ctx.line(f"Order {args.order}{about}, {advice.reason}: {verdict}")
        if refusal:
            ctx.line(refusal)
        if advice.opens_at is not None:
            ctx.line(f"Opens at {local_text(advice.opens_at)} ({in_or_ago(advice.opens_at - now)})")
        if advice.closes_at is not None:
            word = "Open it before" if advice.closes_at > now else "Closed at"
            ctx.line(f"{word} {local_text(advice.closes_at)} ({in_or_ago(advice.closes_at - now)})")
        ctx.line(f"Outcome to ask for: {advice.outcome}")
        for warning in warnings:
            ctx.line(f"Warning: {warning}")
        if advice.steps:
            ctx.line("Steps:")
            for number, step in enumerate(advice.steps, 1):
                ctx.line(f"  {number}. {step}")
        ctx.line("Evidence:")
        for item in advice.evidence:
            ctx.line(f"  [ ] {item}")
        for kind, due in advice.fallbacks:
            ctx.line(f"Fallback: {kind} {local_text(due)} ({in_or_ago(due - now)})")
        ctx.line("Dispute text:")
        ctx.line(f"  {advice.message}")
        ctx.line("In Russian:")
        ctx.line(f"  {advice.message_ru}")

    return ctx.emit(document, human)


_MISSING = {
    "ship_by": "the seller's ship-by time (the processing-time countdown on the order page)",
}
