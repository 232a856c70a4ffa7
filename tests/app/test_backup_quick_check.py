"""The automatic backup on close knows in milliseconds that nothing changed (no snapshot, no
fingerprint of every row), and still backs up every real change."""

from __future__ import annotations

from pathlib import Path

import pytest
from backup_fixtures import make_data

from app.clock import FrozenClock
from app.services import open_services
from app.services.backup import BackupService
from app.services.views import NewEvent


def test_nothing_changed_is_known_without_a_snapshot(
    tmp_path: Path, clock: FrozenClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    make_data(data, clock)
    service = BackupService(data, clock)
    steps: list[tuple[int, int]] = []
    first = service.auto_backup("close", progress=lambda done, total: steps.append((done, total)))
    assert first is not None and steps and steps[-1][0] == steps[-1][1]
    snapshots: list[int] = []
    original = BackupService._snapshot

    def counting(self: BackupService, source: object = None) -> object:
        snapshots.append(1)
        return original(self, source)  # type: ignore[arg-type]

    monkeypatch.setattr(BackupService, "_snapshot", counting)
    assert service.auto_backup("close") is None
    assert snapshots == []  # the quick check answered
    # A list-cache refresh (no content change) doesn't count either.
    services = open_services(data, clock)
    try:
        services.orders.refresh_stale(services.listing.stale_ids(int(clock.now().timestamp()) + 86400 * 90))
        assert service.auto_backup("close") is None
        services.orders.record_event("0007", NewEvent("note", at=clock.now(), note="changed"))
        caption_target = services.evidence.list("0007")[0]
    finally:
        services.close()
    assert service.auto_backup("close") is not None
    services = open_services(data, clock)
    try:
        services.evidence.set_caption(caption_target.id, "a new caption")
    finally:
        services.close()
    assert service.auto_backup("close") is not None  # a caption is content too
