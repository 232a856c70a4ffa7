"""Message boxes behind small functions, so tests can replace them; refusals as messages."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.errors import Refused
from ui.common import format as fmt


def refusal_text(exc: Exception) -> str:
    """A service or parser sentence as a message line: first letter capitalised, the moments
    it names in local time with the UTC offset."""
    text = (exc.render(_local_seconds) if isinstance(exc, Refused) else str(exc)).strip()
    return text[:1].upper() + text[1:]


def _local_seconds(when: datetime) -> str:
    return fmt.local_moment(when, with_seconds=True)


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)
