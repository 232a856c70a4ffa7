"""The backup archive: a zip with the database snapshot, the evidence files and a manifest.

Layout (format ``dispute-desk-backup`` version 1)::

    manifest.json                      what is inside, with each member's size and SHA-256
    dispute-desk.sqlite3               a consistent snapshot (SQLite online backup API)
    evidence/ab/ab…(64 hex).jpg        the evidence files, byte for byte

Writing goes to a private ``.partial`` file next to the target and is published with a hard
link (or a rename where links are not supported), which fails rather than overwrite a file
that appeared meanwhile. Reading trusts nothing: every name, size, compression ratio and hash
is checked before a byte is used (see :func:`open_checked` and :func:`copy_member`).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from app.domain.errors import Refused
from app.i18n import translate
from app.services.backup_manifest import (
    DATABASE_MEMBER,
    EVIDENCE_NAME,
    EVIDENCE_PREFIX,
    FORMAT,
    FORMAT_VERSION,
    KINDS,
    MANIFEST_NAME,
    Manifest,
    Member,
    is_member_name,
    parse_manifest,
)
from app.store.paths import PRIVATE_FILE_MODE, create_private_file

__all__ = [
    "DATABASE_MEMBER",
    "EVIDENCE_PREFIX",
    "FORMAT",
    "FORMAT_VERSION",
    "KINDS",
    "MANIFEST_NAME",
    "ArchiveExists",
    "Limits",
    "Manifest",
    "Member",
    "copy_member",
    "evidence_files",
    "is_member_name",
    "open_checked",
    "write_archive",
]

CHUNK = 1 << 20
_DRIVE = re.compile(r"[A-Za-z]:")

Progress = Callable[[int, int], None]


class ArchiveExists(Refused):
    """The target file exists (a backup never overwrites one)."""

    def __init__(self, out: Path) -> None:
        super().__init__(
            translate(
                "backup", "{path} already exists; choose another name (a backup never overwrites a file)"
            ).format(path=out)
        )


@dataclass(frozen=True)
class Limits:
    """What a backup may claim before it is refused unread (zip bombs, absurd archives)."""

    max_total: int = 64 << 30  # bytes uncompressed, all members together
    max_ratio: int = 200  # uncompressed / compressed, per member ...
    ratio_floor: int = 1 << 20  # ... once the member is larger than this
    max_members: int = 500_000
    max_manifest: int = 64 << 20


def evidence_files(root: Path) -> list[tuple[str, Path]]:
    """The evidence files under ``root`` (the data dir's ``evidence`` folder) as (member name,
    path), sorted. Only content-addressed files (``ab/ab….ext``) count: temporary files and caches
    that might live beside them are not evidence. Symlinks are not followed."""
    found: list[tuple[str, Path]] = []
    if not root.is_dir():
        return found
    for folder in sorted(root.iterdir()):
        if folder.is_symlink() or not folder.is_dir():
            continue
        for file in sorted(folder.iterdir()):
            name = f"{EVIDENCE_PREFIX}{folder.name}/{file.name}"
            if not file.is_symlink() and file.is_file() and EVIDENCE_NAME.fullmatch(name):
                found.append((name, file))
    return found


# -- writing ------------------------------------------------------------------------------------


def write_archive(
    out: Path,
    files: Iterable[tuple[str, Path]],
    *,
    app_version: str,
    schema: str,
    created_at: datetime,
    kind: str,
    reason: str = "",
    fingerprint: str = "",
    progress: Progress | None = None,
    replace: bool = False,
    register: Callable[[Path], None] | None = None,
) -> Manifest:
    """Write the members ``files`` (member name, path; the database first) and their manifest
    into a new archive at ``out``. Refuses to overwrite ``out`` unless ``replace``, which swaps
    the finished archive in with one rename; a failure leaves nothing (and ``out`` as it was)."""
    if out.exists() and not replace:
        raise ArchiveExists(out)
    items = list(files)
    total = sum(path.stat().st_size for _, path in items)
    done = 0
    # The PID in the name tells a later run whose half-written archive it is (app/store/activity.py).
    partial = out.with_name(f".{out.name}.{os.getpid()}.{secrets.token_hex(4)}.partial")
    create_private_file(partial)
    if register is not None:
        register(partial)
    try:
        members: list[Member] = []
        with zipfile.ZipFile(partial, "w", allowZip64=True) as zf:
            for name, path in items:
                info = zipfile.ZipInfo.from_file(path, name)
                info.external_attr = (stat.S_IFREG | PRIVATE_FILE_MODE) << 16
                # Photos and videos are compressed already; the database shrinks a lot.
                info.compress_type = (
                    zipfile.ZIP_STORED if name.startswith(EVIDENCE_PREFIX) else zipfile.ZIP_DEFLATED
                )
                digest = hashlib.sha256()
                size = 0
                with path.open("rb") as source, zf.open(info, "w") as target:
                    while chunk := source.read(CHUNK):
                        digest.update(chunk)
                        target.write(chunk)
                        size += len(chunk)
                        done += len(chunk)
                        if progress is not None:
                            progress(done, total)
                members.append(Member(name, size, digest.hexdigest()))
            manifest = Manifest(app_version, schema, created_at, kind, reason, fingerprint, tuple(members))
            info = zipfile.ZipInfo(MANIFEST_NAME, _zip_time(created_at))
            info.external_attr = (stat.S_IFREG | PRIVATE_FILE_MODE) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, manifest.to_json())
        _fsync(partial)
        if replace:
            os.replace(partial, out)
            fsync_dir(out.parent)
        else:
            publish(partial, out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return manifest


def publish(partial: Path, out: Path) -> None:
    """Give the finished ``partial`` file its final name without ever replacing a file."""
    try:
        try:
            os.link(partial, out)
        except FileExistsError:
            raise
        except OSError:  # no hard links here (FAT, some network shares): rename, after a check
            if out.exists():
                raise FileExistsError(out) from None
            os.rename(partial, out)  # refuses an existing target on Windows
        else:
            partial.unlink()
    except FileExistsError:
        raise ArchiveExists(out) from None
    fsync_dir(out.parent)


def _zip_time(when: datetime) -> tuple[int, int, int, int, int, int]:
    return (max(when.year, 1980), when.month, when.day, when.hour, when.minute, when.second)


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(path: Path) -> None:
    """Make a rename or a new name in ``path`` durable (POSIX; Windows has no directory fsync)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# -- reading ------------------------------------------------------------------------------------


