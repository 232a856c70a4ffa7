"""Shared helpers for the benchmarks: timing by best-of-N and ratio reporting.

Machines here are shared and noisy, so every budget is a ratio of two things measured in the
same run, and each side is the best of several repetitions (the least disturbed).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "out"


def best_of(fn: Callable[[], Any], repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


@dataclass
class Result:
    name: str
    ours_s: float
    baseline_s: float
    budget: float | None
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.ours_s / self.baseline_s

    @property
    def ok(self) -> bool:
        return self.budget is None or self.ratio <= self.budget

    def line(self) -> str:
        budget = f"budget ≤ {self.budget:g}×" if self.budget is not None else "no budget yet"
        verdict = "" if self.budget is None else ("  ok" if self.ok else "  OVER BUDGET")
        return (
            f"{self.name:<46} {self.ratio:7.2f}×  ({self.ours_s * 1000:9.1f} ms vs "
            f"{self.baseline_s * 1000:9.1f} ms; {budget}){verdict}" + (f"  {self.note}" if self.note else "")
        )


def report(results: list[Result], name: str) -> bool:
    for result in results:
        print(result.line())
    OUT.mkdir(exist_ok=True)
    (OUT / f"{name}.json").write_text(
        json.dumps([{**asdict(r), "ratio": r.ratio, "ok": r.ok} for r in results], indent=2), "utf-8"
    )
    return all(r.ok for r in results)
