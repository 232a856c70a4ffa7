"""Developer tools run by ``dev.py`` (not part of the app, not in the wheel or the bundle)."""
