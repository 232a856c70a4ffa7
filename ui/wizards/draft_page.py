"""An editable draft with a copy button and a choice of its language, and the guide page built
around one: the message to the seller in the cancel guide and the dispute text in the dispute
guide.

The draft is offered in ``app.i18n.draft_languages()``: the buyer's own language first (shown at
the start), then English (sellers answer English best) and Russian (many of them read it). A
language is drafted when first picked; each keeps its own edits while the buyer switches
between them. Parts in ``[…]`` that only the buyer can fill in are listed under the draft while
any is left, said again when the draft is copied, and asked about before the guide goes on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
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

from app import i18n
from app.domain.wording import unfilled_parts
from ui.common import dialogs
from ui.common.flow_layout import FlowLayout
from ui.common.form_fields import WARNING_STYLE, hint_label

Drafter = Callable[[str], str]  # a language's code → the draft written in it


class DraftEditor(QWidget):
    """The draft, a radio button per language it is offered in, and the copy button."""

    def __init__(self, parent: QWidget | None = None, *, languages: list[str] | None = None) -> None:
        super().__init__(parent)
        self._drafter: Drafter | None = None
        self._drafts: dict[str, str] = {}  # per language: as drafted, then as the buyer edited it
        self.languages = languages if languages is not None else i18n.draft_languages()
        self._shown = self.languages[0]
        self.buttons: dict[str, QRadioButton] = {}
        self._group = QButtonGroup(self)
        picker = QWidget(self)
        row = FlowLayout(picker)  # wraps when the names don't fit the page's width
        row.setContentsMargins(0, 0, 0, 0)
        self.picker_label = QLabel(self.tr("Language of the draft:"), picker)
        row.addWidget(self.picker_label)
        for code in self.languages:
            button = QRadioButton("&" + i18n.LANGUAGES.get(code, code), picker)
            button.setObjectName(f"draftLanguage-{code}")
            self._group.addButton(button)
            row.addWidget(button)
            self.buttons[code] = button
        self.buttons[self._shown].setChecked(True)
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
        layout.addWidget(picker)
        layout.addWidget(self.draft, 1)
        layout.addWidget(self.unfilled_note)
        self.below = QVBoxLayout()  # the page may put a note between the draft and the buttons
        layout.addLayout(self.below)
        layout.addLayout(buttons)
        self._group.buttonToggled.connect(self._language_toggled)
        self.draft.textChanged.connect(self.copied.hide)
        self.draft.textChanged.connect(self._show_unfilled)
        self.copy_button.clicked.connect(self.copy)

    def describe(self, what: str, copied_hint: str) -> None:
        """``what`` names the draft for screen readers ("Message to the seller");
        ``copied_hint`` says where to paste it once copied."""
        for code, button in self.buttons.items():
            button.setAccessibleName(
                self.tr("%1 in %2").replace("%1", what).replace("%2", i18n.LANGUAGES.get(code, code))
            )
        self.draft.setAccessibleName(what)
        self.copy_button.setAccessibleName(self.tr("Copy: %1").replace("%1", what))
        self._copied_hint = copied_hint
        self.copied.setText(copied_hint)

    def start(self, drafter: Drafter) -> None:
        """Start again: every edit forgotten, the first language shown, drafted by ``drafter``
        (asked again for each other language when the buyer first picks it)."""
        self._drafter = drafter
        self._drafts = {}
        first = self.languages[0]
        self._shown = first
        self.buttons[first].setChecked(True)
        self._drafts[first] = drafter(first)
        self.draft.setPlainText(self._drafts[first])
        self.copied.hide()

    def language(self) -> str:
        """The code of the language shown."""
        return self._shown

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

    def _language_toggled(self, button: QRadioButton, checked: bool) -> None:
        code = next((c for c, b in self.buttons.items() if b is button), None)
        if not checked or code is None or code == self._shown:
            return
        self._drafts[self._shown] = self.draft.toPlainText()
        self._shown = code
        if code not in self._drafts and self._drafter is not None:
            self._drafts[code] = self._drafter(code)
        self.draft.setPlainText(self._drafts.get(code, ""))
        self.copied.hide()


class DraftPage(QWizardPage):
    """A guide page around one draft (the wizard takes it as its page, and so its parent). The
    page describes the draft (``editor.describe``) and adds what goes above or below it.

    Its texts are translated in the context "DraftPage" by name: PySide's ``tr`` would take the
    subclass's name as the context, where no translation is filed."""

    def __init__(self) -> None:
        super().__init__()
        self.editor = DraftEditor(self)
        self.draft = self.editor.draft
        self.copy_button, self.copied = self.editor.copy_button, self.editor.copied
        self.page_layout = QVBoxLayout(self)
        self.page_layout.addWidget(self.editor, 1)

    def language_button(self, code: str) -> QRadioButton:
        return self.editor.buttons[code]

    def show_drafts(self, drafter: Drafter) -> None:
        """Start again from the advice's drafts, the buyer's language shown, the cursor in the draft."""
        self.editor.start(drafter)
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
            QCoreApplication.translate("DraftPage", "Parts still to fill in"),
            QCoreApplication.translate(
                "DraftPage",
                "The draft still has %n part(s) in […] that only you can fill in:\n%1\n\n"
                "Go on anyway? Fill them in before you send the text.",
                "",
                len(left),
            ).replace("%1", "\n".join(left)),
        )
