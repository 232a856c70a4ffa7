"""A view reads when it is shown, and only the latest read's answer reaches it."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.common.shown_reads import ReadWhenShown
from ui.common.tasks import TaskRunner


class _Reads:
    def __init__(self) -> None:
        self.started: list[int] = []
        self.answers: list[int] = []
        self.errors: list[Exception] = []
        self.gates: dict[int, threading.Event] = {}

    def begin(self) -> Callable[[], int]:
        number = len(self.started) + 1
        self.started.append(number)
        gate = self.gates.setdefault(number, threading.Event())

        def work() -> int:
            assert gate.wait(timeout=5)
            return number

        return work


def _view(qtbot: QtBot, reads: _Reads) -> tuple[QWidget, ReadWhenShown[int], TaskRunner]:
    view = QWidget()
    qtbot.addWidget(view)
    tasks = TaskRunner(view)
    shown = ReadWhenShown(view, tasks, reads.begin, reads.answers.append, reads.errors.append)
    return view, shown, tasks


def test_a_hidden_view_reads_nothing_until_it_is_shown(qtbot: QtBot) -> None:
    reads = _Reads()
    view, shown, _tasks = _view(qtbot, reads)
    shown.mark_stale()
    shown.mark_stale()
    assert reads.started == []
    reads.gates[1] = threading.Event()
    reads.gates[1].set()
    view.show()
    qtbot.waitUntil(lambda: reads.answers == [1])
    view.hide()
    view.show()  # nothing changed since: no second read
    assert reads.started == [1]


def test_an_older_read_finishing_late_does_not_win(qtbot: QtBot) -> None:
    reads = _Reads()
    view, shown, tasks = _view(qtbot, reads)
    view.show()  # read 1 starts and waits
    shown.mark_stale()  # read 2 starts
    assert reads.started == [1, 2]
    reads.gates[2].set()
    qtbot.waitUntil(lambda: reads.answers == [2])
    reads.gates[1].set()  # the older one finishes last
    assert tasks.wait()
    qtbot.wait(50)  # its answer is delivered (or not) through the event loop
    assert reads.answers == [2]
    assert reads.errors == []
