"""What the exports say per order line: its refunds, and its disputes (what was claimed, decided
and received), in the JSON export's lines and the CSV's ``Tags``."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.domain.currencies import format_amount
from app.domain.model import LINE_EVENTS
from app.domain.parsing import format_utc

if TYPE_CHECKING:
    from app.services.order_reads import ItemStates


ITEM_KINDS = frozenset(k.value for k in LINE_EVENTS)


def item_json(states: ItemStates | None, line: int, currency: str) -> dict[str, Any]:
    """What was claimed, decided and received for one item."""
    if states is None:
        return {"refunded": format_amount(Decimal(0), currency), "disputes": []}
    refunded, _ = states.of(line)
    return {
        "refunded": format_amount(refunded, currency),
        "disputes": [
            {
                "whole_order": case.line is None,
                "reason": case.reason,
                "state": case.stage,
                "opened_at": format_utc(case.opened_at),
                "refund_asked": _plain(str(case.refund_asked)) if case.refund_asked is not None else None,
                "outcome": case.outcome,
                "decided_amount": _plain(str(case.decided_amount))
                if case.decided_amount is not None
                else None,
                "refund_received": _plain(str(case.refund_received)) if case.refund_received else None,
            }
            for case in states.cases_of(line)
        ],
    }


def item_tags(states: ItemStates | None, line: int, currency: str) -> str:
    """The CSV's Tags of one line: its disputes (claimed, decided) and what came back."""
    if states is None:
        return ""
    refunded, _ = states.of(line)
    tags = []
    for case in states.cases_of(line):
        claim = f"dispute: {case.reason}" + (" (whole order)" if case.line is None else "")
        if case.refund_asked is not None:
            claim += f", asked {format_amount(case.refund_asked, currency)}"
        if case.outcome is not None:
            claim += f", decided {case.outcome}"
            if case.decided_amount is not None:
                claim += f" {format_amount(case.decided_amount, currency)}"
        tags.append(f"{claim}, {case.stage.replace('_', ' ')}")
    if refunded:
        tags.append(f"refunded {format_amount(refunded, currency)}")
    return "; ".join(tags)


def _plain(value: str) -> str:
    return f"{Decimal(value):f}"
