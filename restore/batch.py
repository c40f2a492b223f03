"""Batch cleanup: stream documents through the pipeline, in order, on one or many cores.

Documents go to worker processes in chunks, with a bounded number of chunks in flight, so
memory stays flat however large the input, and results come back in input order: the
output is byte-identical whatever the number of workers. A document that fails is
reported and skipped; the rest of the batch is still written.
"""

from __future__ import annotations

import contextlib
import gc
import json
import multiprocessing
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any, TextIO

from restore.atomic import atomic_writer
from restore.decisions import Decisions
from restore.inputs import DEFAULT_MAX_BYTES, STDIN, Task, iter_tasks
from restore.pipeline import Pipeline, Restoration, RestoreConfig

Reporter = Callable[[str], None]

#: Documents per chunk sent to a worker: large enough that the driver's per-chunk work
#: (futures, queues, threads waking) stays small beside the workers' (a quarter of the
#: driver's CPU time went there with 16), small enough to keep the pipe busy.
CHUNK_SIZE = 64


@dataclass(slots=True)
class Outcome:
    """A task and what became of it: the restored text and its counts, or an error.

    ``restoration`` (every edit) comes back from a worker only when the driver needs the
    edits (edit log, decisions, annotations): otherwise the driver, which shares the cores
    with the workers, would rebuild thousands of edit objects only to count them.
    """

    task: Task
    text: str | None = None
    language: str = "en"
    signature: str = ""
    applied: dict[str, int] = field(default_factory=dict)  # applied edits by stage
    suggestions: int = 0
    restoration: Restoration | None = None
    error: str | None = None

    @classmethod
    def of(cls, task: Task, r: Restoration, keep_edits: bool = True) -> Outcome:
        """The outcome of a restored task, counted; with ``r`` itself if ``keep_edits``."""
        applied: dict[str, int] = {}
        suggestions = 0
        for e in r.edits:
            if e.applied:
                applied[e.stage] = applied.get(e.stage, 0) + 1
            else:
                suggestions += 1
        kept = r if keep_edits else None
        return cls(task, r.text, r.language, r.signature, applied, suggestions, kept)


@dataclass
class Summary:
    """What a batch did: counted as it streams past."""

    documents: int = 0
    failed: int = 0
    warned: int = 0
    skipped: int = 0
    bytes_in: int = 0
    edits_by_stage: Counter[str] = field(default_factory=Counter)
    suggestions: int = 0
    seconds: float = 0.0
    signature: str = ""

    def line(self) -> str:
        stages = ", ".join(f"{k} {v}" for k, v in sorted(self.edits_by_stage.items())) or "none"
        return (
            f"{self.documents} documents, {self.failed} failed, {self.skipped} skipped; "
            f"edits by stage: {stages}; {self.suggestions} suggestions; {self.seconds:.1f} s; "
            f"{self.signature}"
        )


# --- worker side -----------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _init_worker(config: RestoreConfig, references: tuple[str, ...], keep_edits: bool) -> None:
    _WORKER["pipeline"] = Pipeline(config)
    _WORKER["references"] = references or None
    _WORKER["keep_edits"] = keep_edits


def restore_task(
    task: Task, pipeline: Pipeline, references: Sequence[str] | None, keep_edits: bool = True
) -> Outcome:
    """Restore one task; any failure becomes the outcome's error, never an exception."""
    if task.error is not None or task.text is None:
        return Outcome(task, error=task.error or "no text")
    try:
        result = pipeline.run(task.text, references, doc_id=task.doc_id)
    except RecursionError:
        return Outcome(task, error="document too deeply nested to process")
    except Exception as exc:  # a rule bug must not stop the batch
        return Outcome(task, error=f"internal error ({type(exc).__name__}: {exc})")
    return Outcome.of(task, result, keep_edits)


def _restore_chunk(tasks: list[Task]) -> list[Outcome]:
    pipeline, refs, keep = _WORKER["pipeline"], _WORKER["references"], _WORKER["keep_edits"]
    return _detached([restore_task(t, pipeline, refs, keep) for t in tasks])


#: What a worker's outcome carries instead of its task: the driver still has the task, and
#: sending each text back a second time would cost the driver as much as the result.
_DETACHED = Task("", None, "")


def _detached(outcomes: list[Outcome]) -> list[Outcome]:
    for outcome in outcomes:
        outcome.task = _DETACHED
    return outcomes


def _for_worker(task: Task) -> Task:
    """The part of a task a worker needs (the driver keeps the record and warnings)."""
    return Task(task.doc_id, task.text, "", error=task.error)


# --- driver side -----------------------------------------------------------------------


def _chunks(tasks: Iterable[Task], size: int) -> Iterator[list[Task]]:
    it = iter(tasks)
    while chunk := list(islice(it, size)):
        yield chunk


