"""Start-up, wired in one place and in a fixed order: crash handler, paths, database (with
migrations and a backup before them), then the QApplication and the main window; the log file
right after the first paint.

The common path (an existing, up-to-date data file) reads the schema version and the order list
with plain sqlite3 through the listing service and shows the window before the rest of the
services are built. That read runs in a thread while the main thread imports Qt (sqlite3
releases the GIL while it reads).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, NamedTuple

from app import APP_ID
from app.clock import Clock, SystemClock
from app.domain.views import View
from app.services import DataDir, Services, StoreError, ensure_data_dir, open_services, resolve_data_dir
from app.services.gc_pause import pause_collector
from app.services.listing import ListRow
from ui.shell.logs import LOG_BACKUPS, LOG_BYTES, log_file, private_log_handler, record_hard_crashes

if TYPE_CHECKING:
    from ui.shell.window_claim import WindowClaim

if TYPE_CHECKING:
    # Only named in signatures: Qt is imported once the reader thread runs (see run_gui), and
    # the service module imports SQLAlchemy, which the common start-up path never loads.
    from PySide6.QtCore import QCoreApplication, QSettings

    from ui.common.language import Installed


def log_path(data_dir: DataDir) -> Path:
    return log_file(data_dir)


_logging_lock = threading.Lock()
_logging_ready: set[Path] = set()


def setup_logging(data_dir: DataDir) -> Path:
    """Send the log to a rotating file in the data dir (once per file). Called right after the
    first paint, or at once by the crash handler when something fails before that."""
    import logging  # deferred: the logging package is not needed before the first paint

    path = log_path(data_dir)
    with _logging_lock:
        if path in _logging_ready:
            return path
        ensure_data_dir(path.parent)
        handler = private_log_handler(path, LOG_BYTES, LOG_BACKUPS)  # 0600: it names orders and paths
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root = logging.getLogger()
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        _logging_ready.add(path)
        record_hard_crashes(path.parent)
    return path


def install_crash_handler(data_dir: DataDir) -> None:
    """An unexpected error is logged and shown (ui/shell/crash_dialog.py), never a silent exit;
    every change was already saved when made."""

    def handle(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        import logging  # deferred: only when something went wrong
        import traceback

        from app.domain.errors import Refused

        if isinstance(value, Refused):  # a full disk, a busy file: a sentence, not a crash
            setup_logging(data_dir)
            logging.getLogger("dispute_desk").warning("refused: %s", value)
            try:
                from ui.shell.crash_dialog import show_problem  # deferred: Qt may not be loaded yet

                show_problem(str(value)[:1].upper() + str(value)[1:])
            except Exception:  # the handler of last resort must not raise
                pass
            return

        path = log_path(data_dir)
        try:
            path = setup_logging(data_dir)
        finally:
            logging.getLogger("dispute_desk").error(
                "unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb))
            )
        try:
            from ui.shell.crash_dialog import show_crash  # deferred: Qt may not be loaded yet

            show_crash(kind, value, tb, path)
        except Exception:  # the handler of last resort must not raise
            pass

    sys.excepthook = handle


# Above this many orders the window paints with the most urgent ones and reads the rest after.
FIRST_ROWS_ABOVE = 2000
FIRST_ROWS = 300


class OpenedData(NamedTuple):
    rows: list[ListRow]
    first_rows_counts: dict[View, int] | None  # set when ``rows`` is only the top of the list


def open_data(services: Services, clock: Clock) -> OpenedData:
    """What the window shows first. A new or older file is created or upgraded (after a backup)
    on the way; an up-to-date one is only read."""
    now = int(clock.now().timestamp())
    listing = services.listing
    counts = listing.view_counts(now)  # what the sidebar shows; also says how large the list is
    if counts[View.ALL] + counts[View.TRASH] > FIRST_ROWS_ABOVE:
        return OpenedData(listing.first_rows(now, FIRST_ROWS).rows, counts)
    return OpenedData(listing.rows(now).rows, None)


class _Reader(threading.Thread):
    """Runs :func:`open_data` beside the main thread; ``result()`` waits and re-raises."""

    def __init__(self, services: Services, clock: Clock) -> None:
        super().__init__(name="open-data", daemon=True)
        self._args = (services, clock)
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


def load_translations(app: QCoreApplication, settings: QSettings, env: Mapping[str, str]) -> Installed:
    """Speak the language chosen in Settings (``settings``: the data folder's window.ini, read
    before the window is built), or the environment's override, or the system's."""
    # Deferred: this module is imported before Qt, so that the reader thread starts first.
    from ui.common.language import choose_language, install_language, saved_language

    return install_language(app, choose_language(saved_language(settings), env))


def log_language(installed: Installed) -> None:
    """Once the log is set up: the language spoken, and the catalogs missing (those texts stay
    English; the window says nothing of it)."""
    import logging  # deferred: the logging package is not needed before the first paint

    log = logging.getLogger("dispute_desk")
    log.info("language: %s", installed.language)
    for path in installed.missing:
        log.warning("no translation file %s: those texts stay in English", path)


def run_gui(
    data_dir_arg: str | None,
    env: dict[str, str],
    clock: Clock | None = None,
    *,
    on_first_paint: Callable[[], None] | None = None,
    files: Sequence[Path] = (),
    start_hidden: bool = False,
) -> int:
    """Run the app, or hand ``files`` to the window already open on the same data folder.
    ``on_first_paint`` replaces the post-paint start-up work (the start-up benchmark uses it to
    stop the clock once the filled window is shown). ``start_hidden`` (started at login): the
    window starts in the tray, or minimised where there is no tray."""
    # Start-up creates classes, enums and widgets and keeps them all: until the first paint the
    # cycle collector would find no garbage, only more objects to walk each time. It resumes
    # right after the first paint, with what start-up made already in its oldest generation.
    resume_collector = pause_collector(promote=True)
    try:
        try:
            data_dir = DataDir(resolve_data_dir(data_dir_arg, env)).ensure()
        except StoreError as exc:  # a folder other users may change: said before anything is written
            print(f"dispute-desk: {exc}", file=sys.stderr)
            from ui.shell.crash_dialog import show_refusal  # started from a menu, stderr is unseen

            show_refusal(str(exc), _qt_argv())
            return 2
        install_crash_handler(data_dir)
        from ui.shell.window_claim import claim_window  # one window per data folder

        claim = claim_window(data_dir, files, env)
        if isinstance(claim, int):
            return claim
        if on_first_paint is None and env.get(QUIT_AFTER_FIRST_PAINT):
            on_first_paint = _quit_after_first_paint
        with claim:
            return _run_window(
                data_dir, clock or SystemClock(), claim, on_first_paint, start_hidden, env, resume_collector
            )
    finally:
        resume_collector()


# Set in the environment, the window quits once painted, saying "first paint" on stdout: how the
# packaged app's smoke test and the bundle start-up benchmark know it started.
QUIT_AFTER_FIRST_PAINT = "DISPUTE_DESK_QUIT_AFTER_FIRST_PAINT"


def _quit_after_first_paint() -> None:
    from PySide6.QtWidgets import QApplication  # deferred: Qt is imported after the reader thread starts

    print("first paint", flush=True)
    QApplication.quit()


def _tray_available() -> bool:
    from PySide6.QtWidgets import QSystemTrayIcon  # deferred: Qt is imported after the reader thread starts

    return QSystemTrayIcon.isSystemTrayAvailable()


def _qt_argv() -> list[str]:
    """Qt's arguments: on X11, ``-name`` makes the window's WM_CLASS the application ID, which the
    desktop entry's StartupWMClass names (Wayland reads the desktop file name instead)."""
    if sys.platform.startswith("linux"):
        return [*sys.argv[:1], "-name", APP_ID]
    return sys.argv[:1]


