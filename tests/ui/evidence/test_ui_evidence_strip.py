"""Adding evidence the ways a buyer does: dropping files onto an order's row or onto the detail
panel's strip, pasting a screenshot or copied files with Ctrl+V, the Add… dialog; a bad file is
refused by name with nothing stored."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
)
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.clock import FrozenClock
from app.domain.views import View
from app.services.evidence import EvidenceService
from app.services.orders import OrderService
from app.services.views import NewOrder
from tests.ui.windows import layout_settings, open_window
from ui.common import dialogs
from ui.evidence import attach as evidence_attach
from ui.shell.main_window import MainWindow


def add_order(service: OrderService, clock: FrozenClock, number: str) -> None:
    paid = clock.now() - timedelta(days=40)  # unshipped: its refund is overdue, so the order needs attention
    service.add_order(
        NewOrder(number, "Store", f"Item {number}", Decimal("9.99"), "USD", paid, paid, "card", 5)
    )


def photo(folder: Path, name: str, colour: str = "red", size: tuple[int, int] = (64, 48)) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    Image.new("RGB", size, colour).save(path, "JPEG")
    return path


def file_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drop(widget: QWidget, mime: QMimeData, at: QPoint) -> bool:
    """Drag ``mime`` over ``widget`` and release it at ``at``: True if the drop was accepted."""
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(at, action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(at), action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


@pytest.fixture(autouse=True)
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Messages the GUI would show in a (modal) message box, recorded instead."""
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, title, text: errors.append((title, text)))
    return errors


@pytest.fixture
def window(qtbot: QtBot, service: OrderService, clock: FrozenClock, tmp_path: Path) -> MainWindow:
    add_order(service, clock, "8100000000000001")
    add_order(service, clock, "8100000000000002")
    window = open_window(qtbot, service, clock, layout_settings(tmp_path), painted=True)
    yield window
    window.evidence.wait()


@pytest.fixture
def evidence(service: OrderService, clock: FrozenClock) -> EvidenceService:
    return EvidenceService(service.store, clock)


def names(evidence: EvidenceService, number: str) -> list[str]:
    return [view.original_name for view in evidence.list(number)]


def test_files_dropped_onto_an_order_row_become_that_orders_evidence(
    qtbot: QtBot, window: MainWindow, evidence: EvidenceService, tmp_path: Path
) -> None:
    table = window.list_panel.table
    target_row = window.list_panel.model.row_of_number("8100000000000002")
    index = window.list_panel.model.index(target_row, 0)
    centre = table.visualRect(index).center()
    files = [photo(tmp_path / "in", "box.jpg"), photo(tmp_path / "in", "label.jpg", "blue")]

    assert drop(table.viewport(), file_mime(*files), centre)

    qtbot.waitUntil(lambda: len(names(evidence, "8100000000000002")) == 2, timeout=10_000)
    assert names(evidence, "8100000000000002") == ["box.jpg", "label.jpg"]
    assert names(evidence, "8100000000000001") == []
    # The row dropped on becomes the current order, so the strip shows where the files went.
    assert window.list_panel.current_number() == "8100000000000002"
    strip = window.detail_panel.evidence_strip()
    assert strip is not None
    qtbot.waitUntil(lambda: strip.model.rowCount() == 2)
    assert strip.count.text() == "Photos and videos: 2"


def test_dragging_files_over_a_row_frames_that_row_until_they_leave(
    window: MainWindow, tmp_path: Path
) -> None:
    table = window.list_panel.table
    row = window.list_panel.model.row_of_number("8100000000000001")
    centre = table.visualRect(window.list_panel.model.index(row, 0)).center()
    mime = file_mime(photo(tmp_path, "x.jpg"))
    action, button, none = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(table.viewport(), QDragEnterEvent(centre, action, mime, button, none))
    move = QDragMoveEvent(centre, action, mime, button, none)
    QApplication.sendEvent(table.viewport(), move)
    assert move.isAccepted()
    assert table._drop_row == row
    QApplication.sendEvent(table.viewport(), QDragLeaveEvent())
    assert table._drop_row == -1


