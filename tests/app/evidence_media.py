"""Photos and videos for the evidence tests, made on the fly: JPEGs with EXIF orientation and
GPS, PNG, WebP, HEIC, and minimal but structurally valid MP4/MOV/WebM files built box by box."""

from __future__ import annotations

import io
import os
import struct
import zlib
from pathlib import Path

import pillow_heif
from PIL import ExifTags, Image

GPS = {
    ExifTags.GPS.GPSLatitudeRef: "N",
    ExifTags.GPS.GPSLatitude: (52.0, 31.0, 12.0),
    ExifTags.GPS.GPSLongitudeRef: "E",
    ExifTags.GPS.GPSLongitude: (13.0, 24.0, 0.0),
}


def picture(width: int, height: int, mode: str = "RGB") -> Image.Image:
    """A picture with a clear top-left marker (red) so orientation can be checked."""
    image = Image.new(mode, (width, height), "white")
    image.paste((255, 0, 0) if mode.startswith("RGB") else 0, (0, 0, max(1, width // 4), max(1, height // 4)))
    return image


def jpeg(
    width: int = 64,
    height: int = 48,
    *,
    orientation: int | None = None,
    gps: bool = False,
    taken: str | None = None,
    offset: str | None = None,
    quality: int = 90,
    image: Image.Image | None = None,
) -> bytes:
    exif = Image.Exif()
    if orientation is not None:
        exif[ExifTags.Base.Orientation] = orientation
    if gps:
        exif.get_ifd(ExifTags.IFD.GPSInfo).update(GPS)
    if taken is not None:
        sub = exif.get_ifd(ExifTags.IFD.Exif)
        sub[ExifTags.Base.DateTimeOriginal] = taken
        if offset is not None:
            sub[ExifTags.Base.OffsetTimeOriginal] = offset
    buffer = io.BytesIO()
    (image or picture(width, height)).save(buffer, "JPEG", quality=quality, exif=exif.tobytes())
    return buffer.getvalue()


def encoded(fmt: str, width: int = 40, height: int = 30, mode: str = "RGB") -> bytes:
    buffer = io.BytesIO()
    if fmt == "HEIF":
        pillow_heif.register_heif_opener()
    picture(width, height, mode).save(buffer, fmt)
    return buffer.getvalue()


def noise_jpeg(width: int, height: int) -> bytes:
    """Random pixels at top quality: a JPEG far larger than 2 MB for its size."""
    image = Image.frombytes("RGB", (width, height), os.urandom(width * height * 3))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=98, exif=_gps_exif())
    return buffer.getvalue()


def _gps_exif() -> bytes:
    exif = Image.Exif()
    exif.get_ifd(ExifTags.IFD.GPSInfo).update(GPS)
    return exif.tobytes()


def png_claiming(width: int, height: int, *, rows: int = 0) -> bytes:
    """A PNG whose header claims ``width``×``height`` (grey, 8 bit); with ``rows`` it carries
    that many rows of zeros, compressed (a decompression bomb when the header is large)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    compressor = zlib.compressobj(9)
    row = b"\0" * (width + 1)
    data = b"".join(compressor.compress(row) for _ in range(rows)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


# -- ISO-BMFF --------------------------------------------------------------------------------


def box(kind: bytes, *children: bytes) -> bytes:
    body = b"".join(children)
    return struct.pack(">I", 8 + len(body)) + kind + body


def mp4(
    brand: bytes = b"isom",
    *,
    width: int = 640,
    height: int = 480,
    duration_ms: int = 5000,
    handler: bytes = b"vide",
) -> bytes:
    ftyp = box(b"ftyp", brand, struct.pack(">I", 0x200), brand, b"mp41")
    mvhd = box(b"mvhd", b"\0\0\0\0", struct.pack(">IIII", 0, 0, 1000, duration_ms), b"\0" * 80)
    tkhd = box(
        b"tkhd",
        b"\0\0\0\x07",
        struct.pack(">IIIII", 0, 0, 1, 0, duration_ms),
        b"\0" * 52,
        struct.pack(">II", width << 16, height << 16),
    )
    hdlr = box(b"hdlr", b"\0\0\0\0", b"\0\0\0\0", handler, b"\0" * 12, b"VideoHandler\0")
    moov = box(b"moov", mvhd, box(b"trak", tkhd, box(b"mdia", hdlr)))
    mdat = box(b"mdat", b"\x00\x00\x00\x10frame-data-here!")
    return ftyp + moov + mdat


# -- EBML (WebM) -----------------------------------------------------------------------------


def _size(n: int) -> bytes:
    return bytes([0x01]) + n.to_bytes(7, "big")  # 8-byte vint


def element(ident: int, *children: bytes) -> bytes:
    body = b"".join(children)
    return ident.to_bytes((ident.bit_length() + 7) // 8, "big") + _size(len(body)) + body


def webm(
    *, doctype: bytes = b"webm", width: int = 640, height: int = 360, duration_ms: float = 5000.0
) -> bytes:
    header = element(0x1A45DFA3, element(0x4286, b"\x01"), element(0x4282, doctype))
    info = element(
        0x1549A966,
        element(0x2AD7B1, (1_000_000).to_bytes(3, "big")),
        element(0x4489, struct.pack(">d", duration_ms)),
    )
    video = element(0xE0, element(0xB0, width.to_bytes(2, "big")), element(0xBA, height.to_bytes(2, "big")))
    tracks = element(0x1654AE6B, element(0xAE, element(0xD7, b"\x01"), element(0x83, b"\x01"), video))
    cluster = element(0x1F43B675, element(0xE7, b"\x00"), element(0xA3, b"\x81\x00\x00\x80frame"))
    return header + element(0x18538067, info, tracks, cluster)


UNKNOWN_SIZE = b"\x01\xff\xff\xff\xff\xff\xff\xff"


def live_webm() -> bytes:
    """A browser recording (MediaRecorder): Segment and Clusters of unknown size, no duration."""
    header = element(0x1A45DFA3, element(0x4282, b"webm"))
    video = element(0xE0, element(0xB0, (1280).to_bytes(2, "big")), element(0xBA, (720).to_bytes(2, "big")))
    tracks = element(0x1654AE6B, element(0xAE, element(0x83, b"\x01"), video))
    clusters = b"".join(
        bytes.fromhex("1F43B675")
        + UNKNOWN_SIZE
        + element(0xE7, bytes([t]))
        + element(0xA3, b"\x81\0\0\x80frame")
        for t in (0, 16)
    )
    return header + bytes.fromhex("18538067") + UNKNOWN_SIZE + tracks + clusters


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path
