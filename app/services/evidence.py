"""The evidence locker: photos and videos attached to an order.

Files are kept under the data dir by content hash (:mod:`app.evidence.store`), their metadata
in the ``evidence`` table. Attaching is all or nothing: every file is validated first, then the
files are written, then one transaction adds the rows; if that fails, the files nobody refers
to are removed again. Removing evidence only moves it to the trash (``deleted_at``).

Safe to call from worker threads: every call opens its own session, files are written through
temporary names and renamed, and the service keeps no mutable state. Qt-free.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlmodel import Session, col, func, select

from app.clock import Clock
from app.domain.errors import Refused
from app.domain.model import EventKind
from app.evidence.inspect import Inspected, inspect_bytes, inspect_path
from app.evidence.store import EvidenceFiles, file_sha256
from app.store.database import Database
from app.store.tables import EventRow, EvidenceRow, OrderRow

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
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        self.files = EvidenceFiles(db.data_dir)

    @property
    def database(self) -> Database:
        return self._db

    # -- attaching ------------------------------------------------------------------------------

    def check_files(self, paths: Sequence[Path]) -> list[Inspected]:
        """Validate without storing anything; raises :class:`Refused` naming the first bad file."""
        return [inspect_path(Path(p)) for p in paths]

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
            raise Refused("no files to attach")
        if len(paths) > MAX_BATCH:
            raise Refused(f"attach at most {MAX_BATCH} files at a time")
        with self._db.session() as session:
            _live_order(session, number)
        total = 2 * len(paths)
        items: list[Inspected] = []
        for index, path in enumerate(paths, 1):
            items.append(inspect_path(Path(path)))
            if progress is not None:
                progress(index, total)
        return self._store(number, items, text, progress, total)

    def attach_bytes(self, number: str, data: bytes, name: str, *, caption: str = "") -> EvidenceView:
        """Attach an image given as bytes (a clipboard screenshot, usually PNG)."""
        text = _caption(caption)
        label = Path(name).name or "clipboard image"
        with self._db.session() as session:
            _live_order(session, number)
        item = inspect_bytes(data, label)
        if item.kind != "image":
            raise Refused(f"{label} is not an image")
        return self._store(number, [item], text, None, 1)[0]

    def _store(
        self, number: str, items: list[Inspected], caption: str, progress: Progress | None, total: int
    ) -> list[EvidenceView]:
        unique = list({item.sha256: item for item in reversed(items)}.values())[::-1]
        created: list[Inspected] = []
        try:
            for index, item in enumerate(unique, 1):
                if self.files.put(item):
                    created.append(item)
                if progress is not None:
                    progress(total - len(unique) + index, total)
            now = self._clock.now()
            with self._db.session() as session:
                order = _live_order(session, number)
                dispute = _dispute_event_id(session, order)
                rows: dict[str, EvidenceRow] = {}
                for item in unique:
                    row = session.exec(
                        select(EvidenceRow).where(
                            EvidenceRow.order_id == order.id, EvidenceRow.sha256 == item.sha256
                        )
                    ).first()
                    if row is None:
                        row = _new_row(order, item, caption, dispute, now)
                        session.add(row)
                    elif row.deleted_at is not None:
                        row.deleted_at = None
                    rows[item.sha256] = row
                session.flush()
                return [_view(rows[item.sha256], order.number) for item in unique]
        except BaseException:
            self._remove_unreferenced(created)
            raise

    def _remove_unreferenced(self, items: Sequence[Inspected]) -> None:
        if not items:
            return
        with self._db.raw() as conn:
            for item in items:
                used = conn.execute("SELECT 1 FROM evidence WHERE sha256 = ? LIMIT 1", (item.sha256,))
                if used.fetchone() is None:
                    self.files.remove(item.sha256, item.ext)

    # -- reading and editing -------------------------------------------------------------------

    def list(self, number: str, *, trashed: bool = False) -> builtins.list[EvidenceView]:
        """The order's evidence, oldest first: the live items, or with ``trashed`` those in the
        trash."""
        with self._db.read() as session:
            order = _order(session, number)
            deleted = col(EvidenceRow.deleted_at)
            rows = session.exec(
                select(EvidenceRow)
                .where(EvidenceRow.order_id == order.id)
                .where(deleted.is_not(None) if trashed else deleted.is_(None))
                .order_by(col(EvidenceRow.added_at), col(EvidenceRow.id))
            ).all()
            return [_view(row, order.number) for row in rows]

    def count(self, number: str) -> int:
        """How many live (not trashed) items the order has."""
        with self._db.read() as session:
            order = _order(session, number)
            return int(
                session.exec(
                    select(func.count())
                    .select_from(EvidenceRow)
                    .where(EvidenceRow.order_id == order.id, col(EvidenceRow.deleted_at).is_(None))
                ).one()
            )

    def get(self, evidence_id: int) -> EvidenceView:
        with self._db.read() as session:
            row, number = _item(session, evidence_id)
            return _view(row, number)

    def set_caption(self, evidence_id: int, caption: str) -> EvidenceView:
        text = _caption(caption)
        with self._db.session() as session:
            row, number = _item(session, evidence_id)
            row.caption = text
            return _view(row, number)

    def trash(self, evidence_id: int) -> None:
        """Move an item to the trash; its file stays (restore brings it back)."""
        with self._db.session() as session:
            row, _ = _item(session, evidence_id)
            if row.deleted_at is None:
                row.deleted_at = self._clock.now()

    def restore(self, evidence_id: int) -> None:
        with self._db.session() as session:
            row, _ = _item(session, evidence_id)
            row.deleted_at = None

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

        target = self.files.cache("display") / f"{view.sha256}.jpg"
        return make_display_jpeg(self._existing(view), target, view.original_name)

    def thumbnail(self, view: EvidenceView, max_side: int = 256) -> Path | None:
        """An upright JPEG of at most ``max_side`` pixels a side (cached); None for a video.
        Raises :class:`Refused` if the stored file is missing or unreadable."""
        if view.kind != "image":
            return None
        if not 16 <= max_side <= 2048:
            raise Refused("a thumbnail is between 16 and 2048 pixels a side")
        from app.evidence.thumbs import make_thumbnail

        target = self.files.cache("thumbs") / f"{view.sha256}-{max_side}.jpg"
        return make_thumbnail(self._existing(view), target, max_side, view.original_name)

    def _existing(self, view: EvidenceView) -> Path:
        path = self.original_path(view)
        if not path.is_file():
            raise Refused(f"the stored file of {view.original_name} is missing (run 'dispute-desk doctor')")
        return path

    # -- checking and packing ------------------------------------------------------------------

    def check(self) -> builtins.list[str]:
        """Doctor: every evidence file exists and still has the hash it is named by."""
        with self._db.raw() as conn:
            stored = conn.execute(
                "SELECT e.sha256, e.ext, e.original_name, o.number FROM evidence e "
                "JOIN orders o ON o.id = e.order_id ORDER BY e.id"
            ).fetchall()
        problems: builtins.list[str] = []
        seen: set[tuple[str, str]] = set()
        for sha, ext, name, number in stored:
            if (sha, ext) in seen:
                continue
            seen.add((sha, ext))
            path = self.files.path(sha, ext)
            if not path.is_file():
                problems.append(f"evidence file missing: {name} of order {number} ({path})")
            elif file_sha256(path) != sha:
                problems.append(
                    f"evidence file damaged (its content changed): {name} of order {number} ({path})"
                )
        return problems

    def unreferenced_files(self) -> builtins.list[Path]:
        """Files under ``evidence/`` that no item (live or trashed) refers to: a note for the
        doctor, not a problem (left behind when an order was deleted for good)."""
        with self._db.raw() as conn:
            known = {f"{sha}.{ext}" for sha, ext in conn.execute("SELECT sha256, ext FROM evidence")}
        return [path for path in self.files.files() if path.name not in known]

    def pack(self, number: str, out_dir: Path, *, progress: Progress | None = None) -> PackResult:
        """Write ``out_dir/case.pdf`` and ``out_dir/photos/`` for the order; see
        :mod:`app.services.evidence_pack`."""
        from app.services.evidence_pack import write_pack

        return write_pack(self, number, Path(out_dir), progress)


def _caption(text: str) -> str:
    caption = " ".join(text.split())
    if len(caption) > MAX_CAPTION:
        raise Refused(f"a caption can be at most {MAX_CAPTION} characters")
    return caption


def _order(session: Session, number: str) -> OrderRow:
    row = session.exec(select(OrderRow).where(OrderRow.number == number.strip())).first()
    if row is None:
        raise Refused(f"no order {number}")
    return row


def _live_order(session: Session, number: str) -> OrderRow:
    row = _order(session, number)
    if row.deleted_at is not None:
        raise Refused(f"order {number} is in the trash; restore it first")
    return row


def _item(session: Session, evidence_id: int) -> tuple[EvidenceRow, str]:
    found = session.exec(
        select(EvidenceRow, OrderRow.number)
        .join(OrderRow, col(OrderRow.id) == col(EvidenceRow.order_id))
        .where(EvidenceRow.id == evidence_id)
    ).first()
    if found is None:
        raise Refused(f"no evidence item {evidence_id}")
    return found[0], found[1]


def _dispute_event_id(session: Session, order: OrderRow) -> int | None:
    return session.exec(
        select(EventRow.id)
        .where(EventRow.order_id == order.id, EventRow.kind == EventKind.DISPUTE_OPENED.value)
        .order_by(col(EventRow.at).desc(), col(EventRow.id).desc())
    ).first()


def _new_row(
    order: OrderRow, item: Inspected, caption: str, dispute: int | None, now: datetime
) -> EvidenceRow:
    assert order.id is not None
    return EvidenceRow(
        order_id=order.id,
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
        caption=caption,
        dispute_event_id=dispute,
        added_at=now,
    )


def _view(row: EvidenceRow, number: str) -> EvidenceView:
    assert row.id is not None
    return EvidenceView(
        id=row.id,
        order=number,
        sha256=row.sha256,
        ext=row.ext,
        kind=row.kind,
        mime=row.mime,
        original_name=row.original_name,
        size=row.size,
        width=row.width,
        height=row.height,
        duration_ms=row.duration_ms,
        captured_at=row.captured_at,
        caption=row.caption,
        added_at=row.added_at,
        deleted_at=row.deleted_at,
        dispute_event_id=row.dispute_event_id,
    )
