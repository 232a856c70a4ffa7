"""Order → Make case pack… writes the PDF and the photo copies into a new folder inside the one
chosen, then offers to open it; the dispute wizard's evidence page adds photos and says how many
the order has."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QUndoStack
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.clock import FrozenClock
from app.domain.views import View
from app.services.evidence import EvidenceService
from app.services.orders import OrderService
from app.services.views import NewEvent, NewOrder
from tests.ui.windows import layout_settings, open_window
from ui.common import dialogs
from ui.evidence import attach as evidence_attach
from ui.evidence import desk as evidence_desk
from ui.evidence import pack as evidence_pack
from ui.evidence.desk import EvidenceDesk
from ui.shell.main_window import MainWindow
from ui.wizards.dispute.wizard import DisputeWizard

NUMBER = "8100000000000311"


def photo(folder: Path, name: str, colour: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (120, 90), colour).save(folder / name, "JPEG")
    return folder / name


def file_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


@pytest.fixture
def evidence(service: OrderService, clock: FrozenClock) -> EvidenceService:
    paid = clock.now() - timedelta(days=30)
    service.add_order(NewOrder(NUMBER, "Store", "Headphones", Decimal("35.00"), "USD", paid, paid, "card", 5))
    service.record_event(NUMBER, NewEvent("shipped", at=paid + timedelta(days=3), tracking="LP0012345678CN"))
    return EvidenceService(service.store, clock)


@pytest.fixture
def window(
    qtbot: QtBot, service: OrderService, evidence: EvidenceService, clock: FrozenClock, tmp_path: Path
) -> Iterator[MainWindow]:
    window = open_window(qtbot, service, clock, layout_settings(tmp_path))
    window.list_panel.set_view(View.ALL)
    yield window
    window.evidence.wait()


def test_make_case_pack_writes_the_pdf_and_photos_then_offers_the_folder(
    qtbot: QtBot,
    window: MainWindow,
    evidence: EvidenceService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    evidence.attach(NUMBER, [photo(tmp_path / "in", "a.jpg", "red"), photo(tmp_path / "in", "b.jpg", "teal")])
    out = tmp_path / "out"
    out.mkdir()
    (out / "case.pdf").write_bytes(b"someone else's file")  # the pack goes into a folder of its own
    offered: list[str] = []
    opened: list[QUrl] = []
    monkeypatch.setattr(evidence_pack, "ask_pack_folder", lambda _parent: out)
    monkeypatch.setattr(evidence_pack, "ask_open_folder", lambda _parent, text: offered.append(text) or True)
    monkeypatch.setattr(evidence_desk, "open_in_system", lambda url: opened.append(url) or True)
    window.list_panel.select_number(NUMBER)
    assert window.evidence.pack_action.isEnabled()
    window.evidence.pack_action.trigger()

    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    folder = out / f"Case pack {NUMBER}"
    assert [url.toLocalFile() for url in opened] == [str(folder)]
    assert (folder / "case.pdf").read_bytes().startswith(b"%PDF")
    assert sorted(p.suffix for p in (folder / "photos").iterdir()) == [".jpg", ".jpg"]
    assert "photos to upload: 2" in offered[0]
    assert (out / "case.pdf").read_bytes() == b"someone else's file"


def test_a_second_pack_goes_into_a_new_folder(
    qtbot: QtBot,
    window: MainWindow,
    evidence: EvidenceService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(evidence_pack, "ask_pack_folder", lambda _parent: tmp_path)
    monkeypatch.setattr(evidence_pack, "ask_open_folder", lambda _parent, _text: False)
    window.list_panel.select_number(NUMBER)
    for _ in range(2):
        window.evidence.pack_action.trigger()
        maker = window.evidence._pack
        assert maker is not None
        with qtbot.waitSignal(maker.finished, timeout=30_000) as blocker:
            pass  # the pack is made in the pool; its result arrives through the event loop
        assert blocker.args is not None and blocker.args[0] is not None
    assert (tmp_path / f"Case pack {NUMBER}" / "case.pdf").is_file()
    assert (tmp_path / f"Case pack {NUMBER} (2)" / "case.pdf").is_file()


def test_a_pack_that_cannot_be_written_is_reported(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown_errors: list[str]
) -> None:
    errors = shown_errors
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setattr(evidence_pack, "ask_pack_folder", lambda _parent: blocker)
    window.list_panel.select_number(NUMBER)
    window.evidence.pack_action.trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=30_000)
    assert str(blocker) in errors[0]


@pytest.fixture(autouse=True)
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the GUI would show in a (modal) message box, recorded instead."""
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, _title, text: errors.append(text))
    return errors


