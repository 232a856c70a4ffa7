"""The case pack: case.pdf (readable, Unicode, numbered pages, captions) and photos/ (upright
JPEGs of at most 2 MB without any EXIF, so without GPS); nothing is ever overwritten."""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from app.clock import FrozenClock
from app.domain.errors import Refused
from app.evidence.upload import MAX_UPLOAD_BYTES
from app.services.evidence import EvidenceService
from app.services.evidence_pack import slug
from app.services.orders import OrderService
from app.services.views import NewEvent, NewOrder
from app.store.store import Store
from tests.app import evidence_media as m

ORDER = "8123456789012345"


@pytest.fixture
def evidence(database: Store, clock: FrozenClock, service: OrderService) -> EvidenceService:
    at = clock.now() - timedelta(days=30)
    service.add_order(
        NewOrder(
            ORDER,
            "Магазин 小店",
            "Наушники 耳机",
            Decimal("12.34"),
            "USD",
            ordered_at=at,
            paid_at=at,
            note="Заказ для мамы",
        )
    )
    service.record_event(ORDER, NewEvent("shipped", at=at + timedelta(days=2), tracking="LP00123456"))
    service.record_event(ORDER, NewEvent("delivered", at=at + timedelta(days=20), note="коробка помята"))
    service.record_event(
        ORDER, NewEvent("dispute-opened", reason="damaged", refund=Decimal("12.34"), note="Seller silent")
    )
    return EvidenceService(database, clock)


