"""Files in and out: importing, pasting an order page, exporting, backing up and restoring."""
