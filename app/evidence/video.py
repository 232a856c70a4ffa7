"""Videos checked by their container structure, without a decoder.

MP4 and MOV are ISO-BMFF: a sequence of boxes (size, type, payload) that must start with
``ftyp``, contain a ``moov`` (with a video track) and the media data, and whose sizes stay
inside the file, so a cut-off download is refused. WebM is Matroska: an EBML header whose
DocType is ``webm`` or ``matroska``, then a Segment with tracks and clusters whose sizes fit.
Duration and dimensions are read when they are cheap to find (``mvhd``/``tkhd``, ``Info``
and ``Tracks``). Every problem is a :class:`Refused` naming the file; arbitrary bytes never
raise anything else.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from app.domain.errors import Refused
from app.i18n import translate

MAX_MOOV_BYTES = 64 * 1024 * 1024  # the movie header of a phone video is a few hundred KB
MAX_WEBM_META_BYTES = 16 * 1024 * 1024  # Info and Tracks
MAX_ELEMENTS = 1_000_000
_CONTAINERS = {b"moov", b"trak", b"mdia"}


@dataclass(frozen=True)
class VideoInfo:
    width: int | None
    height: int | None
    duration_ms: int | None


def _damaged(name: str, why: str, what: str = "video") -> Refused:
    """``name`` is not a readable video (or image, ``what``): ``why`` (a translated clause)."""
    if what == "image":
        return Refused(
            translate("evidence", "{name} is not a readable image: {reason}").format(name=name, reason=why)
        )
    return Refused(
        translate("evidence", "{name} is not a readable video: {reason}").format(name=name, reason=why)
    )


def _read_at(stream: BinaryIO, offset: int, count: int) -> bytes:
    stream.seek(offset)
    return stream.read(count)


# -- ISO-BMFF (MP4, MOV, and HEIC's container) ------------------------------------------------


@dataclass(frozen=True)
class Box:
    type: bytes
    start: int  # offset of the box header
    header: int  # header length in bytes
    size: int  # whole box, header included

    @property
    def payload(self) -> int:
        return self.start + self.header

    @property
    def end(self) -> int:
        return self.start + self.size


def iter_boxes(data: bytes | BinaryIO, start: int, end: int, name: str, what: str = "video") -> Iterator[Box]:
    """The boxes between ``start`` and ``end`` of ``data`` (bytes or a seekable file). A box
    whose size is impossible or runs past ``end`` is refused: the file is damaged or cut off."""
    offset, count = start, 0
    while offset < end:
        count += 1
        if count > MAX_ELEMENTS:
            raise _damaged(name, translate("evidence", "too many boxes"), what)
        if end - offset < 8:
            raise _damaged(name, translate("evidence", "it ends in the middle of a box (cut off?)"), what)
        head = data[offset : offset + 16] if isinstance(data, bytes) else _read_at(data, offset, 16)
        if len(head) < 8:
            raise _damaged(name, translate("evidence", "it ends in the middle of a box (cut off?)"), what)
        size, kind = struct.unpack(">I4s", head[:8])
        header = 8
        if size == 1:
            if len(head) < 16:
                raise _damaged(name, translate("evidence", "it ends in the middle of a box (cut off?)"), what)
            size = struct.unpack(">Q", head[8:16])[0]
            header = 16
        elif size == 0:  # "to the end of the file"
            size = end - offset
        if size < header:
            raise _damaged(
                name,
                translate("evidence", "a box has an impossible size ({size} bytes)").format(size=size),
                what,
            )
        if offset + size > end:
            raise _damaged(
                name, translate("evidence", "a box runs past the end of the file (cut off?)"), what
            )
        yield Box(kind, offset, header, size)
        offset += size


def read_ftyp(stream: BinaryIO, size: int, name: str) -> tuple[bytes, set[bytes]]:
    """The major and compatible brands of an ISO-BMFF file whose first box is ``ftyp``."""
    first = next(iter_boxes(stream, 0, size, name), None)
    if first is None or first.type != b"ftyp" or first.size < 16 or first.size > 4096:
        raise _damaged(name, translate("evidence", "it does not start with a valid file-type box"))
    body = _read_at(stream, first.payload, first.size - first.header)
    major = body[:4]
    compatible = {body[i : i + 4] for i in range(8, len(body) - 3, 4)}
    return major, compatible | {major}


def heif_boxes_complete(stream: BinaryIO, size: int, name: str) -> bool:
    """Walk a HEIC file's top-level boxes (refused if one runs past the end or there is no
    ``meta``). True when every box had an explicit size, so a cut-off file would have shown."""
    has_meta, explicit = False, True
    for box in iter_boxes(stream, 0, size, name, "image"):
        has_meta = has_meta or box.type == b"meta"
        head = _read_at(stream, box.start, 4)
        explicit = explicit and head != b"\0\0\0\0"
    if not has_meta:
        raise Refused(
            translate("evidence", "{name} is not a readable image: it has no image header (meta box)").format(
                name=name
            )
        )
    return explicit


def inspect_isobmff(stream: BinaryIO, size: int, name: str) -> VideoInfo:
    """Walk an MP4/MOV file's top-level boxes; read the movie header. Refused unless it has
    ``ftyp`` first, one ``moov`` with a video track, and media data (``mdat`` or fragments)."""
    read_ftyp(stream, size, name)
    moov: Box | None = None
    has_media = False
    for box in iter_boxes(stream, 0, size, name):
        if box.type == b"moov":
            if moov is not None:
                raise _damaged(name, translate("evidence", "it has two movie headers"))
            moov = box
        elif box.type in (b"mdat", b"moof"):
            has_media = True
    if moov is None:
        raise _damaged(name, translate("evidence", "it has no movie header (moov box)"))
    if not has_media:
        raise _damaged(name, translate("evidence", "it has no media data"))
    if moov.size > MAX_MOOV_BYTES:
        raise _damaged(name, translate("evidence", "its movie header is implausibly large"))
    body = _read_at(stream, moov.payload, moov.size - moov.header)
    return _movie_info(body, name)


def _movie_info(moov: bytes, name: str) -> VideoInfo:
    duration_ms: int | None = None
    dims: tuple[int, int] | None = None
    has_video = False
    for box in iter_boxes(moov, 0, len(moov), name):
        if box.type == b"mvhd":
            duration_ms = _mvhd_duration(moov[box.payload : box.end])
        elif box.type == b"trak":
            video, track_dims = _track(moov[box.payload : box.end], name)
            if video:
                has_video = True
                dims = dims or track_dims
    if not has_video:
        raise _damaged(name, translate("evidence", "it has no video track"))
    width, height = dims if dims else (None, None)
    return VideoInfo(width, height, duration_ms)


def _mvhd_duration(body: bytes) -> int | None:
    if len(body) < 20:
        return None
    if body[0] == 1:
        if len(body) < 32:
            return None
        timescale, duration = struct.unpack(">IQ", body[20:32])
        unknown = duration == 0xFFFFFFFFFFFFFFFF
    else:
        timescale, duration = struct.unpack(">II", body[12:20])
        unknown = duration == 0xFFFFFFFF
    if timescale == 0 or unknown:
        return None
    return int(duration) * 1000 // int(timescale)


def _track(trak: bytes, name: str) -> tuple[bool, tuple[int, int] | None]:
    """(is a video track, its width and height from ``tkhd``)."""
    dims: tuple[int, int] | None = None
    video = False
    stack = [(trak, 0)]
    while stack:
        body, depth = stack.pop()
        for box in iter_boxes(body, 0, len(body), name):
            inner = body[box.payload : box.end]
            if box.type == b"tkhd":
                dims = _tkhd_dims(inner)
            elif box.type == b"hdlr" and inner[8:12] == b"vide":
                video = True
            elif box.type in _CONTAINERS and depth < 4:
                stack.append((inner, depth + 1))
    return video, dims


def _tkhd_dims(body: bytes) -> tuple[int, int] | None:
    at = 88 if body[:1] == b"\x01" else 76
    if len(body) < at + 8:
        return None
    width, height = struct.unpack(">II", body[at : at + 8])
    width, height = width >> 16, height >> 16  # 16.16 fixed point
    return (width, height) if width > 0 and height > 0 else None


# -- WebM (Matroska / EBML) -------------------------------------------------------------------

EBML = 0x1A45DFA3
DOCTYPE = 0x4282
SEGMENT = 0x18538067
INFO = 0x1549A966
TRACKS = 0x1654AE6B
CLUSTER = 0x1F43B675
TIMESTAMP_SCALE = 0x2AD7B1
DURATION = 0x4489
TRACK_ENTRY = 0xAE
TRACK_TYPE = 0x83
VIDEO = 0xE0
PIXEL_WIDTH = 0xB0
PIXEL_HEIGHT = 0xBA
# Elements that live directly in a Segment: one of them ends a Cluster of unknown size.
_SEGMENT_CHILDREN = {
    0x114D9B74,  # SeekHead
    INFO,
    TRACKS,
    0x1043A770,  # Chapters
    CLUSTER,
    0x1C53BB6B,  # Cues
    0x1941A469,  # Attachments
    0x1254C367,  # Tags
}


@dataclass(frozen=True)
class _Element:
    id: int
    start: int
    data: int  # offset of the data
    size: int | None  # None: unknown size (live recordings)

    @property
    def end(self) -> int | None:
        return None if self.size is None else self.data + self.size


def _vint(head: bytes, at: int, name: str, *, keep_marker: bool) -> tuple[int | None, int]:
    """A variable-length integer at ``head[at]``: (value or None for "unknown", length)."""
    if at >= len(head):
        raise _damaged(name, translate("evidence", "it ends in the middle of an element (cut off?)"))
    first = head[at]
    if first == 0:
        raise _damaged(name, translate("evidence", "an element has an invalid length"))
    length = 9 - first.bit_length()
    if at + length > len(head):
        raise _damaged(name, translate("evidence", "it ends in the middle of an element (cut off?)"))
    value = int.from_bytes(head[at : at + length], "big")
    if keep_marker:
        return value, length
    value &= (1 << (7 * length)) - 1
    if value == (1 << (7 * length)) - 1:
        return None, length
    return value, length


def _element(data: bytes | BinaryIO, offset: int, end: int, name: str) -> _Element:
    head = data[offset : offset + 12] if isinstance(data, bytes) else _read_at(data, offset, 12)
    head = head[: max(0, end - offset)]
    ident, id_len = _vint(head, 0, name, keep_marker=True)
    if id_len > 4:
        raise _damaged(name, translate("evidence", "an element has an invalid ID"))
    size, size_len = _vint(head, id_len, name, keep_marker=False)
    assert ident is not None
    element = _Element(ident, offset, offset + id_len + size_len, size)
    if element.end is not None and element.end > end:
        raise _damaged(name, translate("evidence", "an element runs past the end of the file (cut off?)"))
    return element


def _children(data: bytes, name: str) -> Iterator[_Element]:
    offset, count = 0, 0
    while offset < len(data):
        count += 1
        if count > MAX_ELEMENTS:
            raise _damaged(name, translate("evidence", "too many elements"))
        element = _element(data, offset, len(data), name)
        if element.end is None:
            raise _damaged(name, translate("evidence", "an element inside the header has an unknown size"))
        yield element
        offset = element.end


def _uint(data: bytes) -> int:
    return int.from_bytes(data[:8], "big")


def inspect_webm(stream: BinaryIO, size: int, name: str) -> VideoInfo:
    """Check the EBML header (DocType webm or matroska), then walk the Segment: every element
    must fit in the file; Info gives the duration, Tracks a video track and its size."""
    header = _element(stream, 0, size, name)
    if header.id != EBML or header.size is None or header.size > 4096:
        raise _damaged(name, translate("evidence", "its EBML header is invalid"))
    doctype = b""
    for child in _children(_read_at(stream, header.data, header.size), name):
        if child.id == DOCTYPE:
            doctype = _read_at(stream, header.data + child.data, child.size or 0).rstrip(b"\0")
    if doctype not in (b"webm", b"matroska"):
        raise _damaged(name, translate("evidence", "it is not a WebM or Matroska file"))
    assert header.end is not None
    segment = _element(stream, header.end, size, name)
    if segment.id != SEGMENT:
        raise _damaged(name, translate("evidence", "it has no segment after its header"))
    seg_end = segment.end if segment.end is not None else size
    info = VideoInfo(None, None, None)
    has_video = has_cluster = False
    offset, count = segment.data, 0
    while offset < seg_end:
        count += 1
        if count > MAX_ELEMENTS:
            raise _damaged(name, translate("evidence", "too many elements"))
        element = _element(stream, offset, seg_end, name)
        if element.id in (INFO, TRACKS):
            if element.size is None or element.size > MAX_WEBM_META_BYTES:
                raise _damaged(name, translate("evidence", "its track or info header has an invalid size"))
            body = _read_at(stream, element.data, element.size)
            if element.id == INFO:
                info = VideoInfo(info.width, info.height, _webm_duration(body, name))
            else:
                has_video, dims = _webm_tracks(body, name)
                width, height = dims if dims else (None, None)
                info = VideoInfo(width, height, info.duration_ms)
        if element.id == CLUSTER:
            has_cluster = True
        if element.end is None:
            if element.id != CLUSTER:
                break  # cannot be skipped; what came before was sound
            offset = _skip_open_cluster(stream, element.data, seg_end, name)
        else:
            offset = element.end
    if not has_video:
        raise _damaged(name, translate("evidence", "it has no video track"))
    if not has_cluster:
        raise _damaged(name, translate("evidence", "it has no frames"))
    return info


def _skip_open_cluster(stream: BinaryIO, offset: int, end: int, name: str) -> int:
    """Walk the blocks of a Cluster of unknown size; it ends where a Segment child starts."""
    count = 0
    while offset < end:
        count += 1
        if count > MAX_ELEMENTS:
            raise _damaged(name, translate("evidence", "too many elements"))
        element = _element(stream, offset, end, name)
        if element.id in _SEGMENT_CHILDREN:
            return offset
        if element.end is None:
            raise _damaged(name, translate("evidence", "a block inside a cluster has an unknown size"))
        offset = element.end
    return offset


def _webm_duration(info: bytes, name: str) -> int | None:
    scale, duration = 1_000_000, None
    for child in _children(info, name):
        assert child.end is not None
        value = info[child.data : child.end]
        if child.id == TIMESTAMP_SCALE and 0 < len(value) <= 8:
            scale = _uint(value) or 1_000_000
        elif child.id == DURATION and len(value) in (4, 8):
            duration = struct.unpack(">f" if len(value) == 4 else ">d", value)[0]
    if duration is None or not (0 <= duration < 1e18):
        return None
    return int(duration * scale / 1_000_000)


def _webm_tracks(tracks: bytes, name: str) -> tuple[bool, tuple[int, int] | None]:
    has_video, dims = False, None
    for entry in _children(tracks, name):
        if entry.id != TRACK_ENTRY:
            continue
        assert entry.end is not None
        body = tracks[entry.data : entry.end]
        for child in _children(body, name):
            assert child.end is not None
            value = body[child.data : child.end]
            if child.id == TRACK_TYPE and _uint(value) == 1:
                has_video = True
            elif child.id == VIDEO:
                has_video = True
                width = height = 0
                for prop in _children(value, name):
                    assert prop.end is not None
                    if prop.id == PIXEL_WIDTH:
                        width = _uint(value[prop.data : prop.end])
                    elif prop.id == PIXEL_HEIGHT:
                        height = _uint(value[prop.data : prop.end])
                if width > 0 and height > 0 and dims is None:
                    dims = (width, height)
    return has_video, dims
