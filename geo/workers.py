"""Run a function over many items in worker processes, results in input order.

Documents are independent, so extraction and geocoding parallelise; storing
them must not (one writer, in input order, so the store ends up exactly as a
single-process run leaves it).  :func:`ordered_map` is that split: the work
goes to a pool of *spawned* processes (safe on every platform, no state
inherited by accident) in small chunks, a bounded number ahead, and the
results come back one by one in the order the items went in, for the caller
to store.

An item whose function raised comes back as :class:`ItemFailed` with the
reason; the items of a worker that died (killed, out of memory) come back as
:class:`ItemFailed` too, and a fresh pool takes the rest.
"""
from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any, Callable, Iterable, Iterator

from geo.errors import ItemFailed, WorkersUnavailable

#: Chunks kept in flight per worker: enough to hide the parent's own work, few enough to bound memory.
AHEAD = 3
DEFAULT_CHUNK = 8
#: How often a worker checks that the process that started it is still alive (seconds).
PARENT_CHECK_S = 1.0

WorkerInit = Callable[..., None]


def available_cores() -> int:
    """The cores this process may run on (the affinity mask where the platform has one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


def resolve_workers(value: int | str | None) -> int:
    """A ``--workers`` value as a number of processes: ``0`` or ``auto`` mean every core."""
    if value is None:
        return 1
    text = str(value).strip().lower()
    if text in ("auto", "0"):
        return available_cores()
    try:
        number = int(text)
    except ValueError:
        number = -1
    if number < 0:
        raise ValueError(f"bad number of workers {value!r} (want a whole number, 0 or 'auto' for every core)")
    return number


def _watch_parent(parent: int) -> None:
    """End this worker when its parent is gone (killed), instead of waiting for work forever."""
    while True:
        time.sleep(PARENT_CHECK_S)
        if os.getppid() != parent:
            os._exit(1)


def _start_worker(parent: int, initializer: WorkerInit | None, initargs: tuple[Any, ...]) -> None:
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="parent-watch").start()
    if initializer is not None:
        initializer(*initargs)


def run_chunk(func: Callable[[Any], Any], chunk: list[Any]) -> list[Any]:
    """In a worker (a pool's or a Dask cluster's): ``func`` over a chunk; an exception becomes
    that item's ItemFailed."""
    out: list[Any] = []
    for item in chunk:
        try:
            out.append(func(item))
        except Exception as exc:  # one bad item must not lose the chunk
            out.append(ItemFailed(f"{type(exc).__name__}: {exc}"))
    return out


def chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """The items in lists of ``size`` (at least one), the last one shorter."""
    it = iter(items)
    while chunk := list(islice(it, max(1, size))):
        yield chunk


def _outcome(chunk: list[Any], future: Future) -> list[Any]:
    try:
        return future.result()
    except BrokenProcessPool:
        return [ItemFailed("its worker process died (killed, or out of memory?); run again to retry it")
                for _ in chunk]


def _submit(pool: ProcessPoolExecutor, func: Callable[[Any], Any], chunk: list[Any]) -> Future:
    """The chunk's future; a pool that broke since the last result gives one that failed the same way
    (a worker can die between two submissions), so the caller handles both alike."""
    try:
        return pool.submit(run_chunk, func, chunk)
    except BrokenProcessPool as exc:
        lost: Future = Future()
        lost.set_exception(exc)
        return lost


def ordered_map(func: Callable[[Any], Any], items: Iterable[Any], workers: int,
                initializer: WorkerInit | None = None, initargs: tuple[Any, ...] = (),
                chunksize: int = DEFAULT_CHUNK) -> Iterator[Any]:
    """``func(item)`` for every item in ``workers`` spawned processes, yielded in input order.

    ``func`` and ``initializer`` must be module-level functions (they are pickled);
    ``initializer(*initargs)`` runs once in each worker, e.g. to load a gazetteer.
    Failed items are yielded as :class:`ItemFailed`, never raised; a pool that
    dies before finishing anything raises :class:`WorkersUnavailable`.
    """
    pending = chunks(items, chunksize)
    context = multiprocessing.get_context("spawn")
    exhausted = False
    done = 0
    while not exhausted:
        finished_here = 0
        pool = ProcessPoolExecutor(max(1, workers), mp_context=context, initializer=_start_worker,
                                   initargs=(os.getpid(), initializer, initargs))
        running: deque[tuple[list[Any], Future]] = deque()
        try:
            while True:
                while len(running) < max(1, workers) * AHEAD and not exhausted:
                    chunk = next(pending, None)
                    if chunk is None:
                        exhausted = True
                    else:
                        running.append((chunk, _submit(pool, func, chunk)))
                if not running:
                    break
                chunk, future = running.popleft()
                try:
                    results = future.result()
                except BrokenProcessPool as exc:
                    if not finished_here:
                        raise WorkersUnavailable(f"worker processes died before doing any work ({exc})",
                                                 done) from None
                    running.appendleft((chunk, future))
                    break  # every chunk in flight is lost with the pool: report them, start a new one
                finished_here += 1
                done += len(results)
                yield from results
            while running:
                results = _outcome(*running.popleft())
                done += len(results)
                yield from results
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