def test_a_drop_of_something_that_is_not_a_file_is_not_taken(window: MainWindow) -> None:
    table = window.list_panel.table
    mime = QMimeData()
    mime.setText("just text")
    assert not drop(table.viewport(), mime, table.visualRect(window.list_panel.model.index(0, 0)).center())
    web = QMimeData()
    web.setUrls([QUrl("https://example.com/photo.jpg")])
    assert not drop(table.viewport(), web, table.visualRect(window.list_panel.model.index(0, 0)).center())


def test_the_strip_shows_the_empty_state_then_thumbnails_of_files_dropped_on_it(
    qtbot: QtBot, window: MainWindow, evidence: EvidenceService, tmp_path: Path
) -> None:
    window.open_order("8100000000000001")
    strip = window.detail_panel.evidence_strip()
    assert strip is not None
    assert strip.empty.isVisibleTo(window)
    assert strip.empty.text() == "No photos yet — drop files here or paste a screenshot (Ctrl+V)"
    assert not strip.tiles.isVisibleTo(window)

    files = [photo(tmp_path, "front.jpg"), photo(tmp_path, "back.jpg", "green")]
    assert drop(strip, file_mime(*files), QPoint(10, 10))
    qtbot.waitUntil(lambda: strip.model.rowCount() == 2, timeout=10_000)
    assert strip.tiles.isVisibleTo(window) and not strip.empty.isVisibleTo(window)
    assert names(evidence, "8100000000000001") == ["front.jpg", "back.jpg"]

    # Thumbnails are made in the pool and replace the placeholders.
    loader = strip._desk.loader
    views = strip.model.views()
    qtbot.waitUntil(lambda: all(loader.pixmap(v, 72) is not None for v in views), timeout=10_000)
    tile = strip.model.index(0).data(Qt.ItemDataRole.DecorationRole)
    assert tile.toImage().pixelColor(tile.width() // 2, tile.height() // 2).red() > 200


def test_a_drop_anywhere_on_the_detail_panel_adds_to_the_order_shown(
    qtbot: QtBot, window: MainWindow, evidence: EvidenceService, tmp_path: Path
) -> None:
    window.open_order("8100000000000002")
    panel = window.detail_panel
    assert drop(panel, file_mime(photo(tmp_path, "scratch.jpg")), QPoint(20, 20))
    qtbot.waitUntil(lambda: names(evidence, "8100000000000002") == ["scratch.jpg"], timeout=10_000)


def test_a_bad_file_is_refused_by_name_and_nothing_of_the_batch_is_stored(
    qtbot: QtBot,
    window: MainWindow,
    evidence: EvidenceService,
    tmp_path: Path,
    shown_errors: list[tuple[str, str]],
) -> None:
    errors = shown_errors
    good = photo(tmp_path, "good.jpg")
    bad = tmp_path / "notes.jpg"
    bad.write_text("this is not a photo")
    window.open_order("8100000000000001")
    strip = window.detail_panel.evidence_strip()
    assert strip is not None
    assert drop(strip, file_mime(good, bad), QPoint(10, 10))
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    title, text = errors[0]
    assert "8100000000000001" in title
    assert "notes.jpg" in text
    assert evidence.list("8100000000000001") == []
    stored = evidence.files.root
    assert not stored.exists() or not [p for p in stored.rglob("*") if p.is_file() and "cache" not in p.parts]
    assert strip.model.rowCount() == 0


def test_ctrl_v_pastes_a_screenshot_as_png_and_copied_files_as_themselves(
    qtbot: QtBot,
    window: MainWindow,
    evidence: EvidenceService,
    tmp_path: Path,
    shown_errors: list[tuple[str, str]],
) -> None:
    window.open_order("8100000000000001")
    window.list_panel.table.setFocus()
    with qtbot.waitActive(window):
        window.activateWindow()
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("orange"))
    QGuiApplication.clipboard().setImage(image)
    qtbot.keyClick(window.list_panel.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(evidence.list("8100000000000001")) == 1 or bool(shown_errors), timeout=10_000)
    assert shown_errors == []
    pasted = evidence.list("8100000000000001")[0]
    assert (pasted.ext, pasted.kind, pasted.width, pasted.height) == ("png", "image", 40, 30)
    assert pasted.original_name.startswith("Pasted ") and pasted.original_name.endswith(".png")

    QGuiApplication.clipboard().setMimeData(file_mime(photo(tmp_path, "copied.jpg", "purple")))
    qtbot.keyClick(window.list_panel.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(evidence.list("8100000000000001")) == 2, timeout=10_000)
    assert names(evidence, "8100000000000001")[1] == "copied.jpg"


