"""``stats`` and ``stores``: what the buyer spent, got back and lost, and the stores ledger
(contract: docs/CLI.md, "Insights"). Money per currency, never converted."""

from __future__ import annotations

import argparse
import re
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.cli.args import CommandFactory, time_arg
from app.cli.context import Context
from app.domain.currencies import format_amount
from app.domain.errors import Refused
from app.domain.periods import Period, local_midnight

if TYPE_CHECKING:
    from app.services.insight_sums import LedgerRow, Statistics

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def add_parsers(command: CommandFactory) -> None:
    """Register ``stats`` and ``stores``; ``command(name, help)`` is the CLI's subparser factory."""
    stats = command("stats", "money spent and refunded, disputes won and lost, by month")
    stats.add_argument("--from", dest="start", help="first day (YYYY-MM-DD, local) or an ISO time")
    stats.add_argument("--to", dest="end", help="last day, included (YYYY-MM-DD, local) or an ISO time")
    command("stores", "one line per store: orders, money, disputes, delivery days")


def period_args(start: str | None, end: str | None) -> Period:
    """``--from``/``--to``: a date is the whole local day (``--to`` includes it), a time is exact."""
    low = _bound(start, end=False)
    high = _bound(end, end=True)
    if low is not None and high is not None and high <= low:
        raise Refused("--to must come after --from")
    return Period(low, high)


def _bound(text: str | None, *, end: bool) -> datetime | None:
    if text is None:
        return None
    cleaned = text.strip()
    if _DATE.fullmatch(cleaned):
        try:
            day = date.fromisoformat(cleaned)
        except ValueError:
            raise Refused(f'"{text}" is not a date (YYYY-MM-DD)') from None
        if end:
            return local_midnight(date.fromordinal(day.toordinal() + 1))
        return local_midnight(day)
    return time_arg(cleaned)


def money(values: dict[str, Decimal]) -> dict[str, str]:
    return {currency: format_amount(value, currency) for currency, value in values.items()}


def stats_document(stats: Statistics) -> dict[str, Any]:
    counts = stats.disputes
    return {
        "spent": money(stats.spent),
        "refunded": money(stats.refunded),
        "orders": stats.orders,
        "disputes": {"opened": counts.opened, "won": counts.won, "lost": counts.lost, "open": counts.open},
        "by_month": [
            {"month": month.month, "spent": money(month.spent), "refunded": money(month.refunded)}
            for month in stats.by_month
        ],
    }


def stores_document(rows: list[LedgerRow]) -> list[dict[str, Any]]:
    return [
        {
            "store": row.name,
            "orders": row.orders,
            "spent": money(row.spent),
            "disputes": row.disputes,
            "won": row.won,
            "lost": row.lost,
            "median_delivery_days": None
            if row.median_delivery_days is None
            else float(row.median_delivery_days),
        }
        for row in rows
    ]


def _money_text(values: dict[str, Decimal]) -> str:
    return ", ".join(f"{format_amount(v, c)} {c}" for c, v in values.items()) or "-"


def cmd_stats(args: argparse.Namespace, ctx: Context) -> int:
    period = period_args(args.start, args.end)
    stats = ctx.services().insights.statistics(period)

    def human() -> None:
        counts = stats.disputes
        ctx.line(f"orders paid   {stats.orders}")
        ctx.line(f"spent         {_money_text(stats.spent)}")
        ctx.line(f"refunded      {_money_text(stats.refunded)}")
        for label, converted in (("spent", stats.converted_spent), ("refunded", stats.converted_refunded)):
            if converted is not None:
                note = f" (without {', '.join(converted.missing)}: no rate)" if converted.missing else ""
                text = format_amount(converted.amount, converted.home)
                ctx.line(f"{label:<13} ≈ {text} {converted.home} converted at your rates{note}")
        ctx.line(
            f"disputes      {counts.opened} opened: {counts.won} won, {counts.lost} lost, "
            f"{counts.open} open, {counts.cancelled} cancelled"
        )
        if stats.by_month:
            ctx.line()
            ctx.line(f"{'month':<9} {'':<4} {'spent':>14} {'refunded':>14}")
            for month in stats.by_month:
                for index, currency in enumerate(sorted(set(month.spent) | set(month.refunded))):
                    spent, back = month.spent.get(currency), month.refunded.get(currency)
                    ctx.line(
                        f"{month.month if index == 0 else '':<9} {currency:<4} "
                        f"{format_amount(spent, currency) if spent is not None else '-':>14} "
                        f"{format_amount(back, currency) if back is not None else '-':>14}"
                    )

    return ctx.emit(stats_document(stats), human)


def cmd_stores(args: argparse.Namespace, ctx: Context) -> int:
    rows = ctx.services().insights.ledger()

    def human() -> None:
        if not rows:
            ctx.line("no orders yet")
            return
        for row in rows:
            median = "-" if row.median_delivery_days is None else f"{row.median_delivery_days} d"
            last = row.last_order.astimezone().date().isoformat() if row.last_order else "-"
            flag = "  [avoid]" if row.avoid else ""
            ctx.line(
                f"{row.name}{flag}\n    {row.orders} orders, spent {_money_text(row.spent)}; "
                f"{row.disputes} disputes ({row.won} won, {row.lost} lost); delivery {median}; last order {last}"
            )
            if row.note:
                ctx.line(f"    note: {row.note}")

    return ctx.emit(stores_document(rows), human)
