"""Run a function over many items on a Dask cluster, results in input order.

The same contract as :func:`geo.workers.ordered_map`, for more cores than one
machine has: the items go to the cluster's workers in partitions (a bounded
number ahead), an initialiser runs once in each worker process (a
``WorkerPlugin``, so a worker restarted later runs it too), and the results come
back to this process partition by partition, in the order the items went in,
for the caller to store.  A partition that runs twice (its worker died and the
scheduler gave it to another) is still seen once here; a function that stores on
the workers (:mod:`geo.cluster_store`) relies on the store to find what the first
run already stored.

An item whose function raised comes back as :class:`ItemFailed`.  A partition
whose workers keep dying (the scheduler gives up after
``distributed.scheduler.allowed-failures`` deaths) is tried again one item at a
time, each alone, so only the item that kills its worker fails.

``--scheduler`` takes ``local:N`` (a LocalCluster of N processes on this
machine, listening on 127.0.0.1 only, no dashboard) or ``tcp://host:port`` (an
existing scheduler; it and its workers need this package installed, the scheduler
to unpickle the task graph).
"""
from __future__ import annotations

import logging
import os
import re
import signal
import uuid
from collections import deque
from contextlib import contextmanager
from typing import Any, Callable, Iterable, Iterator

from geo.errors import ItemFailed, UserError
from geo.workers import WorkerInit, chunks, run_chunk

#: Items per task: big enough that the scheduler's few milliseconds per task do not show,
#: small enough that a lost worker costs little work to redo (its partition is retried).
PARTITION = 32
#: Partitions kept in flight per worker: the workers stay busy while this process stores.
AHEAD = 3
#: Seconds to wait for a ``tcp://`` scheduler to answer (GEO_SCHEDULER_TIMEOUT overrides it).
CONNECT_TIMEOUT_S = 10.0

_LOCAL = re.compile(r"local:(\d+)")
_REMOTE = re.compile(r"(tcp|tls)://[^\s/:]+:\d{1,5}")


def parse_scheduler(value: str) -> str:
    """A ``--scheduler`` value, checked: ``local:N`` (N >= 1) or ``tcp://host:port``."""
    text = str(value).strip()
    local = _LOCAL.fullmatch(text)
    if local and int(local.group(1)) >= 1:
        return f"local:{int(local.group(1))}"
    if _REMOTE.fullmatch(text) and 0 < int(text.rsplit(":", 1)[1]) < 65536:
        return text
    raise UserError(f"bad scheduler {value!r} (want local:N for N processes here, "
                    "or tcp://host:port for a running Dask scheduler)")


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise UserError("--scheduler needs Dask: pip install 'dask[distributed]' "
                        "(or leave --scheduler out to ingest on this machine)") from None
    return distributed


def _timeout() -> float:
    try:
        return float(os.environ.get("GEO_SCHEDULER_TIMEOUT", CONNECT_TIMEOUT_S))
    except ValueError:
        return CONNECT_TIMEOUT_S


@contextmanager
def _quiet_logs() -> Iterator[None]:
    """Dask's own log lines (tracebacks of its reconnects, restarted workers) kept off standard error:
    what went wrong reaches the user as an ItemFailed or a UserError, in one line."""
    names = ["distributed"] + [n for n in logging.root.manager.loggerDict if n.startswith("distributed.")]
    levels = {name: logging.getLogger(name).level for name in names}
    for name in names:
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)


@contextmanager
def connect(scheduler: str) -> Iterator[Any]:
    """A ``distributed.Client`` for a ``--scheduler`` value, closed (with its LocalCluster) on exit."""
    address = parse_scheduler(scheduler)
    distributed = _distributed()
    with _quiet_logs():
        yield from _connected(distributed, address)


def _connected(distributed: Any, address: str) -> Iterator[Any]:
    """The client (and the LocalCluster of ``local:N``) of :func:`connect`, closed when done,
    whatever ends it (an error, Ctrl-C)."""
    local = _LOCAL.fullmatch(address)
    cluster = client = None
    try:
        try:
            if local:
                # the scheduler's HTTP server (health, metrics; no dashboard) on any free loopback port,
                # not 8787, which another cluster may hold (Dask would warn on standard error)
                cluster = distributed.LocalCluster(n_workers=int(local.group(1)), threads_per_worker=1,
                                                   processes=True, host="127.0.0.1", dashboard_address=None,
                                                   scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                                                   silence_logs=logging.CRITICAL)
                client = distributed.Client(cluster)
            else:
                client = distributed.Client(address, timeout=_timeout())
        except (OSError, TimeoutError) as exc:
            raise UserError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
        try:
            client.wait_for_workers(1, timeout=_timeout())
        except (OSError, TimeoutError):
            raise UserError(f"the Dask scheduler at {address} has no workers (none joined in "
                            f"{_timeout():g} s)") from None
        if local:
            client.register_plugin(_initializer_plugin(_ignore_interrupts, ()), name="geo-ignore-interrupts")
        yield client
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()


