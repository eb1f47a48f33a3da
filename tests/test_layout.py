"""Case table for the text layout: small copies in the shapes real outlets print, and
what each post must come out as. Shapes follow the spec's outlet table; the seed and the
corpus pages are tested whole elsewhere."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

import liveblog
from liveblog.layout import trailing_credit


@dataclass(frozen=True)
class Case:
    text: str
    options: dict[str, str]
    # per post, oldest first: (time, headline, authors, body start)
    posts: list[tuple[str | None, str | None, list[str], str]]
    key_points: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()


BODY_A = "The prime minister has confirmed the plan in a statement to parliament this afternoon."
BODY_B = "Officials said the talks would resume on Thursday, after a break of two days."
BODY_C = "Witnesses described long queues outside the main station from early morning."

CASES = {
    "guardian-relative-then-clock-with-key-events": Case(
        f"""Politics live
Key events
2h ago
Starmer confirms plan
4h ago
Talks to resume on Thursday
Ben Quinn (now) and Tom Ambrose (earlier)

2h ago
14.32 BST
Starmer confirms plan

{BODY_A}

Updated at 14.40 BST

4h ago
12.10 BST
Talks to resume on Thursday

{BODY_B}
""",
        {"date": "2025-06-03"},
        [("2025-06-03T12:10:00+01:00", "Talks to resume on Thursday", [], BODY_B),
         ("2025-06-03T14:32:00+01:00", "Starmer confirms plan", [], BODY_A)],
        key_points=("Starmer confirms plan", "Talks to resume on Thursday"),
        authors=("Ben Quinn", "Tom Ambrose"),
    ),
    "guardian-old-12-hour-glued-to-body": Case(
        f"""9.45am: {BODY_B}

{BODY_C}

9.00am: {BODY_A}
""",
        {"date": "2012-05-01", "tz": "Europe/London"},
        [("2012-05-01T09:00:00+01:00", None, [], BODY_A), ("2012-05-01T09:45:00+01:00", None, [], BODY_B)],
    ),
    "guardian-old-12-hour-glued-to-long-posts": Case(
        # a post glued to its clock is often longer than any stamp line
        f"""5.10pm: {BODY_B} {BODY_C} {BODY_A}

4.45pm: {BODY_A} {BODY_C}

{BODY_B}
""",
        {"date": "2010-05-12", "tz": "Europe/London"},
        [("2010-05-12T16:45:00+01:00", None, [], BODY_A), ("2010-05-12T17:10:00+01:00", None, [], BODY_B)],
    ),
    "hindustan-times-page-dateline-shaped-like-the-stamps": Case(
        # the page's dateline under the byline has the posts' shape, and no text of its own
        f"""Delhi pollution live updates: AQI turns severe, schools shut

By HT News Desk
Nov 02, 2023 02:45 PM IST

Nov 02, 2023 02:32 PM IST
Delhi AQI turns severe
{BODY_A}

Nov 02, 2023 11:15 AM IST
Schools shut for two days
{BODY_B}
""",
        {},
        [("2023-11-02T11:15:00+05:30", "Schools shut for two days", [], BODY_B),
         ("2023-11-02T14:32:00+05:30", "Delhi AQI turns severe", [], BODY_A)],
    ),
    "guardian-dateline-first-published-then-key-events": Case(
        f"""Sunak and Starmer clash at PMQs – as it happened

Andrew Sparrow (now) and Tom Ambrose (earlier)
Wed 13 Dec 2023 18.02 GMT
First published on Wed 13 Dec 2023 09.04 GMT

Key events
28m ago
Evening summary

28m ago 18.02 GMT
Evening summary
{BODY_A}

4h ago 14.05 GMT
{BODY_B}
""",
        {},
        [("2023-12-13T14:05:00+00:00", None, [], BODY_B),
         ("2023-12-13T18:02:00+00:00", "Evening summary", [], BODY_A)],
        key_points=("Evening summary",),
        authors=("Andrew Sparrow", "Tom Ambrose"),
    ),
    "guardian-age-over-clock-on-two-lines": Case(
        # the age and the clock of each post on lines of their own, one above the other
        f"""Israel-Hamas war live: Blinken meets Turkish foreign minister

