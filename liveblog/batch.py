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
    from .warc import Page

    #: One input for a worker: a path, its bytes when already read (standard input), and the
    #: page of the web archive at the path it stands for, if any (read by the worker itself).
    #: (A plain tuple: a NamedTuple class costs about 1 M instructions at every start.)
    Task = tuple[str, bytes | None, Page | None]

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
    name: str  # what it is reported by: the file's name, or a web archive page's address
    text: str | None = None  # the rendered output (modes other than "data")
    data: TimelineDict | None = None  # the timeline (mode "data")
    title: str | None = None
    entries: int = 0
    warnings: tuple[str, ...] = ()
    error: str | None = None
    usage_error: bool = False  # the settings are wrong, so every input would fail alike
    uri: str | None = None  # the address of a web archive's page

    @property
    def ok(self) -> bool:
        return self.error is None


def run_one(path: str, job: Job, data: bytes | None = None, page: Page | None = None) -> Outcome:
    """Read (unless `data` is given), parse, shape and render one input (the file at `path`,
    or its web archive's `page`); never raises for bad input."""
    from . import parse
    from .files import shown_name

    name = page.uri if page is not None else "<stdin>" if path == "-" else shown_name(path)
    outcome = partial(Outcome, path, name, uri=page.uri if page is not None else None)
    try:
        # a file is read inside parse, so its bytes are let go once decoded
        source = data if data is not None else partial(_bytes_of, path, job.max_bytes, page)
        del data
        # a page from a web archive was captured at its record's date: "2 hours ago" counts from there
        now = job.now if job.now is not None or page is None else _captured(page)
        timeline = parse(source, name=name, date=job.date, tz=job.tz, now=now, order=job.order,
                         dedupe=job.dedupe, explain=job.mode == "explain", max_bytes=job.max_bytes,
                         charset=page.charset if page is not None else None)
    except SettingsError as error:
        return outcome(error=str(error), usage_error=True)
    except LiveblogError as error:
        return outcome(error=str(error))
    except (RecursionError, MemoryError, ArithmeticError, ValueError, TypeError, IndexError, KeyError,
            AttributeError) as error:
        # A parser bug must cost one input, not the batch; the message asks for a report.
        return outcome(error=f"{name}: internal error, please report it: {type(error).__name__}: {error}")
    warnings = tuple(notice.message for notice in timeline.warnings)
    if job.mode == "explain":
        from .render import explain

        return outcome(text=explain(timeline.explanations), title=timeline.title,
                       entries=len(timeline.entries), warnings=warnings)
    from .shape import shape

    shaped = shape(timeline.to_dict(), job.shape)
    del timeline  # the JSON-shaped copy is all that is drawn from here on
    if job.mode == "data":
        return outcome(data=shaped, title=shaped["title"], entries=len(shaped["entries"]), warnings=warnings)
    from . import render

    draw = render.document if job.whole else render.body
    text = draw(shaped, job.mode, per=job.per)
    return outcome(text=text, title=shaped["title"], entries=len(shaped["entries"]), warnings=warnings)


def _bytes_of(path: str, limit: int | None, page: Page | None) -> bytes:
    if page is not None:
        from .warc import page as page_bytes

        return page_bytes(path, page, limit)
    from .files import read_input

    return read_input(path, limit)[0]


def _captured(page: Page) -> datetime | None:
    """The moment a web archive's page was captured (None if its record does not say, or says it badly)."""
    from . import parse_now

    try:
        return parse_now(page.captured)
    except SettingsError:
        return None


def _run_task(task: Task, job: Job) -> Outcome:
    path, data, page = task
    return run_one(path, job, data, page)


def run_many(tasks: list[Task], job: Job, jobs: int) -> Generator[Outcome, None, None]:
    """Outcomes of the tasks in input order; in `jobs` processes when more than one."""
    if jobs <= 1 or len(tasks) <= 1:
        for path, data, page in tasks:
            yield run_one(path, job, data, page)
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
