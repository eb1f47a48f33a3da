"""Parsing many inputs: one by one, or in parallel worker processes (`--jobs N`).

Each input is read, parsed, shaped and rendered by `run_one`, in a worker when there are
several, so the parent only writes what comes back, in input order. A failing input
becomes an `Outcome` with an `error`; it never stops the others. The process pool is
imported only when `--jobs` asks for more than one process and there is more than one
input, so the one-file path starts fast.
"""

from __future__ import annotations

from collections.abc import Generator
from datetime import date, datetime
from functools import partial
from typing import TYPE_CHECKING, Literal, NamedTuple

from .errors import LiveblogError, SettingsError
from .render import Per
from .shape import Shape
from .vocabulary import Order

if TYPE_CHECKING:
    from .contract import TimelineDict

#: Output of a worker: a rendered format, the timeline itself (for views drawn by the parent), or --explain.
Mode = Literal["json", "jsonl", "csv", "md", "html", "data", "explain"]
#: Inputs handed to a worker at a time: larger chunks cost less to send, smaller ones balance better.
MAX_CHUNK = 16


class Job(NamedTuple):
    """Everything a worker needs that is the same for every input."""

    date: date | None = None
    tz: str | None = None
    now: datetime | None = None
    order: Order = "oldest"
    dedupe: bool = True
    max_bytes: int | None = None
    shape: Shape = Shape()
    mode: Mode = "json"
    per: Per = "timeline"
    whole: bool = False  # render a whole document (head and tail too), for one file per input


class Outcome(NamedTuple):
    """What became of one input."""

    path: str
    name: str
    text: str | None = None  # the rendered output (modes other than "data")
    data: TimelineDict | None = None  # the timeline (mode "data")
    title: str | None = None
    entries: int = 0
    warnings: tuple[str, ...] = ()
    error: str | None = None
    usage_error: bool = False  # the settings are wrong, so every input would fail alike

    @property
    def ok(self) -> bool:
        return self.error is None


def run_one(path: str, job: Job, data: bytes | None = None) -> Outcome:
    """Read (unless `data` is given), parse, shape and render one input; never raises for bad input."""
    from . import parse
    from .files import shown_name

    name = "<stdin>" if path == "-" else shown_name(path)
    try:
        # a file is read inside parse, so its bytes are let go once decoded
        source = data if data is not None else partial(_bytes_of, path, job.max_bytes)
        del data
        timeline = parse(source, name=name, date=job.date, tz=job.tz, now=job.now, order=job.order,
                         dedupe=job.dedupe, explain=job.mode == "explain", max_bytes=job.max_bytes)
    except SettingsError as error:
        return Outcome(path=path, name=name, error=str(error), usage_error=True)
    except LiveblogError as error:
        return Outcome(path=path, name=name, error=str(error))
    except (RecursionError, MemoryError, ArithmeticError, ValueError, TypeError, IndexError, KeyError,
            AttributeError) as error:
        # A parser bug must cost one input, not the batch; the message asks for a report.
        return Outcome(path=path, name=name,
                       error=f"{name}: internal error, please report it: {type(error).__name__}: {error}")
    warnings = tuple(notice.message for notice in timeline.warnings)
    if job.mode == "explain":
        from .render import explain

        return Outcome(path=path, name=name, text=explain(timeline.explanations), title=timeline.title,
                       entries=len(timeline.entries), warnings=warnings)
    from .shape import shape

    shaped = shape(timeline.to_dict(), job.shape)
    del timeline  # the JSON-shaped copy is all that is drawn from here on
    if job.mode == "data":
        return Outcome(path=path, name=name, data=shaped, title=shaped["title"], entries=len(shaped["entries"]),
                       warnings=warnings)
    from . import render

    draw = render.document if job.whole else render.body
    text = draw(shaped, job.mode, per=job.per)
    return Outcome(path=path, name=name, text=text, title=shaped["title"], entries=len(shaped["entries"]),
                   warnings=warnings)


def _bytes_of(path: str, limit: int | None) -> bytes:
    from .files import read_input

    return read_input(path, limit)[0]


def _run_task(task: tuple[str, bytes | None], job: Job) -> Outcome:
    return run_one(task[0], job, task[1])


def run_many(tasks: list[tuple[str, bytes | None]], job: Job, jobs: int) -> Generator[Outcome, None, None]:
    """Outcomes of `(path, data)` tasks in input order; in `jobs` processes when more than one."""
    if jobs <= 1 or len(tasks) <= 1:
        for path, data in tasks:
            yield run_one(path, job, data)
        return
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from . import layout, normalise  # noqa: F401  # imported before the workers fork, so they inherit them

    workers = min(jobs, len(tasks))
    chunk = max(1, min(MAX_CHUNK, len(tasks) // (workers * 4)))
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        yield from pool.map(partial(_run_task, job=job), tasks, chunksize=chunk)
    except BrokenProcessPool:
        raise LiveblogError("a worker process died (out of memory?); the inputs not yet reported were not "
                            "parsed: rerun them with --jobs 1 to find the one at fault") from None
    finally:  # when the caller stops early (an error, Ctrl-C), drop the work not yet started
        pool.shutdown(wait=True, cancel_futures=True)
