"""Writing an export's file: atomically (a temporary file renamed over the target), and never over an
existing file unless the caller says so; an ``ExportError`` names the file and the reason."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from kashshaf.core.messages import CodedMessage, message


class ExportError(CodedMessage, OSError):
    """An export that cannot be written; the message names the file and the reason."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(self._set(code, params))

    def __str__(self) -> str:
        return message(self.code, **dict(self.params))


def write_atomic(path: Path, data: bytes | str, overwrite: bool = False) -> None:
    """Write ``data`` to ``path`` through a temporary file; refuse to replace a file unless ``overwrite``."""
    if path.exists() and not overwrite:
        raise ExportError("export-exists", path=path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        if isinstance(data, str):
            tmp.write_text(data, encoding="utf-8")
        else:
            tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError("export-unwritable", path=path, reason=exc.strerror or exc) from exc


_NOT_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f\u200e\u200f\u2066-\u2069\u202a-\u202e]+')


def file_stem(*parts: str, today: str | None = None, longest: int = 60) -> str:
    """A file name (without extension) from ``parts`` (what it is, the query, ...), then ``today``: the
    characters no file system takes and the direction marks dropped, spaces as ``_``, each part cut to
    ``longest`` characters; empty parts left out. ``file_stem("concordance", '"وزير الخارجية"',
    today="2026-11-29")`` is ``concordance-وزير_الخارجية-2026-11-29``."""
    kept = []
    for part in (*parts, today or ""):
        clean = "_".join(_NOT_IN_NAMES.sub(" ", part).split())[:longest].strip("._-")
        if clean:
            kept.append(clean)
    return "-".join(kept)