Tom Ambrose (now) and Martin Belam (earlier)
Mon 6 Nov 2023 14.55 GMT
Key events
1h ago
Blinken arrives in Ankara
Show key events only
14m ago
14.41 GMT
Blinken holds talks with Turkish counterpart
{BODY_A}
Share
1h ago
13.30 GMT
Key event
Blinken arrives in Ankara
Bethan McKernan
{BODY_B}
Share
""",
        {},
        [("2023-11-06T13:30:00+00:00", "Blinken arrives in Ankara", ["Bethan McKernan"], BODY_B),
         ("2023-11-06T14:41:00+00:00", "Blinken holds talks with Turkish counterpart", [], BODY_A)],
        key_points=("Blinken arrives in Ankara",),
        authors=("Tom Ambrose", "Martin Belam"),
    ),
    "ansa-newest-posts-by-age-older-by-date": Case(
        # the newest posts print their age, older ones their date and clock
        f"""Israele-Hamas, Gaza City accerchiata

20 minuti fa
Israele: Gaza City accerchiata
{BODY_A}

02/11/2023 08:15
Buongiorno
{BODY_B}

01/11/2023 21:40
La Bolivia rompe con Israele
{BODY_C}
""",
        {"now": "2023-11-02T14:52+01:00", "tz": "Europe/Rome"},
        [("2023-11-01T21:40:00+01:00", "La Bolivia rompe con Israele", [], BODY_C),
         ("2023-11-02T08:15:00+01:00", "Buongiorno", [], BODY_B),
         ("2023-11-02T14:32:00+01:00", "Israele: Gaza City accerchiata", [], BODY_A)],
    ),
    "zeit-day-words-dated-by-the-update-line": Case(
        # "Heute"/"Gestern" count back from the page's update date when no --now is given
        f"""Krieg in Nahost: Israel meldet Einkesselung von Gaza-Stadt

Aktualisiert am 2. November 2023, 9:15 Uhr

Heute, 09:12 Uhr
Israel meldet Einkesselung von Gaza-Stadt
{BODY_A}

Gestern, 22:15 Uhr
Bolivien bricht Beziehungen ab
{BODY_B}

Gestern, 19:03 Uhr
Baerbock in Abu Dhabi
{BODY_C}
""",
        {"tz": "Europe/Berlin"},
        [("2023-11-01T19:03:00+01:00", "Baerbock in Abu Dhabi", [], BODY_C),
         ("2023-11-01T22:15:00+01:00", "Bolivien bricht Beziehungen ab", [], BODY_B),
         ("2023-11-02T09:12:00+01:00", "Israel meldet Einkesselung von Gaza-Stadt", [], BODY_A)],
    ),
    "el-pais-capital-names-below-headlines": Case(
        # most posts print a name alone below the headline: that is the author, as printed
        f"""Guerra de Israel y Gaza, en directo

14:32 CET
Israel asegura haber cercado la ciudad de Gaza
ANTONIO PITA
{BODY_A}

11:10 CET
Bolivia rompe relaciones con Israel
FERNANDO MOLINA
{BODY_B}
""",
        {"date": "2023-11-02"},
        [("2023-11-02T11:10:00+01:00", "Bolivia rompe relaciones con Israel", ["FERNANDO MOLINA"], BODY_B),
         ("2023-11-02T14:32:00+01:00", "Israel asegura haber cercado la ciudad de Gaza", ["ANTONIO PITA"], BODY_A)],
    ),
    "abc-a-post-without-headline-starts-with-its-name": Case(
        # names stand below the headlines on most posts; a post that opens with a name and
        # goes on with text has no headline, and the name is its author
        f"""ASX set to rise, RBA holds rates

Thu 2 Nov 2023 at 10:32am
RBA holds rates
Michael Janda
{BODY_A}

Thu 2 Nov 2023 at 10:05am
David Taylor
{BODY_B}

Thu 2 Nov 2023 at 9:12am
Good morning
Michael Janda
{BODY_C}
""",
        {"tz": "Australia/Sydney"},
        [("2023-11-02T09:12:00+11:00", "Good morning", ["Michael Janda"], BODY_C),
         ("2023-11-02T10:05:00+11:00", None, ["David Taylor"], BODY_B),
         ("2023-11-02T10:32:00+11:00", "RBA holds rates", ["Michael Janda"], BODY_A)],
    ),
    "nyt-two-names-above-a-reporting-from-line": Case(
        f"""Israel-Hamas War: Blinken to Visit Israel Again

