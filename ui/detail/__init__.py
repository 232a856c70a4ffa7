"""The detail panel: one order's header, dispute case, deadlines, timeline and notes."""
