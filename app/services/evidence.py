"""The evidence locker: photos and videos attached to an order.

Files are kept under the data dir by content hash (:mod:`app.evidence.store`), their metadata
in the ``evidence`` table. Attaching is all or nothing: every file is validated first, then the
files are written, then one transaction adds the rows; if that fails, the files nobody refers
to are removed again. Removing evidence only moves it to the trash (``deleted_at``).

Safe to call from worker threads: every call is a transaction of its own, files are written
through temporary names and renamed, and the service keeps no mutable state. Qt-free.
"""

from __future__ import annotations

import builtins
import errno
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from app.clock import Clock
from app.domain.errors import Refused
from app.domain.model import EventKind
from app.evidence.inspect import Inspected, inspect_bytes, inspect_path
from app.evidence.store import EvidenceFiles, file_sha256
from app.i18n import translate
from app.services.order_reads import find_order, live_order
from app.store.activity import Activity
from app.store.errors import disk_full
from app.store.paths import UnsafePath
from app.store.records import EvidenceRecord, NewEvidence
from app.store.store import Store
from app.store.transaction import Transaction

Progress = Callable[[int, int], None]
MAX_CAPTION = 500
MAX_BATCH = 500


@dataclass(frozen=True)
class EvidenceView:
    id: int
    order: str
    sha256: str
    ext: str
    kind: str  # "image" | "video"
    mime: str
    original_name: str
    size: int
    width: int | None  # as shown (upright: EXIF orientation applied)
    height: int | None
    duration_ms: int | None
    captured_at: datetime | None  # UTC, from EXIF
    caption: str
    added_at: datetime
    deleted_at: datetime | None
    dispute_event_id: int | None


@dataclass(frozen=True)
class PackResult:
    pdf: Path
    photos: list[Path]
    pages: int = 0


