"""Case table for the text layout: small copies in the shapes real outlets print, and
what each post must come out as. Shapes follow the spec's outlet table; the seed and the
corpus pages are tested whole elsewhere."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

import liveblog
from liveblog import layout
from liveblog.layout import MAX_SIDE_FEED_ITEM, trailing_credit


@dataclass(frozen=True)
class Case:
    text: str
    options: dict[str, str]
    # per post, oldest first: (time, headline, authors, body start)
    posts: list[tuple[str | None, str | None, list[str], str]]
    key_points: tuple[str, ...] = ()
    authors: tuple[str, ...] | None = ()  # the page's; None: none at all (not checked when empty)


BODY_A = "The prime minister has confirmed the plan in a statement to parliament this afternoon."
BODY_B = "Officials said the talks would resume on Thursday, after a break of two days."
BODY_C = "Witnesses described long queues outside the main station from early morning."

CASES = {
    # the day's heading as a list item right above the newest post's clock (ČT24's "Minutu po minutě"):
    # that post's date, not the page's dateline (the post was lost)
    "day-heading-item-over-the-newest-clock": Case(
        f"""Minutu po minutě

  • Úterý 3. června 2025
  • 22:00

    {BODY_A}

  • 21:49

    {BODY_B}

  • 21:31

    {BODY_C}
""",
        {"tz": "Europe/Prague"},
        [("2025-06-03T21:31:00+02:00", None, [], BODY_C),
         ("2025-06-03T21:49:00+02:00", None, [], BODY_B),
         ("2025-06-03T22:00:00+02:00", None, [], BODY_A)],
    ),
    # a French broadcaster's statement that its times are universal time (TV5Monde's live pages): UTC
    "french-universal-time-statement": Case(
        f"""DIRECT : Les négociations reprennent

Les horaires sont indiqués en temps universel.

20H48
Talks to resume on Thursday

{BODY_B}

19H55
Starmer confirms plan

{BODY_A}
""",
        {"date": "2025-06-03"},
        [("2025-06-03T19:55:00+00:00", "Starmer confirms plan", [], BODY_A),
         ("2025-06-03T20:48:00+00:00", "Talks to resume on Thursday", [], BODY_B)],
    ),
    # one-line posts, some under a headline in capitals that restates them (Turkish "dakika dakika" pages):
    # the headline of the post below; a shout that shares no word with it stays in the post above
    "capitals-heading-over-a-one-line-post": Case(
        """Talks live: the latest

22.12: Officials said the talks would resume on Thursday, after a break of two days.
STARMER CONFIRMS THE PLAN
22.01: Starmer has confirmed the plan in a statement to parliament this afternoon.
WHAT A NIGHT IN THE CHAMBER
21.45: Witnesses described long queues outside the main station from early morning.
""",
        {"date": "2025-06-03", "tz": "Europe/London"},
        [("2025-06-03T21:45:00+01:00", None, [], BODY_C),
         ("2025-06-03T22:01:00+01:00", "STARMER CONFIRMS THE PLAN", [], "Starmer has confirmed the plan"),
         ("2025-06-03T22:12:00+01:00", None, [], BODY_B)],
    ),
    # a ticker that heads the day's newest post with the date in a list item, then prints its clock again
    # below it (RT's German ticker): that post's stamp, not the page's dateline (its post was lost)
    "dated-list-item-then-its-clock-again": Case(
        f"""Liveticker zur Lage im Norden

  • 03.06.2025 22:00 Uhr

    22:00 Uhr

    {BODY_A}

  • 21:49 Uhr

    Talks to resume on Thursday

    {BODY_B}

  • 21:31 Uhr

    Starmer confirms plan

    {BODY_C}
""",
        {"tz": "Europe/Berlin"},
        [("2025-06-03T21:31:00+02:00", "Starmer confirms plan", [], BODY_C),
         ("2025-06-03T21:49:00+02:00", "Talks to resume on Thursday", [], BODY_B),
         ("2025-06-03T22:00:00+02:00", None, [], BODY_A)],
    ),
    # a text browser's dump prints the writer's picture as its alt text, the name, above the name
    "name-twice-under-headline-avatar-alt-in-a-dump": Case(
        f"""Floods live

   1h ago 11.47 GMT

Severn expected to peak tonight

   Jane Doe
   Jane Doe

   {BODY_A}

   4h ago 09.12 GMT

More than 100 flood warnings in force

   Tom Roe
   Tom Roe

   {BODY_B}
""",
        {"date": "2026-11-22"},
        [("2026-11-22T09:12:00+00:00", "More than 100 flood warnings in force", ["Tom Roe"], BODY_B),
         ("2026-11-22T11:47:00+00:00", "Severn expected to peak tonight", ["Jane Doe"], BODY_A)],
    ),
    # a text browser prints the writer's avatar after the name: its alt text or file's name in brackets
    "name-with-a-picture-name-after-it-in-a-dump": Case(
        f"""Kundgebung in der Innenstadt

16:47 Uhr 21. März 2026
Lena Hartmann [lena]

{BODY_A}

16:12 Uhr 21. März 2026
Jonas Weber [jonas.jpg]

{BODY_B}

15:30 Uhr 21. März 2026
Lena Hartmann [lena]

{BODY_C}
""",
        {"tz": "Europe/Berlin"},
        [("2026-03-21T15:30:00+01:00", None, ["Lena Hartmann"], BODY_C),
         ("2026-03-21T16:12:00+01:00", None, ["Jonas Weber"], BODY_B),
         ("2026-03-21T16:47:00+01:00", None, ["Lena Hartmann"], BODY_A)],
    ),
    # a name on the line after each stamp, after a byline word ("Door", Dutch "By"): the word is no name's
    "byline-word-before-the-name-below-each-stamp": Case(
        f"""Elfstedentocht live

14:56
Door Sanne de Vries
Eerste rijders binnen in Dokkum
{BODY_A}

12:05
Door Pieter Bakker
Start in Leeuwarden
{BODY_B}

08:00
Door Sanne de Vries
Goedemorgen
{BODY_C}
""",
        {"date": "2026-01-24", "tz": "Europe/Amsterdam"},
        [("2026-01-24T08:00:00+01:00", "Goedemorgen", ["Sanne de Vries"], BODY_C),
         ("2026-01-24T12:05:00+01:00", "Start in Leeuwarden", ["Pieter Bakker"], BODY_B),
         ("2026-01-24T14:56:00+01:00", "Eerste rijders binnen in Dokkum", ["Sanne de Vries"], BODY_A)],
    ),
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
    # a 12-hour page: one clock with pm, the others bare; "12:20" then "1:05" runs on past midnight
    "12-hour-page-pm-clock-among-bare-clocks": Case(
        f"""Night match live

8.15pm {BODY_A}

8:30 {BODY_B}

11:50 {BODY_C}

12:20 {BODY_A}

1:05 {BODY_B}
""",
        {"date": "2026-03-12", "tz": "Europe/London"},
        [("2026-03-12T20:15:00+00:00", None, [], BODY_A), ("2026-03-12T20:30:00+00:00", None, [], BODY_B),
         ("2026-03-12T23:50:00+00:00", None, [], BODY_C), ("2026-03-13T00:20:00+00:00", None, [], BODY_A),
         ("2026-03-13T01:05:00+00:00", None, [], BODY_B)],
    ),
    # a dotted day and month alone between posts parts the days ("19.03."): no clock 19:03
    "dotted-day-dividers-over-dotted-clocks": Case(
        f"""Ticker

22.03.

08.15 Uhr

{BODY_B}

07.40 Uhr

{BODY_A}

19.03.

23.10 Uhr

{BODY_B}

22.40 Uhr

{BODY_C}
""",
        {"date": "2026-03-19", "tz": "Europe/Berlin"},
        [("2026-03-19T22:40:00+01:00", None, [], BODY_C), ("2026-03-19T23:10:00+01:00", None, [], BODY_B),
         ("2026-03-22T07:40:00+01:00", None, [], BODY_A), ("2026-03-22T08:15:00+01:00", None, [], BODY_B)],
    ),
    # the dpa theme's divider has no closing dot and its posts print the day again
    "dotted-day-divider-over-a-dated-clock": Case(
        f"""Ticker

22.03

22.03, 07:40 Uhr

{BODY_A}

19.03

19.03, 23:10 Uhr

{BODY_B}

19.03, 22:40 Uhr

{BODY_C}
""",
        {"date": "2026-03-19", "tz": "Europe/Berlin"},
        [("2026-03-19T22:40:00+01:00", None, [], BODY_C), ("2026-03-19T23:10:00+01:00", None, [], BODY_B),
         ("2026-03-22T07:40:00+01:00", None, [], BODY_A)],
    ),
    # "21.03" over a clock of its own style is one of the page's clocks: a post with no text
    "dotted-clock-over-a-dotted-clock-stays-a-clock": Case(
        f"""Ticker

21.05

{BODY_A}

21.03

20.58

{BODY_B}

20.40

{BODY_C}
""",
        {"date": "2026-03-12", "tz": "Europe/Berlin"},
        [("2026-03-12T20:40:00+01:00", None, [], BODY_C), ("2026-03-12T20:58:00+01:00", None, [], BODY_B),
         ("2026-03-12T21:03:00+01:00", None, [], ""), ("2026-03-12T21:05:00+01:00", None, [], BODY_A)],
    ),
    # a widget of short news printing each post's clock below its text, the last clock above its footer
    "clock-below-each-post": Case(
        f"""{BODY_A}

20:24

{BODY_B}

20:08

{BODY_C}

19:55
Show all
""",
        {"date": "2026-03-12", "tz": "Europe/London"},
        [("2026-03-12T19:55:00+00:00", None, [], BODY_C), ("2026-03-12T20:08:00+00:00", None, [], BODY_B),
         ("2026-03-12T20:24:00+00:00", None, [], BODY_A)],
    ),
    # the same order of lines under a title and standfirst, or with text below the last clock: clocks above
    "clock-above-each-post-under-a-title": Case(
        f"""Storm live: floods close the valley roads

{BODY_A}

20:24

{BODY_B}

20:08

{BODY_C}

19:55
""",
        {"date": "2026-03-12", "tz": "Europe/London"},
        [("2026-03-12T19:55:00+00:00", None, [], ""), ("2026-03-12T20:08:00+00:00", None, [], BODY_C),
         ("2026-03-12T20:24:00+00:00", None, [], BODY_B)],
    ),
    "clock-above-each-post-with-text-below-the-last": Case(
        f"""{BODY_A}

20:24

{BODY_B}

20:08

{BODY_C}

19:55

{BODY_A}
""",
        {"date": "2026-03-12", "tz": "Europe/London"},
        [("2026-03-12T19:55:00+00:00", None, [], BODY_A), ("2026-03-12T20:08:00+00:00", None, [], BODY_C),
         ("2026-03-12T20:24:00+00:00", None, [], BODY_B)],
    ),
    # a page of clocks going on with match minutes once the game is on (newest first: above the clocks)
    "clocks-then-match-minutes": Case(
        f"""Match day live

5. minuta

{BODY_A}

3. minuta

{BODY_B}

1. minuta

{BODY_C}

17:58

{BODY_A}

17:40

{BODY_B}
""",
        {"date": "2026-06-18", "tz": "Europe/London"},
        [("2026-06-18T17:40:00+01:00", None, [], BODY_B), ("2026-06-18T17:58:00+01:00", None, [], BODY_A),
         (None, None, [], BODY_C), (None, None, [], BODY_B), (None, None, [], BODY_A)],
    ),
    # one word and a clock over each post's headline and text
    "label-word-and-clock-over-each-post": Case(
        f"""Log of the day

Tuesday 7 April

Bulletin 20.00

Fire under control

{BODY_A}

Bulletin 16.00

Roads closed

{BODY_B}

Bulletin 12.00

Travel advice

{BODY_C}
""",
        {"date": "2026-04-07", "tz": "Europe/London"},
        [("2026-04-07T12:00:00+01:00", "Travel advice", [], BODY_C),
         ("2026-04-07T16:00:00+01:00", "Roads closed", [], BODY_B),
         ("2026-04-07T20:00:00+01:00", "Fire under control", [], BODY_A)],
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
    # Sky News's live page as a copy gives it: "By NAME, role" under the standfirst (the page's byline),
    # a "Top Stories" box right below the key points (other pages' posts: no points), each post's
    # author box two spans glued, the name and the role ("Daniel HartLive reporter")
    "sky-copy-glued-name-role-boxes-top-stories-below-key-points": Case(
        f"""Politics latest: Ministers meet as talks resume

Ministers and union leaders return to talks as a third day of strikes begins.

By Daniel Hart, live reporter

Key points
Union says offer 'not enough'
Talks resume at 8am
Top Stories
Heat health alert extended to Friday
Overnight drone attack on the port
14:22
Union says offer 'not enough to end dispute'
Daniel HartLive reporter

{BODY_A}

Share
12:47
Transport secretary speaks
Aisha BegumPolitical reporter

{BODY_B}

Share
08:02
Talks resume at 8am
Sarah McDonaldBBC Economics Editor

{BODY_C}

Share
""",
        {"date": "2026-08-04", "tz": "Europe/London"},
        [("2026-08-04T08:02:00+01:00", "Talks resume at 8am", ["Sarah McDonald"], BODY_C),
         ("2026-08-04T12:47:00+01:00", "Transport secretary speaks", ["Aisha Begum"], BODY_B),
         ("2026-08-04T14:22:00+01:00", "Union says offer 'not enough to end dispute'", ["Daniel Hart"], BODY_A)],
        key_points=("Union says offer 'not enough'", "Talks resume at 8am"),
        authors=("Daniel Hart",),
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
        authors=None,  # the page byline names the newsroom, no person
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
    # a day heading with no year dates every post under it, though --date names another day
    # (the top heading's: the posts under the bottom one are not that day's)
    "day-headings-without-year-beat-date": Case(
        f"""Mittwoch, 15. 1.
09:10
Talks to resume on Thursday
{BODY_B}
Dienstag, 14. 1.
21:40
Minister resigns over expenses
{BODY_A}
08:00
Witnesses describe queues
{BODY_C}
""",
        {"date": "2025-01-15", "tz": "Europe/Berlin"},
        [("2025-01-14T08:00:00+01:00", "Witnesses describe queues", [], BODY_C),
         ("2025-01-14T21:40:00+01:00", "Minister resigns over expenses", [], BODY_A),
         ("2025-01-15T09:10:00+01:00", "Talks to resume on Thursday", [], BODY_B)],
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
    # A text browser runs each post's share button into the next post's stamp (w3m, the
    # Guardian): the stamp is still read, and the button is no text of either post.
    "share-button-run-into-the-next-stamp": Case(
        f"""Storm Bert live

1h ago11.47 GMT
Severn expected to peak tonight
{BODY_A}
Share 2h ago10.30 GMT
Trains cancelled at Cosford
{BODY_B}
Share 4h ago09.12 GMT
Flood warnings in force
{BODY_C}
Share
""",
        {"date": "2024-11-25", "now": "2024-11-25T12:47:00+00:00"},
        [("2024-11-25T09:12:00+00:00", "Flood warnings in force", [], BODY_C),
         ("2024-11-25T10:30:00+00:00", "Trains cancelled at Cosford", [], BODY_B),
         ("2024-11-25T11:47:00+00:00", "Severn expected to peak tonight", [], BODY_A)],
    ),
    # Topic tags and legal links after the last post, closed by the page's copyright line:
    # the page's footer, however few (a run of navigation lines needs NAV_RUN of them).
    # Easy Liveblogs, WordPress plugins: the byline stands between the age and the headline,
    # blank lines around each; the headline is still below the stamp, the byline its author
    "byline-between-the-age-and-the-headline": Case(
        f"""Storm live: the coast braces

Updates through the day.

2 hours ago

By Sanne de Vries

Ferries cancelled

{BODY_A}

10 minutes ago

By Pieter Bakker

Talks resume

{BODY_B}

Trees down near the harbour. Photo: ANP

4 hours ago

By Sanne de Vries

Roads closed

{BODY_C}
""",
        {"now": "2025-06-03T15:00:00+00:00"},
        [("2025-06-03T11:00:00+00:00", "Roads closed", ["Sanne de Vries"], BODY_C),
         ("2025-06-03T13:00:00+00:00", "Ferries cancelled", ["Sanne de Vries"], BODY_A),
         ("2025-06-03T14:50:00+00:00", "Talks resume", ["Pieter Bakker"], BODY_B)],
    ),
    # FT, Reuters: the byline under a post's headline says where its writer is; "Fire in
    # Harbour District" is a headline, not a byline (no paragraph follows it: its stamp does)
    "byline-with-a-place-under-the-headline": Case(
        f"""Budget live

12 minutes ago14:32
Fuel duty freeze extended
Delphine Strauss in London

{BODY_A}

1 hour ago13:40
Markets steady before the speech
Jane Doe and John Roe in New York

{BODY_B}

2 hours ago12:10
Fire in Harbour District
{BODY_C}
""",
        {"date": "2026-11-25", "tz": "UTC"},
        [("2026-11-25T12:10:00+00:00", "Fire in Harbour District", [], BODY_C),
         ("2026-11-25T13:40:00+00:00", "Markets steady before the speech", ["Jane Doe", "John Roe"], BODY_B),
         ("2026-11-25T14:32:00+00:00", "Fuel duty freeze extended", ["Delphine Strauss"], BODY_A)],
    ),
    # Guardian: most posts print their writer below the headline; a post with no headline
    # starts with the name, right below its stamp and above its paragraph. A name-like
    # headline above a short line stays a headline.
    "name-below-the-stamp-where-others-print-it-below-the-headline": Case(
        f"""Storm live

1h ago11.47 GMT
Severn expected to peak tonight
Jane Doe

{BODY_A}

2h ago10.30 GMT
Alex Roe

{BODY_B}

3h ago09.12 GMT
Flood warnings in force
Jane Doe

{BODY_C}

4h ago08.05 GMT
Pope Francis
Speaks at noon.
""",
        {"date": "2026-11-22", "tz": "UTC"},
        [("2026-11-22T08:05:00+00:00", "Pope Francis", [], "Speaks at noon."),
         ("2026-11-22T09:12:00+00:00", "Flood warnings in force", ["Jane Doe"], BODY_C),
         ("2026-11-22T10:30:00+00:00", None, ["Alex Roe"], BODY_B),
         ("2026-11-22T11:47:00+00:00", "Severn expected to peak tonight", ["Jane Doe"], BODY_A)],
    ),
    # WordPress live blogs: the writers' names one to a line right below the age, no headline
    "names-one-to-a-line-below-the-stamp": Case(
        f"""Marathon day live

12 mins ago
David Chen

{BODY_A}

2 hours ago
Maria Garcia
David Chen

{BODY_B}

3 hours ago
Maria Garcia

{BODY_C}
""",
        {"now": "2026-04-19T10:22:00+00:00"},
        [("2026-04-19T07:22:00+00:00", None, ["Maria Garcia"], BODY_C),
         ("2026-04-19T08:22:00+00:00", None, ["Maria Garcia", "David Chen"], BODY_B),
         ("2026-04-19T10:10:00+00:00", None, ["David Chen"], BODY_A)],
    ),
    # The theme's header under the title, a byline and an age ("Maria Garcia" / "3 hours ago"),
    # above posts whose stamps print an age and a date (WordPress's Liveblog on AMP): the
    # header's age is no post, the name the page's author, the intro the page's summary.
    "byline-and-age-under-the-title-above-age-and-date-stamps": Case(
        f"""The Riverside Courier
Marathon day live
Maria Garcia
3 hours ago

{BODY_C}

12 mins ago April 19, 2026
David Chen

{BODY_A}

2 hours ago April 19, 2026
Maria Garcia
David Chen

{BODY_B}
""",
        {"now": "2026-04-19T10:22:00+00:00"},
        [("2026-04-19T08:22:00+00:00", None, ["Maria Garcia", "David Chen"], BODY_B),
         ("2026-04-19T10:10:00+00:00", None, ["David Chen"], BODY_A)],
        authors=("Maria Garcia",),
    ),
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
    "text-on-the-stamp-line-then-a-short-line-is-no-headline": Case(
        # the post opens on its stamp line; the short line below it is its second paragraph
        f"""15.25 {BODY_B}

Meanwhile, crowds are holding a candle-lit vigil outside the station

14.53 {BODY_C}

The same ship is shown here retrieving an emergency tube
""",
        {"date": "2014-12-31", "tz": "Europe/London"},
        [("2014-12-31T14:53:00+00:00", None, [], BODY_C), ("2014-12-31T15:25:00+00:00", None, [], BODY_B)],
    ),
    "a-short-stamp-line-among-stamp-lines-that-open-posts-is-text": Case(
        # most stamp lines open their post's text: a short one is a post's text, no headline
        f"""17.00 {BODY_A}

16.06 {BODY_B}

15.25 {BODY_C}

14.48 Reuters - AGENCY SAYS BODY RECOVERED WAS WEARING LIFE JACKET
""",
        {"date": "2014-12-31", "tz": "Europe/London"},
        [("2014-12-31T14:48:00+00:00", None, [], "Reuters - AGENCY SAYS"),
         ("2014-12-31T15:25:00+00:00", None, [], BODY_C), ("2014-12-31T16:06:00+00:00", None, [], BODY_B),
         ("2014-12-31T17:00:00+00:00", None, [], BODY_A)],
    ),
    "a-bare-clock-between-posts-that-open-on-their-stamps-is-an-embed-only-post": Case(
        # the post's only content was an embedded tweet, which a copy does not give
        f"""17.00 {BODY_A}

16.06 {BODY_B}

15.30

15.25 {BODY_C}
""",
        {"date": "2014-12-31", "tz": "Europe/London"},
        [("2014-12-31T15:25:00+00:00", None, [], BODY_C), ("2014-12-31T15:30:00+00:00", None, [], ""),
         ("2014-12-31T16:06:00+00:00", None, [], BODY_B), ("2014-12-31T17:00:00+00:00", None, [], BODY_A)],
    ),
    "a-bare-clock-out-of-the-posts-order-is-no-post": Case(
        f"""17.00 {BODY_A}

09.15

16.06 {BODY_B}

15.25 {BODY_C}
""",
        {"date": "2014-12-31", "tz": "Europe/London"},
        [("2014-12-31T15:25:00+00:00", None, [], BODY_C), ("2014-12-31T16:06:00+00:00", None, [], BODY_B),
         ("2014-12-31T17:00:00+00:00", None, [], BODY_A)],
    ),
    "a-masthead-date-above-the-pages-dateline-dates-no-post": Case(
        # the day the page was read, printed in the masthead; the page's own dateline below it
        # (the last post's time) dates the posts, across midnight
        f"""Saturday 03 January 2015

Search resumes at dawn: latest

5:00PM GMT 31 Dec 2014

17.00 {BODY_A}

16.06 {BODY_B}

00.04 {BODY_C}

23.46 {BODY_B}
""",
        {},
        [("2014-12-30T23:46:00+00:00", None, [], BODY_B), ("2014-12-31T00:04:00+00:00", None, [], BODY_C),
         ("2014-12-31T16:06:00+00:00", None, [], BODY_B), ("2014-12-31T17:00:00+00:00", None, [], BODY_A)],
    ),
    "a-capture-header-glued-to-the-first-stamp": Case(
        # a capture's " date YYYY-MM-DD " header glued before the page's first line, here the
        # newest post's stamp: the header dates the page, the stamp opens its post
        f""" date 2020-04-10 6 p.m.

{BODY_A}

5:30 p.m.

{BODY_B}

3:52 p.m.

{BODY_C}
""",
        {"tz": "America/New_York"},
        [("2020-04-10T15:52:00-04:00", None, [], BODY_C), ("2020-04-10T17:30:00-04:00", None, [], BODY_B),
         ("2020-04-10T18:00:00-04:00", None, [], BODY_A)],
    ),
    "a-capture-header-of-a-month-glued-to-the-first-stamp": Case(
        # the header may give the month alone: it dates nothing, and its line is still read
        f""" date 2024-09 9:15 a.m.

{BODY_A}

9:10 a.m.

{BODY_B}
""",
        {"date": "2024-09-09", "tz": "America/New_York"},
        [("2024-09-09T09:10:00-04:00", None, [], BODY_B), ("2024-09-09T09:15:00-04:00", None, [], BODY_A)],
    ),
    "a-clock-opening-its-text-among-clocks-alone": Case(
        # US pages print most clocks alone over the post, a short post's on its first line
        f"""6 p.m.

{BODY_A}

5:30 p.m.

{BODY_B}

2:42 p.m. {BODY_C}

1:52 p.m.

{BODY_A}
""",
        {"date": "2020-04-10", "tz": "America/New_York"},
        [("2020-04-10T13:52:00-04:00", None, [], BODY_A), ("2020-04-10T14:42:00-04:00", None, [], BODY_C),
         ("2020-04-10T17:30:00-04:00", None, [], BODY_B), ("2020-04-10T18:00:00-04:00", None, [], BODY_A)],
    ),
    "rules-between-posts-are-no-headlines": Case(
        # AP's "The Latest": a clock alone over each post, a rule of underscores between posts
        f"""Election night: The latest

8:13 p.m.

{BODY_A}

___

8:10 p.m.

{BODY_B}

___

8:09 p.m.

{BODY_C}
""",
        {"date": "2016-11-08", "tz": "America/New_York"},
        [("2016-11-08T20:09:00-05:00", None, [], BODY_C), ("2016-11-08T20:10:00-05:00", None, [], BODY_B),
         ("2016-11-08T20:13:00-05:00", None, [], BODY_A)],
    ),
    "day-headings-date-every-post-below-them": Case(
        # a day word before each day's date (BBC market reports), newest first: every post
        # below a heading is on its day, the day's first in time too
        f"""Latest updates

Today 23.01.2018

16:47

Index ends higher

{BODY_A}

08:59

Airline tops the risers

{BODY_B}

Yesterday 22.01.2018

16:52

Index closes lower

{BODY_C}

08:18

Grocer soars on deal

{BODY_A}

19.01.2018

08:44

Retailer shares crash

{BODY_B}
""",
        {"tz": "Europe/London"},
        [("2018-01-19T08:44:00+00:00", "Retailer shares crash", [], BODY_B),
         ("2018-01-22T08:18:00+00:00", "Grocer soars on deal", [], BODY_A),
         ("2018-01-22T16:52:00+00:00", "Index closes lower", [], BODY_C),
         ("2018-01-23T08:59:00+00:00", "Airline tops the risers", [], BODY_B),
         ("2018-01-23T16:47:00+00:00", "Index ends higher", [], BODY_A)],
    ),
    "headlines-above-stamps-glued-to-text-and-desk-signoffs": Case(
        # US local newsrooms: a headline, then "Update <clock> <zone> <date>: " opening the
        # post's text, and a sign-off of a name and the desk
        f"""Council: New plant opens to visitors

Update 9:40 p.m. EST Nov. 14: {BODY_A}

{BODY_B}

– Maria Collins, National Content Desk

Water back to normal in the suburbs

Update 9:46 p.m. EST Nov. 12: {BODY_B}

– Tom Becker, National Content Desk

Valve failure cuts water to homes

Update 6:15 p.m. EST Nov. 10: {BODY_C}

– Maria Collins, National Content Desk
""",
        {"date": "2022-11-10", "tz": "America/New_York"},
        [("2022-11-10T18:15:00-05:00", "Valve failure cuts water to homes", ["Maria Collins"], BODY_C),
         ("2022-11-12T21:46:00-05:00", "Water back to normal in the suburbs", ["Tom Becker"], BODY_B),
         ("2022-11-14T21:40:00-05:00", "Council: New plant opens to visitors", ["Maria Collins"], BODY_A)],
    ),
    "one-line-posts-of-an-author-a-slashed-date-and-glued-text": Case(
        # ScribbleLive's copies: one post a line, no blank line between, the author's name,
        # a date and a clock with seconds, the text glued on (a line may run past 160 characters)
        f"""Product launch live blog
