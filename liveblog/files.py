"""The shell's file handling: which files the inputs name, reading them, writing outputs atomically.

Inputs are files, folders (every `.txt`, `.text`, `.html`, `.htm`, `.xhtml`, `.mhtml`, `.mht`,
`.webarchive`, `.docx`, `.odt`, `.rtf`, `.warc` and `.warc.gz` file inside, recursively, hidden
ones skipped), glob patterns quoted so that
liveblog expands them (`'pages/**/*.html'`), and `-` for standard input. A web archive
(WARC, told by its first bytes) gives one input per page it holds (see `warc`). A name that
matches nothing is reported as a failed input, not a usage error, so one typo never stops
a batch.

Outputs are written through a temporary file in the same folder and a rename: a reader
never sees half a file, a failed run leaves an existing file as it was, a symlink at the
output path is replaced (never followed), and an input is never overwritten.
"""

from __future__ import annotations

import os
import sys
from contextlib import suppress
from stat import S_ISREG
from typing import TYPE_CHECKING, BinaryIO, NamedTuple

from .errors import InputError, over_the_limit

if TYPE_CHECKING:  # pathlib is imported where an output is written: reading one file needs only os
    from pathlib import Path

    from .warc import Page

#: Suffixes of web archives (each page inside is an input).
ARCHIVE_SUFFIXES = (".warc", ".warc.gz")
#: Suffixes of the files taken from a folder.
INPUT_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".mhtml", ".mht", ".webarchive", ".docx", ".odt", ".rtf",
                  ".txt.gz", ".html.gz", ".htm.gz", *ARCHIVE_SUFFIXES)
#: What the folder of a page saved "complete" is named by, after the page's name: Chrome's
#: and Edge's "_files" in every language, and the words of Microsoft Office's table for its
#: "Web Page" saves (`WebOptions.FolderSuffix`), in lower case.
RESOURCE_FOLDER_SUFFIXES = (".files", "-dateien", "-filer", "_archivos", "_arquivos", "_bestanden", "_bylos",
                            "_datoteke", "_dosyalar", "_elemei", "_failid", "_fails", "_fajlovi", "_fichiers",
                            "_ficheiros", "_file", "_files", "_fitxategiak", "_fitxers", "_pliki", "_soubory",
                            "_tiedostot")
#: The suffixes of a page saved "complete" (its folder beside it).
PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
_GLOB_MAGIC = frozenset("*?[")
#: How a web address given instead of a file begins.
ADDRESS_STARTS = ("http://", "https://", "ftp://", "www.")


class Input(NamedTuple):
    """One input to parse: a path (`-` for stdin), or the reason the name given yields none;
    `page` is a page inside the web archive at `path`."""

    path: str
    error: str | None = None
    page: Page | None = None


def expand(specs: tuple[str, ...] | list[str]) -> list[Input]:
    """Files, folders, quoted globs and `-`, in the order given, each file once."""
    out: list[Input] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        key = path if path == "-" else os.path.realpath(path)
        if key in seen:
            return
        seen.add(key)
        if path != "-" and _archive(path):
            out.extend(archive_inputs(path))
        else:
            out.append(Input(path))

    for spec in specs:
        if spec == "-" or os.path.isfile(spec):
            add(spec)
        elif os.path.isdir(spec):
            found = folder_inputs(spec)
            if not found:
                out.append(Input(spec, f"{spec}: no {', '.join(INPUT_SUFFIXES)} files in this folder"))
            for path in found:
                add(path)
        elif _GLOB_MAGIC & set(spec) and not os.path.exists(spec) and not spec.lower().startswith(ADDRESS_STARTS):
            import glob

            matches = sorted(path for path in glob.glob(spec, recursive=True) if os.path.isfile(path))
            if not matches:
                out.append(Input(spec, f"{spec}: no files match"))
            for path in matches:
                add(path)
        else:
            out.append(Input(spec))  # reading it gives the precise error (missing, unreadable, ...)
    return out


