"""argparse's own sentences (``usage:``, the section titles, ``--help``'s line, its usage errors)
in the buyer's language.

argparse asks ``gettext`` for them by their English text while it parses and writes help. While
the command line is read, :func:`speaking` answers in their place from this table: each text is
marked here with ``{named}`` fields, as the translators know them (context "argparse"), and
turned back into argparse's ``%`` fields after translation. A text argparse asks for that is not
here stays English.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP, translate_marked

# argparse's text → (ours, with {named} fields; argparse's field for each name).
_TEXTS: dict[str, tuple[str, dict[str, str]]] = {
    "usage: ": (QT_TRANSLATE_NOOP("argparse", "usage: "), {}),
    "positional arguments": (QT_TRANSLATE_NOOP("argparse", "positional arguments"), {}),
    "options": (QT_TRANSLATE_NOOP("argparse", "options"), {}),
    "show this help message and exit": (QT_TRANSLATE_NOOP("argparse", "show this help message and exit"), {}),
    "show program's version number and exit": (
        QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
        {},
    ),
    "argument %(argument_name)s: %(message)s": (
        QT_TRANSLATE_NOOP("argparse", "argument {option}: {problem}"),
        {"option": "%(argument_name)s", "problem": "%(message)s"},
    ),
    "the following arguments are required: %s": (
        QT_TRANSLATE_NOOP("argparse", "the following arguments are required: {arguments}"),
        {"arguments": "%s"},
    ),
    "one of the arguments %s is required": (
        QT_TRANSLATE_NOOP("argparse", "one of the arguments {arguments} is required"),
        {"arguments": "%s"},
    ),
    "unrecognized arguments: %s": (
        QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: {arguments}"),
        {"arguments": "%s"},
    ),
    "not allowed with argument %s": (
        QT_TRANSLATE_NOOP("argparse", "not allowed with argument {option}"),
        {"option": "%s"},
    ),
    "expected one argument": (QT_TRANSLATE_NOOP("argparse", "expected one argument"), {}),
    "expected at most one argument": (QT_TRANSLATE_NOOP("argparse", "expected at most one argument"), {}),
    "expected at least one argument": (QT_TRANSLATE_NOOP("argparse", "expected at least one argument"), {}),
    "invalid choice: %(value)r (choose from %(choices)s)": (
        QT_TRANSLATE_NOOP("argparse", "invalid choice: {value} (choose from {choices})"),
        {"value": "%(value)r", "choices": "%(choices)s"},
    ),
    "ambiguous option: %(option)s could match %(matches)s": (
        QT_TRANSLATE_NOOP("argparse", "ambiguous option: {option} could match {matches}"),
        {"option": "%(option)s", "matches": "%(matches)s"},
    ),
}


def argparse_text(message: str) -> str:
    """argparse's ``message`` in the buyer's language, with argparse's own fields."""
    known = _TEXTS.get(message)
    if known is None:
        return message
    text, fields = known
    translated = (
        translate_marked("argparse", text).replace("%", "%%")
        if fields
        else translate_marked("argparse", text)
    )
    for name, field in fields.items():
        translated = translated.replace("{" + name + "}", field)
    return translated


@contextmanager
def speaking() -> Iterator[None]:
    """While the command line is read: argparse's sentences in the buyer's language."""
    module: Any = argparse
    original: Callable[[str], str] = module._
    module._ = argparse_text
    try:
        yield
    finally:
        module._ = original
