"""What may be kept as evidence: format sniffing, refusals, metadata, and the container parsers
(hypothesis: arbitrary bytes never raise anything but Refused)."""

from __future__ import annotations

import io
import struct
import warnings
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from app.domain.errors import Refused
from app.evidence.inspect import inspect_bytes, inspect_path
from app.evidence.video import inspect_isobmff, inspect_webm
from tests.app import evidence_media as m


@pytest.mark.parametrize(
    ("name", "data", "key", "kind", "mime", "size"),
    [
        ("a.jpg", m.jpeg(64, 48), "jpeg", "image", "image/jpeg", (64, 48)),
        ("b.png", m.encoded("PNG"), "png", "image", "image/png", (40, 30)),
        ("alpha.png", m.encoded("PNG", mode="RGBA"), "png", "image", "image/png", (40, 30)),
        ("c.webp", m.encoded("WEBP"), "webp", "image", "image/webp", (40, 30)),
        ("d.heic", m.encoded("HEIF"), "heic", "image", "image/heic", (40, 30)),
        ("e.mp4", m.mp4(), "mp4", "video", "video/mp4", (640, 480)),
        ("f.mov", m.mp4(b"qt  "), "mov", "video", "video/quicktime", (640, 480)),
        ("g.webm", m.webm(), "webm", "video", "video/webm", (640, 360)),
        ("h.mkv", m.webm(doctype=b"matroska"), "webm", "video", "video/webm", (640, 360)),
    ],
)
def test_supported_formats_are_recognised_by_content(
    name: str, data: bytes, key: str, kind: str, mime: str, size: tuple[int, int]
) -> None:
    found = inspect_bytes(data, name)
    assert (found.format.key, found.kind, found.mime) == (key, kind, mime)
    assert (found.width, found.height) == size
    assert found.size == len(data)
    if kind == "video":
        assert found.duration_ms == 5000


def test_the_file_name_does_not_decide_the_format() -> None:
    assert inspect_bytes(m.encoded("PNG"), "photo.jpg").ext == "png"


def test_upright_dimensions_and_capture_time_from_exif() -> None:
    found = inspect_bytes(
        m.jpeg(64, 48, orientation=6, taken="2026:03:01 10:00:00", offset="+02:00"), "r.jpg"
    )
    assert (found.width, found.height) == (48, 64)  # shown rotated
    assert found.captured_at == datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


def test_capture_time_without_offset_is_local_time(local_tz) -> None:  # type: ignore[no-untyped-def]
    local_tz("Asia/Tokyo")
    found = inspect_bytes(m.jpeg(taken="2026:03:01 10:00:00"), "t.jpg")
    assert found.captured_at == datetime(2026, 3, 1, 1, 0, tzinfo=UTC)


def test_garbage_capture_time_is_ignored() -> None:
    assert inspect_bytes(m.jpeg(taken="0000:00:00 00:00:00"), "z.jpg").captured_at is None


@pytest.mark.parametrize(
    ("name", "data", "phrase"),
    [
        ("empty.jpg", b"", "is empty"),
        ("notes.jpg", b"this is a text file, not a photo\n", "not a photo or video"),
        ("cut.jpg", m.jpeg(640, 480)[:-3000], "damaged or cut off"),
        ("cut.png", m.encoded("PNG", 300, 200)[:-100], "damaged or cut off"),
        ("cut.webp", m.encoded("WEBP", 300, 200)[:-50], "damaged or cut off"),
        ("cut.heic", m.encoded("HEIF", 300, 200)[:-100], "not a readable image: a box runs past the end"),
        ("cut.mp4", m.mp4()[:-5], "cut off"),
        ("cut.webm", m.webm()[:-3], "cut off"),
        ("huge.png", m.png_claiming(100_000, 100_000), "huge.png"),
        ("wide.png", m.png_claiming(40_000, 10), "too large"),
        pytest.param(
            "bomb.png",
            m.png_claiming(12_000, 12_000, rows=12_000),
            "too large",
            marks=pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning"),
        ),
        ("sound.mp4", m.mp4(handler=b"soun"), "no video track"),
        ("doc.webm", m.webm(doctype=b"pdf"), "not a WebM"),
        ("moovless.mp4", m.mp4()[:24] + m.box(b"mdat", b"x" * 10), "no movie header"),
        ("avif.avif", m.box(b"ftyp", b"avif", b"\0\0\0\0", b"avif") + b"\0" * 20, "AVIF"),
    ],
)
def test_refusals_name_the_file(name: str, data: bytes, phrase: str) -> None:
    with pytest.raises(Refused) as refused:
        inspect_bytes(data, name)
    assert name in str(refused.value)
    assert phrase in str(refused.value)


def test_pillows_own_bomb_limit_becomes_a_refusal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100)
    with pytest.raises(Refused, match="decompression bomb"):
        inspect_bytes(m.encoded("PNG", 40, 30), "small-bomb.png")


