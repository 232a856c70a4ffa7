"""The buyer's language for the texts of the core, without Qt.

Texts a person reads that come from ``app/`` (advice, refusals, warnings, deadline
explanations, the command line's sentences) are English source strings marked the way Qt's
``lupdate`` finds them: ``translate("Context", "text")`` where the text is wanted now, and
``QT_TRANSLATE_NOOP("Context", "text")`` for tables translated when shown. Both name a literal
context, so the window (through Qt) and the command line (through this module) find the same
translation in the same ``.qm`` file.

This module reads the ``.qm`` files ``lrelease`` builds (``resources/translations/``) itself: the
command line never loads Qt. Plurals follow Qt's numerus forms for each offered language, and
``%n`` is replaced by the number, as ``QCoreApplication.translate`` does; without a translation a
counted text reads as English does ("1 day", "3 days"). Named fields (``{order}``) are left to
the caller's ``str.format`` after translation, so a translator may move them.

``lupdate`` reads calls as written: ``translate("context", "text")``, with ``None`` and a count
as a plain name for plurals (``translate("advice", "%n day(s) left", None, days)``), no keyword
arguments. A table marked with ``QT_TRANSLATE_NOOP`` is translated where shown with
:func:`translate_marked`. A text wanted in another language than the buyer's (a draft to a
seller) is written inside :func:`language_scope`, which holds on the calling thread only.
"""

from __future__ import annotations

import struct
import sys
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Protocol

