"""The evidence gallery as a buyer uses it: it opens at once on placeholders, shows photos
upright, zooms, steps with the arrow keys, saves a caption typed in place, moves a photo to the
trash and brings it back with Ctrl+Z, and hands a video to the system player."""

from __future__ import annotations

import struct
import threading
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QUndoStack, QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.clock import FrozenClock
from app.services.evidence import EvidenceService, EvidenceView
from app.services.orders import OrderService
from app.services.views import NewOrder
from ui.common import dialogs
from ui.evidence import desk as evidence_desk
from ui.evidence.desk import EvidenceDesk
from ui.evidence.gallery import EvidenceGallery, open_gallery

NUMBER = "8100000000000077"


def mp4(path: Path) -> Path:
    """The smallest MP4 the service accepts: a file-type box, a movie with a video track, data."""

    def box(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", 8 + len(payload)) + kind + payload

    handler = box(b"hdlr", b"\0" * 8 + b"vide" + b"\0" * 13)
    movie = box(b"moov", box(b"trak", box(b"mdia", handler)))
    path.write_bytes(box(b"ftyp", b"isom\0\0\2\0isomiso2mp41") + movie + box(b"mdat", b"\0" * 16))
    return path


def photo(
    folder: Path, name: str, colour: str, size: tuple[int, int] = (80, 40), orientation: int = 1
) -> Path:
    path = folder / name
    image = Image.new("RGB", size, colour)
    exif = Image.Exif()
    exif[0x0112] = orientation
    image.save(path, "JPEG", exif=exif.tobytes())
    return path


@pytest.fixture
def evidence(service: OrderService, clock: FrozenClock, tmp_path: Path) -> EvidenceService:
    paid = clock.now() - timedelta(days=30)
    service.add_order(NewOrder(NUMBER, "Store", "Lamp", Decimal("20.00"), "USD", paid, paid, "card", 5))
    store = EvidenceService(service.store, clock)
    folder = tmp_path / "in"
    folder.mkdir()
    store.attach(
        NUMBER,
        [
            photo(folder, "one.jpg", "red"),
            photo(folder, "two.jpg", "green"),
            photo(folder, "turned.jpg", "blue", orientation=6),  # stored landscape, shown portrait
            mp4(folder / "unboxing.mp4"),
        ],
    )
    return store


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


def shown_gallery(qtbot: QtBot, desk: EvidenceDesk) -> EvidenceGallery:
    gallery = open_gallery(desk, NUMBER)
    qtbot.addWidget(gallery)
    with qtbot.waitActive(gallery):
        gallery.activateWindow()
    return gallery


def test_the_gallery_opens_on_the_first_photo_and_fills_in_thumbnails(
    qtbot: QtBot, desk: EvidenceDesk
) -> None:
    gallery = shown_gallery(qtbot, desk)
    assert gallery.model.rowCount() == 4
    assert gallery.position.text() == "1 of 4"
    assert gallery.details.text().startswith("one.jpg · 80 × 40")
    views = gallery.model.views()
    qtbot.waitUntil(
        lambda: all(desk.loader.pixmap(v, 96) is not None for v in views if v.kind == "image"), timeout=10_000
    )
    qtbot.waitUntil(gallery.has_full_photo, timeout=10_000)
    assert gallery.viewer.pixmap().width() == 80


def test_photos_are_shown_upright_by_their_exif_orientation(qtbot: QtBot, desk: EvidenceDesk) -> None:
    gallery = shown_gallery(qtbot, desk)
    gallery.select_row(2)
    qtbot.waitUntil(gallery.has_full_photo, timeout=10_000)
    shown = gallery.viewer.pixmap()
    assert (shown.width(), shown.height()) == (40, 80)
    view = gallery.current()
    assert view is not None
    thumb = None

    def thumbnail_came() -> bool:
        nonlocal thumb
        thumb = desk.loader.pixmap(view, 96)
        return thumb is not None

    qtbot.waitUntil(thumbnail_came, timeout=10_000)
    assert thumb is not None and thumb.height() > thumb.width()


def test_arrow_keys_step_through_the_photos(qtbot: QtBot, desk: EvidenceDesk) -> None:
    gallery = shown_gallery(qtbot, desk)
    gallery.viewer.setFocus()
    qtbot.keyClick(gallery.viewer, Qt.Key.Key_Right)
    assert gallery.position.text() == "2 of 4"
    assert gallery.details.text().startswith("two.jpg")
    qtbot.keyClick(gallery.viewer, Qt.Key.Key_Right)
    qtbot.keyClick(gallery.viewer, Qt.Key.Key_Right)
    qtbot.keyClick(gallery.viewer, Qt.Key.Key_Right)  # stays on the last one
    assert gallery.position.text() == "4 of 4"
    qtbot.keyClick(gallery.viewer, Qt.Key.Key_Left)
    assert gallery.position.text() == "3 of 4"
    assert not gallery.next_action.isEnabled() or gallery.position.text() != "4 of 4"


def test_zoom_with_the_keyboard_and_ctrl_wheel_and_back_to_fit(qtbot: QtBot, desk: EvidenceDesk) -> None:
    gallery = shown_gallery(qtbot, desk)
    qtbot.waitUntil(gallery.has_full_photo, timeout=10_000)
    viewer = gallery.viewer
    viewer.setFocus()
    start = viewer.zoom()
    assert viewer.is_fitted()
    qtbot.keyClick(viewer, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert viewer.zoom() == pytest.approx(start * 1.25)
    assert not viewer.is_fitted()
    assert gallery.zoom_label.text() == f"{round(viewer.zoom() * 100)}%"
    qtbot.keyClick(viewer, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(viewer, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert viewer.zoom() == pytest.approx(start / 1.25)

    centre = QPointF(viewer.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(viewer.viewport().mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewer.viewport(), wheel)
    assert viewer.zoom() == pytest.approx(start / 1.25 * 1.25**2)
    qtbot.keyClick(viewer, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert viewer.is_fitted()
    assert viewer.zoom() == pytest.approx(start)


def test_a_caption_typed_in_place_is_saved_through_the_service(
    qtbot: QtBot, desk: EvidenceDesk, evidence: EvidenceService
) -> None:
    gallery = shown_gallery(qtbot, desk)
    gallery.step(1)
    qtbot.keyClicks(gallery.caption, "Dent on the left side")
    qtbot.keyClick(gallery.caption, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: evidence.list(NUMBER)[1].caption == "Dent on the left side", timeout=10_000)
    assert [v.caption for v in evidence.list(NUMBER)] == ["", "Dent on the left side", "", ""]
    # The list shows the caption as the photo's title once saved, and the gallery stays put.
    qtbot.waitUntil(lambda: gallery.model.index(1).data() == "Dent on the left side")
    assert gallery.position.text() == "2 of 4"


def test_moving_to_the_trash_and_ctrl_z_brings_it_back(
    qtbot: QtBot, desk: EvidenceDesk, evidence: EvidenceService
) -> None:
    gallery = shown_gallery(qtbot, desk)
    gallery.step(1)
    gallery.viewer.setFocus()
    qtbot.keyClick(gallery.viewer, Qt.Key.Key_Delete)
    assert [v.original_name for v in evidence.list(NUMBER)] == ["one.jpg", "turned.jpg", "unboxing.mp4"]
    assert [v.original_name for v in evidence.list(NUMBER, trashed=True)] == ["two.jpg"]
    assert gallery.model.rowCount() == 3
    assert gallery.details.text().startswith("turned.jpg")  # the next one takes its place

    qtbot.keyClick(gallery.viewer, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [v.original_name for v in evidence.list(NUMBER)] == [
        "one.jpg",
        "two.jpg",
        "turned.jpg",
        "unboxing.mp4",
    ]
    assert gallery.model.rowCount() == 4


def test_a_video_shows_a_play_sign_and_opens_in_the_system_player(
    qtbot: QtBot, desk: EvidenceDesk, evidence: EvidenceService, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(evidence_desk, "open_in_system", lambda url: opened.append(url) or True)
    gallery = shown_gallery(qtbot, desk)
    gallery.select_row(3)
    assert gallery.viewer.is_video()
    assert gallery.play_action.isEnabled()
    assert not gallery.zoom_in_action.isEnabled()
    gallery.viewer.setFocus()
    qtbot.keyClick(gallery.viewer, Qt.Key.Key_Return)
    video = evidence.list(NUMBER)[3]
    assert [url.toLocalFile() for url in opened] == [str(evidence.original_path(video))]


def test_the_strip_and_gallery_share_one_gallery_per_order(qtbot: QtBot, desk: EvidenceDesk) -> None:
    first = shown_gallery(qtbot, desk)
    views = first.model.views()
    again = open_gallery(desk, NUMBER, views[2].id)
    assert again is first
    assert first.position.text() == "3 of 4"


def test_a_caption_typed_then_stepping_away_is_saved_for_the_photo_it_was_typed_for(
    qtbot: QtBot, desk: EvidenceDesk, evidence: EvidenceService
) -> None:
    gallery = shown_gallery(qtbot, desk)
    qtbot.waitUntil(gallery.has_full_photo, timeout=10_000)
    gallery.caption.setFocus()
    qtbot.keyClicks(gallery.caption, "Crushed corner")
    qtbot.keyClick(gallery.caption, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # Next, still typing
    assert gallery.position.text() == "2 of 4"
    assert gallery.caption.text() == ""
    qtbot.waitUntil(lambda: evidence.list(NUMBER)[0].caption == "Crushed corner", timeout=10_000)
    assert evidence.list(NUMBER)[1].caption == ""


def test_saving_a_caption_keeps_the_photo_on_screen(
    qtbot: QtBot, desk: EvidenceDesk, evidence: EvidenceService
) -> None:
    gallery = shown_gallery(qtbot, desk)
    qtbot.waitUntil(gallery.has_full_photo, timeout=10_000)
    gallery.viewer.zoom_in()
    zoom = gallery.viewer.zoom()
    qtbot.keyClicks(gallery.caption, "Front")
    qtbot.keyClick(gallery.caption, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: gallery.model.index(0).data() == "Front", timeout=10_000)
    assert gallery.has_full_photo()
    assert gallery.viewer.zoom() == pytest.approx(zoom)


def test_a_full_photo_read_after_the_gallery_closed_is_dropped_with_it(
    qtbot: QtBot, desk: EvidenceDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The full photo is read in the desk's (long-lived) pool; closing the gallery meanwhile must
    not have it shown in a viewer that no longer exists (qt_default_raising fails the test)."""
    gallery = open_gallery(desk, NUMBER)  # not handed to qtbot: the test closes and deletes it
    qtbot.waitUntil(gallery.has_full_photo, timeout=10_000)
    reading = threading.Event()
    release = threading.Event()
    slow_path = desk.display_path

    def display_path(view: EvidenceView) -> Path:
        reading.set()
        release.wait(10)
        return slow_path(view)

    monkeypatch.setattr(desk, "display_path", display_path)
    gallery.step(1)
    qtbot.waitUntil(reading.is_set, timeout=10_000)  # the next photo is being read
    with qtbot.waitSignal(gallery.destroyed):
        gallery.close()  # deleted on close
    release.set()
    assert desk.wait()
    QApplication.processEvents()  # the result arrives on the GUI thread: nobody is there to take it


def test_a_closed_gallery_opens_again_as_a_new_one(qtbot: QtBot, desk: EvidenceDesk) -> None:
    first = open_gallery(desk, NUMBER)  # not handed to qtbot: the test closes and deletes it
    with qtbot.waitSignal(first.destroyed):
        first.close()
    again = shown_gallery(qtbot, desk)
    assert again.isVisible() and desk.gallery(NUMBER) is again
