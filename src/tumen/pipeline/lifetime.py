"""Worker processes live no longer than the run that started them.

* Each worker watches its parent: when the parent is gone (killed with SIGKILL, say), the worker is
  re-parented, notices within a fraction of a second and exits.
* In the parent, SIGTERM is handled like SIGINT (Ctrl-C): it interrupts the run, which stops its
  workers at once instead of waiting for their batches, and rolls back the open transaction.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from types import FrameType

POLL_SECONDS = 0.2

# What a worker runs first. The pool's initializer is the builtin ``exec`` with this code as its
# argument: unpickling it imports nothing, so the watch starts at once, not after the seconds a
# worker spends importing tumen and spaCy (a tumen function as initializer would import them first).
_WATCH = """
import os, signal, threading, time

def _watch(parent, poll):
    while os.getppid() == parent:
        time.sleep(poll)
    os._exit(1)  # the parent is gone: nobody will ever read this worker's results

if os.getppid() != PARENT:  # died before we got here
    os._exit(1)
signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the parent stops us
threading.Thread(target=_watch, args=(PARENT, POLL), name="tumen-parent-watch", daemon=True).start()
"""


def worker_guard() -> tuple[Callable[..., object], tuple[str, dict[str, object]]]:
    """``initializer, initargs`` for a process pool whose workers exit when this process is gone."""
    code = _WATCH.replace("PARENT", str(os.getpid())).replace("POLL", repr(POLL_SECONDS))
    return exec, (code, {})


def _interrupt(_signum: int, _frame: FrameType | None) -> None:
    raise KeyboardInterrupt


@contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """Within the block, SIGTERM raises KeyboardInterrupt like SIGINT (in the main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def stop(pool: ProcessPoolExecutor) -> None:
    """Stop a pool now: cancel what has not started and terminate the workers (then reap them)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)
        if process.is_alive():
            process.kill()
