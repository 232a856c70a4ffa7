"""The app as the layout tests meet it: a data folder holding orders in every state a screen
needs (a fresh payment to cancel, a parcel to dispute, an escalated case, photos, two items),
and helpers that let Qt finish its work and delete what a screen opened."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.clock import FrozenClock
from app.services import Services
from app.services.views import NewEvent, NewOrder
from tests.two_items import add_lamp_and_cable
from tools.translations import pseudo
from ui.shell.main_window import MainWindow

NOW = datetime(2026, 11, 27, 10, 30, tzinfo=UTC)


@dataclass
class World:
    """The app as a buyer has it: orders in every state, the main window open."""

    locale: str
    services: Services
    clock: FrozenClock
    window: MainWindow
    folder: Path
    shown: list[str]  # the errors a message box would have shown (none should)
    cancel: str  # paid two days ago: the cancel wizard's whole path
    dispute: str  # shipped 25 days ago, tracking stalled: the dispute wizard
    case: str  # a dispute the seller answered with an offer, escalated: the case section
    evidence: str  # delivered broken, with photos
    two_items: str  # a lamp and a cable: the dispute wizard asks which one

    def translated(self, text: str) -> str:
        """A text made elsewhere (a caller's title), as the pseudo locale would show it."""
        return pseudo.translated(self.locale, text)


def settle() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()


def dispose(widget: QWidget) -> None:
    """Close ``widget`` and delete it now, not at some later garbage collection in another test."""
    widget.close()
    widget.deleteLater()
    settle()


def no_systemctl(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.CompletedProcess(args, 1, "", "")


def add_order(world_services: Services, number: str, title: str, paid: datetime, total: str = "42.80") -> str:
    world_services.orders.add_order(
        NewOrder(number, "Bright Home Store", title, Decimal(total), "USD", paid, paid, "card", 7)
    )
    return number


def fill(services: Services, folder: Path) -> dict[str, str]:
    """The orders the screens open, beside some sample ones."""
    from app.services.demo import generate  # the sample orders' module: only these tests need it

    orders = services.orders
    generate(orders, count=40, seed=11)
    cancel = add_order(services, "8100000000000417", "USB-C cable, 2 m", NOW - timedelta(days=2), "12.40")
    dispute = add_order(services, "8100000000000519", "LED strip, 5 m", NOW - timedelta(days=28), "18.90")
    orders.record_event(
        dispute, NewEvent("shipped", at=NOW - timedelta(days=25), tracking="LP00498765432101CN")
    )
    case = add_order(services, "8100000000000520", "Wireless earbuds", NOW - timedelta(days=40), "36.50")
    orders.record_event(case, NewEvent("shipped", at=NOW - timedelta(days=37), tracking="LP00411122233344CN"))
    orders.record_event(
        case,
        NewEvent(
            "dispute-opened", at=NOW - timedelta(days=6), reason="tracking_stalled", refund=Decimal("36.50")
        ),
    )
    orders.record_event(case, NewEvent("seller-responded", at=NOW - timedelta(days=4), offer=Decimal("5.00")))
    orders.record_event(case, NewEvent("escalated", at=NOW - timedelta(days=3)))
    evidence = add_order(services, "8100000000000633", "Desk lamp, brass", NOW - timedelta(days=21))
    orders.record_event(
        evidence, NewEvent("shipped", at=NOW - timedelta(days=19), tracking="LP00498765432109CN")
    )
    orders.record_event(evidence, NewEvent("delivered", at=NOW - timedelta(days=2)))
    photos = []
    for name, colour in (("parcel-dented.jpg", "#b8874f"), ("label.jpg", "white"), ("lamp.jpg", "#2f5fa8")):
        photos.append(folder / name)
        Image.new("RGB", (320, 240), colour).save(photos[-1], "JPEG")
    views = services.evidence.attach(evidence, photos)
    services.evidence.set_caption(views[0].id, "The box arrived crushed at one corner")
    services.evidence.trash(views[2].id)
    two_items = add_lamp_and_cable(orders.store, services.clock, folder / "import", NOW - timedelta(days=20))
    return {"cancel": cancel, "dispute": dispute, "case": case, "evidence": evidence, "two_items": two_items}
