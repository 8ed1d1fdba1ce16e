"""Long corpus jobs (import, rescan, re-index) in a process of their own.

The window stays responsive only if nothing heavy shares its interpreter: an
import run on a thread of the window's process competes with the event loop for
the GIL (whoosh merges and sorts postings in long C calls) and adds its memory
to the window's. :func:`run_in_process` runs a job in a fresh interpreter
(``spawn``), passes its progress back through a pipe, forwards a cancel, and
returns its result or raises its error.

The window holds the corpus' write lock (:mod:`kashshaf.core.corpus.lock`); the
job is its agent and writes under that lock (``Workspace(..., agent_of=pid)``
checks the lock's holder is the process that started it). The job stops when
that process dies (the kernel sends it SIGKILL), so there are never two writers.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import pickle
import signal
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

POLL_SECONDS = 0.05
PR_SET_PDEATHSIG = 1


class JobFailed(RuntimeError):
    """The job raised an error that could not be sent back as itself; the message keeps its text."""


class JobDied(RuntimeError):
    """The job's process ended without an answer (killed, out of memory, a crash)."""


def run_in_process(
    fn: Callable[..., Any],
    *args: Any,
    progress: Callable[[Any], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Any:
    """``fn(*args, progress=..., cancelled=...)`` in a new process; its result, or its error raised here."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    cancel = context.Event()
    # not a daemon: a daemonic process may not start the worker processes an import reads with
    process = context.Process(target=_child, args=(fn, args, sender, cancel, os.getpid()))
    process.start()
    sender.close()
    try:
        while True:
            if cancelled is not None and not cancel.is_set() and cancelled():
                cancel.set()
            if receiver.poll(POLL_SECONDS):
                try:
                    kind, value = receiver.recv()
                except EOFError:
                    process.join()
                    raise JobDied(_death(process.exitcode)) from None
                if kind == "progress":
                    if progress is not None:
                        progress(value)
                elif kind == "done":
                    return value
                else:
                    exc, trace = value
                    try:
                        exc.job_traceback = trace  # the job's own traceback, for a report
                    except AttributeError:
                        pass
                    raise exc
            elif not process.is_alive() and not receiver.poll():
                raise JobDied(_death(process.exitcode))
    finally:
        receiver.close()
        if process.is_alive():
            cancel.set()
            process.join(30)
        if process.is_alive():
            process.kill()
        process.join()


def _death(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return f"the job's process was stopped by {name} (out of memory?); what it stored so far is kept"
    return f"the job's process ended unexpectedly (exit code {code}); what it stored so far is kept"


def _child(fn: Callable[..., Any], args: tuple[Any, ...], sender: Any, cancel: Any, parent: int) -> None:
    _die_with(parent)

    def progress(value: Any) -> None:
        sender.send(("progress", value))

    def cancelled() -> bool:
        return bool(cancel.is_set()) or os.getppid() != parent

    try:
        result = fn(*args, progress=progress, cancelled=cancelled)
    except BaseException as exc:
        trace = traceback.format_exc()
        try:
            pickle.dumps(exc)
            sender.send(("failed", (exc, trace)))
        except Exception:
            sender.send(("failed", (JobFailed(f"{type(exc).__name__}: {exc}"), trace)))
    else:
        sender.send(("done", result))
    finally:
        sender.close()


def _die_with(parent: int) -> None:
    """Ask the kernel to kill this process when the one that started it dies (Linux)."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # it died before the request took hold
        os._exit(1)


# --- the jobs --------------------------------------------------------------------


def import_job(
    corpus: Path, paths: list[Path] | None, *, progress: Callable[[Any], None], cancelled: Callable[[], bool]
) -> Any:
    """Import ``paths`` into ``corpus`` (``None``: rescan its folders); the :class:`ImportReport`."""
    from kashshaf.core.workspace import Workspace

    with Workspace(corpus, agent_of=os.getppid()) as ws:
        if paths is None:
            return ws.rescan(progress=progress, cancelled=cancelled)
        return ws.import_paths(paths, progress=progress, cancelled=cancelled)


def index_job(corpus: Path, rebuild: bool, *, progress: Callable[[Any], None], cancelled: Callable[[], bool]) -> int:
    """Index what the store has and the index lacks (``rebuild``: everything, from scratch)."""
    from kashshaf.core.workspace import Workspace

    with Workspace(corpus, agent_of=os.getppid(), catch_up=False) as ws:
        if rebuild:
            return ws.reindex(progress=progress)
        return ws.index_pending(progress=progress, cancelled=cancelled)
