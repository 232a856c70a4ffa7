"""The application shell: start-up, the one window per data folder, logs and crashes, Help."""
