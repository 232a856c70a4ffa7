"""How the charts look: colours taken from the palette (light or dark) and numbers written the
way the language writes them (QLocale)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QPalette

from ui.common import locale_format

# Hues of the series after the first (which is the palette's highlight colour): chosen to be
# told apart, also by most colour-blind readers (blue, orange, green, magenta, teal, brown).
_HUES = (28, 140, 300, 180, 50, 260, 0)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def series_colours(palette: QPalette, count: int) -> list[QColor]:
    """``count`` colours for the series: the highlight colour first, then distinct hues, lighter
    on a dark palette so they stand out from its background."""
    colours = [QColor(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight))]
    dark = is_dark(palette)
    for index in range(1, count):
        hue = _HUES[(index - 1) % len(_HUES)]
        colours.append(QColor.fromHsl(hue, 170, 165 if dark else 105))
    return colours[:count]


def number_text(value: float, decimals: int = 0, locale: QLocale | None = None) -> str:
    """A number as the language writes it (decimal point, digit grouping)."""
    return locale_format.decimal_places(value, decimals, locale)


def money_text(amount: Decimal, currency: str, locale: QLocale | None = None) -> str:
    """An exact amount as the language writes prices: "1 382,11 €" in French, "R$ 1.382,11" in
    Brazilian Portuguese (see ``ui.common.locale_format``)."""
    return locale_format.money(amount, currency, locale)
