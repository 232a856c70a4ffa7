"""The dispute wizard (issue 5): the reason, whether the dispute can be opened now (with a live
countdown), the evidence checklist, the refund asked for, the dispute text, and a summary that
Finish records as ``dispute-opened``.

Every decision (eligibility, the window, the checklist, the usual outcome, the drafts, the
warnings, the fallbacks) comes from ``OrderService.advise_dispute``, the pure engine in
app/domain/advice_dispute.py; the pages only show it and collect input. Nothing is written before
Finish, and then one event. The reason, eligibility and refund pages are in ui/wizards/dispute/reason_page.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.clock import Clock
from app.domain.errors import Refused
from app.services.views import NewEvent, OrderDetail
from ui.common import dialogs
from ui.common import format as fmt
from ui.common.form_fields import RefusalBanner, refusal_text
from ui.wizards.cancel.situation_page import advice_text, value_label
from ui.wizards.dispute.reason_page import (
    CONFIRM,
    ELIGIBILITY,
    EVIDENCE,
    REASON,
    REFUND,
    TEXT,
    WARNING_STYLE,
    EligibilityPage,
    ReasonPage,
    RefundPage,
    reason_text,
)
from ui.wizards.draft import BilingualDraft
from ui.wizards.guide import page_of, set_up_guide

if TYPE_CHECKING:  # the service module imports SQLAlchemy: not before the first paint
    from app.domain.advice_dispute import DisputeAdvice
    from app.services.orders import OrderService
    from ui.evidence.desk import EvidenceDesk


class EvidencePage(QWizardPage):
    """A checkbox per item of the advice's checklist: ticking is the buyer's own check."""

    def __init__(self, flow: DisputeWizard) -> None:
        super().__init__(flow)
        self._flow = flow
        self.setTitle(self.tr("Evidence"))
        self.setSubTitle(self.tr("Tick what you have. Keep these ready to upload on the dispute form."))
        self.items = QWidget()
        self._items_layout = QVBoxLayout(self.items)
        self._items_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.items)
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Evidence ready"))
        self.checks: list[QCheckBox] = []
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.count)
        if flow.evidence is not None:  # photos and videos can be added right here
            from ui.evidence.box import EvidenceBox

            self.evidence_box: EvidenceBox | None = EvidenceBox(flow.evidence, flow.number, self)
            layout.addWidget(self.evidence_box)
        else:
            self.evidence_box = None

    def initializePage(self) -> None:
        for check in self.checks:
            self._items_layout.removeWidget(check)
            check.hide()
            check.deleteLater()
        self.checks = []
        for item in self._flow.advice().evidence:
            check = QCheckBox(advice_text(item), self.items)
            check.setAccessibleName(advice_text(item))
            check.toggled.connect(self._counted)
            self._items_layout.addWidget(check)
            self.checks.append(check)
        self._items_layout.addStretch(1)
        self._counted()
        if self.checks:
            self.checks[0].setFocus()

    def _counted(self) -> None:
        ready = sum(check.isChecked() for check in self.checks)
        self.count.setText(
            self.tr("%1 of %n ready.", "", len(self.checks)).replace("%1", str(ready))
            if self.checks
            else self.tr("Nothing special to prepare for this reason.")
        )


class TextPage(QWizardPage):
    """The dispute text: an editable draft in English or Russian (each keeps its edits), a copy
    button, and the advice's warnings in a yellow box."""

    def __init__(self, flow: DisputeWizard) -> None:
        super().__init__(flow)
        self._flow = flow
        self.setTitle(self.tr("The dispute text"))
        self.setSubTitle(self.tr("Fill in the […] parts, then paste it into the dispute form."))
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.setAccessibleName(self.tr("Warnings"))
        self.editor = BilingualDraft(
            self.tr("Dispute text"), self.tr("Copied. Paste it into the dispute form."), self
        )
        self.english, self.russian, self.draft = self.editor.english, self.editor.russian, self.editor.draft
        self.copy_button, self.copied = self.editor.copy_button, self.editor.copied
        layout = QVBoxLayout(self)
        layout.addWidget(self.warnings)
        layout.addWidget(self.editor, 1)

    def initializePage(self) -> None:
        advice = self._flow.text_advice()
        self.editor.set_drafts(advice.message, advice.message_ru)
        self.warnings.setText("\n".join("⚠ " + advice_text(warning) for warning in advice.warnings))
        self.warnings.setVisible(bool(advice.warnings))
        self.draft.setFocus()

    def language(self) -> str:
        return self.editor.language()

    def copy(self) -> None:
        self.editor.copy()


