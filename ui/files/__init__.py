"""Files in and out: importing, adding an order from its page's text, exporting, backing up
and restoring, automatic backups."""