Jane Doe 7/13/2016 4:57:09 PM{BODY_A}
John Roe 7/13/2016 4:57:41 PM{BODY_B} {BODY_C}
Jane Doe 7/13/2016 4:58:13 PM{BODY_C}
""",
        {"tz": "America/Los_Angeles"},
        [("2016-07-13T16:57:09-07:00", None, ["Jane Doe"], BODY_A),
         ("2016-07-13T16:57:41-07:00", None, ["John Roe"], BODY_B),
         ("2016-07-13T16:58:13-07:00", None, ["Jane Doe"], BODY_C)],
    ),
    "one-time-printed-in-two-clock-styles-is-one-stamp": Case(
        # the Guardian's copies print a post's time twice, "11.39pm GMT" over "23:39": the
        # second is no headline
        f"""11.39pm GMT
23:39
{BODY_A}
11.28pm GMT
23:28
{BODY_B}
11.23pm GMT
23:23
{BODY_C}
""",
        {"date": "2021-11-08", "tz": "Europe/London"},
        [("2021-11-08T23:23:00+00:00", None, [], BODY_C), ("2021-11-08T23:28:00+00:00", None, [], BODY_B),
         ("2021-11-08T23:39:00+00:00", None, [], BODY_A)],
    ),
    "posts-opening-on-their-stamp-after-a-dash-or-not": Case(
        # most posts open "13:29 – ...", some with no dash or glued to the clock: all posts
        f"""13:29 – {BODY_A}

12:10 – {BODY_B}

11:34 {BODY_C}

11:26{BODY_A}

11:19 – {BODY_B}
""",
        {"date": "2011-04-29", "tz": "Europe/London"},
        [("2011-04-29T11:19:00+01:00", None, [], BODY_B), ("2011-04-29T11:26:00+01:00", None, [], BODY_A),
         ("2011-04-29T11:34:00+01:00", None, [], BODY_C), ("2011-04-29T12:10:00+01:00", None, [], BODY_B),
         ("2011-04-29T13:29:00+01:00", None, [], BODY_A)],
    ),
    "a-newest-post-with-a-label-before-its-colon-is-a-post": Case(
        # "11:17 a.m. (Final post): ..." above "8:49 a.m.: ..." posts: a post of the other
        # way of opening, above the first of the page's posts, in their clocks' order
        f"""11:17 a.m. (Final post): {BODY_A}

8:49 a.m.: {BODY_B}

8:29 a.m.: {BODY_C}

8:10 a.m.: {BODY_A}
""",
        {"date": "2011-04-29", "tz": "America/New_York"},
        [("2011-04-29T08:10:00-04:00", None, [], BODY_A), ("2011-04-29T08:29:00-04:00", None, [], BODY_C),
         ("2011-04-29T08:49:00-04:00", None, [], BODY_B), ("2011-04-29T11:17:00-04:00", None, [], "(Final post): ")],
    ),
    "two-sentences-after-a-stamps-colon-are-the-posts-text": Case(
        # "6:56 pm EST: ..." glued to the post's text: one sentence after the colon may be a
        # headline; two or more are text
        """7:05 pm EST: Turnout was high in the west. Officials expect results before midnight

7:00 pm EST: No surprises here, the state goes red. Polls closed at 6pm local time

6:56 pm EST: Welcome to our live coverage of election night. We will be here until the end
""",
        {"date": "2020-11-03", "tz": "America/New_York"},
        [("2020-11-03T18:56:00-05:00", None, [], "Welcome to our live coverage"),
         ("2020-11-03T19:00:00-05:00", None, [], "No surprises here"),
         ("2020-11-03T19:05:00-05:00", None, [], "Turnout was high")],
    ),
    "caseless-script-two-sentences-after-a-stamps-dash-are-the-posts-text": Case(
        # Hebrew (Calcalist's posts): "HH:MM - " then a headline's sentence and the text, on one
        # line; a script without capitals ends a sentence with a letter (or a quotation mark), a
        # full stop, a space and a letter: two sentences are the post's text (and on a page whose
        # stamp lines open their posts' text, a one-sentence post is text too)
        """22:05 - דובר המשטרה: "החשוד נעצר". לפי המשטרה, החשוד הועבר לחקירה. (נועם גל)

21:50 - הכביש נפתח לתנועה

21:40 - השירות המטאורולוגי: הגשם יתחזק בלילה. לפי התחזית, הגשם יימשך עד מחר. (יוסי כהן)
""",
        {"date": "2025-12-14"},
        [("2025-12-14T21:40:00", None, [], "השירות המטאורולוגי: הגשם יתחזק בלילה. לפי"),
         ("2025-12-14T21:50:00", None, [], "הכביש נפתח לתנועה"),
         ("2025-12-14T22:05:00", None, [], "דובר המשטרה: \"החשוד נעצר\". לפי")],
    ),
    "a-headline-on-the-stamps-line-takes-no-line-above-it": Case(
        # "00:40 - Headline" (Globes's running reports): the post's headline is on its stamp's
        # line; the line above the stamp (the page's label, the post above's last paragraph that
        # ends in a link's words) is no headline, and the stamp's headline is kept
        """Running updates

00:40 - Budget vote moved to Thursday

The vote on the emergency budget was moved to Thursday after the talks in the cabinet ran late.

Ministers met until midnight: "We are close to a deal" Read more

23:25 - Central bank expects lower inflation

The governor said inflation should fall next quarter, and that rates could be cut.
""",
        {"date": "2025-11-23"},
        [("2025-11-23T23:25:00", "Central bank expects lower inflation", [], "The governor said"),
         ("2025-11-24T00:40:00", "Budget vote moved to Thursday", [], "The vote on the emergency budget")],
    ),
    "japanese-timeline-day-glued-clocks-under-a-japan-time-statement": Case(
        # Asahi's live timelines: "(タイムスタンプは日本時間。括弧内は現地時間)" states Japan's time;
        # each post's "24日15:25" glues the day of the month to the clock, "ごろ" (about) and the
        # place's own clock in brackets may follow it; oldest first
        """(タイムスタンプは日本時間。括弧内は現地時間)

24日23:40ごろ(現地16:40ごろ)

大統領が演説

大統領は24日夕、首都で演説し、国民に冷静な行動を呼びかけた。

25日00:05

外相が談話を発表

外相は25日未明に談話を発表し、関係国と緊密に連携すると述べた。
""",
        {"date": "2025-02-24"},
        [("2025-02-24T23:40:00+09:00", "大統領が演説", [], "大統領は24日夕"),
         ("2025-02-25T00:05:00+09:00", "外相が談話を発表", [], "外相は25日未明")],
    ),
    "a-link-card-ending-a-post-is-no-headline-of-the-next": Case(
        # the Guardian's "Related: ..." card ends a post; a headline-like line above the first
        # stamp (the page's header) votes nothing either
        f"""Video: How the electoral college works

2.28am GMT

Related: Candidates cross the state as polls draw close

2.06am GMT

{BODY_A}

1.42am GMT

{BODY_B}
""",
        {"date": "2016-11-04", "tz": "Europe/London"},
        [("2016-11-04T01:42:00+00:00", None, [], BODY_B), ("2016-11-04T02:06:00+00:00", None, [], BODY_A),
         ("2016-11-04T02:28:00+00:00", None, [], "Related: Candidates cross")],
    ),
    "de-plus-marked-headline-above-an-uhr-stamp-with-text": Case(
        # a German morning ticker: each post's headline between "+++" marks on its own line above
        # the stamp, whose line opens the post's text; not the last line of the post above
        f"""Das war der Morgen im Ticker.

+++ Sturm über dem Main +++

9.59 Uhr: {BODY_A}

{BODY_C}

+++ Gespräche gehen weiter +++

9.58 Uhr: {BODY_B}
""",
        {"date": "2026-03-12", "tz": "Europe/Berlin"},
        [("2026-03-12T09:58:00+01:00", "Gespräche gehen weiter", [], BODY_B),
         ("2026-03-12T09:59:00+01:00", "Sturm über dem Main", [], f"{BODY_A}\n\n{BODY_C}")],
    ),
    "pl-colon-and-dot-clocks-mixed-on-one-page": Case(
        # a Polish ticker whose typists print "16:23" over some posts and "15.40" over others,
        # newest first: both are the page's stamps (the dotted ones were read as text)
        f"""Wojna w Ukrainie. Relacja na żywo

16:23 {BODY_A}

16:07 {BODY_B}

15.40 {BODY_C}

15.07 {BODY_A}
""",
        {"date": "2026-03-12", "tz": "Europe/Warsaw"},
        [("2026-03-12T15:07:00+01:00", None, [], BODY_A), ("2026-03-12T15:40:00+01:00", None, [], BODY_C),
         ("2026-03-12T16:07:00+01:00", None, [], BODY_B), ("2026-03-12T16:23:00+01:00", None, [], BODY_A)],
    ),
    "a-dotted-number-out-of-the-clocks-order-stays-text": Case(
        # a paragraph opening with a dotted number ("18.50 euros") between colon stamps,
        # newest first, whose value breaks their order: no post of its own
        f"""16:23 {BODY_A}

18.50 euros a month is what the plan costs a family of four, the ministry said.

16:07 {BODY_B}

15:40 {BODY_C}
""",
        {"date": "2026-03-12", "tz": "Europe/Warsaw"},
        [("2026-03-12T15:40:00+01:00", None, [], BODY_C), ("2026-03-12T16:07:00+01:00", None, [], BODY_B),
         ("2026-03-12T16:23:00+01:00", None, [], BODY_A)],
    ),
    "a-dotted-date-with-a-two-digit-year-is-no-clock-of-the-other-mark": Case(
        # a German night blog: the page's date "17.05.15" (17 May 2015) above the title, then
        # "07:53" posts: a dotted clock with seconds where the page's print none is no typist's
        # slip (it was read as a post at 17:05, the title and standfirst its text)
        f"""Digital

17.05.15

Neuer Flughafen lässt noch auf sich warten

{BODY_C}

07:53
Berlin, bitte übernehmen!

{BODY_A}
07:30
Tausende fordern mehr Rechte

{BODY_B}
""",
        {"date": "2026-03-12", "tz": "Europe/Berlin"},
        [("2026-03-12T07:30:00+01:00", "Tausende fordern mehr Rechte", [], BODY_B),
         ("2026-03-12T07:53:00+01:00", "Berlin, bitte übernehmen!", [], BODY_A)],
    ),
    "pt-hour-alone-before-h-among-h-clocks": Case(
        # a Brazilian election page: "21h10 - text" posts, newest first, one on the hour "21h - text"
        # (it was read as text of the post above it)
        f"""Apuração ao vivo

21h10 - {BODY_A}

21h05 - {BODY_B}

21h - {BODY_C}

20h20 - {BODY_A}
""",
        {"date": "2026-03-12", "tz": "America/Sao_Paulo"},
        [("2026-03-12T20:20:00-03:00", None, [], BODY_A), ("2026-03-12T21:00:00-03:00", None, [], BODY_C),
         ("2026-03-12T21:05:00-03:00", None, [], BODY_B), ("2026-03-12T21:10:00-03:00", None, [], BODY_A)],
    ),
    "nl-bracketed-clocks-with-u-glued-headline-on-the-stamp-line": Case(
        # a Dutch election-day liveblog: "[19:32u] Headline" over the text, oldest first ("u" for
        # uur glued to the clock: it stayed in the headline, "u] Opkomst 60%", and no time was read)
        f"""Liveblog verkiezingen

[19:32u] Opkomst 60%
{BODY_A}

[19:47u] Stemwijzer vaak bezocht
{BODY_B}
""",
        {"date": "2026-03-12", "tz": "Europe/Amsterdam"},
        [("2026-03-12T19:32:00+01:00", "Opkomst 60%", [], BODY_A),
         ("2026-03-12T19:47:00+01:00", "Stemwijzer vaak bezocht", [], BODY_B)],
    ),
    "a-heading-at-the-margin-closes-a-bulleted-key-points-box": Case(
        # a motor-racing live page: a "Summary" box of bulleted items, then with no blank line
        # a "Leaderboard" heading over a numbered list and a status line: the leaderboard is no
        # key point (it was read as five more)
        f"""Grand Prix live: race day

Summary

  • Verstappen takes the lead after the first stops
  • Hamilton led from the start
Leaderboard
  1. Verstappen, Red Bull
  2. Hamilton, Mercedes
Status: Live

14:10
{BODY_A}

14:05
{BODY_B}
""",
        {"date": "2026-03-12", "tz": "Europe/London"},
        [("2026-03-12T14:05:00+00:00", None, [], BODY_B), ("2026-03-12T14:10:00+00:00", None, [], BODY_A)],
        key_points=("Verstappen takes the lead after the first stops", "Hamilton led from the start"),
    ),
    "no-author-glued-ages-above-author-glued-clocks": Case(
        # a Norwegian news studio as a browser copies it: list items whose author (or a news
        # agency) is glued to the stamp, the newest posts' age with no word for "ago" ("15 min"),
        # the older posts' clock; each stamp over a headline and text
        f"""Nyhetsstudio: Siste nytt
- NTB15 min
Storm over Bergen
{BODY_A}
- Sondre Myhre40 min
Talks resume
{BODY_B}
- NTB09:05
Queues at the station
{BODY_C}
- Hanne Lie08:40
Prices rise
{BODY_A}
""",
        {"now": "2026-03-12T10:00:00+01:00", "tz": "Europe/Oslo"},
        [("2026-03-12T08:40:00+01:00", "Prices rise", ["Hanne Lie"], BODY_A),
         ("2026-03-12T09:05:00+01:00", "Queues at the station", ["NTB"], BODY_C),
         ("2026-03-12T09:20:00+01:00", "Talks resume", ["Sondre Myhre"], BODY_B),
         ("2026-03-12T09:45:00+01:00", "Storm over Bergen", ["NTB"], BODY_A)],
    ),
    "clock-then-date-over-the-newest-posts-headline-is-a-post": Case(
        # a live page that dates the first post of each day after its clock ("19:21 26.5.2024"),
        # the other posts printing the clock alone: over a headline and text, a post's stamp
        # (it was read as the page's dateline, and the newest post lost)
        f"""прямой эфир Хроника дня

19:21 26.5.2024

Storm over the capital

{BODY_A}

18:08

Talks resume

{BODY_B}

17:40

Queues at the station

{BODY_C}
""",
        {"tz": "Europe/Moscow"},
        [("2024-05-26T17:40:00+03:00", "Queues at the station", [], BODY_C),
         ("2024-05-26T18:08:00+03:00", "Talks resume", [], BODY_B),
         ("2024-05-26T19:21:00+03:00", "Storm over the capital", [], BODY_A)],
    ),
    "sv-author-list-item-right-above-a-bare-clock": Case(
        # a Swedish live page as a text browser prints it: each post a list item whose first
        # line is the author's name, the clock right below it, then the headline and text;
        # the name is that post's author, no last line of the post above
        f"""Senaste nytt
  • Clara Bohman
    11.48

    Storm over Uppsala

    {BODY_A}

  • Nellie Lind
    11.20

    Talks resume

    {BODY_B}

  • Anna Berg
    10.55

    Queues at the station

    {BODY_C}
""",
        {"date": "2026-03-12", "tz": "Europe/Stockholm"},
        [("2026-03-12T10:55:00+01:00", "Queues at the station", ["Anna Berg"], BODY_C),
         ("2026-03-12T11:20:00+01:00", "Talks resume", ["Nellie Lind"], BODY_B),
         ("2026-03-12T11:48:00+01:00", "Storm over Uppsala", ["Clara Bohman"], BODY_A)],
    ),
    "en-author-over-a-bar-over-the-clock": Case(
        # a live page that sets a bar between each post's author and its clock ("Tom Ellis | 15:42"),
        # as a copy gives it, the bar on a line of its own: the name is the author of the post below
        f"""Conference day two: live

Tom Ellis
|
15:42

{BODY_A}

Ana Ruiz
|
15:10

{BODY_B}

Tom Ellis
|
14:31

{BODY_C}
""",
        {"date": "2026-05-14", "tz": "Europe/Lisbon"},
        [("2026-05-14T14:31:00+01:00", None, ["Tom Ellis"], BODY_C),
         ("2026-05-14T15:10:00+01:00", None, ["Ana Ruiz"], BODY_B),
         ("2026-05-14T15:42:00+01:00", None, ["Tom Ellis"], BODY_A)],
    ),
    "en-places-before-a-bar-and-the-clock-are-no-authors": Case(
        # a results page that prints each post's region, a bar, then the clock ("Punjab | 11:45 am",
        # The Hindu's 2019 live template): one of them a single word, so all are labels, no names
        f"""Results live: counting under way

Punjab | 11:45 am
Army called in as river breaches embankment
{BODY_A}

Tamil Nadu | 10:30 am
Schools shut in low-lying areas
{BODY_B}

Sports | 9:15 am
Match postponed
{BODY_C}
""",
        {"date": "2026-01-06", "tz": "Asia/Kolkata"},
        [("2026-01-06T09:15:00+05:30", "Match postponed", [], BODY_C),
         ("2026-01-06T10:30:00+05:30", "Schools shut in low-lying areas", [], BODY_B),
         ("2026-01-06T11:45:00+05:30", "Army called in as river breaches embankment", [], BODY_A)],
    ),
    "en-names-before-a-bar-and-the-clock-stay-authors": Case(
        # the same line with writers' names, none a single word: the names are the authors
        f"""Results live: counting under way

Tom Ellis | 11:45 am
Army called in as river breaches embankment
{BODY_A}

Ana Ruiz | 10:30 am
Schools shut in low-lying areas
{BODY_B}
""",
        {"date": "2026-01-06", "tz": "Asia/Kolkata"},
        [("2026-01-06T10:30:00+05:30", "Schools shut in low-lying areas", ["Ana Ruiz"], BODY_B),
         ("2026-01-06T11:45:00+05:30", "Army called in as river breaches embankment", ["Tom Ellis"], BODY_A)],
    ),
    "published-and-updated-a-week-apart-over-one-night-of-clocks": Case(
        # the page's publication and an update a week later over one night's bare 12-hour clocks
        # (the SCMP's 2014 live reports): the update is a later edit; the posts follow the publication
        f"""NIGHT TWO: Full report of all the night's events

PUBLISHED : Monday, 29 September, 2014, 8:18pm
UPDATED : Wednesday, 08 October, 2014, 1:14pm

6.59am. Central: {BODY_A}

6.42am. Mong Kok: {BODY_B}

11.05pm. Admiralty: {BODY_C}
""",
        {"tz": "Asia/Hong_Kong"},
        [("2014-09-29T23:05:00+08:00", None, [], f"Admiralty: {BODY_C}"),
         ("2014-09-30T06:42:00+08:00", None, [], f"Mong Kok: {BODY_B}"),
         ("2014-09-30T06:59:00+08:00", None, [], f"Central: {BODY_A}")],
    ),
    "en-credited-caption-below-the-stamp-is-no-headline": Case(
        # a post that opens with its picture: the caption ending in "(Photo: ...)" right below the
        # stamp and the author is the post's picture, no headline; the story follows it
        f"""Windstorm live

5 mins ago March 14, 2026
Dana Whitfield

{BODY_A}

2 hours ago March 14, 2026
Marcus Ortiz
A fallen oak blocks Maple Avenue near Fifth Street. (Photo: Marcus Ortiz)

{BODY_B}

3 hours ago March 14, 2026
Dana Whitfield

{BODY_C}
""",
        {"now": "2026-03-14T16:35:00+00:00", "tz": "UTC"},
        [("2026-03-14T13:35:00+00:00", None, ["Dana Whitfield"], BODY_C),
         ("2026-03-14T14:35:00+00:00", None, ["Marcus Ortiz"], BODY_B),
         ("2026-03-14T16:30:00+00:00", None, ["Dana Whitfield"], BODY_A)],
    ),
    "en-stamps-closing-posts-below-names": Case(
        # a feed whose posts print their author and age at their foot ("Tom Ellis" / "12 minutes
        # ago"), newest first, nothing below the last age: each post is the text above its name
        f"""Connected to the live feed

{BODY_A}

Tom Ellis
12 minutes ago

{BODY_B}

Ana Ruiz
44 minutes ago

{BODY_C}

Tom Ellis
about 1 hour ago
""",
        {"now": "2026-05-14T14:00:00+01:00", "tz": "Europe/Lisbon"},
        [("2026-05-14T13:00:00+01:00", None, ["Tom Ellis"], BODY_C),
         ("2026-05-14T13:16:00+01:00", None, ["Ana Ruiz"], BODY_B),
         ("2026-05-14T13:48:00+01:00", None, ["Tom Ellis"], BODY_A)],
    ),
    "en-signed-stamps-closing-posts": Case(
        # each post closed by its writer's name and its date and clock on one line, an editor named
        # after the writer ("by A edited by B 3/14/2026 9:41:27 PM", ABC Australia), newest first
        f"""Election live

Polls have closed

{BODY_A}
    by Daniel Whitford edited by Priya Raman 3/14/2026 9:41:27 PM

Seat retained

{BODY_B}

    by Laura Kingsley 3/14/2026 9:37:52 PM

{BODY_C}

    by Priya Raman edited by Priya Raman 3/14/2026 9:30:44 PM
""",
        {"tz": "Australia/Sydney"},
        [("2026-03-14T21:30:44+11:00", None, ["Priya Raman"], BODY_C),
         ("2026-03-14T21:37:52+11:00", "Seat retained", ["Laura Kingsley"], BODY_B),
         ("2026-03-14T21:41:27+11:00", None, ["Daniel Whitford"], BODY_A)],
    ),
    "en-labelled-posts-closed-by-signed-stamps": Case(
        # a label as a list item over some posts' headlines ("• Key Post", "• Result"), the first
        # post's under the page's title printed again: each label gives the kind and is no text,
        # the headline below it is read, and the first post keeps all its paragraphs
        f"""Election live: counting goes on - News

Election live: counting goes on

    • Key Post

    Early figures point to a close finish

    {BODY_A}

    {BODY_B}
    by Daniel Whitford edited by Priya Raman 3/14/2026 9:41:27 PM
    • Result

    Seat retained by the independent

    {BODY_C}

    by Laura Kingsley 3/14/2026 9:37:52 PM

    Crowd gathers in the west

    {BODY_B}

    by Priya Raman 3/14/2026 9:30:44 PM
""",
        {"tz": "Australia/Sydney"},
        [("2026-03-14T21:30:44+11:00", "Crowd gathers in the west", ["Priya Raman"], BODY_B),
         ("2026-03-14T21:37:52+11:00", "Seat retained by the independent", ["Laura Kingsley"], BODY_C),
         ("2026-03-14T21:41:27+11:00", "Early figures point to a close finish", ["Daniel Whitford"],
          f"{BODY_A}\n\n{BODY_B}")],
    ),
    "it-clock-printed-twice-on-two-lines": Case(
        # an Italian live page whose copy prints each clock twice, one line below the other
        # ("21:34" / "21:34"): one stamp, no empty post of its own
        f"""La diretta
LIVE

21:34
21:34
Storm over Lugano
{BODY_A}
19:32
19:32
Talks resume
{BODY_B}
""",
        {"date": "2026-03-12", "tz": "Europe/Rome"},
        [("2026-03-12T19:32:00+01:00", "Talks resume", [], BODY_B),
         ("2026-03-12T21:34:00+01:00", "Storm over Lugano", [], BODY_A)],
    ),
    "el-hour-word-one-liners-with-no-full-stop": Case(
        # a Greek ticker's one-line posts, "Ώρα" (hour) before each clock (typed "'Ωρα" too), no
        # blank lines, most ending with no full stop, one longer than a stamp line: posts, not a
        # list (a list's items are shorter); one holding two sentences is text, not a headline
        "Οι εξελίξεις λεπτό προς λεπτό\n"
        "Το site σας μεταφέρει λεπτό προς λεπτό τις εξελίξεις όπως αυτές καταγράφονται.\n"
        "Ώρα 13:32 - Άφιξη του υπουργού σε κεντρικό ξενοδοχείο της πόλης όπου θα συναντηθεί με βουλευτές του "
        "κόμματος\n"
        "'Ωρα 13:28 - Ο αρχηγός της αντιπολίτευσης θα κάνει δηλώσεις στα γραφεία του κόμματος\n"
        "'Ωρα 12:58 - Σχεδόν μία ώρα από την άφιξη των τριών αρχηγών στο μέγαρο της προεδρίας της δημοκρατίας. "
        "Αμέσως μετά ο πρόεδρος θα έχει διαδοχικές συναντήσεις με τους αρχηγούς των υπόλοιπων κομμάτων της βουλής\n"
        "'Ωρα 12:09 - Κλείνουν οι πόρτες και ξεκινάει η κρίσιμη συνάντηση υπό τον πρόεδρο της δημοκρατίας\n",
        {"date": "2026-03-12", "tz": "Europe/Athens"},
        [("2026-03-12T12:09:00+02:00", "Κλείνουν οι πόρτες και ξεκινάει η κρίσιμη συνάντηση υπό τον πρόεδρο της "
          "δημοκρατίας", [], ""),
         ("2026-03-12T12:58:00+02:00", None, [], "Σχεδόν μία ώρα"),
         ("2026-03-12T13:28:00+02:00", "Ο αρχηγός της αντιπολίτευσης θα κάνει δηλώσεις στα γραφεία του κόμματος", [],
          ""),
         ("2026-03-12T13:32:00+02:00", "Άφιξη του υπουργού σε κεντρικό ξενοδοχείο της πόλης όπου θα συναντηθεί με "
          "βουλευτές του κόμματος", [], "")],
    ),
    "sl-place-comma-spaced-dotted-dateline-dates-the-posts": Case(
        # a Slovenian page's dateline after the places it was written in and a comma, its date
        # with a space after each dot, above posts that print their clock alone: it dates them
        f"""V ŽIVO: Seja mestnega sveta

Novo mesto/Ljubljana, 28. 10. 2025 11.52 | Posodobljeno pred 9 minutami

12.40

Protestniki pred mestno hišo

{BODY_A}

12.15

Seja se je začela

{BODY_B}
""",
        {"tz": "Europe/Ljubljana"},
        [("2025-10-28T12:15:00+01:00", "Seja se je začela", [], BODY_B),
         ("2025-10-28T12:40:00+01:00", "Protestniki pred mestno hišo", [], BODY_A)],
    ),
    "no-day-word-of-two-words-before-kl": Case(
        # Norwegian "I dag kl. 8.09" (today at), as a list item over a headline and text: the day
        # word is two words
        f"""Siste nytt

- I dag kl. 8.09
Budsjettet legges frem
{BODY_A}

- I dag kl. 7.51
Veien er stengt
{BODY_B}
""",
        {"date": "2026-03-12", "tz": "Europe/Oslo"},
        [("2026-03-12T07:51:00+01:00", "Veien er stengt", [], BODY_B),
         ("2026-03-12T08:09:00+01:00", "Budsjettet legges frem", [], BODY_A)],
    ),
    "tr-publication-line-and-clocks-with-the-zone-abbreviation": Case(
        # a Turkish live page: "Yayın:" (publication) before the page's date and clock, and the
        # posts' clocks followed by "TSİ" (Türkiye Saati): the date and the zone date the posts
        f"""Canlı blog: Seçim gecesi

Yayın: 21 Eylül 2025, 16:25 (TSİ)

18:40 TSİ

Sandıklar kapandı

{BODY_A}

17:10 TSİ

Katılım yüksek

