"""Every dispute of the order shown in the detail panel: one case section per dispute, since a
dispute may be about one item of the order (AliExpress opens them per item) or the whole order.

A button pressed in a section is passed on as ``record_requested(kind, line)``; ``line`` 0 is the
whole order's dispute. The sections are kept between orders and only as many are shown as the
order has disputes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.domain.case import CaseSummary
from ui.detail.case import CaseSection


class CaseList(QWidget):
    record_requested = Signal(str, int)  # event kind (CLI name), item number (0: the whole order)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseList")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.sections: list[CaseSection] = []
        self._shown = 0
        self.hide()

    def set_cases(
        self, cases: Sequence[CaseSummary], currency: str, now_epoch: int, can_record: bool = True
    ) -> None:
        """Show ``cases`` (none: hide the list). ``can_record`` False (an order in the trash)
        shows no buttons."""
        while len(self.sections) < len(cases):
            section = CaseSection(self)
            section.record_item_requested.connect(self.record_requested)
            self._layout.addWidget(section)
            self.sections.append(section)
        several = len(cases) > 1 or any(case.line is not None for case in cases)
        for index, section in enumerate(self.sections):
            if index < len(cases):
                section.set_case(cases[index], currency, now_epoch, can_record, titled=several)
            else:
                section.set_case(None, currency, now_epoch)
        self._shown = len(cases)
        self.setVisible(bool(cases))

    def next_events(self) -> set[str]:
        """The events the shown sections offer (not repeated in the panel's general row)."""
        return {kind for section in self.sections[: self._shown] for kind in section.offered()}

    def tick(self, now_epoch: int) -> None:
        for section in self.sections[: self._shown]:
            section.tick(now_epoch)
