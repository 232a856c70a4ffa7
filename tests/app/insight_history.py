"""A history worked out by hand for the insights tests (amounts, dates and outcomes are the
ones the tests expect)."""

from __future__ import annotations

from tests.conftest import Cli


def build_history(cli: Cli) -> None:
    def add(number: str, store: str, total: str, currency: str, paid: str) -> None:
        cli.ok("add", "--order", number, "--store", store, "--title", f"Item {number}", "--total", total,
               "--currency", currency, "--ordered-at", paid, "--paid-at", paid)  # fmt: skip

    def record(number: str, event: str, at: str, *options: str) -> None:
        cli.ok("record", number, event, "--at", at, *options)

    # 1001: 10 USD paid in November; 20 days in transit; a dispute opened 1 Dec asking 4.00,
    # won (partial, 4.00) on 10 Dec; the refund arrived on 15 January.
    add("1001", "Alpha Shop", "10.00", "USD", "2025-11-05T10:05:00Z")
    record("1001", "shipped", "2025-11-07T08:00:00Z", "--tracking", "LP00123456789012")
    record("1001", "received", "2025-11-27T08:00:00Z")
    record(
        "1001", "dispute-opened", "2025-12-01T09:00:00Z", "--reason", "not_as_described", "--refund", "4.00"
    )
    record("1001", "decided", "2025-12-10T09:00:00Z", "--outcome", "partial", "--amount", "4.00")
    record("1001", "refund-received", "2026-01-15T09:00:00Z", "--amount", "4.00")
    # 1002: 25.50 EUR in January from the same store spelled differently; cancelled, refunded
    # in part (5.25 of 25.50) in February.
    add("1002", "alpha  shop ", "25.50", "EUR", "2026-01-10T10:05:00Z")
    record("1002", "cancel-requested", "2026-01-11T11:00:00Z", "--reason", "changed_mind")
    record("1002", "cancel-approved", "2026-01-12T09:00:00Z")
    record("1002", "refund-received", "2026-02-03T09:00:00Z", "--amount", "5.25")
    # 1003: 100 PLN in January; shipped 21 Jan; a "tracking stalled" dispute on 3 Feb, lost 12 Feb;
    # tracking said delivered after all on 4 Feb.
    add("1003", "Beta", "100.00", "PLN", "2026-01-20T10:00:00Z")
    record("1003", "shipped", "2026-01-21T10:00:00Z")
    record("1003", "dispute-opened", "2026-02-03T10:00:00Z", "--reason", "tracking_stalled")
    record("1003", "delivered", "2026-02-04T10:00:00Z")
    record("1003", "decided", "2026-02-12T10:00:00Z", "--outcome", "rejected")
    # 1004: 7 USD in February, one day in transit, a dispute still open.
    add("1004", "Beta", "7.00", "USD", "2026-02-02T10:00:00Z")
    record("1004", "shipped", "2026-02-03T10:00:00Z")
    record("1004", "received", "2026-02-04T10:00:00Z")
    record("1004", "dispute-opened", "2026-02-05T10:00:00Z", "--reason", "damaged")
    # 1005: 50 USD in December, in the trash: counted nowhere.
    add("1005", "Gamma", "50.00", "USD", "2025-12-24T10:00:00Z")
    cli.ok("trash", "1005")
    # 1006: 12 USD in February, a dispute the buyer cancelled.
    add("1006", "Gamma", "12.00", "USD", "2026-02-10T10:00:00Z")
    record("1006", "shipped", "2026-02-11T10:00:00Z")
    record("1006", "received", "2026-02-18T10:00:00Z")
    record("1006", "dispute-opened", "2026-02-20T10:00:00Z", "--reason", "wrong_item")
    record("1006", "dispute-cancelled", "2026-02-25T10:00:00Z")
