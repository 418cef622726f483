"""Parallel ingest: worker processes extract, the parent stores in input order, so the store
is exactly what one process makes; failures and dead workers are reported per document."""
from __future__ import annotations

import math
import os

import pytest

from geo.cli import main
from geo.errors import ItemFailed, WorkersUnavailable
from geo.ingest import ingest_paths
from geo.store import open_store
from geo.workers import available_cores, ordered_map, resolve_workers
from support.articles import write_articles
from support.store_contents import contents


def sqrt_or_die(x: float) -> float:
    """math.sqrt, except that -99 kills the worker process that gets it."""
    if x == -99:
        os._exit(3)
    return math.sqrt(x)


def test_results_come_back_in_input_order_with_failures_in_place():
    items = [16, 9, -1, 4, 25, 1, 0, 36, 49, 64, 81]
    out = list(ordered_map(math.sqrt, items, 2, chunksize=2))
    assert [r if not isinstance(r, ItemFailed) else "failed" for r in out] == \
        [4.0, 3.0, "failed", 2.0, 5.0, 1.0, 0.0, 6.0, 7.0, 8.0, 9.0]
    assert str(out[2]) == "ValueError: math domain error"


@pytest.mark.slow
def test_a_dead_worker_loses_only_the_documents_in_flight():
    items = [float(i * i) for i in range(40)] + [-99.0] + [float(i * i) for i in range(40, 60)]
    out = list(ordered_map(sqrt_or_die, items, 2, chunksize=1))
    assert len(out) == len(items)
    failed = [i for i, r in enumerate(out) if isinstance(r, ItemFailed)]
    assert 40 in failed and "worker process died" in str(out[40])
    assert len(failed) <= 2 * 3  # at most the chunks in flight (workers x AHEAD)
    assert all(out[i] == math.sqrt(items[i]) for i in range(len(items)) if i not in failed)


@pytest.mark.slow
def test_a_pool_that_cannot_work_at_all_says_so():
    with pytest.raises(WorkersUnavailable) as info:
        list(ordered_map(sqrt_or_die, [-99.0, 1.0], 2, chunksize=1))
    assert info.value.done == 0


@pytest.mark.parametrize("value, expected", [("1", 1), (3, 3), ("auto", None), ("0", None), (None, 1)])
def test_worker_counts(value, expected):
    assert resolve_workers(value) == (expected or available_cores())


@pytest.mark.parametrize("value", ["-1", "many", "1.5"])
def test_bad_worker_counts_are_refused(value):
    with pytest.raises(ValueError, match="number of workers"):
        resolve_workers(value)


@pytest.mark.slow
def test_two_workers_store_exactly_what_one_worker_stores(tmp_path, seed_paths, new_store_url):
    folder = tmp_path / "in"
    write_articles(folder, 60)
    for seed in seed_paths:
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "again.txt").write_bytes(seed_paths[0].read_bytes())  # the same text under another name
    (folder / "bad.json").write_text("{not json", encoding="utf-8")
    results, seen = [], []
    for workers in (1, 2):
        progress: list[tuple[int, int]] = []
        with open_store(new_store_url(f"w{workers}")) as store:
            summary = ingest_paths([str(folder)], store, workers=workers,
                                   progress=lambda done, total, label: progress.append((done, total)))
            results.append((contents(store), store.document_count()))
        seen.append((summary.documents_new, summary.documents_unchanged, summary.documents_failed,
                     summary.incidents_new, summary.incidents_merged, summary.errors, summary.warnings))
        assert progress == [(i, 64) for i in range(1, 65)]
    assert results[0] == results[1] and results[0][1] == 62 and len(results[0][0]) > 60
    assert seen[0] == seen[1] and seen[0][:3] == (62, 1, 1)


@pytest.mark.slow
def test_the_cli_takes_workers(tmp_path, capsys):
    write_articles(tmp_path / "in", 20)
    assert main(["ingest", "--quiet", "--workers", "2", str(tmp_path / "in")]) == 0
    assert capsys.readouterr().out.startswith("documents: 20 new, 0 unchanged, 0 failed")
    with pytest.raises(SystemExit):
        main(["ingest", "--workers", "lots", str(tmp_path / "in")])
    assert "bad number of workers 'lots'" in capsys.readouterr().err


def test_a_few_documents_are_not_worth_a_worker(seed_paths):
    with open_store() as store:
        summary = ingest_paths(list(map(str, seed_paths)), store, geocoder=Unpicklable(), workers=2)
    assert summary.ok and summary.warnings == []  # extracted here: the geocoder never had to travel


class Unpicklable:
    """A geocoder holding a lambda: it cannot be pickled into a worker process."""

    def __init__(self) -> None:
        from geo.geocode import default_geocoder

        self.inner = default_geocoder(online=False)
        self.ask = lambda *args, **kwargs: self.inner.geocode(*args, **kwargs)
        self.asked = 0

    def geocode(self, *args, **kwargs):
        self.asked += 1
        return self.ask(*args, **kwargs)


def test_a_geocoder_that_cannot_go_to_workers_runs_here_with_a_warning(tmp_path):
    geocoder = Unpicklable()
    write_articles(tmp_path / "in", 20)
    with open_store() as store:
        summary = ingest_paths([str(tmp_path / "in")], store, geocoder=geocoder, workers=2)
        assert summary.ok and store.count() > 0 and geocoder.asked > 0
    (warning,) = summary.warnings
    assert warning.startswith("running with one worker: the geocoder cannot be sent to worker processes (")


class DiesInWorkers(Unpicklable):
    """A geocoder that can be sent to a worker but kills it on arrival (a worker that cannot start)."""

    def __reduce__(self):
        return os._exit, (4,)


def test_workers_that_cannot_start_leave_the_work_to_this_process(tmp_path):
    write_articles(tmp_path / "in", 20)
    geocoder = DiesInWorkers()
    with open_store() as store:
        summary = ingest_paths([str(tmp_path / "in")], store, geocoder=geocoder, workers=2)
        assert summary.ok and summary.documents_new == 20 and geocoder.asked > 0
    (warning,) = summary.warnings
    assert warning.startswith("running with one worker: worker processes died before doing any work")