class ConfirmPage(QWizardPage):
    """What Finish records, the steps to open the dispute on the order page, and a refusal."""

    def __init__(self, flow: DisputeWizard) -> None:
        super().__init__(flow)
        self._flow = flow
        self.setTitle(self.tr("Open the dispute"))
        self.setSubTitle(
            self.tr(
                "Open it on the order page, then press Finish: the app records it and counts down to "
                "the seller's answer and the escalation day."
            )
        )
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("reason", self.tr("Reason")),
            ("refund", self.tr("Refund asked for")),
            ("return", self.tr("Return the item")),
        ):
            self.values[key] = value_label("", self)
            self.values[key].setAccessibleName(label)
            form.addRow(label + ":", self.values[key])
        self.steps_heading = QLabel(self.tr("How to open it:"), self)
        self.steps = value_label("", self)
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.banner = RefusalBanner(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.steps_heading)
        layout.addWidget(self.steps)
        layout.addStretch(1)
        layout.addWidget(self.banner)

    def initializePage(self) -> None:
        flow = self._flow
        refund = flow.refund_page.refund()
        order = flow.order
        self.values["reason"].setText(reason_text(flow.reason() or ""))
        self.values["refund"].setText(
            ""
            if refund is None
            else (
                self.tr("Full refund, %1") if refund == order.total else self.tr("Partial refund, %1")
            ).replace("%1", fmt.money(refund, order.currency))
        )
        self.values["return"].setText(self.tr("Yes") if flow.refund_page.wants_return() else self.tr("No"))
        steps = flow.advice().steps
        self.steps.setText("\n".join(f"{n}. {advice_text(step)}" for n, step in enumerate(steps, 1)))
        self.steps_heading.setVisible(bool(steps))
        self.steps.setVisible(bool(steps))
        self.banner.show_message(None)

    def show_refusal(self, text: str) -> None:
        self.banner.show_message(text)


class DisputeWizard(QWizard):
    """Guide the buyer through opening a dispute on order ``number``. ``recorded_detail()`` is the
    order as the service returned it after Finish recorded the dispute, else None."""

    # Built in this order; a page's id is its position (REASON … CONFIRM).
    PAGES = (ReasonPage, EligibilityPage, EvidencePage, RefundPage, TextPage, ConfirmPage)

    def __init__(
        self,
        service: OrderService,
        clock: Clock,
        number: str,
        parent: QWidget | None = None,
        *,
        evidence: EvidenceDesk | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.evidence = evidence
        self.clock = clock
        self.number = number
        self.order: OrderDetail = service.show(number)  # an unknown number is refused here
        self._advice: DisputeAdvice | None = None
        self._recorded: OrderDetail | None = None
        set_up_guide(self, self.tr("Open a dispute — order %1").replace("%1", number), self.PAGES)
        self.setMinimumSize(560, 480)
        self.resize(700, 580)

    @property
    def reason_page(self) -> ReasonPage:
        return page_of(self, REASON, ReasonPage)

    @property
    def eligibility_page(self) -> EligibilityPage:
        return page_of(self, ELIGIBILITY, EligibilityPage)

    @property
    def evidence_page(self) -> EvidencePage:
        return page_of(self, EVIDENCE, EvidencePage)

    @property
    def refund_page(self) -> RefundPage:
        return page_of(self, REFUND, RefundPage)

    @property
    def text_page(self) -> TextPage:
        return page_of(self, TEXT, TextPage)

    @property
    def confirm_page(self) -> ConfirmPage:
        return page_of(self, CONFIRM, ConfirmPage)

    # -- the advice ------------------------------------------------------------------------------

    def advise(self, reason: str | None) -> DisputeAdvice:
        """Ask the engine again (the reason page's Next, a countdown reaching its time): the
        answer depends on now."""
        self._advice = self.service.advise_dispute(self.number, reason or "")
        return self._advice

    def text_advice(self) -> DisputeAdvice:
        """The advice with the partial refund the buyer chose, so the dispute text names it."""
        refund = self.refund_page.refund()
        total = self.service.show(self.number).total
        if refund is None or self.refund_page.wants_return() or refund >= total:
            return self.advice()
        return self.service.advise_dispute(self.number, self.reason() or "", refund=refund)

    def reason(self) -> str | None:
        return str(self.field("reason") or "") or None

    def advice(self) -> DisputeAdvice:
        assert self._advice is not None, "the reason page asks for the advice first"
        return self._advice

    def current_advice(self) -> DisputeAdvice | None:
        return self._advice

    # -- Finish ----------------------------------------------------------------------------------

    def chosen_event(self) -> NewEvent | None:
        """The event Finish records; None unless the confirm page shows and the refund reads."""
        refund = self.refund_page.refund()
        if self.currentId() != CONFIRM or refund is None:
            return None
        return NewEvent(
            "dispute-opened",
            reason=self.reason(),
            refund=refund,
            wants_return=self.refund_page.wants_return(),
        )

    def accept(self) -> None:
        event = self.chosen_event()
        if event is None:
            return  # Finish only shows on the confirm page; nothing else closes as "done"
        try:
            self._recorded = self.service.record_event(self.number, event)
        except Refused as exc:
            self.confirm_page.show_refusal(refusal_text(exc))
            return
        super().accept()

    def recorded_detail(self) -> OrderDetail | None:
        """The order after Finish recorded the dispute; None before, or when nothing was saved."""
        return self._recorded


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
    try:
        wizard = DisputeWizard(service, clock, number, parent, evidence=evidence)
    except Refused as exc:
        title = QCoreApplication.translate("DisputeWizard", "Open a dispute — order %1").replace("%1", number)
        dialogs.show_error(parent, title, refusal_text(exc))
        return False
    try:
        wizard.exec()
        return wizard.recorded_detail() is not None
    finally:
        wizard.deleteLater()
