"""The cancel and dispute guides, and what they share as wizards."""
