"""The import dialog: preview of what is added, updated or skipped (and rows with errors, by
line), the import itself with its progress and summary; File → Import… and dropped files."""

from __future__ import annotations

import shutil
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from app.clock import FrozenClock
from app.services.importing import ImportService
from app.services.orders import OrderService
from app.services.views import NewOrder
from tests.ui.windows import layout_settings, open_window
from ui.common.tasks import TaskRunner
from ui.files import import_dialog
from ui.files.import_dialog import ImportDialog
from ui.shell.main_window import MainWindow

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "imports"


@pytest.fixture
def make_dialog(qtbot: QtBot, service: OrderService, clock: FrozenClock):  # type: ignore[no-untyped-def]
    tasks = TaskRunner()

    def make(paths: list[Path]) -> ImportDialog:
        dialog = ImportDialog(lambda: ImportService(service.store, clock), tasks, paths)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    yield make
    tasks.wait()


def cell(dialog: ImportDialog, row: int, column: int) -> str:
    return str(dialog.model.index(row, column).data())


def rows_of(dialog: ImportDialog) -> list[tuple[str, str, str]]:
    return [
        (cell(dialog, r, 0), cell(dialog, r, 1), cell(dialog, r, 5)) for r in range(dialog.model.rowCount())
    ]


def wait_for(qtbot: QtBot, dialog: ImportDialog, text: str) -> None:
    qtbot.waitUntil(lambda: text in dialog.summary_label.text(), timeout=10_000)


def test_preview_lists_additions_and_errors_by_line(qtbot: QtBot, make_dialog, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog([FIXTURES / "shopper-traps.csv"])
    wait_for(qtbot, dialog, "6 to add")
    qtmodeltester.check(dialog.model)
    assert "Shopper Inventory CSV" in dialog.summary_label.text()
    rows = rows_of(dialog)
    assert [r[0] for r in rows] == ["Add"] * 6
    assert rows[0][1] == "8123456789012345"
    assert cell(dialog, 0, 4) == "$1,389.61"
    assert dialog.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Lines 2, 3 of the file"
    errors = [dialog.errors_list.item(i).text() for i in range(dialog.errors_list.count())]
    assert [e.split(":")[0] for e in errors] == ["Line 9", "Line 10", "Line 11"]
    assert dialog.errors_list.isVisible()
    assert dialog.import_button.isEnabled()


def test_import_runs_with_progress_and_summary(
    qtbot: QtBot,
    make_dialog,
    service: OrderService,  # type: ignore[no-untyped-def]
) -> None:
    dialog = make_dialog([FIXTURES / "shopper-sample.csv"])
    wait_for(qtbot, dialog, "5 to add")
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].added == 5
    wait_for(qtbot, dialog, "Done: 5 added, 0 updated, 0 unchanged, 0 skipped.")
    assert dialog.progress.isVisible() and dialog.progress.value() == dialog.progress.maximum()
    assert not dialog.import_button.isEnabled()
    assert service.show("3065094845459913").total == Decimal("129.46")