@contextmanager
def open_checked(archive: Path, limits: Limits = Limits()) -> Iterator[tuple[zipfile.ZipFile, Manifest]]:
    """Open ``archive`` and check everything that can be checked without reading the members:
    names, kinds, sizes, ratios and the manifest. Raises :class:`Refused` with the reason."""
    label = archive.name
    if not archive.is_file():
        raise Refused(translate("backup", "{file} is not a file").format(file=archive))
    try:
        zf = zipfile.ZipFile(archive, "r")
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise Refused(
            translate("backup", "{file} is not a readable zip archive ({reason})").format(
                file=label, reason=exc
            )
        ) from None
    try:
        infos = _check_members(zf, label, limits)
        manifest = _read_manifest(zf, infos, label, limits)
        yield zf, manifest
    finally:
        zf.close()


def _check_members(zf: zipfile.ZipFile, label: str, limits: Limits) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        raise Refused(
            translate("backup", "{file} holds {count} files, more than a backup can ({max_members})").format(
                file=label, count=len(infos), max_members=limits.max_members
            )
        )
    if not any(info.orig_filename == MANIFEST_NAME for info in infos):
        # Say first what the file is not (a zip of holiday photos), before any detail.
        raise Refused(
            translate("backup", "{file} has no {manifest}; it is not a Dispute Desk backup").format(
                file=label, manifest=MANIFEST_NAME
            )
        )
    seen: dict[str, zipfile.ZipInfo] = {}
    folded: set[str] = set()
    total = 0
    for info in infos:
        name = info.orig_filename
        _check_name(name, label)
        if name != info.filename:
            raise Refused(
                translate("backup", "{file}: the member name {name} is not a plain path").format(
                    file=label, name=repr(name)
                )
            )
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise Refused(
                translate(
                    "backup", "{file}: {name} is a symbolic link; a backup holds only plain files"
                ).format(file=label, name=name)
            )
        if info.is_dir() or stat.S_IFMT(mode) not in (0, stat.S_IFREG):
            raise Refused(
                translate("backup", "{file}: {name} is not a plain file").format(file=label, name=name)
            )
        if not is_member_name(name):
            raise Refused(
                translate(
                    "backup", "{file}: unexpected file {name} (not part of a Dispute Desk backup)"
                ).format(file=label, name=name)
            )
        if name in seen or name.casefold() in folded:
            raise Refused(translate("backup", "{file}: {name} appears twice").format(file=label, name=name))
        if info.flag_bits & 0x1:
            raise Refused(translate("backup", "{file}: {name} is encrypted").format(file=label, name=name))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise Refused(
                translate("backup", "{file}: {name} uses an unsupported compression method").format(
                    file=label, name=name
                )
            )
        if info.file_size > limits.ratio_floor and (
            info.compress_size == 0 or info.file_size / info.compress_size > limits.max_ratio
        ):
            raise Refused(
                translate(
                    "backup",
                    "{file}: {name} would expand more than {max_ratio} times (a zip bomb?); not restoring it",
                ).format(file=label, name=name, max_ratio=limits.max_ratio)
            )
        total += info.file_size
        seen[name] = info
        folded.add(name.casefold())
    if total > limits.max_total:
        raise Refused(
            translate(
                "backup", "{file} would unpack to {total} bytes, more than the {max_total} a backup may hold"
            ).format(file=label, total=total, max_total=limits.max_total)
        )
    return seen


