"""The dispute guide's text page: the dispute text as an editable draft in the buyer's language,
English or Russian, with the advice's warnings above it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ui.common.form_fields import WARNING_STYLE
from ui.wizards.dispute.flow import DisputeFlow
from ui.wizards.draft_page import DraftPage
from ui.wizards.parts import advice_sentence


class TextPage(DraftPage):
    """The dispute text: an editable draft in one of the draft languages (each keeps its edits), a copy
    button, and the advice's warnings in a yellow box above it."""

    def __init__(self, flow: DisputeFlow) -> None:
        super().__init__()
        self._flow = flow
        self.setTitle(self.tr("The dispute text"))
        self.setSubTitle(self.tr("Fill in the […] parts, then paste it into the dispute form."))
        self.editor.describe(self.tr("Dispute text"), self.tr("Copied. Paste it into the dispute form."))
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.setAccessibleName(self.tr("Warnings"))
        self.page_layout.insertWidget(0, self.warnings)

    def initializePage(self) -> None:
        advice = self._flow.text_advice()
        self.show_drafts(self._flow.text_draft)
        self.warnings.setText("\n".join("⚠ " + advice_sentence(warning) for warning in advice.warnings))
        self.warnings.setVisible(bool(advice.warnings))
