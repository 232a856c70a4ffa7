"""The dispute guide's page ids, and what its pages ask of the wizard.

The pages take a ``DisputeFlow`` (the wizard is one) rather than the wizard's class, so they
depend on this small surface and the wizard on them, never the other way round.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Protocol

from app.clock import Clock
from app.domain.advice_dispute import DisputeAdvice
from app.services.views import OrderDetail
from ui.evidence.desk import EvidenceDesk

# A page's id is its position in the wizard.
REASON, ELIGIBILITY, EVIDENCE, REFUND, TEXT, CONFIRM = range(6)


class DisputeFlow(Protocol):
    """The order, the clock, the evidence desk (None: no photos can be added here), and the advice
    as of now (``OrderService.advise_dispute``)."""

    @property
    def clock(self) -> Clock: ...

    @property
    def number(self) -> str: ...

    @property
    def order(self) -> OrderDetail: ...

    @property
    def evidence(self) -> EvidenceDesk | None: ...

    def reason(self) -> str | None:
        """The reason chosen on the first page."""
        ...

    def line(self) -> int | None:
        """The item chosen on the first page (None: the whole order)."""
        ...

    def scope_total(self) -> Decimal:
        """What the dispute is about cost: the item's price, else the order's total."""
        ...

    def advise(self, reason: str | None) -> DisputeAdvice:
        """Ask the engine again (the answer depends on now)."""
        ...

    def advice(self) -> DisputeAdvice:
        """The last answer; asked for only after the reason page asked the engine."""
        ...

    def current_advice(self) -> DisputeAdvice | None:
        """The last answer, None before the first."""
        ...

    def text_advice(self) -> DisputeAdvice:
        """The advice with the partial refund the buyer chose, so the dispute text names it."""
        ...

    def text_draft(self, language: str) -> str:
        """The dispute text of :meth:`text_advice` in ``language`` (``app.i18n.draft_languages()``)."""
        ...

    def refund(self) -> Decimal | None:
        """The amount asked for; None while a partial amount is missing or wrong."""
        ...

    def wants_return(self) -> bool:
        """Whether the buyer sends the item back."""
        ...
