"""``python -m kashshaf``: with arguments, the CLI; without, the default corpus.

Until the window lands (the desktop-window issue), starting without
arguments opens the default corpus (the bundled seeds on first start) and
prints its summary.
"""

from __future__ import annotations

import sys

from kashshaf.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["stats"]))
