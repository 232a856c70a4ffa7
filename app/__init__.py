"""Dispute Desk: the Qt-free core (domain rules, services, store, CLI)."""

# The one place of the version: the package metadata (pyproject.toml), `dispute-desk --version`,
# About, backups, exports and the installers all read it from here.
__version__ = "0.1.0"

# The application ID in reverse-DNS form: the Linux desktop entry, AppStream metainfo and Flatpak
# are named after it, the window reports it to the desktop, macOS uses it as the bundle ID.
APP_ID = "io.github.disputedesk.DisputeDesk"
