"""After the first paint: build the services, bring stale rows up to date, and tell the user
what crossed a deadline or came close while the app was closed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.clock import Clock
from app.services.listing import stale_ids

if TYPE_CHECKING:
    from ui.common.services import Services
    from ui.shell.main_window import MainWindow


def run_startup_checks(window: MainWindow, services: Services, clock: Clock) -> None:
    now = clock.now()

    def work() -> tuple[list[Any], Any]:
        from app.services.report import last_seen, startup_report
        from app.services.settings import LAST_SEEN

        services.warm_up()
        stale = stale_ids(services.data_dir.database, int(now.timestamp()))
        fresh = services.orders.refresh_stale(stale) if stale else []
        report = startup_report(services.orders, last_seen(services.settings), now)
        services.settings.set(LAST_SEEN, int(now.timestamp()))
        return fresh, report

    def done(result: tuple[list[Any], Any]) -> None:
        fresh, report = result
        if fresh:
            window.update_rows(fresh)
        if not report.is_empty:
            from ui.shell.startup_report import StartupReportDialog

            dialog = StartupReportDialog(report, window)
            dialog.open_order.connect(window.open_order)
            dialog.setModal(False)
            dialog.show()
            window.startup_report_dialog = dialog

    window.tasks.run(work, done, window.show_failure, writes=True)


def remember_last_seen(services: Services, clock: Clock) -> None:
    """On close: the deadlines up to now have been seen."""
    from app.services.settings import LAST_SEEN

    try:
        services.settings.set(LAST_SEEN, int(clock.now().timestamp()))
    except Exception:  # closing must never fail; the next start shows a bit more
        pass
