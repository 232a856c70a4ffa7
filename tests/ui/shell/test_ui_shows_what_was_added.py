"""After adding, pasting or importing, the window shows what was added, selected: in a view that
holds it (not "Needs attention (0)"), with a search that hid it cleared, in the detail panel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from app.domain.views import View
from ui.files.import_dialog import ImportDialog
from ui.files.paste_order import PasteOrderDialog
from ui.orders.editor import OrderEditorDialog

from .session import Session, add_shipped_order

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def fill_and_add(editor: OrderEditorDialog) -> int:
    editor.number.setText("8196543210987654")
    editor.store.setText("Tiny Gadgets Store")
    editor.title_edit.setText("USB-C cable")
    editor.total.setText("12.34")
    editor.paid.setChecked(False)  # not paid yet: nothing due within 48 hours
    editor._edited("number")
    editor.accept()
    return int(QDialog.DialogCode.Accepted) if editor.result() == QDialog.DialogCode.Accepted else 0


def test_the_first_order_added_is_shown_and_selected(session: Session) -> None:
    s = session
    assert s.window.stack.currentWidget() is s.window.empty_state
    s.on_exec[OrderEditorDialog] = fill_and_add
    s.window.empty_state.add_requested.emit()
    s.qtbot.waitUntil(lambda: s.window.list_panel.current_number() == "8196543210987654", timeout=10_000)
    panel = s.window.list_panel
    assert panel.current_view() is View.AWAITING_PAYMENT  # its own view, not "Needs attention (0)"
    assert s.window.stack.currentWidget() is not s.window.empty_state
    assert s.window.detail_panel.number() == "8196543210987654"


def test_a_pasted_order_is_selected_in_place_of_the_previous_one(session: Session) -> None:
    s = session
    add_shipped_order(s.service, s.clock, "8100000000000001")
    s.window.reload()
    s.settle()
    s.window.list_panel.set_view(View.ALL)
    s.window.list_panel.select_number("8100000000000001")
    s.window.list_panel.search.setText("Item 8100000000000001")  # a search the new order doesn't match
    s.window.imports.paste_order()
    paste = s.window.imports.dialog
    assert isinstance(paste, PasteOrderDialog)
    paste.text.setPlainText((FIXTURES / "pages" / "en-awaiting-shipment.txt").read_text("utf-8"))
    paste.recognize()
    paste.add()
    s.qtbot.waitUntil(lambda: s.window.list_panel.current_number() == "3051234567890123", timeout=10_000)
    assert s.window.list_panel.search.text() == ""
    assert s.window.list_panel.selected_numbers() == ["3051234567890123"]
    assert s.window.detail_panel.number() == "3051234567890123"


def test_imported_orders_are_shown_selected_in_a_view_that_holds_them_all(session: Session) -> None:
    s = session
    add_shipped_order(s.service, s.clock, "8100000000000001")
    s.window.reload()
    s.settle()
    s.window.list_panel.set_view(View.NEEDS_ATTENTION)
    s.window.imports.import_files([FIXTURES / "imports" / "shopper-sample.csv"])
    dialog = s.window.imports.dialog
    assert isinstance(dialog, ImportDialog)
    s.qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    added = [entry.order for entry in dialog._plan.entries if entry.action == "add"]  # type: ignore[union-attr]
    dialog.start_import()
    s.qtbot.waitUntil(lambda: sorted(s.window.list_panel.selected_numbers()) == sorted(added), timeout=10_000)
    assert s.window.list_panel.current_view() is View.ALL  # they are in different status views
    assert s.window.list_panel.current_number() == added[0]


def test_opening_an_order_from_elsewhere_shows_it_in_the_list_too(session: Session) -> None:
    s = session
    add_shipped_order(s.service, s.clock, "8100000000000001")
    s.window.reload()
    s.settle()
    s.window.list_panel.set_view(View.TRASH)
    s.window.open_order("8100000000000001")
    assert s.window.list_panel.current_view() is View.IN_TRANSIT
    assert s.window.list_panel.current_number() == "8100000000000001"
