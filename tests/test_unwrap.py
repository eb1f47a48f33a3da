"""Hard-wrapped text (Firefox's "Save as Text", lynx and w3m dumps, mail): lines joined back."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import liveblog
from liveblog.furniture import without_link_numbers
from liveblog.unwrap import unwrap

from .fuzz import scaled

STORY = ("Police have closed the main road through the valley after the river burst its banks early this "
         "morning, and the council says it will stay shut until engineers have checked the old stone bridge. "
         "Residents of the lower town have been told to move their cars to higher ground before nightfall.")
POSTS = [
    ("14:05", "Roads closed across the valley as the river bursts its banks after a night of heavy rain", STORY),
    ("13:40", "Warnings issued for the whole county", STORY.replace("Police", "The weather service")),
    ("12:15", "Schools in the lower town will not open today, the council says in a statement", STORY[:150]),
]


def wrapped(width: int = 72, indent: str = "") -> str:
    parts = ["Storm live: flooding in the valley", ""]
    for clock, headline, body in POSTS:
        parts += [clock, *textwrap.wrap(headline, width, initial_indent=indent, subsequent_indent=indent), ""]
        parts += [*textwrap.wrap(body, width, initial_indent=indent, subsequent_indent=indent), ""]
    return "\n".join(parts)


def test_a_wrapped_blog_reads_as_its_unwrapped_self() -> None:
    plain = "\n".join(["Storm live: flooding in the valley", ""] + [line for clock, headline, body in POSTS
                                                                      for line in (clock, headline, "", body, "")])
    for width, indent in [(72, ""), (80, ""), (76, "   ")]:
        timeline = liveblog.parse(wrapped(width, indent), date="2026-01-06")
        reference = liveblog.parse(plain, date="2026-01-06")
        assert [(e.time, e.headline, e.body) for e in timeline.entries] == \
            [(e.time, e.headline, e.body) for e in reference.entries]
        assert [entry.headline for entry in timeline.entries] == [headline for _, headline, _ in reversed(POSTS)]


def test_entries_keep_the_input_s_line_numbers() -> None:
    text = wrapped()
    lines = text.split("\n")
    timeline = liveblog.parse(text, date="2026-01-06")
    assert [lines[entry.line - 1] for entry in timeline.entries if entry.line] == ["12:15", "13:40", "14:05"]


def lines_of(*lines: str) -> list[str]:
    return list(lines)


FILL = "The council says the road will stay shut until engineers have inspected it"  # 74 characters
RUNS_ON = "The council says the road will stay shut until engineers have checked it at"  # ends with "at"
UNWRAP_CASES = [
    ("a word that did not fit: joined", [FILL, "bridge. More at noon."], [f"{FILL} bridge. More at noon."]),
    ("a word that would have fit: the line ended there", [FILL[:40], "bridge."], [FILL[:40], "bridge."]),
    ("a bullet below: a line of its own", [FILL, "* Schools shut"], [FILL, "* Schools shut"]),
    ("a dash below: the sentence runs on", [FILL, "\u2013 as it was built in 1820."],
     [f"{FILL} \u2013 as it was built in 1820."]),
    ("a stamp below: a line of its own", [FILL, "14:05 Bridge reopens"], [FILL, "14:05 Bridge reopens"]),
    ("a stamp below a line that runs on: joined", [RUNS_ON, "14:05. It reopens"], [f"{RUNS_ON} 14:05. It reopens"]),
    ("a clock of no stamp's shape on the page below: joined", [FILL, "8:00 pm, the council says."],
     [f"{FILL} 8:00 pm, the council says."]),
    ("a clock of that shape twice below: lines of their own", [FILL, "8:00 pm Bridge reopens", FILL,
                                                                "9:15 pm Bridge shut"],
     [FILL, "8:00 pm Bridge reopens", FILL, "9:15 pm Bridge shut"]),
    ("a post label below: a line of its own", [FILL, "Key event"], [FILL, "Key event"]),
    ("boilerplate below: a line of its own", [FILL, "Advertisement"], [FILL, "Advertisement"]),
    ("a credit glued to its label below: a line of its own", [FILL, "EPACopyright: EPA"],
     [FILL, "EPACopyright: EPA"]),
    ("another indent below: a line of its own", [FILL, "     bridge."], [FILL, "     bridge."]),
    ("a list item's text continues at its text's indent",
     [f"  * {FILL[:70]}", "    bridge, it says."], [f"  * {FILL[:70]} bridge, it says."]),
]


@pytest.mark.parametrize(("lines", "expected"), [case[1:] for case in UNWRAP_CASES],
                         ids=[case[0] for case in UNWRAP_CASES])
def test_unwrap(lines: list[str], expected: list[str]) -> None:
    page = wrapped(76).split("\n")  # enough wrapped lines around to show the text as wrapped
    found = unwrap([*page, "", *lines])
    assert found is not None
    assert found[0][-len(expected):] == expected


#: A short page's dump (w3m, 80 columns): three paragraphs, each broken once mid-sentence.
SHORT_DUMP = [
    "Council budget night: live updates", "", "2:43 am", "",
    "The budget passed 7-2 just before 3 a.m. Council members Lee and Okafor voted", "no.", "", "12:55 am", "",
    "Public comment is over after more than three hours and 61 speakers. Debate", "among council members begins now.",
    "", "10:50 pm", "",
    "The meeting has been called to order. The chamber is full and an overflow room", "has been opened downstairs.",
]


#: A near-full line that ended where the next word would have fit: the page's own line end.
ENDED = ["", "Members of the public were heard for more than three hours in all.", "Debate begins."]
#: A dump of a few short posts, one of them broken once (w3m, 80 columns).
ONE_BROKEN = ["Live: Rovers v City", "", "21.47", "",
              "Full time: Rovers 2, City 1. A deserved win for the home side after a nervy", "last ten minutes.", "",
              "21.38", "", "GOAL! City pull one back through a header from the corner. 2-1.", "", "21.05", "",
              "Rovers double their lead with a low shot into the far corner."]


#: A short German page's dump (lynx, 80 columns): its paragraphs break after an article, the next
#: line opening with a noun's capital; one paragraph ended where the next word would have fit.
GERMAN_LYNX_DUMP = [
    "Kundgebung in der Innenstadt", "", "   16:47 Uhr 21. März 2026", "   Lena Hartmann", "",
    "   Die Polizei meldet inzwischen mehr als 20.000 Teilnehmer auf dem", "   Domplatz.", "",
    "   16:12 Uhr 21. März 2026", "   Jonas Weber", "",
    "   Der Demonstrationszug hat sich in Bewegung gesetzt. Er soll über den", "   Ring zum Rathaus führen.", "",
    "   15:30 Uhr 21. März 2026", "   Lena Hartmann", "",
    "   Guten Tag und willkommen zu unserem Liveblog. Wir berichten von der", "   Kundgebung in der Innenstadt.",
    "   Wir sind seit dem Morgen mit einem Team vor Ort.", "   Mehr folgt.",
]


@pytest.mark.parametrize(("lines", "joined"), [
    pytest.param(SHORT_DUMP, True, id="three-breaks-before-a-small-letter"),
    pytest.param([*SHORT_DUMP[:-5], *ENDED], False, id="two-are-too-few-beside-a-line-that-ended"),
    pytest.param(SHORT_DUMP[:-5], True, id="two-where-every-near-full-line-breaks"),
])
def test_a_short_dump_is_unwrapped_where_its_lines_break_mid_sentence(lines: list[str], joined: bool) -> None:
    found = unwrap(lines)
    assert (found is not None) is joined
    if found is not None:
        assert "The budget passed 7-2 just before 3 a.m. Council members Lee and Okafor voted no." in found[0]


def test_a_short_dump_is_unwrapped_where_its_lines_break_after_a_word_no_sentence_ends_with() -> None:
    found = unwrap(GERMAN_LYNX_DUMP)
    assert found is not None
    assert "   Guten Tag und willkommen zu unserem Liveblog. Wir berichten von der Kundgebung in der Innenstadt." \
        in found[0]
    assert "   Mehr folgt." in found[0]  # (the line above ended where the next word would have fit)


def test_the_wrap_width_is_no_less_than_the_lines_of_a_short_dump() -> None:
    # lynx at 80 columns: two wrapped paragraphs, and list items and paragraph ends that fall short
    # of the width vote for widths under it as often; the width is the one the longest lines allow
    items = [f"     * Item {number}: the council met again on Tuesday evening" for number in range(12)]
    lines = ["Council live", "", *items, "",
             "   Crews have reopened the northbound lanes of Route 9 near the river",
             "   bridge, the transportation department said. The southbound lanes stay",
             "   closed.", "",
             "   Forecasters expect the river to crest at about 31 feet late Wednesday,",
             "   six feet above flood stage.", ""]
    found = unwrap(lines)
    assert found is not None
    assert "   Crews have reopened the northbound lanes of Route 9 near the river bridge, the transportation " \
           "department said. The southbound lanes stay closed." in found[0]


def test_a_stamp_alone_on_a_near_full_line_tells_nothing_about_wrapping() -> None:
    # lynx at 80 columns: long stamps (a template's unformatted times) end where the name below would
    # have fit, as a stamp's line always ends; the paragraphs below them break mid-sentence
    stamp = "   2026-03-21T15:47:12.000Z Uhr 2026-03-21T15:47:12.000Z"
    post = [stamp, "   Lena Hartmann", "",
            "   Die Polizei meldet inzwischen mehr als 20.000 Teilnehmer auf dem", "   Domplatz.", ""]
    lines = ["Kundgebung in der Innenstadt", "", *post * 4]
    found = unwrap(lines)
    assert found is not None
    assert "   Die Polizei meldet inzwischen mehr als 20.000 Teilnehmer auf dem Domplatz." in found[0]
    assert stamp in found[0]


def test_one_break_before_a_small_letter_where_every_near_full_line_breaks() -> None:
    found = unwrap(ONE_BROKEN)
    assert found is not None
    assert "Full time: Rovers 2, City 1. A deserved win for the home side after a nervy last ten minutes." in found[0]
    assert unwrap([*ONE_BROKEN, *ENDED]) is None  # one of two near-full lines ended on the page: not enough
    # every near-full line breaks, but only half of them mid-sentence: not enough
    assert unwrap([*ONE_BROKEN, "", "The council says the road will stay shut until engineers have inspected",
                   "Bridge Street."]) is None


#: A German ticker's short dump (w3m, 80 columns): its nouns open with a capital, so a break
#: mid-sentence shows in a word no sentence ends with at the end of the line above ("zum", "des").
GERMAN_DUMP = ["Liveblog: Kundgebung in der Stadt", "", "16:12", "",
               "Der Demonstrationszug hat sich in Bewegung gesetzt. Er soll über den Ring zum", "Rathaus führen.", "",
               "15:30", "",
               "Guten Tag und willkommen zu unserem Liveblog. Wir berichten von der Kundgebung", "in der Innenstadt."]


def test_a_german_dump_breaking_after_a_word_no_sentence_ends_with_is_unwrapped() -> None:
    found = unwrap(GERMAN_DUMP)
    assert found is not None
    assert "Der Demonstrationszug hat sich in Bewegung gesetzt. Er soll über den Ring zum Rathaus führen." in found[0]
    assert "Guten Tag und willkommen zu unserem Liveblog. Wir berichten von der Kundgebung in der Innenstadt." \
        in found[0]
    # breaks before a capital after a word a sentence may end with: nothing tells them wrapped
    assert unwrap([*GERMAN_DUMP[:4], "Der Demonstrationszug hat sich in Bewegung gesetzt. Er zieht zum Rathaus.",
                   "Rathaus und Markt sind voll.", "", "15:30", "",
                   "Guten Tag und willkommen zu unserem Liveblog. Wir berichten von der Demo",
                   "Heute in der Innenstadt."]) is None


def test_full_lines_above_a_stamp_tell_nothing_about_wrapping() -> None:
    # a match commentary dumped at 80 columns: each comment's last line, often near full, ends
    # above the next minute; only the comments broken mid-sentence tell the text is wrapped
    ended = "Le gardien des Merlus capte finalement le ballon sur cette frappe du gauche."  # 77 characters
    broken = ["Belle opportunite pour Cornet sur coup-franc mais Nardi repousse le ballon du", "poing."]
    lines: list[str] = []
    for number, minute in enumerate(range(90, 0, -6)):
        lines += [f"{minute}'", *(broken if number % 3 == 0 else [ended])]
    found = unwrap(lines)
    assert found is not None
    assert "Belle opportunite pour Cornet sur coup-franc mais Nardi repousse le ballon du poing." in found[0]


@pytest.mark.parametrize("text", [
    "\n".join(["Storm live", "", "14:05", "Roads closed", "", STORY, "", "13:40", "Warnings", "", STORY]),  # a copy
    "\n".join(f"{hour}:00 Short post number {hour}" for hour in range(10, 22)),  # short lines only
    "\n".join([FILL, "", FILL[:60], "said.", FILL[:64], "today."] * 3),  # lines end where the next word fits
], ids=["copied-paragraphs", "short-lines", "natural-line-ends"])
def test_text_that_is_not_wrapped_is_left_alone(text: str) -> None:
    assert unwrap(text.split("\n")) is None


@settings(max_examples=scaled(200), deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("ab cd\u00e9 *1:."), max_size=90), max_size=60),
       st.integers(min_value=40, max_value=100))
def test_unwrapping_keeps_every_character_and_line_order(paragraphs: list[str], width: int) -> None:
    lines = [line for paragraph in paragraphs for line in (textwrap.wrap(paragraph, width) or [""])]
    found = unwrap(lines)
    if found is None:
        return
    joined, origin = found
    assert "".join("".join(joined).split()) == "".join("".join(lines).split())
    assert origin == sorted(origin) and len(origin) == len(joined)
    assert all(joined[i].startswith(lines[origin[i]].rstrip()) for i in range(len(joined)))


LINKS = ["", "References", "", "   1. https://example.org/news", "   2. javascript:void(0)", "  12. file:///a b"]
LINK_NUMBER_CASES = [
    ("a lynx dump's link numbers go", ["   \u2014 [2]Jane Doe", "   [3]Back to top", *LINKS],
     ["   \u2014 Jane Doe", "   Back to top", *LINKS]),
    ("with its list split into visible and hidden links",
     ["[1]Home", "", "References", "", "   Visible links:", "   1. https://a.example/", "   Hidden links:",
      "   2. https://b.example/"],
     ["Home", "", "References", "", "   Visible links:", "   1. https://a.example/", "   Hidden links:",
      "   2. https://b.example/"]),
    ("no list of links: numbers in brackets are the text's", ["Clause [2] applies", "References", "Smith 2020"],
     ["Clause [2] applies", "References", "Smith 2020"]),
    ("a list with no heading is no lynx list", ["Clause [2] applies", "   1. https://a.example/"],
     ["Clause [2] applies", "   1. https://a.example/"]),
]


@pytest.mark.parametrize(("lines", "expected"), [case[1:] for case in LINK_NUMBER_CASES],
                         ids=[case[0] for case in LINK_NUMBER_CASES])
def test_without_link_numbers(lines: list[str], expected: list[str]) -> None:
    assert without_link_numbers(lines) == expected


def test_a_lynx_dump_with_its_links_reads_as_without_them() -> None:
    posts = "\n".join(f"{clock}\n\n[{n}]{headline}\n\n   {body}\n\n   [{n + 10}]Back to top\n"
                      for n, (clock, headline, body) in enumerate(POSTS, 1))
    listed = "\n".join(f"  {n}. https://example.org/post/{n}" for n in range(1, 14))
    timeline = liveblog.parse(f"Storm live\n\n{posts}\nReferences\n\n{listed}\n", date="2026-01-06")
    assert [entry.headline for entry in timeline.entries] == [headline for _, headline, _ in reversed(POSTS)]
    assert all("References" not in entry.body and "https://" not in entry.body for entry in timeline.entries)