@pytest.fixture
def desk(qtbot: QtBot, evidence: EvidenceService, clock: FrozenClock) -> Iterator[EvidenceDesk]:
    host = QWidget()
    qtbot.addWidget(host)
    desk = EvidenceDesk(lambda: evidence, clock, QUndoStack(host), host)
    yield desk
    desk.wait()


def test_the_dispute_wizards_evidence_page_counts_and_takes_photos(
    qtbot: QtBot,
    service: OrderService,
    clock: FrozenClock,
    desk: EvidenceDesk,
    evidence: EvidenceService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    service.record_event(NUMBER, NewEvent("delivered", at=clock.now() - timedelta(days=2)))
    wizard = DisputeWizard(service, clock, NUMBER, evidence=desk)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.reason_page.received.setChecked(True)
    wizard.reason_page.reason_buttons["damaged"].setChecked(True)
    wizard.next()
    wizard.next()
    page = wizard.evidence_page
    assert wizard.currentPage() is page
    box = page.evidence_box
    assert box is not None and box.isVisibleTo(wizard)
    assert box.count.text() == "No photos or videos attached to this order yet."

    monkeypatch.setattr(
        evidence_attach, "ask_evidence_paths", lambda _parent: [photo(tmp_path, "dent.jpg", "red")]
    )
    box.add_button.click()
    qtbot.waitUntil(
        lambda: box.count.text() == "Photos and videos attached to this order: 1.", timeout=10_000
    )

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo(tmp_path, "box.jpg", "blue")))])
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(box, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(
        box,
        QDropEvent(
            QPointF(5, 5),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    qtbot.waitUntil(
        lambda: box.count.text() == "Photos and videos attached to this order: 2.", timeout=10_000
    )
    assert [v.original_name for v in evidence.list(NUMBER)] == ["dent.jpg", "box.jpg"]

    with qtbot.waitActive(wizard):
        wizard.activateWindow()
    QGuiApplication.clipboard().setMimeData(file_mime(photo(tmp_path, "chat.jpg", "white")))
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: box.count.text() == "Photos and videos attached to this order: 3.", timeout=10_000
    )


def test_without_the_evidence_desk_the_page_is_the_checklist_alone(
    qtbot: QtBot, service: OrderService, clock: FrozenClock, evidence: EvidenceService
) -> None:
    wizard = DisputeWizard(service, clock, NUMBER)
    qtbot.addWidget(wizard)
    assert wizard.evidence_page.evidence_box is None


def test_one_pack_at_a_time(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[object] = []

    def folder(_parent: object) -> Path:
        asked.append(_parent)
        return tmp_path

    monkeypatch.setattr(evidence_pack, "ask_pack_folder", folder)
    monkeypatch.setattr(evidence_pack, "ask_open_folder", lambda _parent, _text: False)
    window.list_panel.select_number(NUMBER)
    window.evidence.pack_action.trigger()
    maker = window.evidence._pack
    assert maker is not None and maker.is_running()
    with qtbot.waitSignal(maker.finished, timeout=30_000):
        window.evidence.pack_action.trigger()  # while the first is being made: not asked again
    assert len(asked) == 1
    assert not maker.is_running()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("Case pack")) == [
        f"Case pack {NUMBER}"
    ]


def test_the_folder_picker_makes_a_folder_typed_in_that_does_not_exist_yet(
    qtbot: QtBot, tmp_path: Path
) -> None:
    target = tmp_path / "case packs" / "lamp"
    seen: list[str] = []

    def give_up() -> None:  # today's picker refuses with a message box: close it and the picker
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget.text())
                widget.reject()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QFileDialog) and widget.isVisible():
                widget.reject()

    def type_a_new_folder() -> None:
        picker = QApplication.activeModalWidget()
        assert isinstance(picker, QFileDialog)
        picker.setDirectory(str(tmp_path))
        edit = picker.findChild(QLineEdit, "fileNameEdit")
        edit.setText(str(target))
        QTimer.singleShot(300, give_up)
        picker.accept()

    QTimer.singleShot(0, type_a_new_folder)
    chosen = evidence_pack.ask_pack_folder(None)
    assert seen == []
    assert chosen == target
    assert target.is_dir()