{BODY_B}
""",
        {},
        [("2025-09-21T17:10:00+03:00", "Katılım yüksek", [], BODY_B),
         ("2025-09-21T18:40:00+03:00", "Sandıklar kapandı", [], BODY_A)],
    ),
    "fr-feed-day-heading-between-dash-rules-dates-the-posts": Case(
        # a French news feed ("L'Actualité en continu"): the day between rules of dashes, then
        # posts "16h21" / headline / text, all at one minute: the day dates them
        f"""L'Actualité en continu

- - - - Mardi 04 JUILLET 2023 - - - -

16h21
Le ministre regrette une appréciation pessimiste

{BODY_A}

16h21
L'équipe locale revient à cinq points du leader

{BODY_B}
""",
        {"tz": "Europe/Paris"},
        [("2023-07-04T16:21:00+02:00", "L'équipe locale revient à cinq points du leader", [], BODY_B),
         ("2023-07-04T16:21:00+02:00", "Le ministre regrette une appréciation pessimiste", [], BODY_A)],
    ),
    "it-one-sentence-posts-on-adjacent-stamp-lines": Case(
        # a ticker of one-sentence posts, one to a line with no blank line between, under an
        # intro of three lines: posts, not a timetable (whose lines are names, not sentences)
        """DIRETTA Guerra, tutti gli aggiornamenti in tempo reale
Segui con noi tutti gli aggiornamenti, in tempo reale, di quello che succede.
DIRETTA Guerra, le news in tempo reale
ORE 20:30 – Il presidente non terrà la conferenza stampa di fine anno, per la prima volta.
ORE 20:15 – Il ministro ha ringraziato il governo per il sostegno dato in questi mesi.
ORE 18:17 – Le truppe si stanno riposizionando a sud del fiume, secondo fonti locali.
""",
        {"date": "2026-03-12", "tz": "Europe/Rome"},
        [("2026-03-12T18:17:00+01:00", None, [], "Le truppe si stanno"),
         ("2026-03-12T20:15:00+01:00", None, [], "Il ministro ha ringraziato"),
         ("2026-03-12T20:30:00+01:00", None, [], "Il presidente non terrà")],
    ),
    "cs-picture-source-line-above-the-next-stamp-is-no-headline": Case(
        # a Czech live page's list items: a picture's caption and its source line ("Zdroj:
        # ČTK/...") close one post right above the next stamp; the source line is no headline
        # of the post below (one such line made the whole page print its headlines above)
        f"""  • 10:01

    {BODY_A}

  • 09:57

    {BODY_B}

    Prezident jmenuje novou vládu
    Zdroj: ČTK/Jana Nová
  • 09:39

    {BODY_C}

  • 09:28

    {BODY_A}
""",
        {"date": "2026-03-12", "tz": "Europe/Prague"},
        [("2026-03-12T09:28:00+01:00", None, [], BODY_A), ("2026-03-12T09:39:00+01:00", None, [], BODY_C),
         ("2026-03-12T09:57:00+01:00", None, [], BODY_B), ("2026-03-12T10:01:00+01:00", None, [], BODY_A)],
    ),
    "de-headline-above-an-uhr-stamp-that-opens-the-text": Case(
        # a German news blog: each post's headline on a line of its own, set apart by blank
        # lines, above "23.56 Uhr: text" (the stamp opens the post's text); "2 Uhr" on the hour
        f"""Das Wichtigste im Überblick

Sturm über dem Norden

23.56 Uhr: {BODY_A}

{BODY_C}

Gespräche gehen weiter

23.31 Uhr: {BODY_B}

Lange Schlangen am Bahnhof

2 Uhr: {BODY_C}
""",
        {"date": "2026-03-12", "tz": "Europe/Berlin"},
        [("2026-03-12T02:00:00+01:00", "Lange Schlangen am Bahnhof", [], BODY_C),
         ("2026-03-12T23:31:00+01:00", "Gespräche gehen weiter", [], BODY_B),
         ("2026-03-12T23:56:00+01:00", "Sturm über dem Norden", [], f"{BODY_A}\n\n{BODY_C}")],
    ),
    "key-events-box-items-glue-their-headline-to-the-time-printed-again": Case(
        # the Guardian's copies: each item of the key-events box is a rule, the time, and the
        # time again in the other style with the headline glued on; each repeats a post below
        f"""Australia news live: the day so far

Key events
-
9.10pm EST
21:10Ferry services resume after storm
-
8.04pm EST
20:04Bridge closed after crash in the city
11.39pm EST
23:39
{BODY_A}
9.10pm EST
21:10
Ferry services resume after storm
{BODY_B}
8.04pm EST
20:04
Bridge closed after crash in the city
{BODY_C}
""",
        {"date": "2021-11-08", "tz": "America/New_York"},
        [("2021-11-08T20:04:00-05:00", "Bridge closed after crash in the city", [], BODY_C),
         ("2021-11-08T21:10:00-05:00", "Ferry services resume after storm", [], BODY_B),
         ("2021-11-08T23:39:00-05:00", None, [], BODY_A)],
        key_points=("Ferry services resume after storm", "Bridge closed after crash in the city"),
    ),
    "key-events-box-listing-every-post-under-its-header": Case(
        # the same box listing a run of posts in their order, all of a short page's: its header
        # ("Key events") makes it the key points, not the stream's table of contents
        f"""Australia news live: the day so far

Key events
-
9.10pm EST
21:10Ferry services resume after storm
-
8.04pm EST
20:04Bridge closed after crash in the city
-
7.15pm EST
19:15Power restored to most homes
9.10pm EST
21:10
Ferry services resume after storm
{BODY_A}
8.04pm EST
20:04
Bridge closed after crash in the city
{BODY_B}
7.15pm EST
19:15
Power restored to most homes
{BODY_C}
""",
        {"date": "2021-11-08", "tz": "America/New_York"},
        [("2021-11-08T19:15:00-05:00", "Power restored to most homes", [], BODY_C),
         ("2021-11-08T20:04:00-05:00", "Bridge closed after crash in the city", [], BODY_B),
         ("2021-11-08T21:10:00-05:00", "Ferry services resume after storm", [], BODY_A)],
        key_points=("Ferry services resume after storm", "Bridge closed after crash in the city",
                    "Power restored to most homes"),
    ),
    "one-line-posts-print-a-headline-a-dash-and-the-text": Case(
        # an Italian football site's live page: "15.53 - Headline - text" a paragraph each
        """live Mercato, le ultime: accordo vicino per il difensore

vedi letture

15.53 - Si ferma il campionato in Cile - Aumentano i casi di influenza nel paese, e la federazione ha deciso di \
rinviare tutte le partite del fine settimana.

13.23 - Il club chiude per il difensore: manca la firma - "Siamo vicini all'accordo, mancano solo i dettagli", \
dice il direttore sportivo della squadra.

12.00 - Allenatore: "La squadra sta bene" - "Dopo due settimane di lavoro siamo pronti per la nuova stagione." \
Lo ha detto il tecnico in conferenza stampa.
""",
        {"date": "2026-07-02", "tz": "Europe/Rome"},
        [("2026-07-02T12:00:00+02:00", 'Allenatore: "La squadra sta bene"', [], '"Dopo due settimane'),
         ("2026-07-02T13:23:00+02:00", "Il club chiude per il difensore: manca la firma", [], '"Siamo vicini'),
         ("2026-07-02T15:53:00+02:00", "Si ferma il campionato in Cile", [], "Aumentano i casi")],
    ),
    "a-dash-inside-one-posts-sentence-makes-no-headline": Case(
        # posts that open their text after a dash on the stamp's line; one holds a dash of its own
        # (a headline's shape, alone on the page: a page prints its posts one way)
        f"""08:35 - The prime minister spoke - Officials said the plan would go ahead this week.

08:10 - {BODY_B}

07:52 - {BODY_C}
""",
        {"date": "2026-07-02", "tz": "Europe/London"},
        [("2026-07-02T07:52:00+01:00", None, [], BODY_C), ("2026-07-02T08:10:00+01:00", None, [], BODY_B),
         ("2026-07-02T08:35:00+01:00", None, [], "The prime minister spoke - Officials")],
    ),
    "a-weather-boxs-date-above-the-title-does-not-beat-the-date-option": Case(
        # a Portuguese news site: the header's weather box prints the day the page was seen,
        # above the page's title and standfirst; --date says the posts' day
        f"""Meteorologia

  • 05 NOVEMBER 2024
Tempo
19º
MIN 17º MÁX 22º

AO MINUTO: Começaram as negociações entre as delegações

{BODY_A}

16h00 - Terminam as negociações do primeiro dia

{BODY_B}

15h04 - Delegações chegam ao local das conversações

{BODY_C}
""",
        {"date": "2022-03-02", "tz": "Europe/Lisbon"},
        [("2022-03-02T15:04:00+00:00", "Delegações chegam ao local das conversações", [], BODY_C),
         ("2022-03-02T16:00:00+00:00", "Terminam as negociações do primeiro dia", [], BODY_B)],
    ),
    "a-short-last-line-above-some-text-stamps-is-no-headline": Case(
        # stamps that open their text, where only one of three has a short line above it: the
        # last line of the post above, no headline (the page prints none)
        f"""23.56 Uhr: {BODY_A}

Mehr in Kürze

23.31 Uhr: {BODY_B}

23.10 Uhr: {BODY_C}
""",
        {"date": "2026-03-12", "tz": "Europe/Berlin"},
        [("2026-03-12T23:10:00+01:00", None, [], BODY_C), ("2026-03-12T23:31:00+01:00", None, [], BODY_B),
         ("2026-03-12T23:56:00+01:00", None, [], BODY_A)],
    ),
    "header-date-then-clock-over-posts-clock-then-date": Case(
        # the header's stamp prints its date first, the posts' stamps their clock first: the
        # header's time, with the caption and synopsis below it (they were one more post)
        f"""Minister promises relief for the districts

    11 Mar 2025 | 11:58:21 PM IST
    The minister at a meeting in the district town.
    Synopsis

    {BODY_A}

    11:58:20 PM IST, 11 Mar 2025

    Wrap up: what happened today

    {BODY_B}

    10:41:05 PM IST, 11 Mar 2025

    Markets close lower

    {BODY_C}
""",
        {"tz": "Asia/Kolkata"},
        [("2025-03-11T22:41:05+05:30", "Markets close lower", [], BODY_C),
         ("2025-03-11T23:58:20+05:30", "Wrap up: what happened today", [], BODY_B)],
    ),
    "live-blog-label-above-the-first-stamp-is-no-headline": Case(
        # the page's "LIVE BLOG" label over stamps that open their text: no headline, though the
        # first post's text speaks of "our LIVE blog"
        f"""Transfer Talk: the latest

{BODY_A}

LIVE BLOG

22.00 BST: That is all from our LIVE blog tonight. Goodnight!

21.14 BST: {BODY_B}

20.25 BST: {BODY_C}
""",
        {"date": "2020-10-07"},
        [("2020-10-07T20:25:00+01:00", None, [], BODY_C), ("2020-10-07T21:14:00+01:00", None, [], BODY_B),
         ("2020-10-07T22:00:00+01:00", None, [], "That is all from our LIVE blog tonight.")],
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


@pytest.mark.parametrize(("post", "headline", "body"), [
    # a browser's copy: the reader's question, the asker's handle right below it, the answer
    pytest.param("Les vols sont-ils maintenus ?\nJeanne29\n\n" + BODY_A, None,
                 f"Les vols sont-ils maintenus ?\n\nJeanne29\n\n{BODY_A}", id="question-above-a-handle"),
    pytest.param("Les vols sont-ils maintenus ?\nmarc_75\n\n" + BODY_A, None,
                 f"Les vols sont-ils maintenus ?\n\nmarc_75\n\n{BODY_A}", id="question-above-a-lower-case-handle"),
    # w3m indents a blockquote four spaces deeper than the text around it
    pytest.param("    Les vols sont-ils maintenus ?\n\nJeanne\n\n" + BODY_A, None,
                 f"Les vols sont-ils maintenus ?\n\nJeanne\n\n{BODY_A}", id="indented-quotation"),
    # a headline that asks a question, above a byline or the story, is a headline
    pytest.param("Will the talks resume?\nJane Dalton\n\n" + BODY_A, "Will the talks resume?", BODY_A,
                 id="question-headline-above-a-byline"),
    pytest.param("Will the talks resume?\n\n" + BODY_A, "Will the talks resume?", BODY_A,
                 id="question-headline-above-the-story"),
    pytest.param("Talks resume\nG7\n\n" + BODY_A, "Talks resume", f"G7\n\n{BODY_A}",
                 id="a-word-with-a-digit-below-no-question"),
    pytest.param("  • Talks resume\n" + BODY_A, None, f"• Talks resume\n\n{BODY_A}", id="indented-list-item"),
])
def test_a_readers_question_is_no_headline(post: str, headline: str | None, body: str) -> None:
    text = f"14:32\n\n{post}\n\n13:10\n\nStorm moves north\n\n{BODY_B}\n"
    timeline = liveblog.parse(text, date="2026-11-02", tz="UTC")
    entry = timeline.entries[-1]
    assert (entry.headline, entry.body) == (headline, body)


def _cards(numbers: tuple[int, int, int]) -> str:
    """A newest-first match page: stamped posts, and between them heat results whose markup
    prints no time (a card: "Heat N", then the lines of its table, then a paragraph)."""
    first, second, third = numbers
    return f"""19:30

{BODY_A}

Heat {third} 65.06 sec.
4 : 2
Jane Roe 3
Ann Poe 2

{BODY_B}

19:14

{BODY_C}

Heat {second} 64.37 sec.
5 : 1
Jane Roe 3
Ann Poe 2

Roe led from the start and was never caught.

18:05

Warm-up laps are over and the first heat is about to start.

Heat {first} 62.93 sec.
3 : 3
Ann Poe 3
Jane Roe 2

Poe passed Roe on the last lap.
"""


def test_a_numbered_series_of_cards_between_stamped_posts_are_posts_without_a_time() -> None:
    timeline = liveblog.parse(_cards((1, 2, 3)), date="2020-09-28", tz="UTC")
    assert [(entry.time.strftime("%H:%M") if entry.time else None, entry.body.split("\n\n")[0])
            for entry in timeline.entries] == [
        (None, "Heat 1 62.93 sec."),
        ("18:05", "Warm-up laps are over and the first heat is about to start."),
        (None, "Heat 2 64.37 sec."),
        ("19:14", BODY_C),
        (None, "Heat 3 65.06 sec."),
        ("19:30", BODY_A),
    ]
    assert timeline.entries[-2].body.endswith(BODY_B)  # the heat's paragraph stays with it
    assert all(entry.headline is None for entry in timeline.entries)


def test_cards_as_lynx_dumps_them_are_the_same_series() -> None:
    # lynx indents every line, sets no blank line between a paragraph and the card below it, and
    # prints the table's first row with its team's name and score ("Leszno 5", numbered too)
    lines: list[str] = []
    for line in _cards((1, 2, 3)).split("\n"):
        if line.startswith("Heat "):
            if lines and not lines[-1]:
                lines.pop()
            lines += [f"   {line}", f"   Leszno {len(lines)}"]
        else:
            lines.append(f"   {line}" if line else "")
    timeline = liveblog.parse("\n".join(lines), date="2020-09-28", tz="UTC")
    assert [(entry.time.strftime("%H:%M") if entry.time else None, entry.body.split("\n\n")[0])
            for entry in timeline.entries] == [
        (None, "Heat 1 62.93 sec."),
        ("18:05", "Warm-up laps are over and the first heat is about to start."),
        (None, "Heat 2 64.37 sec."),
        ("19:14", BODY_C),
        (None, "Heat 3 65.06 sec."),
        ("19:30", BODY_A),
    ]


def test_cards_numbered_alike_are_no_series() -> None:
    # the same number three times (a box each post repeats) splits nothing
    timeline = liveblog.parse(_cards((2, 2, 2)), date="2020-09-28", tz="UTC")
    assert [entry.time is not None for entry in timeline.entries] == [True, True, True]


def test_a_score_line_over_share_buttons_is_no_card() -> None:
    # each post closes with the score, its share buttons below it, then the next stamp
    posts = "".join(f"16:{minute:02d}\nWicket falls\n{BODY_A}\n\nIND {score}/1 (25)\nfacebook\ntwitter\nShare Link\n"
                    for minute, score in ((30, 185), (20, 170), (10, 151)))
    timeline = liveblog.parse(posts, date="2023-11-02", tz="UTC")
    assert [entry.time is not None for entry in timeline.entries] == [True, True, True]


def test_a_short_title_above_the_pages_byline_and_age_is_the_title() -> None:
    case = CASES["byline-and-age-under-the-title-above-age-and-date-stamps"]
    timeline = liveblog.parse(case.text, **case.options)  # type: ignore[arg-type]
    assert (timeline.title, timeline.summary) == ("Marathon day live", (BODY_C,))
    # lynx puts a blank line between the byline and the age
    lynx = case.text.replace("Maria Garcia\n3 hours ago", "Maria Garcia\n\n3 hours ago")
    assert liveblog.parse(lynx, **case.options).authors == ("Maria Garcia",)  # type: ignore[arg-type]
    # a section's name over the header's date, the page's first line, is no author
    text = f"PGE Ekstraliga\n28 September 2020, 18:00\n\n{POSTS}"
    assert liveblog.parse(text, date="2026-01-06", tz="UTC").authors == ()
    # a role line has a name's capitals: above the page's dateline it is still no author
    text = "Troops to be sent\n\nMillie Cooke\nPolitical Correspondent\nTuesday 19 August 2025 09:19 EDT\n"
    assert liveblog.parse(text + f"\n{BODY_A}\n").authors == ("Millie Cooke",)


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
    # the view and comment counters a WordPress news theme prints below its title, then the story
    pytest.param("Home News Prime minister confirms the plan for the...\n\nPrime minister confirms the plan for the "
                 f"talks\n\n412\n3\n\n{BODY_C}\n\n", "Prime minister confirms the plan for the talks",
                 id="counters-below-the-title"),
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
    # a caption that ends in its credit, on one line, is no credit alone (the whole line is not
    # the credit): its last sentence is, the text before it the caption
    pytest.param(f"{BODY_A}\nLa pointe du Raz, le 2 novembre 2026. FRED TANNEAU / AFP\n\n{BODY_C}",
                 f"{BODY_A}\n\n{BODY_C}", [("La pointe du Raz, le 2 novembre 2026.", "FRED TANNEAU / AFP")],
                 id="caption-and-credit-on-one-line"),
    # a short caption, then a source line right below it ("Zdroj: ČTK/Jana Nová"): its credit
    pytest.param(f"{BODY_A}\n\nMinistr na místě požáru\nZdroj: ČTK/Jana Nová\n\n{BODY_C}",
                 f"{BODY_A}\n\n{BODY_C}", [("Ministr na místě požáru", "ČTK/Jana Nová")],
                 id="caption-then-source-line"),
    # a story's source line below a paragraph stays text
    pytest.param(f"{BODY_A}\nQuelle: dpa, Reuters\n\n{BODY_C}", f"{BODY_A}\n\nQuelle: dpa, Reuters\n\n{BODY_C}",
                 [], id="source-line-below-a-paragraph"),
    # a screen reader's caption label alone (the BBC's): the alt text right above it, the caption below
    pytest.param(f"Boats in the flooded square\nImage caption,\n\nBoats moored in the square on Sunday\n\n{BODY_C}",
                 BODY_C, [("Boats moored in the square on Sunday", None)], id="caption-label-alt-text-above"),
    pytest.param(f"{BODY_A}\n\nMedia caption,\nThe mayor spoke to reporters\n\n{BODY_C}",
                 f"{BODY_A}\n\n{BODY_C}", [("The mayor spoke to reporters", None)], id="caption-label-no-alt-text"),
])
def test_a_credit_alone_on_its_line_credits_the_caption_above(
        post: str, body: str, media: list[tuple[str | None, str]]) -> None:
    text = f"14:10\nTalks to resume on Thursday\n\n{post}\n\n13:05\nStarmer confirms plan\n\n{BODY_B}\n"
    entry = liveblog.parse(text, date="2025-06-03", tz="UTC").entries[-1]
    assert entry.body == body
    assert [(item.caption, item.credit) for item in entry.media] == media


@pytest.mark.parametrize(("head", "title"), [
    # the page's zone stated in brackets after its title: the zone, and the title without it
    ("Storm live: trains cancelled across the north (all times BST)", "Storm live: trains cancelled across the north"),
    ("Storm live: trains cancelled - updates (All times stated are UK)", "Storm live: trains cancelled - updates"),
    # a label or a line leading into the posts is no title, whatever follows it in brackets
    ("Key events (all times BST)", None),
    ("Here is the latest (London time)", None),
])
def test_a_title_with_the_zone_in_brackets_after_it(head: str, title: str | None) -> None:
    text = f"{head}\n\n14:32\nTrains cancelled\n\n{BODY_A}\n\n13:05\nWinds pick up\n\n{BODY_B}\n"
    timeline = liveblog.parse(text, date="2026-06-03")
    assert (timeline.title, timeline.timezone) == (title, "Europe/London")


def test_a_label_over_a_posts_headline_gives_its_kind_and_is_no_text() -> None:
    timeline = liveblog.parse(CASES["en-labelled-posts-closed-by-signed-stamps"].text, tz="Australia/Sydney")
    assert [entry.kind for entry in timeline.entries] == ["post", "post", "key-event"]  # ("Result" is no kind)
    assert timeline.summary == ()
    assert not any("•" in entry.body for entry in timeline.entries)


@pytest.mark.parametrize(("margin", "headline", "body"), [
    # no label over the first post, whose headline is indented with its text as every post is,
    # under the page's title: that post's headline, with all its paragraphs (most posts open with one)
    ("    ", "Early figures point to a close finish", f"{BODY_A}\n\n{BODY_B}"),
    # the same line at the head's margin may be the page's standfirst: the post keeps its last paragraph
    ("", None, BODY_B),
])
def test_the_first_closed_post_takes_its_headline_indented_with_it(margin: str, headline: str | None,
                                                                    body: str) -> None:
    text = f"""Election live: counting goes on - News

Election live: counting goes on

{margin}Early figures point to a close finish

    {BODY_A}

    {BODY_B}
    by Daniel Whitford 3/14/2026 9:41:27 PM

    Seat retained

    {BODY_C}

    by Laura Kingsley 3/14/2026 9:37:52 PM
"""
    entry = liveblog.parse(text, tz="Australia/Sydney").entries[-1]
    assert (entry.headline, entry.body) == (headline, body)


@pytest.mark.parametrize("head", [
    # a menu's last item is a label word: the page's title and standfirst are no post's
    "Home\nNews\nOpinion\n\nElection live: counting goes on\n\n",
    # a label with no headline of its own below it, over the page's title printed again
    "Election live: counting goes on - News\n\nElection live: counting goes on\n\nAnalysis\n\n"
    "Election live: counting goes on\n\n",
])
def test_a_label_in_the_pages_head_does_not_start_the_first_closed_post(head: str) -> None:
    text = head + f"""{BODY_A}

{BODY_B}
    by Daniel Whitford 3/14/2026 9:41:27 PM

Seat retained

{BODY_C}

    by Laura Kingsley 3/14/2026 9:37:52 PM
