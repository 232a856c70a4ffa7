"""English singular and plural for the texts that count something.

The source texts are English with Qt's ``%n`` for the number and "(s)" where the noun takes a
plural ending ("%n order(s) overdue"), the convention Qt's numerus translations start from.
Without a translation Qt shows them as written ("1 order(s)"). This translator gives Qt the
English forms instead ("1 order", "2 orders"). It is installed before any other translator, so
a real translation for the user's language, installed after it, is asked first.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from PySide6.QtCore import QCoreApplication, QTranslator

from app.domain import words


def english(source: str, n: int) -> str:
    """``source`` (with ``%n``) in the English form for ``n``; Qt fills in ``%n``."""
    return words.english_forms(source, n)


class EnglishPlurals(QTranslator):
    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n < 0 or "%n" not in source_text:
            # Not ours: a null string (None; "" would count as a translation) lets Qt go on with
            # the next translator, then the source text.
            return None
        return english(source_text, n)

    def isEmpty(self) -> bool:  # Qt's name
        return False


def install(app: QCoreApplication) -> EnglishPlurals:
    """Install the English plural forms into ``app`` (once; returns the translator)."""
    # Remembered here, not looked up among the application's children: wrapping its style for
    # Python creates QStyle's enums, which costs start-up time.
    translator = _installed.get(app)
    if translator is None:
        translator = _installed[app] = EnglishPlurals(app)
        app.installTranslator(translator)
    return translator


_installed: WeakKeyDictionary[QCoreApplication, EnglishPlurals] = WeakKeyDictionary()
