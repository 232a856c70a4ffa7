"""Dispute Desk: the Qt-free core (domain rules, services, store, CLI)."""

__version__ = "0.1.0"
