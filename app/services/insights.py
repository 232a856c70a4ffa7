"""Insights: what the buyer spent, got back and lost, store by store; the buyer's notes on
stores ("avoid" this one) and the exchange rates typed in for a converted total.

One reading transaction per question; the sums are in :mod:`app.services.insight_sums`, the
ledger in :mod:`app.services.insight_ledger`, the disputes as cases in
:mod:`app.services.insight_cases`. The GUI and the command line both ask
this service, so they show the same numbers.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, tzinfo
from decimal import Decimal
from typing import Any, TypeVar, cast

from app.clock import Clock
from app.domain.currencies import normalize_currency
from app.domain.errors import Refused
from app.domain.periods import Period
from app.domain.rates import Rate, RateTable
from app.domain.stores import StoreMark, store_key
from app.i18n import translate
from app.services.gc_pause import collector_paused
from app.services.insight_cases import dispute_outcomes, read_cases
from app.services.insight_ledger import LedgerRow, case_outcomes, ledger_of, store_sums
from app.services.insight_sums import Statistics, statistics
from app.store.store import Store

T = TypeVar("T")
HOME_CURRENCY = "insights.home_currency"  # settings key: the currency rates convert into
MAX_NOTE = 2000


class InsightsService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock
        # What was read, by part, with the fingerprint of the data it was read from: a period
        # switch or a second view reads nothing again until an order changes.
        self._lock = threading.Lock()
        self._cached: dict[str, tuple[tuple[object, ...], Any]] = {}

    # -- reading ----------------------------------------------------------------------------------

    def statistics(self, period: Period | None = None, *, tz: tzinfo | None = None) -> Statistics:
        """The statistics of ``period`` (all time when None); months in ``tz`` (the computer's
        zone when None). With a home currency and rates, totals converted to it come along."""
        with collector_paused():
            with self._store.read() as tx:
                key = tx.insight_fingerprint()
                paid = self._read(key, "paid", tx.payments)
                arrivals = self._read(key, "arrivals", tx.arrival_rows)
                cases = self._read(key, "cases", lambda: list(read_cases(tx.case_events())))
                home = tx.setting(HOME_CURRENCY)
                rates = RateTable.build(home, tx.exchange_rates()) if home else None
            return statistics(paid, arrivals, cases, period or Period(), tz=tz, rates=rates)

    def ledger(self) -> list[LedgerRow]:
        """One row per store, most orders first."""
        with collector_paused():
            with self._store.read() as tx:
                key = tx.insight_fingerprint()
                stores = tx.store_rows()
                arrivals = self._read(key, "arrivals", tx.arrival_rows)
                # The ledger counts disputes only: from the statistics' cases when they were
                # read, else from the events that decide them alone (no refunds, no money).
                cases = self._kept(key, "cases")
                outcomes = (
                    list(case_outcomes(cases))
                    if cases is not None
                    else self._read(key, "disputes", lambda: list(dispute_outcomes(tx.dispute_events())))
                )
                marks = tx.store_marks()
            return ledger_of(store_sums(stores), arrivals, outcomes, marks)

    def forget(self) -> None:
        """Drop what was read (the next question reads the data again)."""
        with self._lock:
            self._cached.clear()

    def _kept(self, key: tuple[object, ...], part: str) -> Any:
        """What was read of ``part`` from the data as it is now, None when nothing was."""
        with self._lock:
            cached = self._cached.get(part)
        return cached[1] if cached is not None and cached[0] == key else None

    def _read(self, key: tuple[object, ...], part: str, read: Callable[[], T]) -> T:
        kept = self._kept(key, part)
        if kept is not None:
            return cast("T", kept)
        value = read()
        with self._lock:
            self._cached[part] = (key, value)
        return value

    # -- the buyer's notes on stores ---------------------------------------------------------------

    def store_marks(self) -> dict[str, StoreMark]:
        """What the buyer wrote about stores, by :func:`~app.domain.stores.store_key`."""
        with self._store.read() as tx:
            return tx.store_marks()

    def avoided_stores(self) -> dict[str, StoreMark]:
        """The stores flagged "avoid", by store key."""
        return {key: mark for key, mark in self.store_marks().items() if mark.avoid}

    def set_store_mark(self, name: str, note: str, avoid: bool) -> StoreMark:
        """Keep a note and the "avoid" flag for the store ``name`` (any spelling of it)."""
        key = store_key(name)
        if not key:
            raise Refused(translate("insights", "a store needs a name"))
        note = note.strip()
        if len(note) > MAX_NOTE:
            raise Refused(
                translate("insights", "the note is too long ({count} characters; at most {limit})").format(
                    count=len(note), limit=MAX_NOTE
                )
            )
        mark = StoreMark(" ".join(name.split()), note, avoid)
        with self._store.write() as tx:
            tx.set_store_mark(key, mark, self._clock.now())
        return mark

    # -- home currency and rates --------------------------------------------------------------------

    def home_currency(self) -> str | None:
        with self._store.read() as tx:
            value = tx.setting(HOME_CURRENCY)
        return str(value) if value else None

    def set_home_currency(self, code: str | None) -> None:
        """The currency converted totals are shown in; None or "" turns conversion off."""
        value = _currency(code) if code and code.strip() else None
        with self._store.write() as tx:
            tx.set_setting(HOME_CURRENCY, value)

    def rates(self) -> list[Rate]:
        with self._store.read() as tx:
            return tx.exchange_rates()

    def set_rate(self, currency: str, home: str, valid_from: date, rate: Decimal) -> Rate:
        """Keep a rate: one ``currency`` was worth ``rate`` ``home`` from ``valid_from`` on."""
        code, home_code = _currency(currency), _currency(home)
        if code == home_code:
            raise Refused(
                translate(
                    "insights",
                    "a rate converts another currency into the home currency, not the home currency itself",
                )
            )
        if not rate.is_finite() or rate <= 0:
            raise Refused(translate("insights", "a rate must be a positive number"))
        entry = Rate(code, home_code, valid_from, rate)
        with self._store.write() as tx:
            tx.set_exchange_rate(entry, self._clock.now())
        return entry

    def remove_rate(self, currency: str, home: str, valid_from: date) -> bool:
        with self._store.write() as tx:
            return tx.remove_exchange_rate(currency, home, valid_from)


def _currency(code: str) -> str:
    return normalize_currency(code)  # refuses unknown codes (ParseError is a Refused)
