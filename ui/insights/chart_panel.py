"""A chart with its numbers under it and a button to save it as a picture."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.common import dialogs
from ui.insights import chart_export
from ui.insights.charts import BarChart
from ui.insights.numbers_table import NumbersTable


class ChartPanel(QGroupBox):
    """``chart`` above ``table``; "Save chart…" asks where and writes PNG or SVG."""

    def __init__(self, title: str, file_stem: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.file_stem = file_stem
        self.chart = BarChart(title, self)
        self.table = NumbersTable(self.tr("Numbers of the chart: %1").replace("%1", title), self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.hide()
        self.save_button = QPushButton(self.tr("Save chart…"), self)
        self.save_button.setAccessibleName(self.tr("Save the chart %1 as a picture").replace("%1", title))
        self.save_button.clicked.connect(self.save)
        self.ask_path: Callable[[QWidget, str], Path | None] = chart_export.ask_chart_path
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chart, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def save(self) -> Path | None:
        path = self.ask_path(self, f"{self.file_stem}.png")
        if path is None:
            return None
        try:
            return chart_export.save_chart(self.chart, path)
        except OSError as exc:
            dialogs.show_error(self, self.tr("Save chart"), str(exc))
            return None
