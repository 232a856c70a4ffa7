"""The drafts to the seller and the platform come in the language the buyer picks, whatever the
app speaks: the cancel guide's message, the dispute text, and the case pack (English for the
platform unless another language is asked for). The Russian comes from the fixture catalogs
(``tests/fixtures/i18n/``), built with ``pyside6-lrelease``."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app import i18n
from app.domain.advice_cancel import advise_cancel
from app.domain.advice_dispute import advise_dispute
from app.domain.cancel_messages import request_message
from app.domain.dispute_drafts import dispute_text
from app.domain.lifecycle import fold
from app.domain.model import Event, EventKind, OrderFacts
from app.domain.profile import load_profile
from app.services import open_services
from app.services.views import NewEvent, NewOrder
from tests.i18n.fixture_catalogs import RUSSIAN_CLI, RUSSIAN_DRAFTS, build, install

K = EventKind
PROFILE = load_profile()
NUMBER = "8123456789012345"
T0 = datetime(2026, 3, 2, 9, 0, 0, tzinfo=UTC)
FACTS = OrderFacts(NUMBER, "USD", Decimal("100.00"), T0, "card")
PAID = [Event(K.PAID, T0 + timedelta(hours=1), T0 + timedelta(hours=1), {})]
SHIPPED = [*PAID, Event(K.SHIPPED, T0 + timedelta(days=3), T0 + timedelta(days=3), {})]
HEADLINE_EN = 'Ask to cancel: write to the seller first, then press "Cancel order" on the order page.'
HEADLINE_RU = (
    "Попросите отменить: сначала напишите продавцу, затем нажмите «Отменить заказ» на странице заказа."
)


@pytest.fixture(autouse=True)
def russian(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path_factory.mktemp("catalogs")
    build([RUSSIAN_DRAFTS, RUSSIAN_CLI], folder, "ru")
    install(monkeypatch, folder)


def cancel_advice(language: str | None = None) -> Any:
    now = T0 + timedelta(days=1, hours=2)
    return advise_cancel(FACTS, PAID, PROFILE, now, "changed_mind", language=language)


def test_the_seller_message_comes_in_the_language_asked_for_and_the_advice_in_the_buyers() -> None:
    i18n.set_language("ru")  # the app speaks Russian
    english = cancel_advice("en")
    assert english.headline == HEADLINE_RU
    assert english.message.startswith(f"Hello! I'd like to cancel order {NUMBER}: I no longer need it.")
    assert english.message_ru.startswith(
        f"Здравствуйте! Прошу отменить заказ № {NUMBER}: он мне больше не нужен."
    )
    # None: the buyer's own language.
    assert cancel_advice().message == english.message_ru
    i18n.set_language("en")
    assert cancel_advice().headline == HEADLINE_EN
    assert cancel_advice("ru").message == english.message_ru
    assert cancel_advice("ru").headline == HEADLINE_EN


def test_a_language_without_a_catalog_gives_the_english_draft() -> None:
    assert request_message(NUMBER, None, "pl") == request_message(NUMBER, None, "en")
    assert request_message(NUMBER, None, "pl_PL.UTF-8").startswith("Hello!")


def test_the_dispute_text_comes_in_the_language_asked_for() -> None:
    history = fold(FACTS, SHIPPED, PROFILE)
    russian = dispute_text(FACTS, history, "damaged", Decimal("30.00"), "Desk lamp", 2, language="ru")
    assert russian.startswith(
        f"Заказ № {NUMBER}, товар «Desk lamp»: оформлен 2026-03-02, отправлен 2026-03-05."
    )
    assert "Причина: товар повреждён." in russian
    # Amounts and dates keep the neutral forms in every language.
    assert "Прошу частичный возврат 30.00 USD" in russian
    assert "(2 шт.)" in russian
    english = dispute_text(FACTS, history, "damaged", None, None, 1, language="en")
    assert english.startswith(f"Order {NUMBER}: ordered on 2026-03-02, shipped on 2026-03-05.")
    assert "I attach 1 photo or video that show it." in english and "[amount]" in english
    now = T0 + timedelta(days=30)
    advice = advise_dispute(FACTS, SHIPPED, PROFILE, now, "damaged", language="ru")
    assert advice.message == advice.message_ru
    assert advise_dispute(FACTS, SHIPPED, PROFILE, now, "damaged").message.startswith("Order")


def test_the_services_take_the_language_of_the_drafts(tmp_path: Path) -> None:
    from app.clock import FrozenClock

    clock = FrozenClock(T0 + timedelta(days=20))
    services = open_services(tmp_path / "data", clock)
    try:
        orders = services.orders
        orders.add_order(
            NewOrder(NUMBER, "Lamp Store", "Desk lamp", Decimal("100.00"), "USD", ordered_at=T0, paid_at=T0)
        )
        orders.record_event(NUMBER, NewEvent(kind="shipped", at=T0 + timedelta(days=3)))
        assert orders.advise_dispute(NUMBER, "damaged", language="ru").message.startswith("Заказ №")
        assert orders.advise_dispute(NUMBER, "damaged", language="en").message.startswith("Order")
        assert orders.advise_cancel(NUMBER, language="ru").verdict == "shipped_wait_or_dispute"
        # The case pack is for the platform: English unless a language is asked for.
        i18n.set_language("ru")
        english = services.evidence.pack(NUMBER, tmp_path / "pack-en")
        russian = services.evidence.pack(NUMBER, tmp_path / "pack-ru", language="ru")
        assert _pdf_text(english.pdf).count("Order number") == 1
        assert "Case file — order" in _pdf_text(english.pdf)
        assert "Номер заказа" in _pdf_text(russian.pdf) and "Материалы спора" in _pdf_text(russian.pdf)
    finally:
        services.close()


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_a_language_scope_holds_on_its_thread_only_and_ends_with_the_block() -> None:
    seen: dict[str, str] = {}
    started, checked = threading.Event(), threading.Event()

    def other() -> None:
        started.wait()
        seen["other"] = i18n.speaking()
        checked.set()

    thread = threading.Thread(target=other)
    thread.start()
    with pytest.raises(RuntimeError), i18n.language_scope("ru"):
        seen["inside"] = i18n.speaking()
        started.set()
        checked.wait()
        raise RuntimeError("left the block")
    thread.join()
    assert seen == {"inside": "ru", "other": "en"}
    assert i18n.speaking() == "en"
    with i18n.language_scope(None):
        assert i18n.speaking() == "en"


def test_the_offered_draft_languages_follow_the_buyers() -> None:
    i18n.set_language("pt_BR")
    assert i18n.draft_languages() == ["pt_BR", "en", "ru"]
    i18n.set_language("ru")
    assert i18n.draft_languages() == ["ru", "en"]
