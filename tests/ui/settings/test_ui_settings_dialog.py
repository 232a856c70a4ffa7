"""The settings dialog: every rule value with its source and confidence, saved in the background."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox
from pytestqt.qtbot import QtBot

from app.clock import FrozenClock
from app.domain.model import DeadlineKind
from app.services.orders import OrderService
from app.services.views import NewEvent, NewOrder
from ui.common.tasks import TaskRunner
from ui.settings.dialog import SettingsDialog

KEY = "cancel_auto_approve_hours"
CONFIDENCE_NAMES = {"official": "official", "help-centre": "help centre", "guide": "guide"}


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.wait()


@pytest.fixture
def dialog(qtbot: QtBot, service: OrderService, runner: TaskRunner) -> SettingsDialog:
    widget = SettingsDialog(service, runner)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def cancel_requested_order(service: OrderService, clock: FrozenClock) -> str:
    now = clock.now()
    service.add_order(
        NewOrder("8100000000000001", "Store", "Lamp", Decimal("9.99"), "USD", paid_at=now - timedelta(days=3))
    )
    service.record_event("8100000000000001", NewEvent("cancel-requested", at=now - timedelta(hours=1)))
    return "8100000000000001"


def auto_approve_due(service: OrderService, number: str) -> datetime:
    [due] = [d.due for d in service.show(number).deadlines if d.kind is DeadlineKind.CANCEL_AUTO_APPROVE]
    return due


def type_into(qtbot: QtBot, spin: QAbstractSpinBox, text: str) -> None:
    """Select the number and type over it, then leave the field, as a user does."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Tab)


def apply(qtbot: QtBot, dialog: SettingsDialog) -> None:
    with qtbot.waitSignal(dialog.rules_changed, timeout=10_000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)


def test_every_rule_is_shown_with_its_source_and_confidence(
    dialog: SettingsDialog, service: OrderService
) -> None:
    # Every rule but the reminders' lead times, which the Reminders page edits.
    rules = [rule for rule in service.rules.values() if rule.key != "reminder_leads"]
    assert len(rules) >= 16
    assert list(dialog.rows) == [rule.key for rule in rules]
    for rule in rules:
        row = dialog.rows[rule.key]
        assert row.title.text() == rule.label
        assert rule.source in row.source.text()
        assert CONFIDENCE_NAMES[rule.confidence] in row.confidence.text()
        assert row.confidence.toolTip()  # what the confidence level means
        assert row.editor.value() == rule.value
        assert not row.marker.isVisible() and not row.reset_button.isEnabled()
    assert not dialog.apply_button.isEnabled()


def test_editors_fit_the_value_type(dialog: SettingsDialog) -> None:
    hours = dialog.rows[KEY].editor
    assert hours.spin is not None and hours.spin.suffix() == " hours"
    assert dialog.rows["cancel_during_payment_check"].editor.check is not None
    assert dialog.rows["order_page_timezone"].editor.zone is not None
    assert set(dialog.rows["refund_business_days"].editor.ranges) == {
        "card",
        "paypal",
        "wallet",
        "balance",
        "other",
    }


def test_changing_a_value_stores_it_and_moves_the_deadlines(
    qtbot: QtBot, dialog: SettingsDialog, service: OrderService, clock: FrozenClock
) -> None:
    number = cancel_requested_order(service, clock)
    before = auto_approve_due(service, number)
    row = dialog.rows[KEY]
    assert row.editor.spin is not None
    type_into(qtbot, row.editor.spin, "72")
    assert row.marker.isVisible() and "48 hours" in row.marker.text()
    assert dialog.apply_button.isEnabled()
    apply(qtbot, dialog)
    assert service.rules.profile()[KEY] == 72
    assert auto_approve_due(service, number) - before == timedelta(hours=24)
    assert row.marker.isVisible() and row.reset_button.isEnabled()
    assert not dialog.apply_button.isEnabled()  # nothing left to save
    assert not dialog.progress.isVisible()


