"""The calendar to subscribe to: the open deadlines as an iCalendar file at a fixed place in the
data dir, written again whenever they change, for a calendar app that watches a local file.

Switched on in Settings (it writes a file beside the data; off until asked for). The file is
the ICS export (one event per open deadline, alarms at the reminders' lead times) and is only
replaced when an event in it changed: the time stamp alone (``DTSTAMP``) is no change, so a
calendar app is not made to reload for nothing.
"""

from __future__ import annotations

from pathlib import Path

from app.services.export_ics import calendar_text
from app.services.exporting import write_atomically
from app.services.orders import OrderService
from app.store.paths import DataDir, ensure_data_dir

FEED_SETTING = "calendar.subscription"  # bool: keep the file up to date
FEED_DIRNAME = "calendar"
FEED_FILENAME = "dispute-desk-deadlines.ics"


def feed_path(data_dir: DataDir | Path) -> Path:
    """Where the calendar file lives: ``<data dir>/calendar/dispute-desk-deadlines.ics``."""
    root = data_dir.root if isinstance(data_dir, DataDir) else Path(data_dir)
    return root / FEED_DIRNAME / FEED_FILENAME


def _without_stamps(text: str) -> list[str]:
    return [line for line in text.split("\r\n") if not line.startswith("DTSTAMP:")]


def write_feed(service: OrderService) -> bool:
    """Write the calendar file if what it says changed; True when it was written."""
    path = feed_path(service.store.data_dir)
    text, _count = calendar_text(service)
    try:
        old = path.read_bytes().decode("utf-8")
    except (FileNotFoundError, UnicodeDecodeError):
        old = None
    if old is not None and _without_stamps(old) == _without_stamps(text):
        return False
    ensure_data_dir(path.parent)
    write_atomically(path, lambda handle: handle.write(text), newline="")
    return True


def feed_enabled(service: OrderService) -> bool:
    with service.store.read() as tx:
        return bool(tx.setting(FEED_SETTING, False))


def set_feed_enabled(service: OrderService, enabled: bool) -> None:
    """Switch the file on (written at once) or off (removed: nothing left behind)."""
    with service.store.write() as tx:
        tx.set_setting(FEED_SETTING, enabled)
    if enabled:
        write_feed(service)
    else:
        feed_path(service.store.data_dir).unlink(missing_ok=True)


def refresh_feed(service: OrderService) -> bool:
    """Write the calendar file again if it is switched on and changed; True when written."""
    return feed_enabled(service) and write_feed(service)
