"""Run a batch on a Dask distributed cluster: the same chunks, the same order, the same bytes.

``--dask local`` starts a LocalCluster on this machine (loopback only); any other value is
a scheduler address (``tcp://scheduler:8786``). Chunks go out with a bounded number in
flight, so memory on the driver stays flat, and results are yielded in input order.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from restore.batch import CHUNK_SIZE, Outcome, _detached, _windowed, restore_task
from restore.inputs import Task
from restore.pipeline import Pipeline, RestoreConfig


@lru_cache(maxsize=8)
def _pipeline(config: RestoreConfig) -> Pipeline:
    return Pipeline(config)


def restore_chunk(
    tasks: list[Task], config: RestoreConfig, references: tuple[str, ...], keep_edits: bool
) -> list[Outcome]:
    """What a Dask worker runs: one pipeline per worker process, reused across chunks."""
    pipeline = _pipeline(config)
    return _detached([restore_task(t, pipeline, references or None, keep_edits) for t in tasks])


def _client(address: str) -> tuple[Any, Any]:
    from dask.distributed import Client, LocalCluster

    if address == "local":
        cluster = LocalCluster(
            n_workers=os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        )
        return Client(cluster), cluster
    return Client(address), None


def run_on_dask(
    tasks: Iterable[Task],
    config: RestoreConfig,
    references: tuple[str, ...],
    address: str,
    chunk_size: int = CHUNK_SIZE,
    keep_edits: bool = True,
) -> Iterator[Outcome]:
    client, cluster = _client(address)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        refs = client.scatter(references, broadcast=True) if references else ()
        yield from _windowed(
            lambda chunk: client.submit(restore_chunk, chunk, config, refs, keep_edits, pure=False),
            tasks,
            chunk_size,
            workers * 3,
        )
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