Nov. 2, 2023, 2:32 p.m. ET
Blinken heads to Israel as pressure grows
Isabel Kershner and Aaron Boxerman
Reporting from Jerusalem
{BODY_A}

Nov. 2, 2023, 11:05 a.m. ET
Rafah crossing opens again
{BODY_B}
""",
        {},
        [("2023-11-02T11:05:00-04:00", "Rafah crossing opens again", [], BODY_B),
         ("2023-11-02T14:32:00-04:00", "Blinken heads to Israel as pressure grows",
          ["Isabel Kershner", "Aaron Boxerman"], BODY_A)],
    ),
    "reuters-wire-stamps-without-headlines-under-a-page-byline": Case(
        f"""Live: Sequester countdown
By Reuters Staff

Feb 28, 2013 at 3:34 PM
WASHINGTON, Feb 28 (Reuters) - {BODY_A}

Feb 28, 2013 at 2:10 PM
{BODY_B}
""",
        {"tz": "America/New_York"},
        [("2013-02-28T14:10:00-05:00", None, [], BODY_B),
         ("2013-02-28T15:34:00-05:00", None, [], "WASHINGTON, Feb 28 (Reuters) - ")],
        authors=("Reuters Staff",),
    ),
    "cnn-relative-only-with-from-byline": Case(
        f"""By Kevin Liptak, Betsy Klein and Aditi Sangal, CNN
Updated 2:00 a.m. ET, December 21, 2022

14 min ago
Zelensky arrives in Washington
From CNN's Kevin Liptak and Betsy Klein

{BODY_A}

1 hr 14 min ago
Talks to resume on Thursday

{BODY_B}
""",
        {"now": "2022-12-21T02:00:00-05:00", "tz": "America/New_York"},
        [("2022-12-21T00:46:00-05:00", "Talks to resume on Thursday", [], BODY_B),
         ("2022-12-21T01:46:00-05:00", "Zelensky arrives in Washington", ["Kevin Liptak", "Betsy Klein"], BODY_A)],
        authors=("Kevin Liptak", "Betsy Klein", "Aditi Sangal"),  # the outlet credited after them is no name
    ),
    "al-jazeera-headline-glued-to-stamp": Case(
        f"""20m ago (08:53 GMT)Israeli strikes kill 20 in Gaza
{BODY_C}
1h ago (08:10 GMT)UN calls for ceasefire
{BODY_B}
""",
        {"date": "2024-01-10"},
        [("2024-01-10T08:10:00+00:00", "UN calls for ceasefire", [], BODY_B),
         ("2024-01-10T08:53:00+00:00", "Israeli strikes kill 20 in Gaza", [], BODY_C)],
    ),
    "sky-breaking-label-and-byline-box": Case(
        f"""14:32
Breaking
Minister resigns over expenses
Jennifer Scott
Political reporter
{BODY_A}

13:05
Talks to resume on Thursday
{BODY_B}
""",
        {"date": "2024-03-05", "tz": "Europe/London"},
        [("2024-03-05T13:05:00+00:00", "Talks to resume on Thursday", [], BODY_B),
         ("2024-03-05T14:32:00+00:00", "Minister resigns over expenses", ["Jennifer Scott"], BODY_A)],
    ),
    "wire-full-dates-oldest-first": Case(
        f"""Feb 28, 2013 at 3:34 PM
{BODY_A}
Feb 28, 2013 at 4:02 PM
{BODY_B}
""",
        {"tz": "America/New_York"},
        [("2013-02-28T15:34:00-05:00", None, [], BODY_A), ("2013-02-28T16:02:00-05:00", None, [], BODY_B)],
    ),
    "independent-site-author-glued-to-date": Case(
        f"""Talks to resume on Thursday
Jamie Braidwood14 August 2023 10:01
1692003693000
{BODY_B}

Minister resigns over expenses
Holly Evans14 August 2023 09:15
1692000900000
{BODY_A}
""",
        {"tz": "Europe/London"},
        [("2023-08-14T09:15:00+01:00", "Minister resigns over expenses", ["Holly Evans"], BODY_A),
         ("2023-08-14T10:01:00+01:00", "Talks to resume on Thursday", ["Jamie Braidwood"], BODY_B)],
    ),
    "day-headings-between-posts": Case(
        f"""Tuesday 14 January 2025
