"""The pinned Qt binding must not leak on signal emits (PySide6 6.12.0 on Python 3.11 drops a
reference to True on every emit; the app ticks every second and aborted within hours)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(int)


def test_emitting_signals_leaves_reference_counts_alone() -> None:
    emitter = _Emitter()
    received: list[int] = []
    emitter.fired.connect(received.append)
    before = sys.getrefcount(True)
    for value in range(5000):
        emitter.fired.emit(value)
    assert len(received) == 5000
    assert sys.getrefcount(True) >= before
