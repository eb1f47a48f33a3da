"""The command line: a thin click layer over the library.

Standard output carries data only; messages go to standard error. Exit codes:
0 success, 1 input that cannot be read or parsed (or, for `check`, fixtures that
differ), 2 usage errors (bad options, unknown zones, malformed dates).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import click

from . import __version__
from .errors import InputError, LiveblogError, SettingsError

if TYPE_CHECKING:
    from .model import Timeline

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2


class IsoDate(click.ParamType[Any]):
    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        try:
            return datetime.strptime(value, "%Y-%m-%d").date()
        except ValueError:
            self.fail(f"{value!r} is not a date in the form YYYY-MM-DD", param, ctx)


class IsoTime(click.ParamType[Any]):
    name = "ISO-TIME"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> datetime:
        if isinstance(value, datetime):
            return value
        try:
            return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            self.fail(f"{value!r} is not an ISO 8601 time such as 2026-01-07T09:00+00:00", param, ctx)


class Zone(click.ParamType[Any]):
    name = "ZONE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from .zones import zone

        try:
            zone(str(value))
        except SettingsError as error:
            self.fail(str(error), param, ctx)
        return str(value)


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
        if not number.isdigit() or unit not in self.UNITS:
            self.fail(f"{value!r} is not a size such as 200MB", param, ctx)
        return int(number) * self.UNITS[unit]


def _fail(message: str) -> None:
    click.echo(f"liveblog: error: {message}", err=True)


def read_input(path: str) -> tuple[bytes, str]:
    """The bytes of a path ('-' for stdin) and the name to report; InputError on failure."""
    if path == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    target = Path(path)
    try:
        if target.is_dir():
            raise InputError(f"{path}: is a directory")
        return target.read_bytes(), target.name
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None


def write_atomic(path: Path, text: str, inputs: tuple[str, ...] = ()) -> None:
    """Write `text` to `path` through a temporary file and a rename; never over an input."""
    for source in inputs:
        if source != "-" and _same_file(Path(source), path):
            raise InputError(f"{path}: refusing to overwrite the input")
    directory = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as error:
        raise InputError(f"{path}: cannot write ({error.strerror or error})") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, path)  # replaces a symlink at `path` itself, never its target
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.exists() and second.exists() and os.path.samefile(first, second)
    except OSError:
        return False


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="liveblog")
def main() -> None:
    """Turn a live blog (pasted text or a saved page) into a clean JSON timeline.

    \b
    Examples:
      liveblog parse blog.txt --date 2026-01-06
      liveblog parse page.html -o timeline.json
      liveblog parse - < blog.txt | jq '.entries[].headline'
      liveblog check fixtures/
    """


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(allow_dash=True, path_type=str))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here (atomically) instead of standard output.")
@click.option("-f", "--format", "format_", type=click.Choice(["json", "jsonl"]), default="json", show_default=True,
              help="Output format.")
@click.option("-d", "--date", "date_", type=IsoDate(), help="Local date of the earliest post.")
@click.option("-z", "--tz", type=Zone(), help="Time zone of the stamps (IANA name, e.g. Europe/London).")
@click.option("-n", "--now", type=IsoTime(), help="When the page was captured, for relative stamps ('2h ago').")
@click.option("--order", type=click.Choice(["oldest", "newest", "page"]), default="oldest", show_default=True,
              help="Order of the entries.")
@click.option("--no-dedupe", is_flag=True, help="Do not mark posts shown twice as duplicates.")
@click.option("--explain", is_flag=True, help="Show each input line with the role it got, instead of JSON.")
@click.option("--max-size", type=Size(), default="512MB", show_default=True, help="Refuse inputs larger than this.")
def parse(files: tuple[str, ...], output: Path | None, format_: str, date_: date | None, tz: str | None,
          now: datetime | None, order: str, no_dedupe: bool, explain: bool, max_size: int) -> None:
    """Parse live blogs (FILES, or - for standard input) into JSON timelines.

    \b
    Examples:
      liveblog parse fixtures/seed-independent-app.txt --date 2026-01-06
      liveblog parse copy.txt --tz Europe/London --now 2026-01-07T09:00Z
      liveblog parse --explain copy.txt | less
    """
    from .render import explain as explain_view
    from .render import render, to_jsonl

    timelines: list[Timeline] = []
    failed = False
    for path in files:
        try:
            timeline = _parse_one(path, date_, tz, now, order, not no_dedupe, explain, max_size)
        except SettingsError as error:
            _fail(str(error))
            sys.exit(EXIT_USAGE)
        except LiveblogError as error:
            _fail(str(error))
            failed = True
            continue
        timelines.append(timeline)
        for notice in timeline.warnings:
            click.echo(f"liveblog: {timeline.source.name}: warning: {notice.message}", err=True)
    if explain:
        text = "".join(explain_view(timeline.explanations) for timeline in timelines)
    elif format_ == "jsonl" or len(timelines) > 1:
        text = to_jsonl(timelines) if format_ == "jsonl" else "".join(render(t, "json") for t in timelines)
    else:
        text = "".join(render(timeline, "json") for timeline in timelines)
    if output is not None:
        if timelines:
            try:
                write_atomic(output, text, files)
            except LiveblogError as error:
                _fail(str(error))
                sys.exit(EXIT_INPUT)
    else:
        click.echo(text, nl=False)
    sys.exit(EXIT_INPUT if failed else EXIT_OK)


def _parse_one(path: str, date_: date | None, tz: str | None, now: datetime | None, order: str, dedupe: bool,
               explain: bool, max_size: int) -> Timeline:
    from . import parse as parse_bytes

    data, name = read_input(path)
    return parse_bytes(data, name=name, date=date_, tz=tz, now=now, order=order,  # type: ignore[arg-type]
                       dedupe=dedupe, explain=explain, max_bytes=max_size)


@main.command()
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--update", is_flag=True, help="Rewrite the expected outputs instead of comparing.")
def check(directory: Path, update: bool) -> None:
    """Check fixtures: each input in DIRECTORY against its expected output.

    An input NAME.txt or NAME.html has its expected timeline beside it in
    NAME.txt.expected.json, and may have options in NAME.txt.options.json
    (keys: date, tz, now, order). Exit 1 when any output differs.

    \b
    Examples:
      liveblog check fixtures/
      liveblog check fixtures/ --update && git diff fixtures/
    """
    from .check import run_check

    failures = run_check(directory, update=update, echo=click.echo)
    sys.exit(EXIT_INPUT if failures else EXIT_OK)


@main.command()
def schema() -> None:
    """Print the JSON Schema of the output (contract version 1)."""
    import json

    from .schema import TIMELINE

    click.echo(json.dumps(TIMELINE, indent=2))


if __name__ == "__main__":  # pragma: no cover
    main()
