"""Evidence benchmarks: the GUI stays responsive while photos are added, and the
gallery opens at once.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_evidence.py [--photos 50] [--gallery 200]

- adding 50 twelve-megapixel JPEGs (4000 × 3000, made with Pillow in a temp dir, once) through
  the GUI path: the main window with the order shown, ``EvidenceAttacher.attach_paths`` (hashing,
  checking, storing in the writer pool), then a thumbnail for every one of them (the pool). A
  10 ms ``QTimer`` ticks meanwhile; the longest gap between two ticks is how long the event loop
  stalled, as a ratio to the 100 ms the UI may block;
- opening a gallery of 200 photos whose thumbnails were never made: from ``open_gallery`` until
  the dialog's first paint (placeholders) has been handled, as a ratio to 100 ms; then, without
  a budget, how long until the thumbnails on screen and the large first photo have filled in,
  and the longest event-loop stall from the open until then.

The event loop runs as in the application (``QEventLoop.exec``, sleeping between events): a busy
``processEvents`` loop holds the GIL and made the workers' thumbnails several times slower.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import Result, report

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
STALL_BUDGET_S = 0.100
FIRST_PAINT_BUDGET_S = 0.100


def make_photos(folder: Path, count: int, size: tuple[int, int], prefix: str) -> list[Path]:
    """Distinct JPEGs of camera size: noise (so they compress like photos) with a numbered
    block; every fifth one is stored on its side with an EXIF orientation, like a phone's."""
    from PIL import Image, ImageDraw

    folder.mkdir(parents=True, exist_ok=True)
    noise = Image.effect_noise(size, 48)
    base = Image.merge("RGB", (noise, noise.rotate(180), noise.transpose(Image.Transpose.FLIP_LEFT_RIGHT)))
    paths = []
    for i in range(count):
        image = base.copy()
        draw = ImageDraw.Draw(image)
        w, h = size
        draw.rectangle((w // 4, h // 4, w * 3 // 4, h * 3 // 4), fill=((i * 53) % 256, (i * 97) % 256, 160))
        draw.rectangle((10 + i * 7 % (w // 2), 10, 60 + i * 7 % (w // 2), 60), fill=(255, 255, 255))
        exif = Image.Exif()
        if i % 5 == 4:
            exif[0x0112] = 6
        path = folder / f"{prefix}{i:03d}.jpg"
        image.save(path, "JPEG", quality=88, exif=exif.tobytes())
        paths.append(path)
    return paths


class StallMeter:
    """A 10 ms timer on the GUI thread; the longest gap between ticks is the worst stall."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst = 0.0
        self.ticks = 0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now
        self.ticks += 1

    def start(self) -> None:
        self.last = time.perf_counter()
        self.worst = 0.0
        self.ticks = 0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.worst


def run_until(app: Any, done: Any, timeout_s: float) -> None:
    """Run the event loop, as the real application does (it sleeps between events), until
    ``done()`` holds; checked every 20 ms. A busy ``processEvents`` loop would hold the GIL
    and slow the workers down."""
    from PySide6.QtCore import QEventLoop, QTimer

    if done():
        return
    loop = QEventLoop()
    end = time.perf_counter() + timeout_s
    timed_out = False

    def check() -> None:
        nonlocal timed_out
        if done():
            loop.quit()
        elif time.perf_counter() > end:
            timed_out = True
            loop.quit()

    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    if timed_out:
        raise TimeoutError("the benchmark's work did not finish in time")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, default=50)
    parser.add_argument("--gallery", type=int, default=200)
    args = parser.parse_args()

    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from app.clock import FrozenClock
    from app.domain.views import View
    from app.services import open_services
    from app.services.views import NewOrder
    from ui.evidence.gallery import open_gallery
    from ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    clock = FrozenClock(NOW)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        start = time.perf_counter()
        big = make_photos(root / "camera", args.photos, (4000, 3000), "IMG_")
        mb = sum(p.stat().st_size for p in big) / 2**20
        print(
            f"{args.photos} photos of 4000 × 3000 ({mb:.0f} MB) made in {time.perf_counter() - start:.1f} s"
        )
        many = make_photos(root / "many", args.gallery, (1600, 1200), "DSC_")

        services = open_services(root / "data", clock)
        orders = services.orders
        paid = NOW - timedelta(days=20)
        for number in ("8100000000000001", "8100000000000002"):
            orders.add_order(
                NewOrder(number, "Store", "Camera", Decimal("99.00"), "USD", paid, paid, "card", 5)
            )
        evidence = services.evidence
        evidence.attach("8100000000000002", many)  # set-up, not measured: the gallery's photos

        rows = services.listing.rows(int(NOW.timestamp())).rows
        settings = QSettings(str(root / "layout.ini"), QSettings.Format.IniFormat)
        window = MainWindow(services, clock, rows, settings)
        window.resize(1400, 820)
        window.show()
        window.list_panel.set_view(View.ALL)
        window.open_order("8100000000000001")
        app.processEvents()
        desk = window.evidence.desk
        loader = desk.loader
        strip = window.detail_panel.evidence_strip()
        assert strip is not None

        # -- adding 50 twelve-megapixel photos ------------------------------------------------
        added: list[str] = []
        desk.changed.connect(added.append)
        meter = StallMeter()
        meter.start()
        start = time.perf_counter()
        desk.attacher.attach_paths("8100000000000001", big)
        run_until(app, lambda: bool(added), 600)
        attach_s = time.perf_counter() - start
        views = strip.model.views()
        assert len(views) == args.photos, len(views)
        run_until(app, lambda: all(loader.pixmap(v, 72) is not None for v in views), 600)
        add_s = time.perf_counter() - start
        add_stall = meter.stop()
        print(
            f"attach {args.photos} photos: {attach_s:.1f} s, with every thumbnail {add_s:.1f} s; "
            f"{meter.ticks} ticks of 10 ms, longest gap {add_stall * 1000:.0f} ms"
        )

        # -- a gallery of 200 photos ----------------------------------------------------------
        painted: list[float] = []

        class FirstPaint(QObject):
            """Notes when the dialog's first paint has been handled (the next turn of the loop)."""

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint and not painted:
                    QTimer.singleShot(0, lambda: painted or painted.append(time.perf_counter()))
                return False

        watcher = FirstPaint()
        meter.start()
        start = time.perf_counter()
        gallery = open_gallery(desk, "8100000000000002")  # nothing paints before this returns
        built_s = time.perf_counter() - start
        gallery.installEventFilter(watcher)
        run_until(app, lambda: bool(painted), 60)
        first_paint_s = painted[0] - start
        gallery.removeEventFilter(watcher)
        assert gallery.model.rowCount() == args.gallery

        def on_screen() -> list[Any]:
            view = gallery.thumbs
            shown = []
            for row in range(gallery.model.rowCount()):
                if view.visualRect(gallery.model.index(row)).intersects(view.viewport().rect()):
                    shown.append(gallery.model.view_at(row))
            return shown

        visible = on_screen()
        run_until(
            app,
            lambda: gallery.has_full_photo() and all(loader.pixmap(v, 96) is not None for v in visible),
            120,
        )
        filled_s = time.perf_counter() - start
        gallery_stall = meter.stop()
        print(
            f"gallery of {args.gallery}: built in {built_s * 1000:.0f} ms, first paint {first_paint_s * 1000:.0f} ms; "
            f"{len(visible)} thumbnails on screen and the large photo in {filled_s * 1000:.0f} ms; "
            f"longest gap meanwhile {gallery_stall * 1000:.0f} ms"
        )
        gallery.close()
        window.close()
        services.close()

    results = [
        Result(
            f"UI stall while adding {args.photos} × 12 MP photos, vs 100 ms", add_stall, STALL_BUDGET_S, 1.0
        ),
        Result(
            f"gallery of {args.gallery} photos, open to first paint, vs 100 ms",
            first_paint_s,
            FIRST_PAINT_BUDGET_S,
            1.0,
        ),
        Result(
            "UI stall while the gallery fills in, vs 100 ms",
            gallery_stall,
            STALL_BUDGET_S,
            None,
            f"thumbnails on screen after {filled_s * 1000:.0f} ms",
        ),
    ]
    return 0 if report(results, "evidence") else 1


if __name__ == "__main__":
    sys.exit(main())