def _windowed(
    submit: Callable[[list[Task]], Future[list[Outcome]]],
    tasks: Iterable[Task],
    chunk_size: int,
    window: int,
) -> Iterator[Outcome]:
    """Submit chunks with at most ``window`` in flight; yield outcomes in input order."""
    pending: deque[tuple[list[Task], Future[list[Outcome]]]] = deque()
    for chunk in _chunks(tasks, chunk_size):
        pending.append((chunk, submit([_for_worker(t) for t in chunk])))
        while len(pending) >= window:
            yield from _attached(*pending.popleft())
    while pending:
        yield from _attached(*pending.popleft())


def _attached(chunk: list[Task], future: Future[list[Outcome]]) -> Iterator[Outcome]:
    """A chunk's outcomes with their tasks back in place."""
    for task, outcome in zip(chunk, future.result(), strict=True):
        outcome.task = task
        yield outcome


def _worker_context(pipeline: Pipeline) -> multiprocessing.context.BaseContext:
    """Fork warmed workers where that is safe: the driver loads the rules' tables once (and
    freezes them out of the garbage collector's reach, so that the workers' pages stay
    shared) instead of each worker loading its own. Elsewhere, the platform's default."""
    if "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
        return multiprocessing.get_context()
    pipeline.warm()
    gc.freeze()
    return multiprocessing.get_context("fork")


def run(
    tasks: Iterable[Task],
    config: RestoreConfig,
    references: Sequence[str] = (),
    workers: int = 1,
    dask: str | None = None,
    chunk_size: int = CHUNK_SIZE,
    keep_edits: bool = True,
) -> Iterator[Outcome]:
    """Restore every task; outcomes in input order (with every edit if ``keep_edits``)."""
    refs = tuple(references)
    pipeline = Pipeline(config)  # validates the configuration before any worker starts
    if dask:
        from restore.distributed import run_on_dask

        yield from run_on_dask(tasks, config, refs, dask, chunk_size, keep_edits)
        return
    stream = iter(tasks)
    # Worker processes take a second or two to start; a batch smaller than one round of
    # chunks is done sooner here.
    head = list(islice(stream, chunk_size * workers)) if workers > 1 else []
    if workers <= 1 or len(head) < chunk_size * workers:
        for task in chain(head, stream):
            yield restore_task(task, pipeline, refs or None, keep_edits=keep_edits)
        return
    tasks = chain(head, stream)
    executor: Executor = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=_worker_context(pipeline),
        initializer=_init_worker,
        initargs=(config, refs, keep_edits),
    )
    try:
        yield from _windowed(
            lambda chunk: executor.submit(_restore_chunk, chunk), tasks, chunk_size, workers * 3
        )
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


# --- outputs ---------------------------------------------------------------------------


@dataclass
class CleanOptions:
    """Everything ``mt-restore clean`` was asked to do."""

    paths: Sequence[str] = (STDIN,)
    out: str | None = None
    fmt: str = "text"
    edits: str | None = None
    errors: str | None = None
    workers: int = 1
    dask: str | None = None
    resume: bool = False
    progress: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    annotate: bool = False
    decisions: dict[str, Decisions] | None = None


def _done_ids(path: str | None) -> tuple[set[str], str]:
    """Ids already in a JSONL output (for --resume), and its complete lines."""
    if not path or not Path(path).is_file():
        return set(), ""
    done: set[str] = set()
    kept: list[str] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines(keepends=True):
        if not line.endswith("\n"):
            break  # a torn last line is redone
        with contextlib.suppress(json.JSONDecodeError, AttributeError):
            done.add(str(json.loads(line)["id"]))
            kept.append(line)
    return done, "".join(kept)


def _final_text(outcome: Outcome, decisions: dict[str, Decisions] | None) -> str:
    from restore.edits import apply_decisions

    r = outcome.restoration
    if decisions is not None and r is not None and r.doc_id in decisions:
        return apply_decisions(r.original, r.edits, decisions[r.doc_id].keep(r.edits))
    assert outcome.text is not None
    return outcome.text


class _Outputs:
    """Where restored documents go: stdout, one file, a folder, or a JSONL stream."""

    def __init__(self, opts: CleanOptions, stack: contextlib.ExitStack, keep: str) -> None:
        self.opts = opts
        self.stack = stack
        self.stream: TextIO | None = None
        self.folder: Path | None = None
        many = len(opts.paths) > 1 or any(p != STDIN and Path(p).is_dir() for p in opts.paths)
        if opts.fmt == "jsonl" or not many:
            if opts.out:
                self.stream = stack.enter_context(
                    atomic_writer(opts.out, keep=keep, commit_on_interrupt=opts.fmt == "jsonl")
                )
            else:
                self.stream = sys.stdout
        else:
            if not opts.out:
                msg = "several inputs need -o FOLDER for the restored files"
                raise ValueError(msg)
            self.folder = Path(opts.out)

    def write(self, outcome: Outcome, text: str) -> None:
        task = outcome.task
        if self.opts.fmt == "jsonl":
            record = dict(task.record or {"id": task.doc_id})
            record["text"] = text
            if self.opts.annotate and outcome.restoration is not None:
                r = outcome.restoration
                record["mt_restore"] = {
                    "signature": r.signature,
                    "language": r.language,
                    "edits": len(r.applied),
                    "suggestions": len(r.suggestions),
                    "damage": r.damage(),
                    "metadata": r.metadata,
                }
            assert self.stream is not None
            self.stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif self.folder is not None:
            from restore.atomic import write_atomic

            write_atomic(self.folder / task.relpath, text)
        else:
            assert self.stream is not None
            self.stream.write(text)


