"""Signal connections in the GUI outlive nothing they point at.

A lambda connected to a long-lived object's signal keeps whatever it captured and is called
after a short-lived widget it touches is gone ("Internal C++ object already deleted"). So the
GUI connects signals to slots (bound methods: Qt disconnects them when their object dies) or to
``functools.partial`` of them, never to a lambda; the task runner hands results to callbacks and
lets go of what carried them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
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
        runner.run(lambda value=value: value, done.append, failed.append)
    runner.run(fail, done.append, failed.append, writes=True)
    qtbot.waitUntil(lambda: len(done) == 3 and len(failed) == 1, timeout=10_000)
    assert sorted(done) == [0, 1, 2] and str(failed[0]) == "no"
    # What carried the results is deleted (in this, the GUI thread); the thread pools remain.
    qtbot.waitUntil(lambda: all(isinstance(child, QThreadPool) for child in runner.children()))
    assert runner.wait()
