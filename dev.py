#!/usr/bin/env python3
"""Developer entry point for Dispute Desk. Standard library only; works on Windows, macOS and Linux.

Usage:
    python3 dev.py run [ARGS...]     set up .venv if needed, then run ``python -m ui ARGS...`` (the app; with a command, the CLI)
    python3 dev.py test [ARGS...]    set up, then run in order, stopping at the first failure:
                                     ruff check, ruff format --check, mypy, pytest ARGS...
                                     (pytest runs with QT_QPA_PLATFORM=offscreen)
    python3 dev.py bench [ARGS...]   set up, then run ``benchmarks/run_all.py ARGS...``
    python3 dev.py package           set up, then build the self-contained app for this system with
                                     PyInstaller (packaging/build.py); the last line printed is the
                                     path of what was made (on Linux dist/dispute-desk-VERSION-linux-ARCH.tar.gz)
    python3 dev.py tr                set up, then bring the translation sources
                                     (resources/translations/dispute_desk_<code>.ts) up to date with
                                     ui/ and app/, build their .qm files and the pseudo locales, and
                                     report per language what is finished and what is not
                                     (docs/TRANSLATING.md); exit 1 if a text sits in the empty context
    python3 dev.py pin               resolve the newest allowed versions in a scratch venv and
                                     rewrite requirements/constraints.txt with exact pins

Set-up (run, test, bench, package): ``.venv`` in the project root is created if it is missing, and
the project is installed into it in editable mode with its dev and package extras, every package pinned by
requirements/constraints.txt. The install is repeated only when pyproject.toml or the
constraints file changed since the last successful one (a hash is kept in .venv). run, test and
package then build the translations' .qm files that are missing or older than their .ts (they are
built, never committed).

The exit code is that of the command run (or of the first failing step for ``test``).

Environment:
    DEV_PY_PYTHON   interpreter used to create the venv (default: the one running dev.py);
                    it must be Python 3.11 or newer.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PYPROJECT = ROOT / "pyproject.toml"
CONSTRAINTS = ROOT / "requirements" / "constraints.txt"
STAMP_NAME = "dev-py-install.sha256"
BENCH_SCRIPT = ROOT / "benchmarks" / "run_all.py"
PACKAGE_SCRIPT = ROOT / "packaging" / "build.py"
TRANSLATIONS = ROOT / "resources" / "translations"
TRANSLATION_TOOL = "tools.translations"  # run as python -m, in the venv
WINDOWS = os.name == "nt"
MIN_PYTHON = (3, 11)
# Bump when the install command below changes, so existing venvs are reinstalled once.
INSTALL_RECIPE = b"pip install -c constraints -e .[dev,package] v2"

PIP_QUIET = ("-q", "--disable-pip-version-check")


class DevError(Exception):
    """A set-up problem with a message for the user; dev.py exits with status 2."""


def say(message: str) -> None:
    print(f"dev.py: {message}", flush=True)


def canonical(name: str) -> str:
    """A distribution name normalised as in PEP 503 (``PySide6_Essentials`` -> ``pyside6-essentials``)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def venv_exe(venv: Path, name: str) -> Path:
    """Path of an executable inside a venv (Scripts\\NAME.exe on Windows, bin/NAME elsewhere)."""
    if WINDOWS:
        return venv / "Scripts" / f"{name}.exe"
    return venv / "bin" / name