def test_preview_shows_updated_unchanged_and_skipped(
    qtbot: QtBot,
    make_dialog,
    service: OrderService,
    clock: FrozenClock,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    sample = FIXTURES / "shopper-sample.csv"
    ImportService(service.store, clock).apply(ImportService(service.store, clock).preview(sample))
    service.trash("3069099405659913")
    changed = tmp_path / "changed.csv"
    changed.write_text(sample.read_text("utf-8").replace("USD,Awaiting shipment,", "USD,Completed,"), "utf-8")
    dialog = make_dialog([changed])
    wait_for(qtbot, dialog, "0 to add, 1 to update, 3 unchanged, 1 skipped")
    actions = {number: (action, why) for action, number, why in rows_of(dialog)}
    assert actions["3070000000009913"] == ("Update", "adds Shipped, Receipt confirmed")
    assert actions["3069099405659913"][0] == "Skip" and "trash" in actions["3069099405659913"][1]
    assert actions["3065094845459913"][0] == "Unchanged"
    assert dialog.import_button.isEnabled()


def test_an_unknown_file_says_why_and_imports_nothing(
    qtbot: QtBot,
    make_dialog,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    junk = tmp_path / "junk.csv"
    junk.write_text("a,b\n1,2\n", "utf-8")
    dialog = make_dialog([junk])
    wait_for(qtbot, dialog, "is not an order file")
    assert not dialog.import_button.isEnabled()
    assert dialog.model.rowCount() == 0


def test_choose_file_and_format(
    qtbot: QtBot,
    make_dialog,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    dialog = make_dialog([])
    assert not dialog.import_button.isEnabled()
    monkeypatch.setattr(import_dialog, "ask_import_paths", lambda *_a: [FIXTURES / "su14iman.csv"])
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, dialog, "2 to add")
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("shopper-csv"))
    wait_for(qtbot, dialog, "could be read as shopper-csv")
    assert dialog.close_button is dialog.buttons.button(QDialogButtonBox.StandardButton.Close)


# -- the main window ---------------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, service: OrderService, clock: FrozenClock, tmp_path: Path) -> MainWindow:
    paid = clock.now() - timedelta(hours=3)
    service.add_order(
        NewOrder("8100000000000001", "Store", "Lamp", Decimal("12.50"), "USD", paid, paid, "card", 3)
    )
    return open_window(qtbot, service, clock, layout_settings(tmp_path))


def drop(window: MainWindow, paths: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    return event


def test_file_menu_import_and_dropped_files(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    assert window.imports.import_action.shortcut().toString() == "Ctrl+I"
    assert window.imports.import_action in window.menuBar().actions()[0].menu().actions()
    photo = tmp_path / "parcel.png"
    photo.write_bytes(b"\x89PNG\r\n")
    assert not drop(window, [photo]).isAccepted()  # images are not for the importer
    assert window.imports.dialog is None
    dropped = tmp_path / "my orders.csv"
    shutil.copy(FIXTURES / "shopper-sample.csv", dropped)
    assert drop(window, [dropped]).isAccepted()
    dialog = window.imports.dialog
    wait_for(qtbot, dialog, "5 to add")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.list_panel.rows()) == 6, timeout=10_000)
    dialog.close()


def test_a_currency_typed_once_can_become_the_default(
    qtbot: QtBot,
    make_dialog,  # type: ignore[no-untyped-def]
    service: OrderService,
    clock: FrozenClock,
) -> None:
    imports = ImportService(service.store, clock)
    dialog = make_dialog([FIXTURES / "shopper-sample.csv"])
    wait_for(qtbot, dialog, "to add")
    assert dialog.currency_edit.placeholderText() == "from the settings (USD)"
    assert not dialog.remember_currency.isEnabled()
    qtbot.keyClicks(dialog.currency_edit, "eur")
    assert dialog.remember_currency.isEnabled()
    dialog.remember_currency.setChecked(True)
    qtbot.keyClick(dialog.currency_edit, Qt.Key.Key_Return)
    wait_for(qtbot, dialog, "to add")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, dialog, "Done:")
    assert imports.default_currency() == "EUR"
    assert make_dialog([]).currency_edit.placeholderText() == "from the settings (EUR)"


def test_an_unknown_currency_is_not_remembered(
    qtbot: QtBot,
    make_dialog,  # type: ignore[no-untyped-def]
    service: OrderService,
    clock: FrozenClock,
) -> None:
    imports = ImportService(service.store, clock)
    dialog = make_dialog([FIXTURES / "shopper-sample.csv"])
    wait_for(qtbot, dialog, "to add")
    qtbot.keyClicks(dialog.currency_edit, "XYZ")
    dialog.remember_currency.setChecked(True)
    qtbot.keyClick(dialog.currency_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "XYZ" in dialog.summary_label.text(), timeout=10_000)
    assert not dialog.import_button.isEnabled()
    assert imports.default_currency() == "USD"


# -- the rough edges a buyer met: a literal "&", a cut-off "Why", two words for one thing, a second
# import started during the first, no way to stop it


