"""The cancel guide's message to the seller: an editable draft in the buyer's language, English or
Russian, copied to the clipboard, with a note that says whether it still names the order number (the seller needs it).
Whether the page shows and the drafts come from the advice."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ui.common.form_fields import error_color
from ui.wizards.cancel.flow import MESSAGE, CancelFlow
from ui.wizards.draft_page import DraftPage


class MessagePage(DraftPage):
    """The draft to the seller. Each language keeps its own edits while the buyer switches."""

    def __init__(self, flow: CancelFlow) -> None:
        super().__init__()
        self._flow = flow
        self.setTitle(self.tr("Message to the seller"))
        self.setSubTitle(self.tr("Send it in the chat on the order page. Edit the draft as you like."))
        self.editor.describe(
            self.tr("Message to the seller"), self.tr("Copied. Paste it into the chat with the seller.")
        )
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("About the order number"))
        self.editor.below.addWidget(self.note)
        self.draft.textChanged.connect(self._draft_changed)

    def initializePage(self) -> None:
        self.show_drafts(self._flow.draft)

    def _draft_changed(self) -> None:
        number = self._flow.number
        if number in self.draft.toPlainText():
            self.note.setStyleSheet("")
            self.note.setText(
                self.tr("The draft names your order number, %1, so the seller finds the order.").replace(
                    "%1", number
                )
            )
        else:
            self.note.setStyleSheet(f"color: {error_color(self)};")
            self.note.setText(
                self.tr("The draft no longer names your order number, %1: the seller needs it.").replace(
                    "%1", number
                )
            )

    def nextId(self) -> int:
        return self._flow.next_after(MESSAGE)
