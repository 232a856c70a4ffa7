"""Background work: run a plain function in the thread pool, get its result by signal.

The function must return plain data (no Qt objects); the GUI thread turns it into widgets.
Results and errors arrive through queued signals on the GUI thread. A ``TaskRunner`` is owned
by a widget (parented) and waits for its tasks when that widget closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    """Carries one task's outcome to the GUI thread. A child of its runner: it lives in the GUI
    thread and is deleted there once it has reported, whenever the worker lets go of it."""

    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._fn = fn
        self.signals = signals

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """Runs functions off the GUI thread. Database writes go through one thread at a time."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)  # writes are serialized

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None] | None = None,
        *,
        writes: bool = False,
    ) -> None:
        signals = _Signals(self)
        signals.done.connect(on_done)
        if on_failed is not None:
            signals.failed.connect(on_failed)
        signals.done.connect(self._reported)  # after the callbacks: connections run in order
        signals.failed.connect(self._reported)
        (self._writer if writes else self._pool).start(_Task(fn, signals))

    def _reported(self, _outcome: object) -> None:
        if (signals := self.sender()) is not None:
            signals.deleteLater()  # its job is done; deleted here, in the GUI thread

    def wait(self, msecs: int = 10_000) -> bool:
        return self._pool.waitForDone(msecs) and self._writer.waitForDone(msecs)
