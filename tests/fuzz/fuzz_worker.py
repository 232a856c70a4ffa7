"""Runs every reader over hostile input under a memory limit; exit 1 on anything but a refusal.

    python tests/fuzz/fuzz_worker.py CORPUS_DIR [EXAMPLES]

Started by test_fuzz_readers.py in a subprocess: ``resource.setrlimit`` caps the address space
first, so a reader that tries to take gigabytes fails with MemoryError here (and the test says
which input did it) instead of taking the machine down. Then each file of CORPUS_DIR goes through
format detection and every reader, and hypothesis makes random files of each kind.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

MEMORY_LIMIT = 1536 << 20  # address space; the readers' bar is 300 MB above the baseline
TIME_LIMIT_S = 10.0  # a refusal must come within this, whatever the input


def limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_readers(path: Path) -> list[str]:
    """Detection and every reader on ``path``; what went wrong other than a refusal."""
    from app.domain.errors import Refused
    from app.importers.detect import detect, read_source
    from app.importers.model import Format

    failures: list[str] = []
    attempts: list[tuple[str, object]] = [("detect", lambda: detect(path))]
    for fmt in Format:
        if fmt is not Format.PASTE:
            attempts.append((fmt.value, lambda fmt=fmt: read_source([path], fmt, "USD")))
    for name, attempt in attempts:
        start = time.monotonic()
        try:
            attempt()  # type: ignore[operator]
        except Refused:
            pass
        except BaseException as exc:
            failures.append(f"{path.name} / {name}: {type(exc).__name__}: {exc}\n{traceback.format_exc()}")
        spent = time.monotonic() - start
        if spent > TIME_LIMIT_S:
            failures.append(f"{path.name} / {name}: took {spent:.1f} s")
    return failures


def fuzz(examples: int) -> list[str]:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    failures: list[str] = []
    header = (
        "Order Date,Order ID,Title,Qty,Price,Store,Product ID,SKU ID,Attributes,Price Info,Currency,"
        "Status,Product Url,Product Image Url,Store Url,Tags\n"
    )
    shapes = {
        "csv": st.binary(max_size=4096).map(lambda b: header.encode() + b),
        "text-csv": st.text(max_size=2000).map(lambda t: (header + t).encode("utf-8", "surrogatepass")),
        "json": st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=20),
            lambda inner: (
                st.lists(inner, max_size=4)
                | st.dictionaries(
                    st.sampled_from(
                        ["orderId", "title", "price", "currency", "storeName", "orderDate", "quantity", "x"]
                    ),
                    inner,
                    max_size=6,
                )
            ),
            max_leaves=30,
        ).map(lambda v: ("[" + __import__("json").dumps(v) + "]").encode()),
        "eml": st.binary(max_size=4096).map(
            lambda b: (
                b"From: transaction@notice.aliexpress.com\nSubject: Order 8123456789012345 shipped\n"
                b"Date: Mon, 02 Mar 2026 10:00:00 +0000\nContent-Type: multipart/mixed; boundary=x\n\n" + b
            )
        ),
        "xlsx": st.binary(max_size=4096).map(lambda b: b"PK\x03\x04" + b),
        "bytes": st.binary(max_size=4096),
    }
    with tempfile.TemporaryDirectory() as folder:
        for kind, strategy in shapes.items():
            check = _checker(Path(folder) / f"fuzz.{kind.split('-')[-1]}", failures)
            wrapped = settings(
                max_examples=examples,
                deadline=None,
                database=None,
                derandomize=True,  # the same examples on every run: CI never flakes on a new find
                suppress_health_check=list(HealthCheck),
            )(given(strategy)(check))
            try:
                wrapped()
            except AssertionError:
                pass  # recorded in failures (hypothesis shrank it to the smallest example)
    return failures


def _checker(target: Path, failures: list[str]) -> object:
    def check(data: bytes) -> None:
        target.write_bytes(data)
        found = run_readers(target)
        if found:
            failures.extend(found)
            raise AssertionError(found[0])

    return check


def main() -> int:
    limit_memory()
    sys.setrecursionlimit(5000)
    corpus = Path(sys.argv[1])
    examples = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    failures: list[str] = []
    for path in sorted(corpus.iterdir()):
        failures += run_readers(path)
    failures += fuzz(examples)
    for failure in failures:
        print(failure, file=sys.stderr)
    print(f"checked {len(list(corpus.iterdir()))} corpus files and {examples} examples per shape")
    return 1 if failures else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