"""
    entry = liveblog.parse(text, tz="Australia/Sydney").entries[-1]
    assert (entry.headline, entry.body, entry.kind) == (None, BODY_B, "post")


def test_a_glued_badge_gives_the_kind_and_a_name_glued_to_a_capital_is_left_alone() -> None:
    timeline = liveblog.parse(CASES["breaking-badge-glued-to-the-headline"].text, date="2020-05-12", tz="UTC")
    assert [entry.kind for entry in timeline.entries] == ["post", "breaking"]
    text = f"Posted at 15:05\nNewYork's marathon is back\n{BODY_A}\nPosted at 14:57\nTrains\n{BODY_B}\n"
    assert liveblog.parse(text, date="2020-05-12", tz="UTC").entries[1].headline == "NewYork's marathon is back"


@pytest.mark.parametrize(("label", "badge"), [
    ("Live Reporting", "Breaking"),
    ("लाइव रिपोर्टिंग", "ब्रेकिंग न्यूज़"),  # BBC Hindi: its label, its badge glued with no capital to tell it by
    ("Canlı anlatım", "Breaking"),
    ("تغطية مباشرة", "Breaking"),
])
def test_numbered_posts_under_a_live_label_in_any_language_with_a_glued_badge(label: str, badge: str) -> None:
    text = (f"{label}\n\n  1. Goodnight\n\n    {BODY_A}\n\n  2. {badge}Roads closed across the north\n\n"
            f"    {BODY_B}\n\n  3. Good morning\n\n    {BODY_C}\n")
    timeline = liveblog.parse(text, tz="UTC")
    assert [(entry.headline, entry.kind) for entry in timeline.entries] == [
        ("Good morning", "post"), ("Roads closed across the north", "breaking"), ("Goodnight", "post")]


@pytest.mark.parametrize(("label", "margin", "posts"), [
    # Observador's live pages as copied: "Histórico de atualizações", posts as bullets over indented text
    ("Histórico de atualizações", "    ", ["Good morning", "Roads closed across the north", "Goodnight"]),
    ("Atualizações em direto", "    ", ["Good morning", "Roads closed across the north", "Goodnight"]),
    # an article's bulleted list, its paragraphs at the margin: no posts
    ("Live", "", []),
])
def test_bulleted_posts_under_a_live_label(label: str, margin: str, posts: list[str]) -> None:
    text = (f"{label}\n  • Goodnight\n\n{margin}{BODY_A}\n\n  • Roads closed across the north\n\n"
            f"{margin}{BODY_B}\n\n{margin}• A list inside the post\n\n  • Good morning\n\n{margin}{BODY_C}\n")
    timeline = liveblog.parse(text, tz="UTC")
    if posts:
        assert [entry.headline for entry in timeline.entries] == posts
        assert all(entry.time is None for entry in timeline.entries)
    else:
        assert len(timeline.entries) == 1 and timeline.entries[0].time is None


@pytest.mark.parametrize(("marks", "headlines", "lead"), [
    # Deutschlandfunk's newsblog as copied: "+++ lead sentence." opens each post, no times
    (("+++ ", ""), [None, None, None], True),
    # the headline between marks ("+++Headline +++", news.de's ticker)
    (("+++", " +++"), ["Roads closed up north", "Trains halted at noon", "Talks resume on Friday"], False),
    # marks around a banner of two words head no post: one article
    (("+++ ", " +++"), [], False),
])
def test_posts_opened_by_a_tickers_marks_with_no_times(marks: tuple[str, str], headlines: list[str | None],
                                                       lead: bool) -> None:
    names = ["Roads closed up north", "Trains halted at noon", "Talks resume on Friday"]
    if not headlines and not lead:
        names = ["Eil meldung"] * 3
    posts = [f"{marks[0]}{name}{'.' if lead else ''}{marks[1]}\n\n{body}\n" for name, body in
             zip(names, (BODY_A, BODY_B, BODY_C), strict=True)]
    text = f"Newsblog\n\nSamstag, 25. November\n\n{posts[0]}\nFreitag, 24. November\n\n" + "\n".join(posts[1:])
    timeline = liveblog.parse(text, tz="UTC")
    if not headlines:
        assert len(timeline.entries) == 1 and timeline.entries[0].time is None
        return
    entries = sorted(timeline.entries, key=lambda entry: entry.line or 0)
    assert [entry.headline for entry in entries] == headlines
    assert all(entry.time is None for entry in entries)
    assert [entry.body.split("\n\n")[-1] for entry in entries] == [BODY_A, BODY_B, BODY_C]  # no day heading
    if lead:
        assert entries[0].body.startswith("Roads closed up north.")


def test_key_points_lose_the_numbers_a_copy_keeps_from_an_ordered_list() -> None:
    text = (f"Coronavirus live\n\nSummary\n\n 1. Minister resigns over expenses claims\n 2. Talks to resume on "
            f"Thursday\n\n 1. Posted at 15:0515:05\n    Trains\n    {BODY_A}\n 2. Posted at 14:5714:57\n    Queues\n"
            f"    {BODY_B}\n")
    timeline = liveblog.parse(text, date="2020-05-12", tz="UTC")
    assert timeline.key_points == ("Minister resigns over expenses claims", "Talks to resume on Thursday")
    assert [entry.headline for entry in timeline.entries] == ["Queues", "Trains"]


def test_key_points_parted_by_blank_lines_are_all_key_points() -> None:
    text = (f"Summary\n\n  • Minister resigns over expenses claims\n\n  • Talks to resume on Thursday\n\n"
            f"Storm latest\n\n15:05\nTrains\n\n{BODY_A}\n\n14:57\nQueues\n\n{BODY_B}\n\n14:20\nRoads\n\n{BODY_C}\n")
    timeline = liveblog.parse(text, date="2020-05-12", tz="UTC")
    assert timeline.key_points == ("Minister resigns over expenses claims", "Talks to resume on Thursday")
    assert [entry.headline for entry in timeline.entries] == ["Roads", "Queues", "Trains"]


@pytest.mark.parametrize("mark", [" ", " - "])
def test_match_minutes_with_their_text_on_the_line_are_entries(mark: str) -> None:
    text = "".join(f"{minute}'{mark}{line}\n\n" for minute, line in (
        (90, "Full time here, the home side win it."), (85, "A late chance goes begging for the visitors."),
        ("45+2", "Half time: still goalless after a scrappy first half.")))
    timeline = liveblog.parse(f"Match report\n\n{text}")
    assert [(entry.time_text, entry.body) for entry in timeline.entries] == [
        ("45+2'", "Half time: still goalless after a scrappy first half."),
        ("85'", "A late chance goes begging for the visitors."), ("90'", "Full time here, the home side win it.")]


NOTE = "That is all from us tonight, thanks for following the match with us and good night."


@pytest.mark.parametrize(("minutes", "note_kept"), [((90, 85, 60), True), ((60, 85, 90), False)],
                         ids=["newest-first: the closing note", "oldest-first: no note"])
def test_an_item_above_the_newest_listed_minute_is_the_closing_note(minutes: tuple[int, ...], note_kept: bool) -> None:
    items = "".join(f"  \u2022 {minute}'\n    {BODY_A}\n" for minute in minutes)
    timeline = liveblog.parse(f"Live Commentary\n\n  \u2022 {NOTE}\n{items}")
    assert [entry.time_text for entry in timeline.entries] == ["60'", "85'", "90'", *([None] if note_kept else [])]
    assert (timeline.entries[-1].body == NOTE) is note_kept


@pytest.mark.parametrize("last", ["", "Closing note"], ids=["ending-on-a-label", "ending-on-a-line-no-sentence"])
def test_teaser_cards_ending_with_a_section_and_time_are_no_posts(last: str) -> None:
    # each card: headline, lead, "Section 15:30"; the first card's lead stands above the first label
    cards = "".join(f"Another headline number {n}\n\n{BODY_A}\n\nSection 1{n}:30\n\n" for n in (5, 6, 7))
    timeline = liveblog.parse(f"Story title here\n\n{BODY_B}\n\n{BODY_C}\n\n{cards}{last}\n")
    assert len(timeline.entries) == 1 and timeline.entries[0].time is None


def test_match_minutes_before_the_newest_first_clocks_are_no_posts() -> None:
    # minutes below the clocks of a newest-first page would be older than its clocks: no run of the game
    minutes = "".join(f"{minute}. minuta\n\n{BODY_C}\n\n" for minute in (5, 3, 1))
    timeline = liveblog.parse(f"Match day live\n\n17:58\n\n{BODY_A}\n\n17:40\n\n{BODY_B}\n\n{minutes}",
                              date="2026-06-18", tz="Europe/London")
    assert all(entry.time is not None for entry in timeline.entries)


def test_match_clocks_of_minutes_and_seconds_are_match_minutes_where_one_is_no_time_of_day() -> None:
    lines = ((92, "Barcelona keep the ball as the visitors chase it."), (87, "A break down the left comes to nothing."),
             (23, "An early booking for a late tackle."), (12, "The first substitution of the night."))
    text = "".join(f"{minute}:00 – {line}\n\n" for minute, line in lines)
    timeline = liveblog.parse(f"Match report\n\n{text}", date="2011-03-08")
    assert [(entry.time, entry.time_text, entry.body) for entry in timeline.entries] == \
        [(None, f"{minute}:00", line) for minute, line in reversed(lines)]
    # no minute a clock cannot be: times of day
    text = "".join(f"{hour}:00 – {line}\n\n" for hour, (_, line) in zip((22, 21, 20, 19), lines, strict=True))
    entries = liveblog.parse(text, date="2011-03-08").entries
    assert [entry.time.hour for entry in entries if entry.time] == [19, 20, 21, 22]


_BARE_MINUTES = (
    (90, "Fazit:"), (90, "Spielende"), (90, "Gelbe Karte für Jonas Brandt (Nordstadt)"),
    (90, "Fast der Ausgleich! Nach einer Ecke köpft Weber knapp über die Latte des Tores."),
    (88, "Einwechslung bei Nordstadt: Tim Kraus"),
    (85, "Die Gäste ziehen sich jetzt weit zurück und verteidigen den knappen Vorsprung."),
)


def _bare_minutes(minutes: tuple[tuple[int | str, str], ...]) -> str:
    return "Bundesliga, 14. Spieltag\n\n" + "".join(f"{minute} {text}\n\n" for minute, text in minutes)


def test_bare_match_minutes_in_order_with_one_printed_twice_are_a_commentary() -> None:
    # "90 Gelbe Karte für ..." as a German broadcaster's ticker prints its minutes, newest first;
    # the closing paragraph below "90 Fazit:" is that entry's (the page was one article)
    text = _bare_minutes(_BARE_MINUTES).replace("90 Fazit:\n\n", f"90 Fazit:\n\n{BODY_A}\n\n")
    timeline = liveblog.parse(text)
    assert [(entry.time, entry.time_text, entry.body) for entry in timeline.entries] == [
        (None, str(minute), f"{line}\n\n{BODY_A}" if line == "Fazit:" else line)
        for minute, line in reversed(_BARE_MINUTES)]


@pytest.mark.parametrize("minutes", [
    pytest.param(tuple((minute, text) for minute, (_, text) in zip((1, 2, 3, 4, 5, 6), _BARE_MINUTES, strict=True)),
                 id="numbered-sections-no-repeat"),
    pytest.param(((2, "Eier"), (2, "EL Butter"), (3, "Äpfel"), (4, "Scheiben Brot"), (5, "EL Zucker"), (5, "Nüsse")),
                 id="quantities-no-sentence"),
    pytest.param((*_BARE_MINUTES[:3], (95, "Noch eine Chance für die Gastgeber in der Nachspielzeit."),
                  *_BARE_MINUTES[3:]), id="out-of-order"),
    pytest.param(_BARE_MINUTES[:4], id="too-few"),
])
def test_numbers_opening_lines_that_are_no_run_of_minutes_are_text(minutes: tuple[tuple[int, str], ...]) -> None:
    timeline = liveblog.parse(_bare_minutes(minutes))
    assert [notice.code for notice in timeline.warnings if notice.code == "not-a-live-blog"] == ["not-a-live-blog"]


def test_bare_numbers_on_a_page_of_clocks_are_its_posts_text() -> None:
    text = _bare_minutes(_BARE_MINUTES).replace("Bundesliga, 14. Spieltag\n\n", f"14:10\n{BODY_A}\n\n", 1) \
        + f"14:05\n{BODY_B}\n"
    timeline = liveblog.parse(text, date="2026-03-12", tz="Europe/Berlin")
    assert [entry.time_text for entry in timeline.entries] == ["14:05", "14:10"]


_PM_POSTS = f"12:55 PM\nCourt recesses for lunch\n\n{BODY_A}\n\n12:27 PM\nJury hears testimony again\n\n{BODY_B}\n"


@pytest.mark.parametrize(("byline", "authors", "day"), [
    # a byline with the page's date after "on", or a date with a byline after a bullet, as
    # WordPress themes print them (the date was not read: the posts had no date)
    pytest.param("Written by Jane Doe on May 30, 2024", ("Jane Doe",), 30, id="written-by-name-on-date"),
    pytest.param("By Jane Doe on May 29, 2024", ("Jane Doe",), 29, id="by-name-on-date"),
    pytest.param("Written by on May 30, 2024", (), 30, id="no-name-in-the-copy"),
    pytest.param("September 9, 2024 • By Jane Doe", ("Jane Doe",), 9, id="date-bullet-by-name"),
    pytest.param("September 9, 2024 • By", (), 9, id="date-bullet-by-no-name"),
    # the date after a bar, as blog themes print a post's byline
    pytest.param("by Jane Doe | May 28, 2024", ("Jane Doe",), 28, id="by-name-bar-date"),
    # the date after "on", then the byline, as WordPress themes' entry meta prints them
    pytest.param("Posted on May 27, 2024 by Jane Doe", ("Jane Doe",), 27, id="posted-on-date-by-name"),
])
def test_a_byline_beside_the_pages_date_dates_the_posts(byline: str, authors: tuple[str, ...], day: int) -> None:
    text = f"Trial live updates: jury deliberates\n\n{byline}\n\n{BODY_C}\n\n{_PM_POSTS}"
    timeline = liveblog.parse(text, tz="America/New_York")
    assert timeline.authors == authors
    assert [entry.time.day if entry.time else None for entry in timeline.entries] == [day, day]


@pytest.mark.parametrize(("head", "title"), [
    # a site's name over its menu, then a daily live page's title ending with its date
    pytest.param("Example Times\nWorld & Region\nOpinion\nBlogs\n", "Live updates May 27, 2024", id="below-a-menu"),
    pytest.param("", "Live updates May 27, 2024", id="alone"),
    # the site's name run into the menu's first item reads as a headline: taken for the title first
    pytest.param("Example Times World & Region\nJewish Times\nBlogs\nLive\nSubscribe\nLive updates\n",
                 "Live updates May 27, 2024", id="below-a-menu-run-into-the-sites-name"),
])
def test_a_live_pages_title_ending_with_its_date_dates_the_posts(head: str, title: str) -> None:
    text = f"{head}Live updates May 27, 2024\nFollow the day's events.\n{_PM_POSTS}"
    timeline = liveblog.parse(text, tz="America/New_York", explain=True)
    assert timeline.title == title
    assert [entry.time.day if entry.time else None for entry in timeline.entries] == [27, 27]
    # one line explained as the title, the title's own (the site's name over the menu had kept
    # its role as the title it was first taken for: found by the fuzz test)
    assert [item.text for item in timeline.explanations if item.role == "title"] == [title]


def test_a_sites_name_above_a_live_pages_dated_title_is_not_explained_as_the_title() -> None:
    # the site's name is taken for the title, until the dated title below it takes its place; the
    # name's line had kept the title's role in --explain (found by the fuzz test)
    text = f"Lakes & the Valley\nLive updates May 27, 2024\n8:03 pm\n{BODY_A}\n6:30 pm\n{BODY_B}\n"
    timeline = liveblog.parse(text, tz="America/New_York", explain=True)
    assert timeline.title == "Live updates May 27, 2024"
    assert [(item.text, item.role) for item in timeline.explanations[:2]] == [
        ("Lakes & the Valley", "furniture"), ("Live updates May 27, 2024", "title")]


def test_a_title_ending_with_a_date_dates_no_page_unless_it_names_a_live_page() -> None:
    text = f"Storm damage report May 27, 2024\n\n{_PM_POSTS}"
    timeline = liveblog.parse(text, tz="America/New_York")
    assert [entry.time for entry in timeline.entries] == [None, None]


def test_the_headline_over_the_byline_and_date_is_the_title_below_a_sites_header() -> None:
    # a site's header lines above it ("New app out now!" reads as a headline too)
    text = "Example Sports\nExample Betting\nNew app out now!\n\nCup Final: Live blog\n\n" \
        f"by Jane Doe | May 28, 2024\n\n{BODY_C}\n\n{_PM_POSTS}"
    timeline = liveblog.parse(text, tz="America/New_York")
    assert (timeline.title, timeline.authors, timeline.summary) == ("Cup Final: Live blog", ("Jane Doe",), (BODY_C,))


@pytest.mark.parametrize(("head", "title"), [
    # a blog's date over its post's title, a short one (as Blogger's templates print them)
    pytest.param("Thursday 6 May 2010\n\nElection results night\n\n", "Election results night", id="below-date"),
    # a short title that names the live page, the page's first line
    pytest.param("Election Night Liveblog\n\nPlease refresh the page for updates.\n\n", "Election Night Liveblog",
                 id="names-the-live-page"),
    # a player's label and a tab's are no title
    pytest.param("Listen Live\n\n", None, id="listen-live"),
    pytest.param("Live Commentary\n\n", None, id="live-commentary"),
    pytest.param("Sports Desk\n\n", None, id="two-words-no-date"),
])
def test_a_short_title_below_the_pages_date_or_naming_the_live_page(head: str, title: str | None) -> None:
    timeline = liveblog.parse(head + _PM_POSTS, date="2024-05-30", tz="America/New_York")
    assert timeline.title == title


def test_an_election_blogs_four_digit_clocks_before_a_dash() -> None:
    posts = "".join(f"{clock} – {body}\n\n" for clock, body in (("0421", BODY_A), ("0417", BODY_B), ("0402", BODY_C)))
    timeline = liveblog.parse(posts, date="2017-06-09", tz="Europe/London")
    assert [(entry.time_text, entry.body) for entry in timeline.entries] == [
        ("0402", BODY_C), ("0417", BODY_B), ("0421", BODY_A)]
    # a list of years is no live page
    years = "".join(f"{year} – {body}\n\n" for year, body in (("2001", BODY_A), ("2005", BODY_B), ("2012", BODY_C)))
    assert [entry.time for entry in liveblog.parse(years, date="2017-06-09", tz="UTC").entries] == [None]


def test_four_digit_clocks_that_could_be_years_are_clocks_newest_first_with_one_printed_twice() -> None:
    # an evening's last hour ("1935" ... "1920") reads as years too: newest first, a minute printed twice
    clocks = ("1935", "1931", "1927", "1927", "1920")
    bodies = (BODY_A, BODY_B, BODY_C, BODY_A, BODY_B)
    posts = "".join(f"{clock}: {body}\n" for clock, body in zip(clocks, bodies, strict=True))
    timeline = liveblog.parse(posts, date="2019-04-14", tz="America/New_York")
    assert [entry.time_text for entry in timeline.entries] == ["1920", "1927", "1927", "1931", "1935"]
    # oldest first, or each printed once, they are a list of years: no live page
    for order in (tuple(reversed(clocks)), ("1935", "1931", "1927", "1924", "1920")):
        years = "".join(f"{clock}: {body}\n" for clock, body in zip(order, bodies, strict=True))
        assert [entry.time for entry in liveblog.parse(years, date="2019-04-14", tz="UTC").entries] == [None]


@pytest.mark.parametrize(("byline", "authors"), [
    # a broadcaster's initials after the comma: the outlet's credit, not a second author
    pytest.param("By Michael Carter, CBS Boston", ("Michael Carter",), id="station-credit"),
    pytest.param("By Jane Doe, WSB-TV", ("Jane Doe",), id="call-sign"),
    pytest.param("By Jane Doe, John Roe", ("Jane Doe", "John Roe"), id="two-names"),
])
def test_a_broadcasters_initials_after_a_bylines_comma_are_no_author(byline: str, authors: tuple[str, ...]) -> None:
    text = f"Watch Example News\n\nFinal Live Blog\n\n{byline}\n\n{_PM_POSTS}"
    assert liveblog.parse(text, date="2024-05-30", tz="America/New_York").authors == authors


def test_four_digit_clocks_as_an_ordered_lists_items_take_no_headline_from_the_item_above() -> None:
    posts = "".join(f"  {n}. {clock}: \n\n    {body}\n\n    Jane Doe, reporter\n\n"
                    for n, (clock, body) in enumerate((("1833", BODY_A), ("1820", BODY_B), ("1713", BODY_C)), 1))
    timeline = liveblog.parse("As it happened\n\n" + posts, date="2013-07-07", tz="Europe/London")
    assert [(entry.time_text, entry.headline) for entry in timeline.entries] == [
        ("1713", None), ("1820", None), ("1833", None)]


@pytest.mark.parametrize(("first", "headline"), [
    # two sentences of a paragraph's length ending with "!" over more text: the post's first paragraph
    pytest.param("The chief executive is ending with a joke about the assistant. And that's a wrap!", None,
                 id="sentences-then-text"),
    pytest.param("The keynote ran long again this year. Will the demo still work?", None, id="ending-with-a-question"),
    pytest.param("Polls close. Counting begins!", "Polls close. Counting begins!", id="short-headline"),
    pytest.param("What a finish to the keynote!", "What a finish to the keynote!", id="one-sentence"),
])
def test_sentences_over_more_text_are_no_headline(first: str, headline: str | None) -> None:
    text = f"Jane Doe 11:30:24 am\n\n{first}\n\n{BODY_A}\n\nJane Doe 11:28:47 am\n\n{BODY_B}\n\n" \
        f"Jane Doe 11:27:43 am\n\n{BODY_C}\n"
    timeline = liveblog.parse(text, date="2014-04-02", tz="America/Los_Angeles")
    assert timeline.entries[-1].headline == headline


def test_a_share_buttons_label_run_into_a_posts_last_sentence_is_no_text() -> None:
    posts = "".join(f"{ago}m ago {clock} CEST {body} Share\n\n"
                    for ago, clock, body in ((5, "13.16", BODY_A), (11, "13.10", BODY_B), (27, "12.53", BODY_C)))
    timeline = liveblog.parse(posts, date="2024-06-04")
    assert [entry.body for entry in timeline.entries] == [BODY_C, BODY_B, BODY_A]
    # a counter alone above the first post is no day of its date
    assert liveblog.parse("1\n" + posts, date="2024-06-04").entries[-1].time_text == "5m ago 13.16 CEST"
    # a sentence that ends on the word keeps it
    text = posts.replace(f"{BODY_A} Share", "The club has sold its stake and kept one Share")
    assert liveblog.parse(text, date="2024-06-04").entries[-1].body == "The club has sold its stake and kept one Share"


def test_a_sentence_with_by_and_on_is_no_byline() -> None:
    text = f"Trial live updates: jury deliberates\n\nShe stood by them on May 30, 2024\n\n{BODY_C}\n\n{_PM_POSTS}"
    timeline = liveblog.parse(text, tz="America/New_York")
    assert [entry.time for entry in timeline.entries] == [None, None]


@pytest.mark.parametrize("slot", ["5:00 am 9:00 am", "3:00 pm 7:00 pm"])
def test_a_programme_slot_printed_twice_is_no_title_and_no_post(slot: str) -> None:
    # a radio station's player above the story prints its show's slot twice; the headline printed
    # twice is the title though a picture's credit follows it (the slot was the title, or a post
    # whose text was "7:00 pm" when the posts print the same kind of clock)
    head = (f"Current show\n\nThe Morning Show\n\n{slot}\n\nCurrent show\n\nThe Morning Show\n\n"
            f"{slot}\n\nTrial live updates: jury deliberates\n\nTrial live updates: jury deliberates\n"
            f"Photo Agency/Getty Images\n\n{BODY_C}\n\n")
    timeline = liveblog.parse(head + _PM_POSTS, date="2024-05-30", tz="America/New_York")
    assert timeline.title == "Trial live updates: jury deliberates"
    assert timeline.summary == (BODY_C,)
    assert [entry.headline for entry in timeline.entries] == ["Jury hears testimony again", "Court recesses for lunch"]


@pytest.mark.parametrize(("head", "title"), [
    # the site's name printed again and again (a logo's texts), then its slogan opening with the
    # name: no title (it was); the headline below it is
    pytest.param("Newsline\nNewsline\nNewsline\n\nNewsline the leading site - updates around the clock\n\n",
                 "Storm closes the coast road for a day", id="slogan-after-logo-texts"),
    # a live label printed twice is no site's name: the headline that opens with it is the title
    pytest.param("Live\nLive\n\n", "Live updates: storm closes the coast road", id="live-label-twice"),
])
def test_a_slogan_opening_with_the_sites_name_is_no_title(head: str, title: str) -> None:
    text = (f"{head}{title}\n\nBy Jane Reporter\n\nUpdated: 26.10.2023 23:55\n\n{BODY_C}\n\n"
            f"23:32\n{BODY_A}\n\n23:10\n{BODY_B}\n")
    timeline = liveblog.parse(text, tz="Asia/Jerusalem")
    assert timeline.title == title
    assert len(timeline.entries) == 2


def test_a_menu_printed_twice_is_no_title() -> None:
    # a menu printed in the header and again in the footer-like block above the story: only a
    # headline printed a second time over a picture's credit is the title whatever follows it
    head = ("TV Tickets Fashion Jobs\n\nDownload your apps\n\nTV Tickets Fashion Jobs\nFormula 1\n\n"
            f"Grand Prix live commentary and updates\n\n{BODY_C}\n\n")
    timeline = liveblog.parse(head + _PM_POSTS, date="2024-05-30", tz="America/New_York")
    assert timeline.title == "Grand Prix live commentary and updates"


def test_a_page_with_one_stamp_is_an_article() -> None:
    timeline = liveblog.parse(f"A headline for the story here\n\n{BODY_A}\n\n12:00 is when it starts.\n\n{BODY_B}\n")
    assert len(timeline.entries) == 1
    assert {notice.code for notice in timeline.warnings} >= {"not-a-live-blog"}


def test_a_sidebar_of_long_teaser_headlines_in_an_article_is_not_a_live_blog() -> None:
    # long one-line teasers with their clocks, no full stops, below an article: a list (a ticker's
    # one-liners of that shape print an hour word before each clock: "Ώρα 13:32 - ...")
    teasers = "\n".join(f"{hour}:{minute} The government approves the energy decree and delays the pension reform "
                        f"until next January {n}" for n, (hour, minute) in enumerate(
                            [("12", "27"), ("12", "10"), ("11", "58"), ("11", "40")]))
    text = f"Mayor presents the plan for the old town\n\n{BODY_A}\n\n{BODY_B}\n\n{BODY_C}\n\nLatest news\n{teasers}\n"
    timeline = liveblog.parse(text, date="2025-04-27", tz="Europe/London")
    assert len(timeline.entries) == 1


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
    pytest.param("•", True, id="empty-list-item"),  # w3m prints an <li> with no text as its bullet alone
    pytest.param("●", True, id="w3m-small-picture"),  # w3m's mark for a small picture (an avatar, an icon)
    pytest.param("● Dana Whitfield", False, id="name-after-a-circle"),
    pytest.param("|", True, id="bar-alone"),
    pytest.param("Got a TV Licence?", True, id="licence-banner-question"),
    pytest.param("I don’t have a TV Licence.", True, id="licence-banner-answer"),
    pytest.param("You need one to watch live TV on any channel or device, and our programmes online. It’s the law.",
                 True, id="licence-banner-text"),
    pytest.param("Find out more", True, id="find-out-more-button"),
    pytest.param("Do you have a TV licence for the flat you rent, officials asked the students", False,
                 id="licence-question-in-a-sentence"),
    pytest.param("abab", True, id="shortest-doubled"),
    pytest.param("aa", False, id="too-short-to-be-doubled"),
    pytest.param("The minister spoke to reporters", False, id="sentence"),
    pytest.param("Share this post " * 10, False, id="long-line-not-an-appeal"),
    pytest.param("Guardar", True, id="save-button-spanish"),
    pytest.param("Link kopieren", True, id="copy-link-german"),
    pytest.param("Udostępnij", True, id="share-button-polish"),
    pytest.param("Jaa artikkeli:", True, id="share-label-finnish"),
    pytest.param("Jaa artikkeli Facebookissa1280", True, id="share-button-finnish-with-its-count"),
    pytest.param("Jaa artikkeli Twitterissä", True, id="share-button-finnish"),
    pytest.param("Share on Facebook", True, id="share-button-naming-its-network"),
    pytest.param("Post to X", True, id="share-button-posting-to-x"),
    pytest.param("Share on Xavier Street, police said", False, id="a-sentence-is-no-share-button"),
    pytest.param("Jaa artikkeli ystävillesi, jos se kiinnosti sinua", False, id="finnish-sentence-asking-to-share"),
    pytest.param("Guardar silencio fue su respuesta", False, id="spanish-sentence-starting-with-save"),
    pytest.param("기사원문", True, id="original-article-link-korean"),
    pytest.param("기사원문을 확인하세요", False, id="korean-sentence-about-the-original-article"),
    pytest.param("THIS IS A LIVE BLOG. SCROLL DOWN FOR THE LATEST UPDATES.", True, id="scroll-down-notice"),
    pytest.param("Scroll down for the latest updates", True, id="scroll-down-notice-alone"),
    pytest.param("Scroll down for the latest updates on the strike", False, id="sentence-about-scrolling"),
    pytest.param("Pour ne rien rater de l'actualité politique : notre direct", True, id="french-pointer-to-a-live"),
    pytest.param("[gif]", True, id="picture-placeholder-of-a-text-browser"),
    pytest.param("[ihplrne_india-afp_625x300_02_November_23]", True, id="picture-file-name-placeholder"),
    pytest.param("  •  [ ]", True, id="form-field-placeholder"),
    pytest.param("[14:32]", False, id="bracketed-clock-is-a-stamp"),
    pytest.param("[gif] Informationsskylt", False, id="placeholder-before-text"),
    pytest.param("Turn on notifications to receive alerts as stories develop in real-time.", True,
                 id="notification-prompt"),
    pytest.param("(BUTTON) REGISTRARME (BUTTON) INICIAR SESIÓN", True, id="lynx-buttons"),
    pytest.param("Share this post (BUTTON)", True, id="lynx-button-after-its-label"),
    pytest.param("IFRAME: //www.youtube.com/embed/K7yr8Sg44cA", True, id="lynx-frame"),
    pytest.param("IFRAME:", True, id="lynx-frame-its-address-below"),
    pytest.param("IFRAME: https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebo ok.com%2FPage%2F&"
                 "tabs&width=380&height=214&small_header=false&adap t_container_width=true", True,
                 id="lynx-frame-its-address-joined-again"),
    pytest.param("Iframes are how pages embed videos", False, id="sentence-about-frames"),
    pytest.param("The button (a red one) was pressed twice by the minister", False, id="sentence-with-brackets"),
    pytest.param("Lire aussi : Pourquoi les tempêtes d'automne sont-elles si violentes ?", True,
                 id="read-also-link-french"),
    pytest.param("Lesen Sie auch: Was der Sturm für Bahnreisende bedeutet", True, id="read-also-link-german"),
    pytest.param("Read more: What the storm means for rail travellers", True, id="read-more-link"),
    pytest.param("Read more about the storm in our explainer below", False, id="read-more-in-a-sentence"),
    pytest.param("Lire aussi les témoignages recueillis par nos journalistes", False, id="lire-aussi-in-a-sentence"),
    pytest.param("Weitere Einträge laden", True, id="load-more-german"),
    pytest.param("Síguenos en Google News", True, id="follow-us-on-google-news-spanish"),
    pytest.param("Click to share on Facebook (Opens in new window)", True, id="jetpack-share-button"),
    pytest.param("Click to print (Opens in new window)", True, id="jetpack-print-button"),
    pytest.param("Share this:", True, id="jetpack-share-heading"),
    pytest.param("Nächster ❯", True, id="next-story-link-german"),
    pytest.param("Next article »", True, id="next-article-link"),
    pytest.param("‹ Previous", True, id="previous-story-link"),
    pytest.param("Next week the council votes again", False, id="next-in-a-sentence"),
    pytest.param("Click to see the full list of cases, updated daily", False, id="click-to-in-a-sentence"),
    # a share button's hidden text at the end of each post (Al Jazeera's live pages), not a post's own appeal
    pytest.param("Click here to share on social media", True, id="click-here-to-share-on-social-media"),
    pytest.param("Share on social media", True, id="share-on-social-media"),
    pytest.param("Click here to share your story with our reporters", False, id="click-here-to-share-an-appeal"),
    pytest.param("Live-Ticker", True, id="ticker-heading-german"),
    pytest.param("[91385bf1-b20c-450a-aeda-9e0919b5ab8e]", True, id="w3m-picture-without-alt-text"),
    pytest.param("[1] See the note below", False, id="bracketed-number-before-text"),
    pytest.param("Charger plus", True, id="load-more-french"),
    pytest.param("This page will automatically update every 90 secondsOn Off", True, id="auto-refresh-switch"),
    pytest.param("Page auto-refreshes every 2 minutes", True, id="auto-refresh-notice"),
    pytest.param("The page will update every week with the new figures from the agency", False,
                 id="sentence-about-updates"),
    pytest.param("-", True, id="dash-rule-between-posts"),
    pytest.param("———", True, id="dash-rule-of-em-dashes"),
    pytest.param("* * *", True, id="star-rule"),
    pytest.param("- 2", False, id="dash-before-a-number"),
    pytest.param("-- Jane", False, id="dashes-before-a-name"),
    pytest.param("Mainos (artikkeli jatkuu alla)", True, id="advertisement-label-finnish"),
    pytest.param("La suite après la publicité", True, id="advertisement-note-french"),
    # an ad's numbered label and the note below it, in a story's text (Postmedia, Global News)
    pytest.param("Advertisement 3", True, id="advertisement-label-numbered"),
    pytest.param("Story continues below", True, id="story-continues-below"),
    pytest.param("Story continues below advertisement", True, id="story-continues-below-advertisement"),
    pytest.param("Advertisement 2024 in review", False, id="advertisement-year-in-a-title"),
    pytest.param("Article content", True, id="article-content-ad-label"),
    pytest.param("Was this article helpful?", True, id="feedback-box-question"),
    pytest.param("Give feedback", True, id="feedback-button"),
    pytest.param("Tipsa oss", True, id="tip-us-off-button-swedish"),
    pytest.param("Was this article helpful to the council, the mayor asked", False, id="helpful-in-a-sentence"),
    pytest.param("Article content moderation rules were tightened", False, id="article-content-in-a-sentence"),
    pytest.param("Reklama", True, id="advertisement-label-polish"),
    pytest.param("Reklama w telewizji kosztuje coraz więcej", False, id="polish-sentence-about-advertising"),
    pytest.param("Pogledaj galeriju", True, id="gallery-button-serbian"),
    pytest.param("BLOG UŽIVO", True, id="live-label-serbian"),
    pytest.param("NAŽIVO", True, id="live-label-slovak"),
    pytest.param("Nuoroda nukopijuota", True, id="link-copied-lithuanian"),
    pytest.param("Pogledaj galeriju fotografija sa derbija na stadionu", False, id="serbian-sentence-about-a-gallery"),
    pytest.param("* Twitter", True, id="share-button-in-a-lynx-list"),
    pytest.param("* Twitter is down", False, id="sentence-in-a-lynx-list"),
    # a line glued together by a text browser is furniture only as a whole line of the tables
    pytest.param("Facebook Twitter Email", False, id="share-buttons-glued"),
    pytest.param("Share the news with your friends", False, id="sentence-opening-with-a-button-word"),
    pytest.param("Live Video of the launch", False, id="buttons-then-text"),
    pytest.param("More on this later", False, id="footer-words-then-text"),
    # a rule between posts (AP's "The Latest" pages)
    pytest.param("___", True, id="underscore-rule"),
    pytest.param("* * *", True, id="asterisk-rule"),
    pytest.param("--", True, id="two-dashes-rule"),
    # a chevron alone on its line, a "more" or "next" link's icon as text browsers print it
    pytest.param(">", True, id="chevron-alone"),
    pytest.param("»", True, id="guillemet-alone"),
    pytest.param("> Read the full statement", False, id="chevron-before-text"),
    # a newsletter prompt, however long it runs
    pytest.param("Get the newsletter that Atlanta is talking about", True, id="newsletter-prompt"),
    pytest.param("Get our free morning newsletter", True, id="newsletter-prompt-our"),
    pytest.param("Get the latest news on the storm", False, id="get-the-latest-is-no-prompt"),
    # buttons and pager links a copy glued together with no space (a post's foot, a feed's pager)
    pytest.param("Copy linkShow more", True, id="glued-copy-link-and-show-more"),
    pytest.param("FirstPrev1 of 3NextLast", True, id="glued-pager-links"),
    pytest.param("Show moreShow less", True, id="glued-show-more-and-less"),
    pytest.param("First", False, id="one-pager-word-alone-is-a-word"),
    pytest.param("Firstly, the talks", False, id="pager-word-opening-a-sentence"),
    pytest.param("Next Last", False, id="pager-words-with-a-space-are-not-glued"),
    # a picture's credit alone after its word is furniture; a gallery post's headline after it is not
    pytest.param("Photo: Lena Park/Reuters", True, id="photo-credit-alone"),
    pytest.param("Photos: Villagers wade to higher ground", False, id="gallery-headline-after-photos"),
])
def test_boilerplate_lines(line: str, expected: bool) -> None:
    from liveblog.furniture import is_boilerplate

    assert is_boilerplate(line) is expected


@pytest.mark.parametrize(("line", "expected"), [
    pytest.param("Weitere Einträge laden Impressum Datenschutz", True, id="load-more-and-legal-links-glued"),
    pytest.param("Impressum Datenschutz", True, id="legal-links"),
    pytest.param("Comments 245", True, id="comments-heading-and-count"),
    pytest.param("Facebook Twitter Email", False, id="share-buttons-close-nothing"),
    pytest.param("Read more Live updates Comments", True, id="buttons-then-a-footer-heading"),
    pytest.param("Weitere Einträge laden Impressum und mehr", True, id="legal-notice-link-runs-on"),
    pytest.param("Load more about the storm", False, id="button-word-then-text"),
    pytest.param("Page 1 of 1", True, id="the-streams-pages"),
    pytest.param("Proudly powered by WordPress", True, id="wordpress-credit"),
    # Blogger's comment count and credit below a post, English and Spanish
    pytest.param("No comments:", True, id="blogger-no-comments"),
    pytest.param("Con la tecnología de Blogger.", True, id="blogger-credit-spanish"),
    pytest.param("No hay comentarios:", True, id="blogger-no-comments-spanish"),
    pytest.param("No comments were made on the bill", False, id="no-comments-in-a-sentence"),
    pytest.param("Más vistas", True, id="spanish-most-viewed-tab"),
    # the heading of a list of the site's other stories, and the news boxes' headings
    pytest.param("Other Opinion Columns", True, id="other-columns"),
    pytest.param("More World News", True, id="more-section-news"),
    pytest.param("All the news", True, id="all-the-news"),
    pytest.param("Most Popular Stories", True, id="most-popular-stories"),
    pytest.param("More news on the vote later tonight", False, id="more-news-in-a-sentence"),
    pytest.param("Other leaders sent their own columns", False, id="other-in-a-sentence"),
    pytest.param("Más sobre Conflicto mapuche", True, id="spanish-more-on-a-topic"),
    pytest.param("Enviá tu comentario", True, id="spanish-comment-prompt"),
    pytest.param("Las más leídas", True, id="spanish-most-read"),
    pytest.param("Más sobre 40 detenidos, según la policía", False, id="spanish-more-about-a-number"),
])
def test_footer_markers(line: str, expected: bool) -> None:
    from liveblog.furniture import is_footer_marker

    assert is_footer_marker(line) is expected


@pytest.mark.parametrize(("line", "expected"), [
    pytest.param("Home US World Weather", True, id="english-menu"),
    pytest.param("Startseite Politik Sport", True, id="german-menu-capitalised-nouns"),
    pytest.param("Accueil Politique Économie Monde", True, id="french-menu"),
    pytest.param("Inicio Política Deportes", True, id="spanish-menu"),
    pytest.param("Maria Sport", False, id="a-name-with-one-menu-word"),
    pytest.param("Menu Content", True, id="skip-links-menu-and-content"),
    pytest.param("Emploi Newsletters", True, id="french-menu-jobs-newsletters"),
    pytest.param("Fútbol Internacional", True, id="spanish-section-kicker"),
    pytest.param("Politik", False, id="one-word"),
])
def test_menu_lines(line: str, expected: bool) -> None:
    from liveblog.furniture import nav_line

    assert nav_line(line) is expected


def test_a_menu_above_the_title_is_no_byline() -> None:
    text = "Startseite Politik Sport\n\nLandtagswahl: der Abend im Liveblog\n\n" + POSTS
    assert liveblog.parse(text, date="2026-01-06").authors == ()


def test_a_menu_line_set_apart_by_blank_lines_is_no_byline() -> None:
    # w3m sets a site's skip links ("Menu Content") apart by blank lines above the title, as a byline stands
    text = "Menu Content\n\nLandtagswahl: der Abend im Liveblog\n\n" + POSTS
    assert liveblog.parse(text, date="2026-01-06").authors == ()


def test_glued_furniture_after_the_last_post_is_no_text_of_it() -> None:
    # w3m prints a ticker's load-more button and the page's legal links on one line
    text = f"""{POSTS}
