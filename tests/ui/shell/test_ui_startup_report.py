"""The start-up report dialog: what was crossed or came close while the app was closed."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.clock import FrozenClock
from app.domain.actions import action_for
from app.domain.model import DeadlineKind, Status
from app.services import open_services
from app.services.report import ReportItem, StartupReport
from ui.common.format import deadline_text, local_time
from ui.shell.main_window import MainWindow
from ui.shell.startup_report import MAX_ROWS, StartupReportDialog

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
SINCE = NOW - timedelta(days=3)


def item(
    order: str, kind: DeadlineKind, due: datetime, status: Status = Status.AWAITING_SHIPMENT
) -> ReportItem:
    return ReportItem(order, kind, due, action_for(kind, status))


CROSSED = (
    item("8100000000000001", DeadlineKind.SHIP_BY, NOW - timedelta(days=2)),
    item("8100000000000002", DeadlineKind.CANCEL_AUTO_APPROVE, NOW - timedelta(hours=5)),
)
CLOSE = (
    item("8100000000000003", DeadlineKind.PROTECTION_ENDS, NOW + timedelta(hours=30), Status.IN_TRANSIT),
)


def make(qtbot: QtBot, report: StartupReport) -> StartupReportDialog:
    dialog = StartupReportDialog(report)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_lists_what_was_crossed_and_what_came_close(qtbot: QtBot) -> None:
    dialog = make(qtbot, StartupReport(SINCE, NOW, CROSSED, CLOSE))
    assert (
        dialog.crossed_header.isVisible()
        and "Overdue while you were away (2)" in dialog.crossed_header.text()
    )
    assert (
        dialog.came_close_header.isVisible() and "Due within 48 hours (1)" in dialog.came_close_header.text()
    )
    assert [row.order for row in dialog.rows] == [i.order for i in (*CROSSED, *CLOSE)]
    for row, shown in zip(dialog.rows, (*CROSSED, *CLOSE), strict=True):
        assert shown.order in row.headline.text()
        assert deadline_text(shown.kind.value) in row.headline.text()
        assert local_time(shown.due) in row.headline.text()
        assert row.advice.text() == shown.action
        assert row.open_button.isVisible()
    # The crossed rows sit above the "due within 48 hours" header, the close one below it.
    header_y = dialog.came_close_header.mapTo(dialog, QPoint(0, 0)).y()
    assert [row.mapTo(dialog, QPoint(0, 0)).y() < header_y for row in dialog.rows] == [True, True, False]
    assert local_time(SINCE) in " ".join(label.text() for label in dialog.findChildren(QLabel))


def test_an_empty_section_is_not_shown(qtbot: QtBot) -> None:
    dialog = make(qtbot, StartupReport(SINCE, NOW, (), CLOSE))
    assert not dialog.crossed_header.isVisible()
    assert dialog.came_close_header.isVisible()
    assert len(dialog.rows) == 1


def test_open_button_emits_open_order(qtbot: QtBot) -> None:
    dialog = make(qtbot, StartupReport(SINCE, NOW, CROSSED, CLOSE))
    with qtbot.waitSignal(dialog.open_order, timeout=1000) as signal:
        qtbot.mouseClick(dialog.rows[1].open_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["8100000000000002"]
    assert dialog.isVisible()  # the buyer can go on through the list


def test_double_click_on_a_row_emits_open_order(qtbot: QtBot) -> None:
    dialog = make(qtbot, StartupReport(SINCE, NOW, CROSSED, CLOSE))
    with qtbot.waitSignal(dialog.open_order, timeout=1000) as signal:
        qtbot.mouseDClick(dialog.rows[2].advice, Qt.MouseButton.LeftButton)
    assert signal.args == ["8100000000000003"]


def test_enter_on_a_focused_open_button_opens_that_order(qtbot: QtBot) -> None:
    dialog = make(qtbot, StartupReport(SINCE, NOW, CROSSED, CLOSE))
    dialog.rows[0].open_button.setFocus()
    with qtbot.waitSignal(dialog.open_order, timeout=1000) as signal:
        qtbot.keyClick(dialog.rows[0].open_button, Qt.Key.Key_Return)
    assert signal.args == ["8100000000000001"]
    assert dialog.isVisible()


def test_ok_closes(qtbot: QtBot) -> None:
    dialog = make(qtbot, StartupReport(SINCE, NOW, CROSSED, CLOSE))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.result() == StartupReportDialog.DialogCode.Accepted


def test_escape_closes(qtbot: QtBot) -> None:
    dialog = make(qtbot, StartupReport(SINCE, NOW, CROSSED, CLOSE))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_every_open_button_has_an_accessible_name_with_its_order(qtbot: QtBot) -> None:
    dialog = make(qtbot, StartupReport(SINCE, NOW, CROSSED, CLOSE))
    assert [row.open_button.accessibleName() for row in dialog.rows] == [
        f"Open order {i.order}" for i in (*CROSSED, *CLOSE)
    ]


def test_a_very_long_report_shows_the_first_rows_and_counts_the_rest(qtbot: QtBot) -> None:
    many = tuple(
        item(f"81{n:014d}", DeadlineKind.SHIP_BY, NOW - timedelta(minutes=n)) for n in range(MAX_ROWS + 5)
    )
    dialog = make(qtbot, StartupReport(SINCE, NOW, many, ()))
    assert len(dialog.rows) == MAX_ROWS
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("5 more" in text for text in texts)


def test_an_import_killed_last_time_is_in_the_startup_report(qtbot: QtBot, tmp_path: Path) -> None:
    """A kill during an import: the next start says so (nothing of it was saved)."""
    data = tmp_path / "data"
    (data / ".run").mkdir(parents=True)
    # What a killed import leaves: its activity lock, which no live process holds any more.
    mark = data / ".run" / "import-999999-0abc.lock"
    mark.write_text(json.dumps({"kind": "import", "pid": 999999, "detail": "orders.csv"}) + "\n", "utf-8")
    clock = FrozenClock(NOW)
    services = open_services(data, clock)
    rows = services.listing.rows(int(NOW.timestamp())).rows  # opening the data cleans up after the kill
    assert not mark.exists()
    window = MainWindow(services, clock, rows, QSettings(str(tmp_path / "l.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    try:
        window.after_first_paint()
        qtbot.waitUntil(lambda: window.startup_report_dialog is not None, timeout=20_000)
        dialog = window.startup_report_dialog
        assert isinstance(dialog, StartupReportDialog)
        (label,) = dialog.interrupted_labels
        assert "import of orders.csv" in label.text() and "Nothing of it was saved" in label.text()
        assert "left unfinished" in dialog.findChildren(QLabel)[0].text()
        # Shown once: the next start says nothing more about it.
        assert services.take_interrupted() == []
    finally:
        window.tasks.wait()
        services.close()