def test_ctrl_v_in_the_search_box_still_pastes_text(
    qtbot: QtBot, window: MainWindow, evidence: EvidenceService
) -> None:
    window.open_order("8100000000000001")
    with qtbot.waitActive(window):
        window.activateWindow()
    QGuiApplication.clipboard().setText("8100")
    search = window.list_panel.search
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert search.text() == "8100"
    window.evidence.wait()
    assert evidence.list("8100000000000001") == []


def test_add_photos_from_the_order_menu_shows_progress_for_a_batch(
    qtbot: QtBot,
    window: MainWindow,
    evidence: EvidenceService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    files = [photo(tmp_path, f"p{i}.jpg", colour) for i, colour in enumerate(["red", "green", "blue"])]
    monkeypatch.setattr(evidence_attach, "ask_evidence_paths", lambda _parent: files)
    window.list_panel.select_number("8100000000000002")
    assert window.evidence.add_action.isEnabled()
    window.evidence.add_action.trigger()
    attacher = window.evidence.desk.attacher
    assert attacher.progress_dialog is not None  # a batch gets a progress dialog
    qtbot.waitUntil(lambda: len(evidence.list("8100000000000002")) == 3, timeout=10_000)
    qtbot.waitUntil(lambda: attacher.progress_dialog is None)
    assert "Files added to order 8100000000000002: 3." in window.statusBar().currentMessage()


def test_a_trashed_order_takes_no_evidence(
    qtbot: QtBot, window: MainWindow, service: OrderService, tmp_path: Path
) -> None:
    service.trash("8100000000000001")
    window.reload()
    window.list_panel.set_view(View.TRASH)
    qtbot.waitUntil(lambda: window.list_panel.select_number("8100000000000001"), timeout=5000)
    window.open_order("8100000000000001")
    strip = window.detail_panel.evidence_strip()
    assert strip is not None
    assert not strip.add_button.isEnabled()
    assert not drop(strip, file_mime(photo(tmp_path, "late.jpg")), QPoint(5, 5))


def test_removed_photos_can_be_brought_back_from_the_trash_later(
    qtbot: QtBot, window: MainWindow, evidence: EvidenceService, tmp_path: Path
) -> None:
    number = "8100000000000001"
    _kept, removed = evidence.attach(
        number, [photo(tmp_path, "kept.jpg"), photo(tmp_path, "dent.jpg", "blue")]
    )
    evidence.set_caption(removed.id, "Dent on the lid")
    evidence.trash(removed.id)  # e.g. in an earlier session: nothing left to undo
    window.list_panel.select_number(number)
    strip = window.detail_panel.evidence_strip()
    assert strip is not None
    qtbot.waitUntil(lambda: strip.model.rowCount() == 1)
    assert strip.trash_button.isVisibleTo(strip) and strip.trash_button.text() == "Removed (1)…"

    qtbot.mouseClick(strip.trash_button, Qt.MouseButton.LeftButton)
    dialog = strip.trash_dialog
    assert dialog.items.count() == 1
    assert dialog.items.item(0).text().startswith("dent.jpg — Dent on the lid  (removed ")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert names(evidence, number) == ["kept.jpg", "dent.jpg"]
    assert evidence.list(number, trashed=True) == []
    assert dialog.empty.isVisibleTo(dialog) and not dialog.items.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: strip.model.rowCount() == 2)
    assert not strip.trash_button.isVisibleTo(strip)
    dialog.close()