Weitere Einträge laden Impressum Datenschutz
"""
    timeline = liveblog.parse(text, date="2026-01-06", tz="UTC")
    assert [entry.body for entry in timeline.entries] == [BODY_A, BODY_B]


@pytest.mark.parametrize(("line", "read"), [
    ("Lena Hartmann [lena]", "Lena Hartmann"),  # w3m: a picture with no alt text, its file's name
    ("   Jonas Weber [jonas.jpg]", "   Jonas Weber"),  # lynx, at its margin
    ("Storm hits the coast [video]", "Storm hits the coast [video]"),  # no name: a headline's own word
    ("Jane Doe [12]", "Jane Doe [12]"),  # a link's number, lynx's (taken out only where its list ends the dump)
    ("Jane Doe [sic] said", "Jane Doe [sic] said"),  # not at the line's end
])
def test_a_picture_name_after_a_writers_name_is_no_word_of_the_line(line: str, read: str) -> None:
    assert layout._without_picture_names([line]) == [read]


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
    ("Photo: Lena Park for The Times", (None, "Lena Park for The Times")),
    ("Photo: courtesy of the family", (None, "courtesy of the family")),
    # a gallery post's headline after the word: no credit (it was, and the headline was lost)
    ("Photos: Villagers wade to higher ground", None),
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
    # A date with no clock below the title and byline is the head's, not the story's first line.
    "date-alone-below-the-byline": (
        f"City council approves new cycle lanes\n\nBy Priya Shah\n\n12 May 2026\n\n{BODY_A}\n\n{BODY_B}\n",
        {}, None, "City council approves new cycle lanes", ["Priya Shah"], BODY_A, BODY_B),
    # A header line of the outlet, the date and the byline, apart by bars: the byline's names (and those
    # of its note in brackets) are the article's authors.
    "outlet-date-and-byline-on-one-line-apart-by-bars": (
        "Le projet de loi sur les ponts adopté à l'Assemblée\n\nLe Quotidien | 04.05.2026 à 13h36 • Mis à jour "
        f"le 05.05.2026 à 20h13 | Par Claire Martin (avec Paul Durand et Léa Petit)\n\n{BODY_A}\n\n{BODY_B}\n",
        {"tz": "Europe/Paris"}, "2026-05-04T13:36:00+02:00", "Le projet de loi sur les ponts adopté à l'Assemblée",
        ["Claire Martin", "Paul Durand", "Léa Petit"], BODY_A, BODY_B),
    "date-alone-below-the-title": (
        f"Minister resigns over expenses claims\n\nMay 12, 2026\n\n{BODY_A}\n\n{BODY_B}\n",
        {}, None, "Minister resigns over expenses claims", [], BODY_A, BODY_B),
    # Menu items that read as titles and a script notice above the dateline; the title and its
    # byline below it win; a share bar's "Comment" above the story's first paragraph is no footer.
    "menu-titles-above-dateline-title-and-byline-below-share-bar": (
        "Tech\nParent Toolkit\nNext Steps for Vets\nNBC News works best with JavaScript turned on\nFeedback\n"
        "Tech\nDec 13 2016, 1:06 pm ET\nWhat's the Hold-Up at SpaceX?\n\nby Alyssa Newcomb\n\nShare\nTweet\n"
        f"Email\nComment\nadvertisement\n\n{BODY_A}\n\n{BODY_B}\n\nAbout Us\nContact\n© 2016 NBCnews.com\n",
        {}, "2016-12-13T13:06:00-05:00", "What's the Hold-Up at SpaceX?", ["Alyssa Newcomb"], BODY_A, BODY_B),
    # A box of three links to other stories between the dateline and the story, one headline to a
    # line: no story, and no summary either.
    "link-box-between-the-dateline-and-the-story": (
        "Minister resigns over expenses claims\n\nBy Priya Shah\n\n12 May 2026 10:15\n"
        "Council approves new cycle lanes on the ring road\nBus fares frozen until the end of the year\n"
        f"New bridge opens to traffic after two years of works\n\n{BODY_A} {BODY_C}\n\n{BODY_B}\n",
        {"tz": "UTC"}, "2026-05-12T10:15:00+00:00", "Minister resigns over expenses claims", ["Priya Shah"], BODY_A,
        BODY_B),
    # The lines of one paragraph a text browser could not join back (a right-aligned dump) are no box.
    "short-lines-of-a-paragraph-below-the-dateline-are-no-link-box": (
        "Minister resigns over expenses claims\n\nBy Priya Shah\n\n12 May 2026 10:15\n"
        "The minister resigned on Tuesday evening after a week of questions about\n"
        "the claims he made for his second home in the capital and for the travel\n"
        f"of his staff between the two offices\n\n{BODY_A}\n\n{BODY_B}\n",
        {"tz": "UTC"}, "2026-05-12T10:15:00+00:00", "Minister resigns over expenses claims", ["Priya Shah"],
        "The minister resigned on Tuesday", BODY_B),
    # A menu of a site's columns, one a name-like title over a section whose "In ..." reads as a
    # role ("Frugal Gardener" / "In The Red"): no byline amid the menu; the one below the title is.
    "menu-column-over-an-in-section-is-no-byline": (
        "News\nSport\nBusiness\nMarkets\nEconomy\nMarcus Ortiz\nFrugal Gardener\nIn The Red\nYour Money\n"
        "Lifestyle\nTravel\n\nMinister resigns over expenses claims\nby: Priya Shah\n12 May 2026 10:15\n\n"
        f"{BODY_A}\n\n{BODY_B}\n",
        {"tz": "UTC"}, "2026-05-12T10:15:00+00:00", "Minister resigns over expenses claims", ["Priya Shah"], BODY_A,
        BODY_B),
    # ... where a name over its role, set apart from the menu, stays the page's byline
    "name-over-a-role-line-below-a-menu": (
        "News\nSport\nBusiness\nMarkets\nEconomy\n\nMinister resigns over expenses claims\n\nPriya Shah\n"
        f"Correspondent in Kyiv\n\n12 May 2026 10:15\n\n{BODY_A}\n\n{BODY_B}\n",
        {"tz": "UTC"}, "2026-05-12T10:15:00+00:00", "Minister resigns over expenses claims", ["Priya Shah"], BODY_A,
        BODY_B),
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
        {"now": "2026-03-11T12:00:00+01:00", "tz": "Europe/Stockholm"}, "2026-03-11T06:56:00+01:00",
        "Inställda tåg och störningar efter it-strul hos Trafikverket", [], BODY_A, BODY_B),
    # Líbero's shape: the author's box (name, handle, address) above a date and an update line
    # a copy glued together; the date alone is no title, the update dates the story.
    "author-box-above-a-date-glued-to-its-update-line": (
        "Minister resigns over expenses claims\n\nPriya Shah\npriyashah\npriya.shah@example.com\n"
        f"sabado 07 de mayo del 2022Actualizado 07 May 2022 | 13:43 h\n\n{BODY_A}\n\n{BODY_B}\n",
        {"tz": "America/Lima"}, "2022-05-07T13:43:00-05:00", "Minister resigns over expenses claims",
        ["Priya Shah"], BODY_A, BODY_B),
    # A byline with bars right above the dateline is no title; the headline above a caption is.
    "byline-with-bars-above-the-dateline": (
        "Sports\nPreps\nPreps |\n"
        "Minister resigns over expenses claims after weeks of questions about his second home in London\n"
        "The minister leaves parliament after his statement "
        "to the house in Westminster on Monday afternoon, September 29, 2023, surrounded by reporters and "
        "photographers. (Photo by Jane Roe/The Herald)\nBy Priya Shah | priya.shah@example.com | The Herald\n"
        f"November 8, 2023 at 6:09 p.m.\n\n{BODY_A}\n\n{BODY_B}\n",
        {"tz": "America/Denver"}, "2023-11-08T18:09:00-07:00",
        "Minister resigns over expenses claims after weeks of questions about his second home in London",
        ["Priya Shah"], BODY_A, BODY_B),
    # Polizeiticker's shape: a newsroom's credit, with no "By", right below the dateline is the
    # head's byline, not the story's first line (and no author: a newsroom is no person).
    "newsroom-credit-below-the-dateline": (
        "Studen BE - A6 nach tödlichem Unfall für mehrere Stunden gesperrt\n\n06.11.2023 | 14:10\n\n"
        f"Redaktion Polizeiticker Schweiz\n\n{BODY_A}\n\n{BODY_B}\n",
        {"tz": "Europe/Zurich"}, "2023-11-06T14:10:00+01:00",
        "Studen BE - A6 nach tödlichem Unfall für mehrere Stunden gesperrt", [], BODY_A, BODY_B),
    # KBS World's shape: a section label, a headline ending in an abbreviated weekday and its dot
    # (the title: the dot ends no sentence; there was no title), "Written: <ISO date and clock>"
    # (the publication; there was no time).
    "headline-ending-in-an-abbreviated-weekday-written-dateline": (
        "Domestic\n\nColder Temperatures Forecast for Wed. after Cold Wave Alert Tues.\n\n"
        f"Written: 2023-11-07 15:03:30 / Updated: 2023-11-07 15:30:46\n\nShare\nPrint\n\n{BODY_A}\n\n{BODY_B}\n",
        {"tz": "Asia/Seoul"}, "2023-11-07T15:03:30+09:00",
        "Colder Temperatures Forecast for Wed. after Cold Wave Alert Tues.", [], BODY_A, BODY_B),
    # A byline right below the dateline is the head's: the page's author, not the story's first line.
    "byline-right-below-the-dateline": (
        f"City council approves new cycle lanes\n\n12 May 2026 10:15\nBy Priya Shah\n\n{BODY_A}\n\n{BODY_B}\n",
        {"tz": "Europe/London"}, "2026-05-12T10:15:00+01:00", "City council approves new cycle lanes",
        ["Priya Shah"], BODY_A, BODY_B),
    # Yle's shape: the section label, the dateline, the lead picture's caption with its credit
    # after the last sentence (a Finnish agency), the author's name alone, the share bar.
    "name-alone-below-the-caption-under-the-dateline": (
        "Leudot talvet tekevät meistä väsyneempiä\n\nTämä on ingressi.\n\nKotimaa\n19.2.2020 klo 14.00\n"
        "Jalankulkija kävelee rannalla helmikuussa. Hanna Matikainen / Lehtikuva\nMarkus Mäki\nJaa artikkeli:\n"
        f"\n{BODY_A}\n\n{BODY_B}\n",
        {"tz": "Europe/Helsinki"}, "2020-02-19T14:00:00+02:00", "Leudot talvet tekevät meistä väsyneempiä",
        ["Markus Mäki"], BODY_A, BODY_B),
    # A name right above a paragraph (no blank line between) below the dateline may open the
    # story: it stays the body's, and names no author.
    "name-run-into-the-story-below-the-dateline": (
        f"City council approves new cycle lanes\n\n12 May 2026 10:15\nPriya Shah\n{BODY_A}\n\n{BODY_B}\n",
        {"tz": "Europe/London"}, "2026-05-12T10:15:00+01:00", "City council approves new cycle lanes",
        [], "Priya Shah", BODY_B),
    # The date alone on its line right above the dateline is no title (the headline above is).
    "date-alone-right-above-the-update-line": (
        "Minister resigns over expenses claims\n\nPriya Shah\n\nsabado 07 de mayo del 2022\n"
        f"Actualizado 07 May 2022 | 13:43 h\n\n{BODY_A}\n\n{BODY_B}\n",
        {"tz": "America/Lima"}, "2022-05-07T13:43:00-05:00", "Minister resigns over expenses claims",
        ["Priya Shah"], BODY_A, BODY_B),
    # France 24's shape: menus of headline-like lines, then the title, its share buttons, the lead
    # picture's credit and caption, a desk's credit and a labelled date with no clock (no instant, no
    # time): the title is the line above them, the story starts below the date.
    "menus-then-title-share-caption-credit-over-a-labelled-date-without-clock": (
        "Tech Weekly - International news 24/7\n\nTop stories\nNews Wires\nShows\n\nLATEST SHOWS\n\n"
        "Farmers protest over new water rules\n\nRead more\n\nAsia-pacific\n\nMinister resigns over expenses claims\n"
        "Tweet\nprint\n© Ann Lee, AFP | Protesters gather outside the ministry in the capital on Monday, as the "
        "minister's letter is read out to the crowd\n\n"
        f"Text by NEWS WIRES\n\nLatest update : 2026-05-12\n\n{BODY_A}\n\n{BODY_B}\n\nDate created : 2026-05-12\n",
        {}, None, "Minister resigns over expenses claims", [], BODY_A, BODY_B),
    # Hold The Front Page's shape: the page's date alone, a widget's label of three words under it (as a
    # blog's short title stands under its date), an advert's two lines, then the title over the story.
    "date-then-widget-label-advert-lines-then-the-title-over-the-story": (
        "12 March 2015\n\nHorizontal Jobs Scroller\n\nCall 01234 567890\nto advertise here\n\n"
        f"Council hands weekly column over to its own press office\n\n{BODY_A}\n\n{BODY_B}\n",
        {}, None, "Council hands weekly column over to its own press office", [], BODY_A, BODY_B),
    # The outlet's name alone under the title, a blank line each side, credits the story: no text of it.
    "outlet-name-alone-under-the-title": (
        f"25 Noviembre 2024\n\nMinister resigns over expenses claims\n\nTeleCiudad\n\n{BODY_A} {BODY_B}\n\n{BODY_B}\n",
        {}, None, "Minister resigns over expenses claims", [], BODY_A, BODY_B),
    # ... but a short line above a short first paragraph is left to the story.
    "short-line-over-a-short-paragraph-under-the-title": (
        f"Minister resigns over expenses claims\n\nLast Tuesday\n\n{BODY_C}\n\n{BODY_A}\n\n{BODY_B}\n",
        {}, None, "Minister resigns over expenses claims", [], "Last Tuesday", BODY_B),
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


_MOST_READ = "Most read\n\n  • 1\n\n    Norway invests billions in Lofoten\n\n  • 2\n\n    Trains back on time\n"

#: A story of three long paragraphs and a short one, BODY_C.
_STORY = f"{BODY_A} {BODY_B} {BODY_A}\n\n{BODY_B} {BODY_A} {BODY_B}\n\n{BODY_A} {BODY_B} {BODY_C}\n\n{BODY_C}"

#: Where an article's story ends: (text, the body's last paragraph, a text the body must not hold).
STORY_END_CASES: dict[str, tuple[str, str, str | None]] = {
    # Libération's shape: a newsletter box, then a sidebar's "Latest" feed of clocks over headlines
    # below the story: the feed is no post and no text of the story, nor is the box above it
    "newsletter-box-and-sidebar-feed-below-the-story": (
        f"Trains cancelled after an IT fault\n\nBy Priya Shah\n\n{_STORY}\n\n"
        "Our newsletter\n\nThe news every morning by email\n\nSubscribe\nNews from the city\nLatest\n"
        "10:44 Council votes on the budget\n10:32 Bridge closed for repairs\n10:10\nStorm.\n\n"
        "Forecasters expect winds of up to 120 km/h along the coast tonight, the weather service said.\n\n"
        "9:54 Rail strike called off\n9:42\nRail.\n\n"
        "The unions called off Friday's strike after a night of talks with the operator.\n\n"
        "9:31 New head for the city's museum\n",
        BODY_C, "Bridge closed"),
    # ... but a few stamped lines right below the story's paragraphs may be the page's own posts
    # (a live page's copy cut short): kept
    "stamped-lines-right-below-the-story-are-kept": (
        f"Trains cancelled after an IT fault\n\nBy Priya Shah\n\n{_STORY}\n\n"
        "10:44 Council votes on the budget\n10:32 Bridge closed for repairs\n10:10\nStorm.\n\n"
        "Forecasters expect winds of up to 120 km/h along the coast tonight, the weather service said.\n\n"
        "9:54 Rail strike called off\n9:42\nRail.\n\n"
        "The unions called off Friday's strike after a night of talks with the operator.\n\n"
        "9:31 New head for the city's museum\n",
        "9:31 New head for the city's museum", None),
    # SVT's shape: a tag list, the author's name and the page's two dates close the story;
    # a "how we work" box with a paragraph of its own stands between them and the footer.
    "tags-author-and-dates-below-the-story": (
        f"Trains cancelled after an IT fault\n\nUpdated today 11:19\n\n{BODY_A}\n\n{BODY_B}\n\n"
        "  • Rail traffic\n  • Delays\n  • Gothenburg\n\n  • Julia Hilmersson\n\n"
        "Updated 11 March 2026 11:19\n\nPublished 11 March 2026 06:56\n\nFound an error? Tell us.\n\n"
        f"How we work\n\n{BODY_C}\n\n{_MOST_READ}",
        BODY_B, "Julia Hilmersson"),
    # The same in Swedish, the dates glued to their words as a copy prints them.
    "swedish-dates-glued-to-their-words": (
        f"Inställda tåg efter it-strul\n\nUppdaterad idag 11:19\n\n{BODY_A}\n\n{BODY_B}\n\n"
        "  • Tågtrafik\n  • Göteborg\n\nUppdaterad11 mars 2026 kl 11:19\n\n"
        f"Publicerad11 mars 2026 kl 06:56\n\nSå arbetar vi\n\n{BODY_C}\n\nMest läst Väst\n",
        BODY_B, "Tågtrafik"),
    # NBC's shape: a quoted post's attribution (a dash) is the story's; the author's box,
    # follow links, "Topics" and "First Published" below it are not.
    "quoted-post-then-topics-and-first-published": (
        f"What's the Hold-Up at SpaceX?\n\nDec 13 2016, 1:06 pm ET\n\n{BODY_A}\n\n"
        "    Still working on the Falcon fireball investigation.\n\n"
        "    — Elon Musk (@elonmusk) September 9, 2016\n\nAlyssa Newcomb\n\n  • Twitter\n  • Email\n\n"
        "Topics Tech News\nFirst Published Dec 13 2016, 7:31 am ET\n"
        "Next Story Execs from Facebook, Microsoft, Google, Apple, Prepare for Tech Summit with Trump\n",
        "— Elon Musk (@elonmusk) September 9, 2016", "Topics"),
    # A tag list right above a footer heading goes with the footer.
    "tag-list-above-a-footer-heading": (
        f"Minister resigns over expenses claims\n\n{BODY_A}\n\n{BODY_B}\n\n  • Politics\n  • Expenses\n\n"
        "Related stories\n\nAnother story\n",
        BODY_B, "Politics"),
    # A picture's caption is the story's, however short.
    "caption-above-the-tags": (
        f"Minister resigns over expenses claims\n\n{BODY_A}\n\nThe minister leaving (AP)\n\n  • Politics\n"
        "  • Expenses\n\nRelated stories\n",
        BODY_A, "Politics"),
    # A dated line alone between paragraphs (an editor's note) is no end of the story.
    "update-note-between-paragraphs": (
        f"Minister resigns over expenses claims\n\nPublished 11 March 2026 06:56\n\n{BODY_A}\n\n"
        f"Updated 11 March 2026 11:19\n\n{BODY_B}\n\nThe inquiry\n\n{BODY_C}\n",
        BODY_C, None),
    # A list of labelled items right below the story's last sentence is the story's; the
    # tags and the promotion line below it are not.
    "labelled-list-below-the-last-sentence": (
        f"Minister resigns over expenses claims\n\n{BODY_A}\n\nWhere to watch it:\n\n"
        "Argentina: ESPN Argentina y Star+\nChile: Fox Sports Chile y ESPN Chile\nMéxico: HBO Max\n\n"
        "More sport at Example.com\n\nPolitics\nExpenses\n\nRelated stories\n\nAnother story\n",
        "México: HBO Max", "Politics"),
    # Two labelled lines are no list: a tag list after them still closes the story.
    "two-labelled-lines-are-no-list": (
        f"Minister resigns over expenses claims\n\n{BODY_A}\n\nTopics: Politics\nAuthor: Priya Shah\n\n"
        "Related stories\n\nAnother story\n",
        BODY_A, "Topics"),
    # WordPress's sidebar widgets below the story open the footer ("Trending on <site>",
    # "Recent Stories" with each teaser's date): no post, no story.
    "wordpress-sidebar-widgets-after-the-story": (
        f"Minister resigns over expenses claims\n\n{BODY_A}\n\n{BODY_B}\n\nTagged: Politics, Expenses\n\n"
        "Trending on Example Herald\nAnother story\nRecent Stories\n"
        "Council approves new cycle lanes November 8, 2023 | 2:19 pm\n",
        BODY_B, "Tagged"),
    # A copyright line naming its holder, with the circled c Korean pages print, opens the
    # footer: the outlet's address above it closes the story.
    "circled-c-copyright-line": (
        f"Minister resigns over expenses claims\n\n{BODY_A}\n\n{BODY_B}\n\nNewstapa webmaster@newstapa.org\n\n"
        "Copyright ⓒ 뉴스타파. All rights reserved. 무단 전재 및 재배포 금지.\n\nOutlet headlines\n",
        BODY_B, "webmaster"),
    # A category list's header alone on its line ("Kategorien:", which ends as a sentence
    # introducing a quotation may) is no line of the story: the list below it closes the story.
    "category-header-above-its-list": (
        f"Minister resigns over expenses claims\n\n{BODY_A}\n\n{BODY_B}\n\nKategorien:\nPolitics\nExpenses\n"
        "Nächster ❯\nImpressum\nDatenschutz\n",
        BODY_B, "Kategorien"),
    # An "Editor's Pick" box of dated teasers below the story opens the footer.
    "editors-pick-teasers-after-the-story": (
        f"Minister resigns over expenses claims\n\n{BODY_A}\n\n{BODY_B}\n\nShare\nPrint\nList\n\nEditor's Pick\n\n"
        "Creative\n\nMusic Bank Lineup (EP.1184 November 3rd)\n\nSeven groups take the stage this week.\n\n"
        "2023-11-03\n\nTV Guide\n",
        BODY_B, "Music Bank"),
    # A source line ("Quelle: ...", "Source: ...") is the story's last line, short as it is.
    "source-line-above-the-categories": (
        f"Minister resigns over expenses claims\n\n{BODY_A}\n\n{BODY_B}\n\nQuelle der Polizeimeldung: Kapo BE\n\n"
        "Kategorien:\nPolitics\nExpenses\nImpressum\n",
        "Quelle der Polizeimeldung: Kapo BE", "Politics"),
    # With no footer and no closing date, the page's last short lines may be the story's.
    "short-lines-at-the-end-and-no-footer": (
        f"What the deal holds\n\n{BODY_A}\n\n  • Troops on the ground after the war\n  • Long-term defence ties\n",
        "• Long-term defence ties", None),
    # Le Monde's shape, with no footer: the author's box (the names, then a line opening with the role,
    # "Journaliste"), a topic's related links one to a line (one a question) and subscription prompts
    # below the story close it.
    "authors-box-related-links-and-prompts-below-the-story-no-footer": (
        f"Le projet de loi adopté à l'Assemblée\n\n{BODY_A}\n\n{BODY_B}\n\n"
        "Claire Martin (avec Paul Durand et Léa Petit)\nJournaliste au Quotidien Suivre Aller sur la page de "
        "cette journaliste\n\nLoi sur les ponts\nLe projet de loi expliqué en dessins Vidéo\n"
        "Loi sur les ponts : comment vont voter les députés ?\nLes maires face au chantier\n\n"
        "Abonnez-vous à partir de 1 €\n\nLe Quotidien abonnements Profitez du journal où vous voulez. Offres "
        "papier et numériques.\n",
        BODY_B, "Journaliste"),
    # ... but with a long paragraph below them, a name over a role is the story's (an interview's guest).
    "name-over-a-role-above-a-long-paragraph-no-footer": (
        f"What the deal holds\n\n{BODY_A}\n\nClaire Martin\nJournalist and author\n\n{BODY_A} {BODY_B}\n",
        f"{BODY_A} {BODY_B}", None),
}


@pytest.mark.parametrize("name", list(STORY_END_CASES), ids=list(STORY_END_CASES))
def test_story_end(name: str) -> None:
    text, last, absent = STORY_END_CASES[name]
    timeline = liveblog.parse(text, now="2026-03-11T12:00:00+01:00", tz="Europe/Stockholm")
    assert len(timeline.entries) == 1
    body = timeline.entries[0].body
    assert body.split("\n\n")[-1] == last
    assert absent is None or absent not in body


@pytest.mark.parametrize("box", [
    "Related stories\nAnalysis\nBridge talks stall again\nBy Marcus Ortiz\n",
    "Sur le même sujet\nReportage\nBridge talks stall again\nPar Marcus Ortiz\ninterview\n"
    "Mayor: «The bridge will open before the summer, whatever it takes»\nPar Dana Whitfield\n",
])
def test_a_related_box_amid_the_story_is_no_text_of_it(box: str) -> None:
    # a box of links to other stories under a footer heading, set between the standfirst and the
    # story's paragraphs (Libération's "Sur le même sujet"): neither the heading nor its teasers
    text = (f"Minister resigns over expenses claims\n\nBy Priya Shah\n\n12 May 2026 10:15\n\n"
            f"The minister resigned on Tuesday evening after a week of questions.\n{box}\n{_STORY}\n")
    timeline = liveblog.parse(text, tz="UTC")
    entry = timeline.entries[0]
    assert (entry.headline, entry.authors) == ("Minister resigns over expenses claims", ("Priya Shah",))
    assert entry.body.split("\n\n")[0] == "The minister resigned on Tuesday evening after a week of questions."
    assert entry.body.split("\n\n")[1].startswith(BODY_A) and entry.body.endswith(BODY_C)
    assert "Bridge talks" not in entry.body and "Marcus" not in entry.body and "Mayor" not in entry.body


def test_a_live_blogs_last_post_keeps_its_short_lines_above_the_footer() -> None:
    text = (f"14:32\nWhat the deal holds\n{BODY_A}\n  • Troops on the ground after the war\n"
            f"  • Long-term defence ties\n\n13:10\nTalks resume\n{BODY_B}\n  • Brussels\n  • Paris\n\n{_MOST_READ}")
    timeline = liveblog.parse(text, date="2026-01-06", tz="UTC")
    assert [entry.body.split("\n\n")[-1] for entry in timeline.entries] == ["• Paris", "• Long-term defence ties"]


#: A paragraph as long as most of a story's (longer than a headline).
STORY = " ".join((BODY_A, BODY_B, BODY_C))

#: An article's own times and author: (text, options, published, the entry's time, authors).
PAGE_TIME_CASES: dict[str, tuple[str, dict[str, str], str | None, str | None, list[str]]] = {
    # The update and the publication glued on one line: the article's time is its publication.
    "swedish-update-then-publication-on-one-line": (
        f"Inställda tåg efter it-strul hos Trafikverket\n\nUppdaterad idag 11:19Publicerad idag 06:56\n\n{BODY_A}\n",
        {"now": "2026-03-11T12:00:00+01:00", "tz": "Europe/Stockholm"},
        "2026-03-11T06:56:00+01:00", "2026-03-11T06:56:00+01:00", []),
    # The same on lines of their own, and the dates printed again below the story (SVT as a
    # browser copies it): one article, dated by its publication; no date line is story.
    "swedish-update-and-publication-apart-and-again-below": (
        f"Inställda tåg efter it-strul hos Trafikverket\nUppdaterad idag 11:19\nPublicerad idag 06:56\n\n"
        f"{BODY_A}\n\n{BODY_B}\n\nUppdaterad11 mars 2026 kl 11:19\n\nPublicerad11 mars 2026 kl 06:56\n\n"
        "Hittat språk- eller faktafel i texten? Skriv och berätta.\n",
        {"now": "2026-03-11T12:00:00+01:00", "tz": "Europe/Stockholm"},
        "2026-03-11T06:56:00+01:00", "2026-03-11T06:56:00+01:00", []),
    # A day word needs the capture day: without it neither time is known.
    "day-word-publication-without-now": (
        f"Inställda tåg efter it-strul hos Trafikverket\n\nUppdaterad idag 11:19Publicerad idag 06:56\n\n{BODY_A}\n",
        {"tz": "Europe/Stockholm"}, None, None, []),
    # Spanish: the publication, then the update with its zone, glued (Infobae's header).
    "spanish-publication-then-update-with-zone": (
        f"Terremoto sacudió el bolsillo de los colombianos\n\n"
        f"24 Ago, 2026 06:28 p. m.Actualizado: 24 Ago, 2026 07:53 p. m. EST\n\n{BODY_A}\n",
        {}, "2026-08-24T18:28:00-04:00", "2026-08-24T18:28:00-04:00", []),
    # A bare dateline above the story, "First Published" below it (NBC): the worded one is
    # the publication.
    "bare-dateline-above-first-published-below": (
        f"What's the Hold-Up at SpaceX?\n\nDec 13 2016, 1:06 pm ET\n\n{BODY_A}\n\n{BODY_B}\n\n"
        "Alyssa Newcomb\n\n  • Twitter\n  • Email\n\nTopics Tech News\nFirst Published Dec 13 2016, 7:31 am ET\n"
        "Next Story Execs from Facebook, Microsoft, Google, Apple, Prepare for Tech Summit with Trump\n",
        {}, "2016-12-13T07:31:00-05:00", "2016-12-13T07:31:00-05:00", []),  # "Topics Tech News" is no name
    # The page's dates below the story, the author's name right above them (SVT's footer);
    # a tag that names a person, further up, is no author.
    "author-above-the-dates-below-the-story": (
        f"Trains cancelled after an IT fault\n\n{STORY}\n\n{STORY}\n\n  • Rail traffic\n  • Elon Musk\n\n"
        "  • Julia Hilmersson\n\nUpdated 11 March 2026 11:19\n\nPublished 11 March 2026 06:56\n\nMost read\n",
        {"tz": "Europe/Stockholm"}, "2026-03-11T06:56:00+01:00", "2026-03-11T06:56:00+01:00", ["Julia Hilmersson"]),
    # A browser's copy runs the author's box into the tag list above it: the run's only name is
    # the author's.
    "author-run-into-the-tag-list-above-the-dates": (
        f"Trains cancelled after an IT fault\n\n{STORY}\n\n{STORY}\nRail traffic\nGothenburg\nJulia Hilmersson\n\n"
        "Updated 11 March 2026 11:19\n\nPublished 11 March 2026 06:56\n\nMost read\n",
        {"tz": "Europe/Stockholm"}, "2026-03-11T06:56:00+01:00", "2026-03-11T06:56:00+01:00", ["Julia Hilmersson"]),
    # ...but with a tag that names a person in the same run, the last name may be a tag too.
    "person-tag-and-name-in-one-run-above-the-dates": (
        f"Trains cancelled after an IT fault\n\n{STORY}\n\n{STORY}\nRail traffic\nElon Musk\nJulia Hilmersson\n\n"
        "Updated 11 March 2026 11:19\n\nPublished 11 March 2026 06:56\n\nMost read\n",
        {"tz": "Europe/Stockholm"}, "2026-03-11T06:56:00+01:00", "2026-03-11T06:56:00+01:00", []),
    # A list mark alone above the dates (an empty author box) names nobody.
    "empty-list-item-above-the-dates": (
        f"Trains cancelled after an IT fault\n\n{STORY}\n\n{STORY}\n\n  • Rail traffic\n\n  •\n\n"
        "Published 11 March 2026 06:56\n\nMost read\n",
        {"tz": "Europe/Stockholm"}, "2026-03-11T06:56:00+01:00", "2026-03-11T06:56:00+01:00", []),
    # Japanese: the header's time is followed by "更新" (updated): no publication is printed.
    "japanese-update-word-after-the-time": (
        f"台風10号 九州南部に上陸\n\n2026年8月28日 16時05分 更新\n\n{BODY_A}\n",
        {"tz": "Asia/Tokyo"}, None, "2026-08-28T16:05:00+09:00", []),
    # Korean: "입력" (entered: published) and "수정" (edited) lead the page's two times.
    "korean-entered-and-edited-lines": (
        f"태풍 북상…제주 전역 태풍경보\n\n입력 2026.03.12 14:32\n수정 2026.03.12 15:10\n\n{BODY_A}\n",
        {"tz": "Asia/Seoul"}, "2026-03-12T14:32:00+09:00", "2026-03-12T14:32:00+09:00", []),
    # Chinese: "发布" (published) after the time.
    "chinese-publish-word-after-the-time": (
        f"台风登陆 多地停课\n\n2026-03-12 14:32 发布\n\n{BODY_A}\n",
        {"tz": "Asia/Shanghai"}, "2026-03-12T14:32:00+08:00", "2026-03-12T14:32:00+08:00", []),
    # A byline at the top names the author: a name above the dates below is left alone.
    "byline-on-top-wins-over-a-name-below": (
        f"Trains cancelled after an IT fault\n\nBy Jane Dalton\n\n{STORY}\n\n{STORY}\n\n  • Rail traffic\n"
        "  • Elon Musk\n\nPublished 11 March 2026 06:56\n\nMost read\n",
        {"tz": "Europe/Stockholm"}, "2026-03-11T06:56:00+01:00", "2026-03-11T06:56:00+01:00", ["Jane Dalton"]),
}


@pytest.mark.parametrize("name", list(PAGE_TIME_CASES), ids=list(PAGE_TIME_CASES))
def test_page_time(name: str) -> None:
    text, options, published, time, authors = PAGE_TIME_CASES[name]
    timeline = liveblog.parse(text, **options)  # type: ignore[arg-type]
    assert len(timeline.entries) == 1
    entry = timeline.entries[0]
    assert (timeline.published.isoformat() if timeline.published else None,
            entry.time.isoformat() if entry.time else None, list(timeline.authors)) == (published, time, authors)


def test_an_article_dated_twice_is_one_article_whose_story_starts_below_its_dates() -> None:
    text, options, *_ = PAGE_TIME_CASES["swedish-update-and-publication-apart-and-again-below"]
    timeline = liveblog.parse(text, **options)  # type: ignore[arg-type]
    assert [entry.headline for entry in timeline.entries] == ["Inställda tåg efter it-strul hos Trafikverket"]
    assert timeline.entries[0].body.startswith(f"{BODY_A}\n\n{BODY_B}")  # not with "Publicerad idag 06:56"
    assert not any(warning.code == "out-of-order" for warning in timeline.warnings)


@pytest.mark.parametrize(("line", "expected"), [
    pytest.param("Sri Lanka beaten by 302 runs.© AFP", ("Sri Lanka beaten by 302 runs.", "AFP"), id="glued"),
    pytest.param("Traders in the City of London © Bloomberg", ("Traders in the City of London", "Bloomberg"),
                 id="spaced"),
    pytest.param("Copyright © NDTV Convergence Limited", None, id="copyright-line-one-word-before"),
    pytest.param("All content © 2026 Guardian News & Media Limited", None, id="year-after-the-sign"),
    pytest.param("Las pérdidas en la región - crédito Luisa González/REUTERS",
                 ("Las pérdidas en la región", "Luisa González/REUTERS"), id="spanish-dash-credit"),
    pytest.param("Insumos en los centros de acopio -crédito Creditop", ("Insumos en los centros de acopio", "Creditop"),
                 id="spanish-dash-credit-glued"),
    pytest.param("Pagos con tarjetas de crédito y débito", None, id="credit-word-in-a-sentence"),
    pytest.param("Michael Bloomberg at the debate in Charleston. Scott Olson/Getty Images",
                 ("Michael Bloomberg at the debate in Charleston.", "Scott Olson/Getty Images"), id="last-sentence"),
    pytest.param("La pointe du Raz, le 2 novembre 2026. FRED TANNEAU / AFP",
                 ("La pointe du Raz, le 2 novembre 2026.", "FRED TANNEAU / AFP"), id="last-sentence-capitals"),
    pytest.param("The talks went on. Prices rose 3/4 of a point.", None, id="slash-in-a-last-sentence"),
    pytest.param("The talks went on. Smith/Reuters", ("The talks went on.", "Smith/Reuters"), id="one-name"),
    # a labelled credit in brackets that holds brackets of its own, or a comma
    pytest.param("(Symbolbild) (Bildquelle: MadMax22 (CC0) - (Symbolbild))",
                 ("(Symbolbild)", "MadMax22 (CC0) - (Symbolbild)"), id="labelled-credit-nested-brackets"),
    pytest.param("Dr Tony Holohan at a press conference (Image: Colin Keegan, Collins Dublin)",
                 ("Dr Tony Holohan at a press conference", "Colin Keegan, Collins Dublin"), id="labelled-credit-comma"),
    pytest.param("Die Preise stiegen um drei Prozent (Quelle: Destatis)", None, id="source-of-a-figure-in-a-sentence"),
    # Libération's credit in brackets with no colon after "Photo": the photographer, then the agency
    pytest.param("Un Népalais prie à Katmandou, le 30 avril 2015. (Photo Prakash Mathema. AFP)",
                 ("Un Népalais prie à Katmandou, le 30 avril 2015.", "Prakash Mathema. AFP"),
                 id="photo-credit-no-colon"),
    pytest.param("The minister left the room (photo of the day)", None, id="photo-words-in-lower-case"),
    pytest.param("He showed the chart (Photo: see above) and a map (left)", None, id="bracket-closed-before-the-end"),
    # a credit as shown, then its screen reader's label and the credit again, glued (the BBC's picture boxes)
    pytest.param("Our World In DataCopyright: Our World In Data", (None, "Our World In Data"),
                 id="credit-glued-to-its-label"),
    pytest.param("AFPCopyright: Reuters", None, id="label-between-two-credits"),
    pytest.param("The new law on copyright: what changes for artists", None, id="copyright-in-a-headline"),
    # a word's plural or gender glued to it in brackets (a comment counter's label): no credit
    pytest.param("COMMENT(S)", None, id="plural-in-brackets"),
    pytest.param("Un invité(e) de la semaine", None, id="gender-in-brackets-inside"),
    pytest.param("Flood waters at the station (AP)", ("Flood waters at the station", "AP"), id="spaced-agency-kept"),
    # a caption as shown, then its screen reader's label and the caption again, glued (a text browser's BBC page)
    pytest.param("Danny Rose (3 March)Image caption: Danny Rose (3 March)", ("Danny Rose (3 March)", None),
                 id="caption-glued-to-its-label"),
    pytest.param("The image caption: what it says and what it hides", None, id="caption-label-in-a-headline"),
    # a hidden credit label glued between the caption and the credit (The New York Times's pictures)
    pytest.param("Smoke over the valley on Tuesday.Credit...Jae Cho for The Herald",
                 ("Smoke over the valley on Tuesday.", "Jae Cho for The Herald"), id="credit-label-glued"),
    pytest.param("He gave them no Credit... and left", None, id="credit-label-spaced"),
    # a credit in square brackets (Al Jazeera's captions): names and an agency after a slash, or an agency
    pytest.param("A man carries a child through the water in Orrin [Sami Haddad/AFP]",
                 ("A man carries a child through the water in Orrin", "Sami Haddad/AFP"), id="square-credit"),
    pytest.param("Rescue boats on a flooded road [Reuters]", ("Rescue boats on a flooded road", "Reuters"),
                 id="square-agency"),
    pytest.param("The minister said the plan was working [sic]", None, id="square-note-in-lower-case"),
    pytest.param("The minister spoke to reporters [Updated]", None, id="square-note-no-credit"),
])
def test_captions_ending_in_a_credit(line: str, expected: tuple[str, str] | None) -> None:
    text = f"Minister resigns over expenses claims\n\n{STORY}\n\n{line}\n\n{STORY}\n"
    entry = liveblog.parse(text).entries[0]
    assert [(media.caption, media.credit) for media in entry.media] == ([expected] if expected else [])


def test_an_alt_text_above_a_glued_credit_and_the_caption_below_are_one_picture() -> None:
    # a text browser prints a BBC picture box as its alt text, the credit glued to its label, then
    # the caption glued to its label: one picture, none of it the post's text
    text = (f"Minister resigns over expenses claims\n\n{STORY}\n\n"
            "Belly Mujinga\nFamily handoutCopyright: Family handout\n\n"
            "Belly Mujinga at work in 2019Image caption: Belly Mujinga at work in 2019\n\n" + BODY_A + "\n")
    entry = liveblog.parse(text).entries[0]
    assert [(media.caption, media.credit) for media in entry.media] == \
        [("Belly Mujinga at work in 2019", "Family handout")]
    assert "Mujinga" not in entry.body


def test_an_alt_text_above_its_caption_is_one_picture() -> None:
    # w3m prints a picture's alt text, then its caption; a gallery's captions stay apart
    text = (f"Minister resigns over expenses claims\n\n{STORY}\n\n"
            "Elementos de aseo personal, ropa interior y medicinas son algunos de los insumos que más hacen falta "
            "- crédito Esteban Vega / AFP\n"
            "Elementos de aseo personal, ropa interior y medicinas son algunos de los insumos "
            f"- crédito Esteban Vega / AFP\n\n{STORY}\n\n"
            f"The minister arriving (AP)\nThe minister leaving (AP)\n\n{STORY}\n")
    entry = liveblog.parse(text).entries[0]
    assert [(media.caption, media.credit) for media in entry.media] == [
        ("Elementos de aseo personal, ropa interior y medicinas son algunos de los insumos", "Esteban Vega / AFP"),
        ("The minister arriving", "AP"), ("The minister leaving", "AP")]


def test_a_caption_right_above_the_dateline_is_not_the_title() -> None:
    text = (f"Terremoto sacudió el bolsillo de los colombianos\n\nLa emergencia alteró los hábitos de compra\n\n"
            "El terremoto provocó una emergencia en distintas regiones del país - crédito @alejoeder/X\n"
            f"24 Ago, 2026 06:28 p. m.Actualizado: 24 Ago, 2026 07:53 p. m. EST\n\n{STORY}\n")
    timeline = liveblog.parse(text)
    assert timeline.title == "Terremoto sacudió el bolsillo de los colombianos"


@pytest.mark.parametrize("source", ["来源： 中国日报网", "Source: Reuters", "Fuente: EFE"])
def test_a_source_line_between_the_title_and_the_dateline_is_not_the_title(source: str) -> None:
    # China Daily: "来源：" and the outlet's name on the line above "2023-11-17 15:13"
    text = f"Menu\nHome\n外国专家：中美合作共赢符合国际社会利益\n{source}\n2023-11-17 15:13\n\n{STORY}\n"
    timeline = liveblog.parse(text)
    assert timeline.title == "外国专家：中美合作共赢符合国际社会利益"
    assert timeline.entries[0].time_text == "2023-11-17 15:13"


def test_a_newsroom_in_a_byline_is_no_author_and_the_byline_leaves_the_body() -> None:
    text = f"""Storm live

