"""The evidence list model behind the strip and the gallery, the strip's keyboard use, and where
the evidence actions sit in the main window's menus."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.clock import FrozenClock
from app.domain.views import View
from app.services import Services
from app.services.evidence import EvidenceService
from app.services.orders import OrderService
from app.services.views import NewOrder
from ui.evidence.desk import EvidenceDesk
from ui.evidence.gallery import open_gallery
from ui.evidence.model import VIEW_ROLE, EvidenceListModel
from ui.evidence.strip import EvidenceStrip
from ui.shell.main_window import MainWindow

NUMBER = "8100000000000901"


@pytest.fixture
def evidence(service: OrderService, clock: FrozenClock, tmp_path: Path) -> EvidenceService:
    paid = clock.now() - timedelta(days=10)
    service.add_order(NewOrder(NUMBER, "Store", "Kettle", Decimal("15.00"), "USD", paid, paid, "card", 5))
    store = EvidenceService(service.store, clock)
    paths = []
    for name, colour in (("a.jpg", "red"), ("b.jpg", "green"), ("c.jpg", "blue")):
        Image.new("RGB", (30, 20), colour).save(tmp_path / name, "JPEG")
        paths.append(tmp_path / name)
    store.attach(NUMBER, paths)
    return store


@pytest.fixture
def desk(qtbot: QtBot, evidence: EvidenceService, clock: FrozenClock) -> Iterator[EvidenceDesk]:
    host = QWidget()
    qtbot.addWidget(host)
    desk = EvidenceDesk(lambda: evidence, clock, QUndoStack(host), host)
    yield desk
    desk.wait()


def test_the_model_passes_the_model_tester_and_changes_rows_in_place(
    qtmodeltester: object, desk: EvidenceDesk, evidence: EvidenceService, qtbot: QtBot
) -> None:
    model = EvidenceListModel(desk.loader, 64)
    model.set_views(evidence.list(NUMBER))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 3
    first = model.index(0)
    assert first.data() == "a.jpg"
    assert first.data(Qt.ItemDataRole.AccessibleTextRole) == "Photo: a.jpg"
    assert first.data(VIEW_ROLE).original_name == "a.jpg"
    assert "30 × 20" in first.data(Qt.ItemDataRole.ToolTipRole)

    captioned = evidence.set_caption(model.view_at(1).id, "Broken lid")
    with qtbot.waitSignal(model.dataChanged):
        model.replace(captioned)
    assert model.index(1).data() == "Broken lid"
    with qtbot.waitSignal(model.rowsRemoved):
        model.remove(model.view_at(0).id)
    assert [v.original_name for v in model.views()] == ["b.jpg", "c.jpg"]
    desk.wait()


def test_the_strip_is_keyboard_usable_return_opens_the_gallery_on_that_photo(
    qtbot: QtBot, desk: EvidenceDesk
) -> None:
    strip = EvidenceStrip(desk)
    qtbot.addWidget(strip)
    strip.show()
    strip.show_order(NUMBER)
    assert strip.count.text() == "Photos and videos: 3"
    strip.tiles.setFocus()
    strip.tiles.setCurrentIndex(strip.model.index(1))
    qtbot.keyClick(strip.tiles, Qt.Key.Key_Return)
    gallery = open_gallery(desk, NUMBER)  # the one Return opened comes to the front
    qtbot.addWidget(gallery)
    assert gallery.position.text() == "2 of 3"
    assert strip.add_button.accessibleName() == "Add photos or videos to the order"


def test_the_order_menu_offers_evidence_and_the_case_pack_only_for_an_order(
    qtbot: QtBot, service: OrderService, evidence: EvidenceService, clock: FrozenClock, tmp_path: Path
) -> None:
    services = Services.ready(service)
    rows = services.listing.rows(int(clock.now().timestamp())).rows
    settings = QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, clock, rows, settings)
    qtbot.addWidget(window)
    order_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Order")
    texts = [a.text() for a in order_menu.actions()]
    assert "E&vidence" in texts and "Make case &pack…" in texts
    actions = window.evidence
    assert [a.text() for a in actions.menu.actions()] == ["&Add photos…", "&Paste photo", "Show &gallery…"]
    assert actions.add_action.shortcut().toString() == "Ctrl+Shift+A"
    assert actions.pack_action.shortcut().toString() == "Ctrl+Shift+P"
    assert not actions.pack_action.isEnabled()  # nothing selected yet
    window.list_panel.set_view(View.ALL)
    assert window.list_panel.select_number(NUMBER)
    assert actions.pack_action.isEnabled() and actions.add_action.isEnabled()
    window.list_panel.table.clearSelection()
    window.list_panel.table.setCurrentIndex(window.list_panel.model.index(-1, 0))
    assert not actions.pack_action.isEnabled()
    assert not actions.add_action.isEnabled()
