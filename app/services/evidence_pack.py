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
from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain import words
from app.domain.case import CaseSummary
from app.domain.currencies import format_amount
from app.domain.errors import Refused, offset_text
from app.domain.model import TIME_GUESSED
from app.evidence.pdf import CasePdf
from app.evidence.store import write_bytes
from app.evidence.upload import pdf_jpeg, upload_jpeg
from app.services.orders import OrderService
from app.store.paths import make_private

if TYPE_CHECKING:
    from app.services.evidence import EvidenceService, EvidenceView, PackResult
    from app.services.views import OrderDetail

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
            # Folders the pack creates are the buyer's alone (their order, photos, messages);
            # a folder that was already there keeps its mode.
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            make_private(folder, 0o700)
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
        make_private(temp, 0o600)
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


def _moment(when: datetime | None) -> str:
    """A moment in the buyer's own zone with its UTC offset ("2026-03-01 13:00 UTC+01:00")."""
    if when is None:
        return "—"
    local = when.astimezone()
    return f"{local:%Y-%m-%d %H:%M} {offset_text(local)}"


# The detail panel's words, in English, with the buyer's local times and their UTC offsets.
_WORDING = words.Wording(words.english, _moment, words.plain_money)


def _money(amount: Decimal | None, currency: str) -> str:
    return words.plain_money(amount, currency) if amount is not None else "—"


def _document(
    detail: OrderDetail,
    cases: tuple[CaseSummary, ...],
    items: list[EvidenceView],
    photos: list[tuple[EvidenceView, Path, Path, tuple[int, int]]],
    service: EvidenceService,
) -> CasePdf:
    """The case file, in the words the detail panel uses (``app.domain.words``), in English, with
    times in the buyer's zone and their offset from UTC (so support staff anywhere read them right)."""
    en = _WORDING
    now = service.clock.now()
    doc = CasePdf(f"Case file — order {detail.order}", f"Order {detail.order}")
    zone = now.astimezone()
    doc.paragraph(
        f"Prepared {_moment(now)} with Dispute Desk. Times are the buyer's local time "
        f"({zone.tzname() or offset_text(zone)}), each with its offset from UTC.",
        size=9,
    )
    doc.heading("Order")
    doc.rows(
        [
            ("Order number", detail.order),
            ("Store", detail.store),
            ("Item", detail.title),
            ("Total", _money(detail.total, detail.currency)),
            ("Ordered", _moment(detail.ordered_at)),
            (
                "Payment method",
                en.word(words.PAYMENT_WORDS, detail.payment_method) if detail.payment_method else "—",
            ),
            ("Status", en.word(words.STATUS_WORDS, detail.status.value)),
            ("Refunded", _money(detail.refunded, detail.currency)),
            ("Tracking", ", ".join(detail.tracking) or "—"),
        ]
    )
    if detail.lines:
        doc.gap()
        doc.bullets([_item_text(ln, cases, detail.currency) for ln in detail.lines])
    doc.heading("Deadlines")
    guesses = any(entry.data.get(TIME_GUESSED) for entry in detail.timeline)
    if detail.deadlines:
        for d in detail.deadlines:
            basis = (
                "entered from the order page" if d.basis.value == "entered" else "estimated from the rules"
            )
            if guesses and d.basis.value == "estimated":
                basis += ", possibly from a date not known for sure"
            doc.paragraph(
                f"{en.word(words.DEADLINE_WORDS, d.kind.value)}: {_moment(d.due)} ({basis})", bold=True
            )
            doc.paragraph(d.action, indent=4)
    else:
        doc.paragraph("No open deadlines.")
    for case in cases:
        _dispute(doc, case, detail.currency, titled=len(cases) > 1 or case.line is not None)
    doc.heading("Timeline")
    for entry in detail.timeline:
        when = words.event_time(entry.at, entry.data, en)
        doc.paragraph(f"{when} — {en.word(words.EVENT_WORDS, entry.kind)}", bold=True)
        facts = [
            line for line in words.timeline_details(_without_note(entry.data), detail.currency, en) if line
        ]
        for line in facts:
            doc.paragraph(line, indent=4)
    notes = [(entry.at, str(entry.data["note"])) for entry in detail.timeline if entry.data.get("note")]
    if detail.note or notes:
        doc.heading("Notes and messages")
        if detail.note:
            doc.paragraph(detail.note)
        for at, text in notes:
            doc.paragraph(_moment(at), bold=True, size=9)
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
        doc.paragraph(f"File {item.original_name}{length}; added {_moment(item.added_at)}", size=9, indent=4)
    return doc


