"""What the order-number rule (app/domain/order_numbers.py) says, in the buyer's language: the
editor and the paste dialog show it under the number field while the buyer types."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.order_numbers import (
    ALIEXPRESS_DIGITS,
    MAX_LENGTH,
    NumberNote,
    NumberProblem,
    OrderNumberCheck,
)


def problem_text(check: OrderNumberCheck) -> str | None:
    """Why the number is refused, as a sentence; None when it is accepted."""
    problem = check.problem
    if problem is None:
        return None
    if problem is NumberProblem.EMPTY:
        return QCoreApplication.translate("OrderNumber", "Enter the order number.")
    if problem is NumberProblem.CONTROL:
        return QCoreApplication.translate(
            "OrderNumber", "The number contains a line break, a tab or another invisible character."
        )
    if problem is NumberProblem.SPACE:
        return QCoreApplication.translate(
            "OrderNumber", "The number contains a space: copy the number alone."
        )
    if problem is NumberProblem.PATH:
        return QCoreApplication.translate("OrderNumber", "An order number can't contain / or \\ or ..")
    if problem is NumberProblem.CHARACTERS:
        return QCoreApplication.translate(
            "OrderNumber", "An order number has only letters, digits, - and _; this one has “%1”."
        ).replace("%1", check.bad)
    if problem is NumberProblem.TOO_LONG:
        return QCoreApplication.translate(
            "OrderNumber",
            "That is %n character(s); no shop's order numbers are longer than %1.",
            None,
            len(check.number),
        ).replace("%1", str(MAX_LENGTH))
    return QCoreApplication.translate(
        "OrderNumber",
        "That is %n digit(s); AliExpress order numbers have at most %1.",
        None,
        len(check.number),
    ).replace("%1", str(ALIEXPRESS_DIGITS[1]))


def note_text(check: OrderNumberCheck) -> str | None:
    """A second look the number deserves (accepted all the same); None when there is none."""
    if check.note is NumberNote.NOT_ALIEXPRESS:
        return (
            QCoreApplication.translate(
                "OrderNumber",
                "Not an AliExpress order number (those have %1 to %2 digits); fine if it is from another shop.",
            )
            .replace("%1", str(ALIEXPRESS_DIGITS[0]))
            .replace("%2", str(ALIEXPRESS_DIGITS[1]))
        )
    return None