14:32
Flights cancelled
By Reuters Staff
{BODY_B}

13:10
Roads closed
By Jane Dalton and Reuters Staff
{BODY_C}

12:05
Warnings issued
By Jane Dalton
{BODY_A}
"""
    timeline = liveblog.parse(text, date="2026-01-06", tz="UTC")
    assert [(entry.headline, entry.authors, entry.body) for entry in timeline.entries] == [
        ("Warnings issued", ("Jane Dalton",), BODY_A),
        ("Roads closed", ("Jane Dalton",), BODY_C),
        ("Flights cancelled", (), BODY_B),
    ]


@pytest.mark.parametrize(("label", "gap"), [("L'essentiel", ""), ("Key event", ""), ("Breaking", ""),
                                           ("L'essentiel", "\n")])  # a text browser sets it apart by a blank line
def test_a_label_right_above_a_stamp_flags_that_post(label: str, gap: str) -> None:
    text = (f"Storm live\n\n11:42\n\nA tree falls on a car\n\n{BODY_A}\n{label}\n{gap}10:58\n\n"
            f"The situation at noon\n\n{BODY_B}\n\n10:21\n\nFlights cancelled\n\n{BODY_C}\n\n"
            "Load more\n\nTerms\n\nContact\n")
    timeline = liveblog.parse(text, date="2026-11-02", tz="Europe/Paris", order="page")
    kinds = [entry.kind for entry in timeline.entries]
    assert kinds[0] == "post" and kinds[1] != "post" and kinds[2] == "post"
    assert timeline.entries[0].body == BODY_A  # the label is no text of the post above it
    assert timeline.entries[2].body == BODY_C  # the load-more button closes the stream


def test_a_post_label_above_a_stamp_stays_where_it_is() -> None:
    text = f"Storm live\n\n11:42\n\nA tree falls\n\n{BODY_A}\nUpdate\n10:58\n\nNoon\n\n{BODY_B}\n"
    timeline = liveblog.parse(text, date="2026-11-02", tz="Europe/Paris", order="page")
    assert [entry.kind for entry in timeline.entries] == ["post", "post"]


@pytest.mark.parametrize(("line", "names"), [
    ("By Jane Whitaker and Omar Reyes, Newsroom 24", ["Jane Whitaker", "Omar Reyes"]),  # an outlet after a comma
    ("By Jane Doe, Washington", ["Jane Doe"]),  # a place after a comma
    ("By Jane Doe, CNN", ["Jane Doe"]),
    ("From NBC News' Jane Doe", ["Jane Doe"]),  # a possessive without its s
    ("By Jane Doe, political correspondent", []),  # a role is no outlet: the line is a role line
    # a note in brackets naming who wrote with them: their names are the byline's too
    ("Par Martin Untersinger (avec Damien Leloup et Morgane Tual)", ["Martin Untersinger", "Damien Leloup",
                                                                    "Morgane Tual"]),
    ("By Jane Doe (with John Roe)", ["Jane Doe", "John Roe"]),
    ("Penulis: Rina Wulandari, Dimas Prasetyo", ["Rina Wulandari", "Dimas Prasetyo"]),  # Indonesian
    ("Oleh Rina Wulandari", ["Rina Wulandari"]),
    ("di Elisa Bianchi", ["Elisa Bianchi"]),  # Italian
    ("di Elisa Bianchi e Marco Neri", ["Elisa Bianchi", "Marco Neri"]),
    ("Di fronte alla crisi il governo tace", []),  # "faced with": a sentence, no byline
    ("Di Maio ha parlato ai giornalisti", []),  # a surname opens the sentence
    ("김민지 기자", ["김민지"]),  # Korean, Japanese, Chinese: the names, then "reporter"
    ("山田太郎記者", ["山田太郎"]),
    ("王小明 记者", ["王小明"]),
    ("기자회견이 열렸다", []),  # "a press conference was held": no byline
    ("By the way, Newsroom", []),
    # the author's address and the outlet after bars (The Denver Post's bylines)
    ("By Matt Schubert | mschubert@denverpost.com | The Denver Post", ["Matt Schubert"]),
    ("By Matt Schubert | The Denver Post", ["Matt Schubert"]),
    ("By the way | the bus was late", []),
    ("By: Jane Whitaker, Omar Reyes, Lena Brandt", ["Jane Whitaker", "Omar Reyes", "Lena Brandt"]),  # a colon
    ("By: the way", []),
    ("Posted by Jane Reporter", ["Jane Reporter"]),  # a blog's byline above its updates
    ("Posted by the river", []),
])
def test_byline_names_leave_out_the_outlet(line: str, names: list[str]) -> None:
    from liveblog.layout import byline_names
    assert byline_names(line) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Martin Untersinger (avec Damien Leloup et Morgane Tual)",
     ["Martin Untersinger", "Damien Leloup", "Morgane Tual"]),
    ("Jane Whitaker (with Omar Reyes and Lena Brandt)", ["Jane Whitaker", "Omar Reyes", "Lena Brandt"]),
    ("Lena Brandt (mit Omar Reyes)", ["Lena Brandt", "Omar Reyes"]),
    ("Ben Quinn (now) and Tom Ambrose (earlier)", ["Ben Quinn", "Tom Ambrose"]),  # a shift note: dropped
    ("Jane Whitaker (Reuters)", ["Jane Whitaker (Reuters)"]),  # another note: left as it is
])
def test_split_names_reads_a_bracketed_with_note_as_co_authors(text: str, names: list[str]) -> None:
    from liveblog.layout import split_names
    assert split_names(text) == names


def test_dated_teasers_under_a_footer_heading_are_no_posts() -> None:
    text = (f"Flood live\n\nFlood in the region: water keeps rising\n12 March 2026, 14:58\n{BODY_C}\n\n"
            f"5 minutes ago\nWater passes 9 metres\n{BODY_A}\n\n2 hours ago\nMore rescuers arrive\n{BODY_B}\n\n"
            f"Yesterday at 22:15\nHighway closed\n{BODY_C}\n\nRead also\nSchools closed because of the flood\n"
            "12 March 2026, 09:12\nTrains cancelled in the region\n11 March 2026, 18:40\n\n© 2026 All rights\n")
    timeline = liveblog.parse(text, now="2026-03-12T15:00:00+03:00", tz="Europe/Moscow", order="page")
    assert [entry.time_text for entry in timeline.entries] == ["5 minutes ago", "2 hours ago", "Yesterday at 22:15"]
    assert timeline.entries[-1].body == BODY_C  # the stream ends at the heading
    assert timeline.published is not None and timeline.published.isoformat() == "2026-03-12T14:58:00+03:00"


def test_teasers_with_their_ages_below_an_article_are_no_posts() -> None:
    # a portal's list of the outlet's other headlines, each with its age, below the story
    # (Naver News: "4시간전"); it was read as six posts and the story as their summary
    teasers = "".join(f"Headline of another story number {n}\n\n{n}시간전\n\n" for n in range(1, 7))
    text = (f"Minister resigns over expenses claims\n입력2023.11.02. 오후 8:06\n\n{BODY_A}\n\n{BODY_B}\n\n{BODY_C}\n\n"
            f"Outlet headlines\n\n{teasers}")
    timeline = liveblog.parse(text, now="2023-11-03T00:40:00+09:00", tz="Asia/Seoul")
    assert len(timeline.entries) == 1 and "not-a-live-blog" in {warning.code for warning in timeline.warnings}
    assert timeline.entries[0].body.startswith(BODY_A)


def test_teasers_below_their_headlines_with_a_second_list_and_the_footer_are_no_posts() -> None:
    # a sidebar's two lists of headlines, each above its date, the second under its own
    # heading, and the page's footer run on below the last date (Prachatai, Thai); they were
    # read as twelve posts and the story as their summary
    def teasers(first: int) -> str:
        return "".join(f"Headline of another story number {n}\n2019-01-22 {20 - n}:{10 + n}\n"
                       for n in range(first, first + 4))
    story = "\n\n".join(" ".join((first, BODY_B, BODY_C)) for first in (BODY_A, BODY_B, BODY_C))
    text = (f"Minister resigns over expenses claims\n\n{story}\n\nNews of the day\n"
            f"{teasers(1)}Related stories\n{teasers(5)}\nTweets by outlet\n\nAbout us\nContact us\nSitemap\n")
    timeline = liveblog.parse(text, tz="Asia/Bangkok")
    assert len(timeline.entries) == 1 and "not-a-live-blog" in {warning.code for warning in timeline.warnings}
    assert timeline.entries[0].body == story


@pytest.mark.parametrize(("stamp", "live"), [
    ("10:2{n} AFP", False),  # a wire's name after each clock: a sidebar's list of wires
    ("10:2{n}\nAFP", False),  # the same, the name on a line of its own (a page's text)
    ("10:2{n} AP News", False),  # two words
    ("10:2{n} Polls close soon", True),  # text of its own after the clock: a post
])
def test_wire_teasers_with_their_source_below_an_article_are_no_posts(stamp: str, live: bool) -> None:
    # France 24's "Live news" box below the story: a clock, the wire, one headline, "Read more",
    # and "All the news" closing the list; it was read as four posts and the story as their summary
    wires = "".join(f"{stamp.format(n=n)}\nAnother wire headline of the morning, number {n}\nRead more\n\n"
                    for n in range(1, 5))
    text = (f"Third blogger attacked in the capital\n\n{BODY_A}\n\n{BODY_B}\n\n{BODY_C}\n\n"
            f"Live news\nAll the news\n\n{wires}All the news\n")
    timeline = liveblog.parse(text, date="2015-05-13", tz="Europe/Paris")
    assert ("not-a-live-blog" not in {warning.code for warning in timeline.warnings}) is live
    if not live:
        assert len(timeline.entries) == 1 and timeline.entries[0].body == "\n\n".join((BODY_A, BODY_B, BODY_C))


LONG_A = " ".join((BODY_A, BODY_B, BODY_C))
LONG_B = " ".join((BODY_B, BODY_C, BODY_A))


@pytest.mark.parametrize(("posts", "paragraphs", "item", "live"), [
    (6, 4, "Another headline of the site's feed, number {n}", False),  # Libération's "Direct" box
    (9, 4, "Another headline of the site's feed, number {n}", True),  # too many posts for a sidebar's feed
    (6, 2, "Another headline of the site's feed, number {n}", True),  # no story of three paragraphs above
    (6, 4, f"Another headline, number {{n}}\n{BODY_A} {BODY_B}", True),  # posts with half the story's words
])
def test_a_short_feed_of_clocks_below_an_articles_long_story_is_no_live_blog(posts: int, paragraphs: int, item: str,
                                                                           live: bool) -> None:
    story = "\n\n".join((LONG_A, LONG_B, LONG_A, LONG_B)[:paragraphs])
    feed = "".join(f"1{n // 6}:{10 + n * 7 % 50} {item.format(n=n)}\n\n" for n in range(posts, 0, -1))
    text = (f"A third victim of the earthquake\nAFP 30 avril 2015 à 07:19\n\n{story}\n\nAFP\n\n"
            f"Recevoir la newsletter\n\nDirect\n{feed}")
    timeline = liveblog.parse(text, tz="Europe/Paris")
    assert ("not-a-live-blog" not in {warning.code for warning in timeline.warnings}) is live
    if not live:
        assert timeline.entries[0].body.startswith(story)


def test_a_feed_below_an_articles_story_is_no_live_blog_above_a_long_list_of_links() -> None:
    # lynx's dump ends with the page's links ("References"): the page's footer, no words of the feed
    story = "\n\n".join((LONG_A, LONG_B) * 4)
    feed = "".join(f"   * 1{n}:{10 + n * 7} Another headline of the site's feed, number {n}\n"
                   "   A short item below it, as the feed prints one.\n\n" for n in range(6, 0, -1))
    links = "".join(f"  {n}. https://www.example.com/section/2015/04/30/a-story_{n}\n" for n in range(1, 120))
    text = (f"A third victim of the earthquake\nAFP 30 avril 2015 à 07:19\n\n{story}\n\nDirect\n\n{feed}"
            f"References\n\n{links}")
    timeline = liveblog.parse(text, tz="Europe/Paris")
    assert "not-a-live-blog" in {warning.code for warning in timeline.warnings}
    assert timeline.entries[0].body.startswith(story)


def test_a_few_long_posts_below_a_long_introduction_stay_a_live_blog() -> None:
    # the story above holds twice the words of all below, but each post runs past a feed's item
    story = "\n\n".join(" ".join((LONG_A, LONG_B, LONG_A)) for _ in range(6))
    posts = "".join(f"1{n}:{10 + n * 7} Update number {n}\n{LONG_A}\n\n{LONG_B}\n\n" for n in range(4, 0, -1))
    text = f"Earthquake: live\nAFP 30 avril 2015 à 07:19\n\n{story}\n\nDirect\n{posts}"
    assert len(f"{LONG_A} {LONG_B}".split()) > MAX_SIDE_FEED_ITEM
    timeline = liveblog.parse(text, tz="Europe/Paris")
    assert "not-a-live-blog" not in {warning.code for warning in timeline.warnings}
    assert len(timeline.entries) == 4


@pytest.mark.parametrize(("between", "body_start"), [
    # a related box ("Sur le même sujet", two teasers and their bylines) between the header and the story
    ("Sur le même sujet\nReportage\nA Katmandou, exode sous pression\nPar Sébastien Farcis\n\n", LONG_A),
    ("Related stories\nA Katmandou, exode sous pression\n\n", LONG_A),
])
def test_a_related_box_above_an_articles_story_is_not_its_footer(between: str, body_start: str) -> None:
    text = (f"A third victim of the earthquake\nAFP 30 avril 2015 à 07:19\n\n"
            f"Laurent Fabius welcomed a first special flight home.\n\n{between}"
            f"{LONG_A}\n\n{LONG_B}\n\n{LONG_A}\n\nRelated stories\nAnother story of the day\n")
    entry = liveblog.parse(text, tz="Europe/Paris").entries[0]
    assert body_start in entry.body and entry.body.endswith(LONG_A)  # the footer below the story is still one
    assert entry.authors == ("AFP",) or "Sébastien Farcis" not in entry.authors


@pytest.mark.parametrize(("head", "title"), [
    # a byline, then the outlet's credit, between the title and the dateline (the Herald Sun's copy)
    ("Angry media won't buckle over new laws\nby: Laurie Oakes\nFrom: Herald Sun\n",
     "Angry media won't buckle over new laws"),
    ("Angry media won't buckle over new laws\nBy Laurie Oakes\n", "Angry media won't buckle over new laws"),
])
def test_a_title_above_a_byline_and_a_credit_over_the_dateline(head: str, title: str) -> None:
    text = (f"Login using your social network\nLogin\nSubscribe\n\n{head}\nMarch 13, 2015 9:00PM\n\n"
            f"{BODY_A}\n\n{BODY_B}\n\n{BODY_C}\n")
    timeline = liveblog.parse(text, tz="Australia/Melbourne")
    assert timeline.title == title and timeline.entries[0].body.startswith(BODY_A)
    assert "Laurie Oakes" in timeline.authors


def test_a_ticker_of_one_line_posts_under_a_short_intro_stays_a_live_blog() -> None:
    text = (f"Election night live\n\n{BODY_A}\n\n14:32\nPolls close in the east\n\n14:10\nTurnout at 61%\n\n"
            "13:55\nFirst results due at six\n")
    timeline = liveblog.parse(text, date="2026-03-12", tz="UTC")
    assert len(timeline.entries) == 3 and "not-a-live-blog" not in {warning.code for warning in timeline.warnings}


def test_a_footer_word_between_posts_ends_nothing_when_posts_follow() -> None:
    text = (f"Live\n\n14:32\nFirst post\n{BODY_A}\nComments\n\n13:10\nSecond post\n{BODY_B}\nComments\n\n"
            f"12:00\nThird post\n{BODY_C}\n")
    timeline = liveblog.parse(text, date="2026-03-12", tz="Europe/London")
    assert len(timeline.entries) == 3


def test_names_that_end_most_posts_are_their_authors() -> None:
    text = (f"Flood live\n\n14:32\nWater rises\n{BODY_A}\nRina Wulandari\n\n13:10\nTrains resume\n{BODY_B}\n"
            f"Dimas Prasetyo\n\n12:00\nGovernor visits\n{BODY_C}\nRina Wulandari\n")
    timeline = liveblog.parse(text, date="2026-03-12", tz="Asia/Jakarta", order="page")
    assert [entry.authors for entry in timeline.entries] == [("Rina Wulandari",), ("Dimas Prasetyo",),
                                                             ("Rina Wulandari",)]
    assert [entry.body for entry in timeline.entries] == [BODY_A, BODY_B, BODY_C]


def test_names_after_a_dash_that_end_most_posts_are_their_authors() -> None:
    # NPR, AP: "— Asma Khalid, Tamara Keith" closes each post; an outlet's desk there is no name
    text = (f"Debate live\n\n9:47 PM EST\nSanders attacked\n\n{BODY_A}\n\n— Domenico Montanaro\n\n"
            f"9:31 PM EST\nBloomberg pressed\n\n{BODY_B}\n\n— Asma Khalid, Tamara Keith\n\n"
            f"8:02 PM EST\nDebate underway\n\n{BODY_C}\n\n— NPR Staff\n")
    timeline = liveblog.parse(text, date="2020-02-25", tz="America/New_York", order="page")
    assert [entry.authors for entry in timeline.entries] == [("Domenico Montanaro",),
                                                             ("Asma Khalid", "Tamara Keith"), ()]
    assert [entry.body for entry in timeline.entries][:2] == [BODY_A, BODY_B]


def test_an_outlets_possessive_before_the_names_of_a_signoff_is_no_name() -> None:
    # ABC News: "--ABC News' Shannon Kingston" closes each post, the dash doubled, the
    # network's possessive before the names
    text = (f"Live updates\n\nApr 14, 2025, 11:27 AM EDT\n\nAide leaves\n\n{BODY_A}\n\n--City News' Jane Roe\n\n"
            f"Apr 14, 2025, 9:10 AM EDT\n\nTalks resume\n\n{BODY_B}\n\n-City News' Ann Lee and Tom Ruiz\n\n"
            f"Apr 14, 2025, 7:02 AM EDT\n\nCrowds gather\n\n{BODY_C}\n\n— CNN's Mia Park\n")
    timeline = liveblog.parse(text, order="page")
    assert [entry.authors for entry in timeline.entries] == [("Jane Roe",), ("Ann Lee", "Tom Ruiz"), ("Mia Park",)]
    assert [entry.body for entry in timeline.entries] == [BODY_A, BODY_B, BODY_C]


def test_a_name_ending_one_post_of_three_stays_its_text() -> None:
    text = (f"Flood live\n\n14:32\nWater rises\n{BODY_A}\nRina Wulandari\n\n13:10\nTrains resume\n{BODY_B}\n\n"
            f"12:00\nGovernor visits\n{BODY_C}\n")
    timeline = liveblog.parse(text, date="2026-03-12", tz="Asia/Jakarta", order="page")
    assert timeline.entries[0].authors == () and timeline.entries[0].body.endswith("Rina Wulandari")


def test_older_posts_dated_below_posts_stamped_with_ages_are_posts() -> None:
    text = (f"Flood live\n\n5 minutes ago\nWater rises\n{BODY_A}\n\n40 minutes ago\nTrains resume\n{BODY_B}\n\n"
            f"2 hours ago\nGovernor visits\n{BODY_C}\n\n12 March 2026 09:15\nCoverage begins\n{BODY_A}\n")
    timeline = liveblog.parse(text, now="2026-03-12T15:00:00+00:00", tz="Europe/London", order="page")
    assert [entry.time_text for entry in timeline.entries] == [
        "5 minutes ago", "40 minutes ago", "2 hours ago", "12 March 2026 09:15"]


def test_names_in_capitals_one_to_a_line_below_the_title_are_the_page_byline() -> None:
    text = (f"Menu\nNEWS SECTION\nSPORT PAGES\n\nFlood in the region: rescuers reach the villages today\n\n{BODY_C}\n\n"
            f"ELENA GARCÍA\nPABLO MARTÍN\n\n14:32\nWater rises\n{BODY_A}\n\n13:10\nTrains resume\n{BODY_B}\n")
    timeline = liveblog.parse(text, date="2026-03-12", tz="Europe/Madrid")
    assert timeline.authors == ("ELENA GARCÍA", "PABLO MARTÍN")  # as printed


def test_the_list_under_the_standfirst_is_summary_whatever_words_it_holds() -> None:
    """"• Plane found in Java Sea, in pictures" is an item of the page's list, not a
    contributor's role line ("in Java" is no "Correspondent in Kyiv"), nor is "in sea"
    one at all; a line that is only a web address (a hidden field a copy kept) is no summary."""
    text = f"""AirAsia plane found in Java Sea: latest

