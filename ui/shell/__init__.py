"""The application shell: start-up, the main window with its actions, menus and layout, the status line, sample orders and the welcome page."""
