"""After the first paint: build the services, bring stale rows up to date, and tell the user
what crossed a deadline or came close while the app was closed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from app.clock import Clock
from app.services import Services
from app.services.listing import ListRow
from ui.common.tasks import TaskRunner

if TYPE_CHECKING:  # the report module imports SQLAlchemy: not before the first paint
    from app.services.report import StartupReport


class StartupWindow(Protocol):
    """What the start-up checks need of the main window."""

    @property
    def tasks(self) -> TaskRunner: ...

    def update_rows(self, rows: list[ListRow]) -> None: ...

    def show_startup_report(self, report: StartupReport) -> None: ...

    def show_failure(self, exc: Exception) -> None: ...


def run_startup_checks(window: StartupWindow, services: Services, clock: Clock) -> None:
    now = clock.now()

    def work() -> tuple[list[Any], Any]:
        # In the worker: these modules import SQLAlchemy, which must not load on the GUI thread.
        from dataclasses import replace
        from datetime import UTC, datetime

        from app.services.report import InterruptedWork, last_seen, startup_report
        from app.services.settings import LAST_SEEN

        services.warm_up()
        services.clean_leftovers()  # a thumbnail or photo half-written by a killed window
        stale = services.listing.stale_ids(int(now.timestamp()))
        fresh = services.orders.refresh_stale(stale) if stale else []
        report = startup_report(services.orders, last_seen(services.settings), now)
        interrupted = tuple(
            InterruptedWork(kind, detail, datetime.fromtimestamp(started, UTC))
            for kind, detail, started in services.take_interrupted()
        )
        if interrupted:
            report = replace(report, interrupted=interrupted)
        services.settings.set(LAST_SEEN, int(now.timestamp()))
        return fresh, report

    def done(result: tuple[list[Any], Any]) -> None:
        fresh, report = result
        if fresh:
            window.update_rows(fresh)
        if not report.is_empty:
            window.show_startup_report(report)

    window.tasks.run(work, done, window.show_failure, writes=True, owner=window.tasks)


def remember_last_seen(services: Services, clock: Clock) -> None:
    """On close: the deadlines up to now have been seen."""
    from app.services.settings import LAST_SEEN  # deferred: the module imports SQLAlchemy

    try:
        services.settings.set(LAST_SEEN, int(clock.now().timestamp()))
    except Exception:  # closing must never fail; the next start shows a bit more
        pass
