"""Bulk work without the cycle collector's pauses.

An import, the demo or a re-derivation of thousands of orders allocates hundreds of thousands of
small objects (rows, events, dates) and keeps most of them until it ends. Every burst of
allocations starts a collection that walks the objects still alive, so the collector's passes
grow with the work: a sixth of the time of an import of 10,000 rows. These objects form no
cycles (reference counting frees them), so the collector is paused while the work runs and
resumes afterwards.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class _Pauses:
    """How many bulk jobs run now (the GUI may import while it re-derives stale rows), and
    whether the collector was on before the first of them."""

    lock = threading.Lock()
    running = 0
    was_on = True


def pause_collector() -> Callable[[], None]:
    """Pause automatic garbage collection until the returned function is called (calling it
    again does nothing). With several pauses at once (threads), the collector resumes when the
    last ends, and only if it was on before the first."""
    with _Pauses.lock:
        if _Pauses.running == 0:
            _Pauses.was_on = gc.isenabled()
            gc.disable()
        _Pauses.running += 1
    ended = threading.Event()

    def resume() -> None:
        with _Pauses.lock:
            if ended.is_set():
                return
            ended.set()
            _Pauses.running -= 1
            if _Pauses.running == 0 and _Pauses.was_on:
                gc.enable()

    return resume


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause automatic garbage collection while the block runs (see :func:`pause_collector`)."""
    resume = pause_collector()
    try:
        yield
    finally:
        resume()
