"""Importers: order files and e-mails read into one normalized record (``model``),
the format detected by content (``detect``), and the apply step that adds, updates or skips
orders in one transaction (``apply``). Qt-free; the GUI and the CLI reach it through
``app.services.importing.ImportService``."""