09:10
Talks to resume on Thursday
{BODY_B}
08:00
Minister resigns over expenses
{BODY_A}
Monday 13 January 2025
22:30
Witnesses describe queues
{BODY_C}
""",
        {"tz": "Europe/London"},
        [("2025-01-13T22:30:00+00:00", "Witnesses describe queues", [], BODY_C),
         ("2025-01-14T08:00:00+00:00", "Minister resigns over expenses", [], BODY_A),
         ("2025-01-14T09:10:00+00:00", "Talks to resume on Thursday", [], BODY_B)],
    ),
    # a copy that keeps the numbers of the <ol> holding the posts (w3m, lynx, some browsers)
    "ordered-list-numbers-before-stamps": Case(
        f"""Coronavirus live
 1. Posted at 15:0515:05
    UK government briefing at 17:00 BST
    {BODY_A}
 2. Posted at 14:5714:57
    Trains
    {BODY_B}
""",
        {"date": "2020-05-12", "tz": "UTC"},
        [("2020-05-12T14:57:00+00:00", "Trains", [], BODY_B),
         ("2020-05-12T15:05:00+00:00", "UK government briefing at 17:00 BST", [], BODY_A)],
    ),
    # an inline badge glued to the headline by the copy: the badge gives the kind
    "breaking-badge-glued-to-the-headline": Case(
        f"""Posted at 15:05
BreakingTotal lockdown announced in Lebanon
{BODY_A}
Posted at 14:57
Trains
{BODY_B}
""",
        {"date": "2020-05-12", "tz": "UTC"},
        [("2020-05-12T14:57:00+00:00", "Trains", [], BODY_B),
         ("2020-05-12T15:05:00+00:00", "Total lockdown announced in Lebanon", [], BODY_A)],
    ),
    "times-inside-bodies-are-not-stamps": Case(
        f"""Posted at 15:01
UK government briefing at 17:00 BST
17:00 BST is when the briefing starts, we are told.
Posted at 14:57
Trains
10:30 train times are listed below, as published this morning by the operator.
{BODY_C}
""",
        {"date": "2020-05-12", "tz": "UTC"},
        [("2020-05-12T14:57:00+00:00", "Trains", [], "10:30 train times"),
         ("2020-05-12T15:01:00+00:00", "UK government briefing at 17:00 BST", [], "17:00 BST is when")],
    ),
    # WP SportoweFakty's match relations: the match's date and start in the page header, a
    # menu, then posts that print their clock alone. The one dated stamp dates the posts and
    # is none of them, whatever stands between it and the stream.
    "match-header-date-above-clock-only-posts": Case(
        f"""PGE Ekstraliga
28 Września 2020, 18:00
Stadion im. Alfreda Smoczyka w Lesznie
Relacja na żywo
Komentarze
Odświeżone przed chwilą
0 nowych wpisów

19:14

{BODY_A}

19:08

{BODY_B}
""",
        {"tz": "Europe/Warsaw"},
        [("2020-09-28T19:08:00+02:00", None, [], BODY_B),
         ("2020-09-28T19:14:00+02:00", None, [], BODY_A)],
    ),
    # A clock printed as a list item (a facts box, here as a text browser shows a list) is
    # not of the shape of stamps standing on their own lines.
    "bulleted-clock-in-a-facts-list-is-no-post": Case(
        f"""Mecz
• 18:00
• Stadion im. Alfreda Smoczyka w Lesznie

19:14

{BODY_A}

19:08

{BODY_B}
""",
        {"date": "2020-09-28", "tz": "Europe/Warsaw"},
        [("2020-09-28T19:08:00+02:00", None, [], BODY_B),
         ("2020-09-28T19:14:00+02:00", None, [], BODY_A)],
    ),
    # Topic tags and legal links after the last post, closed by the page's copyright line:
    # the page's footer, however few (a run of navigation lines needs NAV_RUN of them).
    "tags-and-legal-links-above-the-copyright-line-are-footer": Case(
        f"""14:10
Talks to resume on Thursday

{BODY_B}

13:05
Starmer confirms plan

