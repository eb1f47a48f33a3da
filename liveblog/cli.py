"""The command line: a thin click layer over the library.

Standard output carries data only; messages, warnings, progress and the batch summary
go to standard error. Exit codes:

* 0: success;
* 1: an input could not be read or parsed (in a batch: at least one; the others are
  still written), an output could not be written, or `check` found differences;
* 2: usage errors (unknown options, a malformed `--date`/`--now`/`--since`, an unknown
  `--tz`, an invalid `--grep` pattern, options that do not go together);
* 130: interrupted (Ctrl-C); every file already written is whole.

Heavy modules (rich, the process pool, csv, html) are imported only on the paths that
use them, so `liveblog parse` on one text file starts fast.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import click

from . import __version__, parse_date, parse_now
from .errors import LiveblogError, SettingsError
from .vocabulary import KINDS, ORDERS

if TYPE_CHECKING:  # pathlib is imported where an output is written: parsing to stdout needs only os
    from pathlib import Path

    from click.shell_completion import CompletionItem

    from .batch import Job, Outcome, Task
    from .contract import TimelineDict
    from .files import AtomicFile, Input
    from .shape import Bound

__all__ = ["EXIT_INPUT", "EXIT_OK", "EXIT_USAGE", "main", "run"]

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2
#: More inputs than this get a progress bar (when standard error is a terminal).
HANDFUL = 5
OUTPUT_FORMATS = ("json", "jsonl", "csv", "md", "html", "table")

F = TypeVar("F", bound=Callable[..., Any])


# ---------------------------------------------------------------------------
# Option types: validation lives here, not in the command bodies.


class IsoDate(click.ParamType[Any]):
    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date | None:
        try:
            return parse_date(value)
        except SettingsError as error:
            self.fail(str(error), param, ctx)


class IsoTime(click.ParamType[Any]):
    name = "ISO-TIME"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> datetime | None:
        try:
            return parse_now(value)
        except SettingsError as error:
            self.fail(str(error), param, ctx)


class TimeBound(click.ParamType[Any]):
    name = "TIME"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Bound:
        from .shape import Bound

        if isinstance(value, Bound):
            return value
        try:
            return Bound.parse(str(value))
        except ValueError:
            self.fail(f"{value!r} is neither HH:MM nor an ISO 8601 time such as 2026-01-06T14:00", param, ctx)


class Pattern(click.ParamType[Any]):
    name = "REGEX"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> re.Pattern[str]:
        if isinstance(value, re.Pattern):
            return value
        try:
            return re.compile(str(value), re.IGNORECASE)
        except re.error as error:
            self.fail(f"{value!r} is not a valid regular expression ({error})", param, ctx)


class Zone(click.ParamType[Any]):
    name = "ZONE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from .zones import zone

        try:
            zone(str(value))
        except SettingsError as error:
            self.fail(str(error), param, ctx)
        return str(value)


class InputPath(click.ParamType[Any]):
    """A file, a folder, a quoted glob or `-`, checked when it is read, so that one bad input
    is reported and skipped rather than stopping the batch. (click.Path would also look each
    one up now, and asks gettext for its name at every start.)"""

    name = "path"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        return os.fsdecode(value) if isinstance(value, bytes) else str(value)

    def shell_complete(self, ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
        from click.shell_completion import CompletionItem

        return [CompletionItem(incomplete, type="file")]


class Folder(click.ParamType[Any]):
    """`click.Path(exists=True, file_okay=False)`, made when first used: click.Path asks
    gettext for its name when it is made, which every start would pay for (see `main`)."""

    name = "directory"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        return click.Path(exists=True, file_okay=False).convert(value, param, ctx)

    def shell_complete(self, ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
        return click.Path(exists=True, file_okay=False).shell_complete(ctx, param, incomplete)


class Size(click.ParamType[Any]):
    name = "SIZE"
    UNITS: ClassVar[dict[str, int]] = {
        "": 1, "k": 1024, "kb": 1024, "m": 1024**2, "mb": 1024**2, "g": 1024**3, "gb": 1024**3,
    }  # fmt: skip

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        text = str(value).strip().lower()
        number = text.rstrip("kmgb")
        unit = text[len(number):]
        if not number.isdecimal() or unit not in self.UNITS:
            self.fail(f"{value!r} is not a size such as 200MB", param, ctx)
        return int(number) * self.UNITS[unit]


# ---------------------------------------------------------------------------
# Options shared by several commands.


def reading_options(function: F) -> F:
    """How pages are read: the settings of `liveblog.parse`."""
    for decorator in reversed([
        click.option("-d", "--date", "date_", type=IsoDate(), help="Local date of the earliest post."),
        click.option("-z", "--tz", type=Zone(), help="Time zone of the stamps (IANA name, e.g. Europe/London)."),
        click.option("-n", "--now", type=IsoTime(),
                     help="When the page was captured, for relative stamps ('2h ago')."),
        click.option("--order", type=click.Choice(ORDERS), default="oldest",
                     show_default=True, help="Order of the entries: by time, newest first, or as on the page."),
        click.option("--no-dedupe", is_flag=True, help="Do not mark posts shown twice as duplicates."),
        click.option("--max-size", type=Size(), default="512MB", show_default=True,
                     help="Refuse inputs larger than this."),
    ]):
        function = decorator(function)
    return function


def shaping_options(function: F) -> F:
    """Which entries to keep."""
    for decorator in reversed([
        click.option("--since", type=TimeBound(),
                     help="Keep entries at or after this time (HH:MM on the blog's first day, or ISO)."),
        click.option("--until", type=TimeBound(), help="Keep entries at or before this time (HH:MM or ISO)."),
        click.option("-a", "--author", "authors", multiple=True, metavar="NAME",
                     help="Keep entries by this author (part of the name, any case; repeatable)."),
        click.option("-g", "--grep", type=Pattern(),
                     help="Keep entries whose headline, body, authors or captions match (regex, any case)."),
        click.option("-k", "--kind", "kinds", multiple=True, type=click.Choice(KINDS),
                     help="Keep entries of this kind (repeatable)."),
    ]):
        function = decorator(function)
    return function


def _job(options: dict[str, Any], **extra: Any) -> Job:
    from .batch import Job
    from .shape import Shape

    shape = Shape(since=options["since"], until=options["until"], authors=tuple(options["authors"]),
                  grep=options["grep"], kinds=tuple(options["kinds"]))
    return Job(date=options["date_"], tz=options["tz"], now=options["now"], order=options["order"],
               dedupe=not options["no_dedupe"], max_bytes=options["max_size"], shape=shape, **extra)


def _fail(message: str) -> None:
    click.echo(f"liveblog: error: {message}", err=True)


def _colour(stream: Any) -> bool:
    """Colour for our own highlights: only on a terminal, and never when NO_COLOR is set."""
    return not os.environ.get("NO_COLOR") and bool(getattr(stream, "isatty", lambda: False)())


def _echo(text: str) -> None:
    """Data on standard output, as UTF-8 bytes when the stream would encode it otherwise
    (`PYTHONIOENCODING=latin-1` on a pipe): JSON, CSV and the rest must not fail on the
    first en dash (nor be written in another encoding than the one they declare)."""
    click.echo(text if _utf8(sys.stdout) else text.encode("utf-8"), nl=False)


def _utf8(stream: object) -> bool:
    return (getattr(stream, "encoding", None) or "utf-8").lower().replace("_", "-") in ("utf-8", "utf8")


@contextmanager
def _stdout_guard() -> Iterator[None]:
    """A reader that stops early (`| head`) ends the run quietly instead of with a traceback."""
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_OK)


# ---------------------------------------------------------------------------
# The commands.


# click's -h/--help and -V/--version, their texts given here: click's own ask gettext for
# them as they are made, and gettext's first question imports locale and each looks for
# catalogues (about 8 M instructions at every start, a tenth of what `liveblog parse` costs
# over importing click). They behave as click's do.


def _show_help(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(ctx.get_help(), color=ctx.color)
        ctx.exit()


def _show_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(f"liveblog, version {__version__}", color=ctx.color)
        ctx.exit()


def _help_option(command: click.Command, ctx: click.Context) -> click.Option | None:
    """What `click.Command.get_help_option` gives (made once per command), without gettext."""
    names = command.get_help_option_names(ctx)
    if not names or not command.add_help_option:
        return None
    made: click.Option | None = getattr(command, "_liveblog_help", None)
    if made is None:
        made = click.Option(names, is_flag=True, expose_value=False, is_eager=True, callback=_show_help,
                            help="Show this message and exit.")
        command._liveblog_help = made  # type: ignore[attr-defined]
    return made


class _Command(click.Command):
    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return _help_option(self, ctx)


class _Group(click.Group):
    command_class = _Command

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return _help_option(self, ctx)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("-V", "--version", is_flag=True, expose_value=False, is_eager=True, callback=_show_version,
              help="Show the version and exit.")
def main() -> None:
    """Turn a live blog (pasted text or a saved page) into a clean JSON timeline.

    \b
    Examples:
      liveblog parse blog.txt --date 2026-01-06
      liveblog parse page.html -o timeline.json
      liveblog parse - < blog.txt | jq '.entries[].headline'
      liveblog parse pages/ -f jsonl --jobs 4 > timelines.jsonl
      liveblog diff morning.html evening.html
      liveblog check fixtures/

    Exit codes: 0 success, 1 an input or output failed, 2 a usage error.
    """


@main.command()
@click.argument("files", nargs=-1, required=True, type=InputPath())
@click.option("-o", "--output", metavar="PATH|DIR/",
              help="Write here (atomically) instead of standard output; a folder (DIR/) gets one file per input.")
@click.option("-f", "--format", "format_", type=click.Choice(OUTPUT_FORMATS), default="json", show_default=True,
              help="Output format.")
@click.option("--per", type=click.Choice(["timeline", "entry"]), default="timeline", show_default=True,
              help="With -f jsonl: one line per timeline, or per entry (with its blog's title and source).")
@reading_options
@shaping_options
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True, metavar="N",
              help="Parse in this many processes (0: one per CPU).")
@click.option("-q", "--quiet", is_flag=True, help="No warnings and no summary on standard error (errors still).")
@click.option("--explain", is_flag=True, help="Show each input line with the role it got, instead of a timeline.")
def parse(files: tuple[str, ...], output: str | None, format_: str, per: str, jobs: int, quiet: bool,
          explain: bool, **options: Any) -> None:
    """Parse live blogs (files, folders, quoted globs, or - for standard input).

    A folder gives every .txt, .text, .html, .htm, .xhtml, .mhtml, .mht, .webarchive,
    .docx, .odt, .rtf, .txt.gz, .html.gz, .htm.gz, .warc and .warc.gz file inside it
    (Word, OpenDocument and RTF files are read as their text; gzipped files inflated),
    but not a saved page's page_files folder.
    A web archive (WARC, gzipped or not) gives each
    HTML or text page it holds, named by its address, with --now defaulting to the
    moment it was captured. A page saved as a single file (MHTML from Chrome or Edge,
    a Safari .webarchive) is read with its frames set in, --now defaulting to when
    MHTML says it was saved.
    With several inputs, json gives one document after another, jsonl one per line,
    csv one header then every entry, md and html one document holding every blog;
    -o DIR/ writes one file per input instead (page.txt -> DIR/page.json). A bad
    input is reported and skipped; the exit code is 1 if any failed.

    \b
    Examples:
      liveblog parse fixtures/seed-independent-app-live.txt --date 2026-01-06
      liveblog parse copy.txt --tz Europe/London --now 2026-01-07T09:00Z
      liveblog parse 'saved/*.html' -f jsonl --per entry | jq -r .headline
      liveblog parse saved/ -o out/ --jobs 4
      liveblog parse crawl.warc.gz -f jsonl --jobs 2 > timelines.jsonl
      liveblog parse blog.txt -f table --since 14:00 --author 'Maira'
      liveblog parse blog.txt -f html -o timeline.html
      liveblog parse --explain copy.txt | less
    """
    if per == "entry" and format_ != "jsonl":
        raise click.UsageError("--per entry goes with --format jsonl")
    from .files import expand

    inputs = expand(files)  # each file once, `-` included
    folder = output is not None and _is_folder(output)
    mode = "explain" if explain else "data" if format_ == "table" else format_
    if mode == "json" and not folder and (jobs == 1 or len(inputs) == 1):
        mode = "data"  # rendered here, piece by piece as written: the whole text never in memory
    job = _job(options, mode=mode, per=per, whole=folder)
    paths = tuple(item.path for item in inputs)  # never write over any of these
    target = None
    if output:
        from pathlib import Path

        target = Path(output)
    try:
        writer: _Writer = _FolderWriter(target, "explain" if explain else format_, paths) \
            if target is not None and folder \
            else _StreamWriter(format_, explain, target, paths, single=len(inputs) == 1)
    except LiveblogError as error:
        _fail(str(error))
        sys.exit(EXIT_INPUT)
    try:
        _run_batch(inputs, job, jobs, quiet, writer)
    finally:
        writer.close()


def _run_batch(inputs: list[Input], job: Job, jobs: int, quiet: bool, writer: _Writer) -> None:
    report = _Report(len(inputs), quiet=quiet)
    tasks: list[Task] = []
    for item in inputs:
        if item.error is not None:
            report.failed(item.error)
            continue
        try:  # standard input is read here, once: a worker cannot
            tasks.append((item.path, _stdin_bytes(job.max_bytes) if item.path == "-" else None, item.page))
        except LiveblogError as error:
            report.failed(str(error))
    with report.progress(), _stdout_guard():
        from contextlib import closing

        from .batch import run_many

        try:
            with closing(run_many(tasks, job, jobs or _cpus())) as outcomes:
                for outcome in outcomes:
                    if outcome.usage_error:
                        _fail(outcome.error or "invalid settings")
                        sys.exit(EXIT_USAGE)
                    if not outcome.ok:
                        report.failed(outcome.error or f"{outcome.name}: failed")
                        continue
                    try:
                        writer.add(outcome)
                    except LiveblogError as error:
                        report.failed(str(error))
                        continue
                    report.parsed(outcome)
        except LiveblogError as error:  # the batch itself broke (a worker died)
            report.failed(str(error))
        except KeyboardInterrupt:
            _fail("interrupted; files already written are complete, nothing is half-written")
            sys.exit(130)
        try:
            writer.finish()
        except LiveblogError as error:
            report.failed(str(error))
    report.summary()
    sys.exit(EXIT_INPUT if report.failures else EXIT_OK)


def _is_folder(output: str) -> bool:
    from .files import is_folder_target

    return is_folder_target(output)


def _cpus() -> int:
    """The CPUs this process may run on (a container's share, not the machine's count)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def _stdin_bytes(limit: int | None) -> bytes:
    from .files import read_input

    return read_input("-", limit)[0]