def test_reset_to_default_restores_48(
    qtbot: QtBot, dialog: SettingsDialog, service: OrderService, clock: FrozenClock
) -> None:
    number = cancel_requested_order(service, clock)
    before = auto_approve_due(service, number)
    row = dialog.rows[KEY]
    assert row.editor.spin is not None
    type_into(qtbot, row.editor.spin, "72")
    apply(qtbot, dialog)
    qtbot.mouseClick(row.reset_button, Qt.MouseButton.LeftButton)
    assert row.editor.spin.value() == 48
    assert not row.marker.isVisible()
    apply(qtbot, dialog)
    assert service.rules.profile()[KEY] == 48
    assert not service.rules.profile().values[KEY].overridden
    assert auto_approve_due(service, number) == before
    assert not row.marker.isVisible() and not row.reset_button.isEnabled()


def test_only_changed_values_are_saved(
    qtbot: QtBot, dialog: SettingsDialog, service: OrderService, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    original = service.rules.set_many
    monkeypatch.setattr(service.rules, "set_many", lambda values: calls.extend(values) or original(values))
    qtbot.mouseClick(dialog.rows["cancel_during_payment_check"].editor.check, Qt.MouseButton.LeftButton)
    apply(qtbot, dialog)
    assert calls == ["cancel_during_payment_check"]
    assert service.rules.profile()["cancel_during_payment_check"] is True


def test_a_range_per_payment_method(qtbot: QtBot, dialog: SettingsDialog, service: OrderService) -> None:
    low, high = dialog.rows["refund_business_days"].editor.ranges["card"]
    type_into(qtbot, high, "25")
    apply(qtbot, dialog)
    assert service.rules.profile()["refund_business_days"]["card"] == {"min": 3, "max": 25}
    type_into(qtbot, low, "30")  # more than the maximum: not taken, the range never turns upside down
    assert low.maximum() == high.value() == 25 and low.value() <= 25


def test_ok_saves_and_closes(qtbot: QtBot, dialog: SettingsDialog, service: OrderService) -> None:
    spin = dialog.rows["escalation_days"].editor.spin
    assert spin is not None
    type_into(qtbot, spin, "7")
    with qtbot.waitSignal(dialog.rules_changed, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert service.rules.profile()["escalation_days"] == 7


def test_ok_without_changes_closes_without_reloading(qtbot: QtBot, dialog: SettingsDialog) -> None:
    with qtbot.assertNotEmitted(dialog.rules_changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_cancel_and_escape_save_nothing(qtbot: QtBot, dialog: SettingsDialog, service: OrderService) -> None:
    spin = dialog.rows[KEY].editor.spin
    assert spin is not None
    type_into(qtbot, spin, "72")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert service.rules.profile()[KEY] == 48


def test_a_refusal_is_shown_in_the_dialog_and_nothing_is_lost(
    qtbot: QtBot, dialog: SettingsDialog, service: OrderService, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
        return {}, dict.fromkeys(values, "Silent seller: that can't be right")

    monkeypatch.setattr(service.rules, "set_many", refuse)
    row = dialog.rows[KEY]
    assert row.editor.spin is not None
    type_into(qtbot, row.editor.spin, "72")
    with qtbot.assertNotEmitted(dialog.rules_changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: row.error.isVisible())
    assert "that can't be right" in row.error.text()
    assert "could not be saved" in dialog.message.text()
    assert dialog.isVisible()  # OK did not close it
    assert row.editor.spin.value() == 72 and dialog.apply_button.isEnabled()
    assert service.rules.profile()[KEY] == 48


def test_saving_shows_progress_and_keeps_the_dialog_open_until_done(
    qtbot: QtBot, dialog: SettingsDialog, service: OrderService, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    original = service.rules.set_many

    def slow_set(values: dict[str, Any]) -> Any:
        release.wait(10)
        return original(values)

    monkeypatch.setattr(service.rules, "set_many", slow_set)
    spin = dialog.rows[KEY].editor.spin
    assert spin is not None
    type_into(qtbot, spin, "72")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    try:
        assert dialog.progress.isVisible()
        assert not dialog.apply_button.isEnabled() and not dialog.ok_button.isEnabled()
        assert not dialog.rows[KEY].isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible()  # still saving: Esc waits
    finally:
        with qtbot.waitSignal(dialog.rules_changed, timeout=10_000):
            release.set()
    assert not dialog.progress.isVisible() and dialog.rows[KEY].isEnabled()
    assert service.rules.profile()[KEY] == 72


def test_every_editor_and_button_has_an_accessible_name(dialog: SettingsDialog) -> None:
    for row in dialog.rows.values():
        editor = row.editor
        widgets = [editor.check, editor.spin, *(w for pair in editor.ranges.values() for w in pair)]
        assert all(w.accessibleName() for w in widgets if w is not None)
        assert row.reset_button.accessibleName().startswith("Reset ")


def test_ranges_read_as_sentences_with_the_unit_after_both_numbers(dialog: SettingsDialog) -> None:
    from PySide6.QtWidgets import QLabel

    from ui.settings.rules import value_text

    row = dialog.rows["refund_business_days"]
    labels = [label.text() for label in row.editor.findChildren(QLabel)]
    assert "to" in labels and "business days" in labels and "–" not in labels
    low, high = row.editor.ranges["balance"]
    assert (low.suffix(), high.suffix()) == ("", "")  # no "0 – 1 business days"
    text = value_text(row.rule, {"balance": {"min": 0, "max": 1}, "card": {"min": 3, "max": 20}})
    assert text == "Balance: up to 1 business day; Card: 3 to 20 business days"
    assert value_text(row.rule, {"card": {"min": 5, "max": 5}}) == "Card: 5 business days"


def test_confidence_is_plain_text_and_the_intro_keeps_off_the_frame(
    qtbot: QtBot, service: OrderService, runner: TaskRunner, clock: FrozenClock
) -> None:
    from PySide6.QtWidgets import QFrame, QLabel

    from app.services.backup import BackupService

    service.add_order(NewOrder("8100000000000001", "Store", "Lamp", Decimal("9.99"), "USD"))
    backups = BackupService(service.store.data_dir.root, clock)
    tabbed = SettingsDialog(service, runner, backups=backups)
    qtbot.addWidget(tabbed)
    tabbed.show()
    qtbot.waitExposed(tabbed)
    for row in tabbed.rows.values():
        assert row.confidence.frameShape() == QFrame.Shape.NoFrame  # not a sunken, button-like tag
    intro = next(
        label for label in tabbed.findChildren(QLabel) if label.text().startswith("Deadlines are worked")
    )
    assert intro.x() >= 6 and intro.y() >= 6  # margins inside the tab page


def test_values_whose_newer_sources_disagree_show_each_source_with_the_one_in_use_marked(
    qtbot: QtBot, dialog: SettingsDialog
) -> None:
    for key, used, other in (
        ("escalation_days", "16 days", "7 days"),
        ("not_received_earliest_days", "11 days", "10 days"),
    ):
        row = dialog.rows[key]
        assert row.sources is not None and row.sources.isVisible()
        texts = [label.text() for _source, label in row.sources.lines]
        assert len(texts) == 2 and all(any(year in t for year in ("2019", "2024")) for t in texts)
        [chosen] = [t for t in texts if t.startswith("✓")]
        assert used in chosen and "(in use)" in chosen
        assert any(other in t and not t.startswith("✓") for t in texts)
    # Choosing the newer value moves the mark as it is typed.
    row = dialog.rows["escalation_days"]
    assert row.editor.spin is not None and row.sources is not None
    type_into(qtbot, row.editor.spin, "7")
    [chosen] = [label.text() for _source, label in row.sources.lines if label.text().startswith("✓")]
    assert "7 days" in chosen and "2024" in chosen
    # A value with one source shows it with its date, no list.
    single = dialog.rows["seller_response_days"]
    assert single.sources is None and "(2021)" in single.source.text()


def test_the_order_page_zone_is_chosen_by_name_and_saved(
    qtbot: QtBot, dialog: SettingsDialog, service: OrderService
) -> None:
    zone = dialog.rows["order_page_timezone"].editor.zone
    assert zone is not None and zone.value() == "local"
    assert "this computer's time zone" in zone.currentText()
    zone.setFocus()
    zone.set_value("America/Los_Angeles")
    assert zone.currentText() == "America/Los_Angeles"
    apply(qtbot, dialog)
    assert service.rules.profile()["order_page_timezone"] == "America/Los_Angeles"
    assert str(service.rules.profile().order_page_zone()) == "America/Los_Angeles"


def test_an_unknown_zone_is_refused_next_to_its_row(
    qtbot: QtBot, dialog: SettingsDialog, service: OrderService
) -> None:
    row = dialog.rows["order_page_timezone"]
    assert row.editor.zone is not None
    row.editor.zone.setEditText("Mars/Olympus_Mons")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(row.error.isVisible, timeout=10_000)
    assert "unknown time zone" in row.error.text()
    assert service.rules.profile()["order_page_timezone"] == "local"
