"""Numbers, money, dates and times the way the buyer's language writes them (Qt's ``QLocale``).

Everything here reads the default locale (``QLocale()``), which start-up sets to the language
the window speaks, so the list, the detail panel, the wizards and the charts agree: "1 382,11 €"
in Russian or French, "R$ 1.382,11" in Brazilian Portuguese, "$1,382.11" in American English.

Money stays exact: the amount is rounded to its currency's decimals as a ``Decimal`` and only
its digits are written the locale's way (never through a float). A currency shows its symbol
when Qt's locale data gives it one that no other currency shares ("€", "₽", "R$", "zł",
"US$"), else its ISO code ("1 382,11 JPY"): currencies are never converted or summed here.

:class:`LocaleFormats` gives the core (``app.i18n.formats()``) the same forms for the numbers,
money and times inside its sentences. Files and the command line keep the neutral forms.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import cache

from PySide6.QtCore import QDate, QLocale, QTime

from app.domain.currencies import format_amount, is_known_currency
from app.domain.errors import offset_text

_SYMBOL, _NUMBER = "\x01", "\x02"  # stand-ins while reading the locale's currency pattern


def _locale(locale: QLocale | None) -> QLocale:
    return locale if locale is not None else QLocale()


# -- numbers -------------------------------------------------------------------------------------


def digits(text: str, zero: str) -> str:
    """``text`` with its ASCII digits written from the locale's ``zero`` digit
    (``QLocale.zeroDigit()``: Arabic-Indic digits in Arabic, say)."""
    if zero == "0":
        return text
    return "".join(chr(ord(zero) + int(ch)) if ch.isdigit() else ch for ch in text)


def _decimal_text(plain: str, locale: QLocale) -> str:
    """A plain decimal ("-1382.11") written the locale's way: its grouping, decimal point,
    minus sign and digits. Exact: the digits are the given ones."""
    negative = plain.startswith("-")
    whole, _, fraction = plain.lstrip("-").partition(".")
    text = locale.toString(int(whole))
    if fraction:
        text += locale.decimalPoint() + digits(fraction, locale.zeroDigit())
    return locale.negativeSign() + text if negative else text


def number(value: int | Decimal | float, locale: QLocale | None = None) -> str:
    """A count or an exact decimal: "1 234" (ru), "1,234" (en), "0,5" (fr). A float is written
    with the digits of its shortest form (26.7, not 26.699999…)."""
    loc = _locale(locale)
    if isinstance(value, int):
        return loc.toString(value)
    exact = value if isinstance(value, Decimal) else Decimal(repr(value))
    return _decimal_text(f"{exact:f}", loc)


def decimal_places(value: float, decimals: int, locale: QLocale | None = None) -> str:
    """A measured quantity (a median, an average, a chart's tick) with ``decimals`` places."""
    return _locale(locale).toString(float(value), "f", decimals)


# -- money ---------------------------------------------------------------------------------------


def _readable_anywhere(symbol: str) -> bool:
    """A sign ("€", "₽") or Latin letters ("R$", "zł"): not a symbol in one script ("د.ك.")
    shown to readers of another."""
    return all(
        not unicodedata.category(ch).startswith(("L", "C")) or "LATIN" in unicodedata.name(ch, "")
        for ch in symbol
    )


@cache
def _shared_symbols() -> tuple[dict[str, str], dict[str, set[str]]]:
    """From Qt's locale data: each currency's most used symbol that no other currency uses."""
    used: dict[str, Counter[str]] = defaultdict(Counter)
    owners: dict[str, set[str]] = defaultdict(set)
    for loc in QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyCountry
    ):
        code = loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
        symbol = loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
        if code and symbol:
            used[code][symbol] += 1
            owners[symbol].add(code)
    chosen: dict[str, str] = {}
    for code, symbols in used.items():
        ranked = sorted(symbols.items(), key=lambda pair: (-pair[1], pair[0]))
        for symbol, _count in ranked:
            if owners[symbol] == {code} and _readable_anywhere(symbol):
                chosen[code] = symbol
                break
    return chosen, owners


def currency_symbol(code: str, locale: QLocale | None = None) -> str:
    """What stands beside an amount in ``code``: the locale's own currency's symbol ("R$" in
    Brazil, "$" in the United States), else a symbol only this currency uses ("€", "₽", "US$"),
    else the ISO code ("JPY", "GBP" beside "£" of Gibraltar and the Falklands)."""
    loc = _locale(locale)
    if loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code:
        own = loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
        if own:
            return own
    return _shared_symbols()[0].get(code, code)


@cache
def _pattern(name: str) -> str:
    """The locale's currency pattern with stand-ins: "\x02\xa0\x01" (ru), "\x01\xa0\x02" (pt_BR)."""
    loc = QLocale(name)
    template = loc.toCurrencyString(1, _SYMBOL)
    one = loc.toString(1)
    if one in template:
        return template.replace(one, _NUMBER, 1)
    return _SYMBOL + _NUMBER


