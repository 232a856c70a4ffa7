"""Which way a header's sort arrow points, read from its pixels (for tests)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QHeaderView


def sort_arrow_points_down(header: QHeaderView) -> bool:
    """Whether the sort indicator of ``header`` is drawn pointing down (▼, widest at its top).
    The arrow is looked for at the right end of the sorted section, where the styles put it."""
    QApplication.processEvents()
    section = header.sortIndicatorSection()
    left = header.sectionViewportPosition(section)
    image = header.grab().toImage()
    right = left + header.sectionSize(section)
    widths = []
    for y in range(image.height()):
        dark = sum(1 for x in range(max(left, right - 24), right) if image.pixelColor(x, y).lightness() < 110)
        if dark:
            widths.append(dark)
    assert len(widths) >= 2, "no sort arrow drawn"
    return widths[0] > widths[-1]
