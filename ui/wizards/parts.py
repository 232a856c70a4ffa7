"""Small parts the guides' pages share: the advice engines' texts translated, a larger font for
headlines and countdowns, and read-only values the buyer can select and copy."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from app.domain.errors import render_moments
from ui.common import format as fmt


def advice_text(text: str) -> str:
    """Headlines, steps and warnings come from the advice engines in app/domain in English;
    translated here."""
    return QCoreApplication.translate("advice", text)


def advice_sentence(text: str) -> str:
    """A sentence of the advice that may name moments (a refusal, a warning): translated, the
    moments written in local time with the UTC offset."""
    return render_moments(advice_text(text), fmt.local_moment)


def scaled_font(widget: QWidget, factor: float, bold: bool = True) -> QFont:
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def value_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