def clean(
    opts: CleanOptions, config: RestoreConfig, references: Sequence[str], report: Reporter
) -> Summary:
    """Run a whole batch: read, restore, write outputs, edit log and error log."""
    summary = Summary()
    started = time.perf_counter()
    done, keep = _done_ids(opts.out) if opts.resume and opts.fmt == "jsonl" else (set(), "")
    tasks: Iterable[Task] = iter_tasks(opts.paths, opts.fmt, opts.max_bytes)
    if done:
        tasks = _skip_done(tasks, done, summary)
    elif opts.resume and opts.out and Path(opts.out).is_dir():
        folder = Path(opts.out)
        tasks = _skip_written(tasks, folder, summary)
    with contextlib.ExitStack() as stack:
        outputs = _Outputs(opts, stack, keep)
        edits_log = (
            stack.enter_context(atomic_writer(opts.edits, commit_on_interrupt=True))
            if opts.edits
            else None
        )
        errors_log = (
            stack.enter_context(atomic_writer(opts.errors, commit_on_interrupt=True))
            if opts.errors
            else None
        )
        keep_edits = bool(opts.edits or opts.decisions is not None or opts.annotate)
        outcomes = run(tasks, config, references, opts.workers, opts.dask, keep_edits=keep_edits)
        if opts.progress:
            outcomes = _with_progress(outcomes)
        for outcome in outcomes:
            _account(outcome, summary, report, errors_log)
            if outcome.text is None:
                continue
            outputs.write(outcome, _final_text(outcome, opts.decisions))
            if edits_log is not None and outcome.restoration is not None:
                for e in outcome.restoration.edits:
                    edits_log.write(
                        json.dumps(e.to_json(outcome.task.doc_id), ensure_ascii=False) + "\n"
                    )
        if outputs.stream is not None and outputs.stream is sys.stdout:
            outputs.stream.flush()
    summary.seconds = time.perf_counter() - started
    return summary


def _skip_done(tasks: Iterable[Task], done: set[str], summary: Summary) -> Iterator[Task]:
    for task in tasks:
        if task.doc_id in done:
            summary.skipped += 1
            continue
        yield task


def _skip_written(tasks: Iterable[Task], folder: Path, summary: Summary) -> Iterator[Task]:
    """--resume for a folder of text outputs: a file already there is done (outputs are
    renamed into place complete, so an existing file is never half-written)."""
    for task in tasks:
        if task.relpath and (folder / task.relpath).is_file():
            summary.skipped += 1
            continue
        yield task


def _account(
    outcome: Outcome, summary: Summary, report: Reporter, errors_log: TextIO | None
) -> None:
    task = outcome.task
    summary.documents += 1
    for warning in task.warnings:
        summary.warned += 1
        report(f"{task.where}: {warning}")
    if outcome.error is not None:
        summary.failed += 1
        report(f"{task.where}: {outcome.error}")
        if errors_log is not None:
            record = {
                "doc": task.doc_id,
                "source": task.source,
                "line": task.line,
                "reason": outcome.error,
            }
            errors_log.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    summary.bytes_in += len(task.text or "")
    summary.signature = outcome.signature
    if outcome.language != "en":
        summary.warned += 1
        report(f"{task.where}: not English ({outcome.language}); passed through unchanged")
    summary.edits_by_stage.update(outcome.applied)
    summary.suggestions += outcome.suggestions


def _with_progress(outcomes: Iterable[Outcome]) -> Iterator[Outcome]:
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread: workers may be forked after this
    with tqdm(unit="doc", file=sys.stderr, dynamic_ncols=True, smoothing=0.1) as bar:
        total_bytes = 0
        for outcome in outcomes:
            if outcome.text is not None and outcome.task.text is not None:
                total_bytes += len(outcome.task.text.encode("utf-8", "surrogatepass"))
            bar.update(1)
            elapsed = bar.format_dict.get("elapsed") or 1e-9
            bar.set_postfix_str(f"{total_bytes / 1e6 / elapsed:.2f} MB/s", refresh=False)
            yield outcome
