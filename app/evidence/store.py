"""The evidence files under the data dir, named by the SHA-256 of their bytes.

``evidence/ab/abcdef….ext`` holds the original byte for byte; ``cache/thumbs`` and
``cache/display`` hold derived JPEGs that can always be made again. Every file is written to a
temporary file in its final folder, flushed to disk and renamed into place, so a crash never
leaves half a photo under its final name; files are 0600 and folders 0700 like the rest of
the data dir.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from app.domain.errors import Refused
from app.evidence.inspect import Inspected
from app.i18n import translate
from app.store.paths import IS_POSIX, SHA256_TEXT, DataDir, UnsafePath, ensure_data_dir

CACHE_DIRNAME = "cache"


class EvidenceFiles:
    def __init__(self, data_dir: DataDir) -> None:
        self.data_dir = data_dir

    @property
    def root(self) -> Path:
        return self.data_dir.evidence

    def path(self, sha256: str, ext: str) -> Path:
        """The stored file of this hash and extension. Both come from the database, which may be
        a restored backup or a folder opened as it is: they are checked, and the path is checked
        to lie inside the data dir (:class:`~app.store.paths.UnsafePath` otherwise)."""
        return self.data_dir.evidence_file(sha256, ext)

    def cache(self, kind: str) -> Path:
        """``cache/<kind>`` under the data dir (created, 0700)."""
        ensure_data_dir(self.data_dir.root)
        ensure_data_dir(self.data_dir.root / CACHE_DIRNAME)
        ensure_data_dir(self.data_dir.root / CACHE_DIRNAME / kind)
        return self.data_dir.inside(f"{CACHE_DIRNAME}/{kind}")

    def cache_file(self, kind: str, sha256: str, suffix: str) -> Path:
        """``cache/<kind>/<sha256><suffix>``: a derived file of a stored one, checked like
        :meth:`path`."""
        if not SHA256_TEXT.fullmatch(sha256):
            raise UnsafePath(
                translate("evidence", "{sha256} is not a SHA-256; no cached file is made for it").format(
                    sha256=repr(sha256[:80])
                )
            )
        self.cache(kind)
        return self.data_dir.inside(f"{CACHE_DIRNAME}/{kind}/{sha256}{suffix}")

    def put(self, item: Inspected) -> bool:
        """Store the item's bytes under its hash; True if the file was written now, False if it
        was already there intact (a damaged copy is replaced: attaching the original again
        repairs it). Refused if the source changed since it was inspected."""
        target = self.path(item.sha256, item.ext)
        if target.is_file() and target.stat().st_size == item.size and file_sha256(target) == item.sha256:
            return False
        ensure_data_dir(self.data_dir.root)
        ensure_data_dir(self.root)
        ensure_data_dir(target.parent)

        def write(out: BinaryIO) -> None:
            digest = hashlib.sha256()
            if item.data is not None:
                digest.update(item.data)
                out.write(item.data)
            else:
                assert item.source is not None
                try:
                    src = open(item.source, "rb")
                except OSError as exc:
                    raise Refused(
                        translate("evidence", "{source} can't be read: {reason}").format(
                            source=item.source, reason=exc.strerror or exc
                        )
                    ) from None
                with src:
                    while True:
                        try:
                            chunk = src.read(1 << 20)
                        except OSError as exc:  # the source's fault; a failed write is the disk's
                            raise Refused(
                                translate("evidence", "{source} can't be read: {reason}").format(
                                    source=item.source, reason=exc.strerror or exc
                                )
                            ) from None
                        if not chunk:
                            break
                        digest.update(chunk)
                        out.write(chunk)
            if digest.hexdigest() != item.sha256:
                raise Refused(
                    translate("evidence", "{name} changed while it was being attached; try again").format(
                        name=item.name
                    )
                )

        atomic_write(target, write)  # a full disk raises OSError(ENOSPC): the caller says so
        return True

    def remove(self, sha256: str, ext: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path(sha256, ext).unlink()

    def files(self) -> Iterator[Path]:
        """Every stored evidence file (temporary files excluded)."""
        if not self.root.is_dir():
            return
        for folder in sorted(self.root.iterdir()):
            if folder.is_dir():
                for path in sorted(folder.iterdir()):
                    if path.is_file() and not path.name.startswith("."):
                        yield path


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def atomic_write(target: Path, write: Callable[[BinaryIO], None]) -> Path:
    """Write ``target`` through a temporary file in the same folder (0600), fsync, rename.
    Concurrent writers of the same target are fine: each renames its own complete file."""
    # The PID in the name tells a later run whose leftover it is (see app/store/leftovers.py).
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    _fsync_dir(target.parent)
    return target


def write_bytes(target: Path, data: bytes) -> Path:
    """:func:`atomic_write` of ``data``."""

    def write(out: BinaryIO) -> None:
        out.write(data)

    return atomic_write(target, write)


def _fsync_dir(folder: Path) -> None:
    if not IS_POSIX:
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
