"""The case pack: ``case.pdf`` and ``photos/`` for one order, ready to send to a platform.

The PDF has the order, its open deadlines, the dispute (where it stands), the timeline, the
buyer's notes and messages, and every photo with its caption and capture time. ``photos/``
holds upright JPEG copies of at most 2 MB with no EXIF at all (so no GPS position). Nothing is
overwritten: a folder that already holds a ``case.pdf`` (or photos) is refused, and if
writing fails half-way what was written is removed again.

The pack is written for the platform's staff, so it is in English unless another language is
asked for (``language``; context "case pack", and the detail panel's words): the buyer's own
language is not the reader's. Times keep the buyer's zone with its UTC offset and amounts the
neutral form (``12.50 USD``), whatever the language, so staff anywhere read them right.
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
from app.i18n import language_scope, translate, translate_marked
from app.services.orders import OrderService
from app.store.paths import make_private

if TYPE_CHECKING:
    from app.services.evidence import EvidenceService, EvidenceView, PackResult
    from app.services.views import OrderDetail

PDF_NAME = "case.pdf"
PHOTOS_DIRNAME = "photos"


def write_pack(
    service: EvidenceService,
    number: str,
    out_dir: Path,
    progress: Callable[[int, int], None] | None,
    language: str | None = None,
) -> PackResult:
    """Write the pack of order ``number`` into ``out_dir``, in ``language`` (None: English)."""
    with language_scope(language or "en"):
        return _write_pack(service, number, out_dir, progress)


def _write_pack(
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
            raise Refused(
                translate(
                    "evidence", "the stored file of {file} is missing (run 'dispute-desk doctor')"
                ).format(file=item.original_name)
            )
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
            raise Refused(
                translate(
                    "evidence", "{path} appeared while the pack was being written; nothing was replaced"
                ).format(path=pdf)
            )
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
        raise Refused(translate("evidence", "{path} is a file, not a folder").format(path=out_dir))
    pdf = out_dir / PDF_NAME
    if pdf.exists():
        raise Refused(
            translate(
                "evidence", "{path} already exists; choose another folder (nothing is overwritten)"
            ).format(path=pdf)
        )
    photos = out_dir / PHOTOS_DIRNAME
    if photos.exists() and (not photos.is_dir() or any(photos.iterdir())):
        raise Refused(
            translate("evidence", "{path} already exists and is not empty; choose another folder").format(
                path=photos
            )
        )


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


def _text(source: str, n: int) -> str:
    """A sentence of the detail panel's (``app.domain.words``, context "detail") in the pack's
    language."""
    return translate_marked("detail", source, n)


# The detail panel's words, in the pack's language, with the buyer's local times and their UTC offsets.
_WORDING = words.Wording(_text, _moment, words.plain_money)


def _money(amount: Decimal | None, currency: str) -> str:
    return words.plain_money(amount, currency) if amount is not None else "—"


def _document(
    detail: OrderDetail,
    cases: tuple[CaseSummary, ...],
    items: list[EvidenceView],
    photos: list[tuple[EvidenceView, Path, Path, tuple[int, int]]],
    service: EvidenceService,
) -> CasePdf:
    """The case file, in the words the detail panel uses (``app.domain.words``), in the pack's
    language, with times in the buyer's zone and their offset from UTC (so support staff anywhere
    read them right)."""
    en = _WORDING
    now = service.clock.now()
    doc = CasePdf(
        translate("case pack", "Case file — order {order}").format(order=detail.order),
        translate("case pack", "Order {order}").format(order=detail.order),
    )
    zone = now.astimezone()
    doc.paragraph(
        translate(
            "case pack",
            "Prepared {time} with Dispute Desk. Times are the buyer's local time ({zone}), each with its "
            "offset from UTC.",
        ).format(time=_moment(now), zone=zone.tzname() or offset_text(zone)),
        size=9,
    )
    doc.heading(translate("case pack", "Order"))
    doc.rows(
        [
            (translate("case pack", "Order number"), detail.order),
            (translate("case pack", "Store"), detail.store),
            (translate("case pack", "Item"), detail.title),
            (translate("case pack", "Total"), _money(detail.total, detail.currency)),
            (translate("case pack", "Ordered"), _moment(detail.ordered_at)),
            (
                translate("case pack", "Payment method"),
                en.word(words.PAYMENT_WORDS, detail.payment_method) if detail.payment_method else "—",
            ),
            (translate("case pack", "Status"), _status_word(detail.status.value)),
            (translate("case pack", "Refunded"), _money(detail.refunded, detail.currency)),
            (translate("case pack", "Tracking"), ", ".join(detail.tracking) or "—"),
        ]
    )
    if detail.lines:
        doc.gap()
        doc.bullets([_item_text(ln, cases, detail.currency) for ln in detail.lines])
    doc.heading(translate("case pack", "Deadlines"))
    guesses = any(entry.data.get(TIME_GUESSED) for entry in detail.timeline)
    if detail.deadlines:
        for d in detail.deadlines:
            fields = {"deadline": _deadline_word(d.kind.value), "time": _moment(d.due)}
            if d.basis.value == "entered":
                line = translate("case pack", "{deadline}: {time} (entered from the order page)")
            elif guesses:
                line = translate(
                    "case pack",
                    "{deadline}: {time} (estimated from the rules, possibly from a date not known for sure)",
                )
            else:
                line = translate("case pack", "{deadline}: {time} (estimated from the rules)")
            doc.paragraph(line.format(**fields), bold=True)
            doc.paragraph(d.action, indent=4)
    else:
        doc.paragraph(translate("case pack", "No open deadlines."))
    for case in cases:
        _dispute(doc, case, detail.currency, titled=len(cases) > 1 or case.line is not None)
    doc.heading(translate("case pack", "Timeline"))
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
        doc.heading(translate("case pack", "Notes and messages"))
        if detail.note:
            doc.paragraph(detail.note)
        for at, text in notes:
            doc.paragraph(_moment(at), bold=True, size=9)
            doc.paragraph(text, indent=4)
    videos = [item for item in items if item.kind == "video"]
    if videos:
        heading = translate("case pack", "Photos ({photos}) and videos ({videos})")
    else:
        heading = translate("case pack", "Photos ({photos})")
    doc.heading(heading.format(photos=len(photos), videos=len(videos)), new_page=bool(photos))
    if not photos and not videos:
        doc.paragraph(translate("case pack", "No photos attached."))
    for number, (item, copy, small, size) in enumerate(photos, 1):
        doc.photo(small, size, f"{number}. {item.caption or item.original_name}", _details(item, copy))
    for item in videos:
        doc.paragraph(
            translate("case pack", "Video: {name}").format(name=item.caption or item.original_name), bold=True
        )
        if item.duration_ms is not None:
            about = translate("case pack", "File {file}, {seconds} s; added {time}")
        else:
            about = translate("case pack", "File {file}; added {time}")
        seconds = f"{item.duration_ms / 1000:.0f}" if item.duration_ms is not None else ""
        doc.paragraph(
            about.format(file=item.original_name, seconds=seconds, time=_moment(item.added_at)),
            size=9,
            indent=4,
        )
    return doc


def _status_word(status: str) -> str:
    return translate_marked("format", words.STATUS_WORDS[status]) if status in words.STATUS_WORDS else status


def _deadline_word(kind: str) -> str:
    return translate_marked("format", words.DEADLINE_WORDS[kind]) if kind in words.DEADLINE_WORDS else kind


def _without_note(data: Mapping[str, Any]) -> dict[str, Any]:
    """The facts of an entry without its note: notes have a section of their own."""
    return {key: value for key, value in data.items() if key != "note"}


def _details(item: EvidenceView, copy: Path) -> list[str]:
    return [
        translate("case pack", "Taken: {time}").format(time=_moment(item.captured_at))
        if item.captured_at
        else translate("case pack", "Taken: unknown (no camera time)"),
        translate("case pack", "Added: {time} · original file: {file}").format(
            time=_moment(item.added_at), file=item.original_name
        ),
        translate("case pack", "Copy: {path}").format(path=f"{PHOTOS_DIRNAME}/{copy.name}"),
    ]


def _item_text(ln: Any, cases: tuple[CaseSummary, ...], currency: str) -> str:
    """One item: its number, what it cost, and per dispute what was claimed, decided and received."""
    en = _WORDING
    fields = {"line": ln.line, "quantity": ln.quantity, "title": ln.title, "options": ln.options}
    if ln.options:
        text = translate("case pack", "Item {line}: {quantity} × {title} ({options})").format(**fields)
    else:
        text = translate("case pack", "Item {line}: {quantity} × {title}").format(**fields)
    if ln.unit_price is not None:
        text = translate("case pack", "{item} — {price} each").format(
            item=text, price=format_amount(ln.unit_price, currency)
        )
    for case in cases:
        if case.line not in (None, ln.line):
            continue
        facts = [en.word(words.REASON_WORDS, case.reason)]
        if case.line is None:
            facts.append(translate("case pack", "whole order"))
        if case.refund_asked is not None:
            facts.append(
                translate("case pack", "asked {amount}").format(amount=_money(case.refund_asked, currency))
            )
        if case.outcome is not None:
            outcome = en.word(words.OUTCOME_WORDS, case.outcome)
            if case.decided_amount is not None:
                decided = translate("case pack", "decided: {outcome} {amount}").format(
                    outcome=outcome, amount=_money(case.decided_amount, currency)
                )
            else:
                decided = translate("case pack", "decided: {outcome}").format(outcome=outcome)
            facts.append(decided)
        text = translate("case pack", "{item}; dispute ({facts}: {stage})").format(
            item=text, facts=", ".join(facts), stage=_stage_word(case.stage).lower()
        )
    if ln.refunded:
        text = translate("case pack", "{item}; refunded {amount}").format(
            item=text, amount=_money(ln.refunded, currency)
        )
    return text


def _stage_word(stage: str) -> str:
    return translate_marked("case", words.STAGE_WORDS[stage]) if stage in words.STAGE_WORDS else stage


def _dispute(doc: CasePdf, case: CaseSummary, currency: str, *, titled: bool = False) -> None:
    en = _WORDING
    if not titled:
        doc.heading(translate("case pack", "Dispute"))
    elif case.line is None:
        doc.heading(translate("case pack", "Dispute about the whole order"))
    else:
        doc.heading(
            translate("case pack", "Dispute about item {line}: {title}").format(
                line=case.line, title=case.item or ""
            )
        )
    rows = [
        (translate("case pack", "Stage"), _stage_word(case.stage)),
        (translate("case pack", "Reason"), en.word(words.REASON_WORDS, case.reason).capitalize()),
        (translate("case pack", "Opened"), _moment(case.opened_at)),
        (translate("case pack", "Refund asked"), _money(case.refund_asked, currency)),
        (
            translate("case pack", "Return offered"),
            translate("case pack", "yes") if case.wants_return else translate("case pack", "no"),
        ),
    ]
    optional: list[tuple[str, str | None]] = [
        (
            translate("case pack", "Seller responded"),
            _moment(case.responded_at) if case.responded_at else None,
        ),
        (
            translate("case pack", "Seller's offer"),
            _money(case.seller_offer, currency) if case.seller_offer is not None else None,
        ),
        (translate("case pack", "Escalated"), _moment(case.escalated_at) if case.escalated_at else None),
        (translate("case pack", "Decided"), _moment(case.decided_at) if case.decided_at else None),
        (
            translate("case pack", "Outcome"),
            en.word(words.OUTCOME_WORDS, case.outcome).capitalize() if case.outcome else None,
        ),
        (
            translate("case pack", "Amount decided"),
            _money(case.decided_amount, currency) if case.decided_amount is not None else None,
        ),
        (translate("case pack", "Appealed"), _moment(case.appealed_at) if case.appealed_at else None),
        (
            translate("case pack", "Refund received"),
            _money(case.refund_received, currency) if case.refund_received else None,
        ),
        (
            translate("case pack", "Dispute cancelled"),
            _moment(case.cancelled_at) if case.cancelled_at else None,
        ),
    ]
    rows += [(label, value) for label, value in optional if value is not None]
    # The times the sentences below speak of ("by the time shown").
    rows += [(_deadline_word(kind), _moment(due)) for kind, due in case.next_due]
    doc.rows(rows)
    if case.what_next:
        doc.gap()
        doc.paragraph(translate("case pack", "What comes next"), bold=True)
        doc.bullets(list(case.what_next))