def test_the_currency_label_has_a_mnemonic_not_a_literal_ampersand(qtbot: QtBot, make_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog([])
    assert dialog.currency_label.buddy() is dialog.currency_edit
    labels = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible()]
    assert "C&urrency:" in labels  # shown as "Currency:" with the u underlined, Alt+U focuses it


def test_a_long_why_shows_whole_on_hover(
    qtbot: QtBot, make_dialog, service: OrderService, clock: FrozenClock
) -> None:  # type: ignore[no-untyped-def]
    sample = FIXTURES / "shopper-sample.csv"
    ImportService(service.store, clock).apply(ImportService(service.store, clock).preview(sample))
    service.trash("3069099405659913")
    dialog = make_dialog([sample])
    wait_for(qtbot, dialog, "skipped")
    row = next(r for r in range(dialog.model.rowCount()) if cell(dialog, r, 1) == "3069099405659913")
    why = dialog.model.index(row, 5)
    assert why.data(Qt.ItemDataRole.ToolTipRole) == why.data() and "trash" in why.data()


def test_preview_and_result_use_the_same_words(
    qtbot: QtBot, make_dialog, service: OrderService, clock: FrozenClock
) -> None:  # type: ignore[no-untyped-def]
    sample = FIXTURES / "shopper-sample.csv"
    ImportService(service.store, clock).apply(ImportService(service.store, clock).preview(sample))
    service.trash("3069099405659913")
    dialog = make_dialog([FIXTURES / "shopper-traps.csv"])
    wait_for(qtbot, dialog, "to add")
    preview = dialog.summary_label.text()
    assert "skipped" in preview and "can't be read" in preview and "not imported" not in preview
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    result = dialog.summary_label.text()
    assert "skipped" in result and "can't be read" in result and "not imported" not in result


def test_import_is_not_clickable_during_an_import_and_cancel_writes_nothing(
    qtbot: QtBot,
    make_dialog,
    service: OrderService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    header = (FIXTURES / "shopper-sample.csv").read_text("utf-8").splitlines()[0]
    rows = [
        f'"2026-02-20",{8100000000000000 + n},"Item {n}",1,"US $1.00","S",,,,,USD,Completed,,,,'
        for n in range(3000)
    ]
    big = tmp_path / "big.csv"
    big.write_text("\n".join([header, *rows]) + "\n", "utf-8")
    dialog = make_dialog([big])
    wait_for(qtbot, dialog, "3,000 to add")
    dialog.import_button.click()
    assert not dialog.import_button.isEnabled()
    assert dialog.cancel_button.isVisible() and dialog.cancel_button.isEnabled()
    dialog.import_button.click()  # a second click does nothing
    dialog.cancel_button.click()
    wait_for(qtbot, dialog, "cancelled")
    assert "nothing was imported" in dialog.summary_label.text()
    assert not dialog.cancel_button.isVisible()
    assert service.store.data_dir.database.exists()
    from app.services.listing import ListingService

    assert ListingService(service.store).count() == 0


def test_a_windows_1251_file_shows_its_encoding_and_can_be_read_otherwise(
    qtbot: QtBot, make_dialog, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    header = (FIXTURES / "shopper-sample.csv").read_text("utf-8").splitlines()[0]
    row = '"2026-02-20",8100000000000001,"Чехол для телефона",1,"US $1.00","Магазин",,,,,USD,Completed,,,,'
    path = tmp_path / "ru.csv"
    path.write_bytes(
        ("\n".join([header, row, row.replace("8100000000000001", "8100000000000002")]) + "\n").encode(
            "cp1251"
        )
    )
    dialog = make_dialog([path])
    wait_for(qtbot, dialog, "read as windows-1251")
    assert "found: windows-1251" in dialog.encoding_combo.itemText(0)
    assert cell(dialog, 0, 3) == "Чехол для телефона"
    dialog.encoding_combo.setCurrentIndex(dialog.encoding_combo.findData("koi8-r"))
    wait_for(qtbot, dialog, "read as koi8-r")
    assert cell(dialog, 0, 3) != "Чехол для телефона"
