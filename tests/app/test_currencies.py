"""The ISO 4217 table, code normalisation and the printed-symbol map."""

from __future__ import annotations

import re

import pytest

from app.domain.currencies import (
    MINOR_UNITS,
    SYMBOLS,
    is_known_currency,
    lookup_symbol,
    minor_units,
    normalize_currency,
)
from app.domain.errors import ParseError


@pytest.mark.parametrize(
    ("code", "units"),
    [
        ("USD", 2), ("EUR", 2), ("JPY", 0), ("KWD", 3), ("RUB", 2), ("PLN", 2), ("BRL", 2),
        ("CNY", 2), ("KRW", 0), ("CLP", 0), ("BHD", 3), ("JOD", 3), ("OMR", 3), ("TND", 3),
        ("IQD", 3), ("LYD", 3), ("ISK", 0), ("VND", 0), ("XOF", 0), ("UGX", 0), ("CLF", 4),
        ("UYW", 4), ("GBP", 2), ("CHF", 2), ("UAH", 2), ("KZT", 2), ("XCG", 2), ("ZWG", 2),
    ],
)  # fmt: skip
def test_minor_units_of_well_known_codes(code: str, units: int) -> None:
    assert minor_units(code) == units
    assert is_known_currency(code)


def test_table_is_complete_and_well_formed() -> None:
    assert len(MINOR_UNITS) >= 155
    for code, units in MINOR_UNITS.items():
        assert len(code) == 3 and code.isascii() and code.isalpha() and code.isupper(), code
        assert units in (0, 2, 3, 4), code


@pytest.mark.parametrize("code", ["XAU", "XXX", "XTS", "XDR", "DEM", "FRF", "RUR", "ABC"])
def test_metals_test_codes_and_old_currencies_are_not_known(code: str) -> None:
    assert not is_known_currency(code)


@pytest.mark.parametrize("code", ["usd", "Usd", " USD", "USD ", "US", "USDD", ""])
def test_is_known_currency_is_exact(code: str) -> None:
    assert not is_known_currency(code)


@pytest.mark.parametrize(
    ("typed", "code"), [("usd", "USD"), (" eur ", "EUR"), ("Jpy", "JPY"), ("PLN", "PLN")]
)
def test_normalize_currency(typed: str, code: str) -> None:
    assert normalize_currency(typed) == code
    assert minor_units(typed) == MINOR_UNITS[code]


@pytest.mark.parametrize("typed", ["XYZ", "dollars", "", "US$", "€"])
def test_normalize_currency_refuses_unknown_codes(typed: str) -> None:
    with pytest.raises(ParseError, match=re.escape(f'unknown currency "{typed}"')):
        normalize_currency(typed)
    with pytest.raises(ParseError):
        minor_units(typed)


@pytest.mark.parametrize(
    ("symbol", "code"),
    [
        ("US $", "USD"), ("US$", "USD"), ("$", None), ("€", "EUR"), ("£", "GBP"), ("zł", "PLN"),
        ("R$", "BRL"), ("CN￥", "CNY"), ("CN¥", "CNY"), ("￥", None), ("¥", None), ("₽", "RUB"),
        ("руб.", "RUB"), ("руб", "RUB"), ("р.", "RUB"), ("₴", "UAH"), ("₸", "KZT"), ("₺", "TRY"),
        ("₹", "INR"), ("₩", "KRW"), ("C$", "CAD"), ("CA $", "CAD"), ("A$", "AUD"), ("AU $", "AUD"),
        ("Kč", "CZK"), ("kr", None), ("CHF", "CHF"), ("MX$", "MXN"), ("COL$", "COP"), ("CLP", "CLP"),
    ],
)  # fmt: skip
def test_symbols_shoppers_see(symbol: str, code: str | None) -> None:
    assert SYMBOLS[symbol] == code
    assert lookup_symbol(symbol) == (True, code)


def test_every_iso_code_is_its_own_symbol_and_every_symbol_names_a_known_code() -> None:
    for code in MINOR_UNITS:
        assert SYMBOLS[code] == code
    for named in SYMBOLS.values():
        assert named is None or is_known_currency(named)


@pytest.mark.parametrize(
    ("symbol", "expected"),
    [("US  $", (True, "USD")), ("usd", (True, "USD")), ("AU$", (True, "AUD")), ("eur", (True, "EUR")),
     ("dollar", (False, None)), ("", (False, None)), ("$$", (False, None))],
)  # fmt: skip
def test_lookup_symbol_ignores_inner_spaces_and_code_case(
    symbol: str, expected: tuple[bool, str | None]
) -> None:
    assert lookup_symbol(symbol) == expected