def child_env(venv: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for commands run inside the venv, as if it were activated."""
    env = dict(os.environ)
    env.pop("PYTHONHOME", None)
    env["VIRTUAL_ENV"] = str(venv)
    env["PATH"] = str(venv_exe(venv, "python").parent) + os.pathsep + env.get("PATH", "")
    if extra:
        env.update(extra)
    return env


def call(cmd: Sequence[str | Path], env: dict[str, str] | None = None) -> int:
    """Run a command in the project root; a death by signal N becomes exit code 128 + N."""
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        code = subprocess.call([str(part) for part in cmd], cwd=ROOT, env=env)
    except FileNotFoundError as exc:
        raise DevError(f"cannot run {cmd[0]}: {exc}") from exc
    return 128 - code if code < 0 else code


def create_venv(venv: Path) -> Path:
    """Create a venv (with pip) using DEV_PY_PYTHON or this interpreter; return its python."""
    base = os.environ.get("DEV_PY_PYTHON") or sys.executable
    say(f"creating {venv} with {base}")
    if call([base, "-m", "venv", venv]) != 0:
        shutil.rmtree(venv, ignore_errors=True)
        raise DevError(
            f"could not create a virtual environment with {base} "
            "(on Debian/Ubuntu: apt-get install python3-venv; or set DEV_PY_PYTHON)"
        )
    python = venv_exe(venv, "python")
    version_ok = f"import sys; sys.exit(sys.version_info[:2] < {MIN_PYTHON!r})"
    if call([python, "-c", version_ok]) != 0:
        shutil.rmtree(venv, ignore_errors=True)
        wanted = ".".join(map(str, MIN_PYTHON))
        raise DevError(f"{base} is older than Python {wanted}; set DEV_PY_PYTHON to a newer interpreter")
    return python


def install_digest() -> str:
    digest = hashlib.sha256(INSTALL_RECIPE)
    for path in (PYPROJECT, CONSTRAINTS):
        digest.update(b"\0" + path.name.encode() + b"\0")
        digest.update(path.read_bytes() if path.exists() else b"<missing>")
    return digest.hexdigest()


def ensure_venv() -> Path:
    """Create .venv if needed and (re)install the project when its inputs changed."""
    python = venv_exe(VENV, "python")
    if not python.exists():
        if VENV.exists():
            say(f"{VENV} has no python; recreating it")
            shutil.rmtree(VENV)
        python = create_venv(VENV)

    stamp = VENV / STAMP_NAME
    digest = install_digest()
    if stamp.exists() and stamp.read_text(encoding="utf-8").strip() == digest:
        return python

    cmd: list[str | Path] = [python, "-m", "pip", "install", *PIP_QUIET]
    env = child_env(VENV)
    if CONSTRAINTS.exists():
        say(f"installing the project and its pinned dependencies into {VENV.name}")
        cmd += ["-c", CONSTRAINTS]
        # `-c` does not reach pip's isolated build environment; PIP_CONSTRAINT does, so the
        # build backend (setuptools, wheel) is pinned too. A file: URL survives spaces in paths.
        env["PIP_CONSTRAINT"] = CONSTRAINTS.as_uri()
    else:
        say(f"warning: {CONSTRAINTS.relative_to(ROOT)} is missing; installing unpinned versions")
    cmd += ["-e", ".[dev,package]"]
    code = call(cmd, env=env)
    if code != 0:
        stamp.unlink(missing_ok=True)
        raise DevError(f"pip install failed (exit {code})")
    stamp.write_text(digest + "\n", encoding="utf-8")
    return python


def stale_catalogs(folder: Path = TRANSLATIONS) -> list[Path]:
    """The translation sources (.ts) whose .qm is missing or older than they are."""
    stale = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            stale.append(ts)
    return stale


def ensure_catalogs(python: Path) -> None:
    """Build the .qm files the app loads when a .ts is newer (cheap: nothing runs otherwise)."""
    if not stale_catalogs():
        return
    if call([python, "-m", TRANSLATION_TOOL, "release"], env=child_env(VENV)) != 0:
        raise DevError("building the translations (.qm) failed")


# What Qt's X11 platform plugin (xcb) links, by library: (Debian/Ubuntu package, Fedora package).
# Ubuntu 22.04 and 24.04 desktops come without libxcb-cursor0, and Qt then only says "could not
# load the Qt platform plugin xcb".
QT_XCB_LIBRARIES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}


def installed_libraries() -> set[str] | None:
    """The shared libraries the dynamic linker knows (``ldconfig -p``), or None if it can't tell."""
    ldconfig = shutil.which("ldconfig") or next(
        (p for p in ("/sbin/ldconfig", "/usr/sbin/ldconfig") if os.path.exists(p)), None
    )
    if ldconfig is None:
        return None
    try:
        listing = subprocess.run([ldconfig, "-p"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    return {line.split()[0] for line in listing.splitlines()[1:] if line.strip()}


def missing_qt_libraries(available: set[str]) -> list[str]:
    return [name for name in QT_XCB_LIBRARIES if name not in available]


def install_hint(missing: Sequence[str]) -> str:
    debian = sorted({QT_XCB_LIBRARIES[name][0] for name in missing})
    fedora = sorted({QT_XCB_LIBRARIES[name][1] for name in missing})
    return (
        f"Qt cannot open a window on X11: missing {', '.join(missing)}.\n"
        f"  Debian/Ubuntu: sudo apt install {' '.join(debian)}\n"
        f"  Fedora:        sudo dnf install {' '.join(fedora)}"
    )


def opens_window(args: Sequence[str]) -> bool:
    """Whether ``dev.py run ARGS`` starts the GUI (no command: nothing, ``--data-dir DIR``, files)."""
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        if arg == "--data-dir" and rest:
            rest.pop(0)
        elif not (arg.startswith("--data-dir=") or (not arg.startswith("-") and Path(arg).is_file())):
            return False
    return True


def xcb_check(
    args: Sequence[str], env: dict[str, str], available: set[str] | None
) -> tuple[str, bool] | None:
    """A message about missing X11 libraries, and whether it stops the launch (it only warns when
    Qt may use Wayland instead); None when there is nothing to say."""
    if not sys.platform.startswith("linux") or not opens_window(args) or available is None:
        return None
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform and "xcb" not in platform:
        return None
    missing = missing_qt_libraries(available)
    if not missing:
        return None
    wayland = bool(env.get("WAYLAND_DISPLAY")) and not platform
    return install_hint(missing), not wayland


def cmd_run(args: list[str]) -> int:
    python = ensure_venv()
    ensure_catalogs(python)
    env = child_env(VENV)
    problem = xcb_check(args, env, installed_libraries() if sys.platform.startswith("linux") else None)
    if problem is not None:
        message, fatal = problem
        if fatal:
            raise DevError(message)
        say(f"warning: {message}")
    return call([python, "-m", "ui", *args], env=env)


def cmd_test(args: list[str]) -> int:
    python = ensure_venv()
    ensure_catalogs(python)
    env = child_env(VENV)
    steps: list[tuple[str, list[str | Path], dict[str, str]]] = [
        ("ruff check", [venv_exe(VENV, "ruff"), "check", "."], env),
        ("ruff format --check", [venv_exe(VENV, "ruff"), "format", "--check", "."], env),
        ("mypy", [python, "-m", "mypy"], env),
        ("pytest", [python, "-m", "pytest", *args], child_env(VENV, {"QT_QPA_PLATFORM": "offscreen"})),
    ]
    for number, (title, cmd, step_env) in enumerate(steps, start=1):
        print(f"\n==> [{number}/{len(steps)}] {title}", flush=True)
        code = call(cmd, env=step_env)
        if code != 0:
            why = " (no tests were collected)" if title == "pytest" and code == 5 else ""
            say(f"{title} failed with exit code {code}{why}")
            return code
    say("all checks passed")
    return 0


def cmd_bench(args: list[str]) -> int:
    python = ensure_venv()
    if not BENCH_SCRIPT.exists():
        say(f"{BENCH_SCRIPT.relative_to(ROOT)} does not exist yet; nothing to run")
        return 1
    return call([python, BENCH_SCRIPT, *args], env=child_env(VENV))


def cmd_package(args: list[str]) -> int:
    if args:
        raise DevError("package takes no arguments")
    python = ensure_venv()
    ensure_catalogs(python)
    return call([python, PACKAGE_SCRIPT], env=child_env(VENV))


def cmd_tr(args: list[str]) -> int:
    if args:
        raise DevError("tr takes no arguments")
    python = ensure_venv()
    return call([python, "-m", TRANSLATION_TOOL, "update"], env=child_env(VENV))


# Runs inside the scratch venv of `dev.py pin` (Python 3.11+, with `packaging` installed by pytest).
# Prints the build requirements and the names of packages that the dev install pulls in only on
# other operating systems (their environment markers are false here), so they get pinned too.
PIN_HELPER = r"""
import json, sys, tomllib
from importlib import metadata
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

with open(sys.argv[1], "rb") as f:
    pyproject = tomllib.load(f)
platforms = [
    {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"},
    {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"},
    {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix"},
]
installed = {canonicalize_name(d.metadata["Name"]): d for d in metadata.distributions()}
queue = [(pyproject["project"]["name"], frozenset({"dev", "package"}))]
seen, missing = set(), set()
while queue:
    name, extras = queue.pop()
    key = (canonicalize_name(name), extras)
    if key in seen:
        continue
    seen.add(key)
    if key[0] not in installed:
        missing.add(key[0])
        continue
    for line in installed[key[0]].requires or []:
        req = Requirement(line)
        envs = [dict(p, extra=e) for p in platforms for e in extras | {""}]
        if req.marker is None or any(req.marker.evaluate(env) for env in envs):
            queue.append((req.name, frozenset(req.extras)))
build = pyproject.get("build-system", {}).get("requires", [])
print(json.dumps({"build": build, "other_platforms": sorted(missing)}))
"""


def cmd_pin(args: list[str]) -> int:
    if args:
        raise DevError("pin takes no arguments")
    with tempfile.TemporaryDirectory(prefix="dispute-desk-pin-") as tmp:
        scratch = Path(tmp)
        venv = scratch / "venv"
        python = create_venv(venv)
        env = child_env(venv)
        env.pop("PIP_CONSTRAINT", None)
        pip: list[str | Path] = [python, "-m", "pip"]
        say("resolving the newest allowed versions (unpinned install into a scratch venv)")
        if call([*pip, "install", *PIP_QUIET, "-e", ".[dev,package]"], env=env) != 0:
            raise DevError("pip install into the scratch venv failed")
        frozen = subprocess.run(
            [str(p) for p in (*pip, "freeze", "--exclude-editable")],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        here = sorted(
            (line.strip() for line in frozen.splitlines() if "==" in line),
            key=lambda line: canonical(line.split("==")[0]),
        )
        freeze_file = scratch / "freeze.txt"
        freeze_file.write_text("\n".join(here) + "\n", encoding="utf-8")

        helper = subprocess.run(
            [str(python), "-c", PIN_HELPER, str(PYPROJECT)],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        found = json.loads(helper)
        version = subprocess.run(
            [str(python), "-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()

        elsewhere: list[str] = []
        wanted = [*found["build"], *found["other_platforms"]]
        if wanted:
            report = scratch / "report.json"
            cmd = [*pip, "install", *PIP_QUIET, "--dry-run", "--ignore-installed"]
            cmd += ["--report", report, "-c", freeze_file, *wanted]
            if call(cmd, env=env) != 0:
                raise DevError(f"could not resolve {', '.join(wanted)}")
            pinned = {canonical(line.split("==")[0]) for line in here}
            for item in json.loads(report.read_text(encoding="utf-8"))["install"]:
                name, ver = item["metadata"]["name"], item["metadata"]["version"]
                if canonical(name) not in pinned:
                    elsewhere.append(f"{name}=={ver}")

    if not version.startswith("3.11."):
        say(f"warning: pinned with Python {version}; CI and the oldest supported Python are 3.11")
    lines = [
        "# Exact pins of every package that `pip install -e .[dev,package]` pulls in, transitive ones included,",
        "# so that a new upstream release cannot change what CI installs without a commit here.",
        f"# Generated by `python3 dev.py pin` (Python {version}, {sys.platform}). To update the pins,",
        "# run `python3 dev.py pin` again and commit this file; do not edit it by hand.",
        "# dev.py installs with: pip install -c requirements/constraints.txt -e .[dev,package]",
        "",
        *here,
    ]
    if elsewhere:
        lines += [
            "",
            "# Build backend (pyproject [build-system]) and packages needed only on other platforms:",
            *sorted(elsewhere, key=lambda line: canonical(line.split("==")[0])),
        ]
    CONSTRAINTS.parent.mkdir(parents=True, exist_ok=True)
    CONSTRAINTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    say(f"wrote {CONSTRAINTS.relative_to(ROOT)} ({len(here) + len(elsewhere)} pins)")
    return 0


COMMANDS: dict[str, Callable[[list[str]], int]] = {
    "run": cmd_run,
    "test": cmd_test,
    "bench": cmd_bench,
    "package": cmd_package,
    "tr": cmd_tr,
    "pin": cmd_pin,
}


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(__doc__)
        return 0 if argv else 2
    command = COMMANDS.get(argv[0])
    if command is None:
        print(f"dev.py: unknown command {argv[0]!r}; expected one of: {', '.join(COMMANDS)}", file=sys.stderr)
        return 2
    try:
        return command(argv[1:])
    except DevError as exc:
        print(f"dev.py: error: {exc}", file=sys.stderr)
        return 2
    except subprocess.CalledProcessError as exc:
        print(f"dev.py: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
