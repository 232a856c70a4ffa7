"""``python -m tools.translations [update | release]`` (``dev.py`` runs it in the venv).

- ``update`` (``python3 dev.py tr``): the ``.ts`` of every offered language brought up to date
  with ``ui/`` and ``app/``, their ``.qm`` built, the pseudo locales built into
  ``build/translations/``, and a report per language of what is finished, unfinished or wrong.
  Exits 1 when a message sits in the empty context (listed with file and line).
- ``release`` (before ``dev.py run``, ``test`` and ``package``): the ``.qm`` files that are
  missing or older than their ``.ts``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tools.translations import catalogs, pseudo
from tools.translations.qt_tools import ToolError


def say(message: str) -> None:
    print(f"tr: {message}", flush=True)


def shown(path: Path) -> str:
    return path.relative_to(catalogs.ROOT).as_posix() if path.is_relative_to(catalogs.ROOT) else str(path)


def update() -> int:
    sources = catalogs.source_files()
    template = catalogs.extract(sources)
    total = sum(1 for _ in template.iter("message"))
    folders = " and ".join(f"{name}/" for name in catalogs.SOURCE_FOLDERS)
    say(f"{total} messages in {len(sources)} files of {folders}")
    warnings = catalogs.refresh(sources, catalogs.TRANSLATIONS)
    for line in warnings.splitlines():
        say(f"lupdate: {line}")
    catalogs.release([catalogs.ts_path(catalogs.TRANSLATIONS, code) for code in catalogs.TRANSLATED])
    width = max(len(code) for code in catalogs.TRANSLATED)
    for code in catalogs.TRANSLATED:
        result = catalogs.report(catalogs.TRANSLATIONS, code)
        wrong = f", {len(result.problems)} with problems" if result.problems else ""
        say(f"{code:<{width}}  {result.finished:4} finished, {result.unfinished:4} unfinished{wrong}")
        for problem in result.problems:
            print(f"    {problem}")
    built = catalogs.build_pseudo(template, catalogs.PSEUDO_DIR)
    say(
        f"pseudo locales {', '.join(pseudo.PSEUDO_LOCALES)} (for tests, never shipped): {shown(built[0].parent)}/"
    )
    homeless = catalogs.homeless(template)
    if homeless:
        say(
            f"{len(homeless)} message(s) in the empty context, where no translation reaches them "
            "(a tr() outside a class: use self.tr in the class or QCoreApplication.translate "
            'with a literal context, "Context"):'
        )
        for line in homeless:
            print(f"    {line}")
        return 1
    return 0


def release() -> int:
    stale = catalogs.stale()
    catalogs.release(stale)
    if stale:
        say(f"built {', '.join(path.with_suffix('.qm').name for path in stale)}")
    return 0


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if len(argv) > 1 or command not in ("update", "release"):
        print(__doc__, file=sys.stderr)
        return 2
    try:
        return update() if command == "update" else release()
    except ToolError as exc:
        print(f"tr: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
