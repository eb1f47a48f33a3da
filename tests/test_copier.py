"""bench/copier.py, the stand-in for a browser's "select all, copy": what the page's own CSS does to the copy."""

from __future__ import annotations

import pytest

from bench.copier import copy, media_applies

CASES = [
    # (what, page body (a <style> sheet and markup), the copy)
    ("a block on its own line, inline text run together",
     "<div>one <b>two</b></div><div>three</div>", "one two\nthree"),
    ("a paragraph set apart by a blank line", "<p>one</p><p>two</p>", "one\n\ntwo"),
    ("table cells tab-separated, rows on lines", "<table><tr><td> a </td><td> b</td></tr><tr><td>c</td></tr></table>",
     "a\tb\nc"),
    ("hidden by a class rule", "<style>.x{display:none}</style><p>one <span class=x>menu</span>two</p>", "one two"),
    ("hidden by a descendant rule", "<style>nav .x{display:none}</style><nav><ul><li class=x>a</li></ul></nav>"
     "<p class=x>b</p>", "b"),
    ("a child rule needs the parent", "<style>.m > span{display:none}</style><div class=m><b><span>a</span></b>"
     "<span>b</span></div>", "a"),
    ("a more specific rule wins", "<style>div.x{display:none} .x{display:block}</style><div class=x>a</div>b", "b"),
    ("!important wins over the more specific", "<style>#i{display:none} .x{display:block !important}</style>"
     "<div id=i class=x>a</div>", "a"),
    ("the style attribute wins over a rule",
     "<style>.x{display:none}</style><div class=x style='display:block'>a</div>", "a"),
    ("a pseudo-class rule is not applied", "<style>.x:hover{display:none}</style><div class=x>a</div>", "a"),
    ("a sibling rule is not applied", "<style>h2 + .x{display:none}</style><h2>t</h2><div class=x>a</div>", "t\na"),
    ("floats are blocks", "<style>.d span{float:left}</style><div class=d><span>May</span><span>02</span>"
     "<span>2023</span></div>", "May\n02\n2023"),
    ("positioned boxes are blocks", "<style>.b{position:absolute}</style><p>x<span class=b>Live</span>y</p>",
     "x\nLive\ny"),
    ("flex items are blocks", "<style>.f{display:flex}</style><div class=f><span>Page</span><span>1</span></div>",
     "Page\n1"),
    ("display:block on an inline", "<style>.k{display:block}</style><p><span class=k>Breaking</span>Storm</p>",
     "Breaking\nStorm"),
    ("display:inline on list items", "<style>.m li{display:inline}</style><ul class=m><li>A</li> <li>B</li></ul>",
     "A B"),
    ("inline-block stays in the line", "<style>li{display:inline-block}</style><ul><li>A</li> <li>B</li></ul>",
     "A B"),
    ("display:contents adds no line", "<style>.c{display:contents}</style><span>a <div class=c>b</div> c</span>",
     "a b c"),
    ("upper case as shown", "<style>.k{text-transform:uppercase}</style><p><span class=k>Live</span> now</p>",
     "LIVE now"),
    ("text-transform is inherited", "<style>nav{text-transform:uppercase}</style><nav><a>Home</a></nav>", "HOME"),
    ("capitalize", "<style>.c{text-transform:capitalize}</style><p class=c>table tennis</p>", "Table Tennis"),
    ("visibility:hidden hides the text, a visible child shows", "<style>.h{visibility:hidden}.v{visibility:visible}"
     "</style><p class=h>a <b class=v>b</b></p>", "b"),
    ("a wide-window @media rule applies", "<style>@media screen and (min-width: 768px){.x{display:none}}</style>"
     "<p class=x>a</p><p>b</p>", "b"),
    ("a narrow-window @media rule does not", "<style>@media (max-width: 600px){.x{display:none}}</style>"
     "<p class=x>a</p>", "a"),
    ("a print rule does not", "<style>@media print{.x{display:none}}</style><p class=x>a</p>", "a"),
    ("an attribute selector", "<style>[aria-hidden=true]{display:none}</style><p>a<span aria-hidden=true>b</span></p>",
     "a"),
    ("a closed details shows its summary only", "<details><summary>Key events</summary><p>a</p></details>"
     "<details open><summary>More</summary><p>b</p></details>", "Key events\nMore\n\nb"),
    ("a closed dialog shows nothing", "<dialog><p>a</p></dialog><dialog open><p>b</p></dialog>", "b"),
    ("the hidden attribute and a hidden input", "<p>a<span hidden>b</span><input type=hidden value=c></p>", "a"),
]


@pytest.mark.parametrize(("what", "body", "want"), CASES, ids=[case[0] for case in CASES])
def test_the_copy_follows_the_pages_own_css(what: str, body: str, want: str) -> None:
    got = copy(f"<!doctype html><html><head></head><body>{body}</body></html>".encode())
    assert got.strip("\n") == want, what


@pytest.mark.parametrize(("query", "met"), [
    ("screen", True), ("all", True), ("print", False), ("only screen and (min-width:1024px)", True),
    ("(min-width: 90em)", False), ("(max-width: 767px)", False), ("(min-width: 600px) and (max-width: 1400px)", True),
    ("print, (min-width: 40em)", True), ("(orientation: portrait)", False),
])
def test_media_conditions_of_a_desktop_window(query: str, met: bool) -> None:
    assert media_applies(query) is met
