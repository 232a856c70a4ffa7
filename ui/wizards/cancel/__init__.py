"""The cancel-order guide: the wizard, its flow and one module per page."""
