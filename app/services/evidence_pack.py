"""The case pack: ``case.pdf`` and ``photos/`` for one order, ready to send to a platform.

The PDF has the order, its open deadlines, the dispute (where it stands), the timeline, the
buyer's notes and messages, and every photo with its caption and capture time. ``photos/``
holds upright JPEG copies of at most 2 MB with no EXIF at all (so no GPS position). Nothing is
overwritten: a folder that already holds a ``case.pdf`` (or photos) is refused, and if
writing fails half-way what was written is removed again.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.currencies import format_amount
from app.domain.errors import Refused, offset_text
from app.evidence.pdf import CasePdf
from app.evidence.store import write_bytes
from app.evidence.upload import pdf_jpeg, upload_jpeg
from app.services.orders import OrderService

if TYPE_CHECKING:
    from app.services.evidence import EvidenceService, EvidenceView, PackResult

PDF_NAME = "case.pdf"
PHOTOS_DIRNAME = "photos"


def write_pack(
    service: EvidenceService, number: str, out_dir: Path, progress: Callable[[int, int], None] | None
) -> PackResult:
    from app.services.evidence import PackResult

    orders = OrderService(service.store, service.clock)
    detail = orders.show(number)
    cases = orders.cases(number)
    items = service.list(number)
    photos = [item for item in items if item.kind == "image"]
    _check_target(out_dir)
    for item in photos:  # refuse a missing file before writing anything
        if not service.original_path(item).is_file():
            raise Refused(f"the stored file of {item.original_name} is missing (run 'dispute-desk doctor')")
    total = len(photos) + 1
    created_dirs = [d for d in (out_dir, out_dir / PHOTOS_DIRNAME) if not d.exists()]
    written: list[Path] = []
    try:
        for folder in created_dirs:
            folder.mkdir(parents=True, exist_ok=True)
        names = _photo_names(photos)
        with tempfile.TemporaryDirectory(prefix="dispute-desk-pack-") as scratch:
            placed: list[tuple[EvidenceView, Path, Path, tuple[int, int]]] = []
            for index, (item, name) in enumerate(zip(photos, names, strict=True), 1):
                target = out_dir / PHOTOS_DIRNAME / name
                data = upload_jpeg(service.original_path(item), item.original_name)
                write_bytes(target, data)
                written.append(target)
                small, size = pdf_jpeg(data)
                placed.append((item, target, write_bytes(Path(scratch) / f"{index}.jpg", small), size))
                if progress is not None:
                    progress(index, total)
            document = _document(detail, cases, items, placed, service)
            temp = out_dir / f".{PDF_NAME}.tmp"
            written.append(temp)
            pages = document.save(temp)
        pdf = out_dir / PDF_NAME
        if pdf.exists():
            raise Refused(f"{pdf} appeared while the pack was being written; nothing was replaced")
        os.replace(temp, pdf)
        written[-1] = pdf
        if progress is not None:
            progress(total, total)
        return PackResult(pdf=pdf, photos=written[:-1], pages=pages)
    except BaseException:
        for path in written:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        for folder in reversed(created_dirs):
            shutil.rmtree(folder, ignore_errors=True)
        raise


def _check_target(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise Refused(f"{out_dir} is a file, not a folder")
    pdf = out_dir / PDF_NAME
    if pdf.exists():
        raise Refused(f"{pdf} already exists; choose another folder (nothing is overwritten)")
    photos = out_dir / PHOTOS_DIRNAME
    if photos.exists() and (not photos.is_dir() or any(photos.iterdir())):
        raise Refused(f"{photos} already exists and is not empty; choose another folder")


def slug(text: str, limit: int = 40) -> str:
    words = re.findall(r"\w+", text.lower())
    joined = "-".join(words).replace("_", "-")
    return joined[:limit].strip("-")


def _photo_names(photos: list[EvidenceView]) -> list[str]:
    width = max(2, len(str(len(photos))))
    names = []
    for index, item in enumerate(photos, 1):
        label = slug(item.caption) or slug(Path(item.original_name).stem) or "photo"
        names.append(f"{index:0{width}d}-{label}.jpg")
    return names


def _utc(when: datetime | None) -> str:
    """A moment in the buyer's own zone with its UTC offset ("2026-03-01 13:00 UTC+01:00")."""
    if when is None:
        return "—"
    local = when.astimezone()
    return f"{local:%Y-%m-%d %H:%M} {offset_text(local)}"


