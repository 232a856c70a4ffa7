"""The list and the detail panel in Russian and in Brazilian Portuguese: amounts, dates and
times written the language's way, the words from the language's catalog."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.clock import FrozenClock
from app.domain.views import View
from app.services.listing import ListingService
from app.services.orders import OrderService
from app.services.views import NewEvent, NewOrder
from tests.ui.catalogs import build_catalog, speaking
from ui.detail.panel import OrderDetailPanel
from ui.orders.cells import COL_DEADLINE, COL_STATUS, COL_TOTAL, header_text
from ui.orders.table_model import OrderTableModel

NUMBER = "3051234567890123"
NOT_RECEIVED = '"Not received" dispute possible'
CATALOGS = {
    "ru": {
        ("format", "In transit"): "В пути",
        ("format", NOT_RECEIVED): "Можно открыть спор «Не получен»",
        ("OrderList", "Total"): "Сумма",
        ("detail", "Shipped"): "Отправлен",
    },
    "pt_BR": {
        ("format", "In transit"): "Em trânsito",
        ("format", NOT_RECEIVED): "Já é possível abrir disputa por não recebimento",
        ("OrderList", "Total"): "Total",
        ("detail", "Shipped"): "Enviado",
    },
}
# What each language writes, worked out without Qt: (amount, day and minute format).
EXPECTED = {
    "ru": ("1\xa0382,11\xa0€", "%d.%m.%Y %H:%M"),
    "pt_BR": ("€\xa01.382,11", "%d/%m/%Y %H:%M"),
}
REAIS = {"ru": "12\xa0345,60\xa0R$", "pt_BR": "R$\xa012.345,60"}


@pytest.fixture(params=["ru", "pt_BR"])
def language(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    code = str(request.param)
    build_catalog(tmp_path, code, CATALOGS[code])
    with speaking(code, tmp_path):
        yield code


def in_transit(
    service: OrderService, clock: FrozenClock, total: str = "1382.11", currency: str = "EUR"
) -> datetime:
    """An order shipped a day ago; returns when it shipped."""
    now = clock.now()
    service.add_order(
        NewOrder(
            NUMBER,
            "Gadget Store",
            "Desk lamp",
            Decimal(total),
            currency,
            now - timedelta(days=3),
            now - timedelta(days=3),
        )
    )
    shipped = now - timedelta(days=1)
    service.record_event(NUMBER, NewEvent("shipped", at=shipped, protection_left=timedelta(days=59)))
    return shipped


def visible(panel: QWidget, name: str) -> list[str]:
    return [w.text() for w in panel.findChildren(QLabel, name) if w.isVisibleTo(panel)]


def test_the_list_writes_amounts_dates_and_words_in_the_language(
    language: str, service: OrderService, clock: FrozenClock
) -> None:
    in_transit(service, clock)
    now = int(clock.now().timestamp())
    [row] = ListingService(service.store).rows(now).rows
    model = OrderTableModel()
    model.set_now(now)
    model.set_rows([row])
    model.set_view(View.IN_TRANSIT)
    amount, when = EXPECTED[language]

    def cell(column: int) -> str:
        return str(model.index(0, column).data(Qt.ItemDataRole.DisplayRole))

    assert cell(COL_TOTAL) == amount
    assert cell(COL_STATUS) == CATALOGS[language][("format", "In transit")]
    assert row.next_due is not None
    due = datetime.fromtimestamp(row.next_due).strftime(when)
    assert cell(COL_DEADLINE) == f"{CATALOGS[language][('format', NOT_RECEIVED)]} · {due}"
    assert header_text(COL_TOTAL) == CATALOGS[language][("OrderList", "Total")]


def test_the_detail_panel_writes_them_the_same_way(
    language: str, qtbot: QtBot, service: OrderService, clock: FrozenClock
) -> None:
    shipped = in_transit(service, clock, "12345.6", "BRL")
    panel = OrderDetailPanel(service, clock)
    qtbot.addWidget(panel)
    panel.resize(480, 800)
    panel.show()
    panel.show_order(NUMBER)
    _amount, when = EXPECTED[language]
    [total] = visible(panel, "orderTotal")
    assert REAIS[language] in total
    assert visible(panel, "orderStatus") == [CATALOGS[language][("format", "In transit")]]
    dues = visible(panel, "deadlineDue")
    protection = service.show(NUMBER).deadlines
    assert dues and any(d.due.astimezone().strftime(when) in text for d in protection for text in dues)
    assert shipped.astimezone().strftime(when) in visible(panel, "timelineTime")
    titles = [w.findChildren(QLabel)[0].text() for w in panel.findChildren(QWidget, "timelineEntry")]
    assert CATALOGS[language][("detail", "Shipped")] in titles
