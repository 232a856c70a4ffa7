"""Start-up, wired in one place and in a fixed order: crash handler, paths, database (with
migrations and a backup before them), then the QApplication and the main window; the log file
right after the first paint.

The common path (an existing, up-to-date data file) reads the schema version and the order list
with plain sqlite3 and shows the window before SQLAlchemy is imported at all. That read runs in
a thread while the main thread imports Qt (sqlite3 releases the GIL while it reads).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, NamedTuple

from app.clock import Clock, SystemClock
from app.domain.views import View
from app.services.listing import ListRow, count_orders, count_views, load_first_rows, load_rows
from app.store.paths import DataDir, ensure_data_dir, resolve_data_dir
from app.store.schema import HEAD_REVISION, read_revision

if TYPE_CHECKING:
    # Only named in signatures: Qt is imported once the reader thread runs (see run_gui), and
    # the service module imports SQLAlchemy, which the common start-up path never loads.
    from PySide6.QtCore import QCoreApplication

    from app.services.orders import OrderService


def log_path(data_dir: DataDir) -> Path:
    return data_dir.root / "logs" / "dispute-desk.log"


_logging_lock = threading.Lock()
_logging_ready: set[Path] = set()


def setup_logging(data_dir: DataDir) -> Path:
    """Send the log to a rotating file in the data dir (once per file). Called right after the
    first paint, or at once by the crash handler when something fails before that."""
    import logging  # deferred: the logging package is not needed before the first paint
    from logging.handlers import RotatingFileHandler

    path = log_path(data_dir)
    with _logging_lock:
        if path in _logging_ready:
            return path
        ensure_data_dir(path.parent)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root = logging.getLogger()
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        _logging_ready.add(path)
    return path


def install_crash_handler(data_dir: DataDir) -> None:
    """An unexpected error is logged and shown; every change was already saved when made."""

    def handle(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        import logging  # deferred: only when something went wrong
        import traceback

        path = log_path(data_dir)
        try:
            path = setup_logging(data_dir)
        finally:
            logging.getLogger("dispute_desk").error(
                "unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb))
            )
        try:
            # Deferred: the handler is installed before Qt is imported, and may run before that.
            from PySide6.QtWidgets import QApplication

            from ui.common import dialogs

            if QApplication.instance() is not None:
                dialogs.show_error(
                    None,
                    "Dispute Desk",
                    f"Something went wrong: {value}\n\nYour data is safe: every change is saved when you make "
                    f"it. Details are in {path}.",
                )
        except Exception:  # the handler of last resort must not raise
            pass

    sys.excepthook = handle


# Above this many orders the window paints with the most urgent ones and reads the rest after.
FIRST_ROWS_ABOVE = 2000
FIRST_ROWS = 300


class OpenedData(NamedTuple):
    rows: list[ListRow]
    first_rows_counts: dict[View, int] | None  # set when ``rows`` is only the top of the list
    service: OrderService | None  # when it had to be built already (a new or older file)


def open_data(data_dir: DataDir, clock: Clock) -> OpenedData:
    """What the window shows first. A new or older file needs the full store (create, or back
    up and migrate) before anything; an up-to-date one is read with plain sqlite3."""
    now = int(clock.now().timestamp())
    service = None
    if not (data_dir.database.exists() and read_revision(data_dir.database) == HEAD_REVISION):
        # Deferred: SQLAlchemy and Alembic load only when the file must be created or migrated.
        from app.services.orders import OrderService
        from app.store.database import Database

        service = OrderService(Database.open(data_dir, clock=clock), clock)
    if count_orders(data_dir.database) > FIRST_ROWS_ABOVE:
        first = load_first_rows(data_dir.database, now, FIRST_ROWS).rows
        return OpenedData(first, count_views(data_dir.database, now), service)
    return OpenedData(load_rows(data_dir.database, now).rows, None, service)


class _Reader(threading.Thread):
    """Runs :func:`open_data` beside the main thread; ``result()`` waits and re-raises."""

    def __init__(self, data_dir: DataDir, clock: Clock) -> None:
        super().__init__(name="open-data", daemon=True)
        self._args = (data_dir, clock)
        self._result: OpenedData | None = None
        self._error: BaseException | None = None

    def run(self) -> None:
        try:
            self._result = open_data(*self._args)
        except BaseException as exc:  # handed to the main thread by result()
            self._error = exc

    def result(self) -> OpenedData:
        self.join()
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result


def load_translations(app: QCoreApplication) -> None:
    # Deferred: this module is imported before Qt, so that the reader thread starts first.
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from ui.common import plurals

    plurals.install(app)  # first: translations installed later win

    translator = QTranslator(app)
    if translator.load(
        QLocale.system(), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(translator)


def run_gui(
    data_dir_arg: str | None,
    env: dict[str, str],
    clock: Clock | None = None,
    *,
    on_first_paint: Callable[[], None] | None = None,
) -> int:
    """Run the app. ``on_first_paint`` replaces the post-paint start-up work (the start-up
    benchmark uses it to stop the clock once the filled window is shown)."""
    clock = clock or SystemClock()
    data_dir = DataDir(resolve_data_dir(data_dir_arg, env)).ensure()
    install_crash_handler(data_dir)
    reader = _Reader(data_dir, clock)
    reader.start()

    # Deferred until now: Qt and the window's modules import while the reader thread reads.
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from app.store.errors import StoreError
    from ui.common.resources import app_icon
    from ui.common.services import Services
    from ui.shell.main_window import MainWindow

    try:
        opened = reader.result()
    except StoreError as exc:
        print(f"dispute-desk: {exc}", file=sys.stderr)
        return 2

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Dispute Desk")
    app.setOrganizationName("Dispute Desk")
    app.setDesktopFileName("dispute-desk")
    load_translations(app)
    services = (
        Services.ready(data_dir, clock, opened.service)
        if opened.service is not None
        else Services(data_dir, clock)
    )
    window = MainWindow(services, clock, opened.rows, QSettings(), first_rows_counts=opened.first_rows_counts)
    window.show()

    def after_paint() -> None:
        if on_first_paint is not None:
            on_first_paint()
            return
        app.setWindowIcon(app_icon())  # reading the SVG can wait for the first frame
        setup_logging(data_dir)
        window.after_first_paint()

    QTimer.singleShot(0, after_paint)
    code = app.exec()
    services.close()
    return int(code)
