"""Sort arrows that point the way most buyers read them: ▲ for ascending, ▼ for descending
("newest first" points down).

Windows and macOS draw a header's sort arrow that way. Qt's Fusion style (what the app looks
like on most Linux desktops) draws it the other way round, so a list of backups, newest first,
showed an arrow pointing up. For the styles that do that, a header gets a small proxy style
that turns the arrow over; every other style is left as it is.
"""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QProxyStyle, QStyle, QStyleOption, QStyleOptionHeader, QWidget

# Styles that draw Qt's "sort down" indicator (which QHeaderView gives ascending order) as ▼.
_ARROW_DOWN_FOR_ASCENDING = {"fusion", "windows"}

_UP, _DOWN = QStyleOptionHeader.SortIndicator.SortUp, QStyleOptionHeader.SortIndicator.SortDown


class SortArrowStyle(QProxyStyle):
    """The application's style with the header's sort arrow turned over."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(
            option, QStyleOptionHeader
        ):
            turned = QStyleOptionHeader(option)
            if option.sortIndicator == _UP:
                turned.sortIndicator = _DOWN
            elif option.sortIndicator == _DOWN:
                turned.sortIndicator = _UP
            super().drawPrimitive(element, turned, painter, widget)
            return
        super().drawPrimitive(element, option, painter, widget)


def _style_name(style: QStyle) -> str:
    """The name of the style that draws, under any proxies (the app's own wraps the desktop's)."""
    while isinstance(style, QProxyStyle) and style.baseStyle() is not None:
        style = style.baseStyle()
    return style.name().lower()


def point_sort_arrows(header: QHeaderView) -> None:
    """Make ``header`` draw ▲ for ascending and ▼ for descending, whatever the style."""
    name = _style_name(header.style())
    if name not in _ARROW_DOWN_FOR_ASCENDING:
        return
    proxy = SortArrowStyle(name)  # a style of its own: a proxy takes over its base
    proxy.setParent(header)  # lives as long as the header
    header.setStyle(proxy)
