"""The dialog an unexpected error shows: what happened, that the data is safe, where the log is
and what to send. Never a silent exit: the handler in ui/application.py opens this for every
uncaught exception, creating the application first if the error came before the window."""

from __future__ import annotations

import os
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from ui.common.language import ensure_language
from ui.common.sizing import open_wide

BUG_TRACKER = "https://github.com/disputedesk/dispute-desk/issues"


def error_report(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """What to paste into a bug report: versions and the traceback (no order data)."""
    lines = [
        f"Dispute Desk {__version__}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}",
        f"{platform.system()} {platform.release()} ({platform.machine()})",
        "frozen app" if getattr(sys, "frozen", False) else "from source",
        "",
        "".join(traceback.format_exception(kind, value, tb)).rstrip(),
    ]
    return "\n".join(lines)


class CrashDialog(QDialog):
    def __init__(self, message: str, report: str, log: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report = report
        self._log = log
        self.setWindowTitle(self.tr("Dispute Desk: something went wrong"))

        headline = QLabel(self.tr("<b>An unexpected error happened.</b>"), self)
        what = QLabel(message, self)
        what.setWordWrap(True)
        safe = QLabel(
            self.tr(
                "What was saved before this error is safe: each change is saved when you make it. "
                "If you were saving something just now, check that it is there before you go on; you "
                "can keep working, or quit and start Dispute Desk again."
            ),
            self,
        )
        safe.setWordWrap(True)
        report_text = QLabel(
            self.tr(
                'Please report it at <a href="{url}">{url}</a>: say what you were doing just before, '
                "and attach the log file below (it records what the app did; look it over before you send it)."
            ).format(url=BUG_TRACKER),
            self,
        )
        report_text.setWordWrap(True)
        report_text.setOpenExternalLinks(True)
        self.log_label = QLabel(self.tr("Log file: {path}").format(path=log), self)
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(
            self.log_label.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.details = QPlainTextEdit(report, self)
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(160)

        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("&Copy details"), self)
        self.folder_button = QPushButton(self.tr("Open &log folder"), self)
        self.quit_button = QPushButton(self.tr("&Quit Dispute Desk"), self)
        self.continue_button = QPushButton(self.tr("C&ontinue"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.continue_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button.clicked.connect(self.open_log_folder)
        self.quit_button.clicked.connect(self.quit_app)
        self.continue_button.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        for widget in (headline, what, safe, report_text, self.log_label, self.details):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        open_wide(self, 560)

    @Slot()
    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(
            self._report + "\n\n" + self.tr("Log file: %1").replace("%1", str(self._log))
        )

    @Slot()
    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log.parent)))

    @Slot()
    def quit_app(self) -> None:
        self.reject()
        app = QGuiApplication.instance()
        if app is not None:
            app.exit(1)


_showing = False


def show_crash(kind: type[BaseException], value: BaseException, tb: TracebackType | None, log: Path) -> None:
    """Show the dialog (one at a time: an error that repeats, say in every paint, is only logged
    while the first dialog is open). Creates the application when the error came before it."""
    global _showing
    if _showing:
        return
    app = QApplication.instance() or QApplication(sys.argv[:1])
    ensure_language(app, os.environ)
    message = QApplication.translate("CrashDialog", "What failed: {error}").format(
        error=f"{type(value).__name__}: {value}"
    )
    _showing = True
    try:
        dialog = CrashDialog(message, error_report(kind, value, tb), log)
        dialog.exec()
    finally:
        _showing = False
    del app


def show_problem(text: str) -> None:
    """A refusal no dialog caught (the disk is full, another window kept the data busy): said
    as it is, not as a crash. Nothing was saved by the action that met it."""
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return
    parent = QApplication.activeWindow()
    QMessageBox.warning(
        parent,
        QApplication.translate("CrashDialog", "Dispute Desk"),
        QApplication.translate("CrashDialog", "{reason}\n\nThat action was not saved.").format(reason=text),
    )


def show_refusal(text: str, argv: list[str]) -> None:
    """The window can't open (a data file that isn't ours, a newer schema…): say why in a
    message box, as a launch from the desktop has no terminal. Nothing to show offscreen."""
    app = QApplication.instance() or QApplication(argv)
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return
    ensure_language(app, os.environ)
    QMessageBox.critical(
        None,
        QApplication.translate("CrashDialog", "Dispute Desk"),
        QApplication.translate("CrashDialog", "Dispute Desk can't open your data.\n\n{reason}").format(
            reason=text
        ),
    )
    del app