{BODY_A}

Politics
Elections

© Example News Ltd

Contact
""",
        {"date": "2025-06-03", "tz": "UTC"},
        [("2025-06-03T13:05:00+00:00", "Starmer confirms plan", [], BODY_A),
         ("2025-06-03T14:10:00+00:00", "Talks to resume on Thursday", [], BODY_B)],
    ),
}


@pytest.mark.parametrize("name", list(CASES), ids=list(CASES))
def test_layout(name: str) -> None:
    case = CASES[name]
    timeline = liveblog.parse(case.text, **case.options)  # type: ignore[arg-type]
    got = [(entry.time.isoformat() if entry.time else None, entry.headline, list(entry.authors), entry.body)
           for entry in timeline.entries]
    assert [(time, headline, authors) for time, headline, authors, _ in got] == \
        [(time, headline, authors) for time, headline, authors, _ in case.posts]
    for (_, _, _, body), (_, _, _, start) in zip(got, case.posts, strict=True):
        assert body.startswith(start)
    if case.key_points:
        assert timeline.key_points == case.key_points
    if case.authors:
        assert timeline.authors == case.authors


def test_the_lines_a_copyright_line_closes_are_not_the_last_posts_body() -> None:
    case = CASES["tags-and-legal-links-above-the-copyright-line-are-footer"]
    timeline = liveblog.parse(case.text, **case.options)  # type: ignore[arg-type]
    assert [entry.body for entry in timeline.entries] == [BODY_A, BODY_B]
    # the legal notice's link starts the footer; the tags above it stay (only a copyright line
    # closes a run this short)
    text = case.text.replace("© Example News Ltd", "Impressum Datenschutz")
    assert [entry.body for entry in liveblog.parse(text, **case.options).entries] == [  # type: ignore[arg-type]
        f"{BODY_A}\n\nPolitics\n\nElections", BODY_B]


POSTS = f"""
14:10
Talks to resume on Thursday

{BODY_B}

13:05
Starmer confirms plan

