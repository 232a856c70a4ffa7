"""The cancel-order guide: the wizard and its pages."""
