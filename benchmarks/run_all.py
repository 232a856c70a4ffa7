"""Run every benchmark in one go (``python3 dev.py bench``); exit 1 if any is over budget.

Each benchmark compares two things measured in the same run, so its ratio means something on a
shared, noisy machine; the absolute times it prints do not compare between runs.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = [
    "bench_core.py",
    "bench_list.py",
    "bench_reminders.py",
    "bench_startup.py",
    "bench_import.py",
    "bench_insights.py",
    "bench_evidence.py",
    "bench_hostile.py",
    "bench_bundle.py",
]


def main() -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    failed = []
    for name in BENCHMARKS:
        print(f"== {name}", flush=True)
        if subprocess.run([sys.executable, str(HERE / name), *sys.argv[1:]], env=env).returncode != 0:
            failed.append(name)
    if failed:
        print(f"over budget: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
