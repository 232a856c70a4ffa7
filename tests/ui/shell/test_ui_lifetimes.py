"""No long-lived object calls into a widget that is gone.

The window, its task runner, the evidence desk, the order commands, the list's timer and the
application live as long as the session; dialogs, guides and galleries come and go. Open, close
and reopen each of them several times (closing some while their work is still running), then
fire every signal of the long-lived objects and run their timers: nothing may raise ("Internal
C++ object already deleted"), log an error or pop up a message."""

from __future__ import annotations

import threading
from datetime import timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QMetaMethod, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWizard

from app.domain.views import View
from app.services.report import startup_report
from app.services.views import NewOrder
from ui.evidence.gallery import open_gallery
from ui.files.import_dialog import ImportDialog
from ui.files.paste_order import PasteOrderDialog
from ui.wizards.dispute.flow import EVIDENCE
from ui.wizards.dispute.wizard import DisputeWizard

from .session import Session, add_shipped_order, photo

SHIPPED = "8100000000000001"
PAID = "8100000000000002"
PAGE = """Awaiting delivery
Order number: {number}
Order time: 2026-02-21 10:22
Store: Gadget Store
USB-C Cable
US $5.99 x1
Total: US $5.99
"""


def own_signals(obj: QObject) -> list[str]:
    """The signals ``obj``'s own Python class declares (not Qt's)."""
    meta = obj.metaObject()
    names = []
    for i in range(meta.methodOffset(), meta.methodCount()):
        method = meta.method(i)
        if method.methodType() == QMetaMethod.MethodType.Signal:
            names.append(bytes(method.name().data()).decode())
    return names


def block_writer(s: Session) -> threading.Event:
    """Hold the window's writer thread until the event is set: work queued behind it waits."""
    release = threading.Event()
    s.window.tasks.run(release.wait, _ignore, writes=True, owner=s.window)
    return release


def _ignore(_result: object) -> None:
    pass


def drive_dispute_to_evidence(wizard: DisputeWizard) -> int:
    page = wizard.reason_page
    page.received.click()
    page.reason_buttons["damaged"].click()
    while wizard.currentId() != EVIDENCE:
        wizard.next()
        QApplication.processEvents()
    assert wizard.evidence_page.evidence_box is not None
    wizard.reject()
    return 0


def open_and_close_everything(s: Session, round_: int) -> None:
    window, commands = s.window, s.window.order_commands
    number = f"810000000000077{round_}"
    commands.new_order()
    commands.edit(SHIPPED)
    commands.record(SHIPPED, "delivered")
    commands.cancel(PAID)
    commands.dispute(SHIPPED)
    window.open_settings()

    # The paste dialog closed while its order is still being added.
    window.imports.paste_order()
    paste = window.imports.dialog
    assert isinstance(paste, PasteOrderDialog)
    paste.text.setPlainText(PAGE.format(number=number))
    paste.recognize()
    release = block_writer(s)
    paste.add_button.click()
    paste.close()
    s.settle_deleted()
    release.set()
    s.settle()
    s.service.trash(number)

    # The import dialog closed before its preview came.
    release = block_writer(s)
    window.imports.import_files([s.folder.parent / "orders.csv"])
    dialog = window.imports.dialog
    assert isinstance(dialog, ImportDialog)
    dialog.close()
    s.settle_deleted()
    release.set()
    s.settle()

    window.open_order(SHIPPED)
    strip = window.detail_panel.evidence_strip()
    assert strip is not None
    open_gallery(window.evidence.desk, SHIPPED).close()
    for action in (window.help_actions.guide_action, window.help_actions.shortcuts_action):
        action.trigger()
    for dialog in list(window.help_actions.dialogs.values()):
        dialog.close()
    report = startup_report(s.service, s.clock.now() - timedelta(days=30), s.clock.now())
    window.show_startup_report(report)
    assert window.startup_report_dialog is not None
    window.startup_report_dialog.close()
    window.startup_report_dialog.deleteLater()
    # The detail panel shows another order and back: its buttons are built again.
    window.open_order(PAID)
    window.open_order(SHIPPED)
    window.data_replaced(changed=False)
    s.settle()


