"""What every part of the GUI shares, and nothing else: message boxes, display formats,
plurals and translation marks, background tasks, drops, resources, form fields, and the
holder of the services. It imports no other part of ui/."""
