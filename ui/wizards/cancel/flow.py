"""The cancel guide's page ids, and what its pages ask of the wizard.

The pages take a ``CancelFlow`` (the wizard is one) rather than the wizard's class, so they
depend on this small surface and the wizard on them, never the other way round.
"""

from __future__ import annotations

from typing import Protocol

from app.clock import Clock
from app.domain.advice_cancel import CancelAdvice
from app.services.views import OrderDetail

# A page's id is its position in the wizard.
SITUATION, VERDICT, MESSAGE, FOLLOW_UP = range(4)


class CancelFlow(Protocol):
    """The order, the clock, and the advice as of now (``OrderService.advise_cancel``)."""

    @property
    def clock(self) -> Clock: ...

    @property
    def number(self) -> str: ...

    @property
    def order(self) -> OrderDetail: ...

    def reason(self) -> str | None:
        """The reason chosen on the first page."""
        ...

    def advise(self, reason: str | None, typed: bool = True) -> CancelAdvice:
        """Ask the engine again (the answer depends on now)."""
        ...

    def advice(self) -> CancelAdvice:
        """The last answer."""
        ...

    def draft(self, language: str) -> str:
        """The message to the seller in ``language`` (one of ``app.i18n.draft_languages()``)."""
        ...

    def asks_ship_by(self) -> bool:
        """Whether the order's ship-by time is unknown, so the verdict page asks for it."""
        ...

    def next_after(self, page_id: int) -> int:
        """The page after ``page_id`` (-1: the last)."""
        ...
