"""The fuzz harness: mutations of real pages, and the invariants every parse must keep.

The test suite runs it briefly (tests/test_fuzz.py); `bench/fuzz.py` runs it for longer by
scaling every example count with LIVEBLOG_FUZZ_SCALE, and with LIVEBLOG_FUZZ_SAVE set keeps
each input that breaks an invariant in fixtures/regressions/ (which tests/test_fuzz.py then
parses on every run).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent.parent
REGRESSIONS = ROOT / "fixtures" / "regressions"
CORPUS = ROOT.parent / "shared" / "corpus"


def scaled(examples: int) -> int:
    """`examples`, times LIVEBLOG_FUZZ_SCALE (1 in the test suite, more for a fuzz run)."""
    return max(1, int(examples * float(os.environ.get("LIVEBLOG_FUZZ_SCALE", "1"))))


def keep_if_asked(data: bytes, problem: BaseException) -> None:
    """With LIVEBLOG_FUZZ_SAVE set, keep `data` as a regression input named by its hash."""
    if not os.environ.get("LIVEBLOG_FUZZ_SAVE"):
        return
    REGRESSIONS.mkdir(parents=True, exist_ok=True)
    name = hashlib.sha256(data).hexdigest()[:16]
    (REGRESSIONS / f"{name}.bin").write_bytes(data)
    (REGRESSIONS / f"{name}.bin.txt").write_text(f"{type(problem).__name__}: {problem}\n"[:2000], encoding="utf-8")


def seed_documents() -> list[bytes]:
    """Real pages to mutate: the fixtures and the shared corpus (text and HTML)."""
    paths = sorted((ROOT / "fixtures").glob("*.txt")) + sorted((ROOT / "fixtures").glob("*.html"))
    if CORPUS.is_dir():
        paths += sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("*.html"))
    return [path.read_bytes() for path in paths]


DOCUMENTS = seed_documents()

#: Lines worth inserting: stamps of every shape, furniture, bylines, markup, odd characters.
INSERTS = [
    b"14:32", b"02:54 , Arpan Rai", b"2.54pm BST", b"1h ago", b"20m ago (08:53 GMT)", b"Posted at 15:0515:05",
    b"Tuesday 19 August 2025 09:19 EDT", b"Key Points", b"Related Stories", b"By Jane Doe and John Roe",
    b"Share", b"(AP)", b"Breaking", b"All times stated are UK", b" date 2026-01-06", b"23:59", b"00:00",
    b"<time datetime='2026-01-06T14:32:00Z'>14:32</time>", b"<div>", b"</div>", b"<script>", b"\x00", b"\xff\xfe",
    b"\xed\xa0\x80", b"\r", b"\x1b[31m", b"\xe2\x80\xae", b"=HYPERLINK(\"http://x\")", b"   ", b"\t", b"-" * 300,
    b"9" * 200,
]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A real page with a few random edits."""
    data = draw(st.sampled_from(DOCUMENTS))
    lines = data.split(b"\n")
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        if not lines:
            lines = [b""]
        where = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        edit = draw(st.sampled_from(["delete", "duplicate", "swap", "insert", "bytes", "cut", "join", "digits"]))
        if edit == "delete":
            span = draw(st.integers(min_value=1, max_value=20))
            del lines[where: where + span]
        elif edit == "duplicate":
            span = draw(st.integers(min_value=1, max_value=20))
            lines[where:where] = lines[where: where + span]
        elif edit == "swap":
            other = draw(st.integers(min_value=0, max_value=len(lines) - 1))
            lines[where], lines[other] = lines[other], lines[where]
        elif edit == "insert":
            lines.insert(where, draw(st.sampled_from(INSERTS)))
        elif edit == "bytes":
            lines.insert(where, draw(st.binary(max_size=40)))
        elif edit == "cut":
            lines = lines[:where] if draw(st.booleans()) else lines[where:]
        elif edit == "join":
            lines[where: where + 2] = [b" ".join(lines[where: where + 2])]
        else:
            lines[where] = bytes(b if not 48 <= b <= 57 else draw(st.integers(48, 57)) for b in lines[where][:200])
    ending = draw(st.sampled_from([b"\n", b"\r\n", b"\r"]))
    return ending.join(lines)
