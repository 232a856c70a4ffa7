"""The dispute guide: the wizard and its pages."""
