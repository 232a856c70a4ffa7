"""`dev.py run` on Linux names the packages to install when Qt's X11 libraries are missing,
instead of Qt's "could not load the Qt platform plugin xcb"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.packaging.helpers import ROOT, load_script

dev = load_script(ROOT / "dev.py", "dev_script")
EVERYTHING = set(dev.QT_XCB_LIBRARIES)


@pytest.fixture
def on_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dev.sys, "platform", "linux")


def test_a_missing_xcb_cursor_names_the_debian_and_fedora_packages(on_linux: None) -> None:
    problem = dev.xcb_check([], {}, EVERYTHING - {"libxcb-cursor.so.0"})
    assert problem is not None
    message, fatal = problem
    assert fatal
    assert "libxcb-cursor.so.0" in message
    assert "sudo apt install libxcb-cursor0" in message
    assert "sudo dnf install xcb-util-cursor" in message


def test_several_missing_libraries_are_named_once_per_package(on_linux: None) -> None:
    available = EVERYTHING - {"libxcb-shape.so.0", "libxcb-randr.so.0", "libxcb-icccm.so.4"}
    message, _ = dev.xcb_check(["--data-dir", "/x"], {}, available)
    assert "sudo apt install libxcb-icccm4 libxcb-randr0 libxcb-shape0\n" in message
    assert "sudo dnf install libxcb xcb-util-wm" in message


def test_nothing_is_said_when_all_is_there_or_qt_will_not_use_x11(on_linux: None, tmp_path: Path) -> None:
    assert dev.xcb_check([], {}, EVERYTHING) is None
    assert dev.xcb_check([], {"QT_QPA_PLATFORM": "offscreen"}, set()) is None
    assert dev.xcb_check([], {"QT_QPA_PLATFORM": "wayland"}, set()) is None
    assert dev.xcb_check(["orders", "--json"], {}, set()) is None  # a CLI command shows no window
    assert dev.xcb_check([], {}, None) is None  # the linker's list could not be read
    order_file = tmp_path / "orders.csv"
    order_file.write_text("x", encoding="utf-8")
    assert dev.xcb_check([str(order_file)], {}, set()) is not None  # "Open with" opens the window


def test_on_a_wayland_session_it_only_warns(on_linux: None) -> None:
    message, fatal = dev.xcb_check([], {"WAYLAND_DISPLAY": "wayland-0"}, set())
    assert not fatal and "libxcb-cursor0" in message
    _, fatal = dev.xcb_check([], {"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}, set())
    assert fatal


def test_other_systems_are_not_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dev.sys, "platform", "darwin")
    assert dev.xcb_check([], {}, set()) is None


def test_run_stops_with_the_hint_before_starting_qt(on_linux: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dev, "ensure_venv", lambda: Path("/venv/bin/python"))
    monkeypatch.setattr(dev, "installed_libraries", lambda: EVERYTHING - {"libxcb-cursor.so.0"})
    started: list[object] = []
    monkeypatch.setattr(dev, "call", lambda *a, **k: started.append(a) or 0)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert dev.main(["run"]) == 2
    assert started == []


def test_the_linker_list_is_parsed_from_ldconfig(on_linux: None, monkeypatch: pytest.MonkeyPatch) -> None:
    listing = (
        "3 libs found in cache `/etc/ld.so.cache'\n"
        "\tlibxcb-cursor.so.0 (libc6,x86-64) => /lib/x86_64-linux-gnu/libxcb-cursor.so.0\n"
        "\tlibxcb.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libxcb.so.1\n"
    )

    class Done:
        stdout = listing

    monkeypatch.setattr(dev.shutil, "which", lambda name: "/sbin/ldconfig")
    monkeypatch.setattr(dev.subprocess, "run", lambda *a, **k: Done())
    assert dev.installed_libraries() == {"libxcb-cursor.so.0", "libxcb.so.1"}
