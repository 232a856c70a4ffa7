"""The right-hand panel of the main window: one order's header, deadlines with live countdowns,
buttons for the events that make sense now, timeline and notes.

The panel asks the service for one order when it is shown and never on its own afterwards:
the main window's single timer calls :meth:`OrderDetailPanel.tick`, which only moves the
countdowns. Recording an event, editing and trashing are requested by signal; the main window
opens the dialog and shows the order again. Only a note is recorded here.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.clock import Clock
from app.domain.advice_cancel import offers_cancel_guide
from app.domain.errors import Refused
from app.domain.model import TIME_GUESSED, EventKind
from app.domain.timeutil import epoch
from app.services.views import NewEvent, OrderDetail
from ui.common import format as fmt
from ui.common.flow_layout import FlowLayout
from ui.common.resources import icon
from ui.detail.case_list import CaseList
from ui.detail.items import ItemsSection
from ui.detail.sections import SELECTABLE, DeadlineList, TimelineList, bold, clear_layout, wrapped
from ui.detail.texts import button_label, payment_text
from ui.evidence.strip import EvidenceStrip
from ui.insights.tracking_links import show_tracking

if TYPE_CHECKING:  # the service module imports SQLAlchemy: not before the first paint
    from app.services.orders import OrderService

_EMPTY_PAGE, _ORDER_PAGE = 0, 1


class OrderDetailPanel(QWidget):
    record_requested = Signal(str, str)  # order number, event kind (CLI name)
    record_item_requested = Signal(str, str, int)  # the same, about one item of the order
    edit_requested = Signal(str)
    cancel_guide_requested = Signal(str)
    trash_requested = Signal(str)
    restore_requested = Signal(str)
    order_changed = Signal(str)  # a note was recorded here: the list may want to refresh the row
    deadline_passed = Signal(str)  # a countdown crossed zero: status may have moved, show again

    def __init__(self, service: OrderService, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._clock = clock
        self._number: str | None = None
        self._evidence: EvidenceStrip | None = None  # set by the window (set_evidence_strip)
        self.setAccessibleName(self.tr("Order details"))

        self._stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)

        self._empty = QLabel(self.tr("Select an order to see its deadlines and history."))
        self._empty.setObjectName("emptyState")
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setMargin(24)
        self._stack.addWidget(self._empty)

        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Very narrow (the detail panel gives way first in a small window): scroll, never cut off.
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._scroll.viewport().setBackgroundRole(self.backgroundRole())
        self._stack.addWidget(self._scroll)

        body = QWidget()
        body.setBackgroundRole(self.backgroundRole())
        self._body = QVBoxLayout(body)
        self._body.setSpacing(6)
        # The most important part first, compact, so it shows without scrolling: what the order
        # is and where it stands, the dispute, the deadlines with what to do about each, and
        # the buttons to record what happened. The history follows.
        self._build_header()
        self._build_order_buttons()
        self._case = CaseList()  # one section per dispute; hidden unless the order has (had) one
        self._case.record_requested.connect(self._emit_case_record)
        self._body.addWidget(self._case)
        self._body.addWidget(self._section(self.tr("Deadlines")))
        self._deadlines = DeadlineList()
        self._body.addWidget(self._deadlines)
        self._body.addWidget(self._section(self.tr("Record what happened")))
        self._events_box = QWidget()
        self._events_box.setObjectName("eventButtons")
        self._events = FlowLayout(self._events_box)
        self._body.addWidget(self._events_box)
        self._no_events = wrapped()
        self._body.addWidget(self._no_events)
        # Per item, what was claimed, decided and refunded: after what to do, before the history.
        self._items_section = ItemsSection()  # hidden unless something is about one item
        self._body.addWidget(self._items_section)
        self._body.addWidget(self._section(self.tr("Timeline")))
        self._timeline = TimelineList()
        self._body.addWidget(self._timeline)
        self._body.addWidget(self._section(self.tr("Notes")))
        self._build_notes()
        self._body.addStretch(1)
        self._scroll.setWidget(body)
        self._stack.setCurrentIndex(_EMPTY_PAGE)

    # -- building -------------------------------------------------------------------------------

    def _section(self, title: str) -> QLabel:
        label = bold(QLabel(title), 1.1)
        label.setWordWrap(True)  # a longer language's title takes two lines, not the panel's width
        label.setContentsMargins(0, 6, 0, 0)
        return label

    def _build_header(self) -> None:
        top = QHBoxLayout()
        self._number_label = bold(QLabel(), 1.35)
        self._number_label.setObjectName("orderNumber")
        self._number_label.setTextInteractionFlags(SELECTABLE)
        self._number_label.setAccessibleName(self.tr("Order number"))
        top.addWidget(self._number_label, 1)
        self._copy = QToolButton()
        self._copy.setText(self.tr("Copy"))
        self._copy.setIcon(icon("copy"))
        self._copy.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._copy.setAutoRaise(True)
        self._copy.setToolTip(self.tr("Copy the order number"))
        self._copy.setAccessibleName(self.tr("Copy the order number"))
        self._copy.clicked.connect(self._copy_number)
        top.addWidget(self._copy)
        self._body.addLayout(top)

        self._status = bold(wrapped())
        self._status.setObjectName("orderStatus")
        self._store = wrapped(selectable=True)
        self._store.setObjectName("orderStore")
        self._items = wrapped(selectable=True)
        self._items.setObjectName("orderItems")
        self._total = wrapped(selectable=True)
        self._total.setObjectName("orderTotal")
        self._tracking = wrapped(selectable=True)
        self._tracking.setObjectName("orderTracking")
        self._note = wrapped(selectable=True)
        self._note.setObjectName("orderNote")
        facts = QVBoxLayout()
        facts.setSpacing(2)  # one block: the order at a glance
        for label in (self._status, self._store, self._items, self._total, self._tracking, self._note):
            facts.addWidget(label)
        self._body.addLayout(facts)

    def _build_order_buttons(self) -> None:
        box = QWidget()
        row = FlowLayout(box)  # wraps in a narrow panel instead of widening it
        self._edit = QPushButton(self.tr("Edit…"))
        self._edit.setAccessibleName(self.tr("Edit the order"))
        self._edit.clicked.connect(partial(self._emit_for_order, self.edit_requested))
        self._trash = QPushButton(self.tr("Move to trash"))
        self._trash.setAccessibleName(self.tr("Move the order to the trash"))
        self._trash.clicked.connect(partial(self._emit_for_order, self.trash_requested))
        self._restore = QPushButton(self.tr("Restore"))
        self._restore.setAccessibleName(self.tr("Restore the order from the trash"))
        self._restore.clicked.connect(partial(self._emit_for_order, self.restore_requested))
        self._cancel_guide = QPushButton(self.tr("Cancel order…"))
        self._cancel_guide.setObjectName("cancelGuideButton")
        self._cancel_guide.setAccessibleName(self.tr("Guide: cancel this order"))
        self._cancel_guide.setToolTip(self.tr("What to do to cancel this order, and what happens next"))
        self._cancel_guide.clicked.connect(partial(self._emit_for_order, self.cancel_guide_requested))
        for button in (self._edit, self._cancel_guide, self._trash, self._restore):
            row.addWidget(button)
        self._body.addWidget(box)

    def _build_notes(self) -> None:
        self._note_edit = QPlainTextEdit()
        self._note_edit.setObjectName("noteEdit")
        self._note_edit.setAccessibleName(self.tr("New note"))
        self._note_edit.setPlaceholderText(
            self.tr("A note for the timeline: what the seller said, a promise…")
        )
        self._note_edit.setTabChangesFocus(True)
        line = self._note_edit.fontMetrics().lineSpacing()
        self._note_edit.setFixedHeight(line * 3 + 14)
        self._note_edit.textChanged.connect(self._update_note_button)
        self._body.addWidget(self._note_edit)
        row = QHBoxLayout()
        self._note_error = wrapped()
        self._note_error.setObjectName("noteError")
        row.addWidget(self._note_error, 1)
        self._add_note = QPushButton(self.tr("Add note"))
        self._add_note.setAccessibleName(self.tr("Add the note to the timeline"))
        self._add_note.setToolTip(self.tr("Add the note to the timeline (Ctrl+Enter)"))
        self._add_note.setEnabled(False)
        self._add_note.clicked.connect(self._record_note)
        row.addWidget(self._add_note, 0, Qt.AlignmentFlag.AlignTop)
        self._body.addLayout(row)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self._note_edit)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._record_note)

    def set_evidence_strip(self, strip: EvidenceStrip) -> None:
        """Show the order's photos and videos between the timeline and the notes; files dropped
        anywhere on the panel are added to the order shown."""
        self._evidence = strip
        at = self._body.indexOf(self._note_edit) - 1  # before the "Notes" title
        self._body.insertWidget(at, self._section(self.tr("Evidence")))
        self._body.insertWidget(at + 1, strip)
        self.setAcceptDrops(True)
        if self._number is not None:
            self.show_order(self._number)

    def evidence_strip(self) -> EvidenceStrip | None:
        return self._evidence

    def reveal_evidence(self) -> None:
        """Scroll the panel so the evidence strip is on screen."""
        if self._evidence is not None:
            self._scroll.ensureWidgetVisible(self._evidence)

    # -- showing --------------------------------------------------------------------------------

    def number(self) -> str | None:
        return self._number

    def show_order(self, number: str | None) -> None:
        """Show one order as it is now (``None``: the empty state). Reads the service once."""
        if number is None:
            self._show_empty()
            return
        try:
            detail = self._service.show(number)
            kinds = [] if detail.in_trash else self._service.sensible_events(number)
            cases = self._service.cases(number)
        except Refused:
            # Gone meanwhile (another window, the CLI): nothing to show rather than a crash.
            self._show_empty()
            return
        if number != self._number:
            self._note_edit.clear()
            self._scroll.verticalScrollBar().setValue(0)
        self._note_error.clear()
        self._number = detail.order
        self._fill_header(detail)
        # Only while there may be something to cancel, as the timeline agrees.
        possible = [EventKind(k) for k in kinds]
        self._cancel_guide.setVisible(not detail.in_trash and offers_cancel_guide(detail.status, possible))
        now_epoch = epoch(self._clock.now())
        self._items_section.set_items(detail, cases)
        self._case.set_cases(cases, detail.currency, now_epoch, can_record=not detail.in_trash)
        # A dispute's own dates show in its section, with their countdowns: not twice.
        in_case_dates = {(kind, due) for case in cases for kind, due in case.next_due}
        deadlines = [d for d in detail.deadlines if (d.kind.value, d.due) not in in_case_dates]
        self._deadlines.set_deadlines(
            deadlines,
            now_epoch,
            self.tr("No other open deadlines: the dispute's dates are above.") if in_case_dates else None,
            from_guesses=any(entry.data.get(TIME_GUESSED) for entry in detail.timeline),
        )
        # What the case sections offer is not repeated in the general row.
        in_case = self._case.next_events()
        self._fill_event_buttons(detail.order, [k for k in kinds if k not in in_case], detail.in_trash)
        self._timeline.set_entries(detail.timeline, detail.currency)
        if self._evidence is not None:
            self._evidence.show_order(detail.order, can_add=not detail.in_trash)
        self._note_edit.setEnabled(not detail.in_trash)
        self._update_note_button()
        self._stack.setCurrentIndex(_ORDER_PAGE)

    def tick(self, now_epoch: int) -> None:
        """Move the countdowns to ``now_epoch``. Cheap: no service call, labels only."""
        if self._number is None:
            return
        self._case.tick(now_epoch)
        if self._deadlines.tick(now_epoch):
            self.deadline_passed.emit(self._number)

    def _show_empty(self) -> None:
        self._number = None
        self._note_edit.clear()
        if self._evidence is not None:
            self._evidence.show_order(None)
        self._stack.setCurrentIndex(_EMPTY_PAGE)

    def _fill_header(self, detail: OrderDetail) -> None:
        self._number_label.setText(detail.order)
        status = fmt.status_text(detail.status)
        if detail.in_trash:
            status = self.tr("%1 · in the trash").replace("%1", status)
        self._status.setText(status)
        self._store.setText(self.tr("Store: %1").replace("%1", detail.store))
        self._items.setText(_items_text(detail))
        lines = _item_lines(detail)
        self._items.setToolTip("\n".join(lines) if len(lines) > MAX_ITEM_LINES else "")
        total = fmt.money(detail.total, detail.currency)
        if detail.payment_method:
            self._total.setText(
                self.tr("Total: %1 · paid by %2")
                .replace("%1", total)
                .replace("%2", payment_text(detail.payment_method))
            )
        else:
            self._total.setText(self.tr("Total: %1").replace("%1", total))
        show_tracking(self._tracking, detail.tracking)  # each number links to its carrier's page
        self._note.setText(detail.note)
        self._note.setVisible(bool(detail.note))
        self._edit.setVisible(not detail.in_trash)
        self._trash.setVisible(not detail.in_trash)
        self._restore.setVisible(detail.in_trash)

    def _fill_event_buttons(self, number: str, kinds: list[str], in_trash: bool) -> None:
        clear_layout(self._events)
        kinds = [k for k in kinds if k != "note"]  # notes have their own field below
        for kind in kinds:
            button = QPushButton(button_label(kind))
            button.setObjectName(f"event-{kind}")
            button.setAccessibleName(button_label(kind).rstrip("…"))
            button.clicked.connect(partial(self._emit_record, kind))
            self._events.addWidget(button)
            button.show()  # now, not one event-loop pass later: the panel sizes itself on it
        self._events_box.setVisible(bool(kinds))
        if in_trash:
            self._no_events.setText(self.tr("Restore the order to record what happened."))
        else:
            self._no_events.setText(self.tr("Nothing to record right now."))
        self._no_events.setVisible(not kinds)

    # -- actions --------------------------------------------------------------------------------

    def _emit_for_order(self, signal: SignalInstance, *_clicked: object) -> None:
        if self._number is not None:
            signal.emit(self._number)

    def _emit_record(self, kind: str, *_clicked: object) -> None:
        if self._number is not None:
            self.record_requested.emit(self._number, kind)

    def _emit_case_record(self, kind: str, line: int) -> None:
        """A case section's button: about the whole order (0) or one item."""
        if self._number is None:
            return
        if line:
            self.record_item_requested.emit(self._number, kind, line)
        else:
            self.record_requested.emit(self._number, kind)

    def _copy_number(self) -> None:
        if self._number is not None:
            QGuiApplication.clipboard().setText(self._number)

    def _update_note_button(self) -> None:
        self._add_note.setEnabled(
            self._number is not None
            and self._note_edit.isEnabled()
            and bool(self._note_edit.toPlainText().strip())
        )

    def _record_note(self) -> None:
        text = self._note_edit.toPlainText().strip()
        number = self._number
        if number is None or not text or not self._note_edit.isEnabled():
            return
        try:
            self._service.record_event(number, NewEvent("note", note=text))
        except Refused as refusal:
            self._note_error.setText(str(refusal))
            return
        self._note_edit.clear()
        self.show_order(number)
        self.order_changed.emit(number)

    # -- files dropped onto the panel: the strip takes them ---------------------------------------

    def _take_drag(self, event: QDragMoveEvent) -> None:
        if self._evidence is not None and self._evidence.accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._take_drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._take_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if self._evidence is not None:
            self._evidence.dropEvent(event)
        else:
            event.ignore()


MAX_ITEM_LINES = 3  # more items are counted, not listed: the deadlines stay on screen


def _item_lines(detail: OrderDetail) -> list[str]:
    return [
        (f"{line.quantity} × {line.title}" if line.quantity != 1 else line.title)
        + (f" ({line.options})" if line.options else "")
        for line in detail.lines
    ]


def _items_text(detail: OrderDetail) -> str:
    """What was bought, each item once. One item is one line ("2 × Cable (Black)"), under the
    order's title only when the title says something else; several are bullets, the first few and
    how many more (the tooltip lists all), under the title only when no item repeats it."""
    lines = _item_lines(detail)
    if not lines:
        return detail.title
    if len(lines) == 1:
        return lines[0] if detail.lines[0].title == detail.title else detail.title + "\n" + lines[0]
    shown = lines if len(lines) <= MAX_ITEM_LINES else lines[: MAX_ITEM_LINES - 1]
    text = "\n".join("• " + line for line in shown)
    if len(shown) < len(lines):
        more = len(lines) - len(shown)
        text += "\n" + QCoreApplication.translate("OrderDetailPanel", "• and %n more item(s)", "", more)
    if any(line.title == detail.title for line in detail.lines):
        return text
    return detail.title + "\n" + text