def _run_window(
    data_dir: DataDir,
    clock: Clock,
    claim: WindowClaim,
    on_first_paint: Callable[[], None] | None,
    start_hidden: bool,
    env: Mapping[str, str],
    resume_collector: Callable[[], None],
) -> int:
    services = open_services(data_dir, clock)
    reader = _Reader(services, clock)
    reader.start()

    # Deferred until now: Qt and the window's modules import while the reader thread reads.
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.common.resources import app_icon
    from ui.shell.main_window import MainWindow
    from ui.shell.settings_file import window_settings

    try:
        opened = reader.result()
    except StoreError as exc:
        print(f"dispute-desk: {exc}", file=sys.stderr)
        from ui.shell.crash_dialog import show_refusal  # started from a menu, stderr is unseen

        show_refusal(str(exc), _qt_argv())
        return 2

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(_qt_argv())
    app.setApplicationName("Dispute Desk")
    app.setOrganizationName("Dispute Desk")
    app.setDesktopFileName(APP_ID)  # Wayland's app id: matches the desktop entry's name
    settings = window_settings(data_dir)
    language = load_translations(app, settings, env)
    window = MainWindow(services, clock, opened.rows, settings, first_rows_counts=opened.first_rows_counts)
    if not start_hidden:
        window.show()
    elif not _tray_available():
        window.showMinimized()  # no tray to start in: minimised, so the desktop still lists it

    def after_paint() -> None:
        resume_collector()
        if on_first_paint is not None:
            on_first_paint()
            return
        app.setWindowIcon(app_icon())  # reading the SVG can wait for the first frame
        from ui.common.app_style import use_plain_dialog_buttons  # deferred: not needed for the first paint

        use_plain_dialog_buttons(app)  # before any dialog can open
        setup_logging(data_dir)
        log_language(language)
        window.after_first_paint()
        claim.serve(window)  # later launches come to this window from now on

    QTimer.singleShot(0, after_paint)
    code = app.exec()
    services.close()
    return int(code)
