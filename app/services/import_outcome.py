"""What an import does with each order: the plan's entries and the counts."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from app.domain.lifecycle import History
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


@dataclass
class Outcome:
    entries: list[PlanEntry] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    # The validated timeline of each new order, by number: the apply step after a preview
    # derives the list cache from it instead of replaying the events a second time.
    folded: dict[str, History] = field(default_factory=dict)

    def count(self, action: str) -> int:
        return sum(1 for entry in self.entries if entry.action == action)
