"""Insights: statistics with charts, the stores ledger, notes and flags on stores, tracking
links. Loaded when the buyer first opens one of its views (not at start-up)."""
