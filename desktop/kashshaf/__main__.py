"""``python -m kashshaf``: without arguments the desktop window, with arguments the CLI."""

from __future__ import annotations

import sys


def run(argv: list[str]) -> int:
    from kashshaf.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
