"""Importing orders from files and from text pasted off an order page.

``preview`` reads the file(s), detects the format by content and works out, without writing,
what the import would add, update, leave unchanged or skip (and why), plus the rows it could
not read with their line numbers. ``apply`` writes a plan in ONE transaction, committed once
at the end: a crash or a kill leaves the database with all of the import or none of it. It
compares with the database again inside that transaction, so a plan that went stale (the
GUI's preview stayed open while a cron job imported) still does the right thing.
Importing the same file twice changes nothing. Both run off the GUI thread.
"""

from __future__ import annotations

import csv
import zipfile
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from app.clock import Clock
from app.domain.currencies import normalize_currency
from app.domain.errors import ParseError, Refused
from app.domain.profile import RuleProfile
from app.i18n import speaking, translate, translate_marked
from app.importers.common import order_page_zone
from app.importers.detect import detect_all, read_source
from app.importers.model import FORMAT_NAMES, Format, ParsedSource, RowError
from app.importers.paste import ParsedOrder, parse_order_text, to_imported
from app.services.gc_pause import collector_paused
from app.services.import_apply import plan_and_write
from app.services.import_outcome import ADD, UNCHANGED, UPDATE, CheckedOrder, Outcome, PlanEntry
from app.services.import_write import Cancel, Cancelled, PreparedWrites, as_transaction, check_cancel
from app.services.rules import RuleService
from app.services.settings import SettingsService
from app.store.activity import Activity
from app.store.errors import disk_full, free_space
from app.store.store import Store

DEFAULT_CURRENCY_KEY = "default_currency"  # settings key; USD when unset
FILE_FORMATS = tuple(f.value for f in Format if f is not Format.PASTE)
LARGE_IMPORT = 1 << 20  # files from this size on are checked against the free space first
SPACE_PER_BYTE = 6  # what an imported byte takes in the database and its log, at most (measured: ~3)
SPACE_MARGIN = 32 << 20

