"""Errors the domain raises when the buyer's input or action makes no sense.

Their message is a sentence a buyer understands; the CLI prints it on one line and exits 2,
the GUI shows it next to the field.
"""


class Refused(ValueError):
    """An action or an input that is refused, with a reason for the buyer."""


class ParseError(Refused):
    """Text that could not be read as a time, a duration or an amount."""
