"""The dispute guide: the reason, whether the dispute can be opened now (with a live countdown),
the evidence checklist, the refund asked for, the dispute text, and a summary that Finish
records as ``dispute-opened``.

Every decision (eligibility, the window, the checklist, the usual outcome, the drafts, the
warnings, the fallbacks) comes from ``OrderService.advise_dispute``, the pure engine in
app/domain/advice_dispute.py; the pages only show it and collect input. Nothing is written before
Finish, and then one event.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.clock import Clock
from app.domain.advice_dispute import DisputeAdvice
from app.domain.errors import Refused
from app.services.views import NewEvent
from ui.common import dialogs
from ui.evidence.desk import EvidenceDesk
from ui.wizards.dispute.confirm_page import ConfirmPage
from ui.wizards.dispute.eligibility_page import EligibilityPage
from ui.wizards.dispute.evidence_page import EvidencePage
from ui.wizards.dispute.flow import CONFIRM, ELIGIBILITY, EVIDENCE, REASON, REFUND, TEXT
from ui.wizards.dispute.reason_page import ReasonPage
from ui.wizards.dispute.refund_page import RefundPage
from ui.wizards.dispute.text_page import TextPage
from ui.wizards.guide import GuideWizard, run_guide

if TYPE_CHECKING:  # the service module imports SQLAlchemy: not before the first paint
    from app.services.orders import OrderService


class DisputeWizard(GuideWizard):
    """Guide the buyer through opening a dispute on order ``number`` (see :class:`GuideWizard`).
    With an evidence desk, the evidence page adds photos and videos right away."""

    def __init__(
        self,
        service: OrderService,
        clock: Clock,
        number: str,
        parent: QWidget | None = None,
        *,
        evidence: EvidenceDesk | None = None,
    ) -> None:
        super().__init__(service, clock, number, parent)
        self.evidence = evidence
        self._advice: DisputeAdvice | None = None
        # A page's id is its position: REASON, ELIGIBILITY, EVIDENCE, REFUND, TEXT, CONFIRM.
        pages = (
            ReasonPage(self),
            EligibilityPage(self),
            EvidencePage(self),
            RefundPage(self),
            TextPage(self),
            ConfirmPage(self),
        )
        self.set_up_pages(self.tr("Open a dispute — order %1").replace("%1", number), pages)
        self.setMinimumSize(560, 480)
        self.resize(780, 560)  # wide enough for the countdown beside what to do

    @property
    def reason_page(self) -> ReasonPage:
        return self.page_at(REASON, ReasonPage)

    @property
    def eligibility_page(self) -> EligibilityPage:
        return self.page_at(ELIGIBILITY, EligibilityPage)

    @property
    def evidence_page(self) -> EvidencePage:
        return self.page_at(EVIDENCE, EvidencePage)

    @property
    def refund_page(self) -> RefundPage:
        return self.page_at(REFUND, RefundPage)

    @property
    def text_page(self) -> TextPage:
        return self.page_at(TEXT, TextPage)

    @property
    def confirm_page(self) -> ConfirmPage:
        return self.page_at(CONFIRM, ConfirmPage)

    # -- the advice ------------------------------------------------------------------------------

    def advise(self, reason: str | None) -> DisputeAdvice:
        """Ask the engine again (the reason page's Next, a countdown reaching its time): the
        answer depends on now."""
        self._advice = self.service.advise_dispute(self.number, reason or "", line=self.line())
        return self._advice

    def line(self) -> int | None:
        """The item the dispute is about (None: the whole order)."""
        return self.reason_page.line()

    def scope_total(self) -> Decimal:
        """What the dispute is about cost: the chosen item's price, else the order's total."""
        line = self.line()
        item = next((ln for ln in self.order.lines if ln.line == line), None)
        if item is None or item.unit_price is None:
            return self.order.total
        return item.unit_price * item.quantity

    def text_advice(self, language: str | None = None) -> DisputeAdvice:
        """The advice asked again for the text page: with the partial refund the buyer chose, so
        the text names it, and with the photos and videos added on the evidence page meanwhile, so
        it attaches what there is; the text in ``language`` (None: the buyer's)."""
        refund = self.refund()
        partial = refund is not None and not self.wants_return() and refund < self.scope_total()
        return self.service.advise_dispute(
            self.number,
            self.reason() or "",
            refund=refund if partial else None,
            line=self.line(),
            language=language,
        )

    def text_draft(self, language: str) -> str:
        return self.text_advice(language).message

    def advice(self) -> DisputeAdvice:
        assert self._advice is not None, "the reason page asks for the advice first"
        return self._advice

    def current_advice(self) -> DisputeAdvice | None:
        return self._advice

    def refund(self) -> Decimal | None:
        return self.refund_page.refund()

    def wants_return(self) -> bool:
        return self.refund_page.wants_return()

    # -- Finish ----------------------------------------------------------------------------------

    def chosen_event(self) -> NewEvent | None:
        """The event Finish records; None unless the confirm page shows and the refund reads."""
        refund = self.refund()
        if self.currentId() != CONFIRM or refund is None:
            return None
        return NewEvent(
            "dispute-opened",
            reason=self.reason(),
            refund=refund,
            wants_return=self.wants_return(),
            line=self.line(),
        )

    def accept(self) -> None:
        event = self.chosen_event()
        if event is None:
            return  # Finish only shows on the confirm page; nothing else closes as "done"
        try:
            self.record(self.service.record_event(self.number, event))
        except Refused as exc:
            self.confirm_page.show_refusal(dialogs.refusal_text(exc))
            return
        super().accept()


def open_dispute_wizard(
    parent: QWidget | None,
    service: OrderService,
    clock: Clock,
    number: str,
    *,
    evidence: EvidenceDesk | None = None,
) -> bool:
    """Run the dispute wizard on ``number`` modally. True when Finish recorded the dispute, so the
    caller refreshes that order; a refusal to open (unknown order) is shown in a message box."""
    title = QCoreApplication.translate("DisputeWizard", "Open a dispute — order %1").replace("%1", number)
    return run_guide(parent, title, lambda: DisputeWizard(service, clock, number, parent, evidence=evidence))
