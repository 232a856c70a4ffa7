"""EvidenceService: content-addressed storage, dedupe, all-or-nothing batches, trash, captions,
thumbnails, display copies and the doctor's checks."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import threading
from contextlib import closing
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image

from app.clock import FrozenClock
from app.domain.errors import Refused
from app.services.evidence import EvidenceService
from app.services.orders import OrderService
from app.services.views import NewEvent, NewOrder
from app.store.store import Store
from tests.app import evidence_media as m

ORDER = "8100000000000001"


@pytest.fixture
def evidence(database: Store, clock: FrozenClock, service: OrderService) -> EvidenceService:
    at = clock.now() - timedelta(days=20)
    service.add_order(
        NewOrder(ORDER, "Магазин 小店", "Наушники", Decimal("12.34"), "USD", ordered_at=at, paid_at=at)
    )
    return EvidenceService(database, clock)


def _rows(db: Store) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db.path)) as conn, conn:
        return list(conn.execute("SELECT * FROM evidence ORDER BY id"))


def _files(db: Store) -> list[Path]:
    root = db.data_dir.evidence
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def test_files_are_stored_by_hash_byte_for_byte_and_private(
    evidence: EvidenceService, tmp_path: Path
) -> None:
    data = m.jpeg(64, 48, orientation=6, gps=True, taken="2026:03:01 10:00:00", offset="+02:00")
    photo = m.write(tmp_path, "IMG_0001.JPG", data)
    [view] = evidence.attach(ORDER, [photo], caption="  broken   case ")
    sha = hashlib.sha256(data).hexdigest()
    stored = evidence.store.data_dir.evidence / sha[:2] / f"{sha}.jpg"
    assert evidence.original_path(view) == stored
    assert stored.read_bytes() == data
    assert (view.sha256, view.ext, view.kind, view.mime, view.size) == (
        sha,
        "jpg",
        "image",
        "image/jpeg",
        len(data),
    )
    assert (view.original_name, view.caption, view.order) == ("IMG_0001.JPG", "broken case", ORDER)
    assert (view.width, view.height) == (48, 64)
    assert view.captured_at == datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
    assert view.deleted_at is None and view.dispute_event_id is None
    if os.name == "posix":
        assert stat.S_IMODE(stored.stat().st_mode) == 0o600
        assert stat.S_IMODE(stored.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(stored.parent.parent.stat().st_mode) == 0o700
    assert not [p for p in stored.parent.iterdir() if p.name.startswith(".")]  # no temp files left


def test_attaching_the_same_file_again_is_a_no_op(evidence: EvidenceService, tmp_path: Path) -> None:
    data = m.encoded("PNG")
    first = evidence.attach(ORDER, [m.write(tmp_path, "a.png", data)], caption="first")
    again = evidence.attach(
        ORDER, [m.write(tmp_path, "copy.png", data), m.write(tmp_path, "copy2.png", data)], caption="second"
    )
    assert again == first  # same item, same caption, returned once
    assert evidence.count(ORDER) == 1
    assert len(_files(evidence.store)) == 1


def test_the_same_file_on_two_orders_is_stored_once(
    evidence: EvidenceService, service: OrderService, tmp_path: Path, clock: FrozenClock
) -> None:
    service.add_order(
        NewOrder("8200", "S", "T", Decimal(1), "USD", ordered_at=clock.now() - timedelta(days=1))
    )
    photo = m.write(tmp_path, "a.webp", m.encoded("WEBP"))
    [one] = evidence.attach(ORDER, [photo])
    [two] = evidence.attach("8200", [photo])
    assert one.id != two.id and one.sha256 == two.sha256
    assert len(_files(evidence.store)) == 1


def test_a_batch_with_one_bad_file_stores_nothing(evidence: EvidenceService, tmp_path: Path) -> None:
    good = [m.write(tmp_path, "a.jpg", m.jpeg()), m.write(tmp_path, "b.mp4", m.mp4())]
    bad = m.write(tmp_path, "cut.webm", m.webm()[:-4])
    with pytest.raises(Refused, match=r"cut\.webm"):
        evidence.attach(ORDER, [*good, bad])
    assert _rows(evidence.store) == []
    assert _files(evidence.store) == []


def test_a_failing_transaction_removes_the_files_it_wrote(
    evidence: EvidenceService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = m.write(tmp_path, "kept.png", m.encoded("PNG"))
    evidence.attach(ORDER, [kept])
    from app.store.transaction import Transaction

    def boom(*_args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(Transaction, "insert_evidence", boom)
    new = m.write(tmp_path, "new.jpg", m.jpeg())
    with pytest.raises(RuntimeError):
        evidence.attach(ORDER, [kept, new])
    assert len(_rows(evidence.store)) == 1
    assert [p.suffix for p in _files(evidence.store)] == [".png"]  # the old file stays


def test_attach_refuses_unknown_and_trashed_orders_and_empty_batches(
    evidence: EvidenceService, service: OrderService, tmp_path: Path
) -> None:
    photo = m.write(tmp_path, "a.jpg", m.jpeg())
    with pytest.raises(Refused, match="no order 999"):
        evidence.attach("999", [photo])
    with pytest.raises(Refused, match="no files"):
        evidence.attach(ORDER, [])
    service.trash(ORDER)
    with pytest.raises(Refused, match="in the trash"):
        evidence.attach(ORDER, [photo])
    assert _files(evidence.store) == []


def test_progress_counts_validation_and_storage(evidence: EvidenceService, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    paths = [m.write(tmp_path, f"{i}.png", m.encoded("PNG", 10 + i, 10)) for i in range(3)]
    evidence.attach(ORDER, paths, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 6), (2, 6), (3, 6), (4, 6), (5, 6), (6, 6)]


def test_clipboard_bytes_are_stored_as_png(evidence: EvidenceService) -> None:
    view = evidence.attach_bytes(ORDER, m.encoded("PNG", 30, 20), "Screenshot", caption="chat")
    assert (view.ext, view.mime, view.original_name, view.caption) == (
        "png",
        "image/png",
        "Screenshot",
        "chat",
    )
    assert evidence.original_path(view).read_bytes() == m.encoded("PNG", 30, 20)
    with pytest.raises(Refused, match="clip"):
        evidence.attach_bytes(ORDER, b"not an image", "clip")
    with pytest.raises(Refused, match="not an image"):
        evidence.attach_bytes(ORDER, m.mp4(), "movie")


def test_trash_and_restore_keep_the_file(
    evidence: EvidenceService, tmp_path: Path, clock: FrozenClock
) -> None:
    [a] = evidence.attach(ORDER, [m.write(tmp_path, "a.jpg", m.jpeg())])
    clock.advance(timedelta(minutes=1))
    [b] = evidence.attach(ORDER, [m.write(tmp_path, "b.png", m.encoded("PNG"))])
    assert [v.id for v in evidence.list(ORDER)] == [a.id, b.id]  # oldest first
    evidence.trash(a.id)
    assert [v.id for v in evidence.list(ORDER)] == [b.id]
    [trashed] = evidence.list(ORDER, trashed=True)
    assert trashed.id == a.id and trashed.deleted_at == clock.now()
    assert evidence.count(ORDER) == 1
    assert evidence.original_path(a).exists()
    evidence.restore(a.id)
    assert [v.id for v in evidence.list(ORDER)] == [a.id, b.id]
    with pytest.raises(Refused, match="no evidence item 999"):
        evidence.trash(999)


def test_attaching_a_trashed_file_again_brings_it_back(evidence: EvidenceService, tmp_path: Path) -> None:
    photo = m.write(tmp_path, "a.jpg", m.jpeg())
    [a] = evidence.attach(ORDER, [photo])
    evidence.trash(a.id)
    [again] = evidence.attach(ORDER, [photo])
    assert again.id == a.id and again.deleted_at is None


def test_captions_are_edited_and_limited(evidence: EvidenceService, tmp_path: Path) -> None:
    [a] = evidence.attach(ORDER, [m.write(tmp_path, "a.jpg", m.jpeg())])
    assert evidence.set_caption(a.id, "Трещина 裂缝").caption == "Трещина 裂缝"
    assert evidence.list(ORDER)[0].caption == "Трещина 裂缝"
    with pytest.raises(Refused, match="at most"):
        evidence.set_caption(a.id, "x" * 501)


def test_evidence_is_linked_to_the_dispute(
    evidence: EvidenceService, service: OrderService, tmp_path: Path
) -> None:
    service.record_event(ORDER, NewEvent("shipped"))
    service.record_event(ORDER, NewEvent("dispute-opened", reason="damaged", refund=Decimal("12.34")))
    [view] = evidence.attach(ORDER, [m.write(tmp_path, "a.jpg", m.jpeg())])
    with closing(sqlite3.connect(evidence.store.path)) as conn, conn:
        [(event_id,)] = conn.execute("SELECT id FROM events WHERE kind = 'dispute-opened'").fetchall()
    assert view.dispute_event_id == event_id


def test_thumbnails_are_upright_small_cached_and_thread_safe(
    evidence: EvidenceService, tmp_path: Path
) -> None:
    [view] = evidence.attach(ORDER, [m.write(tmp_path, "r.jpg", m.jpeg(400, 300, orientation=6))])
    results: list[Path | None] = []
    threads = [
        threading.Thread(target=lambda: results.append(evidence.thumbnail(view, 128))) for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(results)) == 1
    path = results[0]
    assert path is not None and path.name == f"{view.sha256}-128.jpg" and path.parent.name == "thumbs"
    with Image.open(path) as thumb:
        assert thumb.size == (96, 128)  # portrait: turned upright
        assert thumb.getpixel((90, 5))[0] > 200  # the red corner went top-right
        assert not thumb.getexif()


def test_videos_have_no_thumbnail_and_heic_gets_a_jpeg_for_display(
    evidence: EvidenceService, tmp_path: Path
) -> None:
    video, heic, png = evidence.attach(
        ORDER,
        [
            m.write(tmp_path, "v.mov", m.mp4(b"qt  ")),
            m.write(tmp_path, "h.heic", m.encoded("HEIF")),
            m.write(tmp_path, "p.png", m.encoded("PNG")),
        ],
    )
    assert evidence.thumbnail(video) is None
    assert evidence.display_path(png) == evidence.original_path(png)
    shown = evidence.display_path(heic)
    assert shown.name == f"{heic.sha256}.jpg" and shown.parent.name == "display"
    with Image.open(shown) as image:
        assert (image.format, image.size) == ("JPEG", (40, 30))
    thumb = evidence.thumbnail(heic, 16)
    assert thumb is not None and Image.open(thumb).size == (16, 12)


def test_attaching_the_original_again_repairs_a_damaged_copy(
    evidence: EvidenceService, tmp_path: Path
) -> None:
    photo = m.write(tmp_path, "a.jpg", m.jpeg())
    [view] = evidence.attach(ORDER, [photo])
    stored = evidence.original_path(view)
    stored.write_bytes(b"\0" * stored.stat().st_size)  # same size, other content
    assert len(evidence.check()) == 1
    assert evidence.attach(ORDER, [photo]) == [view]
    assert evidence.check() == [] and stored.read_bytes() == photo.read_bytes()


def test_doctor_finds_missing_and_damaged_files_and_notes_strays(
    evidence: EvidenceService, tmp_path: Path
) -> None:
    a, b = evidence.attach(
        ORDER, [m.write(tmp_path, "a.jpg", m.jpeg()), m.write(tmp_path, "b.png", m.encoded("PNG"))]
    )
    assert evidence.check() == []
    evidence.original_path(a).unlink()
    damaged = evidence.original_path(b)
    damaged.write_bytes(damaged.read_bytes()[:-1] + b"\0")
    stray = evidence.files.path("f" * 64, "jpg")
    stray.parent.mkdir(parents=True)
    stray.write_bytes(b"left behind")
    problems = evidence.check()
    assert len(problems) == 2
    assert "missing" in problems[0] and "a.jpg" in problems[0]
    assert "damaged" in problems[1] and "b.png" in problems[1]
    assert evidence.unreferenced_files() == [stray]
    with pytest.raises(Refused, match="missing"):
        evidence.thumbnail(a)
