"""Background work: run a plain function in the thread pool, get its result by signal.

The function must return plain data (no Qt objects); the GUI thread turns it into widgets.
Results and errors arrive through queued signals on the GUI thread. A ``TaskRunner`` is owned
by a widget (parented) and waits for its tasks when that widget closes.

A result is handed to its callback only while the callback's *owner* lives: the QObject whose
method it is (``self._show_plan``), or the ``owner`` given with a closure. A long-lived runner
(the main window's) outlives the dialogs that use it; a dialog closed before its task finished
would otherwise be called after Qt deleted it ("Internal C++ object already deleted"). A
callback with no owner to be found is refused when the task starts, so the mistake shows at once.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid


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


def _deliver(callback: Callable[[Any], None], owner: QObject, outcome: object) -> None:
    """Hand ``outcome`` to ``callback`` unless its owner was deleted meanwhile (a dialog closed
    before its task finished): then the outcome has no one left to show it to."""
    if isValid(owner):
        callback(outcome)


def owner_of(callback: Callable[..., Any]) -> QObject | None:
    """The QObject a callback belongs to: a method's object (also through ``functools.partial``);
    None for a plain function, a lambda or a closure."""
    while isinstance(callback, partial):
        callback = callback.func
    target = getattr(callback, "__self__", None)
    return target if isinstance(target, QObject) else None


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
        owner: QObject | None = None,
    ) -> None:
        """Run ``fn`` in the pool; its result goes to ``on_done``, an exception to ``on_failed``.

        Each callback is called only while its owner lives: ``owner`` when given, else the
        QObject whose method the callback is. A closure or lambda needs ``owner`` (the object
        whose lifetime bounds what it touches); without one, TypeError."""
        signals = _Signals(self)
        for signal, callback in ((signals.done, on_done), (signals.failed, on_failed)):
            if callback is None:
                continue
            receiver = owner if owner is not None else owner_of(callback)
            if receiver is None:
                raise TypeError(
                    f"{callback!r} belongs to no QObject: pass owner= (the object whose lifetime "
                    "bounds what the callback touches)"
                )
            signal.connect(partial(_deliver, callback, receiver))
        signals.done.connect(self._reported)  # after the callbacks: connections run in order
        signals.failed.connect(self._reported)
        (self._writer if writes else self._pool).start(_Task(fn, signals))

    def _reported(self, _outcome: object) -> None:
        if (signals := self.sender()) is not None:
            signals.deleteLater()  # its job is done; deleted here, in the GUI thread

    def wait(self, msecs: int = 10_000) -> bool:
        return self._pool.waitForDone(msecs) and self._writer.waitForDone(msecs)
