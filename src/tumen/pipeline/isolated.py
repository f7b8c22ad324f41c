"""Case-base updates in a short-lived child process, so that a long run's memory does not creep.

An update builds many small objects and frees them when it ends, but the allocator keeps the arenas a few
long-lived objects still pin: over a long run the resident set of the process that updates grows by a megabyte or
two per thousand documents although what it holds does not (docs/performance.md, "Thirteenth run"). Forked for one
update, a child has the parent's memory (copy on write: the store, its keys, the loaded vocabularies) without
copying it, opens its own connections, runs the update in its own transaction and exits; what it allocated goes
with it. The parent only waits for the small report.

Used by ``tumen process`` on Linux from the main thread (where forking is safe for what the child does: it touches
no lock another thread may hold, and leaves through ``os._exit``); elsewhere, and when asked not to, the update
runs in the calling process as before. Ctrl-C or SIGTERM in the parent stops the child, whose transaction then
rolls back.
"""

from __future__ import annotations

import logging
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable
from typing import TypeVar

from tumen.errors import TumenError

log = logging.getLogger(__name__)
T = TypeVar("T")


class UpdateFailed(TumenError):
    """The child process that ran an update failed without an error that could be passed back."""


def available() -> bool:
    """Whether updates can run in a forked child here: Linux, from the main thread."""
    return sys.platform.startswith("linux") and threading.current_thread() is threading.main_thread()


def run_forked(work: Callable[[], T], before: Callable[[], None]) -> T:
    """Run ``work()`` in a forked child (``before()`` first, in the child: to drop connections inherited from the
    parent) and return its result, or raise the error it raised."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read)
        code = 0
        try:
            before()
            outcome: tuple[bool, object] = (True, work())
        except BaseException as exc:  # every failure goes back to the parent
            code = 1
            outcome = (False, exc)
        try:
            payload = pickle.dumps(outcome)
        except Exception as exc:  # an error that does not pickle: told by its text
            payload = pickle.dumps((False, UpdateFailed(f"{type(outcome[1]).__name__}: {outcome[1]} ({exc})")))
        with os.fdopen(write, "wb") as out:
            out.write(payload)
        os._exit(code)
    os.close(write)
    try:
        with os.fdopen(read, "rb") as incoming:
            payload = incoming.read()
    except BaseException:  # Ctrl-C, SIGTERM: stop the child (its transaction rolls back), then go on stopping
        _stop(pid)
        raise
    _, status = os.waitpid(pid, 0)
    if not payload:
        raise UpdateFailed(f"the update's child process ended without a result ({_describe(status)})")
    ok, value = pickle.loads(payload)  # bytes from our own child process
    if ok:
        return value  # type: ignore[no-any-return]
    raise value if isinstance(value, BaseException) else UpdateFailed(str(value))


def _stop(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass


def _describe(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"killed by signal {os.WTERMSIG(status)}"
    return f"exit status {os.waitstatus_to_exitcode(status)}"
