"""Use cases: what the CLI and the GUI may do. Each runs in one transaction and validates inside."""
