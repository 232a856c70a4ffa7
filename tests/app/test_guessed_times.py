"""A time the source didn't give is a guess, marked as one wherever it shows, and never stated as a
fact in what the buyer sends: a pasted page that says "Awaiting delivery" but not when the
order shipped gets a shipping time of "the order date or later", and the dispute text leaves
[date of shipment] for the buyer to fill. The same for the text's evidence: it says photos are
attached only when the order has some."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from app.clock import FrozenClock
from app.domain.model import TIME_GUESSED
from app.services.evidence import EvidenceService
from app.services.exporting import export_json
from app.services.importing import ImportService
from app.services.orders import OrderService
from app.services.views import NewEvent, NewOrder

# The drafts' Russian comes from the translation file: the tests read a fixture of it.
pytestmark = pytest.mark.usefixtures("russian_drafts")

PAGE = """Awaiting delivery
Order number: 8123456789012345
Order time: 2026-02-12 10:22
Store: Gadget Store
Phone case
US $4.99 x1
Total: US $4.99
"""


def add_page(service: OrderService, clock: FrozenClock, text: str = PAGE) -> None:
    importer = ImportService(service.store, clock)
    parsed = importer.parse_order_text(text)
    importer.add_pasted(replace(parsed, ordered_at=datetime(2026, 2, 12, 10, 22, tzinfo=UTC)), text)


def test_steps_the_page_did_not_time_are_marked_as_guesses(service: OrderService, clock: FrozenClock) -> None:
    add_page(service, clock)
    timeline = service.show("8123456789012345").timeline
    assert [(e.kind, bool(e.data.get(TIME_GUESSED))) for e in timeline] == [
        ("ordered", False),
        ("paid", True),
        ("shipped", True),
    ]
    assert timeline[2].at == datetime(2026, 2, 12, 10, 22, tzinfo=UTC)  # the earliest it can have been


def test_the_dispute_text_never_states_a_guessed_shipping_date(
    service: OrderService, clock: FrozenClock
) -> None:
    add_page(service, clock)
    advice = service.advise_dispute("8123456789012345", "tracking_stalled")
    assert "shipped on [date of shipment]" in advice.message
    assert "2026-02-12" in advice.message  # the order date is a fact the page gave
    assert advice.message.count("2026-02-12") == 1
    assert "отправлен [дата отправки]" in advice.message_ru


def test_a_shipping_date_the_buyer_recorded_is_stated(service: OrderService, clock: FrozenClock) -> None:
    paid = datetime(2026, 2, 12, 10, 30, tzinfo=UTC)
    service.add_order(
        NewOrder("8123456789012346", "Gadget Store", "Phone case", 5, "USD", paid, paid, "card", 5)
    )
    service.record_event("8123456789012346", NewEvent("shipped", at=paid + timedelta(days=3)))
    advice = service.advise_dispute("8123456789012346", "tracking_stalled")
    assert "shipped on 2026-02-15" in advice.message


def test_a_guessed_delivery_or_receipt_is_left_to_fill_too(service: OrderService, clock: FrozenClock) -> None:
    add_page(service, clock, PAGE.replace("Awaiting delivery", "Completed"))
    advice = service.advise_dispute("8123456789012345", "damaged")
    assert "received on [date you received it]" in advice.message
    assert "получен [дата получения]" in advice.message_ru


def test_the_text_says_photos_are_attached_only_when_there_are_some(
    service: OrderService, clock: FrozenClock, tmp_path: Path
) -> None:
    add_page(service, clock, PAGE.replace("Awaiting delivery", "Completed"))
    without = service.advise_dispute("8123456789012345", "damaged").message
    assert "attached" not in without.replace("[Attach", "")
    assert "[Attach photos or a video that show it, and say so here.]" in without
    photo = tmp_path / "dent.jpg"
    Image.new("RGB", (30, 20), "red").save(photo)
    EvidenceService(service.store, clock).attach("8123456789012345", [photo])
    with_photo = service.advise_dispute("8123456789012345", "damaged")
    assert "I attach 1 photo or video that show it." in with_photo.message
    assert "Прилагаю фото и видео, которые это показывают (1 шт.)." in with_photo.message_ru
    tracking = service.advise_dispute("8123456789012345", "tracking_stalled").message
    assert "Tracking screenshots are attached" not in tracking


def test_the_case_pack_says_which_times_are_guesses(
    service: OrderService, clock: FrozenClock, tmp_path: Path
) -> None:
    add_page(service, clock)
    result = EvidenceService(service.store, clock).pack("8123456789012345", tmp_path / "pack")
    text = "\n".join(page.extract_text() for page in PdfReader(result.pdf).pages)
    words = " ".join(text.split())
    assert "UTC or later — Shipped" in words
    assert "Date not known: the import or the pasted page didn't say when." in words
    assert "time guessed" not in text


def test_the_json_export_carries_the_mark_back_out(
    service: OrderService, clock: FrozenClock, tmp_path: Path
) -> None:
    add_page(service, clock)
    export_json(service, tmp_path / "all.json")
    order = json.loads((tmp_path / "all.json").read_text("utf-8"))["orders"][0]
    shipped = next(e for e in order["events"] if e["kind"] == "shipped")
    assert shipped["data"][TIME_GUESSED] is True