def _check_name(name: str, label: str) -> None:
    if not name or "\x00" in name or "\\" in name:
        raise Refused(
            translate("backup", "{file}: the member name {name} is not a plain path").format(
                file=label, name=repr(name)
            )
        )
    if name.startswith("/") or _DRIVE.match(name):
        raise Refused(
            translate(
                "backup", "{file}: {name} is an absolute path; a backup holds only relative names"
            ).format(file=label, name=name)
        )
    parts = name.split("/")
    if ".." in parts:
        raise Refused(
            translate("backup", "{file}: {name} points outside the data folder ('..')").format(
                file=label, name=name
            )
        )
    if any(part in ("", ".") for part in parts[:-1]):
        raise Refused(
            translate("backup", "{file}: the member name {name} is not a plain path").format(
                file=label, name=repr(name)
            )
        )


def _read_manifest(
    zf: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], label: str, limits: Limits
) -> Manifest:
    info = infos.get(MANIFEST_NAME)
    if info is None:
        raise Refused(
            translate("backup", "{file} has no {manifest}; it is not a Dispute Desk backup").format(
                file=label, manifest=MANIFEST_NAME
            )
        )
    if info.file_size > limits.max_manifest:
        raise Refused(
            translate("backup", "{file}: {manifest} is too large").format(file=label, manifest=MANIFEST_NAME)
        )
    try:
        with zf.open(info) as handle:
            raw = handle.read(limits.max_manifest + 1)
        document = json.loads(raw.decode("utf-8"))
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, UnicodeDecodeError, ValueError) as exc:
        raise Refused(
            translate("backup", "{file}: {manifest} can't be read ({reason})").format(
                file=label, manifest=MANIFEST_NAME, reason=exc
            )
        ) from None
    manifest = parse_manifest(document, label)
    listed = {m.name for m in manifest.members}
    present = set(infos) - {MANIFEST_NAME}
    if DATABASE_MEMBER not in listed:
        raise Refused(translate("backup", "{file}: the manifest lists no database").format(file=label))
    if listed != present:
        missing, extra = sorted(listed - present), sorted(present - listed)
        if missing:
            mismatch = translate("backup", "{file} does not match its manifest (missing {names})")
        else:
            mismatch = translate(
                "backup", "{file} does not match its manifest (not in the manifest: {names})"
            )
        raise Refused(mismatch.format(file=label, names=", ".join((missing or extra)[:3])))
    for member in manifest.members:
        if infos[member.name].file_size != member.size:
            raise Refused(
                translate("backup", "{file}: {name} has another size than the manifest says").format(
                    file=label, name=member.name
                )
            )
    return manifest


def copy_member(
    zf: zipfile.ZipFile,
    member: Member,
    sink: IO[bytes] | None,
    label: str,
    on_bytes: Callable[[int], None] | None = None,
) -> None:
    """Stream ``member`` out of the archive into ``sink`` (or nowhere, to check it), counting
    its bytes and hashing them. Refuses a member that is longer or shorter than its manifest
    entry, or whose hash differs, or that can't be decompressed (a truncated archive)."""
    digest = hashlib.sha256()
    size = 0
    try:
        with zf.open(member.name) as source:
            while chunk := source.read(CHUNK):
                size += len(chunk)
                if size > member.size:
                    raise Refused(
                        translate("backup", "{file}: {name} is longer than the manifest says").format(
                            file=label, name=member.name
                        )
                    )
                digest.update(chunk)
                if sink is not None:
                    sink.write(chunk)
                if on_bytes is not None:
                    on_bytes(len(chunk))
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as exc:
        raise Refused(
            translate("backup", "{file}: {name} can't be read; the archive is damaged ({reason})").format(
                file=label, name=member.name, reason=exc
            )
        ) from None
    if size != member.size:
        raise Refused(
            translate(
                "backup", "{file}: {name} is shorter than the manifest says; the archive is damaged"
            ).format(file=label, name=member.name)
        )
    if digest.hexdigest() != member.sha256:
        raise Refused(
            translate(
                "backup", "{file}: {name} does not match its SHA-256 in the manifest; the archive is damaged"
            ).format(file=label, name=member.name)
        )
