"""The cancel-order guide: the order and the reason, the verdict in plain words with a live
countdown, the message to the seller, and what the buyer did, recorded on Finish.

Every decision (the verdict, the time to wait for, whether there is a message to send or an event
to record, the steps and the drafts) comes from ``OrderService.advise_cancel``, the pure engine
in app/domain/advice_cancel.py; the pages only show it and collect input. Nothing is written
before Finish, and then at most a ship-by time the buyer typed (when the order lacked one) and
one event.

The main window opens it with :func:`open_cancel_wizard` (toolbar, the order's context menu,
the detail panel).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.clock import Clock
from app.domain.advice_cancel import CancelAdvice
from app.domain.errors import Refused
from app.services.views import NewEvent
from ui.common import dialogs
from ui.wizards.cancel.flow import FOLLOW_UP, MESSAGE, SITUATION, VERDICT
from ui.wizards.cancel.follow_up_page import FollowUpPage
from ui.wizards.cancel.message_page import MessagePage
from ui.wizards.cancel.situation_page import SituationPage
from ui.wizards.cancel.verdict_page import VerdictPage
from ui.wizards.guide import GuideWizard, run_guide

if TYPE_CHECKING:  # the service module imports SQLAlchemy: not before the first paint
    from app.services.orders import OrderService


class CancelWizard(GuideWizard):
    """Guide the buyer through cancelling order ``number`` (see :class:`GuideWizard`)."""

    def __init__(
        self, service: OrderService, clock: Clock, number: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(service, clock, number, parent)
        self._advice: CancelAdvice | None = None
        self._asks_ship_by = False
        self._saved_ship_by = ""  # the countdown text Finish saved, so a second Finish doesn't again
        # A page's id is its position: SITUATION, VERDICT, MESSAGE, FOLLOW_UP.
        pages = (SituationPage(self), VerdictPage(self), MessagePage(self), FollowUpPage(self))
        self.set_up_pages(self.tr("Cancel order %1").replace("%1", number), pages)
        self.setMinimumSize(560, 460)
        self.resize(760, 500)  # wide enough for the countdown beside the steps

    @property
    def situation_page(self) -> SituationPage:
        return self.page_at(SITUATION, SituationPage)

    @property
    def verdict_page(self) -> VerdictPage:
        return self.page_at(VERDICT, VerdictPage)

    @property
    def message_page(self) -> MessagePage:
        return self.page_at(MESSAGE, MessagePage)

    @property
    def follow_up_page(self) -> FollowUpPage:
        return self.page_at(FOLLOW_UP, FollowUpPage)

    # -- the advice and the flow -----------------------------------------------------------------

    def advise(self, reason: str | None, typed: bool = True) -> CancelAdvice:
        """Ask the engine again (the situation page's Next, a ship-by countdown typed on the
        verdict page): the answer depends on now. When the order's ship-by time is unknown, the
        one typed on the verdict page (not saved yet) counts, unless ``typed`` is False."""
        advice = self.service.advise_cancel(self.number, reason)
        self._asks_ship_by = "ship_by" in advice.missing
        ship_by = self.verdict_page.typed_ship_by() if typed else None
        if ship_by is not None:
            advice = self.service.advise_cancel(self.number, reason, ship_by=ship_by)
        self._advice = advice
        return advice

    def draft(self, language: str) -> str:
        """The message to the seller in ``language``: the advice asked again in it, with the
        ship-by time typed on the verdict page as :meth:`advise` counts it."""
        ship_by = self.verdict_page.typed_ship_by() if self._asks_ship_by else None
        return self.service.advise_cancel(
            self.number, self.reason(), ship_by=ship_by, language=language
        ).message

    def asks_ship_by(self) -> bool:
        """True when the order's ship-by time is unknown, so the verdict page asks for it."""
        return self._asks_ship_by

    def advice(self) -> CancelAdvice:
        assert self._advice is not None, "the situation page asks for the advice first"
        return self._advice

    def next_after(self, page_id: int) -> int:
        """The page after ``page_id``: the message and the follow-up pages show only when the
        advice has a message or events the buyer may record next."""
        if page_id == SITUATION:
            return VERDICT
        advice = self._advice
        if advice is None:
            return -1
        if page_id == VERDICT and advice.message:
            return MESSAGE
        if page_id in (VERDICT, MESSAGE) and advice.follow_up:
            return FOLLOW_UP
        return -1

    # -- Finish ----------------------------------------------------------------------------------

    def chosen_event(self) -> NewEvent | None:
        """The event Finish records: the follow-up page's choice, when that page is the last."""
        kind = str(self.field("done") or "")
        if self.currentId() != FOLLOW_UP or not kind:
            return None
        reason = self.reason()
        # The buyer's reason goes with the buyer's own steps, not with the seller's answers.
        return NewEvent(kind, reason=reason if kind in ("cancel-requested", "cancelled") else None)

    def accept(self) -> None:
        # The typed ship-by time first: the event recorded next is checked against it.
        ship_by = self.verdict_page.typed_ship_by()
        text = self.verdict_page.ship_by.edit.text()
        if ship_by is not None and text != self._saved_ship_by:
            try:
                self.record(self.service.edit_order(self.number, {"ship_by": ship_by}))
            except Refused as exc:
                self._show_refusal(dialogs.refusal_text(exc))
                return
            self._saved_ship_by = text
        event = self.chosen_event()
        if event is not None:
            try:
                self.record(self.service.record_event(self.number, event))
            except Refused as exc:
                self._show_refusal(dialogs.refusal_text(exc))
                return
        super().accept()

    def _show_refusal(self, text: str) -> None:
        if self.currentId() == FOLLOW_UP:
            self.follow_up_page.show_refusal(text)
        else:
            dialogs.show_error(self, self.windowTitle(), text)


def open_cancel_wizard(parent: QWidget | None, service: OrderService, clock: Clock, number: str) -> bool:
    """Run the cancel wizard on ``number`` modally. True when Finish saved something, so the
    caller refreshes that order; a refusal to open (unknown order) is shown in a message box."""
    title = QCoreApplication.translate("CancelWizard", "Cancel order %1").replace("%1", number)
    return run_guide(parent, title, lambda: CancelWizard(service, clock, number, parent))
