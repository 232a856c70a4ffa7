"""The dispute guide: the wizard, its flow and one module per page."""