def _ignore_interrupts() -> None:
    """In a worker process of ``local:N``: Ctrl-C reaches the whole process group, and is for this
    client, which closes the cluster; a worker would print a traceback of it instead."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _initializer_plugin(initializer: WorkerInit, initargs: tuple[Any, ...],
                        finalizer: Callable[[], None] | None = None) -> Any:
    """A WorkerPlugin that runs ``initializer(*initargs)`` once in every worker, present and future,
    and ``finalizer()`` when it is unregistered or the worker closes (a store's connections)."""
    from distributed.diagnostics.plugin import WorkerPlugin

    class RunOnce(WorkerPlugin):  # defined here: this module must import without distributed
        def setup(self, worker: Any) -> None:
            initializer(*initargs)

        def teardown(self, worker: Any) -> None:
            if finalizer is not None:
                finalizer()

    return RunOnce()


#: How to go on after a failure of the cluster itself: nothing stored is lost.
_AGAIN = "the documents stored so far are kept, run the same command again to ingest the rest"


def cluster_error(exc: Exception) -> UserError:
    """A failure of the cluster itself (not of one document) as one line that says what to do: a lost
    scheduler (a cancelled task, a closed or timed-out connection: plain OSError in ``distributed``), or
    a cluster that cannot run this program (``geo`` missing on a worker or on the scheduler, which
    unpickles the task graph, or a worker whose initialiser failed, e.g. without its gazetteer)."""
    distributed = _distributed()
    text = re.split(r"\.\s|\n", str(exc).strip(), maxsplit=1)[0]
    name = type(exc).__name__
    reason = text if name == "Exception" and text else f"{name}: {text}" if text else name
    if isinstance(exc, (distributed.CancelledError, ConnectionError, TimeoutError)) or type(exc) in (
            OSError, distributed.comm.CommClosedError):
        return UserError(f"lost the Dask scheduler ({reason}); {_AGAIN}")
    return UserError(f"the Dask cluster cannot run this program ({reason}): install drone-incident-atlas "
                     f"(this package) on the scheduler and on every worker; {_AGAIN}")


class _Run:
    """One cluster_map call: its task names, and what to do when a partition cannot be had."""

    def __init__(self, client: Any, func: Callable[[Any], Any], whole: bool = False) -> None:
        self.client, self.func, self.whole = client, func, whole
        self.token = uuid.uuid4().hex[:12]
        self.count = 0

    def submit(self, chunk: list[Any]) -> Any:
        self.count += 1
        try:
            key = f"geo-{self.token}-{self.count}"
            if self.whole:
                return self.client.submit(self.func, chunk, key=key, pure=False)
            return self.client.submit(run_chunk, self.func, chunk, key=key, pure=False)
        except Exception as exc:  # a closed client, a func that cannot be pickled
            raise cluster_error(exc) from None

    def results(self, chunk: list[Any], future: Any, alone: bool = False) -> list[Any]:
        """The partition's results; a partition whose workers kept dying, again item by item,
        each alone (so that the item that kills its worker takes no other with it)."""
        distributed = _distributed()
        try:
            return list(future.result())
        except distributed.KilledWorker as exc:
            if alone:
                return [ItemFailed(f"its worker process died every time it was tried ({exc}); "
                                   "out of memory?")]
            return [result for item in chunk for result in self.results([item], self.submit([item]), True)]
        except Exception as exc:  # not a document's failure (run_chunk catches those): the cluster's
            raise cluster_error(exc) from None


def _in_flight(client: Any) -> int:
    try:
        workers = len(client.scheduler_info().get("workers", {}))
    except Exception:  # a scheduler that cannot say: assume one worker
        workers = 1
    return max(1, workers) * AHEAD


def cluster_map(func: Callable[[Any], Any], items: Iterable[Any], client: Any,
                initializer: WorkerInit | None = None, initargs: tuple[Any, ...] = (),
                partition: int | None = None, finalizer: Callable[[], None] | None = None,
                whole_partitions: bool = False) -> Iterator[Any]:
    """``func(item)`` for every item on the client's cluster, yielded in input order.

    ``func``, ``initializer`` and ``finalizer`` must be importable module-level functions (they
    are pickled to the workers); ``partition`` items go in a task (default :data:`PARTITION`);
    ``initializer(*initargs)`` runs once in each worker, ``finalizer()``
    there when the run ends.  With ``whole_partitions``, ``func`` takes a partition (a list) and
    returns one result per item, failures as :class:`ItemFailed`.
    Failed items are yielded as :class:`ItemFailed`, never raised; a failure of the cluster
    itself (see :func:`cluster_error`) raises :class:`UserError`.
    """
    run = _Run(client, func, whole_partitions)
    plugin = f"geo-init-{run.token}"
    pending = chunks(items, partition if partition is not None else PARTITION)  # (read now: tests set it)
    running: deque[tuple[list[Any], Any]] = deque()
    try:
        if initializer is not None:
            try:
                client.register_plugin(_initializer_plugin(initializer, initargs, finalizer), name=plugin)
            except Exception as exc:  # geo missing on a worker, or its initialiser failed there
                raise cluster_error(exc) from None
        ahead = _in_flight(client)
        while True:
            while len(running) < ahead and (chunk := next(pending, None)) is not None:
                running.append((chunk, run.submit(chunk)))
            if not running:
                break
            chunk, future = running.popleft()
            yield from run.results(chunk, future)
            future.release()
    finally:
        for _, future in running:
            future.cancel()
        if initializer is not None:
            try:
                client.unregister_worker_plugin(plugin)
            except Exception:  # the cluster is gone or never had it: nothing to undo
                pass
