"""Icons and other files the GUI shows. A package only so that a wheel carries them; found
through ``ui.resources.resource_path``, which also works inside a frozen bundle."""
