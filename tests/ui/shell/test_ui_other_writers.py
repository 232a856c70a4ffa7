"""The window and other writers: what another process commits shows within a poll (selection and
scroll kept), a busy save keeps the typed note and says why, the status line says who it waits for."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.clock import FrozenClock
from app.domain.views import View
from app.services import Services, open_services
from app.services.orders import OrderService
from app.services.views import NewEvent, NewOrder
from app.store.activity import Activity
from app.store.store import Store
from ui.common import dialogs, form_fields
from ui.orders.event_dialog import EventDialog
from ui.shell.main_window import MainWindow


def _texts(widget: QWidget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel))


def _add(service: OrderService, clock: FrozenClock, number: str) -> None:
    service.add_order(
        NewOrder(
            number, "Store", f"Item {number}", Decimal("5"), "USD", ordered_at=clock.now() - timedelta(days=1)
        )
    )


@pytest.fixture
def window(qtbot: QtBot, service: OrderService, clock: FrozenClock, tmp_path: Path) -> MainWindow:
    for index in range(60):
        _add(service, clock, f"81000000000000{index:02d}")
    services = Services.ready(service)
    rows = services.listing.rows(int(clock.now().timestamp())).rows
    main = MainWindow(services, clock, rows, QSettings(str(tmp_path / "l.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    main.resize(900, 500)
    main.show()
    main.list_panel.set_view(View.ALL)
    main.external_changes.start()  # after_first_paint does it: where the data stands now
    return main


def test_orders_another_process_adds_appear_and_the_selection_and_scroll_stay(
    qtbot: QtBot, window: MainWindow, service: OrderService, clock: FrozenClock
) -> None:
    panel = window.list_panel
    assert window.external_changes.poll() is None  # not started: nothing is polled
    panel.select_number("8100000000000030")
    bar = panel.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    other = open_services(service.store.data_dir, clock)  # the command line, say
    try:
        for index in range(300):
            _add(other.orders, clock, f"82000000000{index:05d}")
        other.orders.record_event("8100000000000030", NewEvent("note", at=clock.now(), note="from the CLI"))
    finally:
        other.close()
    changes = window.external_changes.poll()
    assert changes is not None
    qtbot.waitUntil(lambda: len(panel.rows()) == 360, timeout=10_000)
    assert panel.current_number() == "8100000000000030"
    assert scrolled > 0 and panel.table.verticalScrollBar().value() == scrolled
    qtbot.waitUntil(lambda: "from the CLI" in _texts(window.detail_panel), timeout=10_000)


def test_the_tick_polls_every_two_seconds(qtbot: QtBot, window: MainWindow) -> None:
    calls: list[int] = []
    original = window.external_changes.poll
    window.external_changes.poll = lambda: calls.append(1)  # type: ignore[method-assign]
    try:
        for _ in range(6):
            window.external_changes.on_tick()
        assert len(calls) == 3
    finally:
        window.external_changes.poll = original  # type: ignore[method-assign]


def test_a_busy_save_keeps_the_note_says_why_and_saves_on_retry(
    qtbot: QtBot, window: MainWindow, service: OrderService, clock: FrozenClock
) -> None:
    dialog = EventDialog(window._services.orders, clock, "8100000000000001", "note", window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.note.setPlainText("the seller promised a refund")
    holder = Store.open(service.store.data_dir, clock=clock)
    try:
        with holder.write(), Activity(holder.data_dir, "import", "big.csv"):
            dialog.accept()
            assert dialog.isVisible()  # not closed: nothing was saved
            assert "saving a large import" in dialog.banner.text()
            assert dialog.note.toPlainText() == "the seller promised a refund"
    finally:
        holder.close()
    # The dialog tries again by itself once the other writer is done.
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    notes = [e for e in service.show("8100000000000001").timeline if e.kind == "note"]
    assert [n.data["note"] for n in notes] == ["the seller promised a refund"]


def test_quitting_with_input_that_was_not_saved_asks_first(
    qtbot: QtBot, window: MainWindow, clock: FrozenClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = EventDialog(window._services.orders, clock, "8100000000000001", "note", window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.note.setPlainText("typed, not saved")
    assert dialog.has_unsaved_input()
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(dialogs, "ask_yes_no", answer)
    window.close()
    assert asked and "not been saved" in asked[0]
    assert window.isVisible() and dialog.isVisible()
    assert dialog.note.toPlainText() == "typed, not saved"
    # Let the test end cleanly: the buyer says yes, the window goes.
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *_a: True)
    monkeypatch.setattr(form_fields, "ask_discard_changes", lambda *_a: True)
    dialog.reject()
    window.close()
    assert not window.isVisible()


def test_three_writers_a_reader_and_an_import_while_the_window_refreshes(
    qtbot: QtBot, window: MainWindow, service: OrderService, clock: FrozenClock, tmp_path: Path
) -> None:
    """Every write counted: nothing lost, no writer fails, and the open window shows all of it
    by itself (its own poll, on its own timer)."""
    import threading

    data = service.store.data_dir
    writers = ["8100000000000001", "8100000000000002", "8100000000000003"]
    header = (
        "Order Date,Order ID,Title,Qty,Price,Store,Product ID,SKU ID,Attributes,Price Info,Currency,"
        "Status,Product Url,Product Image Url,Store Url,Tags"
    )
    rows = [
        f'"2026-02-20",{8300000000000000 + n},"Item {n}",1,"US $1.00","S",,,,,USD,Completed,,,,'
        for n in range(2000)
    ]
    source = tmp_path / "import.csv"
    source.write_text("\n".join([header, *rows]) + "\n", "utf-8")
    errors: list[BaseException] = []
    written = dict.fromkeys(writers, 0)
    stop = threading.Event()
    reads = [0]

    def writer(number: str) -> None:
        other = open_services(data, clock)
        try:
            for index in range(20):
                other.orders.record_event(number, NewEvent("note", at=clock.now(), note=f"n{index}"))
                written[number] += 1
        except BaseException as exc:
            errors.append(exc)
        finally:
            other.close()

    def reader() -> None:
        other = open_services(data, clock)
        try:
            while not stop.is_set():
                other.listing.rows(int(clock.now().timestamp()))
                reads[0] += 1
        except BaseException as exc:
            errors.append(exc)
        finally:
            other.close()

    def importer() -> None:
        other = open_services(data, clock)
        try:
            other.imports.apply(other.imports.preview(source))
        except BaseException as exc:
            errors.append(exc)
        finally:
            other.close()

    window.list_panel.select_number(writers[0])
    threads = [threading.Thread(target=writer, args=(n,)) for n in writers] + [
        threading.Thread(target=importer)
    ]
    background = threading.Thread(target=reader)
    background.start()
    for thread in threads:
        thread.start()
    qtbot.waitUntil(lambda: not any(t.is_alive() for t in threads), timeout=120_000)
    stop.set()
    background.join(30)
    assert errors == []
    assert written == dict.fromkeys(writers, 20) and reads[0] > 0
    # The window catches up by itself: the list holds every order, the open one shows its notes.
    qtbot.waitUntil(lambda: len(window.list_panel.rows()) == 60 + 2000, timeout=30_000)
    qtbot.waitUntil(lambda: _texts(window.detail_panel).count("n19") >= 1, timeout=30_000)
    assert window.list_panel.current_number() == writers[0]
    for number in writers:
        notes = [e for e in service.show(number).timeline if e.kind == "note"]
        assert len(notes) == 20