__all__ = [
    "DEFAULT_CURRENCY_KEY",
    "FILE_FORMATS",
    "Cancelled",
    "ImportPlan",
    "ImportResult",
    "ImportService",
    "ParsedOrder",
    "PlanEntry",
    "RowError",
]


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do. ``entries``: one per order (for e-mails, one per message)."""

    format: Format
    paths: tuple[Path, ...]
    currency: str
    entries: tuple[PlanEntry, ...]
    errors: tuple[RowError, ...]
    rows: int
    source: ParsedSource = field(repr=False, compare=False)
    # The new orders as checked, and the rule profile and language they were checked in.
    checked: Mapping[str, CheckedOrder] = field(default_factory=dict, repr=False, compare=False)
    profile: RuleProfile | None = field(default=None, repr=False, compare=False)
    language: str = field(default="", repr=False, compare=False)

    def count(self, action: str) -> int:
        return sum(1 for entry in self.entries if entry.action == action)

    @property
    def unreadable(self) -> int:
        """Rows of the file that could not be read (each is in ``errors`` with its line)."""
        return len(self.source.errors)

    @property
    def encoding(self) -> str | None:
        """What the text file was read as (None for a workbook or e-mails)."""
        return self.source.encoding

    @property
    def format_name(self) -> str:
        """The format's name in the buyer's language."""
        return translate_marked("import", FORMAT_NAMES[self.format])


@dataclass(frozen=True)
class ImportResult:
    format: Format
    added: int
    updated: int
    unchanged: int
    errors: tuple[RowError, ...]
    entries: tuple[PlanEntry, ...] = ()
    unreadable: int = 0  # rows of the file that could not be read

    @property
    def skipped(self) -> int:
        return sum(1 for entry in self.entries if entry.action == "skip")


ProgressCallback = Callable[[int, int], None]


class ImportService:
    def __init__(self, store: Store, clock: Clock, *, rules: RuleService | None = None) -> None:
        self._store = store
        self._clock = clock
        self.rules = rules or RuleService(store, clock)

    def default_currency(self) -> str:
        value = SettingsService(self._store).get(DEFAULT_CURRENCY_KEY, "USD")
        try:
            return normalize_currency(str(value))
        except ParseError:
            return "USD"

    def set_default_currency(self, currency: str) -> str:
        """Remember the currency of prices that name none (the data backup's cents, "$12.34")
        for later imports; Refused (nothing saved) for a code that is not ISO 4217."""
        code = normalize_currency(currency)
        SettingsService(self._store).set(DEFAULT_CURRENCY_KEY, code)
        return code

    def preview(
        self,
        path: Path | str | Sequence[Path | str],
        *,
        format: str = "auto",
        currency: str | None = None,
        encoding: str | None = None,
    ) -> ImportPlan:
        """Read and compare; writes nothing. Refused: unreadable file, unknown format, a file
        with no readable row. ``encoding``: what a text file is read as (None: detected; the
        plan says which was used)."""
        paths = tuple(Path(p) for p in ([path] if isinstance(path, (str, Path)) else path))
        code = normalize_currency(currency) if currency else self.default_currency()
        fmt = detect_all(paths) if format == "auto" else _format(format)
        # One pause for reading and planning; the plan it leaves (the apply's input) goes to the
        # oldest generation unwalked when it ends.
        with collector_paused(promote=True):
            return self._preview(paths, fmt, code, encoding)

    def _preview(self, paths: tuple[Path, ...], fmt: Format, code: str, encoding: str | None) -> ImportPlan:
        with order_page_zone(self.rules.profile().order_page_zone()):
            source = _read(paths, fmt, code, encoding)
        names = ", ".join(p.name for p in paths)
        if source.rows == 0:
            raise Refused(translate("import", "{files} has no orders in it").format(files=names))
        if not source.orders and not source.notices:
            first = source.errors[0]
            count = source.rows
            raise Refused(
                translate(
                    "import",
                    "none of the %n row(s) of {files} could be read as {format} (line {line}: {reason})",
                    None,
                    count,
                ).format(files=names, format=fmt.value, line=first.line, reason=first.message)
            )
        profile = self.rules.profile()
        return _plan(fmt, paths, code, source, self._run(source, profile, write=False), profile)

    def apply(
        self, plan: ImportPlan, progress: ProgressCallback | None = None, *, cancel: Cancel | None = None
    ) -> ImportResult:
        """Write the plan in one transaction (compared with the database again first). The
        write lock is held only while the prepared rows are written (see
        :mod:`app.services.import_write`). ``cancel`` (asked now and then) stops it with
        :class:`Cancelled`, nothing written. Refused when the disk can't hold it."""
        # New orders' timelines come from the file alone: what the preview checked with the
        # same rule profile needs no second check (a changed profile checks them again, and a
        # changed language describes them again).
        profile = self.rules.profile()
        checked = plan.checked if plan.profile is profile and plan.language == speaking() else {}
        self._check_space(plan)
        detail = ", ".join(p.name for p in plan.paths) or FORMAT_NAMES[plan.format]  # kept in a file: English
        with Activity(self._store.data_dir, "import", detail):
            outcome = self._run(
                plan.source, profile, write=True, progress=progress, checked=checked, cancel=cancel
            )
        return ImportResult(
            plan.format,
            outcome.count(ADD),
            outcome.count(UPDATE),
            outcome.count(UNCHANGED),
            tuple(outcome.errors),
            tuple(outcome.entries),
            len(plan.source.errors),
        )

    # -- pasted order text ------------------------------------------------------------------------

    def parse_order_text(self, text: str) -> ParsedOrder:
        """The order a pasted order page describes; its times are read in the order page's zone."""
        return parse_order_text(text, zone=self.rules.profile().order_page_zone())

    def preview_pasted(self, order: ParsedOrder, text: str = "") -> ImportPlan:
        """What adding the pasted order would do (add, or update an order already there)."""
        source = ParsedSource(Format.PASTE, orders=[to_imported(order, self._clock.now(), text)], rows=1)
        profile = self.rules.profile()
        outcome = self._run(source, profile, write=False)
        return _plan(Format.PASTE, (), order.currency or "", source, outcome, profile)

    def add_pasted(self, order: ParsedOrder, text: str = "") -> ImportResult:
        """Add (or update) the order the pasted text describes, with what the buyer filled in.
        Refused when a fact is still missing or the domain refuses its timeline."""
        plan = self.preview_pasted(order, text)
        result = self.apply(plan)
        if result.errors:
            raise Refused(result.errors[0].message)
        return result

    def _run(
        self,
        source: ParsedSource,
        profile: RuleProfile,
        *,
        write: bool,
        progress: ProgressCallback | None = None,
        checked: Mapping[str, CheckedOrder] = MappingProxyType({}),
        cancel: Cancel | None = None,
    ) -> Outcome:
        now = self._clock.now()
        if not write:
            # A preview only reads: it takes no write lock and the GUI's preview never blocks a writer.
            with collector_paused(), self._store.read() as tx:
                return plan_and_write(
                    tx, source, profile, now, write=False, progress=progress, checked=checked
                )
        # Progress: the planning is the first half of the bar, the writing the second.
        planned = [1]

        def plan_step(done: int, total: int) -> None:
            planned[0] = max(total, 1)
            if progress is not None:
                progress(done, 2 * planned[0])

        def write_step(done: int, count: int) -> None:
            if progress is not None:
                progress(planned[0] + planned[0] * done // max(count, 1), 2 * planned[0])

        with collector_paused(promote=True):
            # Everything but the writing, in a read snapshot: no lock is held meanwhile.
            with self._store.read() as tx:
                writes = PreparedWrites(tx)
                outcome = plan_and_write(
                    as_transaction(writes),
                    source,
                    profile,
                    now,
                    write=True,
                    progress=plan_step,
                    checked=checked,
                    cancel=cancel,
                )
            check_cancel(cancel)
            with self._store.write() as tx:
                if writes.still_current(tx):
                    writes.write(tx, cancel, write_step)
                    return outcome
                # Someone else changed what the plan read: plan again, under the lock this time.
                return plan_and_write(
                    tx, source, profile, now, write=True, progress=progress, checked=checked, cancel=cancel
                )

    def _check_space(self, plan: ImportPlan) -> None:
        """A large import needs room for its rows (and the write-ahead log) before it starts."""
        size = sum(path.stat().st_size for path in plan.paths if path.is_file())
        if size < LARGE_IMPORT:
            return
        needed = SPACE_PER_BYTE * size + SPACE_MARGIN
        free = free_space(self._store.data_dir.root)
        if free is not None and free < needed:
            raise disk_full(self._store.data_dir.root, needed)


def _plan(
    fmt: Format,
    paths: tuple[Path, ...],
    currency: str,
    source: ParsedSource,
    outcome: Outcome,
    profile: RuleProfile,
) -> ImportPlan:
    return ImportPlan(
        fmt,
        paths,
        currency,
        tuple(outcome.entries),
        tuple(outcome.errors),
        source.rows,
        source,
        MappingProxyType(outcome.checked),
        profile,
        speaking(),
    )


def _format(name: str) -> Format:
    if name not in FILE_FORMATS:
        raise Refused(
            translate("import", 'unknown format "{format}" (one of: {choices})').format(
                format=name, choices=", ".join(["auto", *FILE_FORMATS])
            )
        )
    return Format(name)


def _read(paths: tuple[Path, ...], fmt: Format, currency: str, encoding: str | None) -> ParsedSource:
    """The readers' own exceptions (the csv module's, the decoders', a zip's, nesting past
    Python's limit) say something about the file, never about the app: they become refusals."""
    try:
        return read_source(paths, fmt, currency, encoding)
    except Refused:
        raise
    except (
        csv.Error,
        UnicodeError,
        RecursionError,
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        OSError,
    ) as exc:
        text = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise Refused(
            translate("import", "can't read {files} as {format}: {reason}").format(
                files=", ".join(p.name for p in paths), format=fmt.value, reason=text
            )
        ) from None
