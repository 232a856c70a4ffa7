"""Bulk work without the cycle collector's pauses.

An import, the demo or a re-derivation of thousands of orders allocates hundreds of thousands of
small objects (rows, events, dates) and keeps most of them until it ends. Every burst of
allocations starts a collection that walks the objects still alive, so the collector's passes
grow with the work: a sixth of the time of an import of 10,000 rows. These objects form no
cycles (reference counting frees them), so the collector is paused while the work runs and
resumes afterwards.

What such a job leaves alive (an import's plan: ~110,000 objects for 10,000 rows) would still be
walked twice after the pause, by the first young and the first middle collection, before it
reaches the oldest generation: 30-70 ms for nothing, since none of it is garbage. A job that asks
with ``promote=True`` moves every object alive when the pause ends straight to the oldest
generation instead (``gc.freeze()`` and at once ``gc.unfreeze()``: two list splices, no walk).
That is safe for the GUI thread too: nothing is frozen past that moment, and the other threads'
young objects promoted with it are still collected, by the next full collection rather than the
next young one (later, never lost). ``gc.unfreeze()`` would also release objects someone froze
on purpose; nothing in the application freezes any.
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
    promote = False  # a running job asked for its survivors to go to the oldest generation


def pause_collector(*, promote: bool = False) -> Callable[[], None]:
    """Pause automatic garbage collection until the returned function is called (calling it
    again does nothing). With several pauses at once (threads), the collector resumes when the
    last ends, and only if it was on before the first. ``promote``: what is alive when it
    resumes goes to the oldest generation unwalked (see the module docstring): for work that
    leaves many long-lived objects behind."""
    with _Pauses.lock:
        if _Pauses.running == 0:
            _Pauses.was_on = gc.isenabled()
            _Pauses.promote = False
            gc.disable()
        _Pauses.running += 1
        _Pauses.promote = _Pauses.promote or promote
    ended = threading.Event()

    def resume() -> None:
        with _Pauses.lock:
            if ended.is_set():
                return
            ended.set()
            _Pauses.running -= 1
            if _Pauses.running == 0 and _Pauses.was_on:
                if _Pauses.promote:
                    gc.freeze()
                    gc.unfreeze()
                gc.enable()

    return resume


@contextmanager
def collector_paused(*, promote: bool = False) -> Iterator[None]:
    """Pause automatic garbage collection while the block runs (see :func:`pause_collector`)."""
    resume = pause_collector(promote=promote)
    try:
        yield
    finally:
        resume()
