"""Small parts the guides' pages share: the advice engines' sentences with their moments in local
time, a larger font for headlines and countdowns, and read-only values the buyer can select and
copy."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from app.domain.errors import render_moments
from ui.common import format as fmt


def advice_sentence(text: str) -> str:
    """A sentence of the advice that may name moments (a refusal, a warning), the moments written
    in local time with the UTC offset. The engines in app/domain write their sentences in the
    buyer's language (``app.i18n``): nothing is translated here again."""
    return render_moments(text, fmt.local_moment)


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