class EvidenceService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock
        self.files = EvidenceFiles(store.data_dir)

    @property
    def store(self) -> Store:
        return self._store

    @property
    def clock(self) -> Clock:
        return self._clock

    # -- attaching ------------------------------------------------------------------------------

    def attach(
        self,
        number: str,
        paths: Sequence[Path],
        *,
        caption: str = "",
        progress: Progress | None = None,
    ) -> list[EvidenceView]:
        """Attach the files to the order, all or none. A file already attached to this order is
        not added again: its existing item is returned (and taken out of the trash if it was
        there). Progress counts each file twice: once validated, once stored."""
        text = _caption(caption)
        if not paths:
            raise Refused(translate("evidence", "no files to attach"))
        if len(paths) > MAX_BATCH:
            raise Refused(
                translate("evidence", "attach at most {limit} files at a time").format(limit=MAX_BATCH)
            )
        with self._store.read() as tx:
            live_order(tx, number)
        total = 2 * len(paths)
        items: list[Inspected] = []
        for index, path in enumerate(paths, 1):
            items.append(inspect_path(Path(path)))
            if progress is not None:
                progress(index, total)
        return self._keep(number, items, text, progress, total)

    def attach_bytes(self, number: str, data: bytes, name: str, *, caption: str = "") -> EvidenceView:
        """Attach an image given as bytes (a clipboard screenshot, usually PNG)."""
        text = _caption(caption)
        label = Path(name).name or "clipboard image"
        with self._store.read() as tx:
            live_order(tx, number)
        item = inspect_bytes(data, label)
        if item.kind != "image":
            raise Refused(translate("evidence", "{file} is not an image").format(file=label))
        return self._keep(number, [item], text, None, 1)[0]

    def _keep(
        self, number: str, items: list[Inspected], caption: str, progress: Progress | None, total: int
    ) -> list[EvidenceView]:
        unique = list({item.sha256: item for item in reversed(items)}.values())[::-1]
        with Activity(self._store.data_dir, "attach", f"{len(unique)} file(s) for order {number}"):
            return self._store_and_record(number, unique, caption, progress, total)

    def _store_and_record(
        self, number: str, unique: list[Inspected], caption: str, progress: Progress | None, total: int
    ) -> list[EvidenceView]:
        created: list[Inspected] = []
        try:
            for index, item in enumerate(unique, 1):
                try:
                    stored = self.files.put(item)
                except OSError as exc:  # writing the copy failed: the disk's fault, not the photo's
                    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
                        raise disk_full(self._store.data_dir.root, item.size) from None
                    raise
                if stored:
                    created.append(item)
                if progress is not None:
                    progress(total - len(unique) + index, total)
            now = self._clock.now()
            with self._store.write() as tx:
                order = live_order(tx, number)
                dispute = tx.latest_event_id(order.id, EventKind.DISPUTE_OPENED)
                records: dict[str, EvidenceRecord] = {}
                for item in unique:
                    record = tx.evidence_by_hash(order.id, item.sha256)
                    if record is None:
                        evidence_id = tx.insert_evidence(order.id, _new_evidence(item), caption, dispute, now)
                    else:
                        evidence_id = record.id
                        if record.deleted_at is not None:
                            tx.update_evidence(record.id, deleted_at=None)
                    found = tx.evidence_item(evidence_id)
                    assert found is not None
                    records[item.sha256] = found[0]
                return [_view(records[item.sha256], order.number) for item in unique]
        except BaseException:
            self._remove_unreferenced(created)
            raise

    def _remove_unreferenced(self, items: Sequence[Inspected]) -> None:
        if not items:
            return
        with self._store.read() as tx:
            unused = [item for item in items if not tx.evidence_hash_used(item.sha256)]
        for item in unused:
            self.files.remove(item.sha256, item.ext)

    # -- reading and editing -------------------------------------------------------------------

    def list(self, number: str, *, trashed: bool = False) -> builtins.list[EvidenceView]:
        """The order's evidence, oldest first: the live items, or with ``trashed`` those in the
        trash."""
        with self._store.read() as tx:
            order = find_order(tx, number)
            return [_view(record, order.number) for record in tx.evidence_items(order.id, trashed=trashed)]

    def count(self, number: str) -> int:
        """How many live (not trashed) items the order has."""
        with self._store.read() as tx:
            return tx.evidence_count(find_order(tx, number).id)

    def get(self, evidence_id: int) -> EvidenceView:
        with self._store.read() as tx:
            return _view(*_item(tx, evidence_id))

    def set_caption(self, evidence_id: int, caption: str) -> EvidenceView:
        text = _caption(caption)
        with self._store.write() as tx:
            record, number = _item(tx, evidence_id)
            tx.update_evidence(record.id, caption=text)
            return _view(replace(record, caption=text), number)

    def trash(self, evidence_id: int) -> None:
        """Move an item to the trash; its file stays (restore brings it back)."""
        with self._store.write() as tx:
            record, _ = _item(tx, evidence_id)
            if record.deleted_at is None:
                tx.update_evidence(record.id, deleted_at=self._clock.now())

    def restore(self, evidence_id: int) -> None:
        with self._store.write() as tx:
            record, _ = _item(tx, evidence_id)
            tx.update_evidence(record.id, deleted_at=None)

    # -- files ---------------------------------------------------------------------------------

    def original_path(self, view: EvidenceView) -> Path:
        return self.files.path(view.sha256, view.ext)

    def display_path(self, view: EvidenceView) -> Path:
        """A file Qt can show: the original for JPEG, PNG and WebP (apply the EXIF orientation
        when showing it), an upright JPEG copy for HEIC (made once, cached). Videos: the
        original."""
        if view.ext != "heic":
            return self.original_path(view)
        from app.evidence.thumbs import make_display_jpeg

        target = self.files.cache_file("display", view.sha256, ".jpg")
        return make_display_jpeg(self._existing(view), target, view.original_name)

    def thumbnail(self, view: EvidenceView, max_side: int = 256) -> Path | None:
        """An upright JPEG of at most ``max_side`` pixels a side (cached); None for a video.
        Raises :class:`Refused` if the stored file is missing or unreadable."""
        if view.kind != "image":
            return None
        if not 16 <= max_side <= 2048:
            raise Refused(translate("evidence", "a thumbnail is between 16 and 2048 pixels a side"))
        from app.evidence.thumbs import make_thumbnail

        target = self.files.cache_file("thumbs", view.sha256, f"-{max_side}.jpg")
        return make_thumbnail(self._existing(view), target, max_side, view.original_name)

    def _existing(self, view: EvidenceView) -> Path:
        path = self.original_path(view)
        if not path.is_file():
            raise Refused(
                translate(
                    "evidence", "the stored file of {file} is missing (run 'dispute-desk doctor')"
                ).format(file=view.original_name)
            )
        return path

    # -- checking and packing ------------------------------------------------------------------

    def check(self) -> builtins.list[str]:
        """Doctor: every evidence file exists and still has the hash it is named by."""
        with self._store.read() as tx:
            stored = tx.evidence_files()
        problems: builtins.list[str] = []
        seen: set[tuple[str, str]] = set()
        for sha, ext, name, number in stored:
            if (sha, ext) in seen:
                continue
            seen.add((sha, ext))
            try:
                path = self.files.path(sha, ext)
            except UnsafePath as exc:
                problems.append(
                    translate("evidence", "evidence item {name} of order {order}: {reason}").format(
                        name=name, order=number, reason=exc
                    )
                )
                continue
            if not path.is_file():
                problems.append(
                    translate("evidence", "evidence file missing: {name} of order {order} ({path})").format(
                        name=name, order=number, path=path
                    )
                )
            elif file_sha256(path) != sha:
                problems.append(
                    translate(
                        "evidence",
                        "evidence file damaged (its content changed): {name} of order {order} ({path})",
                    ).format(name=name, order=number, path=path)
                )
        return problems

    def unreferenced_files(self) -> builtins.list[Path]:
        """Files under ``evidence/`` that no item (live or trashed) refers to: a note for the
        doctor, not a problem (left behind when an order was deleted for good)."""
        with self._store.read() as tx:
            known = tx.evidence_file_names()
        return [path for path in self.files.files() if path.name not in known]

    def pack(
        self, number: str, out_dir: Path, *, progress: Progress | None = None, language: str | None = None
    ) -> PackResult:
        """Write ``out_dir/case.pdf`` and ``out_dir/photos/`` for the order; see
        :mod:`app.services.evidence_pack`. ``language``: of the PDF (None: English, for the
        platform's staff)."""
        from app.services.evidence_pack import write_pack

        return write_pack(self, number, Path(out_dir), progress, language)


