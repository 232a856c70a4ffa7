"""The order list (table, model, cells) and the dialogs that change one order: the editor and the event dialog."""
