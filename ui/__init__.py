"""The PySide6 GUI. Thin: it shows what app/services return and collects input.

Importing this package imports no Qt; modules that need Qt import it themselves.
"""
