"""The dispute guide's evidence page: the advice's checklist for the reason, ticked by the buyer,
and (when the window has an evidence desk) the order's photos and videos, added right here."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from ui.evidence.box import EvidenceBox
from ui.wizards.dispute.flow import DisputeFlow


class EvidencePage(QWizardPage):
    """A checkbox per item of the advice's checklist: ticking is the buyer's own check."""

    def __init__(self, flow: DisputeFlow) -> None:
        super().__init__()
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
        self.evidence_box: EvidenceBox | None = None
        if flow.evidence is not None:  # photos and videos can be added right here
            self.evidence_box = EvidenceBox(flow.evidence, flow.number, self)
            layout.addWidget(self.evidence_box)

    def initializePage(self) -> None:
        for check in self.checks:
            self._items_layout.removeWidget(check)
            check.hide()
            check.deleteLater()
        self.checks = []
        for item in self._flow.advice().evidence:
            check = QCheckBox(item, self.items)
            check.setAccessibleName(item)
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
