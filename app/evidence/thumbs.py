"""Upright RGB pictures from stored photos: thumbnails and the JPEG display copy of a HEIC.

Both are cached under the data dir (``cache/thumbs/<sha>-<side>.jpg``,
``cache/display/<sha>.jpg``) and made again when missing. JPEGs are decoded in draft mode
(the decoder scales by 1/2…1/8 for free), so a thumbnail of a 12-megapixel photo takes a few
milliseconds. Writes go through a temporary file and a rename, so worker threads making the
same thumbnail at once never see half a file.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageOps

from app.evidence.inspect import open_image
from app.evidence.store import write_bytes

THUMB_QUALITY = 85
DISPLAY_QUALITY = 92


def upright_rgb(
    source: Path, name: str, *, draft_side: int | None = None
) -> tuple[Image.Image, bytes | None]:
    """The picture as it should be seen (EXIF orientation applied), in RGB with any
    transparency flattened on white, and its ICC profile. ``draft_side`` lets a JPEG decode at
    a reduced scale that is still at least that large. Pixels only: no metadata is carried."""
    with open_image(source, name) as image:
        if draft_side is not None and image.format in ("JPEG", "MPO"):
            image.draft("RGB", (draft_side, draft_side))
        icc = image.info.get("icc_profile")
        upright = ImageOps.exif_transpose(image)
        return flatten(upright), icc if isinstance(icc, bytes) else None


def flatten(image: Image.Image) -> Image.Image:
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        canvas = Image.new("RGB", rgba.size, (255, 255, 255))
        canvas.paste(rgba, mask=rgba.getchannel("A"))
        return canvas
    rgb = image.convert("RGB")
    rgb.info.clear()
    return rgb


def jpeg_bytes(image: Image.Image, quality: int, icc: bytes | None = None) -> bytes:
    """JPEG without EXIF, XMP, IPTC or comments (only the colour profile, if any)."""
    image.info.clear()
    buffer = io.BytesIO()
    extra = {"icc_profile": icc} if icc else {}
    image.save(buffer, "JPEG", quality=quality, optimize=True, **extra)
    return buffer.getvalue()


def make_thumbnail(source: Path, target: Path, max_side: int, name: str) -> Path:
    """Write an upright JPEG of at most ``max_side`` pixels a side to ``target``."""
    if target.is_file():
        return target
    image, icc = upright_rgb(source, name, draft_side=max_side)
    image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    return write_bytes(target, jpeg_bytes(image, THUMB_QUALITY, icc))


def make_display_jpeg(source: Path, target: Path, name: str) -> Path:
    """Write an upright full-size JPEG copy (for HEIC photos, which Qt cannot show)."""
    if target.is_file():
        return target
    image, icc = upright_rgb(source, name)
    return write_bytes(target, jpeg_bytes(image, DISPLAY_QUALITY, icc))
