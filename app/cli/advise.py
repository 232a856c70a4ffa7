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
from app.i18n import draft_languages, translate


def add_parsers(command: CommandFactory) -> None:
    """Register ``advise`` and its two wizards; ``command(name, help)`` is the CLI's subparser factory."""
    advise = command("advise", translate("cli help", "the wizards' advice for an order"))
    wizards = advise.add_subparsers(dest="wizard", metavar="WIZARD", parser_class=CliParser, required=True)
    common = global_options()
    cancel_help = translate("cli help", "should I cancel this order, and how?")
    cancel = wizards.add_parser("cancel", help=cancel_help, description=cancel_help, parents=[common])
    cancel.add_argument("order")
    cancel.add_argument("--reason", help="|".join(CANCEL_REASONS))
    cancel.add_argument("--at")
    dispute_help = translate("cli help", "can I open a dispute for this order, and how?")
    dispute = wizards.add_parser("dispute", help=dispute_help, description=dispute_help, parents=[common])
    dispute.add_argument("order")
    dispute.add_argument("--reason", required=True, help="|".join(DISPUTE_REASONS))
    dispute.add_argument(
        "--line", help=translate("cli help", "the item it is about (1, 2, …; default: the whole order)")
    )
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
        ctx.line(
            translate("cli", "Order {order}: {verdict}").format(order=args.order, verdict=advice.verdict)
        )
        ctx.line(advice.headline)
        if advice.wait_until is not None:
            ctx.line(
                translate("cli", "Wait until {time} ({countdown})").format(
                    time=local_text(advice.wait_until), countdown=in_or_ago(advice.wait_until - now)
                )
            )
        for fact in advice.missing:
            ctx.line(translate("cli", "Missing: {fact}").format(fact=_missing_words(fact)))
        _steps(ctx, advice.steps)
        if advice.message:
            ctx.line(translate("cli", "Message to the seller:"))
            ctx.line(f"  {advice.message}")
            for language in draft_languages()[1:]:
                again = ctx.orders().advise_cancel(args.order, reason=args.reason, at=now, language=language)
                ctx.line(_in_language(language))
                ctx.line(f"  {again.message}")

    return ctx.emit(document, human)


def _steps(ctx: Context, steps: tuple[str, ...]) -> None:
    if steps:
        ctx.line(translate("cli", "Steps:"))
        for number, step in enumerate(steps, 1):
            ctx.line(f"  {number}. {step}")


def _in_language(language: str) -> str:
    """The heading of a draft in another language than the buyer's: English or Russian."""
    if language == "ru":
        return translate("cli", "In Russian:")
    if language == "en":
        return translate("cli", "In English:")
    return f"{language}:"


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
        ctx.line(_dispute_heading(args.order, advice.line, advice.reason, advice.eligible))
        if refusal:
            ctx.line(refusal)
        if advice.opens_at is not None:
            ctx.line(
                translate("cli", "Opens at {time} ({countdown})").format(
                    time=local_text(advice.opens_at), countdown=in_or_ago(advice.opens_at - now)
                )
            )
        if advice.closes_at is not None:
            closes = {"time": local_text(advice.closes_at), "countdown": in_or_ago(advice.closes_at - now)}
            if advice.closes_at > now:
                ctx.line(translate("cli", "Open it before {time} ({countdown})").format(**closes))
            else:
                ctx.line(translate("cli", "Closed at {time} ({countdown})").format(**closes))
        ctx.line(translate("cli", "Outcome to ask for: {outcome}").format(outcome=advice.outcome))
        for warning in warnings:
            ctx.line(translate("cli", "Warning: {warning}").format(warning=warning))
        _steps(ctx, advice.steps)
        ctx.line(translate("cli", "Evidence:"))
        for item in advice.evidence:
            ctx.line(f"  [ ] {item}")
        for kind, due in advice.fallbacks:
            ctx.line(
                translate("cli", "Fallback: {deadline} {time} ({countdown})").format(
                    deadline=kind, time=local_text(due), countdown=in_or_ago(due - now)
                )
            )
        ctx.line(translate("cli", "Dispute text:"))
        ctx.line(f"  {advice.message}")
        for language in draft_languages()[1:]:
            again = ctx.orders().advise_dispute(args.order, args.reason, at=now, line=line, language=language)
            ctx.line(_in_language(language))
            ctx.line(f"  {again.message}")

    return ctx.emit(document, human)


def _dispute_heading(order: str, line: int | None, reason: str, eligible: bool) -> str:
    """``Order 81…, item 2, damaged: can open a dispute now``."""
    fields = {"order": order, "line": line, "reason": reason}
    if line is None and eligible:
        return translate("cli", "Order {order}, {reason}: can open a dispute now").format(**fields)
    if line is None:
        return translate("cli", "Order {order}, {reason}: can't open a dispute now").format(**fields)
    if eligible:
        return translate("cli", "Order {order}, item {line}, {reason}: can open a dispute now").format(
            **fields
        )
    return translate("cli", "Order {order}, item {line}, {reason}: can't open a dispute now").format(**fields)


def _missing_words(fact: str) -> str:
    """A fact the advice lacks, in words."""
    if fact == "ship_by":
        return translate("cli", "the seller's ship-by time (the processing-time countdown on the order page)")
    return fact
