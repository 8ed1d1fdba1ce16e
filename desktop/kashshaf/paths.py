"""Where Kashshaf's resources and seeds live, and where user data goes.

Resources, seeds and the licence texts are read from the source checkout
(``<root>/resources``, ``<root>/packaging/licences``) or, in a frozen bundle,
from the bundle folder (``resources/``, ``licences/``). User data (corpora, their
stores and indexes) lives in the XDG data directory, never in the install
folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "kashshaf"


def app_root() -> Path:
    """The folder that holds ``resources/`` and ``seeds/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    override = os.environ.get("KASHSHAF_ROOT")
    if override:
        return Path(override)
    # desktop/kashshaf/paths.py -> project root
    return Path(__file__).resolve().parent.parent.parent


def resource_path(*parts: str) -> Path:
    return app_root().joinpath("resources", *parts)


def licences_dir() -> Path:
    """The third-party licence texts and ``components.json``: ``licences/`` beside ``resources/`` in a
    frozen bundle (the bundle ships ``packaging/licences`` there), ``packaging/licences`` in a checkout."""
    root = app_root()
    candidates = [root / "licences", root / "packaging" / "licences"]
    if not getattr(sys, "frozen", False):
        candidates.reverse()
    return next((c for c in candidates if c.is_dir()), candidates[0])


def seeds_dir() -> Path:
    return app_root() / "seeds"


def user_data_dir() -> Path:
    """``$KASHSHAF_DATA_DIR``, else ``$XDG_DATA_HOME/kashshaf``, else ``~/.local/share/kashshaf``."""
    override = os.environ.get("KASHSHAF_DATA_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_NAME


def default_corpus_dir() -> Path:
    return user_data_dir() / "corpora" / "default"
