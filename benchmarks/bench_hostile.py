"""Hostile-input benchmark: peak memory and time of ``dispute-desk import`` on files of up to 200 MB.

    python benchmarks/bench_hostile.py [--small]

Each file of the hostile corpus (tests/fuzz/hostile_corpus.py, made at its 200 MB size; a JSON
list nested 200 million deep, random bytes saved as CSV, a CSV with one 200 MB field, a workbook of
1.5 GB blank sheet XML, one of 240 MB shared strings, e-mails with 100,000 encoded words or 2,000
nested multiparts) is imported by a fresh process, which reports its own peak RSS. The baseline is
the same process importing a one-order CSV: what the app costs before the file does.

Bars: for every file, peak memory < 300 MB above the baseline, and a refusal within 10 s. A valid
200 MB CSV of orders (about 1.7 million rows) is reported too, without a bar: importing it is
real work, not a refusal.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "fuzz"))

import hostile_corpus  # noqa: E402

from benchmarks.common import OUT  # noqa: E402

MEMORY_BAR_MB = 300
TIME_BAR_S = 10.0

_CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from app.cli.main import run
import io
start = time.perf_counter()
err = io.StringIO()
code = run(["--data-dir", sys.argv[1], "import", "--dry-run", *sys.argv[2:]], stdout=io.StringIO(), stderr=err)
spent = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # includes the parent's pages before exec
try:  # the high-water mark of this program's own memory (Linux; reset by exec)
    status = open("/proc/self/status").read()
    peak = int(status.split("VmHWM:")[1].split()[0])
except (OSError, IndexError, ValueError):
    pass
print(json.dumps({{"code": code, "seconds": spent, "peak_kb": peak, "err": err.getvalue()[:200]}}))
"""


def measure(data_dir: Path, *files: Path) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", _CHILD.format(root=str(ROOT)), str(data_dir), *map(str, files)],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    if result.returncode != 0:
        raise SystemExit(f"the import process failed: {result.stderr[-2000:]}")
    document: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return document


def main() -> int:
    small = "--small" in sys.argv[1:]
    ok = True
    lines = []
    with tempfile.TemporaryDirectory(prefix="dd-bench-hostile-") as folder:
        root = Path(folder)
        corpus = root / "corpus"
        print("making the corpus…", flush=True)
        hostile_corpus.write_corpus(corpus, big=not small)
        # The largest import allowed (just under the row limit), measured without a bar.
        hostile_corpus.many_rows_csv(corpus / "at-the-row-limit.csv", (240_000 if not small else 20_000) * 96)
        tiny = root / "tiny.csv"
        tiny.write_text(
            hostile_corpus.SHOPPER_HEADER
            + '\n"2026-02-20",8100000000000001,"ok",1,"US $1.00","S",,,,,USD,Completed,,,,\n',
            "utf-8",
        )
        data = root / "data"
        baseline = measure(data, tiny)
        base_mb = int(baseline["peak_kb"]) / 1024  # type: ignore[call-overload]
        print(f"baseline (one-order CSV): {base_mb:.0f} MB peak, {float(baseline['seconds']):.2f} s")  # type: ignore[arg-type]
        for path in sorted(corpus.iterdir()):
            found = measure(data, path)
            above = int(found["peak_kb"]) / 1024 - base_mb  # type: ignore[call-overload]
            seconds = float(found["seconds"])  # type: ignore[arg-type]
            refused = found["code"] == 2
            size_mb = path.stat().st_size / (1 << 20)
            barred = path.name not in ("many-rows.csv", "at-the-row-limit.csv") or refused
            verdict = ""
            if barred:
                good = above < MEMORY_BAR_MB and (not refused or seconds < TIME_BAR_S)
                ok = ok and good
                verdict = "ok" if good else "OVER BUDGET"
            what = "refused" if refused else f"exit {found['code']}"
            peak_mb = int(found["peak_kb"]) / 1024  # type: ignore[call-overload]
            line = (
                f"{path.name:<24} {size_mb:8.1f} MB on disk  peak {peak_mb:6.0f} MB ({above:+6.0f} MB vs "
                f"baseline)  {seconds:6.2f} s  {what:<8} {verdict}"
            )
            print(line, flush=True)
            lines.append(
                {
                    "file": path.name,
                    "size_mb": size_mb,
                    "above_baseline_mb": above,
                    "seconds": seconds,
                    "refused": refused,
                    "barred": barred,
                }
            )
    OUT.mkdir(exist_ok=True)
    (OUT / "bench_hostile.json").write_text(json.dumps(lines, indent=2), "utf-8")
    print(f"bars: < {MEMORY_BAR_MB} MB above baseline, a refusal within {TIME_BAR_S:g} s")
    return 0 if ok else 1


if __name__ == "__main__":
    start = time.perf_counter()
    code = main()
    print(f"({time.perf_counter() - start:.0f} s)")
    sys.exit(code)
