"""Regenerate the screenshots in docs/screenshots/ (offscreen; no display needed).

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py [--lang ru]

With ``--lang`` the window speaks that language (its catalog, plurals and locale formats) and
the pictures go to ``docs/screenshots/<lang>/``; the case pack is written in it too. Every picture is made from sample data on a frozen clock, so they change only when the GUI does.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
LANG = sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv else "en"
OUT = ROOT / "docs" / "screenshots" / ("" if LANG == "en" else LANG)
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NOW = datetime(2026, 11, 27, 10, 30, tzinfo=UTC)


def main() -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from app.clock import FrozenClock
    from app.domain.views import View
    from app.services import open_services
    from app.services.demo import generate
    from ui.common.app_style import use_plain_dialog_buttons
    from ui.common.language import install_language
    from ui.orders.editor import OrderEditorDialog
    from ui.settings.dialog import SettingsDialog
    from ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    install_language(app, LANG)  # with its plural forms and formats, as the app has them
    use_plain_dialog_buttons(app)  # as the app does right after its first paint
    app.setApplicationName("Dispute Desk")
    OUT.mkdir(parents=True, exist_ok=True)

    def save(widget: QWidget, name: str) -> None:
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(OUT / f"{name}.png"))
        print(f"wrote {(OUT / name).relative_to(ROOT)}.png")

    with tempfile.TemporaryDirectory() as tmp:
        clock = FrozenClock(NOW)
        settings = QSettings(str(Path(tmp) / "layout.ini"), QSettings.Format.IniFormat)

        empty_services = open_services(Path(tmp) / "empty", clock)
        empty = MainWindow(empty_services, clock, [], settings)
        empty.resize(1100, 700)
        empty.show()
        empty.after_first_paint()
        save(empty, "empty-state")
        empty.close()

        services = open_services(Path(tmp) / "sample", clock)
        service = services.orders
        generate(service, count=300, seed=11)
        rows = services.listing.rows(int(NOW.timestamp())).rows
        window = MainWindow(services, clock, rows, settings)
        window.resize(1400, 820)
        window.show()
        window.after_first_paint()  # the icons, the detail panel: what the app does once painted
        disputed = next(r.number for r in rows if r.status == "dispute_open")
        window.list_panel.set_view(View.DISPUTES)
        window.open_order(disputed)
        save(window, "main-window")
        save(window.detail_panel, "detail-panel")
        window.resize(800, 600)  # a small screen: the detail panel goes under the list
        save(window, "main-window-small")
        window.resize(1400, 820)

        editor = OrderEditorDialog(service, clock, window)
        editor.show()
        save(editor, "order-editor")
        editor.close()

        dialog = SettingsDialog(service, window.tasks, window)
        dialog.show()
        save(dialog, "settings")
        dialog.close()

        cancel_wizard_pages(service, clock, window, save)
        dispute_wizard_pages(service, clock, window, save)
        case_panel(service, window, save)
        evidence_pictures(service, clock, window, save, Path(tmp))
        window.close()
        services.close()
        empty_services.close()
    return 0


def cancel_wizard_pages(service: Any, clock: Any, parent: Any, save: Any) -> None:
    """Each page of the cancel wizard: a card payment from two days ago that the buyer no longer
    wants (request, message, what you did), and one paid two hours ago (a live countdown)."""
    from datetime import timedelta
    from decimal import Decimal

    from app.services.views import NewOrder
    from ui.wizards.cancel.wizard import CancelWizard

    def order(number: str, title: str, paid_ago: timedelta) -> str:
        paid = NOW - paid_ago
        service.add_order(
            NewOrder(number, "Tiny Gadgets Store", title, Decimal("12.40"), "USD", paid, paid, "card", 7)
        )
        return number

    wizard = CancelWizard(
        service, clock, order("8100000000000417", "USB-C cable, 2 m", timedelta(days=2)), parent
    )
    wizard.show()
    wizard.situation_page.reason_buttons["changed_mind"].setChecked(True)
    save(wizard, "cancel-situation")
    for name in ("cancel-verdict", "cancel-message", "cancel-what-you-did"):
        wizard.next()
        save(wizard, name)
    wizard.close()

    waiting = order("8100000000000418", "Desk lamp", timedelta(hours=2, minutes=14))
    wizard = CancelWizard(service, clock, waiting, parent)
    wizard.show()
    wizard.situation_page.reason_buttons["found_cheaper"].setChecked(True)
    wizard.next()
    save(wizard, "cancel-verdict-wait")
    wizard.close()


def dispute_wizard_pages(service: Any, clock: Any, parent: Any, save: Any) -> None:
    """The dispute wizard on a parcel shipped 25 days ago whose tracking stopped moving: the
    reason, the eligibility (until when, counting down), the evidence and the dispute text."""
    from datetime import timedelta
    from decimal import Decimal

    from app.services.views import NewEvent, NewOrder
    from ui.wizards.dispute.wizard import DisputeWizard

    number = "8100000000000519"
    paid = NOW - timedelta(days=28)
    service.add_order(
        NewOrder(
            number, "Bright Home Store", "LED strip, 5 m", Decimal("18.90"), "USD", paid, paid, "card", 7
        )
    )
    service.record_event(
        number, NewEvent("shipped", at=NOW - timedelta(days=25), tracking="LP00498765432101CN")
    )
    wizard = DisputeWizard(service, clock, number, parent, evidence=parent.evidence.desk)
    wizard.show()
    page = wizard.reason_page
    page.not_received.setChecked(True)
    page.reason_buttons["tracking_stalled"].setChecked(True)
    save(wizard, "dispute-reason")
    wizard.next()
    save(wizard, "dispute-eligibility")
    wizard.next()
    for check in wizard.evidence_page.checks[:1]:
        check.setChecked(True)
    save(wizard, "dispute-evidence")
    wizard.next()  # the refund page: a full refund is preselected
    wizard.next()
    save(wizard, "dispute-text")
    wizard.close()


def case_panel(service: Any, window: Any, save: Any) -> None:
    """The detail panel of a dispute that the seller answered with a small offer and the buyer
    escalated: the case section on top, waiting for the platform's decision."""
    from datetime import timedelta
    from decimal import Decimal

    from app.services.views import NewEvent, NewOrder

    number = "8100000000000520"
    paid = NOW - timedelta(days=40)
    service.add_order(
        NewOrder(
            number,
            "Gadget Official Store",
            "Wireless earbuds",
            Decimal("36.50"),
            "USD",
            paid,
            paid,
            "card",
            7,
        )
    )
    service.record_event(
        number, NewEvent("shipped", at=paid + timedelta(days=3), tracking="LP00411122233344CN")
    )
    service.record_event(
        number,
        NewEvent(
            "dispute-opened",
            at=NOW - timedelta(days=6),
            reason="tracking_stalled",
            refund=Decimal("36.50"),
        ),
    )
    service.record_event(
        number, NewEvent("seller-responded", at=NOW - timedelta(days=4), offer=Decimal("5.00"))
    )
    service.record_event(number, NewEvent("escalated", at=NOW - timedelta(days=3, hours=2)))
    window.open_order(number)
    save(window.detail_panel, "case-panel")


