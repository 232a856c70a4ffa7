"""Does every text of a window fit where it is shown? Labels, buttons, check boxes, radio
buttons, group box titles and tabs, measured with the font they are drawn in against the room
the style gives their text.

A text that does not fit is reported with what it needs and what it has. Text elided on purpose
(it ends in "…" and the whole of it is in the tooltip) is fine, and so is a widget in a scroll
area that the area cuts off (it scrolls)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's part of the namespace
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionGroupBox,
    QTabBar,
    QToolButton,
    QWidget,
)

BIG = 1_000_000
TOLERANCE = 1  # px: rounding of fractional advances


def mnemonic_free(text: str) -> str:
    """The text as shown when ``&`` marks an accelerator (``&&`` is one ampersand)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _name(widget: QWidget, text: str) -> str:
    shown = " ".join(text.split())
    shown = shown if len(shown) <= 70 else shown[:67] + "..."
    return f"{type(widget).__name__} {shown!r}"


def _elided_on_purpose(widget: QWidget, text: str) -> bool:
    tip = widget.toolTip()
    return bool(tip) and "…" in text and mnemonic_free(text) != tip


def _too_small(
    widget: QWidget, text: str, need_w: float, have_w: int, need_h: float, have_h: int
) -> str | None:
    if need_w > have_w + TOLERANCE or need_h > have_h + TOLERANCE:
        return f"{_name(widget, text)} needs {need_w:.0f}×{need_h:.0f} px for its text, has {have_w}×{have_h}"
    return None


def _rich_size(label: QLabel, width: int | None) -> tuple[float, float]:
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)  # as QLabel lays out rich text
    document.setHtml(label.text())
    if width is not None:
        document.setTextWidth(width)
    return document.idealWidth(), document.size().height()


def label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text.strip() or _elided_on_purpose(label, text):
        return None
    margin = label.margin()
    room = label.contentsRect().adjusted(margin, margin, -margin, -margin)
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if rich:
        need_w, need_h = _rich_size(label, room.width() if label.wordWrap() else None)
        return _too_small(label, text, need_w, room.width(), need_h, room.height())
    metrics = QFontMetrics(label.font())
    flags = Qt.TextFlag.TextExpandTabs
    if label.buddy() is not None:  # only then does a QLabel treat "&" as an accelerator
        flags |= Qt.TextFlag.TextShowMnemonic
    if label.wordWrap():
        flags |= Qt.TextFlag.TextWordWrap
        bounds = metrics.boundingRect(QRect(0, 0, room.width(), BIG), int(flags), text)
        # A wrapped text is as wide as its longest word (it can't break inside one) …
        longest = max(
            (metrics.horizontalAdvance(mnemonic_free(w) if label.buddy() else w) for w in text.split()),
            default=0,
        )
        # … and the label has to be tall enough for every line.
        return _too_small(label, text, longest, room.width(), bounds.height(), room.height())
    bounds = metrics.boundingRect(QRect(0, 0, BIG, BIG), int(flags), text)
    width = max(
        metrics.horizontalAdvance(line)
        for line in (mnemonic_free(text) if label.buddy() else text).split("\n")
    )
    return _too_small(label, text, width, room.width(), bounds.height(), room.height())


def _icon_width(button: QAbstractButton) -> int:
    return 0 if button.icon().isNull() else button.iconSize().width() + 4


def button_problem(button: QAbstractButton) -> str | None:
    text = button.text()
    if not text.strip() or _elided_on_purpose(button, text):
        return None
    style = button.style()
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = text
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    if isinstance(button, QCheckBox):
        element = QStyle.SubElement.SE_CheckBoxContents
    elif isinstance(button, QRadioButton):
        element = QStyle.SubElement.SE_RadioButtonContents
    else:
        element = QStyle.SubElement.SE_PushButtonContents
        if isinstance(button, QPushButton) and (button.autoDefault() or button.isDefault()):
            option.features |= QStyleOptionButton.ButtonFeature.AutoDefaultButton
    room = style.subElementRect(element, option, button)
    metrics = QFontMetrics(button.font())
    need_w = metrics.horizontalAdvance(mnemonic_free(text)) + _icon_width(button)
    return _too_small(button, text, need_w, room.width(), metrics.height(), room.height())


def tool_button_problem(button: QToolButton) -> str | None:
    text = button.text()
    if not text.strip() or button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return None
    if (
        button.icon().isNull() is False
        and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonFollowStyle
    ):
        return None  # the style shows the icon alone
    hint = button.sizeHint()
    return _too_small(button, text, hint.width(), button.width(), hint.height(), button.height())


def group_box_problem(box: QGroupBox) -> str | None:
    title = box.title()
    if not title.strip():
        return None
    option = QStyleOptionGroupBox()
    option.initFrom(box)
    option.text = title
    option.lineWidth = 1
    option.textAlignment = box.alignment()
    option.subControls = QStyle.SubControl.SC_GroupBoxFrame | QStyle.SubControl.SC_GroupBoxLabel
    if box.isCheckable():
        option.subControls |= QStyle.SubControl.SC_GroupBoxCheckBox
    style = box.style()
    label = style.subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
    )
    metrics = QFontMetrics(box.font())
    need = metrics.horizontalAdvance(mnemonic_free(title))
    have = min(label.width(), box.rect().right() - label.left() + 1)
    return _too_small(box, title, need, have, 0, 0)


def tab_bar_problem(bar: QTabBar) -> str | None:
    """Tabs that don't fit are squeezed (their text elided) or scrolled out of sight."""
    texts = " | ".join(bar.tabText(i) for i in range(bar.count()) if bar.isTabVisible(i))
    if not texts:
        return None
    hint = bar.sizeHint()
    if bar.shape() in (QTabBar.Shape.RoundedNorth, QTabBar.Shape.RoundedSouth):
        return _too_small(bar, texts, hint.width(), bar.width(), 0, 0)
    return _too_small(bar, texts, 0, 0, hint.height(), bar.height())


def _window_rect(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def cut_by_parent(widget: QWidget) -> str | None:
    """A widget reaching beyond a parent is cut off where the parent ends (unless the parent is
    a scroll area's viewport: then it scrolls)."""
    window = widget.window()
    mine = _window_rect(widget, window)
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        holder = parent.parentWidget()
        if isinstance(holder, QAbstractScrollArea) and parent is holder.viewport():
            return None
        if not _window_rect(parent, window).contains(mine):
            text = widget.property("text") or widget.property("title") or ""
            return f"{_name(widget, str(text))} reaches beyond its parent {type(parent).__name__}"
        parent = holder
    return None


def text_problem(widget: QWidget) -> str | None:
    if isinstance(widget, QLabel):
        return label_problem(widget)
    if isinstance(widget, QToolButton):
        return tool_button_problem(widget)
    if isinstance(widget, QAbstractButton):
        return button_problem(widget)
    if isinstance(widget, QGroupBox):
        return group_box_problem(widget)
    if isinstance(widget, QTabBar):
        return tab_bar_problem(widget)
    return None


def clipped_texts(window: QWidget) -> list[str]:
    """Every text shown in ``window`` (visible widgets only) that doesn't fit."""
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not window:
            continue
        problem = text_problem(widget)
        if problem is None and isinstance(widget, (QLabel, QAbstractButton, QGroupBox, QTabBar)):
            problem = cut_by_parent(widget)
        if problem is not None:
            found.append(problem)
    return found
