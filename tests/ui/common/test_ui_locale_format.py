"""Money, numbers, dates and times as each language writes them, exactly (no float), and in a
form the app's own amount parser reads back to the same value."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from app.domain.currencies import minor_units
from app.domain.parsing import parse_amount
from ui.common import locale_format as lf

NBSP, NNBSP = "\xa0", "\u202f"


@pytest.mark.parametrize(
    ("name", "amount", "currency", "shown"),
    [
        ("ru", "1382.11", "EUR", f"1{NBSP}382,11{NBSP}€"),
        ("fr", "1382.11", "EUR", f"1{NNBSP}382,11{NBSP}€"),
        ("pt_BR", "1382.11", "BRL", f"R${NBSP}1.382,11"),
        ("pt_BR", "1382.11", "EUR", f"€{NBSP}1.382,11"),
        ("es", "1382.11", "EUR", f"1382,11{NBSP}€"),  # Spanish groups from five digits
        ("es", "12345.5", "EUR", f"12.345,50{NBSP}€"),
        ("pl", "129.46", "PLN", f"129,46{NBSP}zł"),
        ("ru", "9.5", "RUB", f"9,50{NBSP}₽"),
        ("en_US", "1382.11", "USD", "$1,382.11"),
        ("ru", "1382.11", "USD", f"1{NBSP}382,11{NBSP}US$"),  # "$" alone is many currencies'
        ("ru", "31697", "JPY", f"31{NBSP}697{NBSP}JPY"),  # "¥" is also the yuan's
        ("en_US", "31697", "JPY", f"JPY{NBSP}31,697"),  # a code never touches the digits
        ("en_GB", "3", "GBP", "£3.00"),  # the locale's own currency keeps its own symbol
        ("ru", "3", "GBP", f"3,00{NBSP}GBP"),
        ("ru", "-5", "EUR", f"-5,00{NBSP}€"),
        ("ru", "0.125", "KWD", f"0,125{NBSP}KWD"),  # three decimals
        ("ru", "0.005", "USD", f"0,01{NBSP}US$"),  # rounded half up to the currency's decimals
    ],
)
def test_money_is_written_the_language_s_way(name: str, amount: str, currency: str, shown: str) -> None:
    assert lf.money(Decimal(amount), currency, QLocale(name)) == shown


def test_digits_are_exact_beyond_what_a_float_holds() -> None:
    huge = Decimal("987654321012.37")
    assert lf.money(huge, "EUR", QLocale("ru")) == f"987{NBSP}654{NBSP}321{NBSP}012,37{NBSP}€"
    assert lf.number(Decimal("0.1000000000000000055"), QLocale("en_US")) == "0.1000000000000000055"
    assert lf.number(26.7, QLocale("ru")) == "26,7" and lf.number(12345, QLocale("ru")) == "12\xa0345"


def test_arabic_digits_in_an_arabic_locale() -> None:
    assert "١٬٣٨٢٫١١" in lf.money(Decimal("1382.11"), "EUR", QLocale("ar_EG"))


@pytest.mark.parametrize(
    ("name", "day", "moment"),
    [
        ("ru", "03.12.2026", "03.12.2026 15:41"),
        ("pt_BR", "03/12/2026", "03/12/2026 15:41"),
        ("pl", "3.12.2026", "3.12.2026 15:41"),
        ("es", "3/12/2026", "3/12/2026 15:41"),  # a four-digit year where the short form has two
        ("en_US", "12/3/2026", f"12/3/2026 3:41{NNBSP}PM"),
    ],
)
def test_dates_and_times(name: str, day: str, moment: str, monkeypatch: pytest.MonkeyPatch) -> None:
    locale = QLocale(name)
    assert lf.date_text(date(2026, 12, 3), locale) == day
    when = datetime(2026, 12, 3, 15, 41, 7).astimezone()  # 15:41 on this computer's clock
    assert lf.date_time_text(when, locale=locale) == moment
    assert lf.date_time_text(when, with_seconds=True, locale=locale).endswith(
        "15:41:07" if name != "en_US" else f"3:41:07{NNBSP}PM"
    )
    assert lf.date_time_text(int(when.timestamp()), locale=locale) == moment


def test_a_moment_in_a_sentence_names_its_offset() -> None:
    when = datetime(2026, 3, 1, 12, tzinfo=UTC)
    assert lf.moment_text(when, locale=QLocale("ru")).split()[-1].startswith("UTC")


def test_months_use_the_stand_alone_name() -> None:
    assert lf.month_text("2026-04", QLocale("ru")) == "апр. 2026"
    assert lf.month_text("2026-04", QLocale("en_US")) == "Apr 2026"
    assert lf.month_text("not a month", QLocale("ru")) == "not a month"


LOCALES = ["ru", "pt_BR", "fr", "es", "pl", "en_US", "en_GB", "de_CH"]
# Currencies whose mark the parser knows (symbol or code).
CURRENCIES = ["EUR", "USD", "RUB", "BRL", "PLN", "GBP", "JPY", "KWD", "UAH"]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(LOCALES),
    st.sampled_from(CURRENCIES),
    st.integers(min_value=0, max_value=10**12 - 1),
)
def test_what_the_window_shows_the_parser_reads_back(name: str, currency: str, minor: int) -> None:
    amount = Decimal(minor).scaleb(-minor_units(currency))
    locale = QLocale(name)
    assert parse_amount(lf.money(amount, currency, locale), currency).amount == amount
    assert parse_amount(lf.amount_for_editing(amount, currency, locale), currency).amount == amount
