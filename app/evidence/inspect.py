"""What a file is, and whether it can be kept as evidence: format sniffing, validation, metadata.

The format comes from the first bytes, never from the file name (a text file renamed ``.jpg``
is refused). Images are opened with Pillow, which reads only the header: the dimensions are
checked before any pixel is decoded, so a decompression bomb never reaches memory. Then the
image is decoded once in a cheap way (JPEG at 1/8 scale in draft mode, PNG chunk and CRC
check) to refuse cut-off and damaged files. Videos are checked by their container structure
(:mod:`app.evidence.video`). Every refusal is a :class:`Refused` naming the file.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import stat
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from struct import error as struct_error
from typing import BinaryIO

from PIL import ExifTags, Image, UnidentifiedImageError

from app.domain.errors import Refused
from app.evidence.heic import HEIF_BRANDS, ensure_heif_opener
from app.evidence.video import VideoInfo, heif_boxes_complete, inspect_isobmff, inspect_webm, read_ftyp
from app.i18n import translate

MAX_PIXELS = 100_000_000
MAX_SIDE = 30_000
MAX_FILE_BYTES = 4 * 1024**3


def supported_words() -> str:
    """The formats that can be attached, as a sentence lists them."""
    return translate("evidence", "JPEG, PNG, WebP, HEIC, MP4, MOV or WebM")


PILLOW_FORMATS = ("JPEG", "PNG", "WEBP", "HEIF")  # never let Pillow guess among all its plugins


@dataclass(frozen=True)
class Format:
    key: str
    ext: str
    kind: str  # "image" or "video"
    mime: str
    pillow: str | None  # Pillow's format name, for images


FORMATS = {
    f.key: f
    for f in (
        Format("jpeg", "jpg", "image", "image/jpeg", "JPEG"),
        Format("png", "png", "image", "image/png", "PNG"),
        Format("webp", "webp", "image", "image/webp", "WEBP"),
        Format("heic", "heic", "image", "image/heic", "HEIF"),
        Format("mp4", "mp4", "video", "video/mp4", None),
        Format("mov", "mov", "video", "video/quicktime", None),
        Format("webm", "webm", "video", "video/webm", None),
    )
}


@dataclass(frozen=True)
class Inspected:
    """A file that passed validation, with what the evidence row records about it."""

    name: str  # the original file name, without folders
    sha256: str
    size: int
    format: Format
    width: int | None
    height: int | None
    duration_ms: int | None
    captured_at: datetime | None
    source: Path | None = None  # the file on disk, or None for bytes (clipboard)
    data: bytes | None = None  # the bytes, for a clipboard image

    @property
    def ext(self) -> str:
        return self.format.ext

    @property
    def kind(self) -> str:
        return self.format.kind

    @property
    def mime(self) -> str:
        return self.format.mime


def sniff(stream: BinaryIO, size: int, name: str) -> Format | None:
    """The format by its magic bytes, or None."""
    stream.seek(0)
    head = stream.read(16)
    if head.startswith(b"\xff\xd8\xff"):
        return FORMATS["jpeg"]
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return FORMATS["png"]
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return FORMATS["webp"]
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return FORMATS["webm"]
    if head[4:8] == b"ftyp":
        major, _ = read_ftyp(stream, size, name)
        if major in HEIF_BRANDS:
            return FORMATS["heic"]
        if major in (b"avif", b"avis"):
            raise Refused(
                translate("evidence", "{name} is an AVIF image; only {formats} files can be attached").format(
                    name=name, formats=supported_words()
                )
            )
        if major == b"qt  ":
            return FORMATS["mov"]
        return FORMATS["mp4"]
    return None


def inspect_path(path: Path) -> Inspected:
    """Validate one file on disk; raises :class:`Refused` naming it."""
    name = path.name
    try:
        if not stat.S_ISREG(os.stat(path).st_mode) and not path.is_dir():
            raise Refused(
                translate(
                    "evidence",
                    "{path} is not a regular file (a named pipe or a device); only files can be attached",
                ).format(path=path)
            )
        with open(path, "rb") as stream:
            size = _size(stream)
            found = _inspect(stream, size, name)
            digest = _sha256(stream)
    except FileNotFoundError:
        raise Refused(translate("evidence", "{path} does not exist").format(path=path)) from None
    except IsADirectoryError:
        raise Refused(
            translate("evidence", "{path} is a folder, not a photo or video").format(path=path)
        ) from None
    except PermissionError:
        raise Refused(
            translate("evidence", "{path} can't be read (no permission)").format(path=path)
        ) from None
    except OSError as exc:
        raise Refused(
            translate("evidence", "{path} can't be read: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
    return _result(found, name, digest, size, source=path)


def inspect_bytes(data: bytes, name: str) -> Inspected:
    """Validate bytes (a clipboard image); raises :class:`Refused` naming ``name``."""
    stream = io.BytesIO(data)
    found = _inspect(stream, len(data), name)
    return _result(found, name, hashlib.sha256(data).hexdigest(), len(data), data=data)


def _result(
    found: tuple[Format, VideoInfo, datetime | None],
    name: str,
    digest: str,
    size: int,
    *,
    source: Path | None = None,
    data: bytes | None = None,
) -> Inspected:
    fmt, info, captured = found
    return Inspected(
        name, digest, size, fmt, info.width, info.height, info.duration_ms, captured, source, data
    )


def _size(stream: BinaryIO) -> int:
    return stream.seek(0, io.SEEK_END)


def _sha256(stream: BinaryIO) -> str:
    stream.seek(0)
    digest = hashlib.sha256()
    while chunk := stream.read(1 << 20):
        digest.update(chunk)
    return digest.hexdigest()


def _inspect(stream: BinaryIO, size: int, name: str) -> tuple[Format, VideoInfo, datetime | None]:
    if size == 0:
        raise Refused(translate("evidence", "{name} is empty").format(name=name))
    if size > MAX_FILE_BYTES:
        raise Refused(translate("evidence", "{name} is larger than 4 GB").format(name=name))
    fmt = sniff(stream, size, name)
    if fmt is None:
        raise Refused(
            translate("evidence", "{name} is not a photo or video that can be kept ({formats})").format(
                name=name, formats=supported_words()
            )
        )
    if fmt.key == "webm":
        return fmt, inspect_webm(stream, size, name), None
    if fmt.kind == "video":
        return fmt, inspect_isobmff(stream, size, name), None
    width, height, captured = _inspect_image(stream, fmt, name)
    return fmt, VideoInfo(width, height, None), captured


def check_dimensions(width: int, height: int, name: str) -> None:
    if width <= 0 or height <= 0:
        raise Refused(translate("evidence", "{name} has no pixels").format(name=name))
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise Refused(
            translate(
                "evidence",
                "{name} is {width}×{height} pixels, too large to keep (at most {megapixels} megapixels and {side} pixels a side)",
            ).format(name=name, width=width, height=height, megapixels=MAX_PIXELS // 1_000_000, side=MAX_SIDE)
        )


@contextmanager
def open_image(source: BinaryIO | Path, name: str, pillow_format: str | None = None) -> Iterator[Image.Image]:
    """Open an image lazily (header only) and refuse it if its dimensions are absurd; Pillow's
    own decompression-bomb limit and decoding errors become :class:`Refused`."""
    if pillow_format == "HEIF" or pillow_format is None:
        ensure_heif_opener()
    formats = [pillow_format] if pillow_format else list(PILLOW_FORMATS)
    try:
        with warnings.catch_warnings():
            # Pillow warns from 89.5 megapixels; our own limit (check_dimensions) decides, and a
            # warning printed on stderr would only puzzle the CLI's user.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(source, formats=formats)
        with image:
            check_dimensions(image.width, image.height, name)
            yield image
    except Refused:
        raise
    except Image.DecompressionBombError:
        raise Refused(
            translate("evidence", "{name} is too large to open safely (a decompression bomb?)").format(
                name=name
            )
        ) from None
    except UnidentifiedImageError:
        raise Refused(translate("evidence", "{name} is not a readable image").format(name=name)) from None
    except (OSError, SyntaxError, ValueError, EOFError, struct_error, RuntimeError, MemoryError) as exc:
        raise Refused(
            translate("evidence", "{name} is damaged or cut off ({reason})").format(
                name=name, reason=_reason(exc)
            )
        ) from None


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:120] or type(exc).__name__


def _inspect_image(stream: BinaryIO, fmt: Format, name: str) -> tuple[int, int, datetime | None]:
    decode = fmt.key != "png"
    if fmt.key == "png":
        stream.seek(0)
        with open_image(stream, name, fmt.pillow) as image:
            image.verify()  # every chunk and its CRC, without decoding the pixels
    elif fmt.key == "heic":
        # Decoding a 12-megapixel HEIC takes most of a second; when every box has an explicit
        # size the box walk already proves the file complete, and the header is read below.
        decode = not heif_boxes_complete(stream, stream.seek(0, io.SEEK_END), name)
    stream.seek(0)
    with open_image(stream, name, fmt.pillow) as image:
        width, height = image.size
        exif = image.getexif()
        captured = captured_at(exif)
        if exif.get(ExifTags.Base.Orientation) in (5, 6, 7, 8):
            width, height = height, width  # as the photo is shown, upright
        if decode:
            if fmt.key == "jpeg":
                image.draft("RGB", (max(1, image.width // 8), max(1, image.height // 8)))
            image.load()
    return width, height, captured


_EXIF_TIME = re.compile(r"^\s*(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
_EXIF_OFFSET = re.compile(r"^\s*([+-])(\d{2}):(\d{2})")


def captured_at(exif: Image.Exif) -> datetime | None:
    """When the photo was taken, in UTC: EXIF DateTimeOriginal with its offset; without an
    offset the camera's clock is taken as this computer's local time."""
    try:
        sub = exif.get_ifd(ExifTags.IFD.Exif)
    except Exception:  # damaged EXIF: no capture time rather than no photo
        sub = {}
    pairs = (
        (sub.get(ExifTags.Base.DateTimeOriginal), sub.get(ExifTags.Base.OffsetTimeOriginal)),
        (sub.get(ExifTags.Base.DateTimeDigitized), sub.get(ExifTags.Base.OffsetTimeDigitized)),
        (exif.get(ExifTags.Base.DateTime), sub.get(ExifTags.Base.OffsetTime)),
    )
    for text, offset in pairs:
        when = _exif_time(text, offset)
        if when is not None:
            return when
    return None


def _exif_time(text: object, offset: object) -> datetime | None:
    if not isinstance(text, str):
        return None
    match = _EXIF_TIME.match(text)
    if match is None:
        return None
    try:
        y, mo, d, h, mi, s = (int(g) for g in match.groups())
        when = datetime(y, mo, d, h, mi, s, tzinfo=UTC)
    except ValueError:
        return None
    zone = _exif_offset(offset)
    if zone is not None:
        return when.replace(tzinfo=zone).astimezone(UTC)
    # No offset recorded: the camera's local time, taken as this computer's zone.
    return when.replace(tzinfo=None).astimezone(UTC)


def _exif_offset(offset: object) -> timezone | None:
    if not isinstance(offset, str):
        return None
    match = _EXIF_OFFSET.match(offset)
    if match is None:
        return None
    sign, hours, minutes = match.groups()
    delta = timedelta(hours=int(hours), minutes=int(minutes))
    if delta >= timedelta(hours=24):
        return None
    return timezone(-delta if sign == "-" else delta)
