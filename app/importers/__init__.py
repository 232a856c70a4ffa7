"""Reading buyers' files: order files and e-mails read into one normalized record (``model``),
the format detected by content (``detect``), a file's statuses turned into timeline events
(``statuses``, ``timeline``). Readers only: file in, records out; they import neither the
services nor the store. ``app.services.importing.ImportService`` compares the records with the
stored orders and writes them."""