def _document(
    detail: Any,
    cases: Any,
    items: list[EvidenceView],
    photos: list[tuple[EvidenceView, Path, Path, tuple[int, int]]],
    service: EvidenceService,
) -> CasePdf:
    now = service.clock.now()
    doc = CasePdf(f"Case file — order {detail.order}", f"Order {detail.order}")
    zone = now.astimezone()
    doc.paragraph(
        f"Prepared {_utc(now)} with Dispute Desk. Times are the buyer's local time "
        f"({zone.tzname() or offset_text(zone)}), each with its offset from UTC.",
        size=9,
    )
    doc.heading("Order")
    doc.rows(
        [
            ("Order number", detail.order),
            ("Store", detail.store),
            ("Item", detail.title),
            ("Total", f"{format_amount(detail.total, detail.currency)} {detail.currency}"),
            ("Ordered", _utc(detail.ordered_at)),
            ("Payment method", detail.payment_method or "—"),
            ("Status", detail.status.value.replace("_", " ")),
            ("Tracking", ", ".join(detail.tracking) or "—"),
            ("Refunded", f"{format_amount(detail.refunded, detail.currency)} {detail.currency}"),
        ]
    )
    if detail.lines:
        doc.gap()
        doc.bullets([_item_text(ln, cases, detail.currency) for ln in detail.lines])
    doc.heading("Deadlines")
    if detail.deadlines:
        for d in detail.deadlines:
            doc.paragraph(f"{_utc(d.due)} — {d.kind.value.replace('_', ' ')} ({d.basis.value})", bold=True)
            doc.paragraph(d.action, indent=4)
    else:
        doc.paragraph("No open deadlines.")
    for case in cases:
        _dispute(doc, case, detail.currency, titled=len(cases) > 1 or case.line is not None)
    doc.heading("Timeline")
    for entry in detail.timeline:
        extra = ", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in entry.data.items() if k != "note" and v)
        doc.paragraph(f"{_utc(entry.at)} — {entry.kind}" + (f" ({extra})" if extra else ""))
    notes = [(entry.at, str(entry.data["note"])) for entry in detail.timeline if entry.data.get("note")]
    if detail.note or notes:
        doc.heading("Notes and messages")
        if detail.note:
            doc.paragraph(detail.note)
        for at, text in notes:
            doc.paragraph(_utc(at), bold=True, size=9)
            doc.paragraph(text, indent=4)
    videos = [item for item in items if item.kind == "video"]
    doc.heading(
        f"Photos ({len(photos)})" + (f" and videos ({len(videos)})" if videos else ""), new_page=bool(photos)
    )
    if not photos and not videos:
        doc.paragraph("No photos attached.")
    for number, (item, copy, small, size) in enumerate(photos, 1):
        doc.photo(small, size, f"{number}. {item.caption or item.original_name}", _details(item, copy))
    for item in videos:
        length = f", {item.duration_ms / 1000:.0f} s" if item.duration_ms is not None else ""
        doc.paragraph(f"Video: {item.caption or item.original_name}", bold=True)
        doc.paragraph(f"File {item.original_name}{length}; added {_utc(item.added_at)}", size=9, indent=4)
    return doc


def _details(item: EvidenceView, copy: Path) -> list[str]:
    return [
        f"Taken: {_utc(item.captured_at)}" if item.captured_at else "Taken: unknown (no camera time)",
        f"Added: {_utc(item.added_at)} · original file: {item.original_name}",
        f"Copy: {PHOTOS_DIRNAME}/{copy.name}",
    ]


def _item_text(ln: Any, cases: Any, currency: str) -> str:
    """One item: its number, what it cost, and per dispute what was claimed, decided and received."""
    text = f"Item {ln.line}: {ln.quantity} × {ln.title}" + (f" ({ln.options})" if ln.options else "")
    if ln.unit_price is not None:
        text += f" — {format_amount(ln.unit_price, currency)} each"
    for case in cases:
        if case.line not in (None, ln.line):
            continue
        claim = f"dispute ({case.reason.replace('_', ' ')}" + (", whole order" if case.line is None else "")
        if case.refund_asked is not None:
            claim += f", asked {format_amount(case.refund_asked, currency)}"
        if case.outcome is not None:
            claim += f", decided {case.outcome}"
            if case.decided_amount is not None:
                claim += f" {format_amount(case.decided_amount, currency)}"
        text += f"; {claim}: {case.stage.replace('_', ' ')})"
    if ln.refunded:
        text += f"; refunded {format_amount(ln.refunded, currency)} {currency}"
    return text


def _dispute(doc: CasePdf, case: Any, currency: str, *, titled: bool = False) -> None:
    def money(value: Any) -> str:
        return f"{format_amount(value, currency)} {currency}" if value is not None else "—"

    if not titled:
        doc.heading("Dispute")
    elif case.line is None:
        doc.heading("Dispute about the whole order")
    else:
        doc.heading(f"Dispute about item {case.line}: {case.item or ''}")
    rows = [
        ("Stage", case.stage.replace("_", " ")),
        ("Reason", case.reason.replace("_", " ")),
        ("Opened", _utc(case.opened_at)),
        ("Refund asked", money(case.refund_asked)),
        ("Return offered", "yes" if case.wants_return else "no"),
    ]
    optional: list[tuple[str, Any, Callable[[Any], str]]] = [
        ("Seller responded", case.responded_at, _utc),
        ("Seller's offer", case.seller_offer, money),
        ("Escalated", case.escalated_at, _utc),
        ("Decided", case.decided_at, _utc),
        ("Outcome", case.outcome, str),
        ("Amount decided", case.decided_amount, money),
        ("Appealed", case.appealed_at, _utc),
        ("Refund received", case.refund_received, money),
        ("Dispute cancelled", case.cancelled_at, _utc),
    ]
    rows += [(label, fmt(value)) for label, value, fmt in optional if value is not None]
    doc.rows(rows)
    if case.what_next:
        doc.gap()
        doc.paragraph("What comes next", bold=True)
        doc.bullets(list(case.what_next))
