"""The translation catalogs: extraction with Qt's ``lupdate``, the plural forms it misses, the
``.qm`` files ``lrelease`` builds, the pseudo locales for layout tests, and the checks a
translation must pass. ``python3 dev.py tr`` runs it; docs/TRANSLATING.md explains the workflow."""