def test_a_large_photo_within_our_limit_prints_no_pillow_warning() -> None:
    # 9,500 × 9,500 = 90.25 megapixels: over Pillow's warning threshold, under our 100.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(Refused, match="damaged or cut off"):  # the header only: no pixels
            inspect_bytes(m.png_claiming(9_500, 9_500), "panorama.png")
    assert not [w for w in caught if issubclass(w.category, Image.DecompressionBombWarning)]


def test_inspect_path_reports_missing_files_and_folders(tmp_path: Path) -> None:
    with pytest.raises(Refused, match="does not exist"):
        inspect_path(tmp_path / "nope.jpg")
    with pytest.raises(Refused, match="is a folder"):
        inspect_path(tmp_path)
    photo = m.write(tmp_path, "ok.jpg", m.jpeg())
    assert inspect_path(photo).source == photo


def test_mp4_with_64_bit_box_sizes_and_a_to_the_end_mdat() -> None:
    data = m.mp4()
    ftyp_and_moov, mdat_body = data[: -len(m.box(b"mdat", b"\0" * 20))], b"payload" * 3
    large = struct.pack(">I4sQ", 1, b"mdat", 16 + len(mdat_body)) + mdat_body
    assert inspect_bytes(ftyp_and_moov + large, "large.mp4").duration_ms == 5000
    to_end = struct.pack(">I4s", 0, b"mdat") + mdat_body
    assert inspect_bytes(ftyp_and_moov + to_end, "open.mp4").width == 640


def test_live_recorded_webm_with_unknown_sizes() -> None:
    found = inspect_bytes(m.live_webm(), "live.webm")
    assert (found.width, found.height, found.duration_ms) == (1280, 720, None)
    with pytest.raises(Refused, match="cut off"):
        inspect_bytes(m.live_webm()[:-3], "live-cut.webm")


def test_a_box_claiming_more_than_the_file_is_refused() -> None:
    data = bytearray(m.mp4())
    data[-28:-24] = struct.pack(">I", 10_000)  # the mdat claims 10 KB
    with pytest.raises(Refused, match="runs past the end"):
        inspect_bytes(bytes(data), "liar.mp4")


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.binary(max_size=400))
def test_box_walker_only_ever_refuses(data: bytes) -> None:
    for candidate in (data, m.mp4()[:32] + data, b"\0\0\0\x14ftypisom\0\0\0\0isom" + data):
        try:
            inspect_isobmff(io.BytesIO(candidate), len(candidate), "x.mp4")
        except Refused:
            pass


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.binary(max_size=400), st.integers(min_value=0, max_value=200))
def test_ebml_walker_only_ever_refuses(data: bytes, cut: int) -> None:
    valid, live = m.webm(), m.live_webm()
    for candidate in (data, valid[:cut] + data, valid[: len(valid) - cut], live[: len(live) - cut] + data):
        try:
            inspect_webm(io.BytesIO(candidate), len(candidate), "x.webm")
        except Refused:
            pass


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.binary(max_size=300), st.sampled_from([m.jpeg(), m.encoded("PNG"), m.mp4(), m.webm()]))
def test_whole_inspection_only_ever_refuses(data: bytes, prefix: bytes) -> None:
    for candidate in (data, prefix[: len(prefix) // 2] + data):
        try:
            inspect_bytes(candidate, "fuzz.bin")
        except Refused:
            pass


def _open_ended_mdat(data: bytes) -> bytes:
    """The HEIC with its media box's size set to 0 ("to the end of the file")."""
    at = data.index(b"mdat") - 4
    assert struct.unpack(">I", data[at : at + 4])[0] == len(data) - at  # mdat comes last
    return data[:at] + b"\0\0\0\0" + data[at + 4 :]


def test_heic_is_checked_by_its_boxes_and_decoded_when_they_cannot_prove_it_complete() -> None:
    data = m.encoded("HEIF", 300, 200)
    open_ended = _open_ended_mdat(data)
    assert inspect_bytes(open_ended, "open.heic").size == len(data)
    with pytest.raises(Refused, match=r"cut\.heic is damaged or cut off"):
        inspect_bytes(open_ended[:-100], "cut.heic")
    with pytest.raises(Refused, match="no image header"):
        inspect_bytes(data[: data.index(b"meta") - 4] + m.box(b"mdat", b"x"), "headless.heic")


@given(st.text(max_size=40), st.one_of(st.none(), st.text(max_size=10)))
def test_exif_times_never_raise_and_are_utc(text: str, offset: str | None) -> None:
    from app.evidence.inspect import _exif_time

    when = _exif_time(text, offset)
    assert when is None or when.tzinfo is UTC


@given(
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1)),
    st.integers(min_value=-14 * 60, max_value=14 * 60),
)
def test_exif_times_with_an_offset_are_exact(moment: datetime, minutes: int) -> None:
    from datetime import timedelta

    from app.evidence.inspect import _exif_time

    sign = "-" if minutes < 0 else "+"
    offset = f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    expected = moment.replace(microsecond=0, tzinfo=UTC) - timedelta(minutes=minutes)
    assert _exif_time(moment.strftime("%Y:%m:%d %H:%M:%S"), offset) == expected