def sample_photos(folder: Path) -> list[Path]:
    """Drawn stand-ins for a buyer's photos of a damaged parcel: the box, its label, the item
    next to a ruler, and a chat screenshot; plus a tiny video (an unboxing)."""
    import struct

    from PIL import Image, ImageDraw

    folder.mkdir(parents=True, exist_ok=True)
    paths = []

    def canvas(colour: str) -> tuple[Image.Image, ImageDraw.ImageDraw]:
        image = Image.new("RGB", (1600, 1200), colour)
        return image, ImageDraw.Draw(image)

    box, draw = canvas("#d9d2c5")
    draw.rectangle((0, 900, 1600, 1200), fill="#8a6a4a")  # the table
    draw.polygon([(380, 380), (1180, 380), (1260, 900), (300, 900)], fill="#b8874f")
    draw.polygon([(1040, 380), (1180, 380), (1260, 900), (1120, 700)], fill="#8f6236")  # the dent
    draw.rectangle((720, 380, 800, 900), fill="#d8c9a3")  # tape
    paths.append(folder / "parcel-dented.jpg")
    box.save(paths[-1], "JPEG", quality=90)

    label, draw = canvas("#6f5b44")
    draw.rectangle((300, 250, 1300, 950), fill="white")
    for i in range(60):
        x = 380 + i * 14
        draw.rectangle((x, 330, x + (4 if i % 3 else 9), 560), fill="black")
    draw.text((380, 600), "LP00498765432101CN", fill="black", font_size=64)
    draw.text((380, 720), "To: J. Buyer, 12 Example Street", fill="black", font_size=44)
    paths.append(folder / "shipping-label.jpg")
    label.save(paths[-1], "JPEG", quality=90)

    ruler, draw = canvas("#e8e8e8")
    draw.polygon(
        [
            (500, 200),
            (1100, 200),
            (1250, 380),
            (1150, 450),
            (1100, 400),
            (1100, 1000),
            (500, 1000),
            (500, 400),
            (450, 450),
            (350, 380),
        ],
        fill="#2f5fa8",
    )
    draw.rectangle((200, 1040, 1400, 1140), fill="#f2d35b")
    for i in range(0, 121):
        x = 220 + i * 10
        draw.line((x, 1040, x, 1040 + (50 if i % 10 == 0 else 25)), fill="black", width=3)
    paths.append(folder / "shirt-with-ruler.jpg")
    ruler.save(paths[-1], "JPEG", quality=90)

    chat, draw = canvas("#f5f5f5")
    for i, (text, mine) in enumerate(
        [
            ("Hello, the box arrived crushed and the lamp is broken.", True),
            ("Please confirm receipt first, then we refund.", False),
            ("I will not confirm receipt before the refund.", True),
        ]
    ):
        top = 160 + i * 300
        left = 700 if mine else 120
        draw.rounded_rectangle((left, top, left + 780, top + 200), 30, fill="#cde8ff" if mine else "white")
        draw.text((left + 40, top + 70), text, fill="black", font_size=30)
    paths.append(folder / "chat-with-seller.png")
    chat.save(paths[-1], "PNG")

    def box_bytes(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", 8 + len(payload)) + kind + payload

    movie = box_bytes(
        b"moov", box_bytes(b"trak", box_bytes(b"mdia", box_bytes(b"hdlr", b"\0" * 8 + b"vide" + b"\0" * 13)))
    )
    video = folder / "unboxing.mp4"
    video.write_bytes(box_bytes(b"ftyp", b"isom\0\0\2\0isom") + movie + box_bytes(b"mdat", b"\0" * 64))
    paths.append(video)
    return paths


def evidence_pictures(service: Any, clock: Any, window: Any, save: Any, tmp: Path) -> None:
    """A damaged lamp under dispute with its photos: the detail panel's evidence strip, the
    gallery with a caption, and the first page of its case pack (rendered by poppler's
    pdftoppm when it is installed)."""
    import shutil
    import subprocess
    from datetime import timedelta
    from decimal import Decimal

    from app.services.evidence import EvidenceService
    from app.services.views import NewEvent, NewOrder

    number = "8100000000000633"
    paid = NOW - timedelta(days=21)
    service.add_order(
        NewOrder(
            number, "Bright Home Store", "Desk lamp, brass", Decimal("42.80"), "USD", paid, paid, "card", 5
        )
    )
    service.record_event(
        number, NewEvent("shipped", at=paid + timedelta(days=2), tracking="LP00498765432101CN")
    )
    service.record_event(number, NewEvent("delivered", at=NOW - timedelta(days=2)))
    evidence = EvidenceService(service.store, clock)
    views = evidence.attach(number, sample_photos(tmp / "photos"))
    for view, caption in zip(
        views,
        [
            "The box arrived crushed at one corner",
            "Label: the tracking number matches",
            "",
            "The seller asks me to confirm receipt",
        ],
        strict=False,
    ):
        if caption:
            evidence.set_caption(view.id, caption)

    window.open_order(number)
    desk = window.evidence.desk
    strip = window.detail_panel.evidence_strip()

    def settle(until: Any = lambda: True) -> None:
        import time

        from PySide6.QtWidgets import QApplication

        end = time.monotonic() + 20
        while True:
            for _ in range(10):
                QApplication.processEvents()
                desk.wait(2000)
            if until() or time.monotonic() > end:
                break
            time.sleep(0.05)

    strip.show_order(number)
    settle(lambda: all(desk.loader.pixmap(v, 72) is not None for v in views if v.kind == "image"))
    window.detail_panel.reveal_evidence()
    save(window.detail_panel, "evidence-strip")

    from ui.evidence.gallery import open_gallery

    gallery = open_gallery(desk, number, views[0].id)
    gallery.resize(1000, 720)
    settle(gallery.has_full_photo)
    save(gallery, "evidence-gallery")
    gallery.close()

    pack = evidence.pack(number, tmp / "pack", language=None if LANG == "en" else LANG)
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm not found (Debian: apt-get install poppler-utils): case-pack-pdf.png not made")
        return
    from PIL import Image

    subprocess.run(
        [pdftoppm, "-png", "-r", "60", "-f", "1", "-l", "2", str(pack.pdf), str(tmp / "page")], check=True
    )
    pages = [Image.open(path) for path in sorted(tmp.glob("page-*.png"))]  # the order, then a photo
    sheet = Image.new(
        "RGB", (sum(p.width for p in pages) + 12 * (len(pages) + 1), pages[0].height + 24), "#9a9a9a"
    )
    for i, page in enumerate(pages):
        sheet.paste(page, (12 + i * (page.width + 12), 12))
    sheet.save(OUT / "case-pack-pdf.png")
    print(f"wrote {(OUT / 'case-pack-pdf.png').relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
