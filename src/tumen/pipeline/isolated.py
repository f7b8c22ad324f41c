"""Case-base updates in a short-lived child process, so that a long run's memory does not creep.

An update builds many small objects and frees them when it ends, but the allocator keeps the arenas a few
long-lived objects still pin: over a long run the resident set of the process that updates grows by a megabyte or
two per thousand documents although what it holds does not (docs/performance.md, "Thirteenth run"). Forked for one
update, a child has the parent's memory (copy on write: the store, its keys, the loaded vocabularies) without
copying it, opens its own connections, runs the update in its own transaction and exits; what it allocated goes
with it. The parent reads back only the small report — waiting for it (:func:`run_forked`), or going on with other
work meanwhile and collecting it later (:func:`start_forked`: ``tumen process`` extracts the next documents while
the case base takes in the last ones).

Used by ``tumen process`` on Linux from the main thread (where forking is safe for what the child does: it touches
no lock another thread may hold, and leaves through ``os._exit``); elsewhere, and when asked not to, the update
runs in the calling process as before. Ctrl-C or SIGTERM in the parent stops the child, whose transaction then
rolls back.
"""

from __future__ import annotations

import logging
import os
import pickle
import select
import signal
import sys
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from tumen.errors import TumenError

log = logging.getLogger(__name__)
T = TypeVar("T")


class UpdateFailed(TumenError):
    """The child process that ran an update failed without an error that could be passed back."""


def available() -> bool:
    """Whether updates can run in a forked child here: Linux, from the main thread."""
    return sys.platform.startswith("linux") and threading.current_thread() is threading.main_thread()


class Forked(Generic[T]):
    """``work()`` running in a forked child: ask whether it is :meth:`done` without waiting, then take its
    :meth:`result` (or :meth:`stop` it)."""

    def __init__(self, pid: int, incoming: int) -> None:
        self.pid = pid
        self._incoming = incoming  # the pipe the child writes its pickled outcome to, then closes

    def done(self) -> bool:
        """Whether the child has finished (its outcome, or the end of the pipe, can be read without waiting)."""
        ready, _, _ = select.select([self._incoming], [], [], 0)
        return bool(ready)

    def result(self) -> T:
        """Wait for the child; its result, or the error it raised. Ctrl-C or SIGTERM while waiting stops it."""
        try:
            with os.fdopen(self._incoming, "rb") as incoming:
                payload = incoming.read()
        except BaseException:  # Ctrl-C, SIGTERM: stop the child (its transaction rolls back), then go on stopping
            _stop(self.pid)
            raise
        _, status = os.waitpid(self.pid, 0)
        if not payload:
            raise UpdateFailed(f"the update's child process ended without a result ({_describe(status)})")
        ok, value = pickle.loads(payload)  # bytes from our own child process
        if ok:
            return value  # type: ignore[no-any-return]
        raise value if isinstance(value, BaseException) else UpdateFailed(str(value))

    def stop(self) -> None:
        """Stop the child now (its transaction rolls back) and reap it."""
        os.close(self._incoming)
        _stop(self.pid)


def start_forked(work: Callable[[], T], before: Callable[[], None]) -> Forked[T]:
    """Start ``work()`` in a forked child (``before()`` first, in the child: to drop connections inherited from the
    parent) and return at once."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns, whatever happens
        try:
            _child(work, before, read, write)
        finally:
            os._exit(1)  # reached only if telling the parent failed (it stopped listening)
    os.close(write)
    return Forked(pid, read)


def _child(work: Callable[[], object], before: Callable[[], None], read: int, write: int) -> None:
    # SIGTERM (the parent stopping us) ends the child at once, its transaction rolled back by the database; Ctrl-C
    # reaches the whole process group, and the parent, which hears it too, stops us.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
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


def run_forked(work: Callable[[], T], before: Callable[[], None]) -> T:
    """Run ``work()`` in a forked child (see :func:`start_forked`) and return its result, or raise its error."""
    return start_forked(work, before).result()


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
