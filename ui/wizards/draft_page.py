"""An editable draft in English or Russian with a copy button, and the guide page built around
one: the message to the seller in the cancel guide and the dispute text in the dispute guide.
Each language keeps its own edits while the buyer switches between them. Parts in ``[…]`` that
only the buyer can fill in are listed under the draft while any is left, said again when the
draft is copied, and asked about before the guide goes on."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.domain.wording import unfilled_parts
from ui.common import dialogs
from ui.common.form_fields import WARNING_STYLE, hint_label

ENGLISH, RUSSIAN = "en", "ru"


class BilingualDraft(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drafts: dict[str, str] = {}
        self._shown = ENGLISH
        self.english = QRadioButton(self.tr("&English"), self)
        self.russian = QRadioButton(self.tr("&Русский"), self)
        self._languages = QButtonGroup(self)
        self._languages.addButton(self.english)
        self._languages.addButton(self.russian)
        self.english.setChecked(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Language:"), self))
        row.addWidget(self.english)
        row.addWidget(self.russian)
        row.addStretch(1)
        self.draft = QPlainTextEdit(self)
        self.draft.setTabChangesFocus(True)  # Tab leaves the draft, so the page stays keyboard-navigable
        self.unfilled_note = QLabel(self)  # the […] parts still to fill in
        self.unfilled_note.setWordWrap(True)
        self.unfilled_note.setStyleSheet(WARNING_STYLE)
        self.unfilled_note.setAccessibleName(self.tr("Parts still to fill in"))
        self.unfilled_note.hide()
        self.copy_button = QPushButton(self.tr("&Copy to clipboard"), self)
        self.copied = hint_label(self)
        self._copied_hint = ""
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.copied)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.draft, 1)
        layout.addWidget(self.unfilled_note)
        self.below = QVBoxLayout()  # the page may put a note between the draft and the buttons
        layout.addLayout(self.below)
        layout.addLayout(buttons)
        self._languages.buttonToggled.connect(self._language_toggled)
        self.draft.textChanged.connect(self.copied.hide)
        self.draft.textChanged.connect(self._show_unfilled)
        self.copy_button.clicked.connect(self.copy)

    def describe(self, what: str, copied_hint: str) -> None:
        """``what`` names the draft for screen readers ("Message to the seller");
        ``copied_hint`` says where to paste it once copied."""
        self.english.setAccessibleName(self.tr("%1 in English").replace("%1", what))
        self.russian.setAccessibleName(self.tr("%1 in Russian").replace("%1", what))
        self.draft.setAccessibleName(what)
        self.copy_button.setAccessibleName(self.tr("Copy: %1").replace("%1", what))
        self._copied_hint = copied_hint
        self.copied.setText(copied_hint)

    def set_drafts(self, english: str, russian: str) -> None:
        """Start again from the advice's drafts, English shown."""
        self._drafts = {ENGLISH: english, RUSSIAN: russian}
        self.russian.setVisible(bool(russian))
        self._shown = ENGLISH
        self.english.setChecked(True)
        self.draft.setPlainText(english)
        self.copied.hide()

    def language(self) -> str:
        return RUSSIAN if self.russian.isChecked() else ENGLISH

    def text(self) -> str:
        return self.draft.toPlainText()

    def unfilled(self) -> list[str]:
        """The ``[…]`` parts still in the draft shown."""
        return unfilled_parts(self.draft.toPlainText())

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.draft.toPlainText())
        left = self.unfilled()
        if left:
            self.copied.setText(
                self.tr(
                    "Copied, with %n part(s) in […] still to fill in: fill them in before you send it.",
                    "",
                    len(left),
                )
            )
        else:
            self.copied.setText(self._copied_hint)
        self.copied.show()

    def _show_unfilled(self) -> None:
        left = self.unfilled()
        self.unfilled_note.setText(
            self.tr("Only you can fill in %n part(s) in […]: %1", "", len(left)).replace(
                "%1", ", ".join(left)
            )
        )
        self.unfilled_note.setVisible(bool(left))

    def _language_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if not checked or self.language() == self._shown:
            return
        self._drafts[self._shown] = self.draft.toPlainText()
        self._shown = self.language()
        self.draft.setPlainText(self._drafts.get(self._shown, ""))
        self.copied.hide()


class DraftPage(QWizardPage):
    """A guide page around one draft (the wizard takes it as its page, and so its parent). The
    page describes the draft (``editor.describe``) and adds what goes above or below it."""

    def __init__(self) -> None:
        super().__init__()
        self.editor = BilingualDraft(self)
        self.english, self.russian, self.draft = self.editor.english, self.editor.russian, self.editor.draft
        self.copy_button, self.copied = self.editor.copy_button, self.editor.copied
        self.page_layout = QVBoxLayout(self)
        self.page_layout.addWidget(self.editor, 1)

    def show_drafts(self, english: str, russian: str) -> None:
        """Start again from the advice's drafts, English shown, the cursor in the draft."""
        self.editor.set_drafts(english, russian)
        self.draft.setFocus()

    def language(self) -> str:
        return self.editor.language()

    def copy(self) -> None:
        self.editor.copy()

    def validatePage(self) -> bool:  # Qt's name: asked before the guide goes on (Next, Finish)
        left = self.editor.unfilled()
        if not left:
            return True
        return dialogs.ask_yes_no(
            self,
            self.tr("Parts still to fill in"),
            self.tr(
                "The draft still has %n part(s) in […] that only you can fill in:\n%1\n\n"
                "Go on anyway? Fill them in before you send the text.",
                "",
                len(left),
            ).replace("%1", "\n".join(left)),
        )
