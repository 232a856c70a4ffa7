"""What an order number may be: one rule for the editor, the command line and every importer.

An order number is text that names one order at its shop. AliExpress numbers are 15 to 20
digits. Other shops use letters, digits and dashes ("112-1234567-1234567", "PO-211-…"), so
those are accepted with a note. Refused is what no shop issues and what would do harm as a name:
control characters (a line break, a tab, an invisible format character), spaces, anything that
looks like a file path, other punctuation, more than 40 characters, or more than 20 digits.

What the rule accepts is stored exactly as normalized here, so an export and an import carry it
back unchanged: full-width digits and letters (copied from a page in a CJK layout) become their
ASCII forms, surrounding spaces go, and a leading "#" (shown before numbers by some shops) is not
part of the number.

Every sentence here is English and marked for translation: the GUI shows its own translated
text for each :class:`NumberProblem` and :class:`NumberNote`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from app.domain.errors import Refused
from app.i18n import QT_TRANSLATE_NOOP, translate_marked

MAX_LENGTH: Final = 40
ALIEXPRESS_DIGITS: Final = (15, 20)  # the shortest and longest AliExpress order number
_ALLOWED: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")


class NumberProblem(StrEnum):
    """Why an order number is refused."""

    EMPTY = "empty"
    CONTROL = "control"
    SPACE = "space"
    PATH = "path"
    CHARACTERS = "characters"
    TOO_LONG = "too_long"
    TOO_MANY_DIGITS = "too_many_digits"


class NumberNote(StrEnum):
    """Accepted, but worth a second look."""

    NOT_ALIEXPRESS = "not_aliexpress"  # letters, or fewer than 15 digits: fine for another shop


@dataclass(frozen=True)
class OrderNumberCheck:
    """The order number as it would be stored, and what the rule says about it."""

    number: str
    problem: NumberProblem | None = None
    note: NumberNote | None = None
    bad: str = ""  # the first character refused, for CHARACTERS

    @property
    def ok(self) -> bool:
        return self.problem is None

    def message(self) -> str:
        """The refusal (or the note) as a sentence in the buyer's language; "" when there is
        nothing to say."""
        if self.problem is not None:
            return translate_marked("refusal", _PROBLEMS[self.problem]).format(
                bad=self.bad, length=len(self.number), limit=MAX_LENGTH, most=ALIEXPRESS_DIGITS[1]
            )
        if self.note is not None:
            return translate_marked("refusal", _NOTE)
        return ""


# Context "refusal": the sentences, marked here and translated when asked for.
_PROBLEMS: Final[dict[NumberProblem, str]] = {
    NumberProblem.EMPTY: QT_TRANSLATE_NOOP("refusal", "the order number is empty"),
    NumberProblem.CONTROL: QT_TRANSLATE_NOOP(
        "refusal", "the order number contains a line break, a tab or another invisible character"
    ),
    NumberProblem.SPACE: QT_TRANSLATE_NOOP(
        "refusal", "the order number contains a space: copy the number alone"
    ),
    NumberProblem.PATH: QT_TRANSLATE_NOOP("refusal", "an order number can't contain / or \\ or .."),
    NumberProblem.CHARACTERS: QT_TRANSLATE_NOOP(
        "refusal",
        "an order number has only letters, digits, - and _ (and starts with a letter or a digit); "
        'this one has "{bad}"',
    ),
    NumberProblem.TOO_LONG: QT_TRANSLATE_NOOP(
        "refusal", "the order number has {length} characters; no shop's numbers are longer than {limit}"
    ),
    NumberProblem.TOO_MANY_DIGITS: QT_TRANSLATE_NOOP(
        "refusal", "the order number has {length} digits; AliExpress order numbers have at most {most}"
    ),
}
_NOTE: Final = QT_TRANSLATE_NOOP(
    "refusal",
    "not an AliExpress order number (those are 15 to 20 digits); fine if the order is from another shop",
)


def normalized(text: str) -> str:
    """The number as it would be stored: compatibility forms folded (full-width digits become
    ASCII), surrounding spaces and a leading "#" removed."""
    folded = (text if text.isascii() else unicodedata.normalize("NFKC", text)).strip()
    if folded.startswith("#"):
        folded = folded[1:].lstrip()
    return folded


def check_order_number(text: str) -> OrderNumberCheck:
    """What the rule says about ``text`` (never raises; see :func:`valid_order_number`)."""
    if (
        text
        and text.isdigit()
        and text.isascii()
        and ALIEXPRESS_DIGITS[0] <= len(text) <= ALIEXPRESS_DIGITS[1]
    ):
        return OrderNumberCheck(text)  # the usual case: an AliExpress number as it is stored
    number = normalized(text or "")
    if not number:
        return OrderNumberCheck(number, NumberProblem.EMPTY)
    if _ALLOWED.fullmatch(number):  # the usual case: only the lengths are left to check
        return _lengths(number)
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in number):
        return OrderNumberCheck(number, NumberProblem.CONTROL)
    if any(ch.isspace() for ch in number):
        return OrderNumberCheck(number, NumberProblem.SPACE)
    if "/" in number or "\\" in number or ".." in number:
        return OrderNumberCheck(number, NumberProblem.PATH)
    # Not made of the allowed characters: the first one that isn't (or a leading - or _).
    bad = number[0] if not number[0].isascii() or not number[0].isalnum() else ""
    bad = bad or next(ch for ch in number if not (ch.isascii() and (ch.isalnum() or ch in "-_")))
    return OrderNumberCheck(number, NumberProblem.CHARACTERS, bad=bad)


def _lengths(number: str) -> OrderNumberCheck:
    """The checks left for a number made of allowed characters: how long, how many digits."""
    if number.isdigit() and len(number) > ALIEXPRESS_DIGITS[1]:
        return OrderNumberCheck(number, NumberProblem.TOO_MANY_DIGITS)
    if len(number) > MAX_LENGTH:
        return OrderNumberCheck(number, NumberProblem.TOO_LONG)
    low, high = ALIEXPRESS_DIGITS
    if number.isdigit() and low <= len(number) <= high:
        return OrderNumberCheck(number)
    return OrderNumberCheck(number, note=NumberNote.NOT_ALIEXPRESS)


def valid_order_number(text: str) -> str:
    """The order number as stored; Refused (with the reason) when the rule refuses it."""
    check = check_order_number(text)
    if not check.ok:
        raise Refused(check.message(), fields=("number",))
    return check.number
