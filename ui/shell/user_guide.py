"""Help → User guide: the guide shipped with the app (resources/help/guide.html), read offline in
a window of its own, with a button to open the same page in the browser."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from app import i18n
from ui.common.resources import resource_path


def guide_path(locale: QLocale | None = None) -> Path:
    """The guide in the window's language when there is one (``guide.pt_BR.html``, else
    ``guide.pt.html``), else in the locale's, else English."""
    folder = resource_path("help")
    name = (locale or QLocale()).name()  # e.g. "de_DE"
    names = ([] if locale is not None else [i18n.current_language()]) + [name]
    for candidate in dict.fromkeys(
        f"guide.{part}.html" for code in names for part in (code, code.split("_")[0])
    ):
        if (folder / candidate).is_file():
            return folder / candidate
    return folder / "guide.html"


class UserGuideWindow(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dispute Desk user guide"))
        self.resize(760, 680)
        self.path = guide_path()
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setSource(QUrl.fromLocalFile(str(self.path)))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.browser_button = QPushButton(self.tr("Open in &browser"), self)
        buttons.addButton(self.browser_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.browser_button.clicked.connect(self.open_in_browser)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    @Slot()
    def open_in_browser(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))
