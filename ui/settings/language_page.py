"""Settings → Language: the system's language (the default) or one of the languages Dispute Desk
speaks, each by its own name. Saved in the data folder's window settings, which start-up reads
before the window is built; the window speaks it from the next start, and the page says so."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app import i18n
from ui.common.language import save_language, saved_language, system_language
from ui.common.private_settings import keep_private


class LanguagePage(QWidget):
    """The language choice; ``edited`` when it differs from the saved one, ``save()`` keeps it."""

    edited = Signal()

    def __init__(
        self, settings: QSettings, parent: QWidget | None = None, *, speaking: str | None = None
    ) -> None:
        """``speaking``: the language the window speaks now (chosen at start-up; the core's)."""
        super().__init__(parent)
        self._settings = settings
        self._speaking = speaking or i18n.current_language()
        intro = QLabel(
            self.tr(
                "The language of the window, and of the dates, numbers and amounts in it. By default "
                "Dispute Desk speaks your system's language when it knows it, else English."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.choice = QComboBox(self)
        system = i18n.LANGUAGES[system_language()]
        self.choice.addItem(self.tr("System default (%1)").replace("%1", system), "")
        for code, name in i18n.LANGUAGES.items():
            self.choice.addItem(name, code)
        self.choice.setCurrentIndex(max(0, self.choice.findData(saved_language(settings))))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("When the language changes"))
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.choice)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.choice.currentIndexChanged.connect(self._changed)
        self._show_note()

    def chosen(self) -> str:
        """The code chosen ("" for the system's language)."""
        return str(self.choice.currentData() or "")

    def pending(self) -> bool:
        return self.chosen() != saved_language(self._settings)

    def save(self) -> bool:
        if self.pending():
            save_language(self._settings, self.chosen())
            keep_private(self._settings)
        self._show_note()
        return True

    def _changed(self) -> None:
        self._show_note()
        self.edited.emit()

    def _next_language(self) -> str:
        return self.chosen() or system_language()

    def _show_note(self) -> None:
        wanted = self._next_language()
        if wanted == self._speaking:
            self.note.setText("")
            self.note.hide()
            return
        self.note.setText(
            self.tr("Dispute Desk speaks %1 from its next start: close it and open it again.").replace(
                "%1", i18n.LANGUAGES.get(wanted, wanted)
            )
        )
        self.note.show()
