"""The application shell: start-up, the one window per data folder, the main window that builds
and connects the parts, its actions and menus (Help among them), the commands it runs on orders,
its remembered layout, the status line, sample orders, the welcome page, the start-up report,
logs and crashes."""
