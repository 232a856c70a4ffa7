"""The cancel and dispute guides (cancel/, dispute/), and what they share as wizards."""