def fire_every_long_lived_signal(s: Session) -> None:
    window = s.window
    desk = window.evidence.desk
    now = int(s.clock.now().timestamp())
    fired: dict[QObject, dict[str, tuple[Any, ...]]] = {
        desk: {"changed": (SHIPPED,), "busy_changed": (True,), "notice": ("A notice",)},
        desk.attacher: {"attached": (SHIPPED, []), "busy_changed": (False,), "started": ("Adding…",)},
        desk.loader: {"ready": ("0" * 64, 72)},
        window.order_commands: {"orders_changed": ([SHIPPED],), "order_added": (PAID,)},
        window.samples: {"busy_changed": (False,), "changed": ()},
        window.list_panel: {
            "current_order_changed": (SHIPPED,),
            "open_requested": (SHIPPED,),
            "delete_requested": ([],),
            "ticked": (now,),
        },
        window.detail_panel: {
            "record_requested": (SHIPPED, "note"),
            "edit_requested": (SHIPPED,),
            "cancel_guide_requested": (PAID,),
            "order_changed": (SHIPPED,),
            "deadline_passed": (SHIPPED,),
        },
    }
    # Signals the table leaves out, with the reason (their effect is a dialog or a popup menu).
    left_out = {
        (window.list_panel, "context_menu_requested"),
        (window.list_panel, "files_dropped"),
        (window.detail_panel, "trash_requested"),
        (window.detail_panel, "restore_requested"),
    }
    for obj, signals in fired.items():
        missing = [name for name in own_signals(obj) if name not in signals and (obj, name) not in left_out]
        assert not missing, f"{type(obj).__name__} has signals this test doesn't fire: {missing}"
        for name, args in signals.items():
            getattr(obj, name).emit(*args)
            s.settle()
    window._minute.timeout.emit()
    window.list_panel.tick()
    window.undo_stack.indexChanged.emit(0)
    QGuiApplication.clipboard().setText("clipboard changed")
    s.settle()


def test_dialogs_opened_and_closed_again_leave_nothing_that_long_lived_signals_reach(
    session: Session,
) -> None:
    s = session
    add_shipped_order(s.service, s.clock, SHIPPED)
    paid = s.clock.now() - timedelta(days=1)
    s.service.add_order(NewOrder(PAID, "Store", "Lamp", Decimal("5.00"), "USD", paid, paid, "card", 7))
    (s.folder.parent / "orders.csv").write_text("Order Date,Order ID\n", "utf-8")
    s.window.reload()
    s.settle()
    s.window.list_panel.set_view(View.ALL)
    s.on_exec[DisputeWizard] = drive_dispute_to_evidence
    s.on_exec[QWizard] = _close
    for round_ in range(3):
        open_and_close_everything(s, round_)
    fire_every_long_lived_signal(s)

    # The buyer's own way in: Order → Evidence → Add photos…, after all of the above.
    s.window.open_order(SHIPPED)
    s.expect("ask_evidence_paths", [photo(s.folder, "box.jpg")])
    s.window.evidence.add_action.trigger()
    s.qtbot.waitUntil(lambda: s.window.evidence.desk.count(SHIPPED) == 1, timeout=10_000)
    s.settle()
    assert "DisputeWizard" in s.executed and "OrderEditorDialog" in s.executed


def _close(wizard: QWizard) -> int:
    wizard.reject()
    return 0


def test_a_closed_paste_dialog_is_not_called_when_its_order_has_been_added(session: Session) -> None:
    s = session
    s.window.imports.paste_order()
    paste = s.window.imports.dialog
    assert isinstance(paste, PasteOrderDialog)
    paste.text.setPlainText(PAGE.format(number="8100000000000777"))
    paste.recognize()
    release = block_writer(s)
    s.qtbot.mouseClick(paste.add_button, Qt.MouseButton.LeftButton)
    paste.close()
    s.settle_deleted()
    release.set()
    s.settle()
    assert s.service.show("8100000000000777").store == "Gadget Store"  # added all the same
