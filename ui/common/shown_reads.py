"""A view's read of the data, made off the GUI thread when the view needs it: at once while the
view is shown, else when it is next shown (a tab nobody opens reads nothing). Only the answer to
the latest read is handed on: an older read that finishes late must not win over a newer one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from ui.common.tasks import TaskRunner

T = TypeVar("T")


class ReadWhenShown(QObject, Generic[T]):
    """``begin`` runs on the GUI thread as a read starts (say "reading…", take the parameters)
    and returns the work for the pool; ``done`` gets the answer, ``failed`` the exception."""

    def __init__(
        self,
        view: QWidget,
        tasks: TaskRunner,
        begin: Callable[[], Callable[[], T]],
        done: Callable[[T], None],
        failed: Callable[[Exception], None],
    ) -> None:
        super().__init__(view)
        self._view = view
        self._tasks = tasks
        self._begin, self._done, self._failed = begin, done, failed
        self._stale = True  # nothing read yet
        self._request = 0
        view.installEventFilter(self)

    def mark_stale(self) -> None:
        """The data changed: read again now if the view is shown, else when it is next shown."""
        self._stale = True
        if self._view.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self._request += 1
        request, work = self._request, self._begin()
        self._tasks.run(lambda: (request, work()), self._answer, self._failed_read, owner=self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if watched is self._view and event.type() == QEvent.Type.Show and self._stale:
            self.refresh()
        return False

    def _answer(self, answer: tuple[int, Any]) -> None:
        request, value = answer
        if request == self._request:
            self._done(value)

    def _failed_read(self, error: Exception) -> None:
        self._failed(error)