def _caption(text: str) -> str:
    caption = " ".join(text.split())
    if len(caption) > MAX_CAPTION:
        raise Refused(
            translate("evidence", "a caption can be at most {limit} characters").format(limit=MAX_CAPTION)
        )
    return caption


def _item(tx: Transaction, evidence_id: int) -> tuple[EvidenceRecord, str]:
    found = tx.evidence_item(evidence_id)
    if found is None:
        raise Refused(translate("evidence", "no evidence item {id}").format(id=evidence_id))
    return found


def _new_evidence(item: Inspected) -> NewEvidence:
    return NewEvidence(
        sha256=item.sha256,
        ext=item.ext,
        kind=item.kind,
        mime=item.mime,
        original_name=item.name[:255],
        size=item.size,
        width=item.width,
        height=item.height,
        duration_ms=item.duration_ms,
        captured_at=item.captured_at,
    )


def _view(record: EvidenceRecord, number: str) -> EvidenceView:
    return EvidenceView(
        id=record.id,
        order=number,
        sha256=record.sha256,
        ext=record.ext,
        kind=record.kind,
        mime=record.mime,
        original_name=record.original_name,
        size=record.size,
        width=record.width,
        height=record.height,
        duration_ms=record.duration_ms,
        captured_at=record.captured_at,
        caption=record.caption,
        added_at=record.added_at,
        deleted_at=record.deleted_at,
        dispute_event_id=record.dispute_event_id,
    )
