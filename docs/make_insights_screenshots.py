"""Regenerate the insights screenshots in docs/screenshots/ (offscreen; no display needed).

    QT_QPA_PLATFORM=offscreen python docs/make_insights_screenshots.py

Sample data on a frozen clock: the statistics view (all time, and in a dark palette), the stores
ledger with a flagged store, the order list marking it, and Settings → Currencies.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NOW = datetime(2026, 11, 27, 10, 30, tzinfo=UTC)


def main() -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication, QWidget

    from app.clock import FrozenClock
    from app.domain.periods import Preset
    from app.services import open_services
    from app.services.demo import generate
    from ui.common.language import install_language
    from ui.insights.tabs import STATISTICS, STORES
    from ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    install_language(app, "en")  # English, with its plural forms and formats, as the app has them
    app.setApplicationName("Dispute Desk")
    OUT.mkdir(parents=True, exist_ok=True)

    def settle(condition: object = None) -> None:
        for _ in range(200):
            app.processEvents()
            if condition is None or condition():  # type: ignore[operator]
                break
            window.tasks.wait(50)
        for _ in range(5):
            app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(OUT / f"{name}.png"))
        print(f"wrote docs/screenshots/{name}.png")

    with tempfile.TemporaryDirectory() as tmp:
        clock = FrozenClock(NOW)
        settings = QSettings(str(Path(tmp) / "layout.ini"), QSettings.Format.IniFormat)
        services = open_services(Path(tmp) / "sample", clock)
        generate(services.orders, count=400, seed=11)
        insights = services.insights
        flagged = insights.ledger()[1].name
        insights.set_store_mark(flagged, "Two empty parcels in a row; refuses refunds", True)
        insights.set_home_currency("EUR")
        insights.set_rate("USD", "EUR", date(2025, 1, 1), Decimal("0.92"))
        insights.set_rate("PLN", "EUR", date(2025, 1, 1), Decimal("0.23"))
        rows = services.listing.rows(int(NOW.timestamp())).rows
        window = MainWindow(services, clock, rows, settings)
        window.resize(1400, 980)
        window.show()
        window.after_first_paint()

        stats = window.insights.statistics
        window.insights.show_tab(STATISTICS)
        stats.set_preset(Preset.ALL)
        settle(lambda: stats.stats is not None and stats.status.text() == "")
        save(window, "insights-statistics")
        save(stats.spending, "insights-spending-chart")
        save(stats.disputes, "insights-disputes-chart")
        save(stats.delivery, "insights-delivery-chart")

        window.insights.show_tab(STORES)
        stores = window.insights.stores
        settle(lambda: stores.model.rowCount() > 0)
        stores.select_store(flagged)
        save(window, "insights-stores")

        window.insights.show_store_orders(flagged)
        settle()
        save(window, "insights-store-orders")

        from ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(
            services.orders,
            window.tasks,
            window,
            backups=window.backups.service(),
            insights=services.insights,
        )
        assert dialog.tabs is not None and dialog.rates_page is not None
        dialog.tabs.setCurrentWidget(dialog.rates_page)
        dialog.resize(760, 520)
        dialog.show()
        save(dialog, "settings-currencies")
        dialog.close()

        dark = QPalette()
        for role, colour in (
            (QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.Base, "#1e1e1e"),
            (QPalette.ColorRole.AlternateBase, "#262626"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
            (QPalette.ColorRole.Text, "#e6e6e6"), (QPalette.ColorRole.Button, "#353535"),
            (QPalette.ColorRole.ButtonText, "#e6e6e6"), (QPalette.ColorRole.Highlight, "#3d8ee6"),
            (QPalette.ColorRole.Mid, "#5a5a5a"),
        ):  # fmt: skip
            dark.setColor(role, QColor(colour))
        window.setPalette(dark)
        window.insights.show_tab(STATISTICS)
        save(window, "insights-statistics-dark")
        window.close()
        services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
