"""English singular and plural forms for texts that count (Qt's %n)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from ui.common.plurals import english


def translate(context: str, source: str, n: int) -> str:
    return QCoreApplication.translate(context, source, "", n)


@pytest.mark.parametrize(
    ("source", "n", "shown"),
    [
        (
            "%n order(s) overdue or due within 48 hours · at risk: %1",
            1,
            "1 order overdue or due within 48 hours · at risk: %1",
        ),
        (
            "%n order(s) overdue or due within 48 hours · at risk: %1",
            15,
            "15 orders overdue or due within 48 hours · at risk: %1",
        ),
        (
            "%n order(s) overdue or due within 48 hours · at risk: %1",
            0,
            "0 orders overdue or due within 48 hours · at risk: %1",
        ),
        ("Processing time: %n day(s)", 1, "Processing time: 1 day"),
        ("Processing time: %n day(s)", 7, "Processing time: 7 days"),
        ("%1 · %n items", 1, "%1 · 1 item"),
        ("%1 · %n items", 3, "%1 · 3 items"),
        ("Photos and videos: %n", 1, "Photos and videos: 1"),
    ],
)
def test_the_number_decides_the_form(source: str, n: int, shown: str) -> None:
    assert translate("StatusLine", source, n) == shown


def test_texts_without_a_number_are_left_to_qt() -> None:
    assert translate("MainWindow", "Move to &trash", -1) == "Move to &trash"
    assert english("%n value(s)", 2) == "%n values"


def test_a_real_translation_installed_later_wins(qapp) -> None:  # type: ignore[no-untyped-def]
    class German(QTranslator):
        def translate(self, context, source_text, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
            return "%n Bestellung(en) überfällig" if source_text.startswith("%n order(s) overdue") else None

        def isEmpty(self) -> bool:
            return False

    german = German()
    qapp.installTranslator(german)
    try:
        assert translate("StatusLine", "%n order(s) overdue or due within 48 hours · at risk: %1", 2) == (
            "2 Bestellung(en) überfällig"
        )
    finally:
        qapp.removeTranslator(german)
