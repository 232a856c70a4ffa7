"""Photos ready to upload: upright JPEGs of at most 2 MB with no location or other metadata.

The pixels are turned upright (EXIF orientation applied) and written without EXIF, XMP, IPTC
or comments, so no GPS position leaves the machine. To fit the size limit the quality is
lowered first, then the picture is made smaller, until it fits.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from app.evidence.thumbs import jpeg_bytes, upright_rgb

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
MAX_UPLOAD_SIDE = 4096
QUALITIES = (90, 85, 80, 72, 65)
MIN_SIDE = 320


def upload_jpeg(source: Path, name: str, *, max_bytes: int = MAX_UPLOAD_BYTES) -> bytes:
    """The JPEG bytes of the upright, metadata-free copy of ``source``, at most ``max_bytes``."""
    image, icc = upright_rgb(source, name, draft_side=MAX_UPLOAD_SIDE)
    if max(image.size) > MAX_UPLOAD_SIDE:
        image.thumbnail((MAX_UPLOAD_SIDE, MAX_UPLOAD_SIDE), Image.Resampling.LANCZOS)
    while True:
        for quality in QUALITIES:
            data = jpeg_bytes(image, quality, icc)
            if len(data) <= max_bytes:
                return data
        if max(image.size) <= MIN_SIDE:
            return jpeg_bytes(image, 40)  # a noise-like picture this small: it fits without the profile
        width, height = image.size
        image = image.resize((max(1, width * 3 // 4), max(1, height * 3 // 4)), Image.Resampling.LANCZOS)


PDF_MAX_SIDE = 1600  # 170 mm of A4 at about 240 dpi
PDF_QUALITY = 80


def pdf_jpeg(upload: bytes) -> tuple[bytes, tuple[int, int]]:
    """A smaller JPEG of an upload copy for the PDF (so 30 photos don't make a 60 MB file),
    and its size in pixels. The upload copy is already upright and free of metadata."""
    with Image.open(io.BytesIO(upload), formats=["JPEG"]) as image:
        image.draft("RGB", (PDF_MAX_SIDE, PDF_MAX_SIDE))
        picture = image.convert("RGB")
    picture.thumbnail((PDF_MAX_SIDE, PDF_MAX_SIDE), Image.Resampling.LANCZOS)
    return jpeg_bytes(picture, PDF_QUALITY), picture.size