def _text(pdf: Path) -> tuple[int, str]:
    reader = PdfReader(pdf)
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def test_pack_writes_a_readable_pdf_and_clean_upright_photos(
    evidence: EvidenceService, tmp_path: Path
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    rotated = m.write(
        src, "IMG_1.JPG", m.jpeg(600, 400, orientation=6, gps=True, taken="2026:03:01 10:00:00")
    )
    big = m.write(src, "IMG_2.JPG", m.noise_jpeg(2400, 1800))
    assert big.stat().st_size > MAX_UPLOAD_BYTES
    heic = m.write(src, "IMG_3.HEIC", m.encoded("HEIF", 80, 60))
    video = m.write(src, "clip.mp4", m.mp4())
    a, b, *_ = evidence.attach(ORDER, [rotated, big, heic, video])
    evidence.set_caption(a.id, "Разбитый корпус")
    evidence.set_caption(b.id, "Label 标签")
    trashed = evidence.attach(ORDER, [m.write(src, "gone.png", m.encoded("PNG"))])[0]
    evidence.trash(trashed.id)

    steps: list[tuple[int, int]] = []
    out = tmp_path / "pack" / "case-1"
    result = evidence.pack(ORDER, out, progress=lambda done, total: steps.append((done, total)))

    assert result.pdf == out / "case.pdf"
    assert [p.name for p in result.photos] == ["01-разбитый-корпус.jpg", "02-label-标签.jpg", "03-img-3.jpg"]
    assert sorted((out / "photos").iterdir()) == sorted(result.photos)  # trashed photo and video left out
    assert steps[-1] == (4, 4) and len(steps) == 4
    for photo in result.photos:
        assert photo.stat().st_size <= MAX_UPLOAD_BYTES
        with Image.open(photo) as image:
            assert image.format == "JPEG"
            assert not image.getexif()
            assert "exif" not in image.info and "xmp" not in image.info
            assert not any(key.startswith(("exif", "xmp", "iptc", "photoshop")) for key in image.info)
    raw = result.photos[0].read_bytes()
    assert b"Exif" not in raw and b"GPS" not in raw
    with Image.open(result.photos[0]) as upright:
        assert upright.size == (400, 600)  # orientation 6: width and height swapped
        assert upright.getpixel((390, 10))[0] > 200 and upright.getpixel((10, 10))[1] > 200

    # The PDF embeds smaller copies: not the 2 MB upload copies.
    assert result.pdf.stat().st_size < sum(p.stat().st_size for p in result.photos)
    pages, text = _text(result.pdf)
    assert pages == result.pages >= 2
    flat = " ".join(text.split())
    for needle in (
        ORDER,
        "Магазин",
        "Разбитый корпус",
        "коробка помята",
        "Seller silent",
        "LP00123456",
        "damaged",
    ):
        assert needle in flat
    assert "Video: clip.mp4" in flat and "gone.png" not in flat and "Stage" in flat
    assert f"Page 1 of {pages}" in flat and f"Page {pages} of {pages}" in flat
    assert "标签" in text  # Chinese prints with the bundled fallback font


def test_pack_refuses_to_overwrite(evidence: EvidenceService, tmp_path: Path) -> None:
    evidence.attach(ORDER, [m.write(tmp_path, "a.jpg", m.jpeg())])
    out = tmp_path / "out"
    out.mkdir()
    (out / "case.pdf").write_bytes(b"mine")
    with pytest.raises(Refused, match="already exists"):
        evidence.pack(ORDER, out)
    assert (out / "case.pdf").read_bytes() == b"mine"
    assert sorted(out.iterdir()) == [out / "case.pdf"]
    photos = tmp_path / "other" / "photos"
    photos.mkdir(parents=True)
    (photos / "01-x.jpg").write_bytes(b"mine")
    with pytest.raises(Refused, match="not empty"):
        evidence.pack(ORDER, photos.parent)
    with pytest.raises(Refused, match="is a file"):
        evidence.pack(ORDER, out / "case.pdf")


def test_a_failed_pack_leaves_nothing_behind(
    evidence: EvidenceService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    evidence.attach(
        ORDER, [m.write(tmp_path, "a.jpg", m.jpeg()), m.write(tmp_path, "b.png", m.encoded("PNG"))]
    )
    from app.evidence import pdf

    def boom(self: object, target: Path) -> int:
        raise OSError("disk full")

    monkeypatch.setattr(pdf.CasePdf, "save", boom)
    out = tmp_path / "new-folder"
    with pytest.raises(OSError):
        evidence.pack(ORDER, out)
    assert not out.exists()


def test_pack_of_an_order_without_evidence_or_dispute(
    evidence: EvidenceService, service: OrderService, clock: FrozenClock, tmp_path: Path
) -> None:
    service.add_order(
        NewOrder("77", "Store", "Thing", Decimal(3), "EUR", ordered_at=clock.now() - timedelta(days=1))
    )
    result = evidence.pack("77", tmp_path / "p")
    pages, text = _text(result.pdf)
    assert (pages, result.photos) == (1, [])
    assert "No photos attached." in text and "\nDispute\n" not in text and "Stage" not in text


def test_the_case_file_reads_in_sentences_with_every_date_it_speaks_of(
    evidence: EvidenceService, service: OrderService, clock: FrozenClock, tmp_path: Path
) -> None:
    result = evidence.pack(ORDER, tmp_path / "p")
    flat = " ".join(_text(result.pdf)[1].split())
    # The timeline in the detail panel's words, not the stored codes.
    for code in ("dispute-opened", "reason: damaged", "refund: 12.34", "in_transit", "dispute_open", "_"):
        assert code not in flat.replace("Case file — order", ""), code
    for sentence in (
        "Dispute opened",
        "Delivered (tracking says so)",
        "Tracking number: LP00123456",
        "Reason: damaged",
        "Refund asked: 12.34 USD",
        "Status Dispute open",
        "Stage Dispute open: waiting for the seller's answer",
    ):
        assert sentence in flat, sentence
    # "by the time shown": every sentence's time is in the file, none points "below" at nothing.
    assert "below" not in flat
    case = service.case(ORDER)
    assert case is not None and case.next_due
    for _kind, due in case.next_due:
        assert due.strftime("%Y-%m-%d %H:%M UTC") in flat
    assert "Seller must respond" in flat and "Dispute escalates" in flat


def test_upload_copies_shrink_until_they_fit(tmp_path: Path) -> None:
    from app.evidence.upload import upload_jpeg

    photo = m.write(tmp_path, "n.jpg", m.noise_jpeg(1200, 900))
    data = upload_jpeg(photo, "n.jpg", max_bytes=150_000)
    assert len(data) <= 150_000


def test_slugs() -> None:
    assert slug("Broken  case, side #2!") == "broken-case-side-2"
    assert slug("Разбитый корпус") == "разбитый-корпус"
    assert slug("...") == ""
    assert re.fullmatch(r"[\w-]{1,40}", slug("x" * 100))


def test_the_chinese_fallback_font_ships_with_the_app() -> None:
    from app.evidence.pdf import CJK_FONT_CANDIDATES, FONT_DIR

    bundled = Path(CJK_FONT_CANDIDATES[0])
    assert bundled.parent == FONT_DIR and bundled.is_file()
    assert (FONT_DIR / "LICENSE-DroidSansFallback.txt").is_file()


@pytest.mark.skipif(__import__("os").name != "posix", reason="file modes are POSIX-only")
def test_a_pack_folder_the_app_creates_is_private_and_a_chosen_one_keeps_its_mode(
    evidence: EvidenceService, tmp_path: Path
) -> None:
    import os
    import stat

    def mode(path: Path) -> int:
        return stat.S_IMODE(path.stat().st_mode)

    old = os.umask(0o022)
    try:
        result = evidence.pack(ORDER, tmp_path / "new" / "pack")
        chosen = tmp_path / "chosen"
        chosen.mkdir(mode=0o755)
        os.chmod(chosen, 0o755)
        evidence.pack(ORDER, chosen)
    finally:
        os.umask(old)
    assert mode(tmp_path / "new" / "pack") == 0o700
    assert mode(result.pdf) == 0o600
    assert mode(tmp_path / "new" / "pack" / "photos") == 0o700
    assert all(mode(photo) == 0o600 for photo in result.photos)
    assert mode(chosen) == 0o755 and mode(chosen / "case.pdf") == 0o600
