"""The command line as users and scripts meet it: stdout, stderr and exit code asserted apart."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result
from jsonschema import Draft202012Validator

from liveblog.cli import EXIT_INPUT, EXIT_OK, EXIT_USAGE, main
from liveblog.schema import TIMELINE

from .conftest import FIXTURES, ROOT, assert_valid

SEED = FIXTURES / "seed-independent-app-live.txt"
ARTICLE = FIXTURES / "seed-independent-article-dateline.txt"
SEED_ENTRIES = 41


def run(*args: str | Path, stdin: bytes | None = None, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, [str(arg) for arg in args], input=stdin, env=env)


def seed(*args: str | Path) -> Result:
    return run("parse", SEED, "--date", "2026-01-06", *args)


# ---------------------------------------------------------------------------
# One input.


def test_parse_prints_the_timeline_on_stdout_and_warnings_on_stderr() -> None:
    result = seed()
    assert result.exit_code == EXIT_OK
    data = json.loads(result.stdout)
    assert_valid(data)
    assert len(data["entries"]) == SEED_ENTRIES
    assert "warning: no zone stated" in result.stderr
    assert "{" not in result.stderr


def test_quiet_keeps_stderr_empty() -> None:
    result = seed("-q")
    assert result.exit_code == EXIT_OK
    assert result.stderr == ""
    assert json.loads(result.stdout)["entries"]


def test_stdin_is_read_with_a_dash() -> None:
    result = run("parse", "-", "-d", "2026-01-06", "-q", stdin=SEED.read_bytes())
    assert result.exit_code == EXIT_OK
    assert json.loads(result.stdout)["source"]["name"] == "<stdin>"


@pytest.mark.parametrize(("format_", "marker"), [
    pytest.param("json", '"liveblog": 1', id="json"),
    pytest.param("jsonl", '{"liveblog": 1, "source"', id="jsonl"),
    pytest.param("csv", "source,title,id,time,time_text,kind", id="csv"),
    pytest.param("md", "# Ukraine-Russia war latest", id="markdown"),
    pytest.param("html", "<!doctype html>", id="html"),
    pytest.param("table", "Trump backtracks and says", id="table"),
])
def test_every_format_renders_the_seed(format_: str, marker: str) -> None:
    result = seed("-f", format_, "-q")
    assert result.exit_code == EXIT_OK
    assert result.stderr == ""
    assert marker in result.stdout


def test_jsonl_per_entry_gives_one_entry_per_line_with_its_blog() -> None:
    result = seed("-f", "jsonl", "--per", "entry", "-q")
    assert result.exit_code == EXIT_OK
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == SEED_ENTRIES
    assert {line["source"]["name"] for line in lines} == {SEED.name}
    assert lines[0]["title"].startswith("Ukraine-Russia war latest")
    assert lines[0]["time"] == "2026-01-06T08:39:00+00:00"
    assert list(lines[0])[:3] == ["source", "title", "id"]
    entry_schema = Draft202012Validator(TIMELINE["properties"]["entries"]["items"])
    source_schema = Draft202012Validator(TIMELINE["properties"]["source"])
    for line in lines:
        source, _title = line.pop("source"), line.pop("title")
        entry_schema.validate(line)  # the rest of the line is exactly an entry of the contract
        source_schema.validate(source)


def test_csv_has_a_header_and_one_row_per_entry() -> None:
    result = seed("-f", "csv", "-q")
    rows = list(csv.reader(io.StringIO(result.stdout, newline="")))
    assert rows[0][:3] == ["source", "title", "id"]
    assert len(rows) == SEED_ENTRIES + 1


def test_output_file_is_written_and_stdout_stays_empty(tmp_path: Path) -> None:
    target = tmp_path / "timeline.html"
    result = seed("-f", "html", "-o", target, "-q")
    assert result.exit_code == EXIT_OK
    assert result.stdout == ""
    assert target.read_text(encoding="utf-8").rstrip().endswith("</html>")


def test_output_over_the_input_is_refused_and_the_input_kept(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(SEED.read_bytes())
    result = run("parse", page, "-o", page, "-q")
    assert result.exit_code == EXIT_INPUT
    assert "refusing to overwrite the input" in result.stderr
    assert page.read_bytes() == SEED.read_bytes()


@pytest.mark.parametrize(("args", "message"), [
    pytest.param(["--date", "6 Jan"], "YYYY-MM-DD", id="bad-date"),
    pytest.param(["--tz", "Mars/Olympus"], "unknown time zone", id="unknown-zone"),
    pytest.param(["--now", "yesterday"], "ISO 8601", id="bad-now"),
    pytest.param(["--since", "teatime"], "neither HH:MM", id="bad-since"),
    pytest.param(["--grep", "(unclosed"], "not a valid regular expression", id="bad-grep"),
    pytest.param(["--kind", "opinion"], "opinion", id="unknown-kind"),
    pytest.param(["--per", "entry"], "--per entry goes with --format jsonl", id="per-entry-without-jsonl"),
    pytest.param(["--jobs", "-1"], "-1", id="negative-jobs"),
    pytest.param(["--format", "xml"], "xml", id="unknown-format"),
    # "²" is a digit to str.isdigit() but not a number int() can read
    pytest.param(["--max-size", "\u00b2MB"], "is not a size", id="superscript-size"),
])
def test_usage_errors_exit_2_with_nothing_on_stdout(args: list[str], message: str) -> None:
    result = run("parse", SEED, *args)
    assert result.exit_code == EXIT_USAGE
    assert result.stdout == ""
    assert message in result.stderr


@pytest.mark.parametrize(("content", "message"), [
    pytest.param(None, "no such file", id="missing"),
    pytest.param(b"", "empty", id="empty"),
    pytest.param(bytes(range(256)) * 8, "binary", id="binary"),
])
def test_bad_inputs_exit_1_with_one_line_on_stderr(tmp_path: Path, content: bytes | None, message: str) -> None:
    page = tmp_path / "page.txt"
    if content is not None:
        page.write_bytes(content)
    result = run("parse", page)
    assert result.exit_code == EXIT_INPUT
    assert result.stdout == ""
    assert message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("address", ["https://example.com/live", "http://example.com/live?page=2&x=[1]",
                                     "www.example.com/live"])
def test_an_address_given_as_a_file_says_liveblog_reads_saved_pages(address: str) -> None:
    result = run("parse", address)
    assert result.exit_code == EXIT_INPUT
    assert result.stdout == ""
    assert result.stderr.startswith(f"liveblog: error: {address}: liveblog reads saved pages, not addresses")
    assert f"curl -sL '{address}' | liveblog parse -" in result.stderr


# ---------------------------------------------------------------------------
# Many inputs.


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """A folder of three good pages (one in a subfolder), an empty one, a binary one, and a non-input."""
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    (folder / "seed.txt").write_bytes(SEED.read_bytes())
    (folder / "article.txt").write_bytes(ARTICLE.read_bytes())
    (folder / "sub" / "again.html").write_bytes(b"<html><body><p>" + SEED.read_bytes() + b"</p></body></html>")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.htm").write_bytes(bytes(range(256)) * 8)
    (folder / "notes.json").write_text("{}", encoding="utf-8")
    (folder / ".hidden.txt").write_bytes(SEED.read_bytes())
    return folder


def test_a_folder_is_parsed_bad_files_reported_and_skipped(batch: Path) -> None:
    result = run("parse", batch, "-f", "jsonl", "-d", "2026-01-06")
    assert result.exit_code == EXIT_INPUT
    names = [json.loads(line)["source"]["name"] for line in result.stdout.splitlines()]
    assert names == ["article.txt", "seed.txt", "again.html"]
    assert "binary.htm" in result.stderr
    assert "empty.txt: the input is empty" in result.stderr
    assert result.stderr.rstrip().splitlines()[-1].startswith("liveblog: 5 files, ")
    assert result.stderr.rstrip().endswith("2 failed")


def test_quoted_globs_are_expanded_and_an_empty_glob_is_a_failed_input(batch: Path) -> None:
    result = run("parse", f"{batch}/**/*.htm*", f"{batch}/nothing-*.txt", "-f", "jsonl", "-q")
    assert result.exit_code == EXIT_INPUT
    assert [json.loads(line)["source"]["name"] for line in result.stdout.splitlines()] == ["again.html"]
    assert "no files match" in result.stderr


def test_parallel_jobs_give_the_same_output_as_one(batch: Path) -> None:
    one = run("parse", batch, "-f", "jsonl", "-d", "2026-01-06", "-j", "1")
    two = run("parse", batch, "-f", "jsonl", "-d", "2026-01-06", "-j", "2")
    assert two.exit_code == one.exit_code == EXIT_INPUT
    assert two.stdout == one.stdout
    assert two.stderr == one.stderr


def test_output_folder_gets_one_file_per_input(batch: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("parse", batch, "-o", f"{out}/", "-q", "-j", "2")
    assert result.exit_code == EXIT_INPUT
    assert result.stdout == ""
    assert sorted(path.name for path in out.iterdir()) == ["again.json", "article.json", "seed.json"]
    assert_valid(json.loads((out / "seed.json").read_text(encoding="utf-8")))


def test_output_folder_names_never_collide(tmp_path: Path) -> None:
    for name in ("a/page.txt", "b/page.txt", "c/page.txt", "page.html"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(SEED.read_bytes())
    out = tmp_path / "out"
    result = run("parse", tmp_path / "a", tmp_path / "b", tmp_path / "c", tmp_path / "page.html", "-o", f"{out}/",
                 "-q")
    assert result.exit_code == EXIT_OK
    assert sorted(path.name for path in out.iterdir()) == ["page-2.json", "page.html.json", "page.json",
                                                           "page.txt.json"]


@pytest.mark.parametrize("resources", ["page_files", "Page-Dateien", "page.files"])
def test_the_folder_of_a_page_saved_complete_is_no_input_of_its_own(tmp_path: Path, resources: str) -> None:
    folder = tmp_path / "saved"
    (folder / resources).mkdir(parents=True)
    (folder / "other_files").mkdir()  # no page of that name beside it: an ordinary folder
    (folder / "page.html").write_bytes(b"<html><body><p>" + SEED.read_bytes() + b"</p></body></html>")
    (folder / resources / "frame.html").write_bytes(b"<html><body><p>An advertisement.</p></body></html>")
    (folder / "other_files" / "copy.txt").write_bytes(SEED.read_bytes())
    result = run("parse", folder, "-f", "jsonl", "-d", "2026-01-06", "-q")
    assert result.exit_code == EXIT_OK
    assert [json.loads(line)["source"]["name"] for line in result.stdout.splitlines()] == ["page.html", "copy.txt"]
    named = run("parse", folder / resources, "-f", "jsonl", "-q")  # named, it is read
    assert [json.loads(line)["source"]["name"] for line in named.stdout.splitlines()] == ["frame.html"]


def test_gzipped_pages_in_a_folder_are_read_inflated_and_named_without_gz(tmp_path: Path) -> None:
    import gzip

    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "seed.txt.gz").write_bytes(gzip.compress(SEED.read_bytes()))
    (folder / "page.html.gz").write_bytes(gzip.compress(b"<html><body><p>" + SEED.read_bytes() + b"</p></body></html>"))
    (folder / "notes.gz").write_bytes(gzip.compress(b"not an input"))
    plain = run("parse", SEED, "-f", "jsonl", "-d", "2026-01-06", "-q")
    result = run("parse", folder, "-f", "jsonl", "-d", "2026-01-06", "-q")
    assert result.exit_code == EXIT_OK
    timelines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [timeline["source"]["name"] for timeline in timelines] == ["page.html.gz", "seed.txt.gz"]
    assert timelines[1]["entries"] == json.loads(plain.stdout)["entries"]
    out = tmp_path / "out"
    assert run("parse", folder, "-o", f"{out}/", "-q", "-d", "2026-01-06").exit_code == EXIT_OK
    assert sorted(path.name for path in out.iterdir()) == ["page.json", "seed.json"]


def test_output_folder_never_overwrites_an_input(tmp_path: Path) -> None:
    page = tmp_path / "page.json"
    page.write_bytes(SEED.read_bytes())
    result = run("parse", page, "-o", f"{tmp_path}/", "-q")
    assert result.exit_code == EXIT_INPUT
    assert "refusing to overwrite the input" in result.stderr
    assert page.read_bytes() == SEED.read_bytes()


def test_several_inputs_to_one_csv_share_one_header(batch: Path) -> None:
    result = run("parse", batch / "seed.txt", batch / "article.txt", "-f", "csv", "-q")
    rows = list(csv.reader(io.StringIO(result.stdout, newline="")))
    assert sum(row[0] == "source" for row in rows) == 1
    assert {row[0] for row in rows[1:]} == {"seed.txt", "article.txt"}


def test_several_inputs_to_html_make_one_page(batch: Path) -> None:
    result = run("parse", batch / "seed.txt", batch / "article.txt", "-f", "html", "-q")
    assert result.stdout.count("<html") == 1
    assert result.stdout.count("<article class=\"timeline\">") == 2
    assert '<a href="#blog-2">' in result.stdout and 'id="blog-2"' in result.stdout  # contents link to each


def test_all_inputs_failing_writes_no_output_file(batch: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("previous", encoding="utf-8")
    result = run("parse", batch / "empty.txt", batch / "binary.htm", "-o", target)
    assert result.exit_code == EXIT_INPUT
    assert target.read_text(encoding="utf-8") == "previous"


# ---------------------------------------------------------------------------
# Shaping.


@pytest.mark.parametrize(("args", "count"), [
    pytest.param([], SEED_ENTRIES, id="no-rules"),
    pytest.param(["--since", "22:00"], 5, id="since-clock"),
    pytest.param(["--since", "22:00", "--until", "01:00"], 3, id="window-across-midnight"),
    pytest.param(["--since", "2026-01-07T00:00:00+00:00"], 3, id="since-iso"),
    pytest.param(["--until", "2026-01-06T09:10"], 2, id="until-naive-iso-inclusive"),
    pytest.param(["--kind", "analysis", "--kind", "comment"], 3, id="kinds"),
    pytest.param(["--author", "ARPAN"], 1, id="author-any-case"),
    pytest.param(["--grep", "witkoff|kushner"], 7, id="grep-regex"),
    pytest.param(["--author", "dalton", "--kind", "analysis"], 1, id="rules-combine"),
])
def test_shaping_keeps_the_asked_entries(args: list[str], count: int) -> None:
    result = seed("-q", *args)
    assert result.exit_code == EXIT_OK
    assert len(json.loads(result.stdout)["entries"]) == count


def test_order_newest_reverses_the_entries() -> None:
    oldest = json.loads(seed("-q").stdout)["entries"]
    newest = json.loads(seed("-q", "--order", "newest").stdout)["entries"]
    assert [entry["id"] for entry in newest] == [entry["id"] for entry in reversed(oldest)]


# ---------------------------------------------------------------------------
# diff, merge, stats.


@pytest.fixture
def snapshots(tmp_path: Path) -> tuple[Path, Path]:
    """A later copy of the seed as JSON, and an earlier one: three posts fewer, one edited, one gone since."""
    new = json.loads(seed("-q").stdout)
    old = json.loads(json.dumps(new))
    old["entries"] = old["entries"][:38]
    old["entries"][5]["body"] += "\n\nAn early paragraph that was cut later."
    old["entries"].append({**old["entries"][0], "id": "000000000000", "headline": "A post taken down"})
    (tmp_path / "old.json").write_text(json.dumps(old), encoding="utf-8")
    (tmp_path / "new.json").write_text(json.dumps(new), encoding="utf-8")
    return tmp_path / "old.json", tmp_path / "new.json"


def test_diff_json_lists_added_edited_removed(snapshots: tuple[Path, Path]) -> None:
    result = run("diff", *snapshots, "-f", "json")
    assert result.exit_code == EXIT_OK
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert len(data["added"]) == 3
    assert [change["field"] for item in data["edited"] for change in item["changes"]] == ["body"]
    assert [entry["id"] for entry in data["removed"]] == ["000000000000"]
    assert data["unchanged"] == SEED_ENTRIES - 3 - 1


def test_diff_readable_view_marks_each_change(snapshots: tuple[Path, Path]) -> None:
    result = run("diff", *snapshots)
    assert result.exit_code == EXIT_OK
    lines = result.stdout.splitlines()
    assert lines[0].endswith("3 new, 1 edited, 1 removed, 37 unchanged")
    assert sum(line.startswith("+ ") for line in lines) == 3
    assert any(line.startswith("~ ") for line in lines)
    assert any(line.startswith("- ") and "A post taken down" in line for line in lines)
    assert "\x1b" not in result.stdout  # not a terminal: no colour


def test_diff_of_a_page_with_itself_is_empty() -> None:
    result = run("diff", SEED, SEED, "-d", "2026-01-06", "-f", "json")
    data = json.loads(result.stdout)
    assert (data["added"], data["edited"], data["removed"], data["unchanged"]) == ([], [], [], SEED_ENTRIES)


def test_merge_keeps_each_entry_once_and_the_newest_version(snapshots: tuple[Path, Path]) -> None:
    old, new = snapshots
    result = run("merge", old, new)
    assert result.exit_code == EXIT_OK
    data = json.loads(result.stdout)
    assert_valid(data)
    ids = [entry["id"] for entry in data["entries"]]
    assert len(ids) == len(set(ids)) == SEED_ENTRIES + 1
    bodies = {entry["id"]: entry["body"] for entry in data["entries"]}
    assert not any("cut later" in body for body in bodies.values())
    assert data["source"]["name"] == "seed-independent-app-live.txt + seed-independent-app-live.txt"
    times = [entry["time"] for entry in data["entries"]]
    assert times == sorted(times)


def test_merge_of_pages_and_json_alike(snapshots: tuple[Path, Path]) -> None:
    result = run("merge", snapshots[0], SEED, "-d", "2026-01-06", "-f", "table")
    assert result.exit_code == EXIT_OK
    assert "A post taken down" in result.stdout


def test_merge_rejects_a_json_file_that_is_not_a_timeline(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"liveblog": 1, "entries": []}', encoding="utf-8")
    result = run("merge", bad)
    assert result.exit_code == EXIT_INPUT
    assert "not a liveblog timeline" in result.stderr


def test_stats_counts_per_hour_author_and_kind() -> None:
    result = run("stats", SEED, "-d", "2026-01-06", "-f", "json")
    assert result.exit_code == EXIT_OK
    data = json.loads(result.stdout)
    assert sum(hour["count"] for hour in data["per_hour"]) == SEED_ENTRIES
    assert data["per_hour"][0]["hour"] == "2026-01-06T08:00:00+00:00"
    assert {"hour": "2026-01-07T01:00:00+00:00", "count": 0} in data["per_hour"]  # gaps are shown
    assert data["per_kind"][0] == {"name": "post", "count": 33}


def test_stats_chart_is_text() -> None:
    result = run("stats", SEED, "-d", "2026-01-06")
    assert result.exit_code == EXIT_OK
    assert "Entries per hour" in result.stdout
    assert "█" in result.stdout


# ---------------------------------------------------------------------------
# Help, flags, README, completion, start-up.


COMMANDS = sorted(main.commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_examples(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == EXIT_OK
    assert "Examples:" in result.stdout
    assert f"liveblog {command}" in result.stdout


def _options(command: click.Command) -> list[click.Option]:
    return [param for param in command.params if isinstance(param, click.Option)]


@pytest.mark.parametrize("command", COMMANDS)
def test_no_command_has_duplicate_flags(command: str) -> None:
    flags = [flag for option in _options(main.commands[command]) for flag in option.opts]
    flags += ["-h", "--help"]
    assert len(flags) == len(set(flags))


def test_short_flags_mean_the_same_in_every_command() -> None:
    meaning: dict[str, set[str]] = {}
    for command in main.commands.values():
        for option in _options(command):
            for flag in option.opts:
                if not flag.startswith("--"):
                    meaning.setdefault(flag, set()).add(option.name or "")
    assert {flag: names for flag, names in meaning.items() if len(names) > 1} == {}


def _usage_section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- usage:start -->(.*)<!-- usage:end -->", readme, re.S)
    assert match
    return match[1]


@pytest.mark.parametrize("command", COMMANDS)
def test_readme_usage_names_every_command_and_option(command: str) -> None:
    usage = _usage_section()
    assert f"liveblog {command}" in usage
    help_text = run(command, "--help").stdout
    missing = [flag for flag in sorted(set(re.findall(r"--[a-z][a-z-]+", help_text)))
               if flag != "--help" and not re.search(re.escape(flag) + r"\b", usage)]
    assert missing == []


def test_readme_usage_examples_use_only_real_options() -> None:
    usage = _usage_section()
    known = {flag for command in main.commands.values()
             for option in _options(command) for flag in option.opts}
    used = set(re.findall(r"(?<![\w-])--[a-z][a-z-]+", usage))
    assert used - known - {"--help"} == set()


def test_shell_completion_script_is_generated() -> None:
    result = subprocess.run([sys.executable, "-m", "liveblog"], env={**os.environ, "_LIVEBLOG_COMPLETE": "bash_source"},
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert "_liveblog_completion" in result.stdout


HEAVY = ("rich", "bs4", "lxml", "dateutil", "concurrent", "multiprocessing", "csv", "tempfile")


@pytest.mark.parametrize("to_file", [False, True], ids=["stdout", "output-file"])
def test_parsing_one_text_file_imports_nothing_heavy(to_file: bool, tmp_path: Path) -> None:
    output = ["-o", str(tmp_path / "out.json")] if to_file else []
    # pathlib (16 M instructions with what it imports) only to write a file; an editable
    # install's import hook loads it before us, so only modules new since start count
    heavy = HEAVY if to_file else (*HEAVY, "pathlib")
    code = (
        "import sys\n"
        "before = set(sys.modules)\n"
        "from liveblog.cli import main\n"
        f"try:\n    main(['parse', {str(SEED)!r}, '-q', *{output!r}])\n"
        "except SystemExit as end:\n    assert end.code == 0, end.code\n"
        "new = {name.split('.')[0] for name in set(sys.modules) - before}\n"
        f"print(sorted(new & set({heavy!r})), file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-S", "-c", code], capture_output=True, text=True, check=False, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1] == "[]"
    assert not to_file or json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["entries"]


def _command(*args: str | Path) -> list[str]:
    """The installed command as a user runs it: `python -m liveblog` goes through `run`."""
    return [sys.executable, "-m", "liveblog", *(str(arg) for arg in args)]


@pytest.mark.parametrize(("args", "code"), [
    pytest.param(["parse", SEED, "-q"], EXIT_OK, id="ok"),
    pytest.param(["parse", "no-such-file.txt"], EXIT_INPUT, id="bad-input"),
    pytest.param(["parse", SEED, "--bogus"], EXIT_USAGE, id="usage"),
])
def test_the_command_keeps_exit_codes_and_writes_everything(args: list[str], code: int) -> None:
    # `run` ends with os._exit, after flushing: the output must be whole and the code kept
    result = subprocess.run(_command(*args), capture_output=True, text=True, check=False, cwd=ROOT)
    assert result.returncode == code, result.stderr
    if code == EXIT_OK:
        assert result.stdout == run(*args).stdout and json.loads(result.stdout)["entries"]
    else:
        assert result.stderr.strip() and "Traceback" not in result.stderr


@pytest.mark.parametrize("encoding", ["latin-1", "ascii"])
@pytest.mark.parametrize("form", ["json", "csv", "md"])
def test_data_goes_out_as_utf8_whatever_the_stream_encoding(encoding: str, form: str) -> None:
    # the seed holds "–" and curly quotes, which latin-1 and ASCII cannot encode
    command = _command("parse", SEED, "-q", "-f", form)
    result = subprocess.run(command, capture_output=True, check=False, cwd=ROOT,
                            env={**os.environ, "PYTHONIOENCODING": encoding})
    assert result.returncode == EXIT_OK, result.stderr.decode(errors="replace")
    utf8 = subprocess.run(command, capture_output=True, check=True, cwd=ROOT,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert result.stdout == utf8.stdout and "–" in result.stdout.decode("utf-8")


def test_the_table_view_shows_what_the_stream_encoding_cannot_as_question_marks() -> None:
    result = subprocess.run(_command("parse", SEED, "-q", "-f", "table"), capture_output=True, check=False, cwd=ROOT,
                            env={**os.environ, "PYTHONIOENCODING": "ascii"})
    assert result.returncode == EXIT_OK, result.stderr.decode(errors="replace")
    assert "?" in result.stdout.decode("ascii") and b"Traceback" not in result.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["parse", SEED, "-q"], ["parse", SEED, "-q", "-f", "md"], ["--help"], ["schema"]],
                         ids=["json", "md", "help", "schema"])
def test_a_full_disk_on_standard_output_is_one_line_and_exit_1(args: list[str | Path]) -> None:
    with open("/dev/full", "wb") as full:
        result = subprocess.run(_command(*args), stdout=full, stderr=subprocess.PIPE, text=True, check=False, cwd=ROOT)
    assert result.returncode == EXIT_INPUT
    assert result.stderr == "liveblog: error: No space left on device\n"


@pytest.mark.skipif(sys.platform != "linux", reason="needs a file system that takes any bytes in a name")
def test_a_file_name_not_in_utf8_is_reported_as_text(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/caf\xe9.txt"  # Latin-1 bytes: not UTF-8
    with open(raw, "wb") as page:
        page.write((FIXTURES / "oldest-first.txt").read_bytes())
    printed = subprocess.run([os.fsencode(sys.executable), b"-m", b"liveblog", b"parse", raw, b"-q"],
                             capture_output=True, check=False, cwd=ROOT)
    assert printed.returncode == EXIT_OK, printed.stderr
    assert json.loads(printed.stdout.decode("utf-8"))["source"]["name"] == "caf\ufffd.txt"
    folder = tmp_path / "out"
    written = subprocess.run([os.fsencode(sys.executable), b"-m", b"liveblog", b"parse", raw, b"-q", b"-o",
                              os.fsencode(folder) + b"/"], capture_output=True, check=False, cwd=ROOT)
    assert written.returncode == EXIT_OK, written.stderr
    [output] = folder.iterdir()
    assert json.loads(output.read_text(encoding="utf-8"))["source"]["name"] == "caf\ufffd.txt"


def test_a_reader_that_stops_early_ends_the_run_quietly() -> None:
    big: list[str | Path] = ["parse", FIXTURES, "-f", "jsonl", "--per", "entry", "-q"]  # 470 KB: more than a pipe holds
    with subprocess.Popen(_command(*big), stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT) as child:
        assert child.stdout is not None and child.stderr is not None
        child.stdout.read(10)
        child.stdout.close()  # as `| head -c 10` does
        error = child.stderr.read().decode()
        assert child.wait(timeout=60) == EXIT_OK
    assert "Traceback" not in error and "Error" not in error


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == EXIT_OK
    assert result.stdout.startswith("liveblog, version ")


def test_inputs_found_by_a_glob_are_never_overwritten(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "page.json").write_bytes(ARTICLE.read_bytes())
    result = run("parse", f"{tmp_path}/page.*", "-o", f"{tmp_path}/", "-q")
    assert result.exit_code == EXIT_INPUT
    assert "page.json: refusing to overwrite the input" in result.stderr
    assert (tmp_path / "page.json").read_bytes() == ARTICLE.read_bytes()


def test_stdin_and_files_in_one_batch() -> None:
    result = run("parse", "-", ARTICLE, "-f", "jsonl", "-q", "-j", "2", stdin=SEED.read_bytes())
    assert result.exit_code == EXIT_OK
    names = [json.loads(line)["source"]["name"] for line in result.stdout.splitlines()]
    assert names == ["<stdin>", ARTICLE.name]


def test_an_input_named_twice_is_parsed_once() -> None:
    result = run("parse", "-", "-", SEED, str(SEED), "-f", "jsonl", "-q", stdin=ARTICLE.read_bytes())
    assert result.exit_code == EXIT_OK
    assert [json.loads(line)["source"]["name"] for line in result.stdout.splitlines()] == ["<stdin>", SEED.name]


def test_a_symlink_at_the_output_is_replaced_never_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("keep me", encoding="utf-8")
    link = tmp_path / "out.json"
    link.symlink_to(elsewhere)
    result = seed("-o", link, "-q")
    assert result.exit_code == EXIT_OK
    assert elsewhere.read_text(encoding="utf-8") == "keep me"
    assert not link.is_symlink()
    assert json.loads(link.read_text(encoding="utf-8"))["entries"]


def test_written_files_get_ordinary_permissions(tmp_path: Path) -> None:
    mask = os.umask(0o022)
    try:
        result = seed("-o", tmp_path / "out.json", "-q")
    finally:
        os.umask(mask)
    assert result.exit_code == EXIT_OK
    assert (tmp_path / "out.json").stat().st_mode & 0o777 == 0o644
    assert [path.name for path in tmp_path.iterdir()] == ["out.json"]  # no temporary file left behind


def test_the_temporary_file_is_new_private_and_beside_the_output(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from liveblog import files

    target = files.AtomicFile(tmp_path / "out.json")
    temporary = Path(target.temporary)
    assert temporary.parent == tmp_path and temporary.name.startswith(".out.json.")
    assert temporary.stat().st_mode & 0o777 == 0o600  # nobody else reads a half-written file
    target.write("partial")
    target.abort()
    assert list(tmp_path.iterdir()) == []
    # a name already taken (here by a planted symlink) is never opened: another is drawn
    draws = iter([b"\x00" * 6, b"\x00" * 6, b"\x01" * 6])
    monkeypatch.setattr(os, "urandom", lambda size: next(draws))
    planted = tmp_path / ".out.json.000000000000.tmp"
    planted.symlink_to(tmp_path / "elsewhere")
    first = files.AtomicFile(tmp_path / "elsewhere.json")  # the first draw, free under another name
    second = files.AtomicFile(tmp_path / "out.json")
    assert second.temporary == str(tmp_path / ".out.json.010101010101.tmp")
    assert not (tmp_path / "elsewhere").exists()
    first.abort()
    second.abort()


def test_an_unwritable_output_fails_before_parsing(tmp_path: Path) -> None:
    result = seed("-o", tmp_path / "missing-folder" / "out.json")
    assert result.exit_code == EXIT_INPUT
    assert result.stdout == ""
    assert "cannot write" in result.stderr
    assert "warning" not in result.stderr  # nothing was parsed


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("total", "terminal", "quiet", "bar"), [
    pytest.param(6, True, False, True, id="many-on-a-terminal"),
    pytest.param(5, True, False, False, id="a-handful"),
    pytest.param(6, False, False, False, id="not-a-terminal"),
    pytest.param(6, True, True, False, id="quiet"),
])
def test_progress_bar_only_for_many_inputs_on_a_terminal(monkeypatch: pytest.MonkeyPatch, total: int,
                                                         terminal: bool, quiet: bool, bar: bool) -> None:
    from liveblog.batch import Outcome
    from liveblog.cli import _Report

    stream = _Terminal() if terminal else io.StringIO()
    monkeypatch.setattr(sys, "stderr", stream)
    report = _Report(total, quiet=quiet)
    with report.progress():
        report.parsed(Outcome(path="a.txt", name="a.txt", text="{}", entries=3, warnings=("\x1b[31mred",)))
        report.failed("b.txt: the input is empty")
    output = stream.getvalue()
    assert ("parsing" in output) is bar
    assert "b.txt: the input is empty" in output
    assert "\x1b[31mred" not in output  # a warning quoting page text cannot drive the terminal
    assert (report.files, report.entries, report.failures) == (2, 3, 1)


def _try_it_commands() -> list[str]:
    block = _usage_section().split("### Try it on the bundled fixtures", 1)[1].split("```sh", 1)[1].split("```")[0]
    return [line.split(" | ")[0].strip() for line in block.splitlines() if line.startswith("liveblog ")]


def test_readme_try_it_commands_run_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shlex

    monkeypatch.chdir(ROOT)
    lines = _try_it_commands()
    assert len(lines) >= 5
    for line in lines:
        args = [arg.replace("/tmp/", f"{tmp_path}/") for arg in shlex.split(line)[1:]]
        result = run(*args)
        assert result.exit_code == EXIT_OK, (line, result.stderr)
        assert result.stdout or "-o" in args, line


def _worker_dies(task: object, job: object) -> None:
    os._exit(3)  # what the kernel's out-of-memory killer does to a worker, near enough


def test_a_dead_worker_ends_the_batch_with_a_message(batch: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import liveblog.batch

    monkeypatch.setattr(liveblog.batch, "_run_task", _worker_dies)
    result = run("parse", batch / "seed.txt", batch / "article.txt", "-j", "2", "-f", "jsonl")
    assert result.exit_code == EXIT_INPUT
    assert result.stdout == ""
    assert "a worker process died" in result.stderr
    assert "Traceback" not in result.stderr
