"""The Linux desktop entry, AppStream metainfo and Flatpak manifest: valid for the freedesktop
tools, named after the one application ID, and saying what the app really is and opens."""

from __future__ import annotations

import configparser
import json
import subprocess
import tomllib
import xml.etree.ElementTree as ET

from app import APP_ID, __version__
from tests.packaging.helpers import PACKAGING, ROOT, require_tool

LINUX = PACKAGING / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
FLATPAK = LINUX / f"{APP_ID}.json"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_app_id_is_reverse_dns_and_names_every_file() -> None:
    parts = APP_ID.split(".")
    assert len(parts) >= 3 and all(part.isidentifier() for part in parts)
    assert DESKTOP.is_file() and METAINFO.is_file() and FLATPAK.is_file()


def test_the_desktop_entry_is_valid() -> None:
    tool = require_tool("desktop-file-validate")
    done = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_desktop_entry_offers_open_with_for_order_files_and_matches_the_window() -> None:
    entry = _desktop_entry()
    assert entry["StartupWMClass"] == APP_ID
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == "dispute-desk %F"  # files from "Open with" reach the import preview
    assert set(entry["MimeType"].rstrip(";").split(";")) == {"message/rfc822", "application/mbox", "text/csv"}
    assert {"Office", "Finance"} <= set(entry["Categories"].rstrip(";").split(";"))
    assert "AliExpress" in entry["Keywords"]
    # "Open with" only: a desktop entry never makes itself the default handler (that is
    # mimeapps.list, which nothing here writes).
    assert "mimeapps" not in (LINUX / "install.sh").read_text(encoding="utf-8")


def test_the_metainfo_is_valid() -> None:
    tool = require_tool("appstreamcli")
    done = subprocess.run(
        [tool, "validate", "--no-net", "--pedantic", str(METAINFO)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_metainfo_describes_this_version_with_the_projects_screenshots() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert (
        root.findtext("project_license")
        == tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["license"]
    )
    assert root.find("launchable").text == f"{APP_ID}.desktop"  # type: ignore[union-attr]
    assert root.find("content_rating") is not None
    releases = [release.get("version") for release in root.iter("release")]
    assert releases[0] == __version__
    images = [image.text or "" for image in root.iter("image")]
    assert images
    for url in images:
        assert url.startswith("https://")
        name = url.rsplit("/docs/screenshots/", 1)[1]
        assert (ROOT / "docs" / "screenshots" / name).is_file(), url


def test_the_flatpak_manifest_builds_on_the_kde_runtime_with_the_pyside_baseapp() -> None:
    manifest = json.loads(FLATPAK.read_text(encoding="utf-8"))
    assert manifest["app-id"] == APP_ID
    assert manifest["runtime"] == "org.kde.Platform" and manifest["sdk"] == "org.kde.Sdk"
    assert manifest["base"] == "io.qt.PySide.BaseApp"
    assert manifest["base-version"] == manifest["runtime-version"]
    assert manifest["command"] == "dispute-desk"
    assert "--share=network" not in manifest["finish-args"]  # the app never needs the network
    commands = " ".join(c for module in manifest["modules"] for c in module["build-commands"])
    for installed in (
        "applications/${FLATPAK_ID}.desktop",
        "metainfo/${FLATPAK_ID}.metainfo.xml",
        "apps/${FLATPAK_ID}.svg",
    ):
        assert installed in commands
    # every runtime dependency but Qt (the BaseApp brings PySide6) is installed, pinned
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    wanted = {
        dep.split(">")[0].split("=")[0].split("!")[0].split(";")[0].strip()
        for dep in pyproject["project"]["dependencies"]
        if "sys_platform" not in dep and not dep.startswith("PySide6")
    }
    [deps] = [m for m in manifest["modules"] if m["name"] == "python-dependencies"]
    listed = set(deps["build-commands"][0].split("constraints.txt", 1)[1].split())
    assert listed == wanted
