"""Saving a chart as a picture: PNG (what is on screen, at twice the pixels) or SVG (vector,
through QSvgGenerator). The same painting routine draws both."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QImage, QPainter, QPalette
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.insights.charts import BarChart

PNG_SCALE = 2  # sharp on high-density screens and in documents


def ask_chart_path(parent: QWidget | None, suggested: str) -> Path | None:
    """Where to save the chart (tests replace this); the filter chosen sets the format."""
    png, svg = (
        QCoreApplication.translate("ChartExport", "PNG image (*.png)"),
        QCoreApplication.translate("ChartExport", "SVG image (*.svg)"),
    )
    path, chosen = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ChartExport", "Save chart"), suggested, f"{png};;{svg}"
    )
    if not path:
        return None
    result = Path(path)
    if result.suffix.lower() not in (".png", ".svg"):
        result = result.with_suffix(".svg" if chosen == svg else ".png")
    return result


def save_chart(chart: BarChart, path: Path, size: QSize | None = None) -> Path:
    """Write ``chart`` to ``path`` as SVG when it ends in .svg, else as PNG. Raises OSError when
    the file can't be written."""
    area = size or (chart.size() if chart.width() > 50 else chart.sizeHint())
    palette = chart.palette()
    if path.suffix.lower() == ".svg":
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(area)
        generator.setViewBox(QRectF(0, 0, area.width(), area.height()))
        generator.setTitle(chart.title())
        generator.setDescription(chart.accessibleDescription())
        painter = QPainter(generator)
        try:
            painter.fillRect(
                QRectF(0, 0, area.width(), area.height()), palette.color(QPalette.ColorRole.Base)
            )
            chart.paint(painter, QRectF(0, 0, area.width(), area.height()), palette)
        finally:
            painter.end()
        if not path.exists():
            raise OSError(
                QCoreApplication.translate("ChartExport", "Could not write %1.").replace("%1", str(path))
            )
        return path
    image = QImage(area * PNG_SCALE, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(PNG_SCALE)
    image.fill(palette.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    try:
        chart.paint(painter, QRectF(0, 0, area.width(), area.height()), palette)
    finally:
        painter.end()
    if not image.save(str(path)):  # the format from the suffix (.png)
        raise OSError(
            QCoreApplication.translate("ChartExport", "Could not write %1.").replace("%1", str(path))
        )
    return path