# The languages offered, by the code of their translation file, with their own names.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "ru": "Русский",
    "pt_BR": "Português (Brasil)",
    "es": "Español",
    "fr": "Français",
    "pl": "Polski",
}
SOURCE_LANGUAGE = "en"
CATALOG_PREFIX = "dispute_desk_"  # resources/translations/dispute_desk_<code>.qm


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for translation in ``context`` and return it unchanged (translated where shown)."""
    return text


def _english(n: int) -> int:
    return 0 if n == 1 else 1


def _french(n: int) -> int:  # Qt: French and Brazilian Portuguese use the singular for 0 and 1
    return 0 if n <= 1 else 1


def _slavic(n: int, *, one: Callable[[int], bool]) -> int:
    if one(n):
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


def _russian(n: int) -> int:
    return _slavic(n, one=lambda k: k % 10 == 1 and k % 100 != 11)


def _polish(n: int) -> int:
    return _slavic(n, one=lambda k: k == 1)


# Which numerus form Qt picks for a count, per language (the same rules lrelease writes in a .qm).
PLURAL_RULES: dict[str, Callable[[int], int]] = {
    "en": _english,
    "es": _english,
    "fr": _french,
    "pt_BR": _french,
    "ru": _russian,
    "pl": _polish,
}
PLURAL_FORMS: dict[str, int] = {"en": 2, "es": 2, "fr": 2, "pt_BR": 2, "ru": 3, "pl": 3}


class CatalogError(ValueError):
    """A translation file that is not a ``.qm`` lrelease wrote."""


_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_SECTION_MESSAGES = 0x69
_TAG_END, _TAG_TRANSLATION, _TAG_OBSOLETE1 = 1, 3, 5
_TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT = 6, 7, 8

Key = tuple[str, str, str]  # context, source text, disambiguation


def read_qm(data: bytes) -> dict[Key, tuple[str, ...]]:
    """The messages of a ``.qm`` file: (context, source, disambiguation) → translation forms.

    Only what ``lrelease`` writes is read: the messages section, whose records carry their
    context and source text (the hash table is for Qt's own lookup and is skipped)."""
    if not data.startswith(_QM_MAGIC):
        raise CatalogError("not a Qt translation file")
    messages: dict[Key, tuple[str, ...]] = {}
    at = len(_QM_MAGIC)
    try:
        while at < len(data):
            tag = data[at]
            (length,) = struct.unpack_from(">I", data, at + 1)
            if at + 5 + length > len(data):
                raise CatalogError("damaged Qt translation file: a section runs past the end")
            body = data[at + 5 : at + 5 + length]
            at += 5 + length
            if tag == _SECTION_MESSAGES:
                _read_messages(body, messages)
    except (struct.error, IndexError, UnicodeDecodeError) as exc:
        raise CatalogError(f"damaged Qt translation file: {exc}") from exc
    return messages


def _read_messages(body: bytes, into: dict[Key, tuple[str, ...]]) -> None:
    at = 0
    forms: list[str] = []
    context = source = comment = ""
    while at < len(body):
        tag = body[at]
        at += 1
        if tag == _TAG_END:
            if forms:
                into[(context, source, comment)] = tuple(forms)
            forms, context, source, comment = [], "", "", ""
            continue
        if tag == _TAG_OBSOLETE1:
            at += 4
            continue
        (length,) = struct.unpack_from(">I", body, at)
        at += 4
        if length != 0xFFFFFFFF and at + length > len(body):
            raise CatalogError("damaged Qt translation file: a message runs past its section")
        if tag == _TAG_TRANSLATION:
            if length != 0xFFFFFFFF:
                forms.append(body[at : at + length].decode("utf-16-be"))
                at += length
            continue
        text = body[at : at + length].decode("utf-8")
        at += length
        if tag == _TAG_SOURCE:
            source = text
        elif tag == _TAG_CONTEXT:
            context = text
        elif tag == _TAG_COMMENT:
            comment = text


class Catalog:
    """One language's translations, read from its ``.qm`` file."""

    def __init__(self, language: str, messages: Mapping[Key, tuple[str, ...]]) -> None:
        self.language = language
        self._messages = dict(messages)
        self._plural = PLURAL_RULES.get(language, _english)

    @classmethod
    def load(cls, language: str, folder: Path | None = None) -> Catalog:
        """The catalog of ``language``; empty (the English sources) when it has no file."""
        path = (folder or translations_dir()) / f"{CATALOG_PREFIX}{language}.qm"
        try:
            data = path.read_bytes()
        except OSError:
            return cls(language, {})
        return cls(language, read_qm(data))

    def __len__(self) -> int:
        return len(self._messages)

    def lookup(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        """The translation, or None when the catalog has none (the caller shows the source)."""
        forms = self._messages.get((context, text, disambiguation or ""))
        if forms is None and disambiguation:
            forms = self._messages.get((context, text, ""))
        if not forms:
            return None
        if n < 0 or len(forms) == 1:
            return forms[0]
        return forms[min(self._plural(n), len(forms) - 1)]


def translations_dir() -> Path:
    """Where the built ``.qm`` files are: inside a frozen bundle, or the ``resources`` package."""
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks the bundle's files here
    if bundle:
        return Path(bundle) / "resources" / "translations"
    import resources  # deferred: only a source tree or a wheel has it as a package

    return Path(resources.__file__).resolve().parent / "translations"


def best_language(name: str | None) -> str:
    """The offered language closest to a locale name (``ru_RU.UTF-8``, ``pt-PT``, ``fr``), else
    English. Portuguese of any country reads the Brazilian translation."""
    if not name:
        return SOURCE_LANGUAGE
    code = name.split(".")[0].split("@")[0].replace("-", "_")
    if code in LANGUAGES:
        return code
    base = code.split("_")[0].lower()
    if base == "pt":
        return "pt_BR"
    return base if base in LANGUAGES else SOURCE_LANGUAGE


def language_from_environ(environ: Mapping[str, str]) -> str:
    """The language of the messages as POSIX asks: ``LC_ALL``, then ``LC_MESSAGES``, then
    ``LANG``, and ``LANGUAGE``'s first entry before them when a locale is set at all."""
    chosen = next((environ[key] for key in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(key)), "")
    if chosen in ("C", "POSIX") or chosen.startswith("C."):
        return SOURCE_LANGUAGE
    preferred = environ.get("LANGUAGE", "").split(":")[0]
    return best_language(preferred if chosen and preferred else chosen)


_lock = threading.Lock()
_catalogs: dict[str, Catalog] = {}
_language = SOURCE_LANGUAGE
_scope = threading.local()  # a language asked for by one thread for a while (``language_scope``)


def catalog(language: str) -> Catalog:
    """The (cached) catalog of ``language``."""
    with _lock:
        found = _catalogs.get(language)
        if found is None:
            found = _catalogs[language] = Catalog.load(language)
        return found


def set_language(language: str) -> None:
    """Show the core's texts in ``language`` (one of :data:`LANGUAGES`, else the closest)."""
    global _language
    _language = best_language(language)


def current_language() -> str:
    return _language


def translate(
    context: str, text: str, disambiguation: str | None = None, n: int = -1, *, language: str | None = None
) -> str:
    """``text`` in the current language (or ``language``), ``%n`` replaced by ``n`` when given.

    The same call Qt's ``QCoreApplication.translate`` answers, so ``lupdate`` extracts it: with a
    literal context and text, no parentheses around the text, and at most four positional
    arguments (``lupdate`` misses a call with ``language=`` unless a count stands before it, so a
    text wanted in another language is asked for inside :func:`language_scope`). Without a
    translation, a counted text reads as English does ("1 day", "3 days"), as the window's
    English plurals give it."""
    chosen = language or getattr(_scope, "language", None) or _language
    found = None if chosen == SOURCE_LANGUAGE else catalog(chosen).lookup(context, text, disambiguation, n)
    if found is None:
        found = english_forms(text, n) if n >= 0 and "%n" in text else text
    return found.replace("%n", str(n)) if n >= 0 else found


def translate_marked(context: str, text: str, n: int = -1, *, language: str | None = None) -> str:
    """A text marked with :func:`QT_TRANSLATE_NOOP` in ``context`` where it was written (a table),
    translated now, where it is shown. ``lupdate`` found it at its mark; this call names a variable."""
    return translate(context, text, None, n, language=language)


@contextmanager
def language_scope(language: str | None) -> Iterator[None]:
    """Within the block, :func:`translate` on this thread speaks ``language`` (None: the current
    language). For drafts written in a language the buyer picks, and the command line's ``--json``
    document, whose sentences stay English."""
    previous = getattr(_scope, "language", None)
    _scope.language = best_language(language) if language else previous
    try:
        yield
    finally:
        _scope.language = previous


def speaking() -> str:
    """The language :func:`translate` speaks on this thread now."""
    return getattr(_scope, "language", None) or _language


# Nouns written in the plural in a source text that lose their "s" in the singular.
_ENGLISH_SINGULAR = {"%n items": "%n item"}


def english_forms(source: str, n: int) -> str:
    """``source`` with the English singular or plural for the count ``n``: "(s)" is the plural
    ending ("%n day(s)": "%n day", "%n days"); ``%n`` stays for the caller to fill in."""
    if n == 1:
        text = source.replace("(s)", "")
        for plural, singular in _ENGLISH_SINGULAR.items():
            text = text.replace(plural, singular)
        return text
    return source.replace("(s)", "s")


def reset_catalogs() -> None:
    """Forget the loaded catalogs (after ``dev.py tr`` rebuilt them, and in tests)."""
    with _lock:
        _catalogs.clear()


def draft_languages(buyer_language: str | None = None) -> list[str]:
    """The languages a message to the seller or the platform is offered in: the buyer's own,
    English (sellers answer English best) and Russian (many of them read it), without repeats."""
    first = best_language(buyer_language or _language)
    return list(dict.fromkeys([first, "en", "ru"]))


class Formats(Protocol):
    """How numbers, money and times read in the buyer's language. The window installs one that
    follows its locale (Qt's ``QLocale``); without it the core writes the neutral forms below."""

    def amount(self, value: Decimal, currency: str) -> str: ...

    def number(self, value: int | Decimal) -> str: ...

    def date(self, value: date) -> str: ...

    def datetime(self, value: datetime) -> str: ...


class NeutralFormats:
    """ISO dates, UTC times and ``12.50 EUR``: what files and the command line use."""

    def amount(self, value: Decimal, currency: str) -> str:
        """``12.50 USD``, ``1500 JPY``: the currency's decimals (ISO 4217; 2 when unknown), more
        only when the value has them (nothing is rounded away)."""
        from app.domain.currencies import MINOR_UNITS  # the table of minor units; the core's own

        places = MINOR_UNITS.get(currency, 2)
        exponent = value.as_tuple().exponent
        if isinstance(exponent, int) and -exponent > places:
            return f"{value} {currency}"
        return f"{value:.{places}f} {currency}"

    def number(self, value: int | Decimal) -> str:
        return str(value)

    def date(self, value: date) -> str:
        return value.isoformat()

    def datetime(self, value: datetime) -> str:
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


_formats: Formats = NeutralFormats()


def set_formats(chosen: Formats) -> None:
    """Write numbers, money and times in the core's texts the way ``chosen`` does."""
    global _formats
    _formats = chosen


def formats() -> Formats:
    return _formats
