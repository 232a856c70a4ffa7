"""Reminders on the desktop: the tray icon and its menu, notifications (through the tray, or the
freedesktop service on Linux desktops without one), closing to the tray, starting at login, and
the timer that runs ``dispute-desk remind`` while the app is closed."""