def _archive(path: str) -> bool:
    """Whether a file is a web archive: a WARC record first, or a gzip member holding one."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(5)
    except OSError:
        return False  # reading it gives the precise error
    from .read import GZIP_MAGIC, WARC_MAGIC

    if head.startswith(GZIP_MAGIC):
        from .warc import is_archive

        return is_archive(path)
    return head == WARC_MAGIC


def archive_inputs(path: str) -> list[Input]:
    """One input per page of the web archive at `path`; a failed input for what cannot be read."""
    from .errors import InputError
    from .warc import ArchiveError, index

    try:
        pages = index(path)
    except ArchiveError as error:
        return [*(Input(path, page=page) for page in error.pages), Input(path, str(error))]
    except InputError as error:
        return [Input(path, str(error))]
    if not pages:
        return [Input(path, f"{path}: no HTML or text pages in this web archive")]
    return [Input(path, page=page) for page in pages]


def folder_inputs(folder: str) -> list[str]:
    """The input files in `folder` and below, by name; hidden files and folders are left out,
    and so is the folder of a page saved "complete" beside it (`page_files/`: its frames,
    ads and scripts are no inputs of their own)."""
    found = []
    for root, dirs, files in os.walk(folder):
        pages = {name.lower() for name in files}
        dirs[:] = sorted(name for name in dirs if not name.startswith(".") and not _saved_with_a_page(name, pages))
        found += [os.path.join(root, name) for name in sorted(files)
                  if not name.startswith(".") and name.lower().endswith(INPUT_SUFFIXES)]
    return found


def _saved_with_a_page(folder: str, pages: set[str]) -> bool:
    """Whether `folder` is the one a browser or office program saved a page's files in
    beside it: the page's name and one of `RESOURCE_FOLDER_SUFFIXES` (`pages` are the file
    names beside it, in lower case)."""
    name = folder.lower()
    return any(name.endswith(suffix) and f"{name[:-len(suffix)]}{page}" in pages
               for suffix in RESOURCE_FOLDER_SUFFIXES for page in PAGE_SUFFIXES)


def shown_name(path: str) -> str:
    """The name an input is reported by: its file name, as text. A name that is not valid in
    the file system's encoding (Python keeps its bytes as lone surrogates) gets "\ufffd" for
    them, so that JSON, CSV and files written in UTF-8 can hold it."""
    name = os.path.basename(path) or path
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def read_input(path: str, limit: int | None = None) -> tuple[bytes, str]:
    """The bytes of a path ('-' for stdin) and the name to report; InputError on failure, and
    when there are more than `limit` bytes, read no further (`/dev/zero` never ends)."""
    if path == "-":
        if sys.stdin is None:
            raise InputError("<stdin>: standard input is closed")
        return _read(sys.stdin.buffer, "<stdin>", limit), "<stdin>"
    try:
        if os.path.isdir(path):
            raise InputError(f"{path}: is a directory")
        name = shown_name(path)
        with open(path, "rb") as handle:
            return _read(handle, name, limit), name
    except FileNotFoundError:
        if path.lower().startswith(ADDRESS_STARTS):
            raise InputError(f"{path}: liveblog reads saved pages, not addresses (it never goes online): save the "
                             f"page, or fetch it with `curl -sL '{path}' | liveblog parse -`") from None
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None


def _read(handle: BinaryIO, name: str, limit: int | None) -> bytes:
    if limit is None:
        return handle.read()
    with suppress(OSError, ValueError):  # a stream with no descriptor is simply read
        status = os.fstat(handle.fileno())
        if S_ISREG(status.st_mode) and status.st_size > limit:
            raise over_the_limit(name, status.st_size, limit)
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise over_the_limit(name, None, limit)
    return data


def identities(paths: tuple[str, ...] | list[str]) -> frozenset[tuple[int, int]]:
    """The (device, inode) of every path that exists, to recognise an input under any name."""
    found = set()
    for path in paths:
        if path != "-":
            try:
                status = os.stat(path)
            except OSError:
                continue
            found.add((status.st_dev, status.st_ino))
    return frozenset(found)


def write_atomic(path: Path, text: str, inputs: tuple[str, ...] | list[str] | frozenset[tuple[int, int]] = ()) -> None:
    """Write `text` to `path` through a temporary file and a rename; never over an input.

    `inputs` are paths, or their `identities` computed once for a batch."""
    target = AtomicFile(path, inputs)
    try:
        target.write(text)
        target.commit()
    finally:
        target.abort()


class AtomicFile:
    """A file written in pieces that appears whole at `path` on `commit`, or not at all.

    The pieces go to a temporary file beside `path`; `commit` renames it over `path`
    (replacing a symlink there, never following it); `abort` (a no-op after `commit`)
    removes it, leaving any earlier file at `path` as it was. InputError when `path` is
    one of `inputs` or cannot be written.
    """

    def __init__(self, path: Path, inputs: tuple[str, ...] | list[str] | frozenset[tuple[int, int]] = ()) -> None:
        protected = inputs if isinstance(inputs, frozenset) else identities(inputs)
        try:
            status = os.stat(path)
        except OSError:
            status = None
        if status is not None and (status.st_dev, status.st_ino) in protected:
            raise InputError(f"{path}: refusing to overwrite the input")
        self.path = path
        try:
            handle, self.temporary = _temporary_beside(path)
        except OSError as error:
            raise InputError(f"{path}: cannot write ({error.strerror or error})") from None
        self.stream = os.fdopen(handle, "w", encoding="utf-8", newline="")
        self.done = False

    def write(self, text: str) -> None:
        try:
            self.stream.write(text)
        except OSError as error:
            raise InputError(f"{self.path}: cannot write ({error.strerror or error})") from None

    def commit(self) -> None:
        try:
            self.stream.close()
            os.chmod(self.temporary, _mode_for(self.path))
            os.replace(self.temporary, self.path)
        except OSError as error:
            raise InputError(f"{self.path}: cannot write ({error.strerror or error})") from None
        self.done = True

    def abort(self) -> None:
        if not self.done:
            self.stream.close()
            with suppress(FileNotFoundError):
                os.unlink(self.temporary)
            self.done = True


#: How a temporary file is opened: new (never an existing file or a symlink's target), private to this process.
_CREATE = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


def _temporary_beside(path: Path) -> tuple[int, str]:
    """A new file only its owner can read, in `path`'s folder, with a random name: what
    `tempfile.mkstemp` makes, without importing tempfile (and random, shutil...) at every
    start, which cost `-o` about 11 M instructions, 4% of a start."""
    for _ in range(100):
        name = os.path.join(path.parent, f".{path.name}.{os.urandom(6).hex()}.tmp")
        try:
            return os.open(name, _CREATE, 0o600), name
        except FileExistsError:
            continue
    raise FileExistsError(f"no unused temporary name beside {path}")


def _mode_for(path: Path) -> int:
    """The permissions a new file would get (mkstemp's are private), or those of the file replaced."""
    try:
        if path.is_file() and not path.is_symlink():
            return path.stat().st_mode & 0o777
    except OSError:
        pass
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def is_folder_target(output: str) -> bool:
    """`-o DIR/` (a trailing slash) or `-o DIR` naming an existing folder: one file per input."""
    return output.endswith(("/", os.sep)) or os.path.isdir(output)


def address_file(uri: str) -> str:
    """A file name for a web archive's page, from its address: `https://example.com/live/x.html`
    gives `example.com-live-x.html` (each run of characters other than letters, digits, `.`
    and `_` becomes one `-`), at most 120 characters and never empty; `.html` is added when
    the address has no such suffix, so that `OutputNames` keeps the whole address as the stem."""
    import re

    address = uri.split("://", 1)[-1].split("#", 1)[0]
    stem = re.sub(r"[^\w.]+", "-", address, flags=re.ASCII).strip(".-")[:120].rstrip(".-") or "page"
    return stem if stem.lower().endswith((".html", ".htm")) else stem + ".html"


class OutputNames:
    """File names in an output folder, one per input, named after it and never twice the same.

    `page.txt` (or `page.html.gz`) gives `page.json`; a second `page.*` in the same run gives
    `page.txt.json`, then `page-2.json`, ...; standard input gives `stdin.json`.
    """

    def __init__(self, folder: Path, extension: str) -> None:
        self.folder, self.extension = folder, extension
        self.taken: set[str] = set()

    def name_for(self, input_path: str) -> Path:
        from pathlib import Path

        name = "stdin" if input_path == "-" else Path(input_path).name
        stem = Path(name[:-3] if name.lower().endswith(".gz") else name).stem or name
        candidates = [stem + self.extension, name + self.extension]
        number = 2
        while not any(candidate.lower() not in self.taken for candidate in candidates):
            candidates = [f"{stem}-{number}{self.extension}"]
            number += 1
        chosen = next(candidate for candidate in candidates if candidate.lower() not in self.taken)
        self.taken.add(chosen.lower())
        return self.folder / chosen