Search teams in the Java Sea are to resume looking for bodies at dawn, authorities say

http://www.example.com/news/11315001/airasia-latest.html?service=artBody

• AirAsia plane found in Java Sea, in pictures
• Plane thought to be upside down in sea
• Pilot had asked to change route to avoid bad weather

17.00 {BODY_A}

16.06 {BODY_B}

15.25 {BODY_C}
"""
    timeline = liveblog.parse(text, date="2014-12-31", tz="Europe/London")
    assert timeline.summary == (
        "Search teams in the Java Sea are to resume looking for bodies at dawn, authorities say",
        "• AirAsia plane found in Java Sea, in pictures",
        "• Plane thought to be upside down in sea",
        "• Pilot had asked to change route to avoid bad weather",
    )
    assert len(timeline.entries) == 3


def test_a_live_blog_stamped_in_persian_digits_is_read() -> None:
    # clocks in Persian digits ("۱۲:۳۰") were no stamps: the page was one article
    posts = [("۱۲:۳۰", "عنوان اول", "متن خبر اول با جزئیات بیشتر درباره رویداد ۵ نفر."),
             ("۱۱:۱۵", "عنوان دوم", "متن خبر دوم با جزئیات بیشتر درباره رویداد."),
             ("۱۰:۰۵", "عنوان سوم", "متن خبر سوم با جزئیات بیشتر درباره رویداد.")]
    text = "".join(f"{clock}\n{headline}\n\n{body}\n\n" for clock, headline, body in posts)
    timeline = liveblog.parse(text, date="2026-03-12", tz="Asia/Tehran")
    assert [(entry.time.isoformat() if entry.time else None, entry.headline) for entry in timeline.entries] == [
        ("2026-03-12T10:05:00+03:30", "عنوان سوم"), ("2026-03-12T11:15:00+03:30", "عنوان دوم"),
        ("2026-03-12T12:30:00+03:30", "عنوان اول")]
    assert "۵" in timeline.entries[-1].body


@pytest.mark.parametrize(("line", "expected"), [
    ("Colder Temperatures Forecast for Wed. after Cold Wave Alert Tues.", True),
    ("Rail Strike Called Off for Mon.", True),
    ("The minister said the vote would move to the sun.", False),  # a sentence: not capitalised
    ("Talks resume on Tuesday after a week of strikes.", False),
])
def test_a_headline_may_end_in_an_abbreviated_weekday_or_month(line: str, expected: bool) -> None:
    from liveblog.layout import title_like

    assert title_like(line) is expected


@pytest.mark.parametrize("line", [
    "464 have recovered — Jane Doe (@janedoe) April 10, 2020",  # an embedded tweet's signature
    '"We are near the peak," the minister says. — (@reporter1)Apr 10 2020',
    "Related: Candidates cross the state as polls draw close",  # a link card in a post
])
def test_a_tweets_signature_or_a_link_card_is_no_headline(line: str) -> None:
    from liveblog.layout import title_like

    assert title_like(line) is False
@pytest.mark.parametrize(("first", "second", "zone", "expected"), [
    # one date can only be month first (13 is no month): they all are
    ("9/13/2016 4:57 PM", "9/7/2016 1:10 PM", "", ["2016-09-07T13:05:00", "2016-09-13T16:57:00"]),
    # the stamps print a US zone: month first
    ("9/8/2016 4:57 PM", "9/7/2016 1:10 PM", " ET", ["2016-09-07T13:05:00-04:00", "2016-09-08T16:57:00-04:00"]),
    # no sign: day first, as most of the world writes them
    ("9/8/2016 16:57", "9/7/2016 13:10", "", ["2016-07-09T13:05:00", "2016-08-09T16:57:00"]),
    # one date can only be day first: they all are, a US zone or not
    ("13/9/2016 4:57 PM", "9/7/2016 1:10 PM", " ET", ["2016-07-09T13:05:00-04:00", "2016-09-13T16:57:00-04:00"]),
])
def test_a_pages_slashed_dates_are_read_one_way(first: str, second: str, zone: str, expected: list[str]) -> None:
    text = (f"Live: the keynote\n\n{first}{zone}\n\n{BODY_A}\n\n{second}{zone}\n\n{BODY_B}\n\n"
            f"{second.replace('1:10', '1:05').replace('13:10', '13:05')}{zone}\n\n{BODY_C}\n")
    times = [entry.time.isoformat() for entry in liveblog.parse(text).entries if entry.time is not None]
    assert [times[0], times[-1]] == expected


@pytest.mark.parametrize(("tz", "expected"), [
    ("America/Los_Angeles", ["2016-09-07T13:05:00-07:00", "2016-09-08T16:57:00-07:00"]),  # a US zone: month first
    ("America/Indiana/Indianapolis", ["2016-09-07T13:05:00-04:00", "2016-09-08T16:57:00-04:00"]),
    ("Europe/London", ["2016-07-09T13:05:00+01:00", "2016-08-09T16:57:00+01:00"]),  # day first
    ("America/Sao_Paulo", ["2016-07-09T13:05:00-03:00", "2016-08-09T16:57:00-03:00"]),  # Brazil writes day first
])
def test_slashed_dates_are_month_first_in_a_us_zone(tz: str, expected: list[str]) -> None:
    text = (f"Live: the keynote\n\n9/8/2016 4:57 PM\n\n{BODY_A}\n\n9/7/2016 1:10 PM\n\n{BODY_B}\n\n"
            f"9/7/2016 1:05 PM\n\n{BODY_C}\n")
    times = [entry.time.isoformat() for entry in liveblog.parse(text, tz=tz).entries if entry.time is not None]
    assert [times[0], times[-1]] == expected


def test_a_dash_alone_between_posts_is_no_text_of_the_post_above() -> None:
    text = f"-\n17:07\n{BODY_A}\n-\n16:52\n{BODY_B}\n-\n16:35\n{BODY_C}\n"
    timeline = liveblog.parse(text, date="2026-03-12", tz="Europe/Madrid")
    assert [entry.body for entry in timeline.entries] == [BODY_C, BODY_B, BODY_A]


def test_a_name_right_above_a_bare_clock_is_no_text_of_the_post_above() -> None:
    text = ("  • Clara Bohman\n    11.48\n\n    Storm over Uppsala\n\n    " + BODY_A + "\n\n"
            "  • Nellie Lind\n    11.20\n\n    Talks resume\n\n    " + BODY_B + "\n")
    timeline = liveblog.parse(text, date="2026-03-12", tz="Europe/Stockholm")
    assert [entry.body for entry in timeline.entries] == [BODY_B, BODY_A]


@pytest.mark.parametrize("header", ["Det ved vi", "Das wissen wir", "Ce que l'on sait", "Lo que sabemos",
                                    "Что известно", "Das Wichtigste im Überblick", "L’ESSENTIEL",
                                    "What you need to know", "Here's what to know", "Ce qu'il faut retenir",
                                    "Was Sie wissen müssen", "Lo que debes saber", "Cosa c'è da sapere",
                                    "O que você precisa saber", "Wat je moet weten", "Det viktigaste",
                                    "Najważniejsze informacje", "Главное"])
def test_a_what_we_know_header_heads_the_key_points(header: str) -> None:
    text = (f"Skyderi i centret\n{header}\nPolitiet bekræfter flere sårede\nEn mand er anholdt\n"
            f"Kl. 22.04: Evakuering fra arenaen\n{BODY_A}\nKl. 21.29: Ekspert udtaler sig\n{BODY_B}\n")
    timeline = liveblog.parse(text, date="2026-03-12", tz="Europe/Copenhagen")
    assert timeline.key_points == ("Politiet bekræfter flere sårede", "En mand er anholdt")
    assert [entry.headline for entry in timeline.entries] == ["Ekspert udtaler sig", "Evakuering fra arenaen"]


@pytest.mark.parametrize(("below", "points"), [
    pytest.param("Rail services are suspended until Friday.", 3, id="short-lines-to-the-posts-are-items"),
    # a longer line or a byline below: the box closes at the first blank line, as it did before
    pytest.param(BODY_A + " " + BODY_B, 1, id="a-standfirst-below-closes-the-box"),
    pytest.param("By Jane Doe", 1, id="a-byline-below-closes-the-box"),
    pytest.param("Latest updates", 2, id="the-stream-label-below-is-no-item"),
])
def test_a_key_points_box_without_bullets_parted_by_blank_lines(below: str, points: int) -> None:
    # items with no bullets (a copy lost them) parted by blank lines: the box runs on to the posts
    # while only short lines stand below it
    text = (f"Storm live: trains cancelled across the north\n\nCe qu'il faut retenir\n\n"
            f"Ferries are halted at three ports.\n\nThousands of homes are without power.\n\n{below}\n\n"
            f"14:32\nFerry services resume\n{BODY_A}\n\n12:10\nBridge closed after crash\n{BODY_B}\n")
    timeline = liveblog.parse(text, date="2026-03-12", tz="Europe/Paris")
    assert len(timeline.key_points) == points
    assert timeline.key_points[:2] == (
        "Ferries are halted at three ports.", "Thousands of homes are without power.")[:points]
    assert [entry.headline for entry in timeline.entries] == ["Bridge closed after crash", "Ferry services resume"]


def test_an_age_label_above_a_clock_is_no_text_of_the_post_above() -> None:
    text = f"21:10\nTalks resume\n{BODY_B}\nAcum o oră\n21:00\nQueues at the station\n{BODY_C}\n"
    timeline = liveblog.parse(text, now="2026-03-12T21:50:00+02:00", tz="Europe/Bucharest")
    assert [entry.body for entry in timeline.entries] == [BODY_C, BODY_B]


def test_sign_offs_in_a_copy_without_blank_lines_stay_the_posts_above() -> None:
    # each post closes with its author's name, right above the next stamp (no blank lines):
    # sign-offs, not names above the stamps below them (the first stamp has none above it)
    text = (f"Live updates\n14:32\nStorm over the city\n{BODY_A}\nRina Wulandari\n13:10\nTalks resume\n{BODY_B}\n"
            f"Budi Santoso\n12:05\nQueues at the station\n{BODY_C}\nRina Wulandari\n")
    timeline = liveblog.parse(text, date="2026-03-12", tz="UTC")
    assert [entry.authors for entry in timeline.entries] == [("Rina Wulandari",), ("Budi Santoso",),
                                                             ("Rina Wulandari",)]


_NUMBERED = f"""Live Reporting

