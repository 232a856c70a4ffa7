"""Safety copies are thinned: the newest three before-restore archives and pre-migration copies
are kept (each restore or upgrade used to leave one more, 100 MB apiece)."""

from __future__ import annotations

import os
from pathlib import Path

from app.store.files import thin_safety_copies
from app.store.paths import DataDir


def test_only_the_newest_three_of_each_kind_are_kept(tmp_path: Path) -> None:
    layout = DataDir(tmp_path / "data")
    layout.ensure_backups()
    made = []
    for index in range(5):
        for name in (
            f"before-restore-2026031{index}T000000Z.zip",
            f"pre-migration-0002-2026031{index}T000000Z.sqlite3",
        ):
            path = layout.backups / name
            path.write_bytes(b"x")
            os.utime(path, (1_700_000_000 + index, 1_700_000_000 + index))
            made.append(path)
    manual = layout.backups / "my-backup.zip"
    manual.write_bytes(b"mine")
    removed = thin_safety_copies(layout)
    kept = sorted(p.name for p in layout.backups.iterdir())
    assert len(removed) == 4
    assert kept == sorted(
        ["my-backup.zip"]
        + [f"before-restore-2026031{i}T000000Z.zip" for i in (2, 3, 4)]
        + [f"pre-migration-0002-2026031{i}T000000Z.sqlite3" for i in (2, 3, 4)]
    )
