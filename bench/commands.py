"""The command a start-up benchmark runs and its environment, shared by bench_startup.py and
bench_cli_startup.py."""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def command_and_env(exe: str | None, tmp: Path, **extra: str) -> tuple[list[str], dict[str, str]]:
    """``exe`` split as a shell would (``--exe``: the bundle's or the installed executable), else this
    checkout's ``python -m kashshaf``; the environment with a fresh data and settings folder in
    ``tmp`` and the bytecode kept (in ``tmp``) as an installed package or the bundle has it, plus
    ``extra``."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        KASHSHAF_DATA_DIR=str(tmp / "data"),
        XDG_CONFIG_HOME=str(tmp / "config"),
        PYTHONPYCACHEPREFIX=str(tmp / "pycache"),
        **extra,
    )
    if exe:
        return shlex.split(exe), env
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "desktop"), env.get("PYTHONPATH")]))
    return [sys.executable, "-m", "kashshaf"], env


def not_a_corpus(corpus: Path) -> bool:
    """True (and said) when ``corpus`` holds no corpus: the large-corpus benchmarks measure the one
    bench_query.py builds, and never build it themselves."""
    if (corpus / "kashshaf.sqlite3").exists():
        return False
    print(f"{corpus} is not a corpus; build it with bench/bench_query.py first")
    return True
