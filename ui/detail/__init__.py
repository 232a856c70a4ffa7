"""The detail panel: one order's header, case, deadlines, timeline and notes."""
