"""How the charts look: colours taken from the palette (light or dark) and numbers written the
way the language writes them (QLocale)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QPalette

from app.domain.currencies import format_amount

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
    return (locale or QLocale()).toString(float(value), "f", decimals)


def money_text(amount: Decimal, currency: str, locale: QLocale | None = None) -> str:
    """An exact amount in the language's number format: "1 382,11 EUR" in French. Grouping and
    the decimal point are put into the exact decimal text (no float on the way)."""
    loc = locale or QLocale()
    text = format_amount(amount, currency)
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    grouping = not loc.numberOptions() & QLocale.NumberOption.OmitGroupSeparator
    group = loc.groupSeparator() if grouping else ""
    digits = []
    for index, digit in enumerate(reversed(whole)):
        if index and index % 3 == 0 and group:
            digits.append(group)
        digits.append(digit)
    grouped = "".join(reversed(digits))
    number = f"{grouped}{loc.decimalPoint()}{fraction}" if fraction else grouped
    return f"{sign}{number} {currency}"