{BODY_A}
"""


@pytest.mark.parametrize(("head", "title"), [
    # a text browser runs the skip link into the menu after it: no headline
    pytest.param("Skip to main contentNews Politics Sport\nPrime minister confirms the plan for the talks\n",
                 "Prime minister confirms the plan for the talks", id="skip-link-glued-to-the-menu"),
    pytest.param("Aller au contenu principal Économie Politique Monde\nLe Premier ministre confirme le plan\n",
                 "Le Premier ministre confirme le plan", id="skip-link-and-menu-french"),
    # a label and a topic printed over the headline (two elements a copy puts on one line)
    pytest.param("liveblog Election in the north\nPrime minister confirms the plan for the talks\n"
                 "Updated: 03.06.2025 14:12\n", "Prime minister confirms the plan for the talks",
                 id="kicker-over-the-headline-and-dateline"),
    pytest.param("Election in the north\nPrime minister confirms the plan for the talks\n\n"
                 f"{BODY_C}\n", "Prime minister confirms the plan for the talks", id="kicker-over-headline-apart"),
    # a headline above a longer line that runs on into more of them (a player, a menu) stays
    pytest.param("Talks resume after a long break\nPlay video coverage of the talks from the capital\n"
                 "Talks coverage from the capital city\n\n", "Talks resume after a long break",
                 id="headline-over-a-run-of-lines"),
    # a headline of more than a kicker's words stays above a longer subtitle
    pytest.param("Prime minister confirms plan for the talks\nThe talks will resume on Thursday after a break of "
                 "two days\n\n", "Prime minister confirms plan for the talks", id="long-headline-over-subtitle"),
])
def test_the_title_is_no_skip_link_and_no_kicker(head: str, title: str) -> None:
    timeline = liveblog.parse(head + POSTS, date="2025-06-03", tz="UTC")
    assert timeline.title == title
    assert len(timeline.entries) == 2


@pytest.mark.parametrize(("listed", "key_points", "summary"), [
    # links to posts under the standfirst, one of them a post's headline: the key points
    pytest.param("Starmer confirms plan\nTalks to resume on Thursday\nMarkets calm after the news\n",
                 ("Starmer confirms plan", "Talks to resume on Thursday", "Markets calm after the news"), (),
                 id="three-headlines-listed"),
    pytest.param("• Starmer confirms plan\n• Unions welcome the decision\n• Markets calm after the news\n",
                 ("Starmer confirms plan", "Unions welcome the decision", "Markets calm after the news"), (),
                 id="bullets-of-a-text-browser"),
    # two lines are no list; three that repeat no post's headline are not the posts' list
    pytest.param("Starmer confirms plan\nTalks to resume on Thursday\n", (), (), id="two-lines"),
    pytest.param("Unions welcome the decision\nMarkets calm after the news\nOpposition asks for a vote\n",
                 (), (), id="no-post-headline-repeated"),
])
def test_a_list_of_post_headlines_above_the_first_post_is_the_key_points(
        listed: str, key_points: tuple[str, ...], summary: tuple[str, ...]) -> None:
    head = f"Prime minister confirms the plan for the talks\n\n{BODY_C}\n\n{listed}"
    timeline = liveblog.parse(head + POSTS, date="2025-06-03", tz="UTC")
    assert timeline.key_points == key_points
    assert timeline.summary == (BODY_C,)
    assert len(timeline.entries) == 2


CAPTION = "Trucks wait at the border crossing on Tuesday."


@pytest.mark.parametrize(("post", "body", "media"), [
    # a figure's caption on its own line, its credit alone on the next
    pytest.param(f"{CAPTION}\nAP\n\n{BODY_A}", BODY_A, [(CAPTION, "AP")], id="agency-alone"),
    pytest.param(f"{CAPTION}\nJane Doe / Pool via Reuters\n\n{BODY_A}", BODY_A,
                 [(CAPTION, "Jane Doe / Pool via Reuters")], id="names-slash-via-agency"),
    # a text browser prints the alt text, then the caption, blank lines between
    pytest.param(f"{CAPTION}\n\n{CAPTION}\n\nAFP\n\n{BODY_A}", BODY_A, [(CAPTION, "AFP")], id="alt-then-caption"),
    # a paragraph set apart by a blank line is no caption: the credit stands alone
    pytest.param(f"{BODY_A}\n\nAP\n\n{BODY_C}", f"{BODY_A}\n\n{BODY_C}", [(None, "AP")], id="apart-from-the-text"),
    # a credit word's line: a picture with a credit and no caption (above the posts it is furniture)
    pytest.param(f"{BODY_A}\nFoto: Jane Doe\n\n{BODY_C}", f"{BODY_A}\n\n{BODY_C}", [(None, "Jane Doe")],
                 id="credit-word-alone"),
    # a line that names no agency is text
    pytest.param(f"{CAPTION}\nMarkets / Economy\n\n{BODY_A}", f"{CAPTION}\n\nMarkets / Economy\n\n{BODY_A}", [],
                 id="no-agency"),
])
def test_a_credit_alone_on_its_line_credits_the_caption_above(
        post: str, body: str, media: list[tuple[str | None, str]]) -> None:
    text = f"14:10\nTalks to resume on Thursday\n\n{post}\n\n13:05\nStarmer confirms plan\n\n{BODY_B}\n"
    entry = liveblog.parse(text, date="2025-06-03", tz="UTC").entries[-1]
    assert entry.body == body
    assert [(item.caption, item.credit) for item in entry.media] == media


def test_a_glued_badge_gives_the_kind_and_a_name_glued_to_a_capital_is_left_alone() -> None:
    timeline = liveblog.parse(CASES["breaking-badge-glued-to-the-headline"].text, date="2020-05-12", tz="UTC")
    assert [entry.kind for entry in timeline.entries] == ["post", "breaking"]
    text = f"Posted at 15:05\nNewYork's marathon is back\n{BODY_A}\nPosted at 14:57\nTrains\n{BODY_B}\n"
    assert liveblog.parse(text, date="2020-05-12", tz="UTC").entries[1].headline == "NewYork's marathon is back"


def test_key_points_lose_the_numbers_a_copy_keeps_from_an_ordered_list() -> None:
    text = (f"Coronavirus live\n\nSummary\n\n 1. Minister resigns over expenses claims\n 2. Talks to resume on "
            f"Thursday\n\n 1. Posted at 15:0515:05\n    Trains\n    {BODY_A}\n 2. Posted at 14:5714:57\n    Queues\n"
            f"    {BODY_B}\n")
    timeline = liveblog.parse(text, date="2020-05-12", tz="UTC")
    assert timeline.key_points == ("Minister resigns over expenses claims", "Talks to resume on Thursday")
    assert [entry.headline for entry in timeline.entries] == ["Queues", "Trains"]


def test_a_page_with_one_stamp_is_an_article() -> None:
    timeline = liveblog.parse(f"A headline for the story here\n\n{BODY_A}\n\n12:00 is when it starts.\n\n{BODY_B}\n")
    assert len(timeline.entries) == 1
    assert {notice.code for notice in timeline.warnings} >= {"not-a-live-blog"}


def test_a_timetable_in_an_article_is_not_a_live_blog() -> None:
    text = f"""Marathon day: what to expect in the city

