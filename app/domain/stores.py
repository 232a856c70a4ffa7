"""Stores as the buyer knows them: an order names its store as text, so the ledger groups
orders by a key made from that text (spaces trimmed and collapsed, case folded), and the
buyer's note and "avoid" flag are kept under the same key."""

from __future__ import annotations

from dataclasses import dataclass


def store_key(name: str) -> str:
    """The key a store's orders are grouped by: "  Xiaomi  Store " and "xiaomi store" are one."""
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class StoreMark:
    """What the buyer wrote about a store: a note, and whether to avoid it."""

    name: str
    note: str = ""
    avoid: bool = False
