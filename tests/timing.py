"""CPU time for the complexity tests (time(2n) against time(n)), measured so that
the comparison holds on a busy machine.

>>> cpu_seconds(lambda: sum(range(1000))) < 1.0
True
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable


def cpu_seconds(run: Callable[[], object], repeat: int = 3) -> float:
    """The best of ``repeat`` runs of ``run()``, in CPU time (other processes
    aside), with the garbage collector paused (a collection of the whole test
    session's objects would otherwise land in one run and dwarf it)."""
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        best = float("inf")
        for _ in range(repeat):
            started = time.process_time()
            run()
            best = min(best, time.process_time() - started)
    finally:
        if enabled:
            gc.enable()
    return best
