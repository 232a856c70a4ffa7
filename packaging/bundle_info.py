"""What goes into the self-contained app, in one place: read by the PyInstaller spec, by the
build script and by the tests that check the bundle. Standard library only."""

from __future__ import annotations

import ast
import fnmatch
import platform
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

APP_NAME = "Dispute Desk"
EXE_NAME = "dispute-desk"


def _from_app_init(name: str) -> str:
    """A constant of app/__init__.py, read without importing the app."""
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(rf'^{name} = "([^"]+)"$', text, re.MULTILINE)
    if found is None:
        raise RuntimeError(f"app/__init__.py defines no {name}")
    return found.group(1)


VERSION = _from_app_init("__version__")
APP_ID = _from_app_init("APP_ID")


def _languages() -> list[str]:
    """The codes of the languages the app offers (``LANGUAGES`` of app/i18n.py), read without
    importing the app."""
    tree = ast.parse((ROOT / "app" / "i18n.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            if node.target.id == "LANGUAGES" and node.value is not None:
                return list(ast.literal_eval(node.value))
    raise RuntimeError("app/i18n.py defines no LANGUAGES")


LANGUAGES = _languages()

# Files the app reads at run time, as (source glob relative to the project, folder in the bundle).
# The folders mirror the source tree, so the code finds them beside its modules frozen or not.
DATA = [
    ("app/rules/*.json", "app/rules"),
    ("app/store/migrations/env.py", "app/store/migrations"),
    ("app/store/migrations/versions/*.py", "app/store/migrations/versions"),
    ("app/evidence/fonts/*", "app/evidence/fonts"),
    ("resources/icons/*.svg", "resources/icons"),
    ("resources/help/*", "resources/help"),
    ("resources/translations/*.qm", "resources/translations"),  # built by dev.py from the .ts
    ("LICENSE", "."),
    ("packaging/THIRD-PARTY.md", "."),
]

# Modules the app never uses that PyInstaller would otherwise follow from the libraries' optional
# imports. The Qt modules beyond QtCore, QtGui, QtWidgets and QtNetwork are the big ones.
EXCLUDED_QT = [
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuick3D",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDBus",
    "PySide6.QtPrintSupport",
    "PySide6.QtSvgWidgets",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.QtGraphs",
    "PySide6.Qt3DCore",
    "PySide6.QtBluetooth",
    "PySide6.QtPositioning",
    "PySide6.QtSerialPort",
    "PySide6.QtSpatialAudio",
    "PySide6.QtStateMachine",
    "PySide6.QtTextToSpeech",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtSensors",
    "PySide6.QtNetworkAuth",
    "PySide6.QtHttpServer",
    "PySide6.QtLocation",
    "PySide6.QtAxContainer",
]
EXCLUDED_MODULES = [
    *EXCLUDED_QT,
    "tkinter",
    "_tkinter",
    "PIL.ImageTk",
    "PIL.ImageQt",  # the app hands Qt raw bytes, not Pillow's Qt bridge
    "numpy",
    "IPython",
    "pytest",
    "hypothesis",
    "mypy",
    "setuptools",
    "pip",
    "pydoc_data",
]

# "Open with" for the order files people get: e-mails (.eml), mailboxes (.mbox) and CSV exports.
DOCUMENT_TYPES = [
    ("E-mail message", ["eml"], ["message/rfc822"], ["com.apple.mail.email"]),
    ("Mailbox", ["mbox"], ["application/mbox"], ["com.apple.mail.mbox"]),
    ("CSV order export", ["csv"], ["text/csv"], ["public.comma-separated-values-text"]),
]


def data_files(root: Path = ROOT) -> list[tuple[Path, str]]:
    """Every data file with its folder in the bundle; a glob that matches nothing adds nothing."""
    found: list[tuple[Path, str]] = []
    for pattern, target in DATA:
        for source in sorted(root.glob(pattern)):
            if source.is_file():
                found.append((source, target))
    return found


def mac_document_types() -> list[dict[str, object]]:
    """``CFBundleDocumentTypes`` for Info.plist: the app can open these, as an alternative
    (``LSHandlerRank`` Alternate), so it never takes over the default handler."""
    return [
        {
            "CFBundleTypeName": name,
            "CFBundleTypeRole": "Viewer",
            "LSHandlerRank": "Alternate",
            "CFBundleTypeExtensions": extensions,
            "CFBundleTypeMIMETypes": mime_types,
            "LSItemContentTypes": utis,
        }
        for name, extensions, mime_types, utis in DOCUMENT_TYPES
    ]


def platform_tag() -> str:
    """``linux-x86_64``, ``windows-x86_64``, ``macos-arm64``…: the system part of artefact names."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform.rstrip("0123456789"))
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "x64": "x86_64"}.get(machine, machine)
    return f"{system}-{machine}"


# Files PyInstaller's Qt hooks collect that a desktop app never loads, as patterns on their path in
# the bundle: TLS and network-status plugins (the app makes no network connections), the
# embedded-device platforms (EGLFS, framebuffer, VNC, Vulkan display) and input plugins, and the
# GTK 3 theme plugin (it drags in GTK, cairo and pango, ~15 MB; Qt's own look and the
# xdg-desktop-portal theme remain). Of Qt's own translations only qtbase is kept (the app loads no
# other), and only for the languages the app speaks: the standard buttons and dialogs follow the
# language of the rest of the window, never the system's when the app can't speak it.
EXCLUDED_FILES = [
    "PySide6/Qt/plugins/tls/*",
    "PySide6/Qt/plugins/networkinformation/*",
    "PySide6/Qt/plugins/egldeviceintegrations/*",
    "PySide6/Qt/plugins/generic/*",
    "PySide6/Qt/plugins/platforms/*qeglfs*",
    "PySide6/Qt/plugins/platforms/*qlinuxfb*",
    "PySide6/Qt/plugins/platforms/*qminimalegl*",
    "PySide6/Qt/plugins/platforms/*qvkkhrdisplay*",
    "PySide6/Qt/plugins/platforms/*qvnc*",
    "PySide6/Qt/plugins/platformthemes/*qgtk3*",
]
KEPT_TRANSLATIONS = {f"qtbase_{code}.qm" for code in LANGUAGES}  # qtbase_en: Qt's English plurals


def is_excluded(destination: str) -> bool:
    path = destination.replace("\\", "/")
    if fnmatch.fnmatch(path, "PySide6/Qt/translations/*"):
        return path.rsplit("/", 1)[-1] not in KEPT_TRANSLATIONS
    return any(fnmatch.fnmatch(path, pattern) for pattern in EXCLUDED_FILES)


def _is_shared_library(entry: tuple[str, str, str]) -> bool:
    """A library collected only because something links to it (not a Python extension, not a
    plugin, not Python itself)."""
    destination, _source, kind = entry
    path = destination.replace("\\", "/")
    folder, _, name = path.rpartition("/")
    if kind not in ("BINARY", "SYMLINK") or name.startswith("libpython"):
        return False
    return folder == "" or folder == "PySide6/Qt/lib" or folder.endswith(".libs")


def prune(
    entries: list[tuple[str, str, str]], imports_of: Callable[[str], Iterable[str]]
) -> list[tuple[str, str, str]]:
    """``entries`` (PyInstaller's binaries) without the excluded files and without the libraries
    that only they needed: the libraries kept are those some kept file still links to,
    following ``imports_of(source) -> library names`` transitively."""
    kept = [entry for entry in entries if not is_excluded(entry[0])]
    libraries: dict[str, tuple[str, str, str]] = {}
    for entry in kept:
        if _is_shared_library(entry) and entry[2] == "BINARY":
            libraries.setdefault(Path(entry[0]).name, entry)
    queue = [entry[1] for entry in kept if not _is_shared_library(entry)]
    needed: set[str] = set()
    while queue:
        for name in imports_of(queue.pop()):
            base = Path(name).name
            if base in libraries and base not in needed:
                needed.add(base)
                queue.append(libraries[base][1])
    return [entry for entry in kept if not _is_shared_library(entry) or Path(entry[0]).name in needed]
