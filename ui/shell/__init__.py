"""The application shell: start-up, the main window that builds and connects the parts, its
actions and menus, the commands it runs on orders, its remembered layout, the status line,
sample orders, the welcome page and the start-up report."""