def _without_note(data: Mapping[str, Any]) -> dict[str, Any]:
    """The facts of an entry without its note: notes have a section of their own."""
    return {key: value for key, value in data.items() if key != "note"}


def _details(item: EvidenceView, copy: Path) -> list[str]:
    return [
        f"Taken: {_moment(item.captured_at)}" if item.captured_at else "Taken: unknown (no camera time)",
        f"Added: {_moment(item.added_at)} · original file: {item.original_name}",
        f"Copy: {PHOTOS_DIRNAME}/{copy.name}",
    ]


def _item_text(ln: Any, cases: tuple[CaseSummary, ...], currency: str) -> str:
    """One item: its number, what it cost, and per dispute what was claimed, decided and received."""
    en = _WORDING
    text = f"Item {ln.line}: {ln.quantity} × {ln.title}" + (f" ({ln.options})" if ln.options else "")
    if ln.unit_price is not None:
        text += f" — {format_amount(ln.unit_price, currency)} each"
    for case in cases:
        if case.line not in (None, ln.line):
            continue
        claim = f"dispute ({en.word(words.REASON_WORDS, case.reason)}" + (
            ", whole order" if case.line is None else ""
        )
        if case.refund_asked is not None:
            claim += f", asked {_money(case.refund_asked, currency)}"
        if case.outcome is not None:
            claim += f", decided: {en.word(words.OUTCOME_WORDS, case.outcome)}"
            if case.decided_amount is not None:
                claim += f" {_money(case.decided_amount, currency)}"
        text += f"; {claim}: {en.word(words.STAGE_WORDS, case.stage).lower()})"
    if ln.refunded:
        text += f"; refunded {_money(ln.refunded, currency)}"
    return text


def _dispute(doc: CasePdf, case: CaseSummary, currency: str, *, titled: bool = False) -> None:
    en = _WORDING
    if not titled:
        doc.heading("Dispute")
    elif case.line is None:
        doc.heading("Dispute about the whole order")
    else:
        doc.heading(f"Dispute about item {case.line}: {case.item or ''}")
    rows = [
        ("Stage", en.word(words.STAGE_WORDS, case.stage)),
        ("Reason", en.word(words.REASON_WORDS, case.reason).capitalize()),
        ("Opened", _moment(case.opened_at)),
        ("Refund asked", _money(case.refund_asked, currency)),
        ("Return offered", "yes" if case.wants_return else "no"),
    ]
    optional: list[tuple[str, str | None]] = [
        ("Seller responded", _moment(case.responded_at) if case.responded_at else None),
        ("Seller's offer", _money(case.seller_offer, currency) if case.seller_offer is not None else None),
        ("Escalated", _moment(case.escalated_at) if case.escalated_at else None),
        ("Decided", _moment(case.decided_at) if case.decided_at else None),
        ("Outcome", en.word(words.OUTCOME_WORDS, case.outcome).capitalize() if case.outcome else None),
        (
            "Amount decided",
            _money(case.decided_amount, currency) if case.decided_amount is not None else None,
        ),
        ("Appealed", _moment(case.appealed_at) if case.appealed_at else None),
        ("Refund received", _money(case.refund_received, currency) if case.refund_received else None),
        ("Dispute cancelled", _moment(case.cancelled_at) if case.cancelled_at else None),
    ]
    rows += [(label, value) for label, value in optional if value is not None]
    # The times the sentences below speak of ("by the time shown").
    rows += [(en.word(words.DEADLINE_WORDS, kind), _moment(due)) for kind, due in case.next_due]
    doc.rows(rows)
    if case.what_next:
        doc.gap()
        doc.paragraph("What comes next", bold=True)
        doc.bullets(list(case.what_next))
