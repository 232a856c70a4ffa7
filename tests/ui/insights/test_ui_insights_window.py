"""The insights in the main window: the tabs and their View menu, the stores ledger (flags,
notes, double-click to the store's orders), flagged stores marked in the order list and warned
about when an order from them is added, pasted or imported; tracking numbers as links; the
rates page of the settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from app.clock import FrozenClock
from app.domain.views import View
from app.services import Services
from ui.insights.avoid_warning import ImportWarning, StoreWarning
from ui.insights.ledger_model import COL_AVOID, COL_NOTE, COL_STORE
from ui.insights.tabs import ORDERS, STATISTICS, STORES
from ui.orders.cells import COL_ITEMS
from ui.orders.editor import OrderEditorDialog
from ui.shell.main_window import MainWindow

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "imports"


@pytest.fixture
def window(
    qtbot: QtBot, history_services: Services, cli_clock: FrozenClock, tmp_path: Path
) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat)
    rows = history_services.listing.rows(int(cli_clock.now().timestamp())).rows
    main = MainWindow(history_services, cli_clock, rows, settings)
    qtbot.addWidget(main)
    main.resize(1300, 800)
    main.show()
    main.after_first_paint()
    yield main
    main.tasks.wait()


def ledger_names(window: MainWindow) -> list[str]:
    model = window.insights.stores.proxy
    return [model.index(row, COL_STORE).data() for row in range(model.rowCount())]


def open_stores(qtbot: QtBot, window: MainWindow) -> None:
    window.insights.actions[STORES].trigger()
    qtbot.waitUntil(lambda: window.insights.stores.model.rowCount() == 3, timeout=10_000)


def test_tabs_and_view_menu_switch_views(qtbot: QtBot, window: MainWindow) -> None:
    tabs = window.insights
    assert tabs.current() == ORDERS and tabs.stack.currentIndex() == ORDERS
    assert [a.shortcut().toString() for a in tabs.actions] == ["Ctrl+1", "Ctrl+2", "Ctrl+3"]
    tabs.actions[STATISTICS].trigger()
    assert tabs.stack.currentWidget() is tabs.statistics and tabs.tab_bar.currentIndex() == STATISTICS
    tabs.tab_bar.setCurrentIndex(STORES)
    assert tabs.stack.currentWidget() is tabs.stores and tabs.actions[STORES].isChecked()
    tabs.actions[ORDERS].trigger()
    assert tabs.stack.currentIndex() == ORDERS


def test_ledger_flag_marks_the_order_list_and_double_click_filters_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_stores(qtbot, window)
    stores = window.insights.stores
    assert ledger_names(window) == ["Alpha Shop", "Beta", "Gamma"]
    proxy = stores.proxy
    beta = next(r for r in range(proxy.rowCount()) if proxy.index(r, COL_STORE).data() == "Beta")
    assert proxy.setData(
        proxy.index(beta, COL_AVOID), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert proxy.setData(proxy.index(beta, COL_NOTE), "  lost a dispute ", Qt.ItemDataRole.EditRole)
    mark = window._services.insights.store_marks()["beta"]
    assert (mark.avoid, mark.note) == (True, "lost a dispute")
    # The order list marks Beta's orders (and only them) with a warning sign and the note.
    model = window.list_panel.model
    qtbot.waitUntil(lambda: bool(model.avoided), timeout=10_000)
    window.list_panel.set_view(View.ALL)
    marked = {
        model.row_at(r).number
        for r in range(model.rowCount())
        if isinstance(model.index(r, COL_ITEMS).data(Qt.ItemDataRole.DecorationRole), QIcon)
    }
    assert marked == {"1003", "1004"}
    row_1003 = model.row_of_number("1003")
    assert row_1003 is not None
    assert "lost a dispute" in model.index(row_1003, COL_ITEMS).data(Qt.ItemDataRole.ToolTipRole)
    assert (
        model.index(row_1003, COL_ITEMS).data(Qt.ItemDataRole.AccessibleTextRole)
        == "Item 1003, store marked avoid"
    )
    # Double-click on the store: the order list, searched for it.
    stores.table.doubleClicked.emit(proxy.index(beta, COL_STORE))
    assert window.insights.current() == ORDERS
    assert window.list_panel.search.text() == "Beta"
    shown = {window.list_panel.model.row_at(r).number for r in range(window.list_panel.model.rowCount())}
    assert shown == {"1003", "1004"}


def test_the_ledger_filter_and_a_refused_note(qtbot: QtBot, window: MainWindow) -> None:
    open_stores(qtbot, window)
    stores = window.insights.stores
    stores.filter.setText("alp")
    assert ledger_names(window) == ["Alpha Shop"]
    assert not stores.proxy.setData(stores.proxy.index(0, COL_NOTE), "x" * 3000, Qt.ItemDataRole.EditRole)
    assert "too long" in stores.status.text()


def _run_editor(monkeypatch: pytest.MonkeyPatch, window: MainWindow, store: str) -> tuple[bool, str]:
    seen: dict[str, object] = {}

    def fake_exec(dialog: OrderEditorDialog) -> int:
        warning = dialog.findChild(StoreWarning)
        assert warning is not None
        seen["before"] = warning.isVisible()
        dialog.store.setText(store)
        seen["after"] = warning.isVisibleTo(dialog)
        seen["text"] = warning.text()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(OrderEditorDialog, "exec", fake_exec)
    window.order_commands.new_order()
    return bool(seen["after"]), str(seen["text"])


def test_adding_an_order_from_a_flagged_store_warns(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    window._services.insights.set_store_mark("Gamma", "fake tracking numbers", True)
    visible, text = _run_editor(monkeypatch, window, "  gamma ")
    assert visible and "avoid" in text and "fake tracking numbers" in text
    assert _run_editor(monkeypatch, window, "Alpha Shop") == (False, "")


def test_importing_orders_from_a_flagged_store_warns(qtbot: QtBot, window: MainWindow) -> None:
    window._services.insights.set_store_mark("UGREEN Official Store", "", True)
    window.imports.import_files([FIXTURES / "shopper-traps.csv"])
    dialog = window.imports.dialog
    assert dialog is not None
    warning = dialog.findChild(ImportWarning)
    assert warning is not None
    qtbot.waitUntil(warning.isVisible, timeout=10_000)
    assert "UGREEN Official Store (1)" in warning.text()
    dialog.close()


def test_an_import_without_flagged_stores_shows_no_warning(qtbot: QtBot, window: MainWindow) -> None:
    window.imports.import_files([FIXTURES / "shopper-traps.csv"])
    dialog = window.imports.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: "to add" in dialog.summary_label.text(), timeout=10_000)  # type: ignore[attr-defined]
    warning = dialog.findChild(ImportWarning)
    assert warning is not None and not warning.isVisible()
    dialog.close()


def test_tracking_numbers_are_links_to_their_carrier(qtbot: QtBot, window: MainWindow) -> None:
    window.open_order("1001")
    label = window.detail_panel.findChild(QLabel, "orderTracking")
    assert label is not None and label.isVisible()
    assert label.openExternalLinks()
    assert 'href="https://global.cainiao.com/detail.htm?mailNoList=LP00123456789012"' in label.text()
    assert "Cainiao" in label.text()


def test_rates_page_saves_home_currency_and_rates(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.settings.dialog import SettingsDialog

    opened: list[SettingsDialog] = []

    def fake_exec(dialog: SettingsDialog) -> int:
        opened.append(dialog)
        page = dialog.rates_page
        assert page is not None
        page.home.setCurrentIndex(page.home.findData("EUR"))
        page.currency.setCurrentText("USD")
        page.rate.setText("0,91")
        page.add_rate()
        page.rate.setText("abc")
        page.add_rate()
        assert "not a rate" in page.message.text()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(SettingsDialog, "exec", fake_exec)
    window.open_settings()
    insights = window._services.insights
    assert insights.home_currency() == "EUR"
    assert [(r.currency, r.home, str(r.rate)) for r in insights.rates()] == [("USD", "EUR", "0.91")]
    page = opened[0].rates_page
    assert page is not None and page.table.rowCount() == 1
    page.table.selectRow(0)
    page.remove_rate()
    assert insights.rates() == []


def test_ledger_model_passes_the_model_tester(qtbot: QtBot, window: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    open_stores(qtbot, window)
    qtmodeltester.check(window.insights.stores.model)
    assert window.insights.stores.model.index(0, 0).parent() == QModelIndex()


def test_the_avoid_button_flags_the_selected_store(qtbot: QtBot, window: MainWindow) -> None:
    open_stores(qtbot, window)
    stores = window.insights.stores
    assert not stores.avoid_button.isEnabled()  # nothing selected yet
    assert stores.select_store("Gamma")
    assert stores.avoid_button.isEnabled() and not stores.avoid_button.isChecked()
    stores.avoid_button.click()
    assert stores.avoid_button.isChecked()
    assert window._services.insights.avoided_stores()["gamma"].name == "Gamma"
    stores.avoid_button.click()
    assert window._services.insights.avoided_stores() == {}
