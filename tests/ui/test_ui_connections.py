"""Signal connections in the GUI outlive nothing they point at.

A lambda connected to a long-lived object's signal keeps whatever it captured and is called
after a short-lived widget it touches is gone ("Internal C++ object already deleted"). So the
GUI connects signals to slots (bound methods: Qt disconnects them when their object dies) or to
``functools.partial`` of them, never to a lambda, and a nested function only to a signal of an
object made in the same function. The task runner hands a result to its callback only while the
callback's owner lives, refuses a callback without one, and lets go of what carried them."""

from __future__ import annotations

import ast
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.common.tasks import TaskRunner

ROOT = Path(__file__).resolve().parents[2]


def lambda_connections(path: Path) -> list[int]:
    tree = ast.parse(path.read_text("utf-8"))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "connect"
        and any(isinstance(arg, ast.Lambda) for arg in node.args)
    ]


def closure_connections(path: Path) -> list[int]:
    """Lines where a nested function is connected to a signal of something it didn't make: the
    sender may outlive whatever the closure holds."""
    tree = ast.parse(path.read_text("utf-8"))
    found = []
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        nested = {n.name for n in function.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}
        made = {
            target.id
            for node in ast.walk(function)
            if isinstance(node, ast.Assign)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        for node in ast.walk(function):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "connect"
                and any(isinstance(a, ast.Name) and a.id in nested for a in node.args)
            ):
                continue
            sender = node.func.value
            while isinstance(sender, ast.Attribute):
                sender = sender.value
            if not (isinstance(sender, ast.Name) and sender.id in made):
                found.append(node.lineno)
    return found


def test_the_check_finds_a_closure_connected_to_a_signal_from_outside(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def build(self, desk):\n"
        "    timer = QTimer()\n"
        "    def tick():\n"
        "        self.label.setText('x')\n"
        "    timer.timeout.connect(tick)\n"
        "    desk.changed.connect(tick)\n"
    )
    assert closure_connections(sample) == [6]


@pytest.mark.parametrize("path", sorted((ROOT / "ui").rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_closure_is_connected_to_a_signal_it_may_outlive(path: Path) -> None:
    assert closure_connections(path) == []


def test_a_task_callback_without_an_owner_is_refused(qtbot: QtBot) -> None:
    runner = TaskRunner()
    with pytest.raises(TypeError, match="owner="):
        runner.run(lambda: 1, lambda _result: None)
    with pytest.raises(TypeError, match="owner="):
        runner.run(lambda: 1, runner.deleteLater, print)  # a builtin has no QObject either
    assert runner.wait()


def test_a_result_whose_owner_was_deleted_is_dropped(qtbot: QtBot) -> None:
    runner = TaskRunner()
    owner = QWidget()
    got: list[object] = []
    release = threading.Event()
    runner.run(release.wait, got.append, owner=owner, writes=True)
    runner.run(lambda: "late", got.append, owner=owner, writes=True)
    owner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release.set()
    assert runner.wait()
    qtbot.wait(50)
    assert got == []
    kept = QWidget()
    runner.run(lambda: "in time", got.append, owner=kept)
    qtbot.waitUntil(lambda: got == ["in time"], timeout=10_000)


def test_the_check_finds_a_lambda_connection(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("button.clicked.connect(self.ok)\nbutton.clicked.connect(\n    lambda: self.go(1)\n)\n")
    assert lambda_connections(sample) == [2]


@pytest.mark.parametrize("path", sorted((ROOT / "ui").rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_signal_is_connected_to_a_lambda(path: Path) -> None:
    assert lambda_connections(path) == []


def test_the_task_runner_lets_go_of_finished_tasks(qtbot: QtBot) -> None:
    runner = TaskRunner()
    done: list[object] = []
    failed: list[Exception] = []

    def fail() -> None:
        raise ValueError("no")

    for value in range(3):
        runner.run(lambda value=value: value, done.append, failed.append, owner=runner)
    runner.run(fail, done.append, failed.append, writes=True, owner=runner)
    qtbot.waitUntil(lambda: len(done) == 3 and len(failed) == 1, timeout=10_000)
    assert sorted(done) == [0, 1, 2] and str(failed[0]) == "no"
    # What carried the results is deleted (in this, the GUI thread); the thread pools remain.
    qtbot.waitUntil(lambda: all(isinstance(child, QThreadPool) for child in runner.children()))
    assert runner.wait()
