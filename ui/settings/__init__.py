"""The settings dialog: the rule values and the backups page."""
