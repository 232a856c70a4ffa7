"""The window sees what other processes wrote, and says when it waits for them.

With the command line adding 300 orders, the open window still showed "All orders (1)" five
minutes later. :class:`ExternalChanges` asks the data file every other tick of the list's
one-second timer whether anyone else committed (``PRAGMA data_version`` on a connection kept for
it: microseconds); when someone did, it reads the rows of the orders that changed off the GUI
thread and merges them into the list (the selection and the scroll position stay), reads the
whole list again when the change is large, and shows the open order again when it changed.

:class:`BusyNotices` carries the store's "another window or command is saving…; trying again…"
from whatever thread waits to the status line.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from app.clock import Clock
from app.services import Services
from app.services.listing import Changes, ListRow
from ui.common.tasks import TaskRunner
from ui.orders.list_panel import OrderListPanel

log = logging.getLogger("dispute_desk")

POLL_EVERY_TICKS = 2  # the list ticks once a second: look every two seconds


class ChangingWindow(Protocol):
    """What the watcher needs of the main window."""

    @property
    def list_panel(self) -> OrderListPanel: ...

    def update_rows(self, rows: list[ListRow]) -> None: ...

    def refresh_numbers(self, numbers: Sequence[str]) -> None: ...


class ExternalChanges(QObject):
    def __init__(
        self, window: ChangingWindow, services: Services, clock: Clock, tasks: TaskRunner, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._services = services
        self._clock = clock
        self._tasks = tasks
        self._ticks = 0
        self._reading = False
        self._started = False
        self.enabled = True

    def start(self) -> None:
        """Take note of where the data stands (the rows on screen were read from it): what
        others commit from now on is merged. Until then nothing is polled."""
        try:
            self._services.change_watch().poll()
        except Exception as exc:  # no data yet, a disk gone: the next start tries again
            log.info("could not look for other windows' changes: %s", exc)
            return
        self._started = True

    def pause(self) -> None:
        """While a restore runs in this window: polling would open the file it replaces."""
        self.enabled = False

    def resume(self, _changed: object = None) -> None:
        """After a restore (the window read every row again): look from here on."""
        self.enabled = True
        self.start()

    def on_tick(self) -> None:
        self._ticks += 1
        if self._ticks % POLL_EVERY_TICKS == 0:
            self.poll()

    def poll(self) -> Changes | None:
        """Look now; returns what changed (None: nothing, or a read is still under way)."""
        if not self.enabled or self._reading or not self._started:
            return None
        try:
            changes = self._services.change_watch().poll()
        except Exception as exc:  # the file is being restored or the disk went away: next time
            log.info("could not look for other windows' changes: %s", exc)
            return None
        if changes is None:
            return None
        services, now = self._services, int(self._clock.now().timestamp())
        ids = None if changes.everything else sorted(changes.order_ids)
        self._reading = True

        def read() -> list[ListRow]:
            return services.listing.rows(now, ids).rows if ids is None or ids else []

        def done(rows: list[ListRow]) -> None:
            self._reading = False
            self.merge(rows, changes)

        self._tasks.run(read, done, self._failed, owner=self)
        return changes

    def merge(self, rows: list[ListRow], changes: Changes) -> None:
        """Rows another window or command changed or added (with ``changes.everything``: every
        row; orders missing from it were deleted). The selection and the scroll position stay;
        the open order is shown again if it changed."""
        panel = self._window.list_panel
        if changes.everything:
            fresh = {row.id for row in rows}
            gone = [row.id for row in panel.rows() if row.id not in fresh]
            if gone:
                panel.remove_ids(gone)
        if rows:
            self._window.update_rows(rows)
        number = panel.current_number()
        if number is None:
            return
        current = next((row.id for row in panel.rows() if row.number == number), None)
        if changes.evidence or changes.everything or current in changes.order_ids:
            self._window.refresh_numbers([number])

    def _failed(self, exc: Exception) -> None:
        self._reading = False
        log.info("could not read other windows' changes: %s", exc)


class BusyNotices(QObject):
    """The store's busy sentence, from any thread, to a slot on the GUI thread (queued)."""

    said = Signal(str)

    def attach(self, services: Services) -> None:
        services.set_busy_notice(self.said.emit)
        services.mark_quick_thread()  # called on the GUI thread: its writes don't wait long
