"""Order numbers: one rule for the editor, ``add`` and every importer; what it accepts goes out in
an export and comes back in an import unchanged; a wrong number can be corrected afterwards."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from app.clock import FrozenClock
from app.domain.errors import Refused
from app.domain.order_numbers import (
    NumberNote,
    NumberProblem,
    check_order_number,
    valid_order_number,
)
from app.services.evidence import EvidenceService
from app.services.listing import ListingService
from app.services.orders import OrderService
from app.services.views import NewOrder
from tests.conftest import Cli

P = NumberProblem


@pytest.mark.parametrize(
    ("text", "stored", "note"),
    [
        ("8123456789012345", "8123456789012345", None),
        ("812345678901234", "812345678901234", None),  # 15 digits
        ("81234567890123456789", "81234567890123456789", None),  # 20 digits
        ("  8123456789012345\n", "8123456789012345", None),  # copied with what surrounds it
        ("８１２３４５６７８９０１２３４５", "8123456789012345", None),  # full-width digits
        ("#8123456789012345", "8123456789012345", None),
        ("112-1234567-1234567", "112-1234567-1234567", NumberNote.NOT_ALIEXPRESS),  # Amazon
        ("PO-211-01234567890123456", "PO-211-01234567890123456", NumberNote.NOT_ALIEXPRESS),  # Temu
        ("0007", "0007", NumberNote.NOT_ALIEXPRESS),
        ("1", "1", NumberNote.NOT_ALIEXPRESS),
        ("GSH_12ab", "GSH_12ab", NumberNote.NOT_ALIEXPRESS),
    ],
)
def test_accepted_numbers_and_how_they_are_stored(text: str, stored: str, note: NumberNote | None) -> None:
    check = check_order_number(text)
    assert (check.ok, check.number, check.note) == (True, stored, note)
    assert valid_order_number(text) == stored


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", P.EMPTY),
        ("   ", P.EMPTY),
        ("#", P.EMPTY),
        ("1' OR '1'='1", P.SPACE),
        ("1'OR'1'='1", P.CHARACTERS),
        ("../../../etc/passwd", P.PATH),
        ("C:\\orders\\1", P.PATH),
        ("a..b", P.PATH),
        ("8" * 56, P.TOO_MANY_DIGITS),
        ("123456789012345678901234567890", P.TOO_MANY_DIGITS),
        ("8123\r\n4567", P.CONTROL),
        ("8123\x004567", P.CONTROL),
        ("8123\u200b4567", P.CONTROL),  # an invisible zero-width space
        ("ABC-123 x", P.SPACE),
        ("A" * 41, P.TOO_LONG),
        ("-123", P.CHARACTERS),
        ("заказ1", P.CHARACTERS),
    ],
)
def test_refused_numbers_say_why(text: str, problem: NumberProblem) -> None:
    check = check_order_number(text)
    assert check.problem is problem
    with pytest.raises(Refused) as refused:
        valid_order_number(text)
    assert str(refused.value) == check.message() != ""


def test_messages_name_what_is_wrong() -> None:
    assert check_order_number("8" * 56).message() == (
        "the order number has 56 digits; AliExpress order numbers have at most 20"
    )
    assert '"\'"' in check_order_number("1'OR'1'='1").message()
    assert "another shop" in check_order_number("0007").message()
    assert check_order_number("8123456789012345").message() == ""


@given(st.text(max_size=60))
def test_the_rule_is_stable_what_it_stores_it_accepts_again_unchanged(text: str) -> None:
    check = check_order_number(text)
    if check.ok:
        again = check_order_number(check.number)
        assert (again.ok, again.number, again.note) == (True, check.number, check.note)
        assert check.number.isascii() and check.number.isprintable() and " " not in check.number
        assert 1 <= len(check.number) <= 40


@given(st.text(alphabet="0123456789", min_size=15, max_size=20))
def test_every_aliexpress_number_is_accepted_without_a_note(digits: str) -> None:
    assert check_order_number(digits) == check_order_number(digits.strip())
    assert (check_order_number(digits).ok, check_order_number(digits).note) == (True, None)


@given(st.text(alphabet="0123456789０１٣", max_size=44), st.sampled_from([" ", "#", " # "]))
def test_a_plain_number_is_judged_as_the_same_number_with_spaces_or_a_hash(digits: str, prefix: str) -> None:
    # Plain ASCII digits take a short way; with a prefix the same number goes the whole way.
    assert check_order_number(digits) == check_order_number(prefix + digits + " ")


@given(
    st.text(alphabet="0123456789", min_size=2, max_size=18),
    st.sampled_from(["\n", "\r", "\r\n", "\t", "\x00", "\x1b", "\u2028", "\ufeff"]),
    st.integers(min_value=1),
)
def test_a_control_character_inside_is_always_refused(digits: str, control: str, where: int) -> None:
    at = 1 + where % (len(digits) - 1)
    assert check_order_number(digits[:at] + control + digits[at:]).problem is P.CONTROL


# -- the command line and the round trip ---------------------------------------------------------

ADD = ["--store", "S", "--title", "Cable", "--total", "5", "--currency", "USD", "--ordered-at", "2026-03-01"]
REFUSED = {
    "1' OR '1'='1": "the order number contains a space: copy the number alone",
    "../../../etc/passwd": "an order number can't contain / or \\ or ..",
    "8" * 56: "the order number has 56 digits; AliExpress order numbers have at most 20",
    "8123\r\n4567": "the order number contains a line break, a tab or another invisible character",
}
ACCEPTED = {
    "8123456789012345": "8123456789012345",
    "８１２３４５６７８９０１２３４６": "8123456789012346",
    "112-1234567-1234567": "112-1234567-1234567",
    "0007": "0007",
    "A": "A",
}


def test_add_refuses_what_no_shop_issues_and_keeps_what_it_accepts(cli: Cli, tmp_path: Path) -> None:
    for text in ACCEPTED:
        cli.ok("add", "--order", text, *ADD)
    for text, why in REFUSED.items():
        assert cli.refused("add", "--order", text, *ADD) == why
    assert sorted(o["order"] for o in cli.json("orders")) == sorted(ACCEPTED.values())


def test_what_add_accepts_comes_back_unchanged_through_csv_and_json(
    cli: Cli, make_cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    for text in ACCEPTED:
        cli.ok("add", "--order", text, *ADD)
    cli.ok("export", "--format", "csv", "--out", str(tmp_path / "orders.csv"))
    cli.ok("export", "--format", "json", "--out", str(tmp_path / "orders.json"))
    exported = json.loads((tmp_path / "orders.json").read_text("utf-8"))
    assert sorted(o["order"] for o in exported["orders"]) == sorted(ACCEPTED.values())
    fresh = make_cli(tmp_path / "fresh")
    result = fresh.json("import", str(tmp_path / "orders.csv"))
    assert (result["added"], result["errors"]) == (len(ACCEPTED), [])
    assert sorted(o["order"] for o in fresh.json("orders")) == sorted(ACCEPTED.values())
    # The same numbers in a Shopper Inventory JSON list import the same way.
    shopper = [
        {"orderId": number, "title": "Cable", "price": "5", "currency": "USD", "orderDate": "2026-03-01"}
        for number in ACCEPTED.values()
    ]
    (tmp_path / "shopper.json").write_text(json.dumps(shopper), "utf-8")
    other = make_cli(tmp_path / "other")
    assert other.json("import", str(tmp_path / "shopper.json"))["added"] == len(ACCEPTED)
    assert sorted(o["order"] for o in other.json("orders")) == sorted(ACCEPTED.values())


def test_an_import_refuses_by_the_same_rule_and_names_the_line(cli: Cli, tmp_path: Path) -> None:
    rows = [
        "Order Date,Order ID,Title,Qty,Price,Store,Currency",
        "2026-03-01,8123456789012345,Cable,1,5,S,USD",
        '2026-03-01,"../../../etc/passwd",Cable,1,5,S,USD',
        f"2026-03-01,{'8' * 56},Cable,1,5,S,USD",
    ]
    (tmp_path / "bad.csv").write_text("\n".join(rows) + "\n", "utf-8")
    result = cli.json("import", str(tmp_path / "bad.csv"))
    assert result["added"] == 1
    assert [(e["line"], e["message"].split(":")[0]) for e in result["errors"]] == [
        (3, '"../../../etc/passwd" is not an order id'),
        (4, f'"{"8" * 56}" is not an order id'),
    ]


# -- correcting a number ------------------------------------------------------------------------


def paid_order(service: OrderService, clock: FrozenClock, number: str) -> None:
    paid = clock.now() - timedelta(days=2)
    service.add_order(NewOrder(number, "Store", "Cable", Decimal("5"), "USD", paid, paid, "card", 7))


def test_a_wrong_number_is_corrected_as_an_edit_and_everything_follows(
    service: OrderService, clock: FrozenClock, tmp_path: Path
) -> None:
    paid_order(service, clock, "812345678901234")  # a digit short
    paid_order(service, clock, "8123456789099999")
    photo = tmp_path / "box.png"
    Image.new("RGB", (20, 20), "red").save(photo)
    evidence = EvidenceService(service.store, clock)
    evidence.attach("812345678901234", [photo])

    detail = service.edit_order("812345678901234", {"number": " 8123456789012345 "})
    assert detail.order == "8123456789012345"
    edit = detail.timeline[-1]
    assert (edit.kind, edit.data["changes"]) == (
        "edited",
        {"number": ["812345678901234", "8123456789012345"]},
    )
    with pytest.raises(Refused, match="no order 812345678901234"):
        service.show("812345678901234")
    assert [e.original_name for e in evidence.list("8123456789012345")] == ["box.png"]
    rows = {row.number: row for row in ListingService(service.store).rows(int(clock.now().timestamp())).rows}
    assert set(rows) == {"8123456789012345", "8123456789099999"}
    assert "8123456789012345" in rows["8123456789012345"].search  # what the search box finds
    assert "812345678901234 " not in rows["8123456789012345"].search + " "
    with service.store.read() as tx:
        assert tx.order("8123456789012345") is not None and tx.order("812345678901234") is None

    with pytest.raises(Refused, match="order 8123456789099999 already exists"):
        service.edit_order("8123456789012345", {"number": "8123456789099999"})
    with pytest.raises(Refused, match="56 digits"):
        service.edit_order("8123456789012345", {"number": "8" * 56})
    assert service.show("8123456789012345").timeline[-1].kind == "edited"  # nothing more was written