Edited by Jane Doe

  1. Goodbye

    {BODY_A}

    {BODY_B}

  2. A round up of the day

    {BODY_B}

    • {BODY_C}
  3. Talks to resume on Thursday

    {BODY_C}
"""


def test_a_live_page_whose_posts_are_a_numbered_list_gives_posts_without_a_time() -> None:
    # the BBC's "Live Reporting" page as a text browser copies it: no times, the posts an <ol>
    timeline = liveblog.parse(_NUMBERED, tz="Europe/London")
    assert not [notice for notice in timeline.warnings if notice.code == "not-a-live-blog"]
    assert sorted((entry.headline, entry.body.split("\n\n")[0], entry.time) for entry in timeline.entries) == [
        ("A round up of the day", BODY_B, None), ("Goodbye", BODY_A, None),
        ("Talks to resume on Thursday", BODY_C, None)]


@pytest.mark.parametrize("text", [
    _NUMBERED.replace("Live Reporting", "How to apply"),  # no live page's label: a numbered list in an article
    _NUMBERED.replace(f"    {BODY_C}\n", ""),  # an item with no text of its own: a list
    _NUMBERED.replace("  3. Talks", "  4. Talks"),  # numbers not one after another
])
def test_numbered_lists_that_are_no_live_posts(text: str) -> None:
    timeline = liveblog.parse(text, tz="Europe/London")
    assert [notice.code for notice in timeline.warnings if notice.code == "not-a-live-blog"] == ["not-a-live-blog"]


def _four_digit(*clocks: str) -> str:
    """A commentary stamped as the BBC's old live text pages were: "1845: text", one post a line."""
    bodies = (BODY_A, BODY_B, BODY_C, BODY_A)
    posts = [f"{clock}: {body}" for clock, body in zip(clocks, bodies[:len(clocks)], strict=True)]
    return "Third Test, day two\n\n" + "\n".join(posts) + "\n"


def test_a_run_of_four_digit_clocks_in_order_are_the_posts_stamps() -> None:
    # newest first
    timeline = liveblog.parse(_four_digit("1845", "1841", "1838"), date="2026-07-02", tz="Europe/London")
    assert [(entry.time_text, entry.body) for entry in timeline.entries] == [
        ("1838", BODY_C), ("1841", BODY_B), ("1845", BODY_A)]
    # past midnight once, oldest first
    timeline = liveblog.parse(_four_digit("2350", "2358", "0004"), date="2026-07-02", tz="Europe/London")
    assert [entry.time.isoformat() for entry in timeline.entries if entry.time] == [
        "2026-07-02T23:50:00+01:00", "2026-07-02T23:58:00+01:00", "2026-07-03T00:04:00+01:00"]


def test_a_label_glued_to_a_four_digit_clock_is_in_the_run() -> None:
    # "CLOSE1845: ..." (the bold label and the clock run together), its line past 160 characters
    text = _four_digit("CLOSE1845", "1841", "1838").replace(BODY_A, BODY_A + " " + BODY_B + " " + BODY_C, 1)
    timeline = liveblog.parse(text, date="2026-07-02", tz="Europe/London")
    assert [(entry.time_text, entry.time.isoformat() if entry.time else None) for entry in timeline.entries] == [
        ("1838", "2026-07-02T18:38:00+01:00"), ("1841", "2026-07-02T18:41:00+01:00"),
        ("CLOSE1845", "2026-07-02T18:45:00+01:00")]
    assert timeline.entries[-1].body == BODY_A + " " + BODY_B + " " + BODY_C


def test_four_digit_clocks_over_labels_in_capitals_head_their_posts() -> None:
    # "2245 DONE DEAL" alone over the post's text, as UK sports desks head each post; a list of
    # years over such labels (oldest first, none twice) stays an article
    text = ("Deadline day live\n\n2245 DONE DEAL\n\n" + BODY_A + "\n\n2227 DONE DEAL\n\n" + BODY_B
            + "\n\n2220 WELCOME\n\n" + BODY_C + "\n")
    timeline = liveblog.parse(text, date="2026-09-01", tz="Europe/London")
    assert [(entry.time_text, entry.headline, entry.body) for entry in timeline.entries] == [
        ("2220", "WELCOME", BODY_C), ("2227", "DONE DEAL", BODY_B), ("2245", "DONE DEAL", BODY_A)]
    years = text.replace("2245", "2008").replace("2227", "2012").replace("2220", "2016")
    assert [notice.code for notice in liveblog.parse(years, tz="Europe/London").warnings
            if notice.code == "not-a-live-blog"] == ["not-a-live-blog"]


@pytest.mark.parametrize("clocks", [
    pytest.param(("2016", "2012", "2008"), id="years-in-order"),
    pytest.param(("0930", "1415", "1002"), id="out-of-order"),
    pytest.param(("1845", "1841"), id="two-only"),
    pytest.param(("2350", "0004", "2358", "0010"), id="past-midnight-twice"),
])
def test_four_digit_numbers_that_are_no_run_of_clocks_are_text(clocks: tuple[str, ...]) -> None:
    timeline = liveblog.parse(_four_digit(*clocks), date="2026-07-02", tz="Europe/London")
    assert [notice.code for notice in timeline.warnings if notice.code == "not-a-live-blog"] == ["not-a-live-blog"]


_SIGNED = f"""Budget hearings live

Pinned

Finance chair says the plan leaves no room

{BODY_A}

Posted by Ellen Park

Hearings wrap with no decision

{BODY_B}

Posted by Ellen Park

Governor's office defends the proposal

{BODY_C}

Posted by James Okafor
"""


def test_posts_signed_off_on_a_page_without_clocks_are_posts_without_a_time() -> None:
    # Fox News's live pages as copied: a headline, paragraphs, "Posted by Name"; no times
    timeline = liveblog.parse(_SIGNED, tz="America/New_York")
    assert not [notice for notice in timeline.warnings if notice.code == "not-a-live-blog"]
    assert sorted((entry.headline, entry.authors, entry.body, entry.time) for entry in timeline.entries) == [
        ("Finance chair says the plan leaves no room", ("Ellen Park",), BODY_A, None),
        ("Governor's office defends the proposal", ("James Okafor",), BODY_C, None),
        ("Hearings wrap with no decision", ("Ellen Park",), BODY_B, None)]


def test_posts_signed_off_after_a_dash_are_posts_without_a_time() -> None:
    # US papers' live updates as copied: a headline, paragraphs (a quoted one ending the post's
    # text), then the writer or the wire after a dash ("—Elise Takahama", "—Associated Press")
    quoted = '"We have a great state, and we are staying. And my grandkids are here."'
    text = (_SIGNED.replace("Posted by Ellen Park", "—Ellen Park")
            .replace("Posted by James Okafor", "—Associated Press").replace(f"{BODY_C}\n", f"{BODY_C}\n\n{quoted}\n"))
    timeline = liveblog.parse(text, tz="America/Los_Angeles")
    assert sorted((entry.headline, entry.authors, entry.time) for entry in timeline.entries) == [
        ("Finance chair says the plan leaves no room", ("Ellen Park",), None),
        ("Governor's office defends the proposal", ("Associated Press",), None),
        ("Hearings wrap with no decision", ("Ellen Park",), None)]


@pytest.mark.parametrize(("signoff", "names"), [
    ("- di Chiara Montanari", ("Chiara Montanari",)),  # Italian "di" (Sky TG24's sign-offs): no part of the name
    ("- von Jana Keller", ("Jana Keller",)),  # German "von"
    ("- by Jana Keller", ("Jana Keller",)),
    ("- Leonardo di Caprio", ("Leonardo di Caprio",)),  # a particle inside a name stays
])
def test_a_byline_word_after_a_sign_offs_dash_is_no_part_of_the_name(signoff: str, names: tuple[str, ...]) -> None:
    text = _SIGNED.replace("Posted by Ellen Park", signoff).replace("Posted by James Okafor", signoff)
    timeline = liveblog.parse(text, tz="Europe/Rome")
    assert {entry.authors for entry in timeline.entries} == {names}


@pytest.mark.parametrize("text", [
    pytest.param(_SIGNED.replace("Posted by James Okafor", ""), id="two-signed-only"),
    # dash-led lines that are no names: list items, not sign-offs
    pytest.param(_SIGNED.replace("Posted by Ellen Park", "- more to come").replace("Posted by James Okafor",
                                                                                  "- and more"), id="dash-items"),
    # comments signed above their text: no headline over each
    pytest.param("Budget hearings live\n\n" + "".join(f"Posted by Jane Doe\n\n{body}\n\n"
                                                        for body in (BODY_A, BODY_B, BODY_C)), id="signed-comments"),
    pytest.param(_SIGNED.replace(f"{BODY_B}\n", f"{BODY_B}\n\nA line like a headline\n"), id="a-headline-inside"),
])
def test_signed_lines_that_close_no_posts_leave_an_article(text: str) -> None:
    timeline = liveblog.parse(text, tz="America/New_York")
    assert [notice.code for notice in timeline.warnings if notice.code == "not-a-live-blog"] == ["not-a-live-blog"]


@pytest.mark.parametrize("mark", [
    pytest.param("{minute}' - ", id="dash"),
    pytest.param("{minute}' ", id="space"),
    pytest.param("{minute}’ – ", id="curly-en-dash"),
])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_commentary_printed_on_the_match_minutes_line_is_the_entry(mark: str, gap: str) -> None:
    # "84' - GOL! ...", newest first, one entry a line; a further paragraph below a minute's
    # line is that entry's; the scoreboard above and the period marker are no entries
    lines = [f"{mark.format(minute=84)}{BODY_A}", BODY_C, f"{mark.format(minute='45+2')}{BODY_B}",
             f"{mark.format(minute=12)}Kick-off delayed"]
    text = "Derby day\n\nHome - Away 1:1 (0:0)\n\nFULL TIME\n" + gap.join(lines) + "\n"
    timeline = liveblog.parse(text, date="2026-03-01", tz="Europe/Belgrade")
    assert [(entry.time_text, entry.body) for entry in timeline.entries] == [
        (f"{mark.format(minute=12).split()[0]}", "Kick-off delayed"),
        (f"{mark.format(minute='45+2').split()[0]}", BODY_B),
        (f"{mark.format(minute=84).split()[0]}", f"{BODY_A}\n\n{BODY_C}")]


@pytest.mark.parametrize(("lone", "headline", "body"), [
    # two sentences: a post's text (a headline is one sentence)
    pytest.param("Official: Leszno reach the final of the league in 2020. For the Bulls it is a fourth final in a row!",
                 None, "Official: Leszno reach the final", id="two-sentences"),
    # one sentence of a paragraph's length ending with "!"
    pytest.param("Piotr Nowak rides his 2600. heat in the top league of his career tonight!", None, "Piotr Nowak rides",
                 id="long-exclamation"),
    # a line that ends no sentence stays a headline over no text (an embed-only post)
    pytest.param("Police close the bridge", "Police close the bridge", "", id="headline-over-no-text"),
    pytest.param("Goal for the hosts!", "Goal for the hosts!", "", id="short-exclamation"),
])
def test_a_posts_only_line_is_its_text_when_it_reads_as_one(lone: str, headline: str | None, body: str) -> None:
    text = f"Match live\n\n19:30\n\n{lone}\n\n19:14\n\nGoal for the hosts\n\n{BODY_A}\n\n19:05\n\n{BODY_B}\n"
    timeline = liveblog.parse(text, date="2020-09-28", tz="Europe/Warsaw")
    last = timeline.entries[-1]
    assert (last.time_text, last.headline) == ("19:30", headline) and last.body.startswith(body)


@pytest.mark.parametrize("marker", ["0'1ere période", "0'Kick-off", "45'2éme période"])
def test_a_period_marker_ends_the_reach_of_the_minute_beside_it(marker: str) -> None:
    # newest first: the kick-off marker is the commentary's last line; the sidebar's first
    # line below it ("Le club") is no text of the minute above the marker
    text = f"Derby live\n\nHome - Away\n\n12'\n{BODY_A}\n7'\n3'\n{BODY_B}\n{marker}\nLe club\nFootball\nTennis\n"
    timeline = liveblog.parse(text, date="2026-03-01", tz="Europe/Paris")
    assert [(entry.time_text, entry.body) for entry in timeline.entries] == [("3'", BODY_B), ("12'", BODY_A)]


@pytest.mark.parametrize(("lines", "minutes"), [
    # Polish hockey one-liners, no blank lines: short, but each ends its sentence
    (["60. min - Kara dla Nowaka.", "59. min - GOL! 4:1!", "58. min - Obrona wybija krążek!",
      "57. min - Strzał obok słupka."], ["57. min", "58. min", "59. min", "60. min"]),
    # Hungarian, a blank line between
    (["8. perc: Kovács lőtt kapura.", "", "9. perc: Gól, 1–0.", "", "13. perc: Egyenlítés, 1–1."],
     ["8. perc", "9. perc", "13. perc"]),
    # Turkish, oldest first, each line one sentence that opens with the minute
    (["23. dakikada Demir'in kafa vuruşu auta gitti.", "27. dakikada Kaya golü attı: 0-1.",
      "41. dakikada Şahin'in şutu kaleciye takıldı."], ["23. dakikada", "27. dakikada", "41. dakikada"]),
])
def test_a_commentary_of_ordinal_minutes_gives_one_entry_a_minute(lines: list[str], minutes: list[str]) -> None:
    text = "Derby live\n\nHome - Away\n\n" + "\n".join(lines) + "\n"
    timeline = liveblog.parse(text, date="2026-03-01", tz="Europe/Warsaw")
    assert [entry.time_text for entry in timeline.entries] == minutes


def test_a_list_of_scorers_by_minute_is_no_commentary() -> None:
    text = f"Derby live\n\nHome - Away\n\n11'Kowalski\n23'Kowalski\n42'Nowak\n50'Wiśniewski\n\n{BODY_A}\n"
    timeline = liveblog.parse(text, date="2026-03-01", tz="Europe/Warsaw")
    assert not any(entry.time_text for entry in timeline.entries)


def test_a_commentary_of_labelled_minutes_gives_one_entry_a_minute() -> None:
    # Catalan "Min 96 - ...", newest first, blank lines between
    text = ("Seguiment minut a minut\n\nEL PARTIT, MINUT A MINUT\n\nMin 96 - Xiulet final.\n\n"
            f"Min 90 - {BODY_A}\n\nMin 88 - {BODY_B}\n\nMin 62 - Canvi a l'equip local.\n")
    timeline = liveblog.parse(text, date="2026-03-01", tz="Europe/Madrid")
    assert [(entry.time_text, entry.body) for entry in timeline.entries] == [
        ("Min 62", "Canvi a l'equip local."), ("Min 88", BODY_B), ("Min 90", BODY_A), ("Min 96", "Xiulet final.")]


def test_a_hebrew_update_line_dates_the_posts() -> None:
    # "last updated: 26.10.2023 / 23:55" under the title: the posts' clocks are of that day
    text = ("סערה בצפון\n\nעודכן לאחרונה: 26.10.2023 / 23:55\n\n"
            f"23:32 - הכביש נפתח\n\n{BODY_A}\n\n22:30 - פסגה בבריסל\n\n{BODY_B}\n")
    timeline = liveblog.parse(text, tz="Asia/Jerusalem")
    assert [entry.time.isoformat() for entry in timeline.entries if entry.time] == [
        "2023-10-26T22:30:00+03:00", "2023-10-26T23:32:00+03:00"]


def test_captions_closing_posts_right_above_the_next_clock_are_no_headlines() -> None:
    # posts of clocks alone and paragraphs, no headlines; two of them close with a picture's caption
    # (no full stop) right above the next clock, as the Daily Mail's live pages are copied: the
    # captions stay with the posts above, no headline over the posts below
    caption_1 = "The Duke at the new hospital wing in Leeds on Monday (pictured left)"
    caption_2 = "The Princess carried out 412 engagements this year, ahead of the King"
    text = (f"Royal latest: the King heads to Wales\n\n23:30\n\n{BODY_A}\n\n{caption_1}\n23:24\n\n{BODY_B}\n\n"
            f"23:10\n\n{BODY_C}\n\n{caption_2}\n22:55\n\n{BODY_A}\n\n22:41\n\n{BODY_B}\n")
    timeline = liveblog.parse(text, date="2026-06-10", tz="Europe/London")
    assert [(entry.time_text, entry.headline, entry.body) for entry in timeline.entries] == [
        ("22:41", None, BODY_B), ("22:55", None, BODY_A), ("23:10", None, f"{BODY_C}\n\n{caption_2}"),
        ("23:24", None, BODY_B), ("23:30", None, f"{BODY_A}\n\n{caption_1}")]


_BYLINED = f"""Politics Hub
Live

Politics latest: ministers to publish the welfare plan today

The government is set to publish more details of its welfare plan today as the prime minister returns from a summit.

Rail line delayed again

By Jane Doe, political reporter

{BODY_A}

Vote on benefit cuts next week

By John Roe, political correspondent

{BODY_B}

Prime minister lands in London

By Ann Smith

{BODY_C}
"""


def test_posts_headed_and_bylined_on_a_live_page_without_clocks_are_posts_without_a_time() -> None:
    # Sky News's live pages as copied: the "Live" label, then posts of a headline, "By Name, role" and text
    timeline = liveblog.parse(_BYLINED, tz="Europe/London")
    assert sorted((entry.headline, entry.authors, entry.body, entry.time) for entry in timeline.entries) == [
        ("Prime minister lands in London", ("Ann Smith",), BODY_C, None),
        ("Rail line delayed again", ("Jane Doe",), BODY_A, None),
        ("Vote on benefit cuts next week", ("John Roe",), BODY_B, None)]


@pytest.mark.parametrize("text", [
    pytest.param(_BYLINED.replace("\nLive\n", "\n"), id="no-live-label"),
    pytest.param(_BYLINED.replace("By Ann Smith", ""), id="two-bylined-only"),
    pytest.param(_BYLINED.replace(BODY_B, "More soon"), id="a-post-with-no-story"),
    # an article's sections, each heading over a "Copy link" button
    pytest.param(_BYLINED.replace("\nLive\n", "\n").replace("By Jane Doe, political reporter", "Copy link")
                 .replace("By John Roe, political correspondent", "Copy link").replace("By Ann Smith", "Copy link"),
                 id="section-copy-links"),
])
def test_bylined_headlines_that_are_no_live_posts_leave_an_article(text: str) -> None:
    timeline = liveblog.parse(text, tz="Europe/London")
    assert [notice.code for notice in timeline.warnings if notice.code == "not-a-live-blog"] == ["not-a-live-blog"]


def test_posts_headed_by_a_link_button_without_clocks_are_posts_without_a_time() -> None:
    # The Washington Post's live pages as copied: a headline, "Link copied" (the post's link
    # button), then the text; no times, no "Live" label needed: the button marks every post
    text = (_BYLINED.replace("\nLive\n", "\n").replace("By Jane Doe, political reporter", "Link copied")
            .replace("By John Roe, political correspondent", "Link copied").replace("By Ann Smith", "Link copied"))
    timeline = liveblog.parse(text, tz="America/New_York")
    assert sorted((entry.headline, entry.authors, entry.body) for entry in timeline.entries) == [
        ("Prime minister lands in London", (), BODY_C), ("Rail line delayed again", (), BODY_A),
        ("Vote on benefit cuts next week", (), BODY_B)]
    # the button is no byline: explained as furniture, not as an author naming no one (found by the fuzz test)
    explained = liveblog.parse(text, tz="America/New_York", explain=True).explanations
    assert {item.role for item in explained if item.text == "Link copied"} == {"furniture"}


#: A live page whose headlines are short sentences with their full stop, each over its writer's name
#: (a reporter's box: the name, then "Reporting from ..."); a reporter's short update prints that box
#: above its time, below the post above's "Copy link" button.
_SENTENCE_HEADS = (
    "U.S.\nWorld\nBusiness\nSubscribe for $1/weekLog in\nLIVEUpdated May 27, 2024, 3:48 p.m. ET\n"
    "Storm Floods the Coast: Live Updates\n\n"
    "May 27, 2024, 2:30 p.m. ET\n\nThe bridge is closed.\n\nJane Doe\n\nReporting from Norfolk\n\n"
    f"{BODY_A}\n\nCopy link\n\nJohn Roe\n\nReporting from the north bank\n\n"
    f"May 27, 2024, 1:52 p.m. ET\n\n{BODY_B}\n\nCopy link\n\n"
    f"May 27, 2024, 11:20 a.m. ET\n\nThe port stays shut.\n\nJane Doe and John Roe\n\n{BODY_C}\n\nCopy link\n"
)


def test_short_sentences_over_names_are_the_posts_headlines() -> None:
    timeline = liveblog.parse(_SENTENCE_HEADS)
    assert [(entry.headline, entry.authors, entry.body) for entry in timeline.entries] == [
        ("The port stays shut.", ("Jane Doe", "John Roe"), BODY_C),
        (None, ("John Roe",), BODY_B),  # the box above its time: its name, no line of its text
        ("The bridge is closed.", ("Jane Doe",), BODY_A),
    ]


def test_a_badge_glued_to_the_update_line_and_account_buttons_are_no_title() -> None:
    timeline = liveblog.parse(_SENTENCE_HEADS)
    assert timeline.title == "Storm Floods the Coast: Live Updates"
    assert timeline.summary == ()


#: A feed of the latest posts above them (a time and a headline each, the last above the day's
#: heading of the posts), then the posts, each time glued to its day.
_CONTENTS_FEED = (
    "Storm live: the coast braces\n\nMarch 12, 2026\n8:40 AM\nFerries cancelled\n8:05 AM\nSchools closed\n"
    "7:30 AM\nRoads flooded in the north\n12 March 2026\n"
    f"8:40 AMMarch 12, 2026\nFerries cancelled\n\n{BODY_A}\n\n8:05 AMMarch 12, 2026\nSchools closed\n\n{BODY_B}\n\n"
    f"7:30 AMMarch 12, 2026\nRoads flooded in the north\n\n{BODY_C}\n"
)


def test_a_feed_listing_a_run_of_the_posts_is_no_key_points_and_no_post() -> None:
    timeline = liveblog.parse(_CONTENTS_FEED, tz="America/New_York", explain=True)
    assert [(entry.time.strftime("%d %H:%M") if entry.time else None, entry.headline, entry.body)
            for entry in timeline.entries] == [("12 07:30", "Roads flooded in the north", BODY_C),
                                               ("12 08:05", "Schools closed", BODY_B),
                                               ("12 08:40", "Ferries cancelled", BODY_A)]
    assert (timeline.key_points, timeline.summary) == ((), ())
    # --explain agrees: the feed's items are no key points (they were explained as key points;
    # found by the fuzz test)
    assert [item.role for item in timeline.explanations if item.line in range(4, 10)] == ["furniture"] * 6


def test_a_box_items_day_heading_is_explained_and_never_the_items_own_full_post() -> None:
    # a key-points box item (time, headline) over a day's heading repeats the post below: the item
    # is the box's, its heading a dateline; an item alone over a heading stays a post (it repeats none)
    text = f"""Storm live: the latest

9:15 AM
What to know about the storm
12 March 2026

9:15 AM
What to know about the storm

{BODY_A}

8:40 AM
Rail lines closed in the north

{BODY_C}
"""
    timeline = liveblog.parse(text, date="2026-03-12", explain=True)
    assert sorted(entry.headline for entry in timeline.entries if entry.headline) == [
        "Rail lines closed in the north", "What to know about the storm"]
    roles = {item.line: item.role for item in timeline.explanations}
    assert (roles[4], roles[5]) == ("key-point", "dateline")
    alone = liveblog.parse("1h ago\nStorm warning issued\n12 March 2026\n\n2h ago\nRoads closed\n\n" + BODY_C,
                           date="2026-03-12")
    assert "Storm warning issued" in [entry.headline for entry in alone.entries]


def _dated_below(dates: tuple[str | None, ...]) -> str:
    posts = zip(("12:25 a.m.", "11:50 p.m.", "09:10 p.m."), dates, ("Union votes to end the strike",
                "Counting of ballots begins", "A new wage offer"), (BODY_A, BODY_B, BODY_C), strict=True)
    return "Port strike live\n\n \n\n" + "".join(
        f"{clock}\n\n \n\n{f' {date} ' + chr(10) + chr(10) if date else ''}{headline}\n\n{body}\n\n \n\n"
        for clock, date, headline, body in posts)


@pytest.mark.parametrize(("dates", "times"), [
    # PCIJ's live blogs: each post's clock, its date on a line of its own, the headline
    pytest.param(("March 4, 2026", "March 3, 2026", "March 3, 2026"),
                 ["03-04 00:25", "03-03 23:50", "03-03 21:10"], id="below-every-clock"),
    # most clocks have one: the post without takes the day from the posts around it
    pytest.param(("March 4, 2026", None, "March 3, 2026"),
                 ["03-04 00:25", "03-03 23:50", "03-03 21:10"], id="below-two-of-three"),
])
def test_a_date_on_the_line_below_each_clock_is_the_posts_date_not_its_headline(
        dates: tuple[str | None, ...], times: list[str]) -> None:
    timeline = liveblog.parse(_dated_below(dates), tz="Asia/Manila")
    assert [(entry.time.strftime("%m-%d %H:%M") if entry.time else None, entry.headline, entry.body)
            for entry in sorted(timeline.entries, key=lambda entry: entry.line or 0)] == [
        (times[0], "Union votes to end the strike", BODY_A),
        (times[1], "Counting of ballots begins", BODY_B),
        (times[2], "A new wage offer", BODY_C)]


@pytest.mark.parametrize("word", ["Report by", "Reported by"])
def test_posts_signed_off_with_report_by_are_posts_without_a_time(word: str) -> None:
    # IOL's live pages as copied: a headline, paragraphs, "Report by Name"; no times
    timeline = liveblog.parse(_SIGNED.replace("Posted by", word), tz="Africa/Johannesburg")
    assert sorted((entry.headline, entry.authors, entry.body, entry.time) for entry in timeline.entries) == [
        ("Finance chair says the plan leaves no room", ("Ellen Park",), BODY_A, None),
        ("Governor's office defends the proposal", ("James Okafor",), BODY_C, None),
        ("Hearings wrap with no decision", ("Ellen Park",), BODY_B, None)]


@pytest.mark.parametrize(("line", "names"), [
    ("Report by Sipho Ndlovu", ["Sipho Ndlovu"]),
    ("Reported by Sipho Ndlovu", ["Sipho Ndlovu"]),
    ("- Report by Sipho Ndlovu", []),  # a sign-off's dash is the caller's to take off
    ("Reported by the agency earlier, the deal was off.", []),  # prose
])
def test_report_by_bylines(line: str, names: list[str]) -> None:
    assert layout.byline_names(line) == names


def test_timed_posts_closing_with_a_dashed_report_by_take_it_as_their_author() -> None:
    # IOL's timed live posts: "9:15am: text", then "- Report by Name" below the text
    text = "Results live\n\n" + "".join(
        f"{clock}: {body}\n\n- Report by {name}\n\n" for clock, body, name in (
            ("9:15am", BODY_A, "Sipho Ndlovu"), ("9am", BODY_B, "Lerato Dlamini"), ("8.45am", BODY_C, "Sipho Ndlovu")))
    timeline = liveblog.parse(text, date="2024-05-31", tz="Africa/Johannesburg")
    assert sorted((entry.time.strftime("%H:%M") if entry.time else None, entry.authors, entry.body)
                  for entry in timeline.entries) == [
        ("08:45", ("Sipho Ndlovu",), BODY_C), ("09:00", ("Lerato Dlamini",), BODY_B),
        ("09:15", ("Sipho Ndlovu",), BODY_A)]
