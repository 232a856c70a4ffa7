"""Smoke-test a built Dispute Desk the way a user gets it, on Linux, Windows or macOS alike:

    python packaging/smoke.py ARTEFACT

ARTEFACT is what ``dev.py package`` printed (Linux ``.tar.gz``, Windows ``-setup.exe`` or ``.zip``,
macOS ``.dmg``) or an unpacked app folder / ``.app``. Each step runs the app with an almost empty
environment (like ``env -i``: a bare PATH, nothing else; Windows keeps SYSTEMROOT, which its
own libraries need) so it proves the app needs no Python and no system Qt:

``--version``; ``demo``; ``orders --json``; ``deadlines``; ``export --format ics``; ``backup``;
``attach`` + ``pack`` (a PDF with the bundled fonts and photo copies made by Pillow); ``advise``
in Russian (``LANG=ru_RU.UTF-8``) once the bundled Russian catalog holds translations; the window
started offscreen until its first paint; on Linux ``install.sh`` into a temporary HOME and
``install.sh --uninstall``; on Windows the installer run silently and its uninstaller.

Standard library only. Exits 1 at the first failure, saying which step and why.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
import zlib
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bundle_info import APP_ID, APP_NAME, EXE_NAME, LANGUAGES, VERSION  # noqa: E402

WINDOWS = sys.platform == "win32"
MAC = sys.platform == "darwin"
BARE_PATH = r"C:\Windows\System32;C:\Windows" if WINDOWS else "/usr/bin:/bin"
STEP_TIMEOUT = 120


class SmokeFailure(Exception):
    pass


def bare_env(**extra: str) -> dict[str, str]:
    env = {"PATH": BARE_PATH}
    if WINDOWS:
        env["SYSTEMROOT"] = os.environ.get("SYSTEMROOT", r"C:\Windows")
    env.update(extra)
    return env


_steps = [0]


def step(title: str) -> None:
    _steps[0] += 1
    print(f"smoke: {title}", flush=True)


def run(argv: Sequence[str | Path], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    shown = " ".join(str(part) for part in argv)
    try:
        done = subprocess.run(
            [str(part) for part in argv],
            env=env,
            cwd=cwd,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=STEP_TIMEOUT,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        raise SmokeFailure(f"{shown}: no answer within {STEP_TIMEOUT} s") from None
    if done.returncode != 0:
        raise SmokeFailure(f"{shown}: exit {done.returncode}\n{done.stdout}\n{done.stderr}")
    return done


def tiny_png(path: Path) -> Path:
    """A valid 64×48 RGB PNG, written without Pillow (the bundle's Pillow has to read it)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    width, height = 64, 48
    rows = b"".join(
        b"\x00" + b"".join(bytes((x * 4 % 256, y * 5 % 256, 128)) for x in range(width))
        for y in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )
    return path


# -- getting at the app -------------------------------------------------------------------------


def unpack(artefact: Path, into: Path) -> Path:
    """The folder (or .app) to test, from whatever was built."""
    name = artefact.name
    if artefact.is_dir():
        return artefact
    if name.endswith(".tar.gz"):
        with tarfile.open(artefact) as archive:
            archive.extractall(into, filter="tar")
        return into / EXE_NAME
    if name.endswith(".zip"):
        with zipfile.ZipFile(artefact) as archive:
            archive.extractall(into)
        return into / EXE_NAME
    if name.endswith(".dmg"):
        mount = into / "mount"
        mount.mkdir()
        subprocess.run(
            ["hdiutil", "attach", "-nobrowse", "-readonly", "-mountpoint", mount, artefact], check=True
        )
        try:
            subprocess.run(["ditto", mount / f"{APP_NAME}.app", into / f"{APP_NAME}.app"], check=True)
        finally:
            subprocess.run(["hdiutil", "detach", mount], check=True)
        return into / f"{APP_NAME}.app"
    if name.endswith("-setup.exe"):
        return install_windows(artefact, into)
    raise SmokeFailure(f"don't know how to test {name}")


def executable(folder: Path) -> Path:
    if folder.suffix == ".app":
        return folder / "Contents" / "MacOS" / EXE_NAME
    return folder / (f"{EXE_NAME}.exe" if WINDOWS else EXE_NAME)


def install_windows(setup: Path, into: Path) -> Path:
    step(f"running {setup.name} silently, per user")
    target = into / "installed"
    run(
        [setup, "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/CURRENTUSER", f"/DIR={target}"],
        dict(os.environ),
        into,
    )
    for needed in (f"{EXE_NAME}.exe", f"{APP_NAME}.exe", "unins000.exe"):
        if not (target / needed).exists():
            raise SmokeFailure(f"the installer did not put {needed} into {target}")
    return target


# -- the checks ---------------------------------------------------------------------------------


def check_cli(exe: Path, work: Path) -> str:
    """The commands a script uses; returns the number of an order of the demo data."""
    data = work / "data"
    env = bare_env()

    def app(*args: str | Path) -> subprocess.CompletedProcess[str]:
        return run([exe, "--data-dir", data, *args], env, work)

    step("--version")
    version = run([exe, "--version"], env, work).stdout.strip()
    if version != f"{EXE_NAME} {VERSION}":
        raise SmokeFailure(f"--version printed {version!r}, expected '{EXE_NAME} {VERSION}'")

    step("demo")
    app("demo", "--orders", "40", "--seed", "3")
    step("orders --json")
    orders = json.loads(app("orders", "--json").stdout)
    if len(orders) != 40:
        raise SmokeFailure(f"orders --json listed {len(orders)} orders, expected 40")
    step("deadlines")
    if not app("deadlines").stdout.strip():
        raise SmokeFailure("deadlines printed nothing for 40 demo orders")
    step("export --format ics")
    ics = work / "deadlines.ics"
    app("export", "--format", "ics", "--out", ics)
    if not ics.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR"):
        raise SmokeFailure("export --format ics wrote no calendar")
    step("backup")
    backup = work / "backup.zip"
    app("backup", "--out", backup)
    with zipfile.ZipFile(backup) as archive:
        if archive.testzip() is not None or not archive.namelist():
            raise SmokeFailure("backup wrote a broken or empty zip")

    step("attach + pack (PDF with the bundled fonts, photo copies by Pillow)")
    number = str(orders[0]["order"])
    app("attach", number, tiny_png(work / "photo.png"), "--caption", "Smoke test photo")
    packed = json.loads(app("pack", number, "--out", work / "case", "--json").stdout)
    pdf = Path(packed["pdf"]).read_bytes()
    if not pdf.startswith(b"%PDF") or b"DejaVu" not in pdf:
        raise SmokeFailure("pack wrote no PDF with the bundled DejaVu font")
    photos = [Path(p) for p in packed["photos"]]
    if len(photos) != 1 or not photos[0].read_bytes().startswith(b"\xff\xd8"):
        raise SmokeFailure(f"pack made no JPEG copy of the photo: {photos}")
    return number


QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
QM_MESSAGES = 0x69
CYRILLIC = re.compile("[А-Яа-яЁё]")


def holds_translations(qm: Path) -> bool:
    """Whether a ``.qm`` that lrelease wrote has any message (it writes no messages section for
    a catalog whose translations are all still empty)."""
    data = qm.read_bytes()
    if not data.startswith(QM_MAGIC):
        raise SmokeFailure(f"{qm.name} is not a Qt translation file")
    at = len(QM_MAGIC)
    while at + 5 <= len(data):
        tag, length = data[at], struct.unpack_from(">I", data, at + 1)[0]
        if tag == QM_MESSAGES and length:
            return True
        at += 5 + length
    return False


def check_russian(exe: Path, work: Path, inside: Path, number: str) -> None:
    """``advise`` speaks Russian when the system does, from the catalog inside the bundle.

    Asked only once the bundled Russian catalog holds translations: until the translators'
    work is in, the catalog is empty and the app rightly speaks English. From then on the same
    command must print Cyrillic and differ from its English answer (a catalog with even one
    translated line of this command is enough)."""
    step("advise cancel with LANG=ru_RU.UTF-8 (Russian)")
    catalog = inside / "resources" / "translations" / "dispute_desk_ru.qm"
    argv = [exe, "--data-dir", work / "data", "advise", "cancel", number]
    english = run(argv, bare_env(), work).stdout
    russian = run(argv, bare_env(LANG="ru_RU.UTF-8"), work).stdout
    if not holds_translations(catalog):
        print("smoke:   skipped: the bundled Russian catalog has no translations yet", flush=True)
        return
    if russian == english or not CYRILLIC.search(russian):
        raise SmokeFailure(f"advise printed no Russian with LANG=ru_RU.UTF-8:\n{russian}")


def data_folder(folder: Path) -> Path:
    """Where the bundle keeps its data files."""
    return folder / "Contents" / "Resources" if folder.suffix == ".app" else folder / "_internal"


def check_files(folder: Path) -> None:
    """The files the app reads beside its code (Help's guide and licences among them), and the
    translations of every language it offers, its own and Qt's."""
    step("the bundled data files")
    inside = data_folder(folder)
    needed = ["resources/help/guide.html", "resources/icons/dispute-desk.svg", "LICENSE", "THIRD-PARTY.md"]
    for code in LANGUAGES:
        if code != "en":
            needed.append(f"resources/translations/dispute_desk_{code}.qm")
        needed.append(f"PySide6/Qt/translations/qtbase_{code}.qm")
    for name in needed:
        if not (inside / name).is_file():
            raise SmokeFailure(f"{name} is missing from {inside}")
    stray = sorted(path.name for path in (inside / "PySide6" / "Qt" / "translations").glob("*.qm"))
    if len(stray) != len(LANGUAGES):
        raise SmokeFailure(f"Qt translations for languages the app doesn't offer are bundled: {stray}")


def check_gui(exe: Path, work: Path) -> None:
    step("the window, offscreen, until its first paint")
    env = bare_env(QT_QPA_PLATFORM="offscreen", DISPUTE_DESK_QUIT_AFTER_FIRST_PAINT="1")
    started = time.monotonic()
    done = run([exe, "--data-dir", work / "data"], env, work)
    if "first paint" not in done.stdout:
        raise SmokeFailure(f"the window did not report its first paint:\n{done.stdout}\n{done.stderr}")
    print(f"smoke:   painted and closed in {time.monotonic() - started:.1f} s", flush=True)
    if WINDOWS and not (exe.parent / f"{APP_NAME}.exe").exists():
        raise SmokeFailure(f"the windowed {APP_NAME}.exe is missing")


def check_linux_install(folder: Path, work: Path) -> None:
    home = work / "home"
    home.mkdir()
    env = bare_env(HOME=str(home))
    step("install.sh into a temporary HOME")
    run(["sh", folder / "install.sh"], env, work)
    share = home / ".local" / "share"
    link = home / ".local" / "bin" / EXE_NAME
    installed = [
        link,
        share / "applications" / f"{APP_ID}.desktop",
        share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        share / "metainfo" / f"{APP_ID}.metainfo.xml",
    ]
    missing = [str(path) for path in installed if not path.exists()]
    if missing:
        raise SmokeFailure(f"install.sh did not install {missing}")
    version = run([link, "--version"], env, work).stdout.strip()
    if version != f"{EXE_NAME} {VERSION}":
        raise SmokeFailure(f"the installed link printed {version!r}")
    desktop = installed[1].read_text(encoding="utf-8")
    program = home / ".local" / "lib" / EXE_NAME / EXE_NAME
    if f'Exec="{program}" %F' not in desktop:
        raise SmokeFailure(f"the installed desktop entry does not start {program}")
    if shutil.which("desktop-file-validate"):
        run(["desktop-file-validate", installed[1]], dict(os.environ), work)

    step("install.sh --uninstall")
    data = share / EXE_NAME
    data.mkdir(parents=True)
    (data / "keep.txt").write_text("the buyer's data", encoding="utf-8")
    run(["sh", home / ".local" / "lib" / EXE_NAME / "install.sh", "--uninstall"], env, work)
    left = [str(path) for path in [*installed, program.parent] if path.exists() or path.is_symlink()]
    if left:
        raise SmokeFailure(f"--uninstall left {left}")
    if not (data / "keep.txt").exists():
        raise SmokeFailure("--uninstall removed the user's data")


def check_windows_uninstall(folder: Path, work: Path) -> None:
    step("the uninstaller, silently")
    run([folder / "unins000.exe", "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"], dict(os.environ), work)
    deadline = time.monotonic() + 60  # the uninstaller finishes in a copy of itself
    while (folder / f"{EXE_NAME}.exe").exists() and time.monotonic() < deadline:
        time.sleep(1)
    if (folder / f"{EXE_NAME}.exe").exists():
        raise SmokeFailure("the uninstaller left the app in place")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    artefact = Path(argv[0]).resolve()
    with tempfile.TemporaryDirectory(prefix="dispute-desk-smoke-") as tmp:
        work = Path(tmp)
        try:
            folder = unpack(artefact, work)
            exe = executable(folder)
            if not exe.exists():
                raise SmokeFailure(f"no executable at {exe}")
            check_files(folder)
            number = check_cli(exe, work)
            check_russian(exe, work, data_folder(folder), number)
            check_gui(exe, work)
            if sys.platform.startswith("linux"):
                check_linux_install(folder, work)
            if artefact.name.endswith("-setup.exe"):
                check_windows_uninstall(folder, work)
        except SmokeFailure as failure:
            print(f"smoke: FAILED: {failure}", file=sys.stderr, flush=True)
            return 1
    print(f"smoke: {artefact.name}: all {_steps[0]} checks passed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
