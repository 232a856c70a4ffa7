"""The packaged app's bars: start-up from the bundle against start-up from the venv, the build's
time and the archive's size.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_bundle.py [--orders 50000] [--reuse]

Builds the app first with packaging/build.py (what ``dev.py package`` runs), timed; ``--reuse``
takes the bundle already in dist/ instead. Then both start-ups are whole processes, from launch
to the first painted window with ``--orders`` orders (the app prints "first paint" and quits,
``DISPUTE_DESK_QUIT_AFTER_FIRST_PAINT``): the bundle's executable, and ``python -m ui`` from the
venv with our modules compiled first (as an installed app has them). Run in turns, best of each.

Budgets: bundle ≤ 1.2× venv; build < 5 minutes (this is a 2-core machine); archive ≤ 120 MB.
Linux only (the bundle's layout and archive are those of the Linux build).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.common import OUT, Result, report  # noqa: E402

BUILD_BUDGET_S = 300.0
ARCHIVE_BUDGET_MB = 120.0
EXECUTABLE = ROOT / "dist" / "dispute-desk" / "dispute-desk"


def _build() -> tuple[Path, float]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py")], cwd=ROOT, capture_output=True, text=True
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"the build failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return Path(done.stdout.strip().splitlines()[-1]), elapsed


def _once(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    child = subprocess.Popen(
        argv, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    _, errors = child.communicate(timeout=60)
    if line.strip() != "first paint":
        raise RuntimeError(f"{argv[0]} did not paint: {line!r} {errors[-2000:]}")
    return elapsed


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    if not sys.platform.startswith("linux"):
        print("bench_bundle: Linux only; skipped")
        return 0
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--reuse", action="store_true", help="use the bundle in dist/ instead of building")
    args, _unknown = parser.parse_known_args()

    from app import __version__
    from app.clock import FrozenClock
    from app.services import open_services
    from app.services.demo import generate

    build_s: float | None = None
    archive = ROOT / "dist" / f"dispute-desk-{__version__}-linux-x86_64.tar.gz"
    if not (args.reuse and EXECUTABLE.exists()):
        archive, build_s = _build()

    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        clock = FrozenClock(datetime.now(UTC))
        services = open_services(data, clock)
        generate(services.orders, count=args.orders, seed=7)
        services.close()
        env.update(
            HOME=tmp,
            XDG_CONFIG_HOME=tmp,
            PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache"),
            DISPUTE_DESK_QUIT_AFTER_FIRST_PAINT="1",
        )
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", str(ROOT / "app"), str(ROOT / "ui")],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        commands = [
            [str(EXECUTABLE), "--data-dir", str(data)],
            [sys.executable, "-m", "ui", "--data-dir", str(data)],
        ]
        for argv in commands:
            _once(argv, env)  # warm the file cache for both
        best = [float("inf")] * len(commands)
        for _ in range(args.repeat):
            for i, argv in enumerate(commands):
                best[i] = min(best[i], _once(argv, env))
    bundle_s, venv_s = best

    results = [
        Result(f"start-up from the bundle, {args.orders} orders", bundle_s, venv_s, 1.2, "(vs the venv)")
    ]
    ok = report(results, "bundle")
    onedir_mb = _folder_size(EXECUTABLE.parent) / 1e6
    archive_mb = archive.stat().st_size / 1e6 if archive.exists() else float("nan")
    archive_ok = archive_mb <= ARCHIVE_BUDGET_MB
    print(f"{'archive ' + archive.name:<46} {archive_mb:7.1f} MB (budget ≤ {ARCHIVE_BUDGET_MB:g} MB)"
          f"{'  ok' if archive_ok else '  OVER BUDGET'}; the folder: {onedir_mb:.1f} MB")  # fmt: skip
    build_ok = True
    if build_s is not None:
        build_ok = build_s < BUILD_BUDGET_S
        print(f"{'build (packaging/build.py)':<46} {build_s:7.1f} s  (budget < {BUILD_BUDGET_S:g} s)"
              f"{'  ok' if build_ok else '  OVER BUDGET'}")  # fmt: skip
    figures = {"archive_mb": archive_mb, "onedir_mb": onedir_mb, "build_s": build_s}
    (OUT / "bundle-size.json").write_text(json.dumps(figures, indent=2), "utf-8")
    return 0 if ok and archive_ok and build_ok else 1


if __name__ == "__main__":
    sys.exit(main())
