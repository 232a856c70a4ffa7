"""What an import does with each order: the plan's entries and the counts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from app.domain.lifecycle import History
from app.domain.model import Event, OrderFacts
from app.importers.model import RowError

ADD, UPDATE, UNCHANGED, SKIP = "add", "update", "unchanged", "skip"


@dataclass(frozen=True)
class PlanEntry:
    """What the import does with one order, and why."""

    order: str
    action: str  # add | update | unchanged | skip
    reason: str
    lines: tuple[int, ...]
    store: str = ""
    title: str = ""
    total: Decimal | None = None
    currency: str = ""


@dataclass(frozen=True)
class CheckedOrder:
    """A new order as a plan checked it at ``checked_at``: its facts, its timeline (recorded at
    that time) and the history the timeline folds to, and the plan's entry for it. Nothing of it
    depends on the database, only on the file, the rule profile, the time and the language."""

    facts: OrderFacts
    events: tuple[Event, ...]
    history: History
    entry: PlanEntry
    checked_at: datetime


@dataclass
class Outcome:
    entries: list[PlanEntry] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    # Each new order as checked, by number: the apply step after a preview (same rule profile,
    # same language) takes it instead of building and validating the timeline a second time.
    checked: dict[str, CheckedOrder] = field(default_factory=dict)

    def count(self, action: str) -> int:
        return sum(1 for entry in self.entries if entry.action == action)
