"""From the statistics to what each chart and table shows: categories, series, rows of text.

Money goes into the charts as floats (for drawing) and into the tables as exact text.
``currency`` (None: all) narrows the money charts to one currency: currencies are never added
together, and one of them can dwarf the others on a shared axis.
"""

from __future__ import annotations

from decimal import Decimal
from statistics import median

from PySide6.QtCore import QCoreApplication

from app.services.insight_cases import OUTCOMES
from app.services.insight_sums import Statistics
from ui.common import locale_format
from ui.insights.chart_panel import ChartPanel
from ui.insights.chart_style import money_text, number_text
from ui.insights.charts import Series
from ui.insights.texts import outcome_text, reason_text


def currencies(stats: Statistics) -> list[str]:
    """Every currency the period holds money in."""
    found = set(stats.spent) | set(stats.refunded) | set(stats.disputed) | set(stats.pending)
    return sorted(found)


def _chosen(all_currencies: list[str], currency: str | None) -> list[str]:
    return [c for c in all_currencies if currency is None or c == currency]


def fill_spending(panel: ChartPanel, stats: Statistics, currency: str | None) -> None:
    codes = _chosen(sorted(stats.spent), currency)
    months = [m for m in stats.by_month if any(c in m.spent for c in codes)]
    labels = [locale_format.month_text(m.month) for m in months]
    series = [Series(code, tuple(float(m.spent.get(code, 0)) for m in months)) for code in codes]
    panel.chart.set_data(labels, series)
    rows = [
        [label, *(money_text(m.spent[c], c) if c in m.spent else "" for c in codes)]
        for label, m in zip(labels, months, strict=True)
    ]
    if months and codes:
        rows.append(
            [QCoreApplication.translate("insights", "Total"), *(money_text(stats.spent[c], c) for c in codes)]
        )
    panel.table.set_rows([QCoreApplication.translate("insights", "Month"), *codes], rows)
    converted = stats.converted_spent
    if converted is not None and currency is None:
        text = QCoreApplication.translate(
            "insights", "≈ %1 in all, converted at your rates (an estimate, not what was paid)"
        ).replace("%1", money_text(converted.amount, converted.home))
        if converted.missing:
            text += "; " + QCoreApplication.translate(
                "insights", "without %1: no rate for the time of payment"
            ).replace("%1", ", ".join(converted.missing))
        panel.set_note(text)
    else:
        panel.set_note("")


def fill_money_back(panel: ChartPanel, stats: Statistics, currency: str | None) -> None:
    codes = _chosen(sorted(set(stats.disputed) | set(stats.refunded) | set(stats.pending)), currency)
    zero = Decimal(0)
    kinds = (
        (QCoreApplication.translate("insights", "Disputed"), stats.disputed),
        (QCoreApplication.translate("insights", "Refunds received"), stats.refunded),
        (QCoreApplication.translate("insights", "Still pending"), stats.pending),
    )
    panel.chart.set_data(
        codes, [Series(name, tuple(float(values.get(c, zero)) for c in codes)) for name, values in kinds]
    )
    rows = [[c, *(money_text(values.get(c, zero), c) for _name, values in kinds)] for c in codes]
    panel.table.set_rows(
        [QCoreApplication.translate("insights", "Currency"), *(name for name, _values in kinds)], rows
    )
    panel.set_note(
        QCoreApplication.translate(
            "insights",
            "Disputed: what the disputes opened in the period asked for. Refunds received: every refund "
            "in the period. Still pending: what open and won disputes have yet to pay.",
        )
    )


def fill_disputes(panel: ChartPanel, stats: Statistics) -> None:
    # The most frequent reasons first.
    reasons = sorted(stats.by_reason, key=lambda r: (-sum(stats.by_reason[r].values()), reason_text(r)))
    labels = [reason_text(r) for r in reasons]
    panel.chart.set_data(
        labels,
        [Series(outcome_text(o), tuple(float(stats.by_reason[r][o]) for r in reasons)) for o in OUTCOMES],
        value_text=_count_text,
    )
    rows = [
        [
            label,
            *(locale_format.number(stats.by_reason[r][o]) for o in OUTCOMES),
            locale_format.number(sum(stats.by_reason[r].values())),
        ]
        for r, label in zip(reasons, labels, strict=True)
    ]
    panel.table.set_rows(
        [
            QCoreApplication.translate("insights", "Reason"),
            *(outcome_text(o) for o in OUTCOMES),
            QCoreApplication.translate("insights", "All"),
        ],
        rows,
    )
    took = []
    for outcome in OUTCOMES:
        days = stats.dispute_days.get(outcome) or []
        if days:
            took.append(
                QCoreApplication.translate("insights", "%1: %2 days (median of %3)")
                .replace("%1", outcome_text(outcome))
                .replace("%2", number_text(median(days), 1))
                .replace("%3", locale_format.number(len(days)))
            )
    panel.set_note(
        QCoreApplication.translate("insights", "How long they took: %1").replace("%1", "; ".join(took))
        if took
        else ""
    )


def fill_delivery(panel: ChartPanel, stats: Statistics) -> None:
    bands = stats.delivery_bands()
    panel.chart.set_data(
        [label for label, _count in bands],
        [
            Series(
                QCoreApplication.translate("insights", "Parcels"),
                tuple(float(count) for _label, count in bands),
            )
        ],
        value_text=_count_text,
    )
    panel.table.set_rows(
        [
            QCoreApplication.translate("insights", "Days from shipped to delivered"),
            QCoreApplication.translate("insights", "Parcels"),
        ],
        [[label, locale_format.number(count)] for label, count in bands],
    )
    middle = stats.median_delivery_days()
    panel.set_note(
        QCoreApplication.translate(
            "insights", "Median: %1 days over %n parcel(s)", None, len(stats.delivery_days)
        ).replace("%1", number_text(float(middle), 1))
        if middle is not None
        else ""
    )


def _count_text(value: float) -> str:
    return number_text(value, 0)
