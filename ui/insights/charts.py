"""Bar charts drawn with QPainter: grouped bars (one colour per series) over categories, a value
axis with round steps, a legend, a tooltip per bar.

Our own painting rather than a chart library (docs/PERFORMANCE.md has the measurements): the
charts are simple, the palette and the language's number format apply directly, one routine
paints the screen, a PNG and an SVG alike, and nothing is added to the bundle or to start-up.
Values are floats for drawing only; the exact amounts are in the table under each chart.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ui.insights.chart_style import number_text, series_colours

MARGIN = 8.0
LABEL_LINES = 2  # a category label may wrap onto this many lines
BAR_SHARE = 0.8  # of a category's width taken by its bars together


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]  # one per category


@dataclass(frozen=True)
class Bar:
    rect: QRectF
    colour: QColor
    category: int
    series: int


def nice_step(top: float, ticks: int = 4) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) giving about ``ticks`` steps to ``top``."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    power = 10.0 ** math.floor(math.log10(raw))
    for factor in (1.0, 2.0, 2.5, 5.0, 10.0):
        if raw <= factor * power:
            return factor * power
    return 10.0 * power


def step_decimals(step: float) -> int:
    """Decimals the axis labels need to show ``step`` (0.25 → 2, 0.5 → 1, 5 → 0)."""
    decimals = 0
    while decimals < 6 and abs(step * 10**decimals - round(step * 10**decimals)) > 1e-9:
        decimals += 1
    return decimals


def _wrapped_width(label: str, metrics: QFontMetricsF) -> float:
    """The width ``label`` needs on two lines: its longest word, or half of it, whichever is more."""
    longest = max((metrics.horizontalAdvance(word) for word in label.split()), default=0.0)
    return max(longest, metrics.horizontalAdvance(label) / LABEL_LINES)


class BarChart(QWidget):
    """Grouped bars. ``set_data`` gives the categories and the series; ``value_text`` writes a
    value for the tooltips (numbers in the language's format by default)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._categories: list[str] = []
        self._series: list[Series] = []
        self._value_text: Callable[[float], str] = number_text
        self._empty_text = self.tr("Nothing in this period.")
        self.setAccessibleName(title)
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    # -- data -------------------------------------------------------------------------------------

    def set_data(
        self,
        categories: Sequence[str],
        series: Sequence[Series],
        value_text: Callable[[float], str] | None = None,
    ) -> None:
        if any(len(s.values) != len(categories) for s in series):
            raise ValueError("every series needs one value per category")
        self._categories = list(categories)
        self._series = list(series)
        if value_text is not None:
            self._value_text = value_text
        names = ", ".join(s.name for s in series)
        self.setAccessibleDescription(
            self.tr(
                "%n group(s) of bars; series: %1. The numbers are in the table below.", "", len(categories)
            ).replace("%1", names or "-")
        )
        self.update()

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.update()

    def title(self) -> str:
        return self._title

    def categories(self) -> list[str]:
        return list(self._categories)

    def series(self) -> list[Series]:
        return list(self._series)

    def colours(self) -> list[QColor]:
        return series_colours(self.palette(), len(self._series))

    def sizeHint(self) -> QSize:
        return QSize(640, 260)

    # -- geometry ---------------------------------------------------------------------------------

    def _top(self) -> float:
        values = [v for s in self._series for v in s.values]
        return max(values, default=0.0)

    def _layout(self, rect: QRectF, metrics: QFontMetricsF) -> tuple[QRectF, float, float, int]:
        """The plot area, the axis top, its step and how many category labels to skip."""
        top = self._top()
        step = nice_step(top)
        axis_top = step * max(1, math.ceil(top / step)) if top > 0 else step
        decimals = step_decimals(step)
        widest = max(
            metrics.horizontalAdvance(number_text(axis_top, decimals)), metrics.horizontalAdvance("0")
        )
        line = metrics.height()
        legend = line + MARGIN if len(self._series) > 1 else 0.0
        width = max(10.0, rect.width() - widest - 3 * MARGIN)
        per = width / max(1, len(self._categories))
        # Labels wrap onto a second line when their words allow it; when even that doesn't fit,
        # only every ``skip``-th is written.
        whole = max((metrics.horizontalAdvance(c) for c in self._categories), default=0.0) + MARGIN
        wrapped = max((_wrapped_width(c, metrics) for c in self._categories), default=0.0) + MARGIN
        lines = 1 if whole <= per else LABEL_LINES
        skip = max(1, math.ceil((whole if lines == 1 else wrapped) / per)) if per > 0 else 1
        plot = QRectF(
            rect.left() + widest + 2 * MARGIN,
            rect.top() + MARGIN + line / 2,
            width,
            max(10.0, rect.height() - 2 * MARGIN - line * (lines + 0.5) - legend - MARGIN / 2),
        )
        return plot, axis_top, step, skip

    def bars(self, rect: QRectF | None = None) -> list[Bar]:
        """Where each bar is drawn in ``rect`` (the widget's own rectangle by default)."""
        area = QRectF(self.rect()) if rect is None else rect
        plot, axis_top, _step, _skip = self._layout(area, QFontMetricsF(self.font()))
        return self._bars(plot, axis_top)

    def _bars(self, plot: QRectF, axis_top: float) -> list[Bar]:
        count, groups = len(self._series), len(self._categories)
        if not count or not groups:
            return []
        colours = self.colours()
        group_width = plot.width() / groups
        bar_width = group_width * BAR_SHARE / count
        result = []
        for c in range(groups):
            left = plot.left() + c * group_width + group_width * (1 - BAR_SHARE) / 2
            for s, series in enumerate(self._series):
                value = max(0.0, series.values[c])
                height = plot.height() * value / axis_top if axis_top else 0.0
                rect = QRectF(left + s * bar_width, plot.bottom() - height, max(1.0, bar_width - 1), height)
                result.append(Bar(rect, colours[s], c, s))
        return result

    # -- painting ---------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.paint(painter, QRectF(self.rect()), self.palette())
        finally:
            painter.end()

    def paint(self, painter: QPainter, rect: QRectF, palette: QPalette) -> None:
        """Draw the chart into ``rect``: the screen, an image and an SVG file use this."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setFont(self.font())
        metrics = QFontMetricsF(self.font())
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(palette.color(QPalette.ColorRole.Mid))
        if not self._series or not self._categories or self._top() <= 0:
            painter.setPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._empty_text)
            return
        plot, axis_top, step, skip = self._layout(rect, metrics)
        label_height = (
            rect.bottom()
            - plot.bottom()
            - MARGIN / 2
            - (metrics.height() + MARGIN if len(self._series) > 1 else 0)
        )
        decimals = step_decimals(step)
        # The value axis: round steps, a light grid line at each.
        ticks = round(axis_top / step)
        for index in range(ticks + 1):
            value = index * step
            y = plot.bottom() - plot.height() * value / axis_top
            painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine if index else Qt.PenStyle.SolidLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            label = number_text(value, decimals)
            painter.drawText(
                QRectF(
                    rect.left(),
                    y - metrics.height() / 2,
                    plot.left() - rect.left() - MARGIN,
                    metrics.height(),
                ),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
        for bar in self._bars(plot, axis_top):
            painter.fillRect(bar.rect, bar.colour)
        # Category labels under their groups (every ``skip``-th when they don't all fit).
        painter.setPen(text)
        group_width = plot.width() / len(self._categories)
        for index, category in enumerate(self._categories):
            if index % skip:
                continue
            box = QRectF(plot.left() + index * group_width - group_width * (skip - 1) / 2, plot.bottom() + MARGIN / 2,
                         group_width * skip, max(metrics.height(), label_height))  # fmt: skip
            lines = max(1, int(box.height() // metrics.height()))
            shown = metrics.elidedText(category, Qt.TextElideMode.ElideRight, box.width() * lines - MARGIN)
            painter.drawText(
                box,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                shown,
            )
        if len(self._series) > 1:
            self._paint_legend(painter, rect, metrics, text)

    def _paint_legend(self, painter: QPainter, rect: QRectF, metrics: QFontMetricsF, text: QColor) -> None:
        y = rect.bottom() - MARGIN - metrics.height()
        x = rect.left() + MARGIN
        swatch = metrics.height() * 0.7
        for series, colour in zip(self._series, self.colours(), strict=True):
            painter.fillRect(QRectF(x, y + (metrics.height() - swatch) / 2, swatch, swatch), colour)
            x += swatch + MARGIN / 2
            painter.setPen(text)
            painter.drawText(QPointF(x, y + metrics.ascent()), series.name)
            x += metrics.horizontalAdvance(series.name) + 2 * MARGIN

    # -- tooltips ---------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(QPointF(event.pos()))
            if bar is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.bar_text(bar), self)
            return True
        return super().event(event)

    def bar_at(self, point: QPointF) -> Bar | None:
        for bar in self.bars():
            hit = QRectF(bar.rect)
            if hit.height() < 4:  # a tiny bar is still easy to point at
                hit.setTop(hit.bottom() - 4)
            if hit.contains(point):
                return bar
        return None

    def bar_text(self, bar: Bar) -> str:
        series = self._series[bar.series]
        return f"{self._categories[bar.category]} · {series.name}: {self._value_text(series.values[bar.category])}"
