"""One writer per corpus: ``<corpus>/kashshaf.lock``, held with a POSIX record lock
(``lockf``) while a corpus is open for writing.

The kernel lets go of the lock when the holding process ends, however it ends
(kill -9 included), so a lock is never left stale. A record lock belongs to the
process, not to its forked children (the index writer's and the readers' worker
processes), so a killed holder's children still exiting do not keep the corpus
locked. Within one process the lock is shared: the window and its background
import both write to the corpus and take turns through SQLite and whoosh, so only
another process is refused. (A process must not open and close the lock file
while it holds the lock: closing any descriptor of it drops a record lock. The
registry below opens it once.)
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import socket
import threading
import time
from pathlib import Path
from typing import Any

from kashshaf.core.messages import CodedMessage

LOCK_NAME = "kashshaf.lock"


class CorpusBusy(RuntimeError):
    """Another process has the corpus open for writing; the message says which, and
    :attr:`holder` is what its lock file says (``pid``, ``host``, ``since``; empty
    when unreadable)."""

    def __init__(self, message: str, holder: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.holder: dict[str, Any] = holder or {}


class CorpusNotWritable(CodedMessage, RuntimeError):
    """The corpus folder cannot be written (a read-only folder or disk); the message says why."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(self._set(code, params))


class NotLockedHere(CodedMessage, CorpusBusy):
    """A job was asked to write a corpus that the process it works for does not hold (any more)."""

    def __init__(self, corpus_dir: Path) -> None:
        super().__init__(self._set("not-locked", {"path": corpus_dir}))


_held: dict[str, list[int]] = {}
"""real path of a corpus -> [file descriptor of its lock, number of holders in this process]"""
_guard = threading.Lock()


def _key(corpus_dir: Path) -> str:
    return os.path.realpath(corpus_dir)


def acquire(corpus_dir: Path) -> None:
    """Take the corpus' write lock (or share this process' hold of it).

    Raises :class:`CorpusBusy` when another process holds it and
    :class:`CorpusNotWritable` when the folder cannot be written.
    """
    with _guard:
        key = _key(corpus_dir)
        if key in _held:
            _held[key][1] += 1
            return
        path = corpus_dir / LOCK_NAME
        try:
            corpus_dir.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise CorpusNotWritable("folder-unwritable", path=corpus_dir, reason=exc.strerror) from exc
            raise
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise CorpusBusy(
                    f"the corpus {corpus_dir} is open in another Kashshaf ({holder(corpus_dir)})",
                    holder_info(corpus_dir),
                ) from exc
            raise
        info = {"pid": os.getpid(), "host": socket.gethostname(), "since": time.strftime("%Y-%m-%d %H:%M:%S")}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(info).encode(), 0)
        _held[key] = [fd, 1]


def release(corpus_dir: Path) -> None:
    with _guard:
        key = _key(corpus_dir)
        entry = _held.get(key)
        if entry is None:
            return
        entry[1] -= 1
        if entry[1] == 0:
            del _held[key]
            os.close(entry[0])  # closing the descriptor lets go of the lock


def holder_info(corpus_dir: Path) -> dict[str, Any]:
    """What the lock file says of its holder (``pid``, ``host``, ``since``); empty when unreadable.

    Only called when this process does not hold the lock (reading the file would drop it)."""
    try:
        info = json.loads((corpus_dir / LOCK_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return info if isinstance(info, dict) and {"pid", "since"} <= info.keys() else {}


def holder(corpus_dir: Path) -> str:
    """Who holds the lock, as a person would want to know it: ``process 4242, since 10:02``."""
    info = holder_info(corpus_dir)
    if not info:
        return "process unknown"
    where = "" if info.get("host") == socket.gethostname() else f" on {info.get('host')}"
    return f"process {info['pid']}{where}, since {info['since']}"


def check_held_by(corpus_dir: Path, pid: int) -> None:
    """Raise :class:`CorpusBusy` unless process ``pid`` holds the corpus' lock now
    (a job working for that process may then write)."""
    try:
        info = json.loads((corpus_dir / LOCK_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise NotLockedHere(corpus_dir) from exc
    probe = os.open(corpus_dir / LOCK_NAME, os.O_RDONLY)
    try:  # a free lock (the holder died) is not a hold
        free = fcntl.lockf(probe, fcntl.LOCK_SH | fcntl.LOCK_NB) is None
    except OSError:
        free = False
    finally:
        os.close(probe)
    if info.get("pid") != pid or free or info.get("host") != socket.gethostname():
        raise NotLockedHere(corpus_dir)


def is_held_here(corpus_dir: Path) -> bool:
    with _guard:
        return _key(corpus_dir) in _held
