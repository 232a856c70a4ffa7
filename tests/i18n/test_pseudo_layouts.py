"""Layouts that hold in every language: with the long pseudo locale (every text about 1.6 times
the English, accented, as German or Polish runs) and with the right-to-left one (mirrored, the
whole layout turned around), every window, dialog and wizard page opened at its default size
shows every label, button, check box, radio button, group box title and tab whole.

The pseudo catalogs are made from the code by ``tools.translations`` (as ``python3 dev.py tr``
makes them) and loaded before anything is built: through a ``QTranslator`` for the window's
texts, and as the core's catalog (``app.i18n``) for the texts of ``app/`` the window shows. To
look at the screens, set ``DISPUTE_DESK_LAYOUT_SHOTS`` to a folder: every state is saved there
as a PNG."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from app import i18n
from app.clock import FrozenClock
from app.services import open_services
from tests.i18n.layout_checks import clipped_texts
from tests.i18n.screens import SCREENS
from tests.i18n.world import NOW, World, fill, settle
from tools.translations import catalogs, pseudo, qt_tools
from ui.common import dialogs, form_fields, plurals
from ui.reminders import notifier
from ui.shell.main_window import MainWindow

SHOTS = os.environ.get("DISPUTE_DESK_LAYOUT_SHOTS", "")


@pytest.fixture(scope="module")
def pseudo_catalogs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    try:
        template = catalogs.extract(catalogs.source_files())
        built = catalogs.build_pseudo(template, tmp_path_factory.mktemp("pseudo"))
    except qt_tools.ToolError as exc:
        pytest.skip(str(exc))
    return {path.stem.removeprefix(catalogs.CATALOG_PREFIX): path for path in built}


@pytest.fixture(scope="module", params=pseudo.PSEUDO_LOCALES)
def world(
    request: pytest.FixtureRequest,
    qapp: QApplication,
    pseudo_catalogs: dict[str, Path],
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[World]:
    locale: str = request.param
    plurals.install(qapp)  # as the app does, first: the pseudo catalog installed next wins
    translator = QTranslator()
    assert translator.load(str(pseudo_catalogs[locale]))
    QCoreApplication.installTranslator(translator)
    settle()
    wanted = (
        Qt.LayoutDirection.RightToLeft if locale == pseudo.RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
    )
    assert QApplication.layoutDirection() == wanted
    folder = tmp_path_factory.mktemp(locale)
    clock = FrozenClock(NOW)
    services = open_services(folder / "data", clock)
    shown: list[str] = []

    def answer(_parent: object, title: str, text: str) -> bool:
        return True  # "go on anyway" in the guides

    def show_error(_parent: object, title: str, text: str) -> None:
        shown.append(f"{title}: {text}")

    with pytest.MonkeyPatch.context() as patch:
        # Never the desktop of the machine running the tests (see tests/ui/conftest.py), and no
        # message box waiting for a click: the guides ask before going on with a draft's […].
        patch.setattr(notifier, "session_bus_address", lambda env: None)
        patch.setattr(dialogs, "ask_yes_no", answer)
        patch.setattr(dialogs, "show_info", answer)
        patch.setattr(dialogs, "show_error", show_error)
        patch.setattr(form_fields, "ask_discard_changes", lambda _parent: True)
        # The core's texts in the pseudo locale too (set_language offers only real languages).
        patch.setattr(i18n, "translations_dir", lambda: pseudo_catalogs[locale].parent)
        patch.setattr(i18n, "_language", locale)
        i18n.reset_catalogs()
        numbers = fill(services, folder)
        rows = services.listing.rows(int(NOW.timestamp())).rows
        settings = QSettings(str(folder / "layout.ini"), QSettings.Format.IniFormat)
        window = MainWindow(services, clock, rows, settings)  # at its default size: nothing saved yet
        window.show()
        window.after_first_paint()
        settle()
        try:
            yield World(locale, services, clock, window, folder, shown, **numbers)
        finally:
            window.close()
            window.tasks.wait()
            window.evidence.wait()
            window.deleteLater()
            settle()
            services.close()
            QCoreApplication.removeTranslator(translator)
            i18n.reset_catalogs()
            settle()


@pytest.mark.parametrize("screen", SCREENS)
def test_no_text_is_clipped(world: World, screen: str) -> None:
    problems = []
    for state, widget in SCREENS[screen](world):
        settle()
        if SHOTS:
            name = re.sub(r"[^\w]+", "-", f"{world.locale}-{screen}-{state}").strip("-")
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            widget.grab().save(str(Path(SHOTS) / f"{name}.png"))
        problems += [f"{screen}, {state}: {problem}" for problem in clipped_texts(widget)]
    assert not problems, f"clipped in {world.locale}:\n" + "\n".join(problems)
    assert not world.shown, f"errors shown while opening {screen}: {world.shown}"
