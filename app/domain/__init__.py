"""Pure domain rules: no I/O, no clock, no Qt. Everything is a function of its arguments."""