{BODY_A}

09:00 Elite women start
09:35 Elite men and mass start
12:30 Roads reopen along the route

{BODY_B}
"""
    timeline = liveblog.parse(text, date="2025-04-27", tz="Europe/London")
    assert len(timeline.entries) == 1
    assert "09:00 Elite women start" in timeline.entries[0].body


def test_explain_gives_every_line_a_role() -> None:
    text = CASES["sky-breaking-label-and-byline-box"].text
    timeline = liveblog.parse(text, date="2024-03-05", tz="Europe/London", explain=True)
    roles = {item.line: item.role for item in timeline.explanations if item.line is not None}
    non_blank = [number for number, line in enumerate(text.split("\n"), start=1) if line.strip()]
    assert sorted(roles) == non_blank
    assert roles[1] == "stamp" and roles[2] == "label" and roles[3] == "headline"
    assert roles[4] == "author" and roles[5] == "byline" and roles[6] == "body"


@pytest.mark.parametrize(("line", "expected"), [
    pytest.param("Search the BBCSearch the BBC", True, id="label-glued-to-itself"),
    pytest.param("Share this post", True, id="share-line"),
    pytest.param("  • Share", True, id="share-button-in-a-list"),
    pytest.param("      □ Twitter", True, id="share-button-in-a-nested-list"),
    pytest.param("• The minister spoke to reporters", False, id="sentence-in-a-list"),
    pytest.param("•", False, id="bullet-alone"),
    pytest.param("abab", True, id="shortest-doubled"),
    pytest.param("aa", False, id="too-short-to-be-doubled"),
    pytest.param("The minister spoke to reporters", False, id="sentence"),
    pytest.param("Share this post " * 10, False, id="long-line-not-an-appeal"),
    pytest.param("Guardar", True, id="save-button-spanish"),
    pytest.param("Link kopieren", True, id="copy-link-german"),
    pytest.param("Udostępnij", True, id="share-button-polish"),
    pytest.param("Guardar silencio fue su respuesta", False, id="spanish-sentence-starting-with-save"),
    pytest.param("THIS IS A LIVE BLOG. SCROLL DOWN FOR THE LATEST UPDATES.", True, id="scroll-down-notice"),
    pytest.param("Scroll down for the latest updates", True, id="scroll-down-notice-alone"),
    pytest.param("Scroll down for the latest updates on the strike", False, id="sentence-about-scrolling"),
    pytest.param("Pour ne rien rater de l'actualité politique : notre direct", True, id="french-pointer-to-a-live"),
    pytest.param("Weitere Einträge laden", True, id="load-more-german"),
    pytest.param("Live-Ticker", True, id="ticker-heading-german"),
    pytest.param("[91385bf1-b20c-450a-aeda-9e0919b5ab8e]", True, id="w3m-picture-without-alt-text"),
    pytest.param("[1] See the note below", False, id="bracketed-number-before-text"),
    pytest.param("Charger plus", True, id="load-more-french"),
])
def test_boilerplate_lines(line: str, expected: bool) -> None:
    from liveblog.furniture import is_boilerplate

    assert is_boilerplate(line) is expected


def test_a_name_under_a_headline_is_a_byline_only_above_a_paragraph() -> None:
    # one post in four prints a name under its headline: too few for the page's habit
    text = f"""14:32
Ministers meet in Brussels
Ursula von der Leyen
Thanks.

13:10
Talks resume
Jane Dalton
{BODY_B}

12:05
Queues at the station
{BODY_C}

