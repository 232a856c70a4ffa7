"""Help → About: the version, where the data and the log are, the licence and the rule profile's
date, with a button that copies it all for a problem report."""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from ui.common.resources import app_icon
from ui.common.sizing import open_wide
from ui.shell.logs import log_folder

if TYPE_CHECKING:
    from app.services import Services

LICENCE = "MIT"
HOMEPAGE = "https://github.com/disputedesk/dispute-desk"


@dataclass(frozen=True)
class AboutFacts:
    version: str
    data_folder: Path
    log_folder: Path
    profile_name: str
    profile_reviewed: str  # ISO date, or "" when the profile has none
    rules_changed: int  # values the buyer changed in Settings
    runtime: str  # Python, Qt and the system, for problem reports


def about_facts(services: Services) -> AboutFacts:
    profile = services.orders.rules.profile()
    frozen = ", packaged app" if getattr(sys, "frozen", False) else ""
    return AboutFacts(
        version=__version__,
        data_folder=services.data_dir.root,
        log_folder=log_folder(services.data_dir),
        profile_name=profile.name,
        profile_reviewed=profile.reviewed,
        rules_changed=sum(1 for value in profile.values.values() if value.overridden),
        runtime=(
            f"Python {platform.python_version()}, Qt {pyside_version}, "
            f"{platform.system()} {platform.release()} {platform.machine()}{frozen}"
        ),
    )


def licence_files() -> list[Path]:
    """LICENSE and THIRD-PARTY.md: beside the app in a bundle, at the top of a source checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[2]
    candidates = [root / "LICENSE", root / "THIRD-PARTY.md", root / "packaging" / "THIRD-PARTY.md"]
    return [path for path in candidates if path.is_file()]


class AboutDialog(QDialog):
    def __init__(self, facts: AboutFacts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facts = facts
        self.setWindowTitle(self.tr("About Dispute Desk"))

        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(72, 72))
        title = QLabel(
            self.tr(
                "<h2>Dispute Desk {version}</h2><p>Your orders, their deadlines, cancellations and "
                "disputes, kept on your own computer.</p>"
            ).format(version=facts.version),
            self,
        )
        title.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(
            QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow
        )  # the wrapped licence too
        self.data_label = self._path_label(facts.data_folder)
        self.log_label = self._path_label(facts.log_folder)
        form.addRow(self.tr("Data folder:"), self.data_label)
        form.addRow(self.tr("Log folder:"), self.log_label)
        form.addRow(self.tr("Rule profile:"), QLabel(self.profile_text(), self))
        licence = QLabel(
            self.tr(
                "Free software under the {licence} licence.<br>It includes Qt, Python and other "
                'components under their own licences.<br><a href="{url}">{url}</a>'
            ).format(licence=LICENCE, url=HOMEPAGE),
            self,
        )
        licence.setOpenExternalLinks(True)
        licence.setWordWrap(True)  # a long translation wraps instead of running out of the window
        form.addRow(self.tr("Licence:"), licence)
        runtime = QLabel(facts.runtime, self)
        form.addRow(self.tr("Running on:"), runtime)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setToolTip(self.tr("Copy these details, for a problem report"))
        self.licences_button = QPushButton(self.tr("&Licences…"), self)
        self.folder_button = QPushButton(self.tr("Open data &folder"), self)
        for button in (self.copy_button, self.licences_button, self.folder_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.licences_button.clicked.connect(self.show_licences)
        self.folder_button.clicked.connect(self.open_data_folder)
        buttons.rejected.connect(self.reject)

        icon.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addLayout(form)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addStretch(1)
        layout.addWidget(buttons)
        open_wide(self, 640)

    def _path_label(self, path: Path) -> QLabel:
        label = QLabel(str(path), self)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def profile_text(self) -> str:
        facts = self.facts
        if facts.profile_reviewed:
            text = self.tr("{name}, values checked on {date}").format(
                name=facts.profile_name, date=facts.profile_reviewed
            )
        else:
            text = facts.profile_name
        if facts.rules_changed:
            text += "; " + self.tr("%n value(s) changed by you", "", facts.rules_changed)
        return text

    def details(self) -> str:
        facts = self.facts
        return "\n".join(
            [
                f"Dispute Desk {facts.version}",
                f"Data folder: {facts.data_folder}",
                f"Log folder: {facts.log_folder}",
                f"Rule profile: {self.profile_text()}",
                f"Running on: {facts.runtime}",
            ]
        )

    @Slot()
    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())

    @Slot()
    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.facts.data_folder)))

    @Slot()
    def show_licences(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Licences"))
        dialog.resize(680, 560)
        text = QTextBrowser(dialog)
        parts = [path.read_text(encoding="utf-8") for path in licence_files()]
        text.setPlainText("\n\n".join(parts) if parts else self.tr("MIT licence."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(buttons)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
