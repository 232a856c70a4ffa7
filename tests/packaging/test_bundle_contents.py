"""What goes into the self-contained app: the data files the code reads, the Qt it uses and
nothing it doesn't, every module (some are reached by name), the same version everywhere."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo

from app import APP_ID, __version__
from app.i18n import LANGUAGES
from tests.packaging.helpers import PACKAGING, ROOT, load_script

bundle_info = load_script(PACKAGING / "bundle_info.py", "bundle_info")


def test_the_version_has_one_place() -> None:
    assert bundle_info.VERSION == __version__
    assert bundle_info.APP_ID == APP_ID
    assert metadata.version("dispute-desk") == __version__  # pyproject reads app/__init__.py


def test_the_bundle_carries_what_the_code_reads_at_run_time() -> None:
    targets = {(str(source.relative_to(ROOT)), target) for source, target in bundle_info.data_files()}
    for needed in [
        ("app/rules/aliexpress.json", "app/rules"),
        ("app/store/migrations/env.py", "app/store/migrations"),
        ("app/evidence/fonts/DejaVuSans.ttf", "app/evidence/fonts"),
        ("app/evidence/fonts/DroidSansFallbackFull.ttf", "app/evidence/fonts"),
        ("resources/icons/dispute-desk.svg", "resources/icons"),
        ("resources/help/guide.html", "resources/help"),
        ("LICENSE", "."),
        ("packaging/THIRD-PARTY.md", "."),
    ]:
        assert needed in targets
    migrations = {s for s, t in targets if t == "app/store/migrations/versions"}
    assert migrations == {
        str(p.relative_to(ROOT)) for p in (ROOT / "app" / "store" / "migrations" / "versions").glob("*.py")
    }
    assert ("resources/translations/*.qm", "resources/translations") in bundle_info.DATA  # when built


def test_the_spec_declares_every_module_of_the_app_and_the_gui() -> None:
    """The CLI and Alembic reach modules by name, which PyInstaller cannot follow."""
    spec = (PACKAGING / "dispute-desk.spec").read_text(encoding="utf-8")
    assert 'collect_submodules("app"' in spec and 'collect_submodules("ui")' in spec
    assert "ui.entry" in (PACKAGING / "launcher.py").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("path", "excluded"),
    [
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/qwindows.dll", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", False),
        ("PySide6/Qt/translations/qtbase_ru.qm", False),
        ("PySide6/Qt/translations/qtbase_pt_BR.qm", False),
        ("PySide6/Qt/translations/qtbase_en.qm", False),
        ("PySide6/Qt/translations/qtbase_de.qm", True),  # the app doesn't speak German
        ("PySide6/Qt/translations/qtmultimedia_ru.qm", True),
        ("PySide6/Qt/translations/qt_ru.qm", True),  # the meta catalog: it only loads qtmultimedia etc.
        ("PySide6\\Qt\\plugins\\tls\\qschannelbackend.dll", True),
    ],
)
def test_qt_parts_the_app_never_loads_are_left_out(path: str, excluded: bool) -> None:
    assert bundle_info.is_excluded(path) is excluded


def test_qt_s_own_translations_are_kept_for_every_language_the_app_offers() -> None:
    assert bundle_info.LANGUAGES == list(LANGUAGES)
    assert bundle_info.KEPT_TRANSLATIONS == {f"qtbase_{code}.qm" for code in LANGUAGES}
    qt_translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for name in bundle_info.KEPT_TRANSLATIONS:
        assert (qt_translations / name).is_file(), f"PySide6 ships no {name}"


def test_no_qt_module_beyond_those_the_app_imports_is_bundled() -> None:
    used = set()
    for folder in ("app", "ui"):
        for source in (ROOT / folder).rglob("*.py"):
            used |= set(re.findall(r"PySide6\.(Qt\w+)", source.read_text(encoding="utf-8")))
    excluded = {name.split(".", 1)[1] for name in bundle_info.EXCLUDED_QT}
    assert used <= {"QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtSvg"}  # QtSvg: charts saved as SVG
    assert not used & excluded
    assert {"QtQml", "QtQuick", "QtWebEngineCore", "QtMultimedia", "QtPdf"} <= excluded


def test_libraries_only_an_excluded_plugin_needed_go_with_it() -> None:
    entries = [
        ("PySide6/QtGui.abi3.so", "/s/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/s/libqgtk3.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libxcb-cursor.so.0", "/s/libxcb-cursor.so.0", "BINARY"),
        ("libgtk-3.so.0", "/s/libgtk-3.so.0", "BINARY"),
        ("libcairo.so.2", "/s/libcairo.so.2", "BINARY"),
        ("libpython3.11.so.1.0", "/s/libpython3.11.so.1.0", "BINARY"),
        ("pillow.libs/libjpeg-1.so.62", "/s/libjpeg-1.so.62", "BINARY"),
        ("PIL/_imaging.so", "/s/_imaging.so", "EXTENSION"),
    ]
    links = {
        "/s/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/s/libqxcb.so": ["libQt6Gui.so.6", "libxcb-cursor.so.0"],
        "/s/libqgtk3.so": ["libQt6Gui.so.6", "libgtk-3.so.0"],
        "/s/libgtk-3.so.0": ["libcairo.so.2"],
        "/s/_imaging.so": ["libjpeg-1.so.62"],
    }
    kept = {entry[0] for entry in bundle_info.prune(entries, lambda source: links.get(source, []))}
    assert kept == {
        "PySide6/QtGui.abi3.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libQt6Gui.so.6",
        "libxcb-cursor.so.0",
        "libpython3.11.so.1.0",
        "pillow.libs/libjpeg-1.so.62",
        "PIL/_imaging.so",
    }


def test_macos_opens_order_files_without_taking_them_over() -> None:
    types = bundle_info.mac_document_types()
    assert {ext for t in types for ext in t["CFBundleTypeExtensions"]} == {"eml", "mbox", "csv"}
    assert {t["LSHandlerRank"] for t in types} == {"Alternate"}
    spec = (PACKAGING / "dispute-desk.spec").read_text(encoding="utf-8")
    assert '"NSHighResolutionCapable": True' in spec and "bundle_identifier=APP_ID" in spec


def test_the_windows_installer_is_per_user_with_open_with_and_an_uninstaller() -> None:
    script = (PACKAGING / "windows" / "dispute-desk.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in script
    assert "{autoprograms}" in script  # the Start menu
    assert "Uninstallable=no" not in script
    for suffix in (".eml", ".mbox", ".csv"):
        assert f'Subkey: "Software\\Classes\\{suffix}\\OpenWithProgids"' in script
        # never the type's default value, which would make the app the default program
        assert f'Subkey: "Software\\Classes\\{suffix}"; ValueType' not in script
    assert "AppId={{87BC8951-9F30-40AB-8F10-F904408CEDE6}" in script


def test_artefact_names_follow_the_contract() -> None:
    tag = bundle_info.platform_tag()
    assert re.fullmatch(r"(linux|windows|macos)-[a-z0-9_]+", tag)
    build = load_script(PACKAGING / "build.py", "packaging_build")
    assert build.artefact_stem() == f"dispute-desk-{__version__}-{tag}"


def test_the_release_workflow_runs_the_same_entry_points_on_every_system() -> None:
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    for os_name in ("ubuntu-", "windows-", "macos-"):
        assert os_name in workflow
    for command in ("python dev.py test", "python dev.py package", "python packaging/smoke.py"):
        assert command in workflow
    assert "shell: bash" in workflow
    assert "notarytool" in (PACKAGING / "build.py").read_text(encoding="utf-8")
    assert '"altool"' not in (PACKAGING / "build.py").read_text(encoding="utf-8")  # Apple refuses it


def test_ci_builds_and_smoke_tests_the_linux_app_after_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test, package, smoke = (
        ci.index(s)
        for s in ("\npython3 ./dev.py test", "\npython3 ./dev.py package", "\npython3 packaging/smoke.py")
    )
    assert test < package < smoke
    assert "python3 dev.py test" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_smoke_script_checks_each_step_the_contract_names() -> None:
    smoke = (PACKAGING / "smoke.py").read_text(encoding="utf-8")
    for step in ('"--version"', '"demo"', '"orders", "--json"', '"deadlines"', '"export", "--format", "ics"',
                 '"backup"', '"pack"', "QUIT_AFTER_FIRST_PAINT", "install.sh", "--uninstall"):  # fmt: skip
        assert step in smoke, step
    assert 'BARE_PATH = r"C:\\Windows\\System32;C:\\Windows" if WINDOWS else "/usr/bin:/bin"' in smoke


def test_the_build_script_is_the_one_dev_py_runs(tmp_path: Path) -> None:
    dev = load_script(ROOT / "dev.py", "dev_script")
    assert dev.PACKAGE_SCRIPT == PACKAGING / "build.py"
    assert "package" in dev.COMMANDS


def test_the_windows_and_macos_icons_are_drawn_from_the_svg(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(``qapp`` first: the build script makes a bare QGuiApplication when none exists, which
    would leave the session without the QApplication the widget tests need.)"""
    from PIL import Image

    build = load_script(PACKAGING / "build.py", "packaging_build")
    monkeypatch.setattr(build, "ICONS", tmp_path)
    build.make_icons()
    with Image.open(tmp_path / "dispute-desk.ico") as ico:
        assert ico.format == "ICO" and ico.size == (256, 256)
    with Image.open(tmp_path / "dispute-desk.icns") as icns:
        assert icns.format == "ICNS"