def money(amount: Decimal | str, currency: str, locale: QLocale | None = None) -> str:
    """An amount with its currency, as the locale writes prices: "1 382,11 €", "R$ 1.382,11",
    "$1,382.11", rounded half-up to the currency's decimals. A negative amount takes the
    locale's minus sign in front ("-1 382,11 €")."""
    loc = _locale(locale)
    value = amount if isinstance(amount, Decimal) else Decimal(amount)
    code = currency.strip().upper()
    plain = format_amount(value, code if is_known_currency(code) else None)
    negative = plain.startswith("-")
    digits = _decimal_text(plain.lstrip("-"), loc)
    symbol = currency_symbol(code, loc) if code else ""
    pattern = _pattern(loc.name())
    # A letter never touches the digits: "JPY 1,234", "1234 zł" (never "JPY1,234").
    if symbol[-1:].isalpha() and _SYMBOL + _NUMBER in pattern:
        pattern = pattern.replace(_SYMBOL + _NUMBER, _SYMBOL + "\xa0" + _NUMBER)
    if symbol[:1].isalpha() and _NUMBER + _SYMBOL in pattern:
        pattern = pattern.replace(_NUMBER + _SYMBOL, _NUMBER + "\xa0" + _SYMBOL)
    text = pattern.replace(_NUMBER, digits).replace(_SYMBOL, symbol).strip()
    return loc.negativeSign() + text if negative else text


def amount_for_editing(amount: Decimal, currency: str | None, locale: QLocale | None = None) -> str:
    """An amount in a field the buyer edits: every decimal of the currency, the locale's decimal
    separator and no grouping ("1382,11"), which the amount parser reads back exactly (it takes
    "," and "." both)."""
    loc = _locale(locale)
    code = currency if currency and is_known_currency(currency) else None
    plain = format_amount(amount, code)
    return plain.replace(".", loc.decimalPoint()) if loc.zeroDigit() == "0" else plain


# -- dates and times -----------------------------------------------------------------------------


@cache
def _formats(name: str) -> tuple[str, str, str]:
    """The locale's short date (with a four-digit year), time and time-with-seconds formats."""
    loc = QLocale(name)
    day = loc.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in day:
        day = day.replace("yy", "yyyy")
    minute = loc.timeFormat(QLocale.FormatType.ShortFormat)
    separator = re.search(r"[hH]+([^hHm]+)m", minute)
    second = minute.replace("mm", "mm" + (separator.group(1) if separator else ":") + "ss", 1)
    return day, minute, second


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date with a four-digit year, for a ``QDateEdit``: "dd.MM.yyyy" (ru)."""
    return _formats(_locale(locale).name())[0]


def date_time_format(locale: QLocale | None = None) -> str:
    """The same with the time of day, for a ``QDateTimeEdit``: "M/d/yyyy h:mm AP" (en)."""
    day, minute, _second = _formats(_locale(locale).name())
    return f"{day} {minute}"


def time_format(locale: QLocale | None = None) -> str:
    """The locale's time of day, for a ``QTimeEdit``: "HH:mm" (ru), "h:mm AP" (en)."""
    return _formats(_locale(locale).name())[1]


def month_text(year_month: str, locale: QLocale | None = None) -> str:
    """A month ("2026-04") named as the language does on its own: "Apr 2026", "апр. 2026"
    (the stand-alone name: a Russian month without a day is "апрель", not "апреля")."""
    try:
        year, month = (int(part) for part in year_month.split("-")[:2])
    except ValueError:
        return year_month
    if not 1 <= month <= 12:
        return year_month
    loc = _locale(locale)
    return f"{loc.standaloneMonthName(month, QLocale.FormatType.ShortFormat)} {loc.toString(QDate(year, 1, 1), 'yyyy')}"


def date_text(value: date, locale: QLocale | None = None) -> str:
    """A day: "03.12.2026" (ru), "03/12/2026" (pt_BR, fr), "12/3/2026" (en)."""
    loc = _locale(locale)
    return loc.toString(QDate(value.year, value.month, value.day), _formats(loc.name())[0])


def _local(when: datetime) -> tuple[QDate, QTime]:
    local = when.astimezone()
    return QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)


def date_time_text(when: datetime | int, with_seconds: bool = False, locale: QLocale | None = None) -> str:
    """A moment in the computer's zone: "03.12.2026 15:41" (ru), "12/3/2026 3:41 PM" (en).
    An int is seconds since the epoch."""
    moment = when if isinstance(when, datetime) else datetime.fromtimestamp(when, tz=UTC)
    loc = _locale(locale)
    day, minute, second = _formats(loc.name())
    local_day, local_time = _local(moment)
    return loc.toString(local_day, day) + " " + loc.toString(local_time, second if with_seconds else minute)


def moment_text(when: datetime, with_seconds: bool = False, locale: QLocale | None = None) -> str:
    """A moment in a sentence (a refusal, the advice), with its UTC offset so it can't be read as
    another zone's: "01.03.2026 13:00 UTC+01:00"."""
    return f"{date_time_text(when, with_seconds, locale)} {offset_text(when.astimezone())}"


class LocaleFormats:
    """``app.i18n.Formats`` in the default locale: the core's sentences name money, numbers and
    times as the window does."""

    def amount(self, value: Decimal, currency: str) -> str:
        return money(value, currency)

    def number(self, value: int | Decimal) -> str:
        return number(value)

    def date(self, value: date) -> str:
        return date_text(value)

    def datetime(self, value: datetime) -> str:
        return moment_text(value)
