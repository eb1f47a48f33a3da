"""How `text.chunks` reads a block of HTML: one labelled case per rule of the walk.

Each page is read twice, with and without the scan's `nested` set (which lets libxml2 read
blocks holding only inline text in one call): both readings must give the same chunks.
The expected chunks are those of the reader before the walk over children replaced
iterwalk (c586d11), so these cases pin its behaviour.
"""

from __future__ import annotations

import pytest

from liveblog.html.text import chunks
from liveblog.html.tree import cut, parse, scan, strip_furniture

# (text, role, source line, block tag, paragraph end, credit) of each chunk
Expected = list[tuple[str, str, int | None, str, bool, str | None]]

CASES: list[tuple[str, str, Expected]] = [
    ('paragraphs-collapse-spaces',
     '<div><p>One  two\n three</p><p>Three</p></div>',
     [
         ('One two three', 'body', 1, 'p', True, None),
         ('Three', 'body', 2, 'p', True, None),
     ]),
    ('br-makes-lines',
     '<p>Line one<br>Line two<br><br>Line three</p>',
     [
         ('Line one\nLine two\nLine three', 'body', 1, 'p', True, None),
     ]),
    ('time-on-its-own-line',
     '<div><time>12:30</time> Jane Doe</div><p>Body text here.</p>',
     [
         ('12:30', 'body', 1, 'time', False, None),
         ('Jane Doe', 'body', 1, 'div', False, None),
         ('Body text here.', 'body', 1, 'p', True, None),
     ]),
    ('time-inside-a-sentence',
     '<p>At <time>12:30</time> the ministry said so.</p>',
     [
         ('At 12:30 the ministry said so.', 'body', 1, 'p', True, None),
     ]),
    ('caption-with-credit',
     '<figure><img src="x.jpg"><figcaption>A fire. <span class="credit">Reuters</span></figcaption>'
     '</figure>',
     [
         ('A fire.', 'caption', 1, 'figcaption', True, 'Reuters'),
     ]),
    ('hidden-and-furniture-left-out',
     '<div><p>Kept</p><p hidden>Gone</p><div class="share-tools">Share</div><span style="display:none">x'
     '</span>tail text</div>',
     [
         ('Kept', 'body', 1, 'p', True, None),
         ('tail text', 'body', 1, 'div', True, None),
     ]),
    ('author-by-rel',
     '<div><a rel="author">Jane Doe</a><p>Body</p></div>',
     [
         ('Jane Doe', 'author', 1, 'div', False, None),
         ('Body', 'body', 1, 'p', True, None),
     ]),
    ('lists-ordered-and-not',
     '<ol><li>First</li><li>Second <b>bold</b></li></ol><ul><li>Item</li></ul>',
     [
         ('First', 'ordered', 1, 'li', False, None),
         ('Second bold', 'ordered', 1, 'li', True, None),
         ('Item', 'item', 1, 'li', True, None),
     ]),
    ('quote',
     '<blockquote><p>Quoted words</p></blockquote><p>After</p>',
     [
         ('Quoted words', 'quote', 1, 'p', True, None),
         ('After', 'body', 1, 'p', True, None),
     ]),
    ('empty-blocks-end-paragraphs',
     '<div>\n <p> </p>\n<h2>Head</h2>\n<p></p><div>text</div><p>\n</p></div>',
     [
         ('Head', 'heading', 3, 'h2', True, None),
         ('text', 'body', 4, 'div', True, None),
     ]),
    ('block-inside-inline',
     '<p><span><div>Inside</div></span> after</p>',
     [
         ('Inside', 'body', 1, 'div', False, None),
         ('after', 'body', 1, 'p', True, None),
     ]),
    ('heading-with-inline',
     '<h2>Big <em>news</em></h2><section>Loose text <b>bold</b> more</section>',
     [
         ('Big news', 'heading', 1, 'h2', True, None),
         ('Loose text bold more', 'body', 1, 'section', True, None),
     ]),
    ('author-box-class',
     '<div class="byline">By Jane Doe and John Roe</div><p>Text</p>',
     [
         ('By Jane Doe and John Roe', 'author', 1, 'div', False, None),
         ('Text', 'body', 1, 'p', True, None),
     ]),
    ('table-cells',
     '<table><tr><td>a</td><td>b <i>c</i></td></tr></table>',
     [
         ('a', 'body', 1, 'td', False, None),
         ('b c', 'body', 1, 'td', True, None),
     ]),
]


@pytest.mark.parametrize("nested", [False, True], ids=["walked", "leaf-blocks-in-one-call"])
@pytest.mark.parametrize(("body", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_chunks(body: str, expected: Expected, nested: bool) -> None:
    root = parse(f"<html><body>{body}</body></html>").root
    found = scan(root)
    strip_furniture(root)
    cut(found.cut)
    block = root.find("body")
    assert block is not None
    got = chunks(block, nested=found.nested if nested else None)
    assert [(chunk.text, chunk.role, chunk.line, chunk.tag, chunk.paragraph_end, chunk.credit) for chunk in got] \
        == expected


@pytest.mark.parametrize("span", ["<span>", '<span class="stamp">'], ids=["bare", "with-a-class"])
def test_an_excluded_element_is_left_out_and_its_tail_kept(span: str) -> None:
    root = parse(f"<html><body><div>{span}14:32</span>Title of the post<p>Body</p></div></body></html>").root
    found = scan(root)
    div = root.find("body/div")
    assert div is not None
    stamp = div.find("span")
    assert stamp is not None
    got = chunks(div, nested=found.nested, exclude=(stamp,), lines=False)
    assert [(chunk.text, chunk.tag, chunk.line) for chunk in got] == [("Title of the post", "div", None),
                                                                      ("Body", "p", None)]


#: (case, inline elements that meet with no space between, the line read). Read as the page
#: shows them, walking the elements (the stamp's line and the visible text are read so).
MEETING = [
    ("a date and a clock", '<span class="date">March 11, 2026</span><span class="time">2:43 am</span>',
     "March 11, 2026 2:43 am"),
    ("a numeric date and a clock", "<span>06.11.2023</span><span>11:54</span>", "06.11.2023 11:54"),
    ("a zone and a month", '<span class="timestamp-time">9:47 PM EST</span><span>Feb. 25</span>',
     "9:47 PM EST Feb. 25"),
    ("an age and the exact time", "<span>12 minutes ago</span><span>14:32</span>", "12 minutes ago 14:32"),
    ("a word set in two elements stays whole", "<b>Wor</b><i>ld</i>", "World"),
    ("a capital then a small letter stays whole", "<span>Mc</span><span>Donald</span>", "McDonald"),
    ("text after an element is no element's", "<b>2026</b>2:43", "20262:43"),
]


@pytest.mark.parametrize(("inline", "text"), [case[1:] for case in MEETING], ids=[case[0] for case in MEETING])
def test_inline_elements_that_meet_are_pieces_when_digits_or_capitals_meet(inline: str, text: str) -> None:
    root = parse(f"<html><body><div>{inline}</div></body></html>").root
    block = root.find("body")
    assert block is not None
    assert [chunk.text for chunk in chunks(block)] == [text]
