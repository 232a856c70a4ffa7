"""Helpers every part of the GUI shares: message boxes, display formats, plurals, background tasks, resources, form fields and the services holder."""
