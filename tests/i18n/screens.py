"""Every window, dialog and wizard page of the app, opened the way the buyer meets them, for the
layout tests in a pseudo locale. ``SCREENS`` maps a name to a generator that builds the screen
on a ``World`` (the app's data and main window), shows it at its default size and yields each
state worth looking at as (state, top-level widget); it closes what it opened when resumed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from app.domain.actions import action_for
from app.domain.model import DeadlineKind, Status
from app.services.report import ReportItem, StartupReport
from tests.i18n.world import NOW, World, dispose, no_systemctl, settle
from ui.evidence.gallery import open_gallery
from ui.evidence.trash import EvidenceTrashDialog
from ui.files.backup_progress import BackupProgressDialog
from ui.files.import_dialog import ImportDialog
from ui.files.paste_order import PasteOrderDialog
from ui.insights.tabs import STATISTICS, STORES
from ui.orders.editor import OrderEditorDialog
from ui.orders.event_dialog import EventDialog
from ui.orders.event_fields import KIND_FIELDS
from ui.reminders.autostart import XdgAutostart
from ui.reminders.schedule import SystemdTimer
from ui.settings.dialog import SettingsDialog
from ui.settings.reminders_page import ReminderSetup
from ui.shell.about import AboutDialog, about_facts
from ui.shell.crash_dialog import CrashDialog
from ui.shell.main_window import MainWindow
from ui.shell.shortcuts_dialog import ShortcutsDialog
from ui.shell.startup_report import StartupReportDialog
from ui.shell.user_guide import UserGuideWindow
from ui.wizards.cancel.wizard import CancelWizard
from ui.wizards.dispute.wizard import DisputeWizard

IMPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
PAGE = """Awaiting delivery
Closes in: 23 d 14:22:10
Order number: 8123456789012345 Copy
Order time: Feb 21, 2026 10:22
Payment method: Visa
USB-C Cable 2m 100W
US $5.99 x2
Total: US $11.98
Tracking number: LP00123456789CN
"""

States = Iterator[tuple[str, QWidget]]


# -- the screens --------------------------------------------------------------------------------


def main_window(world: World) -> States:
    window = world.window
    window.open_order(world.case)
    settle()
    yield "a dispute escalated (the case section)", window
    window.open_order(world.evidence)
    window.detail_panel.reveal_evidence()
    settle()
    yield "an order with photos", window
    window.insights.actions[STATISTICS].trigger()
    settle()
    yield "statistics", window
    window.insights.actions[STORES].trigger()
    settle()
    yield "stores", window
    window.insights.actions[0].trigger()


def empty_main_window(world: World) -> States:
    from app.services import open_services  # a second, empty data folder: only this screen

    services = open_services(world.folder / "empty", world.clock)
    settings = QSettings(str(world.folder / "empty-layout.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, world.clock, [], settings)
    window.show()
    window.after_first_paint()
    settle()
    try:
        yield "the welcome of an empty list", window
    finally:
        window.close()
        window.tasks.wait()
        dispose(window)
        services.close()


def settings(world: World) -> States:
    setup = ReminderSetup(
        services=world.services,
        settings=QSettings(str(world.folder / "reminders.ini"), QSettings.Format.IniFormat),
        autostart=XdgAutostart(world.folder / "home", {}),
        timer=SystemdTimer(world.folder / "home", {}, no_systemctl),
        app_command=["/opt/dispute-desk/dispute-desk"],
        tray_available=True,
        calendar_path=str(world.folder / "calendar" / "dispute-desk-deadlines.ics"),
        set_calendar=lambda _on: None,
        calendar_enabled=False,
    )
    window = world.window
    dialog = SettingsDialog(
        world.services.orders,
        window.tasks,
        window,
        backups=window.backups.service(),
        reminders=setup,
        insights=world.services.insights,
    )
    dialog.show()
    assert dialog.tabs is not None
    try:
        for index in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(index)
            window.tasks.wait()
            settle()
            yield f"tab {index + 1}", dialog
    finally:
        dialog.reject()
        window.tasks.wait()
        dispose(dialog)


def cancel_wizard(world: World) -> States:
    wizard = CancelWizard(world.services.orders, world.clock, world.cancel, world.window)
    wizard.show()
    reasons = list(wizard.situation_page.reason_buttons)
    try:
        yield "situation", wizard
        for reason in reasons:
            wizard.restart()
            wizard.situation_page.reason_buttons[reason].setChecked(True)
            wizard.next()
            settle()
            yield f"verdict for {reason}", wizard
            if reason == "changed_mind":
                for page in ("message", "what you did"):
                    wizard.next()
                    settle()
                    yield page, wizard
    finally:
        dispose(wizard)


def dispute_wizard(world: World) -> States:
    wizard = DisputeWizard(
        world.services.orders, world.clock, world.dispute, world.window, evidence=world.window.evidence.desk
    )
    wizard.show()
    try:
        page = wizard.reason_page
        page.not_received.setChecked(True)
        page.reason_buttons["tracking_stalled"].setChecked(True)
        settle()
        yield "reason", wizard
        for name in ("eligibility", "evidence", "refund", "text", "confirm"):
            wizard.next()
            settle()
            yield name, wizard
        wizard.restart()
        wizard.reason_page.received.setChecked(True)
        settle()
        yield "reasons for a parcel that came", wizard
    finally:
        dispose(wizard)
    wizard = DisputeWizard(world.services.orders, world.clock, world.two_items, world.window)
    wizard.show()
    settle()
    try:
        yield "which of two items", wizard
    finally:
        dispose(wizard)


def order_editor(world: World) -> States:
    for number in (None, world.evidence):
        dialog = OrderEditorDialog(world.services.orders, world.clock, world.window, number=number)
        dialog.show()
        settle()
        try:
            yield ("a new order" if number is None else "an order to edit"), dialog
        finally:
            dispose(dialog)


def event_dialogs(world: World) -> States:
    for kind in KIND_FIELDS:
        dialog = EventDialog(world.services.orders, world.clock, world.case, kind, world.window)
        dialog.show()
        settle()
        try:
            yield kind, dialog
        finally:
            dispose(dialog)


def paste_order(world: World) -> States:
    tasks = world.window.tasks
    dialog = PasteOrderDialog(lambda: world.services.imports, tasks, world.clock, world.window)
    dialog.show()
    try:
        yield "empty", dialog
        dialog.text.setPlainText(PAGE)
        dialog.recognize()
        tasks.wait()
        settle()
        yield "recognized", dialog
    finally:
        dialog.reject()
        tasks.wait()
        dispose(dialog)


def import_dialog(world: World) -> States:
    tasks = world.window.tasks
    dialog = ImportDialog(lambda: world.services.imports, tasks, [], world.window)
    dialog.show()
    try:
        yield "no file", dialog
        dialog.set_paths([IMPORTS / "shopper-sample.csv"])
        for _ in range(500):
            tasks.wait(10)
            settle()
            if dialog.model.rowCount():
                break
        yield "a preview", dialog
    finally:
        dialog.reject()
        tasks.wait()
        dispose(dialog)


def evidence_dialogs(world: World) -> States:
    desk = world.window.evidence.desk
    gallery = open_gallery(desk, world.evidence)
    desk.wait(5000)
    settle()
    try:
        yield "gallery", gallery
    finally:
        gallery.close()
    trash = EvidenceTrashDialog(desk, world.evidence, world.window)
    trash.show()
    settle()
    try:
        yield "trash", trash
    finally:
        dispose(trash)


def backup_progress(world: World) -> States:
    dialog = BackupProgressDialog(
        world.window,
        world.translated("Restore from backup"),
        world.translated("Restoring %1…").replace("%1", "dispute-desk-2026-11-27.zip"),
    )
    dialog.show()
    settle()
    try:
        yield "restoring", dialog
    finally:
        dispose(dialog)


def help_windows(world: World) -> States:
    window = world.window
    dialogs: list[Callable[[], QWidget]] = [
        lambda: AboutDialog(about_facts(world.services), window),
        lambda: ShortcutsDialog(window, window),
        lambda: UserGuideWindow(window),
    ]
    for make in dialogs:
        dialog = make()
        dialog.show()
        settle()
        try:
            yield type(dialog).__name__, dialog
        finally:
            dispose(dialog)


def startup_report(world: World) -> States:
    def item(order: str, kind: DeadlineKind, due: datetime, status: Status) -> ReportItem:
        return ReportItem(order, kind, due, action_for(kind, status))

    report = StartupReport(
        NOW - timedelta(days=3),
        NOW,
        (
            item(world.cancel, DeadlineKind.SHIP_BY, NOW - timedelta(days=2), Status.AWAITING_SHIPMENT),
            item(
                world.case,
                DeadlineKind.CANCEL_AUTO_APPROVE,
                NOW - timedelta(hours=5),
                Status.AWAITING_SHIPMENT,
            ),
        ),
        (item(world.dispute, DeadlineKind.PROTECTION_ENDS, NOW + timedelta(hours=30), Status.IN_TRANSIT),),
    )
    dialog = StartupReportDialog(report, world.window)
    dialog.show()
    settle()
    try:
        yield "crossed and came close", dialog
    finally:
        dispose(dialog)


def crash_dialog(world: World) -> States:
    report = "Traceback (most recent call last):\n  File ...\nRuntimeError: a sample failure"
    dialog = CrashDialog(
        world.translated("What failed: %1").replace("%1", "RuntimeError"), report, world.folder
    )
    dialog.show()
    settle()
    try:
        yield "an unexpected error", dialog
    finally:
        dispose(dialog)


SCREENS: dict[str, Callable[[World], States]] = {
    "main window": main_window,
    "empty main window": empty_main_window,
    "settings": settings,
    "cancel wizard": cancel_wizard,
    "dispute wizard": dispute_wizard,
    "order editor": order_editor,
    "event dialogs": event_dialogs,
    "paste order": paste_order,
    "import dialog": import_dialog,
    "evidence gallery and trash": evidence_dialogs,
    "backup progress": backup_progress,
    "about, shortcuts, guide": help_windows,
    "startup report": startup_report,
    "crash dialog": crash_dialog,
}
