"""The chart widget built offscreen: one bar per category and series, the palette's colours in
light and dark, the language's number format, and the PNG and SVG it saves."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from pytestqt.qtbot import QtBot

from ui.insights import chart_export
from ui.insights.chart_style import money_text, number_text, series_colours
from ui.insights.charts import BarChart, Series, nice_step, step_decimals

MONTHS = ["2026-01", "2026-02", "2026-03", "2026-04"]


def chart_with_data(qtbot: QtBot, palette: QPalette | None = None) -> BarChart:
    chart = BarChart("Spending per month")
    qtbot.addWidget(chart)
    if palette is not None:
        chart.setPalette(palette)
    chart.resize(640, 300)
    chart.set_data(MONTHS, [Series("EUR", (10.0, 0.0, 30.5, 12.0)), Series("USD", (5.0, 8.0, 0.0, 40.0))])
    return chart


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.WindowText, "#eeeeee"),
        (QPalette.ColorRole.Text, "#eeeeee"),
        (QPalette.ColorRole.Highlight, "#3d8ee6"),
        (QPalette.ColorRole.Mid, "#555555"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def rendered(chart: BarChart) -> QImage:
    image = QImage(chart.size(), QImage.Format.Format_ARGB32)
    image.fill(chart.palette().color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    chart.paint(painter, QRectF(chart.rect()), chart.palette())
    painter.end()
    return image


def test_one_bar_per_category_and_series(qtbot: QtBot) -> None:
    chart = chart_with_data(qtbot)
    bars = chart.bars()
    assert len(bars) == len(MONTHS) * 2
    assert [(b.category, b.series) for b in bars[:2]] == [(0, 0), (0, 1)]
    # Taller values, taller bars; a zero is flat; the tallest reaches near the axis top.
    by_key = {(b.category, b.series): b.rect for b in bars}
    assert by_key[(3, 1)].height() > by_key[(2, 0)].height() > by_key[(0, 0)].height()
    assert by_key[(1, 0)].height() == 0
    # Bars sit side by side within their month, months left to right.
    assert by_key[(0, 0)].right() <= by_key[(0, 1)].left() + 1 < by_key[(1, 0)].left()


def test_bars_take_the_palettes_colours_light_and_dark(qtbot: QtBot) -> None:
    light = chart_with_data(qtbot)
    dark = chart_with_data(qtbot, dark_palette())
    light_colours = {b.series: b.colour.name() for b in light.bars()}
    dark_colours = {b.series: b.colour.name() for b in dark.bars()}
    assert light_colours[0] == light.palette().color(QPalette.ColorRole.Highlight).name()
    assert dark_colours[0] == "#3d8ee6"
    assert light_colours[1] != dark_colours[1]
    assert QColor(dark_colours[1]).lightness() > QColor(light_colours[1]).lightness()
    # What is painted is those colours, at the middle of each bar.
    for chart in (light, dark):
        image = rendered(chart)
        for bar in chart.bars():
            if bar.rect.height() > 4:
                centre = bar.rect.center()
                assert image.pixelColor(int(centre.x()), int(centre.y())).name() == bar.colour.name()


def test_distinct_colours_for_many_series(qapp: object) -> None:
    colours = series_colours(QPalette(), 7)
    assert len({c.name() for c in colours}) == 7


def test_empty_chart_paints_its_message_and_no_bars(qtbot: QtBot) -> None:
    chart = BarChart("Nothing")
    qtbot.addWidget(chart)
    chart.resize(300, 200)
    chart.set_data([], [])
    assert chart.bars() == []
    rendered(chart)  # no division by zero, no exception


def test_tooltips_name_the_bar(qtbot: QtBot) -> None:
    chart = chart_with_data(qtbot)
    bar = max(chart.bars(), key=lambda b: b.rect.height())
    found = chart.bar_at(bar.rect.center())
    assert found == bar
    assert chart.bar_text(bar).startswith("2026-04 · USD: 40")
    assert chart.bar_at(QPointF(1, 1)) is None


@pytest.fixture
def german() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def test_numbers_follow_the_language(german: None) -> None:
    assert number_text(1234.5, 1) == "1.234,5"
    assert money_text(Decimal("1382.11"), "EUR") == "1.382,11\xa0€"
    assert money_text(Decimal("-0.5"), "USD") == "-0,50\xa0US$"
    assert money_text(Decimal("31697"), "JPY") == "31.697\xa0JPY"


def test_round_axis_steps() -> None:
    assert nice_step(40) == 10
    assert nice_step(9) == 2.5
    assert nice_step(0.8) == 0.2
    assert nice_step(0) == 1
    assert (step_decimals(0.25), step_decimals(0.5), step_decimals(5)) == (2, 1, 0)


def test_saved_as_png_and_svg(qtbot: QtBot, tmp_path: Path) -> None:
    chart = chart_with_data(qtbot)
    png = chart_export.save_chart(chart, tmp_path / "spending.png")
    image = QImage(str(png))
    assert (image.width(), image.height()) == (640 * chart_export.PNG_SCALE, 300 * chart_export.PNG_SCALE)
    svg = chart_export.save_chart(chart, tmp_path / "spending.svg").read_text("utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert "Spending per month" in svg  # the title
    assert svg.count("<path") + svg.count("<rect") >= len(chart.bars())
    with pytest.raises(OSError):
        chart_export.save_chart(chart, tmp_path / "missing" / "x.png")
