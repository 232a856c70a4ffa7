"""The carrier table: real-looking numbers of each carrier open that carrier's page; numbers of
no known shape open the universal tracker; the S10 check digit guards the postal operators."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.carriers import (
    CARRIERS,
    UNIVERSAL_TRACKER,
    recognise,
    s10_check_digit,
    tracking_link,
)

REAL_LOOKING = [
    ("LP00123456789012", "cainiao"),
    ("LP00512345678CN", "cainiao"),
    ("CAINIAO0123456789", "cainiao"),
    ("YT2412345678901234", "yunexpress"),
    ("4PX3001234567890CN", "4px"),
    ("UG123456785YP", "yanwen"),
    ("LX473124829YP", "yanwen"),
    ("RR473124829CN", "china_post"),
    ("LZ473124829CN", "china_post"),
    ("RA473124829RU", "russian_post"),
    ("80082012345678", "russian_post"),
    ("RB473124829ES", "correos"),
    ("RR473124829PT", "ctt"),
    ("LA473124829FR", "la_poste"),
    ("6A12345678901", "la_poste"),
    ("RR473124829PL", "poczta_polska"),
    ("00659007734012345678", "poczta_polska"),
    ("9400111899223344556677", "usps"),
    ("420902109400111899223344556677", "usps"),
    ("LZ473124829US", "usps"),
    ("AA473124829GB", "royal_mail"),
    ("RR473124829DE", "deutsche_post"),
]


@pytest.mark.parametrize(("number", "key"), REAL_LOOKING)
def test_real_looking_numbers_find_their_carrier(number: str, key: str) -> None:
    link = tracking_link(number)
    assert link.carrier is not None and link.carrier.key == key
    assert link.url.startswith("https://")
    assert number in link.url


@pytest.mark.parametrize(
    "number",
    [
        "RR473124828CN",  # wrong S10 check digit: a typo, not China Post
        "AA473124829ZZ",  # S10 of a country not in the table
        "1Z999AA10123456784",  # UPS: not in the table
        "123456",
        "",
        "HELLO WORLD",
        "LP0012",
    ],
)
def test_numbers_matching_none_open_the_universal_tracker(number: str) -> None:
    link = tracking_link(number)
    assert link.carrier is None
    assert link.url == UNIVERSAL_TRACKER.replace("{number}", number.replace(" ", "").upper())


def test_spaces_and_dashes_are_ignored_and_case_too() -> None:
    assert tracking_link("rr 473 124 829 cn").url == tracking_link("RR473124829CN").url
    assert tracking_link("LP-0012-3456-7890-12").carrier == recognise("LP00123456789012")


def test_a_recorded_carrier_name_wins_when_it_names_one_of_ours() -> None:
    assert recognise("123", "YunExpress") == recognise("YT2412345678901234")
    assert recognise("RR473124829CN", "  Cainiao ") == recognise("LP00123456789012")
    assert recognise("RR473124829CN", "some local courier") == recognise("RR473124829CN")


def test_the_s10_check_digit_of_the_standards_example() -> None:
    assert s10_check_digit("47312482") == 9


def test_every_carrier_has_a_page_for_the_number() -> None:
    assert all("{number}" in carrier.url and carrier.url.startswith("https://") for carrier in CARRIERS)
    assert len({carrier.key for carrier in CARRIERS}) == len(CARRIERS)


@given(st.text(max_size=40))
def test_any_text_gets_a_link_that_carries_it_safely(text: str) -> None:
    link = tracking_link(text)
    assert link.url.startswith("https://")
    assert not any(ch in link.url for ch in " \n\t<>\"'")


@given(
    st.sampled_from(["CN", "RU", "ES", "PT", "FR", "PL", "US"]), st.text("0123456789", min_size=8, max_size=8)
)
def test_any_valid_s10_number_goes_to_its_countrys_operator(country: str, serial: str) -> None:
    number = f"RR{serial}{s10_check_digit(serial)}{country}"
    carrier = recognise(number)
    assert carrier is not None
    wrong = f"RR{serial}{(s10_check_digit(serial) + 1) % 10}{country}"
    assert recognise(wrong) is None