11:00
Good morning
{BODY_A}
"""
    timeline = liveblog.parse(text, date="2026-01-06", tz="UTC")
    assert [(entry.headline, entry.authors, entry.body.split("\n\n")[0]) for entry in timeline.entries] == [
        ("Good morning", (), BODY_A),
        ("Queues at the station", (), BODY_C),
        ("Talks resume", ("Jane Dalton",), BODY_B),
        ("Ministers meet in Brussels", (), "Ursula von der Leyen"),  # above one word: no story paragraph
    ]


@pytest.mark.parametrize(("line", "expected"), [
    ("Smoke rises over Gaza. Photograph: Mohammed Abed/AFP/Getty Images",
     ("Smoke rises over Gaza.", "Mohammed Abed/AFP/Getty Images")),
    ("Foto: dpa", (None, "dpa")),
    ("Rescuers at work (Photo: EPA)", None),  # a credit in brackets is CAPTION's, not this
    ("He told Bild: we will not give up", None),  # not a lead word of a credit
    ("The minister said: the talks resume on Thursday", None),
    ("Photo: a colon in the credit: no", None),
])
def test_trailing_credits(line: str, expected: tuple[str | None, str] | None) -> None:
    found = trailing_credit(line)
    assert (None if found is None else (found.caption, found.credit)) == expected


_NAVIGATION = "\n".join(f"  • Section {number}" for number in range(1, 91))

#: Ordinary articles: (text, options, time, headline, authors, body start, text the body must hold).
ARTICLE_CASES: dict[str, tuple[str, dict[str, str], str | None, str, list[str], str, str]] = {
    # A copied menu of 90 lines stands above the dateline; the title and byline below it.
    "long-navigation-above-dateline-title-below": (
        f"{_NAVIGATION}\n\nTech\nDec 13 2016, 1:06 pm ET\n\nWhat's the Hold-Up at SpaceX?\n\n"
        f"by Alyssa Newcomb\n\n{BODY_A}\n\n{BODY_B}\n",
        {}, "2016-12-13T13:06:00-05:00", "What's the Hold-Up at SpaceX?", ["Alyssa Newcomb"], BODY_A, BODY_B),
    # An advertisement label between paragraphs is dropped, and the story goes on below it.
    "advertisement-label-inside-the-story": (
        f"Minister resigns over expenses claims\n\n{BODY_A}\n\nAdvertisement\n\n"
        f"{BODY_B}\n\nADVERTISEMENT\n\n{BODY_C}\n",
        {}, None, "Minister resigns over expenses claims", [], BODY_A, BODY_C),
    # Swedish (SVT): a skip link, a video's no-script message above the title, a dateline of
    # day words right below the title, a "most read" box after the story.
    "swedish-title-right-above-a-day-word-dateline": (
        "Gå direkt till textinnehållet\n\n  • Nyheter\n  • Lokalt\n\nVäst\n\nJavascript är avstängt\n\n"
        "Javascript måste vara påslaget för att kunna spela video\n\n"
        "Inställda tåg och störningar efter it-strul hos Trafikverket\n\n"
        f"Uppdaterad idag 11:19Publicerad idag 06:56\n\n{BODY_A}\n\n{BODY_B}\n\nMest läst Väst\n\n"
        "  • 1\n\n    Norge miljardsatsar i Lofoten – affären med Powercell riskerar sänka satsningen\n",
        {"now": "2026-03-11T12:00:00+01:00", "tz": "Europe/Stockholm"}, "2026-03-11T11:19:00+01:00",
        "Inställda tåg och störningar efter it-strul hos Trafikverket", [], BODY_A, BODY_B),
}


@pytest.mark.parametrize("name", list(ARTICLE_CASES), ids=list(ARTICLE_CASES))
def test_article(name: str) -> None:
    text, options, time, headline, authors, start, held = ARTICLE_CASES[name]
    timeline = liveblog.parse(text, **options)  # type: ignore[arg-type]
    assert len(timeline.entries) == 1
    entry = timeline.entries[0]
    assert (entry.time.isoformat() if entry.time else None, entry.headline, list(entry.authors)) == \
        (time, headline, authors)
    assert entry.body.startswith(start)
    assert held in entry.body and "Advertisement" not in entry.body and "Mest läst" not in entry.body
