"""Build the self-contained app for the system this runs on (``python3 dev.py package``).

Runs inside the project's venv (PyInstaller comes from the ``package`` extra, pinned like the
rest). Steps: icons for Windows and macOS from the SVG, PyInstaller with packaging/dispute-desk.spec
(onedir), then what the system's users download:

- Linux: ``dist/dispute-desk-VERSION-linux-ARCH.tar.gz`` with one folder ``dispute-desk/``: the
  executable, ``install.sh`` and ``share/`` (desktop entry, icon, AppStream metainfo).
- Windows: ``dist/dispute-desk-VERSION-windows-ARCH-setup.exe`` from the Inno Setup script when
  Inno Setup's ``ISCC`` is installed, and always a portable ``…-windows-ARCH.zip``.
- macOS: ``dist/dispute-desk-VERSION-macos-ARCH.dmg`` holding "Dispute Desk.app"; signed and
  notarized when the signing secrets are in the environment (see docs/PACKAGING.md).

The last line printed is the path of the artefact made.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bundle_info import APP_ID, APP_NAME, EXE_NAME, VERSION, platform_tag  # noqa: E402

DIST = ROOT / "dist"
BUILD = ROOT / "build"
ICONS = BUILD / "icons"
FOLDER = DIST / EXE_NAME  # PyInstaller's onedir output
SPEC = HERE / "dispute-desk.spec"


def say(message: str) -> None:
    print(f"package: {message}", flush=True)


def run(cmd: list[str | Path], **kwargs: object) -> None:
    subprocess.run([str(part) for part in cmd], check=True, cwd=ROOT, **kwargs)  # type: ignore[call-overload]


def artefact_stem() -> str:
    return f"{EXE_NAME}-{VERSION}-{platform_tag()}"


# -- icons --------------------------------------------------------------------------------------


def make_icons() -> None:
    """dispute-desk.ico (Windows) and dispute-desk.icns (macOS) from the SVG, drawn by Qt and
    written by Pillow; Linux uses the SVG itself."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication, QIcon

    app = QGuiApplication.instance() or QGuiApplication([])
    icon = QIcon(str(ROOT / "resources" / "icons" / "dispute-desk.svg"))
    ICONS.mkdir(parents=True, exist_ok=True)
    large = ICONS / "dispute-desk-1024.png"
    if not icon.pixmap(QSize(1024, 1024)).toImage().save(str(large)):
        raise RuntimeError("could not draw the app icon")
    with Image.open(large) as image:
        image.load()
        rgba = image.convert("RGBA")
    rgba.save(ICONS / "dispute-desk.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    rgba.save(ICONS / "dispute-desk.icns")
    assert app is not None  # kept alive until the icons are drawn


# -- PyInstaller --------------------------------------------------------------------------------


def pyinstaller() -> None:
    for stale in (FOLDER, BUILD / "pyinstaller", DIST / f"{APP_NAME}.app"):
        shutil.rmtree(stale, ignore_errors=True)
    say(f"PyInstaller {SPEC.relative_to(ROOT)}")
    cmd: list[str | Path] = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    cmd += ["--distpath", DIST, "--workpath", BUILD / "pyinstaller", SPEC]
    run(cmd)


# -- Linux --------------------------------------------------------------------------------------


def linux_layout(folder: Path) -> None:
    """install.sh and the desktop files beside the executable (see docs/PACKAGING.md)."""
    linux = HERE / "linux"
    shutil.copy2(linux / "install.sh", folder / "install.sh")
    (folder / "install.sh").chmod(0o755)
    share = folder / "share"
    for source, target in (
        (linux / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop"),
        (linux / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml"),
        (
            ROOT / "resources" / "icons" / "dispute-desk.svg",
            share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        ),
    ):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)


def linux_archive(folder: Path) -> Path:
    archive = DIST / f"{artefact_stem()}.tar.gz"
    archive.unlink(missing_ok=True)
    say(f"writing {archive.name}")
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=EXE_NAME)
    return archive


# -- Windows ------------------------------------------------------------------------------------


def windows_installer(folder: Path) -> Path:
    portable = DIST / f"{artefact_stem()}.zip"
    portable.unlink(missing_ok=True)
    say(f"writing {portable.name}")
    with zipfile.ZipFile(portable, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            archive.write(path, Path(EXE_NAME) / path.relative_to(folder))
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    for candidate in (
        r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe",
        r"C:\Program Files\Inno Setup 6\ISCC.exe",
    ):
        if iscc is None and Path(candidate).exists():
            iscc = candidate
    if iscc is None:
        say("Inno Setup (ISCC) is not installed: made the portable zip only")
        return portable
    say("Inno Setup")
    run(
        [
            iscc,
            "/Q",
            f"/DAppVersion={VERSION}",
            f"/DSourceDir={folder}",
            f"/DOutputDir={DIST}",
            f"/DOutputBaseFilename={artefact_stem()}-setup",
            HERE / "windows" / "dispute-desk.iss",
        ]
    )
    return DIST / f"{artefact_stem()}-setup.exe"


# -- macOS --------------------------------------------------------------------------------------


def macos_dmg() -> Path:
    bundle = DIST / f"{APP_NAME}.app"
    identity = os.environ.get("MACOS_CODESIGN_IDENTITY", "")
    entitlements = HERE / "macos" / "entitlements.plist"
    if identity:
        say(f"signing {bundle.name}")
        run(
            [
                "codesign", "--force", "--deep", "--options", "runtime", "--timestamp",
                "--entitlements", entitlements, "--sign", identity, bundle,
            ]
        )  # fmt: skip
    staging = BUILD / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    run(["ditto", bundle, staging / bundle.name])  # ditto keeps the signature's extended attributes
    (staging / "Applications").symlink_to("/Applications")
    dmg = DIST / f"{artefact_stem()}.dmg"
    dmg.unlink(missing_ok=True)
    say(f"writing {dmg.name}")
    run(["hdiutil", "create", "-volname", APP_NAME, "-srcfolder", staging, "-ov", "-format", "UDZO", dmg])
    if identity:
        run(["codesign", "--force", "--timestamp", "--sign", identity, dmg])
        notarize(dmg)
    return dmg


def notarize(dmg: Path) -> None:
    """Apple's notary service (``notarytool``; ``altool`` uploads are refused since November 2023),
    then the ticket stapled to the image so it opens offline."""
    apple_id = os.environ.get("MACOS_NOTARY_APPLE_ID", "")
    team = os.environ.get("MACOS_NOTARY_TEAM_ID", "")
    password = os.environ.get("MACOS_NOTARY_PASSWORD", "")
    if not (apple_id and team and password):
        say("no notarization secrets: the image is signed but not notarized")
        return
    say("notarizing (this waits for Apple's answer)")
    run(
        [
            "xcrun", "notarytool", "submit", dmg, "--apple-id", apple_id, "--team-id", team,
            "--password", password, "--wait",
        ]
    )  # fmt: skip
    run(["xcrun", "stapler", "staple", dmg])


# -----------------------------------------------------------------------------------------------


def main() -> int:
    started = time.monotonic()
    if sys.platform in ("win32", "darwin"):
        make_icons()
    pyinstaller()
    if sys.platform == "win32":
        artefact = windows_installer(FOLDER)
    elif sys.platform == "darwin":
        artefact = macos_dmg()
    else:
        linux_layout(FOLDER)
        artefact = linux_archive(FOLDER)
    size = artefact.stat().st_size / 1_000_000
    say(f"done in {time.monotonic() - started:.0f} s: {artefact.name} ({size:.1f} MB)")
    print(artefact, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
