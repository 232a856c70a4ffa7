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
from app.i18n import formats, translate

if TYPE_CHECKING:
    from app.services.insight_sums import LedgerRow, Statistics

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def add_parsers(command: CommandFactory) -> None:
    """Register ``stats`` and ``stores``; ``command(name, help)`` is the CLI's subparser factory."""
    stats = command(
        "stats", translate("cli help", "money spent and refunded, disputes won and lost, by month")
    )
    stats.add_argument(
        "--from", dest="start", help=translate("cli help", "first day (YYYY-MM-DD, local) or an ISO time")
    )
    stats.add_argument(
        "--to",
        dest="end",
        help=translate("cli help", "last day, included (YYYY-MM-DD, local) or an ISO time"),
    )
    command("stores", translate("cli help", "one line per store: orders, money, disputes, delivery days"))


def period_args(start: str | None, end: str | None) -> Period:
    """``--from``/``--to``: a date is the whole local day (``--to`` includes it), a time is exact."""
    low = _bound(start, end=False)
    high = _bound(end, end=True)
    if low is not None and high is not None and high <= low:
        raise Refused(translate("cli", "--to must come after --from"))
    return Period(low, high)


def _bound(text: str | None, *, end: bool) -> datetime | None:
    if text is None:
        return None
    cleaned = text.strip()
    if _DATE.fullmatch(cleaned):
        try:
            day = date.fromisoformat(cleaned)
        except ValueError:
            raise Refused(translate("cli", '"{text}" is not a date (YYYY-MM-DD)').format(text=text)) from None
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
        labels = {
            "orders": translate("cli", "orders paid"),
            "spent": translate("cli", "spent"),
            "refunded": translate("cli", "refunded"),
            "disputes": translate("cli", "disputes"),
        }
        width = max(13, *(len(label) + 2 for label in labels.values()))
        ctx.line(f"{labels['orders']:<{width}} {stats.orders}")
        ctx.line(f"{labels['spent']:<{width}} {_money_text(stats.spent)}")
        ctx.line(f"{labels['refunded']:<{width}} {_money_text(stats.refunded)}")
        for key, converted in (("spent", stats.converted_spent), ("refunded", stats.converted_refunded)):
            if converted is not None:
                amount = f"{format_amount(converted.amount, converted.home)} {converted.home}"
                if converted.missing:
                    text = translate(
                        "cli", "≈ {amount} converted at your rates (without {currencies}: no rate)"
                    )
                else:
                    text = translate("cli", "≈ {amount} converted at your rates")
                ctx.line(
                    f"{labels[key]:<{width}} {text.format(amount=amount, currencies=', '.join(converted.missing))}"
                )
        disputes = translate(
            "cli", "{opened} opened: {won} won, {lost} lost, {open} open, {cancelled} cancelled"
        ).format(
            opened=counts.opened,
            won=counts.won,
            lost=counts.lost,
            open=counts.open,
            cancelled=counts.cancelled,
        )
        ctx.line(f"{labels['disputes']:<{width}} {disputes}")
        if stats.by_month:
            ctx.line()
            month_word, spent_word, back_word = (
                translate("cli", "month"),
                translate("cli", "spent"),
                translate("cli", "refunded"),
            )
            ctx.line(f"{month_word:<9} {'':<4} {spent_word:>14} {back_word:>14}")
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
            ctx.line(translate("cli", "no orders yet"))
            return
        for row in rows:
            median = (
                "-"
                if row.median_delivery_days is None
                else translate("cli", "{days} d").format(days=formats().number(row.median_delivery_days))
            )
            last = row.last_order.astimezone().date().isoformat() if row.last_order else "-"
            flag = "  " + translate("cli", "[avoid]") if row.avoid else ""
            count = row.disputes
            disputes = translate("cli", "%n dispute(s) ({won} won, {lost} lost)", None, count).format(
                won=row.won, lost=row.lost
            )
            ctx.line(f"{row.name}{flag}")
            count2 = row.orders
            ctx.line(
                "    "
                + translate(
                    "cli",
                    "%n order(s), spent {spent}; {disputes}; delivery {median}; last order {last}",
                    None,
                    count2,
                ).format(spent=_money_text(row.spent), disputes=disputes, median=median, last=last)
            )
            if row.note:
                ctx.line("    " + translate("cli", "note: {note}").format(note=row.note))

    return ctx.emit(stores_document(rows), human)
