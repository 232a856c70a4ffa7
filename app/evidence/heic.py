"""HEIC photos (iPhones): Pillow reads them through the pillow-heif plugin.

The original is kept as it is; for display and export a JPEG copy is made on demand and cached
(:func:`app.evidence.thumbs.display_jpeg`). The plugin is registered once, under a lock, the
first time a HEIC file is opened (worker threads may get there at the same time).
"""

from __future__ import annotations

import threading

# Major brands of HEIF still images (ISO/IEC 23008-12); AVIF ("avif") is refused separately.
HEIF_BRANDS = frozenset(
    {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs", b"mif1", b"msf1"}
)

_lock = threading.Lock()
_registered = False


def ensure_heif_opener() -> None:
    """Teach Pillow to open HEIC files (idempotent, thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if not _registered:
            import pillow_heif

            # No thumbnails, depth maps or auxiliary images: only the photo itself is needed.
            pillow_heif.register_heif_opener(thumbnails=False, depth_images=False, aux_images=False)
            _registered = True
