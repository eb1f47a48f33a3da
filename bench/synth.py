"""Synthetic live blogs for the bench and the tests, built from the seed fixture's posts.

The seed (a news app's copy of a live blog: headline, `HH:MM , Author`, body) is cut into
posts with a bare regex, independently of liveblog's own parser. `synthetic_blog` repeats
those posts, newest first, with falling clocks (a few minutes apart, rolling over midnight
as a real multi-day blog does) and a serial number in every paragraph, so no two posts are
duplicates of each other and the times stay plausible. Same arguments, same text.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "seed-independent-app-live.txt"
#: The seed's options sidecar: the local date of its earliest post.
SEED_DATE = "2026-01-06"

#: A stamp line of the seed's layout: "02:54 , Arpan Rai".
SEED_STAMP = re.compile(r"^(?P<clock>\d\d:\d\d) , (?P<author>.+)$", re.M)
#: The first line of the seed's footer (the news app's sign-up prompt).
SEED_FOOTER = "Sign up to read this article"


@dataclass(frozen=True, slots=True)
class Post:
    headline: str
    author: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Seed:
    preamble: str
    posts: tuple[Post, ...]
    footer: str


def read_seed() -> Seed:
    """The seed cut at its stamp lines: preamble, posts, footer."""
    text = SEED.read_text(encoding="utf-8")
    footer_at = text.index(SEED_FOOTER)
    body, footer = text[:footer_at], text[footer_at:]
    stamps = list(SEED_STAMP.finditer(body))
    posts = []
    preamble = ""
    for number, found in enumerate(stamps):
        head = body[: found.start()].rstrip("\n")
        headline_at = head.rfind("\n") + 1
        if number == 0:
            preamble = body[:headline_at]
        end = stamps[number + 1].start() if number + 1 < len(stamps) else len(body)
        chunk = body[found.end(): end].rstrip("\n")
        if number + 1 < len(stamps):
            chunk = chunk[: chunk.rfind("\n") + 1]  # the next post's headline
        paragraphs = tuple(part.strip() for part in chunk.split("\n\n") if part.strip())
        posts.append(Post(headline=head[headline_at:].strip(), author=found.group("author"), paragraphs=paragraphs))
    return Seed(preamble=preamble, posts=tuple(posts), footer=footer)


def render_post(post: Post, clock: str, serial: int) -> str:
    """One post in the seed's layout, every paragraph made unique by the serial number."""
    paragraphs = [_numbered(paragraph, serial) for paragraph in post.paragraphs]
    return f"{post.headline}\n\n{clock} , {post.author}\n\n" + "\n\n".join(paragraphs) + "\n\n"


def _numbered(paragraph: str, serial: int) -> str:
    if paragraph.endswith(")"):
        return paragraph  # a caption ending in its credit stays a caption
    return f"{paragraph} Ref {serial}."  # a plain sentence: a bracket at the end would look like a credit


def synthetic_blog(size: int, *, seed: int = 0) -> str:
    """A live blog of about `size` bytes (UTF-8) in the seed's layout, newest post first."""
    source = read_seed()
    rng = random.Random(seed)
    parts = [source.preamble]
    total = len(source.preamble.encode("utf-8")) + len(source.footer.encode("utf-8"))
    minute = 23 * 60 + 50  # the newest post; clocks fall from here, rolling over at midnight
    serial = 0
    while total < size:
        post = rng.choice(source.posts)
        block = render_post(post, f"{minute // 60:02d}:{minute % 60:02d}", serial)
        parts.append(block)
        total += len(block.encode("utf-8"))
        serial += 1
        minute = (minute - rng.randint(1, 25)) % (24 * 60)
    parts.append(source.footer)
    return "".join(parts)
