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
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from types import FrameType

POLL_SECONDS = 0.2


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(POLL_SECONDS)
    os._exit(1)  # the parent is gone: nobody will ever read this worker's results


def watch_parent(parent: int) -> None:
    """Worker initialiser: exit as soon as ``parent`` (the run's process id) is no longer our parent."""
    if os.getppid() != parent:  # died before we got here
        os._exit(1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the parent stops us
    threading.Thread(target=_watch, args=(parent,), name="tumen-parent-watch", daemon=True).start()


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
