"""What the cancel and dispute guides share as QWizards: the order they guide through, the style
and buttons, the pages numbered in order, and what Finish saved.

A guide decides nothing itself: the advice engines in app/domain answer (through the order
service), the pages show the answer and collect input, and nothing is written before Finish.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

from app.clock import Clock
from app.domain.errors import Refused
from app.services.views import OrderDetail
from ui.common import dialogs

if TYPE_CHECKING:  # the service module imports SQLAlchemy: not before the first paint
    from app.services.orders import OrderService

P = TypeVar("P", bound=QWizardPage)


class GuideWizard(QWizard):
    """A guide on order ``number``. Building it reads the order, so an unknown number is refused
    here (see :func:`run_guide`). ``recorded_detail()`` is the order as the service returned it
    after Finish saved something, else None."""

    def __init__(
        self, service: OrderService, clock: Clock, number: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.clock = clock
        self.number = number
        self.order: OrderDetail = service.show(number)
        self._recorded: OrderDetail | None = None

    def set_up_pages(self, title: str, pages: Sequence[QWizardPage]) -> None:
        """Modern style, ``pages`` numbered in order from 0 (the first is the start), and a Cancel
        button that reads "Close": in a guide to cancelling or disputing, "Cancel" would read as
        an action on the order. The wizard takes ownership of the pages."""
        self.setWindowTitle(title)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(
            QWizard.WizardButton.CancelButton, QCoreApplication.translate("GuideWizard", "Close")
        )
        for page_id, page in enumerate(pages):
            self.setPage(page_id, page)
        self.setStartId(0)
        for which, name in (
            (QWizard.WizardButton.BackButton, QCoreApplication.translate("GuideWizard", "Back")),
            (QWizard.WizardButton.NextButton, QCoreApplication.translate("GuideWizard", "Next")),
            (QWizard.WizardButton.FinishButton, QCoreApplication.translate("GuideWizard", "Finish")),
            (QWizard.WizardButton.CancelButton, QCoreApplication.translate("GuideWizard", "Close")),
        ):
            self.button(which).setAccessibleName(name)

    def page_at(self, page_id: int, kind: type[P]) -> P:
        page = self.page(page_id)
        assert isinstance(page, kind)
        return page

    def reason(self) -> str | None:
        """The reason the first page asks for (both guides register it as the field "reason")."""
        return str(self.field("reason") or "") or None

    def record(self, saved: OrderDetail) -> None:
        """Remember the order as the service returned it after Finish saved something."""
        self._recorded = saved

    def recorded_detail(self) -> OrderDetail | None:
        """The order after what Finish saved; None before, or when nothing was saved."""
        return self._recorded


def run_guide(parent: QWidget | None, title: str, build: Callable[[], GuideWizard]) -> bool:
    """Build a guide with ``build`` and run it modally. True when Finish saved something, so the
    caller refreshes that order; a refusal to open (an unknown order) is shown in a message box
    titled ``title``."""
    try:
        wizard = build()
    except Refused as exc:
        dialogs.show_error(parent, title, dialogs.refusal_text(exc))
        return False
    try:
        wizard.exec()
        return wizard.recorded_detail() is not None
    finally:
        wizard.deleteLater()
