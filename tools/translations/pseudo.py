"""Pseudo translations that show layout problems before a translator meets them.

- ``en_XA`` (long): every text about 1.6 times as long as the English, with accented letters
  (taller than plain ones), as German or Polish text runs; words grow in place, so the text
  still wraps where the English does.
- ``ar_XB`` (right to left): the English mirrored (wrapped in Unicode's right-to-left override)
  and Qt's ``QT_LAYOUT_DIRECTION`` translated as ``RTL``, which turns every layout around.

What a program reads stays as it is: placeholders (``%1``, ``%L1``, ``%n``, ``{name}``), the
``&`` of an accelerator with its letter, HTML tags and entities, line breaks, file patterns
(``*.csv``), key names (``Ctrl+V``) and web addresses.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET

from tools.translations import ts_file

LONG = "en_XA"
RIGHT_TO_LEFT = "ar_XB"
PSEUDO_LOCALES = (LONG, RIGHT_TO_LEFT)
# The language lrelease is told (it picks the plural rules from it) and how many forms it wants.
PSEUDO_LANGUAGE = {LONG: ("en", 2), RIGHT_TO_LEFT: ("ar", 6)}
GROWTH = 1.6

# Qt reads the layout direction from this translation (QGuiApplication, qguiapplication.cpp).
LAYOUT_CONTEXT = "QGuiApplication"
LAYOUT_SOURCE = "QT_LAYOUT_DIRECTION"
LAYOUT_COMMENT = (
    "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in "
    "right-to-left languages (such as Hebrew and Arabic) to get proper widget layout."
)

# What a program reads, kept as it is in both pseudo locales.
_PROGRAM = r"""
      %L?\d{1,2} | %n | %%                     # Qt's placeholders
    | \{\{ | \}\} | \{[^{}\s]*\}                # Python's fields and literal braces
    | <[^<>]*>                                  # HTML tags
    | https?://\S+                              # web addresses
    | (?:Ctrl|Shift|Alt|Meta|Cmd)(?:\+[\w\u2190-\u21ff]+)+   # key names
    | \(?\*(?:\.[\w*]+)?\)?                     # file patterns
    | \n | \t
"""
# In the long locale the letters around an ampersand stay too: an entity, or an accelerator and
# its letter (still typed with Alt). Mirroring keeps them inside its run: Qt reads them before
# it lays the text out.
KEPT = re.compile(
    _PROGRAM
    + r"""
    | &(?:[A-Za-z]+|\#\d+|\#x[0-9A-Fa-f]+);     # HTML entities
    | &&                                        # a literal ampersand
    | &\S                                       # an accelerator and its letter
    """,
    re.VERBOSE,
)
KEPT_IN_MIRROR = re.compile(_PROGRAM, re.VERBOSE)
WORD = re.compile(r"[A-Za-z]+")
ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "áƀçďéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
RLO, PDF = "\u202e", "\u202c"  # right-to-left override … pop directional formatting


def _pieces(text: str, kept: re.Pattern[str] = KEPT) -> list[tuple[bool, str]]:
    """(kept, piece): the text cut into what a program reads and what a person reads."""
    pieces: list[tuple[bool, str]] = []
    at = 0
    for found in kept.finditer(text):
        if found.start() > at:
            pieces.append((False, text[at : found.start()]))
        pieces.append((True, found.group()))
        at = found.end()
    if at < len(text):
        pieces.append((False, text[at:]))
    return pieces


def _grow(word: str, extra: int) -> str:
    """``word`` accented and ``extra`` letters longer, repeating its own letters."""
    accented = word.translate(ACCENTED)
    tail = accented[1:] or accented
    return accented + (tail * (extra // len(tail) + 1))[:extra]


def lengthen(text: str) -> str:
    """The long pseudo translation of ``text``: each readable piece about 1.6 times as long."""
    out = []
    for kept, piece in _pieces(text):
        if kept:
            out.append(piece)
            continue
        words = list(WORD.finditer(piece))
        letters = sum(len(word.group()) for word in words)
        extra = math.ceil((GROWTH - 1) * len(piece))
        grown, at, given = [], 0, 0
        for index, word in enumerate(words):
            share = len(word.group())
            if index == len(words) - 1:
                more = extra - given
            else:
                more = round(extra * share / letters)
            given += more
            grown.append(piece[at : word.start()])
            grown.append(_grow(word.group(), max(more, 0)))
            at = word.end()
        grown.append(piece[at:])
        out.append("".join(grown))
    return "".join(out)


def mirror(text: str) -> str:
    """The right-to-left pseudo translation: each readable piece shown mirrored. The characters
    stay in their order (an accelerator still works), only their display is reversed."""
    out = []
    for kept, piece in _pieces(text, KEPT_IN_MIRROR):
        if kept or not piece.strip():
            out.append(piece)
        else:
            out.append(f"{RLO}{piece}{PDF}")
    return "".join(out)


def translated(locale: str, source: str) -> str:
    return lengthen(source) if locale == LONG else mirror(source)


def catalog(template: ET.Element, locale: str) -> ET.Element:
    """A finished ``.ts`` of ``locale`` with every message of ``template`` (an extraction)."""
    if locale not in PSEUDO_LANGUAGE:
        raise ValueError(f"not a pseudo locale: {locale}")
    language, forms = PSEUDO_LANGUAGE[locale]
    root = ET.Element("TS", {"version": "2.1", "language": language, "sourcelanguage": "en"})
    by_context: dict[str, ET.Element] = {}

    def add(context: str, source: str, comment: str, translations: list[str], numerus: bool) -> None:
        element = by_context.get(context)
        if element is None:
            element = by_context[context] = ET.SubElement(root, "context")
            ET.SubElement(element, "name").text = context
        message = ET.SubElement(element, "message", {"numerus": "yes"} if numerus else {})
        ET.SubElement(message, "source").text = source
        if comment:
            ET.SubElement(message, "comment").text = comment
        translation = ET.SubElement(message, "translation")
        if numerus:
            for form in translations:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = translations[0]

    for message in ts_file.messages(template):
        text = translated(locale, message.source)
        numerus = "%n" in message.source
        add(message.context, message.source, message.comment, [text] * (forms if numerus else 1), numerus)
    if locale == RIGHT_TO_LEFT:
        add(LAYOUT_CONTEXT, LAYOUT_SOURCE, LAYOUT_COMMENT, ["RTL"], False)
    return root