class _Report:
    """Warnings, failures, the progress bar and the closing summary, all on standard error."""

    def __init__(self, total: int, *, quiet: bool) -> None:
        self.total, self.quiet = total, quiet
        self.files = self.entries = self.warnings = self.failures = 0
        self._bar: Any = None
        self._task: Any = None

    @contextmanager
    def progress(self) -> Iterator[None]:
        if self.total <= HANDFUL or self.quiet or not sys.stderr.isatty():
            yield
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        from .views import console

        with Progress(TextColumn("parsing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      console=console(stderr=True), transient=True, auto_refresh=False) as bar:
            # No refresh thread: the bar redraws as inputs finish, and worker processes fork from a
            # process with one thread only.
            self._bar, self._task = bar, bar.add_task("parsing", total=self.total)
            try:
                yield
            finally:
                self._bar = None

    def _say(self, message: str) -> None:
        from .terminal import clean

        message = clean(message)  # a file name or page text must not drive the terminal
        if self._bar is not None:
            from rich.text import Text

            self._bar.console.print(Text(message))
        else:
            click.echo(message, err=True)

    def _advance(self) -> None:
        self.files += 1
        if self._bar is not None:
            self._bar.advance(self._task)
            self._bar.refresh()

    def failed(self, message: str) -> None:
        self.failures += 1
        self._advance()
        self._say(f"liveblog: error: {message}")

    def parsed(self, outcome: Outcome) -> None:
        self.entries += outcome.entries
        self.warnings += len(outcome.warnings)
        self._advance()
        if not self.quiet:
            for message in outcome.warnings:
                self._say(f"liveblog: {outcome.name}: warning: {message}")

    def summary(self) -> None:
        if self.total > 1 and not self.quiet:
            click.echo(f"liveblog: {self.files} files, {self.entries} entries, {self.warnings} warnings, "
                       f"{self.failures} failed", err=True)


class _Writer:
    def add(self, outcome: Outcome) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        """Called once after the last input."""

    def close(self) -> None:
        """Called at the very end, whatever happened: drop anything not finished."""


class _StreamWriter(_Writer):
    """Every timeline into one stream, as results arrive: standard output, or one file that
    appears whole when the batch ends (and not at all if no input could be parsed)."""

    def __init__(self, format_: str, explain: bool, output: Path | None, inputs: tuple[str, ...], *,
                 single: bool) -> None:
        self.format, self.explain, self.output, self.inputs, self.single = format_, explain, output, inputs, single
        self.file: AtomicFile | None = None
        self.started = False
        self.blogs: list[tuple[str | None, int, str]] = []  # several blogs on one HTML page, written at the end
        if output is not None:  # fail before any parsing when the output cannot be written
            from .files import AtomicFile

            self.file = AtomicFile(output, inputs)

    def _write(self, text: str) -> None:
        if self.file is not None:
            self.file.write(text)
        elif text:
            _echo(text)

    def add(self, outcome: Outcome) -> None:
        from . import render

        if self.format == "table" and not self.explain:
            assert outcome.data is not None
            if self.output is None:
                _table(outcome.data, to_terminal=True)
            else:
                self._write(_table(outcome.data, to_terminal=False))
            self.started = True
            return
        if self.format == "html" and not self.explain and not self.single:
            self.blogs.append((outcome.title, outcome.entries, outcome.text or ""))
            self.started = True
            return
        if not self.started:
            if not self.explain:
                self._write(render.head(self.format, title=outcome.title))  # type: ignore[arg-type]
            self.started = True
        elif not self.explain:
            self._write(render.SEPARATORS.get(self.format, ""))
        if self.explain and not self.single:
            from .terminal import clean

            self._write(f"==> {clean(outcome.uri or outcome.path)} <==\n")
        if outcome.data is not None:  # JSON from this process: written as it is rendered
            for piece in render.json_pieces(outcome.data):
                self._write(piece)
        else:
            self._write(outcome.text or "")

    def finish(self) -> None:
        from . import render

        if self.blogs:  # one HTML page holding several blogs: their contents first
            from .views import html_contents

            self._write(render.head("html", title=f"{len(self.blogs)} live blogs"))
            self._write(html_contents([(title, entries) for title, entries, _ in self.blogs]))
            for number, (_, _, text) in enumerate(self.blogs, 1):
                self._write(f"<div class=\"blog\" id=\"blog-{number}\">\n{text}</div>\n")
        if self.started and not self.explain:
            self._write(render.tail(self.format))  # type: ignore[arg-type]
        if self.file is not None and self.started:
            self.file.commit()

    def close(self) -> None:
        if self.file is not None:
            self.file.abort()


class _FolderWriter(_Writer):
    """One file per input in a folder, each written atomically as it arrives."""

    def __init__(self, folder: Path, format_: str, inputs: tuple[str, ...]) -> None:
        from .files import OutputNames
        from .render import EXTENSIONS

        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise click.UsageError(f"cannot use {folder} as the output folder ({error.strerror or error})") \
                from None
        from .files import identities

        self.format, self.inputs = format_, identities(inputs)
        self.names = OutputNames(folder, EXTENSIONS[format_])

    def add(self, outcome: Outcome) -> None:
        from .files import address_file

        target = self.names.name_for(outcome.path if outcome.uri is None else address_file(outcome.uri))
        if self.format == "table" and outcome.data is not None:
            text = _table(outcome.data, to_terminal=False)
        else:
            text = outcome.text or ""
        from .files import write_atomic

        write_atomic(target, text, self.inputs)


def _table(data: TimelineDict, *, to_terminal: bool) -> str:
    """Draw the table on standard output (returns ""), or return it as plain text for a file."""
    import io

    from .views import console, print_table

    if to_terminal:
        # a view for people: what the stream's encoding cannot show becomes "?", never a crash
        reconfigure = getattr(sys.stdout, "reconfigure", None)
        if reconfigure is not None and not _utf8(sys.stdout):
            reconfigure(errors="replace")
        print_table(data, console(sys.stdout))
        return ""
    buffer = io.StringIO()
    out = console(buffer)
    out.no_color = True
    out.width = 100
    print_table(data, out)
    return buffer.getvalue()


def _load_all(files: tuple[str, ...], job: Job) -> list[TimelineDict]:
    from .load import load

    timelines = []
    for path in files:
        try:
            timelines.append(load(path, job))
        except SettingsError as error:
            _fail(str(error))
            sys.exit(EXIT_USAGE)
        except LiveblogError as error:
            _fail(str(error))
            sys.exit(EXIT_INPUT)
    return timelines


def _emit(text: str, output: str | None, inputs: tuple[str, ...]) -> None:
    if output is None:
        with _stdout_guard():
            _echo(text)
        return
    try:
        from pathlib import Path

        from .files import write_atomic

        write_atomic(Path(output), text, inputs)
    except LiveblogError as error:
        _fail(str(error))
        sys.exit(EXIT_INPUT)


@main.command()
@click.argument("old", type=InputPath())
@click.argument("new", type=InputPath())
@click.option("-f", "--format", "format_", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="A readable view, or JSON for scripts.")
@click.option("-o", "--output", metavar="PATH", help="Write here (atomically) instead of standard output.")
@reading_options
@shaping_options
def diff(old: str, new: str, format_: str, output: str | None, **options: Any) -> None:
    """What changed between two copies of the same live blog: new, edited, removed entries.

    OLD and NEW are pages (text or HTML, parsed with the options below) or liveblog
    JSON outputs; entries are matched by their stable id. The readable view marks
    new entries +, edited ~ (with what changed) and removed -. Exit 0 when the
    comparison ran, whether or not anything changed.

    \b
    Examples:
      liveblog diff morning.html evening.html
      liveblog diff morning.json evening.json -f json | jq '.added[].headline'
    """
    from .diff import diff as compare
    from .diff import readable

    job = _job(options, mode="data")
    before, after = _load_all((old, new), job)
    result = compare(before, after)
    if format_ == "json":
        import json

        text = json.dumps(result, ensure_ascii=False, indent=2) + "\n"
    else:
        text = readable(result, colour=output is None and _colour(sys.stdout), labels=(old, new))
    _emit(text, output, (old, new))


@main.command()
@click.argument("files", nargs=-1, required=True, type=InputPath())
@click.option("-o", "--output", metavar="PATH", help="Write here (atomically) instead of standard output.")
@click.option("-f", "--format", "format_", type=click.Choice(OUTPUT_FORMATS), default="json", show_default=True,
              help="Output format.")
@reading_options
@shaping_options
def merge(files: tuple[str, ...], output: str | None, format_: str, **options: Any) -> None:
    """One timeline from several pages or snapshots of the same live blog.

    FILES are pages or liveblog JSON outputs, oldest snapshot first (or page 1, 2, ...
    of a paginated blog). Each entry appears once; an entry edited between snapshots
    is taken from the last file that has it.

    \b
    Examples:
      liveblog merge page1.html page2.html page3.html -o blog.json
      liveblog merge 09h.json 12h.json 18h.json -f md > blog.md
    """
    from . import render
    from .merge import merge as combine
    from .shape import shape

    job = _job(options, mode="data")
    merged = shape(combine(_load_all(files, job), order=job.order), job.shape)
    if format_ == "table" and output is None:
        _table(merged, to_terminal=True)
        return
    text = _table(merged, to_terminal=False) if format_ == "table" else render.document(merged, format_)  # type: ignore[arg-type]
    _emit(text, output, files)


@main.command()
@click.argument("files", nargs=-1, required=True, type=InputPath())
@click.option("-f", "--format", "format_", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Bar charts, or JSON for scripts.")
@reading_options
@shaping_options
def stats(files: tuple[str, ...], format_: str, **options: Any) -> None:
    """Entries per hour (a bar chart), per author and per kind.

    FILES are pages or liveblog JSON outputs; several are merged first (as by merge).
    Hours are the blog's local time.

    \b
    Examples:
      liveblog stats fixtures/seed-independent-app-live.txt --date 2026-01-06
      liveblog stats blog.json -f json | jq '.per_author[0]'
    """
    from .merge import merge as combine
    from .shape import shape
    from .stats import chart
    from .stats import stats as count

    job = _job(options, mode="data")
    timelines = _load_all(files, job)
    timeline = timelines[0] if len(timelines) == 1 else shape(combine(timelines, order=job.order), job.shape)
    result = count(timeline)
    if format_ == "json":
        import json

        text = json.dumps(result, ensure_ascii=False, indent=2) + "\n"
    else:
        text = chart(result)
    _emit(text, None, files)


@main.command()
@click.argument("directory", type=Folder())
@click.option("--update", is_flag=True, help="Rewrite the expected outputs instead of comparing.")
def check(directory: str, update: bool) -> None:
    """Check fixtures: each input in DIRECTORY against its expected output.

    An input NAME.txt or NAME.html has its expected timeline beside it in
    NAME.txt.expected.json, and may have options in NAME.txt.options.json
    (keys: date, tz, now, order). Exit 1 when any output differs.

    \b
    Examples:
      liveblog check fixtures/
      liveblog check fixtures/ --update && git diff fixtures/
    """
    from pathlib import Path

    from .check import run_check

    failures = run_check(Path(directory), update=update, echo=click.echo)
    sys.exit(EXIT_INPUT if failures else EXIT_OK)


@main.command()
def schema() -> None:
    """Print the JSON Schema of the output (contract version 1).

    \b
    Examples:
      liveblog schema > liveblog.schema.json
    """
    import json

    from .schema import TIMELINE

    click.echo(json.dumps(TIMELINE, indent=2))


def run() -> None:
    """The `liveblog` command (and `python -m liveblog`): `main`, then an exit that skips
    tearing the interpreter down.

    Everything the run wrote is flushed first, and every file it wrote is closed by then;
    what the teardown would do besides (free each object and module one by one, about a
    tenth of the instructions of a short run) the operating system does at once. Standard
    output that cannot be written (a full disk) is one line on standard error and exit 1;
    a crash (a traceback) ends the usual way.
    """
    try:
        main(prog_name="liveblog")
        code: object = EXIT_OK
    except SystemExit as end:
        code = end.code
    except OSError as error:  # a standard stream failing (inputs' and outputs' errors are reported inside)
        code = _stream_failed(error)
    if code is None:
        code = EXIT_OK
    elif not isinstance(code, int):  # what sys.exit does with a message
        print(code, file=sys.stderr)
        code = EXIT_INPUT
    try:
        sys.stdout.flush()
    except OSError as error:
        code = _stream_failed(error) if code == EXIT_OK else code
    except ValueError:  # closed already
        pass
    with suppress(OSError, ValueError):
        sys.stderr.flush()
    os._exit(code)


def _stream_failed(error: OSError) -> int:
    """A reader that went away ends the run quietly (as `_stdout_guard` does where it stands);
    any other failure (a full disk) is one line on standard error and exit 1."""
    if isinstance(error, BrokenPipeError):
        return EXIT_OK
    with suppress(OSError):
        sys.stderr.write(f"liveblog: error: {error.strerror or error}\n")
    return EXIT_INPUT


if __name__ == "__main__":  # pragma: no cover
    run()
