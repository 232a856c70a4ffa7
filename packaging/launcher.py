"""The frozen app's entry script: the same ``dispute-desk`` entry point as the installed package
(``ui.entry:main``), so the bundle and ``pip install`` behave alike."""

import sys

from ui.entry import main

if __name__ == "__main__":
    sys.exit(main())
