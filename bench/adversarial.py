"""Adversarial inputs, each built at any scale: the tests use small scales, the bench full ones.

Every builder returns bytes. `CASES` maps a case name to its builder and the scale the
issue names (the full size); `TEST_SCALES` the scale the test suite uses. Each case must
parse in time linear in its size, or stop with a clear `InputError`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

MB = 1_000_000


def single_line(size: int) -> bytes:
    """One line of `size` bytes: words and stamp-like tokens, no newline anywhere."""
    unit = b"12:30 , Jane Doe 1 h 1 h ago 2.54pm BST 21 March 2025 lorem ipsum "
    return (unit * (size // len(unit) + 1))[:size]


def stamp_lines(count: int) -> bytes:
    """`count` stamp-like lines, each followed by a short body line; clocks zigzag back and
    forth so day assignment sees a fall on every other post."""
    rows = []
    for index in range(count):
        minute = (index * 7) % 1440 if index % 2 else (1439 - index * 11) % 1440
        rows.append(b"%02d:%02d , Jane Doe\nBody text of post %d.\n" % (minute // 60, minute % 60, index))
    return b"".join(rows)


def only_stamps(count: int) -> bytes:
    """Nothing but stamps, in several shapes, one a line."""
    shapes = (b"%02d:%02d", b"%02d.%02d GMT", b"%d.%02dpm", b"Posted at %02d:%02d", b"%02d:%02d , A B")
    rows = []
    for index in range(count):
        shape = shapes[index % len(shapes)]
        hour = (index // 60) % (12 if b"pm" in shape else 24) or (12 if b"pm" in shape else 0)
        rows.append(shape % (hour, index % 60))
    return b"\n".join(rows) + b"\n"


def repeated_post(count: int) -> bytes:
    """The same post (headline, stamp, body) shown `count` times: every copy a duplicate."""
    post = (b"Headline of the repeated post\n\n%02d:%02d , Jane Doe\n\n"
            b"The same long paragraph of body text, shown again and again by a broken page, "
            b"long enough to count as a duplicate of the others.\n\n")
    return b"".join(post % ((23 - index // 60 % 24), 59 - index % 60) for index in range(count))


def pinned_posts(count: int) -> bytes:
    """Every post marked "Pinned" (each label is matched to its nearest post)."""
    rows = []
    for index in range(count):
        minute = 1439 - index % 1440
        rows.append(b"Pinned\n\nHeadline number %d of the day\n\n%02d:%02d , Jane Doe\n\nBody text of post %d.\n"
                    % (index, minute // 60, minute % 60, index))
    return b"A title line for the test page\n\n" + b"\n".join(rows)


def spaces_in_preamble(size: int) -> bytes:
    """A preamble (with a key-points box) whose lines hold long runs of spaces."""
    run = b" " * (size // 2)
    return (b"A title line for the test page\n\nKey Points\n\n\xe2\x80\xa2 a" + run + b"b\n\nx" + run
            + b"y (now)\n\n12:30 , Jane Doe\n\nBody one.\n\n11:30 , Jane Doe\n\nBody two.\n")


def nested_html(depth: int) -> bytes:
    """`depth` nested <div>s with a stamp and a paragraph at the bottom."""
    return (b"<!doctype html><html><body>" + b"<div>" * depth + b"<time>12:30</time><p>Deep post.</p>"
            + b"</div>" * depth + b"</body></html>")


def nul_and_surrogates(size: int) -> bytes:
    """UTF-8 text laced with NUL bytes, encoded lone surrogates and other invalid bytes."""
    unit = b"12:30 , Jane Doe\x00\nBody \xed\xa0\x80 text \xff\xfe with caf\xc3\xa9 and \x00\x01 junk.\n\n"
    return (unit * (size // len(unit) + 1))[:size]


def jsonld_block(size: int) -> bytes:
    """A page whose one JSON-LD LiveBlogPosting block holds `size` bytes of updates."""
    update = (b'{"@type":"BlogPosting","headline":"Update %d","datePublished":"2026-01-06T%02d:%02d:00Z",'
              b'"articleBody":"Body of update %d, with enough words to look like a real post."},')
    parts = [b'<!doctype html><html><head><script type="application/ld+json">'
             b'{"@context":"https://schema.org","@type":"LiveBlogPosting","liveBlogUpdate":[']
    total = 0
    index = 0
    while total < size:
        part = update % (index, index // 60 % 24, index % 60, index)
        parts.append(part)
        total += len(part)
        index += 1
    parts.append(b'{"@type":"BlogPosting","headline":"Last"}]}</script></head><body><p>Page.</p></body></html>')
    return b"".join(parts)


def jsonld_nested(depth: int) -> bytes:
    """A JSON-LD block nested `depth` arrays deep (a recursion bomb for naive walkers)."""
    return (b'<!doctype html><html><head><script type="application/ld+json">' + b"[" * depth + b"]" * depth
            + b"</script></head><body><p>12:30</p><p>Body.</p></body></html>")


def all_time_elements(count: int) -> bytes:
    """A page whose every element is a <time>."""
    times = b"".join(b'<time datetime="2026-01-06T%02d:%02d:00Z">%02d:%02d</time>'
                     % (i // 60 % 24, i % 60, i // 60 % 24, i % 60) for i in range(count))
    return b"<!doctype html><html><body>" + times + b"</body></html>"


def numbered_listing(count: int) -> bytes:
    """A page holding a source listing: one `<pre>` block of `count` lines, each with a
    number that reads like a clock ("1.55") in an element of its own."""
    lines = b"".join(b'<span class="n">%d.%02d</span> <span class="k">let</span> x%d;\n' % (i % 24, i % 60, i)
                     for i in range(count))
    return b"<!doctype html><html><body><h1>Listing</h1><pre><code>" + lines + b"</code></pre></body></html>"


def pathological_text(size: int) -> bytes:
    """Runs that stress regex tables: digits, spaces, 'ago' units, dots, brackets."""
    pieces = (b"1" * 500, b" " * 500, b"1 h " * 200, b"1.1." * 200, b"(" * 300, b"By " * 200, b"12:" * 200,
              b"a" * 500, b"Mar " * 200)
    unit = b"\n".join(pieces) + b"\n"
    return (unit * (size // len(unit) + 1))[:size]


@dataclass(frozen=True, slots=True)
class Case:
    build: Callable[[int], bytes]
    full: int  # the scale the issue names
    test: int  # the scale the test suite uses
    unit: str  # what the scale counts


CASES: dict[str, Case] = {
    "single-line-100MB": Case(single_line, 100 * MB, 20 * MB, "bytes"),
    "million-stamp-lines": Case(stamp_lines, 1_000_000, 5_000, "stamp lines"),
    "only-stamps": Case(only_stamps, 1_000_000, 10_000, "lines"),
    "repeated-post": Case(repeated_post, 200_000, 3_000, "copies"),
    "pinned-posts": Case(pinned_posts, 200_000, 2_000, "posts"),
    "spaces-in-preamble": Case(spaces_in_preamble, 100 * MB, 2 * MB, "bytes"),
    "nested-html-10000": Case(nested_html, 10_000, 10_000, "levels"),
    "nul-and-surrogates": Case(nul_and_surrogates, 100 * MB, MB // 4, "bytes"),
    "jsonld-50MB": Case(jsonld_block, 50 * MB, 1 * MB, "bytes"),
    "jsonld-nested-100000": Case(jsonld_nested, 100_000, 100_000, "levels"),
    "every-element-time": Case(all_time_elements, 200_000, 3_000, "elements"),
    "pathological-runs": Case(pathological_text, 10 * MB, 1 * MB, "bytes"),
    "numbered-listing": Case(numbered_listing, 200_000, 5_000, "lines"),
}
