"""The order list (panel, table, model, cells) and the dialogs that change one order: the
editor, the event dialog with its words and time fields, and moving to the trash."""
