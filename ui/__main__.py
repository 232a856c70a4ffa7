"""``python -m ui``: the same as the ``dispute-desk`` command."""

import sys

from ui.entry import main

sys.exit(main())
