"""Twenty minutes with Dispute Desk, as a buyer spends them, in the real main window.

From an empty data folder: add an order by hand, paste an order page, import a file, search,
walk through the cancel guide, open a dispute with photos added on the way, add photos from the
menu after the detail panel was rebuilt, correct a mistyped order number, move an order to the
trash and undo it, open the gallery, the settings and the help, make a case pack, export, resize
the window, let time pass, and close. Any log record at ERROR level, any exception in a slot and
any message box or file dialog the script didn't expect fails the test (tests/ui/shell/session.py).
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog

from app.domain.views import View
from ui.evidence.gallery import open_gallery
from ui.files.import_dialog import ImportDialog
from ui.files.paste_order import PasteOrderDialog
from ui.orders.editor import OrderEditorDialog
from ui.settings.dialog import SettingsDialog
from ui.wizards.cancel.flow import MESSAGE
from ui.wizards.cancel.wizard import CancelWizard
from ui.wizards.dispute.flow import CONFIRM, EVIDENCE, TEXT
from ui.wizards.dispute.wizard import DisputeWizard

from .session import Session, photo

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
TYPED = "8196543210987654"
PASTED = "8123456789012346"  # the Russian page
IMPORTED = "3065094845459913"  # one of the file's orders, paid and waiting for shipment


def add_by_hand(editor: OrderEditorDialog) -> int:
    QApplication.processEvents()
    editor.number.setText(TYPED + "12345")  # 21 digits, a paste gone wrong: said at once
    editor._edited("number")
    assert not editor.ok_button.isEnabled() and editor.number_msg.isVisible()
    editor.number.setText(TYPED)
    editor._edited("number")
    editor.store.setText("Tiny Gadgets Store")
    editor._edited("store")
    editor.title_edit.setText("USB-C cable 2 m")
    editor._edited("title")
    editor.total.setText("US $12.34")
    editor._total_edited("US $12.34")
    two_days_ago = editor._clock.now() - timedelta(days=2)  # paid two days ago: out of the payment check
    editor.ordered_at.set_value(two_days_ago)
    editor.paid_at.set_value(two_days_ago)
    editor.processing.mode.setCurrentIndex(editor.processing.DAYS)
    assert editor.processing.days.text() == "7 days"
    assert editor.ok_button.isEnabled(), editor.hint.text()
    editor.accept()
    return 1


def correct_the_number(editor: OrderEditorDialog) -> int:
    editor.number.setText("8196543210987655")
    editor._edited("number")
    editor.accept()
    return 1


def walk_the_cancel_guide(wizard: CancelWizard) -> int:
    wizard.situation_page.reason_buttons["changed_mind"].click()
    wizard.next()
    wizard.next()
    assert wizard.currentId() == MESSAGE
    wizard.message_page.copy()
    assert "below" not in " ".join(label.text() for label in wizard.verdict_page.step_labels)
    wizard.reject()  # changed my mind about cancelling: nothing is recorded
    return 0


class DisputeScript:
    """Open a dispute for a damaged item: photos added on the evidence page, the text copied."""

    def __init__(self, s: Session) -> None:
        self.s = s

    def __call__(self, wizard: DisputeWizard) -> int:
        s = self.s
        wizard.reason_page.received.click()
        wizard.reason_page.reason_buttons["damaged"].click()
        while wizard.currentId() != EVIDENCE:
            wizard.next()
        box = wizard.evidence_page.evidence_box
        assert box is not None
        s.expect("ask_evidence_paths", [photo(s.folder, "dent.jpg"), photo(s.folder, "box.jpg", "blue")])
        box.add_button.click()
        s.qtbot.waitUntil(lambda: "2" in box.count.text(), timeout=10_000)
        assert box.add_button.isEnabled()
        for check in wizard.evidence_page.checks:
            check.setChecked(True)
        wizard.next()
        wizard.refund_page.full.click()
        wizard.next()
        assert wizard.currentId() == TEXT
        text = wizard.text_page.draft.toPlainText()
        assert "I attach 2 photos or videos that show it." in text
        wizard.text_page.copy()
        s.expect("ask_yes_no", True)  # "[what is damaged]" is still to fill in: go on anyway
        wizard.next()
        assert wizard.currentId() == CONFIRM
        wizard.accept()
        return 1


def test_twenty_minutes_with_the_app(session: Session, tmp_path: Path) -> None:
    s = session
    window, panel = s.window, s.window.list_panel
    assert window.stack.currentWidget() is window.empty_state

    # An order typed in from the welcome page: shown and selected at once.
    s.on_exec[OrderEditorDialog] = add_by_hand
    window.empty_state.add_requested.emit()
    s.qtbot.waitUntil(lambda: panel.current_number() == TYPED, timeout=10_000)
    assert window.detail_panel.number() == TYPED
    s.clock.advance(timedelta(minutes=2))

    # An order page pasted, in Russian.
    window.imports.paste_action.trigger()
    paste = window.imports.dialog
    assert isinstance(paste, PasteOrderDialog)
    paste.text.setPlainText((FIXTURES / "pages" / "ru.txt").read_text("utf-8"))
    paste.recognize()
    assert paste.fields.countdown_kind.currentData() == "protection"
    paste.add_button.click()
    s.qtbot.waitUntil(lambda: panel.current_number() == PASTED, timeout=10_000)
    s.clock.advance(timedelta(minutes=2))

    # A file imported.
    window.imports.import_files([FIXTURES / "imports" / "shopper-sample.csv"])
    dialog = window.imports.dialog
    assert isinstance(dialog, ImportDialog)
    s.qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    dialog.start_import()
    s.qtbot.waitUntil(lambda: IMPORTED in panel.selected_numbers(), timeout=10_000)
    dialog.close()
    s.settle()

    # Searching: a match, then no match, then Escape.
    panel.focus_search()
    s.qtbot.keyClicks(panel.search, "cable")
    assert panel.model.rowCount() >= 1
    panel.search.setText("nothing like this")
    assert panel.model.rowCount() == 0
    s.qtbot.keyClick(panel.search, Qt.Key.Key_Escape)
    assert panel.search.text() == ""

    # The cancel guide on the order typed in, closed without recording anything.
    s.on_exec[CancelWizard] = walk_the_cancel_guide
    window.open_order(TYPED)
    window.main_actions.cancel_action.trigger()
    assert [e.kind for e in s.service.show(TYPED).timeline] == ["ordered", "paid"]
    s.clock.advance(timedelta(minutes=3))

    # A dispute on the pasted order, with photos added on the way.
    s.service.record_event(PASTED, _received())
    window.refresh_numbers([PASTED])
    window.open_order(PASTED)
    s.on_exec[DisputeWizard] = DisputeScript(s)
    window.main_actions.dispute_action.trigger()
    s.settle()
    assert s.service.show(PASTED).timeline[-1].kind == "dispute-opened"
    assert panel.current_view() in (View.ALL, View.DISPUTES, View.NEEDS_ATTENTION)

    # The detail panel is rebuilt (other orders, a restore-like reload), then photos from the menu.
    for number in (TYPED, IMPORTED, PASTED):
        window.open_order(number)
    window.data_replaced(changed=False)
    s.settle()
    window.open_order(PASTED)
    s.expect("ask_evidence_paths", [photo(s.folder, "label.jpg", "green")])
    window.evidence.add_action.trigger()
    s.qtbot.waitUntil(lambda: window.evidence.desk.count(PASTED) == 3, timeout=10_000)
    s.settle()
    strip = window.detail_panel.evidence_strip()
    assert strip is not None
    s.qtbot.waitUntil(lambda: strip.model.rowCount() == 3, timeout=10_000)
    open_gallery(window.evidence.desk, PASTED).close()
    s.clock.advance(timedelta(minutes=4))

    # A note, then the mistyped number corrected.
    window.open_order(TYPED)
    window.detail_panel._note_edit.setPlainText("The seller says it ships on Monday.")
    window.detail_panel._add_note.click()
    s.on_exec[OrderEditorDialog] = correct_the_number
    window.main_actions.edit_action.trigger()
    s.qtbot.waitUntil(lambda: panel.current_number() == "8196543210987655", timeout=10_000)
    assert window.detail_panel.number() == "8196543210987655"

    # The trash, and Ctrl+Z.
    window.main_actions.delete_action.trigger()
    assert s.service.show("8196543210987655").in_trash
    window.undo_stack.undo()
    assert not s.service.show("8196543210987655").in_trash
    s.clock.advance(timedelta(minutes=3))

    # Settings and help opened and closed.
    s.on_exec[SettingsDialog] = _close
    window.open_settings()
    window.help_actions.shortcuts_action.trigger()
    for dialog_open in list(window.help_actions.dialogs.values()):
        dialog_open.close()

    # A case pack and an export.
    window.open_order(PASTED)
    s.expect("ask_pack_folder", tmp_path / "packs")
    (tmp_path / "packs").mkdir()
    s.expect("ask_open_folder", False)
    window.evidence.pack_action.trigger()
    s.qtbot.waitUntil(lambda: not window.evidence._pack.is_running(), timeout=30_000)  # type: ignore[union-attr]
    assert list((tmp_path / "packs").glob("*/case.pdf"))
    s.expect("ask_save_path", tmp_path / "orders.csv")
    window.exports.actions["csv"].trigger()
    s.qtbot.waitUntil(lambda: (tmp_path / "orders.csv").exists(), timeout=10_000)

    # The window resized small and large; time passes; the countdowns and the minute timer run.
    for width, height in ((800, 600), (1600, 1000), (1280, 780)):
        window.resize(width, height)
        QApplication.processEvents()
        s.clock.advance(timedelta(minutes=2))
        panel.tick()
        window._minute.timeout.emit()
        s.settle()
    QGuiApplication.clipboard().setText("something else")
    s.settle()
    assert window.isVisible()
    window.close()
    s.settle()


def _received():  # type: ignore[no-untyped-def]
    from app.services.views import NewEvent  # the views module is light; kept by the step using it

    return NewEvent("received")


def _close(dialog: QDialog) -> int:
    dialog.reject()
    return 0
