"""Errors raised by the store."""


class StoreError(Exception):
    """The data file cannot be used as asked (newer schema, failed migration, not our file…).

    The message is a sentence for the user; the CLI prints it and the GUI shows it before
    touching anything else.
    """
