"""Currency codes and the symbols shoppers see next to prices.

Money is stored as an exact ``Decimal`` plus an ISO 4217 code. The code's *minor units* (cents,
none for yen, thousandths for dinars) decide how many decimals an amount may carry and how it is
printed, so they live here as one complete table instead of being guessed per call site.

AliExpress pages and order exports print prices with symbols ("US $", "129,46zł", "CN￥") rather
than codes; :data:`SYMBOLS` maps those to codes. Symbols that several currencies share ("$", "¥",
"kr") map to ``None``: the caller's own currency decides then.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext
from types import MappingProxyType
from typing import Final

from app.domain.errors import ParseError
from app.i18n import translate

# ISO 4217 list one, active codes with numeric minor units (the table of 2025, including XCG
# and ZWG). Left out: precious metals, bond-market units, SDR and the test codes (XAU, XBA, XDR,
# XTS, XXX, ...), whose minor units are "N.A." and in which no shop prices anything.
# Kept after retirement because buyers' older orders still carry them: ANG, CUC, HRK, SLL, ZWL.
MINOR_UNITS: Final[MappingProxyType[str, int]] = MappingProxyType(
    {
        "AED": 2, "AFN": 2, "ALL": 2, "AMD": 2, "ANG": 2, "AOA": 2, "ARS": 2, "AUD": 2,
        "AWG": 2, "AZN": 2, "BAM": 2, "BBD": 2, "BDT": 2, "BGN": 2, "BHD": 3, "BIF": 0,
        "BMD": 2, "BND": 2, "BOB": 2, "BOV": 2, "BRL": 2, "BSD": 2, "BTN": 2, "BWP": 2,
        "BYN": 2, "BZD": 2, "CAD": 2, "CDF": 2, "CHE": 2, "CHF": 2, "CHW": 2, "CLF": 4,
        "CLP": 0, "CNY": 2, "COP": 2, "COU": 2, "CRC": 2, "CUC": 2, "CUP": 2, "CVE": 2,
        "CZK": 2, "DJF": 0, "DKK": 2, "DOP": 2, "DZD": 2, "EGP": 2, "ERN": 2, "ETB": 2,
        "EUR": 2, "FJD": 2, "FKP": 2, "GBP": 2, "GEL": 2, "GHS": 2, "GIP": 2, "GMD": 2,
        "GNF": 0, "GTQ": 2, "GYD": 2, "HKD": 2, "HNL": 2, "HRK": 2, "HTG": 2, "HUF": 2,
        "IDR": 2, "ILS": 2, "INR": 2, "IQD": 3, "IRR": 2, "ISK": 0, "JMD": 2, "JOD": 3,
        "JPY": 0, "KES": 2, "KGS": 2, "KHR": 2, "KMF": 0, "KPW": 2, "KRW": 0, "KWD": 3,
        "KYD": 2, "KZT": 2, "LAK": 2, "LBP": 2, "LKR": 2, "LRD": 2, "LSL": 2, "LYD": 3,
        "MAD": 2, "MDL": 2, "MGA": 2, "MKD": 2, "MMK": 2, "MNT": 2, "MOP": 2, "MRU": 2,
        "MUR": 2, "MVR": 2, "MWK": 2, "MXN": 2, "MXV": 2, "MYR": 2, "MZN": 2, "NAD": 2,
        "NGN": 2, "NIO": 2, "NOK": 2, "NPR": 2, "NZD": 2, "OMR": 3, "PAB": 2, "PEN": 2,
        "PGK": 2, "PHP": 2, "PKR": 2, "PLN": 2, "PYG": 0, "QAR": 2, "RON": 2, "RSD": 2,
        "RUB": 2, "RWF": 0, "SAR": 2, "SBD": 2, "SCR": 2, "SDG": 2, "SEK": 2, "SGD": 2,
        "SHP": 2, "SLE": 2, "SLL": 2, "SOS": 2, "SRD": 2, "SSP": 2, "STN": 2, "SVC": 2,
        "SYP": 2, "SZL": 2, "THB": 2, "TJS": 2, "TMT": 2, "TND": 3, "TOP": 2, "TRY": 2,
        "TTD": 2, "TWD": 2, "TZS": 2, "UAH": 2, "UGX": 0, "USD": 2, "USN": 2, "UYI": 0,
        "UYU": 2, "UYW": 4, "UZS": 2, "VED": 2, "VES": 2, "VND": 0, "VUV": 0, "WST": 2,
        "XAF": 0, "XCD": 2, "XCG": 2, "XOF": 0, "XPF": 0, "YER": 2, "ZAR": 2, "ZMW": 2,
        "ZWG": 2, "ZWL": 2,
    }
)  # fmt: skip

# Prefixes and suffixes as shops print them. ``None``: shared by several currencies.
# Lookups ignore spaces inside a symbol, so "US $" also matches "US$" and "US  $".
_PRINTED_SYMBOLS: Final[dict[str, str | None]] = {
    "$": None, "US $": "USD", "US$": "USD", "USD$": "USD",
    "€": "EUR", "£": "GBP", "zł": "PLN", "R$": "BRL",
    "CN￥": "CNY", "CN¥": "CNY", "RMB": "CNY", "元": "CNY", "￥": None, "¥": None, "円": "JPY",
    "₽": "RUB", "руб.": "RUB", "руб": "RUB", "р.": "RUB", "₴": "UAH", "грн": "UAH", "грн.": "UAH",
    "₸": "KZT", "₺": "TRY", "₹": "INR", "₩": "KRW", "원": "KRW",
    "C$": "CAD", "CA $": "CAD", "CA$": "CAD", "A$": "AUD", "AU $": "AUD", "AU$": "AUD",
    "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "NT$": "TWD",
    "MX$": "MXN", "Mex$": "MXN", "COL$": "COP", "CLP$": "CLP", "RD$": "DOP",
    "Kč": "CZK", "kr": None, "kr.": None, "Ft": "HUF", "lei": "RON", "лв": "BGN", "лв.": "BGN",
    "₪": "ILS", "฿": "THB", "₫": "VND", "₱": "PHP", "₦": "NGN", "₾": "GEL", "₼": "AZN",
    "RM": "MYR", "Rp": "IDR", "S/": "PEN", "S/.": "PEN",
}  # fmt: skip

SYMBOLS: Final[MappingProxyType[str, str | None]] = MappingProxyType(
    {**{code: code for code in MINOR_UNITS}, **_PRINTED_SYMBOLS}
)

_BY_COMPACT_SYMBOL: Final[dict[str, str | None]] = {
    key.replace(" ", ""): value for key, value in SYMBOLS.items()
}


def is_known_currency(code: str) -> bool:
    """True for an ISO code exactly as stored: three upper-case letters from the table."""
    return code in MINOR_UNITS


def normalize_currency(code: str) -> str:
    """The ISO code for what a buyer typed (" eur " → "EUR"); refuses codes not in the table."""
    cleaned = code.strip().upper()
    if cleaned not in MINOR_UNITS:
        raise ParseError(
            translate("input", 'unknown currency "{code}"').format(code=code.strip()), fields=("currency",)
        )
    return cleaned


def minor_units(code: str) -> int:
    """Decimals the currency uses: 2 for USD, 0 for JPY, 3 for KWD."""
    return MINOR_UNITS[normalize_currency(code)]


def lookup_symbol(symbol: str) -> tuple[bool, str | None]:
    """Whether ``symbol`` is a printed currency mark we know, and the code it means.

    ``(True, None)`` means known but shared by several currencies ("$"); ``(False, None)``
    means unknown. Spaces inside the symbol are ignored; ISO codes match in any case.
    """
    compact = "".join(symbol.split())
    for candidate in (compact, compact.upper()):
        if candidate in _BY_COMPACT_SYMBOL:
            return True, _BY_COMPACT_SYMBOL[candidate]
    return False, None


def format_amount(amount: Decimal, currency: str | None = None) -> str:
    """Canonical plain text: "1382.11", rounded half-up to the currency's decimals (2 if unknown)."""
    if not amount.is_finite():
        raise ValueError(f"cannot format {amount!r} as an amount")
    places = minor_units(currency) if currency is not None else 2
    with localcontext() as context:
        context.prec = max(context.prec, amount.adjusted() + places + 2)
        rounded = amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{abs(rounded) if rounded.is_zero() else rounded:f}"
