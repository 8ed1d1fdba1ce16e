"""One writer per corpus: ``<corpus>/kashshaf.lock``, held with an open-file-description record
lock (Linux's ``F_OFD_SETLK``; a classic POSIX ``lockf`` where the system has none) while a corpus
is open for writing.

The kernel lets go of the lock when the last descriptor of its open file ends, and the holding
process' ends with it, however it ends (kill -9 included), so a lock is never left stale. The lock
belongs to the descriptor the registry below opened once; a child forked from the holder (whoosh's
index writer's workers are) closes its copy at once (``os.register_at_fork``), so a killed holder's
children still exiting do not keep the corpus locked. Within one process the lock is shared: the window and its background
import both write to the corpus and take turns through SQLite and whoosh, so only another process is
refused.

Not a classic POSIX lock: closing ANY descriptor of the file drops one of those, and Qt's file
dialog, shown in the corpus folder, reads each file's first bytes for its type. A window that had
switched corpus and exported excerpts lost its lock that way, and a command-line import then wrote
beside it (a new user's walkthrough, with ``/proc/locks``).
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import socket
import struct
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


def _lock_exclusive(fd: int) -> None:
    """Take the write lock of the whole file on ``fd`` now, or raise OSError (EAGAIN: held elsewhere)."""
    ofd = getattr(fcntl, "F_OFD_SETLK", None)
    if ofd is None:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return
    # struct flock: l_type, l_whence, l_start, l_len (0: to the end, the whole file), l_pid (0 for an OFD lock)
    fcntl.fcntl(fd, ofd, struct.pack("hhqqi4x", fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0))


_held: dict[str, list[int]] = {}
"""real path of a corpus -> [file descriptor of its lock, number of holders in this process]"""
_guard = threading.Lock()


def _close_inherited() -> None:
    """In a child just forked: close its copies of the lock descriptors (the parent's hold stays; the
    child's would outlive a killed parent). No lock taken: another thread may have held it at the fork."""
    for fd, _holders in list(_held.values()):
        try:
            os.close(fd)
        except OSError:
            pass
    _held.clear()


os.register_at_fork(after_in_child=_close_inherited)


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
            _lock_exclusive(fd)
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

    (Reading it does not drop this process' own hold: the lock is the registry's descriptor's.)"""
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
