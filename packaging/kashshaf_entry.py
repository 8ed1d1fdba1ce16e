"""The bundle's entry point (PyInstaller runs this file as ``__main__``): one executable for the
window (no command) and the command line (``kashshaf search …``), as ``kashshaf.cli:main`` is.

``freeze_support()`` first, on every platform: the import's reader processes (``forkserver``) and
the window's background jobs (``spawn``) start this same executable again, and it must then run
the worker, not the window.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from kashshaf.cli import main

    sys.exit(main())
