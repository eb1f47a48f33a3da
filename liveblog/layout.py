"""Stage 2 for text: find the posts of a pasted live blog and what each line of it is.

The reading is decided for the whole document, not line by line:

1. every short line that begins with a stamp is a candidate (`stamps.read_stamp`);
   pieces of a stamp on neighbouring lines (a date split over three lines, "4m ago"
   above "12.50 BST") join it into one stamp block;
2. candidates are grouped by shape (clock style, what follows the time, prefix); the
   largest group is the page's stamp, and only its members start posts, so a time in
   body text ("10:30 train times") or a key-events list ("Headline18:28") is never one;
3. whether headlines stand above or below the stamp, and whether authors stand on the
   stamp line, on their own line after it, or in a byline box, is voted over all posts;
4. the lines before the first post are the preamble (title, byline, standfirst, key
   points, dateline, zone statement); after the last post a footer marker (or a run of
   navigation lines) ends the blog.

A page with fewer than `MIN_POSTS` stamps is an ordinary article: one entry.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from . import furniture, patterns, stamps
from .model import Draft, Explanation, Kind, Media, Notice, RawEntry, Stamp
from .stamps import LABELS, MAX_STAMP_LINE, PATTERNS, PINNED_LABELS, StampLine, date_piece, name_like, read_stamp
from .unwrap import unwrap
from .zones import ZONE_STATEMENTS, find_publisher, stated_zone, statement_after_text

#: Fewer stamps than this and the page is read as an ordinary article.
MIN_POSTS = 2
#: Fewest words of a line taken for a paragraph of a story (below a byline, say).
MIN_PARAGRAPH_WORDS = 8
#: A headline is one line of at most this many characters.
MAX_HEADLINE = 200
#: Lines at the top of a page searched for an article's dateline even past a paragraph
#: (a standfirst may stand above the dateline).
HEAD_LINES = 80
#: Badges that a copy may glue to the headline after them ("BreakingTotal lockdown"), longest
#: first; only these: "New", "Live" or "Video" glued to a capital may begin a name.
GLUED_LABELS = ("breaking news", "eilmeldung", "key events", "key update", "key event", "analysis", "breaking",
                "opinion", "ब्रेकिंग न्यूज़")
#: A run of at least this many short lines at the end of the last post is page navigation.
NAV_RUN = 6
#: A pin label stands alone on its line ("Pinned post"): longer lines are not looked at.
MAX_PIN_LINE = 40
#: A kicker (the topic or label printed over a page's headline) has at most this many words.
MAX_KICKER_WORDS = 6
#: Fewest items of a list of the key points that has no header (see `_listed_points`).
MIN_LISTED_POINTS = 3
#: A caption is at most this long.
MAX_CAPTION = 300
#: Distinct stamp lines a page remembers while finding its stamps.
PAGE_STAMPS = 1 << 14
#: In sports commentary, a line of text belongs to a match minute at most this many lines away.
COMMENTARY_REACH = 3
#: Two captions in a row with one credit whose texts open with this many words alike are a
#: picture's alt text and its caption, as text browsers print them.
ALT_TEXT_WORDS = 6
#: A picture credit after a copyright sign is at most this long ("© AFP", "© Getty Images").
MAX_COPYRIGHT_CREDIT = 60
#: A line longer than this is a paragraph of a story however it ends: the headlines of
#: teasers, link lists and section names below an article are shorter.
TEASER_LINE = 120
#: A newsroom's credit printed as a byline, below the dateline ("Redaktion Polizeiticker Schweiz"), is
#: at most this many words.
MAX_CREDIT_WORDS = 5
#: A line dating the page below an article's story closes the story only among at least
#: this many short lines (a tag list, the author's box, the page's two dates).
CLOSING_RUN = 3
#: Stamps that each hold at most one short line (teasers: a headline and its date or age)
#: below this many paragraphs of a story are a list of teasers, not posts.
TEASER_STORY = 3
#: ...and the last stamp of such a list may run on into the page's footer below this many teasers.
TEASER_RUN = 4
#: A related box above or amid an article's story ("Sur le même sujet" and its teasers) spans at most
#: this many lines before the story's paragraphs go on.
RELATED_BOX_LINES = 24
#: ...and stands above the story's first paragraph of this many words (a standfirst, a caption are shorter).
LONG_PARAGRAPH_WORDS = 25
#: A sidebar's feed of other news below an article: at most this many stamps, below a story with
#: this many times the words of the feed and all below it.
MAX_SIDE_FEED = 8
SIDE_FEED_RATIO = 2
#: ...each item of it (a clock to the next) at most this many words: a headline or a short item, where
#: a live blog's posts, even its first few below a long introduction, run longer.
MAX_SIDE_FEED_ITEM = 60
#: Letters in brackets glued to a word that are its ending, not a picture's credit ("COMMENT(S)").
MAX_WORD_SUFFIX = 2
#: A teaser's stamp may print its source after the clock ("10:25 AFP"): at most this many words.
MAX_SOURCE_LABEL_WORDS = 2
#: A byline and an outlet's credit may stand between an article's title and its dateline: this many lines.
HEAD_CREDIT_LINES = 2
#: An author's box below the name: at most this many one-word lines (a handle, an address).
CONTACT_LINES = 2
#: A line amid this many short lines on each side, none blank, stands in a menu (see `_menu_run`).
MENU_REACH = 3
#: A story may close with a list of this many labelled items or more ("España: Movistar+"),
#: each label of at most `MAX_LABEL_WORDS` words.
LABELLED_RUN = 3
MAX_LABEL_WORDS = 5

#: Marks a ticker prints on both sides of a post's headline, on its own line above the post's
#: stamp ("+++ Motorradkorso zum Feldberg +++" over "9.58 Uhr: Motorradfahrer wollen..."): that
#: line is the post's headline, whichever way the page's other posts print theirs.
TICKER_MARKS = ("+++",)

#: Kana and Chinese characters (Japanese and Chinese write no spaces between words).
_IDEOGRAPHS = patterns.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
#: A full stop that ends a sentence inside a line: a small word of three letters or more, the
#: stop, a space and a capital ("goes red. Polls"; not "Mr. Smith", "U.S. Senate", "vs. Real").
#: The text after a stamp on its line is a headline only if it holds one sentence (a page's
#: title may hold several: "Israele - Hamas, le news di oggi. Israele: ...").
_SENTENCE_BREAK = patterns.compile(r"(?-i:[a-z]{3}\. [A-Z])")
_SENTENCE_END = (".", ",", ";", ":", "。", "，", "；", "：")  # and the full-width marks of Chinese and Japanese
#: How a line of a story may end: a sentence, or a quotation.
_STORY_ENDS = (".", "!", "?", "…", ":", ";", '"', "”", "’", "»", "。", "！", "？", "」")
#: The same marks, one character each, and nothing (a blank line): what the line above a card may end with.
_STORY_END_MARKS = frozenset((*_STORY_ENDS, ""))
#: A quotation's dash: "– Hela trafikledningsområdet ...", "— Elon Musk (@elonmusk) September 9, 2016".
_QUOTE_DASHES = ("– ", "— ")
_BULLETS = tuple(furniture.BULLETS)
#: What a list item's line may open with: spaces and a bullet ("  • Julia Hilmersson").
_BULLET_MARGIN = " " + furniture.BULLETS
#: Where a stamp may begin: a digit within a short line's first 60 characters...
_EARLY_DIGIT = patterns.compile(r"\d")
#: ...or a relative age spelt without digits, which starts the line: "an hour ago", "vor einer Stunde".
_AGE_WORDS = patterns.compile(
    r"[ \t]*(?:acum|an?|bir|en|et|ett|for|för|one|een|just|vor|il y a|hace|há|gerade|à|przed|πριν|منذ)\b", re.I)
# Leading spaces only where a run of them begins: a search restarting at every space of a
# run, each time scanning to its end, was quadratic on a long one.
_TRAILING_TIME = patterns.compile(r"(?:(?<!\s)\s+)?\(?\d{1,2}[:.]\d\d(?:\s*uhr)?\)?$", re.I)
#: A capture's header before the page's first line: " date 2026-01-06 ", or the month alone (" date 2024-09 ").
_DATE_HEADER = patterns.compile(r"^\s*date\s+(?P<date>(?:19|20)\d\d-[01]\d(?:-[0-3]\d)?)\b\s*(?P<rest>.*)$", re.I)
#: A line that is only a web address (a page's hidden "articleUrl" field, kept by a copy): never a standfirst.
_BARE_URL = patterns.compile(r"https?://\S{1,400}")
_EPOCH = patterns.compile(r"^\d{9,13}$")
#: A stamp's text that opens with a clock: "19:21 26.5.2024", "9.05 12 March".
_OPENING_CLOCK = patterns.compile(r"\d{1,2}[:.]\d\d(?![\d.])")
#: An outlet or a place a byline prints after its names and a comma is at most this long.
MAX_CREDIT_TAIL = 40
#: What joins the names of a byline: "A, B and C", "A & B", "A und B", "A et B", and the words
#: for "and" that `stamps.name_like` takes (Czech "a", Polish "i", Russian "и", ...).
_NAME_JOINERS = patterns.compile(r" ?(?:,|&|\b(?:a|and|e|et|i|und|y|și|и|та|і)\b) ?")


class Block(NamedTuple):
    """The lines of one stamp: `start` to `end` inclusive, `anchor` holds the clock."""

    start: int
    anchor: int
    end: int
    stamp: Stamp
    line: StampLine
    # a headline glued to the stamp's time printed again below it ("8.04pm EST" over
    # "20:04Man shot ...", an item of the Guardian's key-events box as a copy prints it)
    headline: str | None = None


class Roles(NamedTuple):
    """Per-line roles for --explain; collects nothing unless enabled."""

    enabled: bool
    lines: list[str]
    found: dict[int, tuple[str, str]]

    def set(self, index: int, role: str, reason: str) -> None:
        if self.enabled and index not in self.found:
            self.found[index] = (role, reason)

    def explanations(self) -> tuple[Explanation, ...]:
        if not self.enabled:
            return ()
        out = []
        for index, text in enumerate(self.lines):
            if not text.strip():
                continue
            role, reason = self.found.get(index, ("furniture", "outside the posts and the preamble"))
            out.append(Explanation(line=index + 1, role=role, reason=reason, text=text))
        return tuple(out)


def extract_text(text: str, *, explain: bool = False) -> Draft:
    printed = text.split("\n")
    pictures = "]" in text  # (a picture's name in brackets, looked for at C speed: most text has none)
    del text  # the caller handed over its only reference: the lines hold the text from here
    # a text browser's dump: lines wrapped at its width (with its link numbers in them, which
    # take up room), and in lynx's, a number before each link
    unwrapped = unwrap(printed)
    if unwrapped is None:
        lines = furniture.without_link_numbers(printed)
        return _extract_lines(_without_picture_names(lines) if pictures else lines, explain)
    joined, origin = unwrapped
    del unwrapped
    lines = furniture.without_link_numbers(joined)
    return _renumbered(_extract_lines(_without_picture_names(lines) if pictures else lines, explain), origin, printed)


#: The longest picture name in brackets read as one ("[ihplrne_india-afp_625x300_02_November_23]").
MAX_PICTURE_NAME = 80


def _picture_name(text: str) -> bool:
    """Is this, after an opening bracket, a picture's name as text browsers print a picture
    beside text: its alt text, or with none its file's name, in brackets ("lena]" by w3m,
    "lena.jpg]" by lynx); a word opening with a letter, no link's number ("12]")?"""
    name = text.rstrip()[:-1]
    return text.rstrip().endswith("]") and 0 < len(name) <= MAX_PICTURE_NAME and name[0].isalpha() \
        and not any(char.isspace() or char in "[]" for char in name)


def _without_picture_names(lines: list[str]) -> list[str]:
    """`lines` with each writer's name that a text browser printed with the writer's picture
    after it ("Lena Hartmann [lena]") as the name alone: the picture is no word of the line."""
    out = lines
    for index, line in enumerate(lines):
        if line.endswith(("]", "] ")) and " [" in line:
            name, _, picture = line.rpartition(" [")
            if _picture_name(picture) and name_like(name):
                if out is lines:
                    out = list(lines)
                out[index] = name.rstrip()
    return out


def _renumbered(draft: Draft, origin: list[int], printed: list[str]) -> Draft:
    """`draft` with every line number that counts lines of a hard-wrapped text's joined lines
    made one of its input's lines (`origin`: where each joined line begins, from 0); with
    --explain, each line a joined line took in is explained as the rest of it."""

    def line_of(line: int | None) -> int | None:
        return origin[line - 1] + 1 if line is not None and 0 < line <= len(origin) else line

    explanations: list[Explanation] = []
    for explanation in draft.explanations:
        line = explanation.line
        explanations.append(replace(explanation, line=line_of(line)))
        if line is not None and 0 < line <= len(origin):
            start, end = origin[line - 1], origin[line] if line < len(origin) else len(printed)
            explanations += [replace(explanation, line=index + 1, text=printed[index],
                                     reason=f"the rest of line {start + 1} (the text is wrapped)")
                             for index in range(start + 1, end) if printed[index].strip()]
    return replace(draft, entries=tuple(replace(entry, line=line_of(entry.line)) for entry in draft.entries),
                   notices=tuple(replace(notice, line=line_of(notice.line)) for notice in draft.notices),
                   explanations=tuple(explanations))


#: The longest word that may label a page's clocks ("Omvärldsbevakning 21.00").
MAX_CLOCK_LABEL = 24


def _labelled_clocks(lines: list[str], candidates: dict[int, StampLine]) -> dict[int, StampLine] | None:
    """A page with too few stamps of its own may stamp its posts with one word and a clock
    ("Omvärldsbevakning 21.00" over a headline and text, a Swedish agency's log of the day):
    `candidates` with those lines as stamps, where at least `MIN_POSTS` lines are the same
    word and a clock alone, each followed by a sentence before the next, and the line above
    the first is no sentence (teaser cards end with their section and time, "Arki 15:30", the
    first card's text above the first of them). None for any other page."""
    found: dict[int, StampLine] = {}
    words: set[str] = set()
    for index, line in enumerate(lines):
        word, _, rest = line.strip().partition(" ")
        if not rest[:1].isdecimal() or not word.isalpha() or not word[:1].isupper() or len(word) > MAX_CLOCK_LABEL:
            continue
        stamp_line = read_stamp(rest)
        if stamp_line is None or stamp_line.rest_kind != "bare" or not stamp_line.stamp.has_clock \
                or stamp_line.stamp.has_date:
            continue
        found[index] = replace(stamp_line, stamp=replace(stamp_line.stamp, text=line.strip()))
        words.add(word)
    if len(found) < MIN_POSTS or len(words) != 1:
        return None
    at = sorted(found)
    above = _previous_content(lines, at[0] - 1, -1)
    if above is not None and _sentence(lines[above]):
        return None
    for start, stop in pairwise([*at, len(lines)]):
        if not any(_sentence(line) for line in lines[start + 1:stop]):
            return None
    return {**candidates, **found}


def _with_match_minutes(lines: list[str], candidates: dict[int, StampLine], blocks: list[Block]) -> list[Block]:
    """A page of clocks that goes on with match minutes once the game is on ("13:57" for the
    anthems, then "1. minuta", "2. minuta", ... above them, newest first): the page's posts
    and a run of at least `MIN_POSTS` minutes alone on their lines, all past the newest clock
    (above the clocks newest first, below them oldest first), in that order too. Only where
    the clocks' posts have their headlines below the stamp (the minutes then do too)."""
    minutes = [block for block in _blocks(lines, candidates) if block.stamp.match_minute is not None
               and block.line.rest_kind == "bare" and block.line.starts_entry]
    clocks = [clock for clock in (_clock(block.stamp) for block in blocks) if clock is not None]
    if len(minutes) < MIN_POSTS or len(clocks) < 2 or _titles_above(lines, blocks):
        return blocks
    steps = [after - before for before, after in pairwise(clocks)]
    newest_first = sum(step < 0 for step in steps) > sum(step > 0 for step in steps)
    played = [block.stamp.match_minute or 0 for block in minutes]
    if newest_first:
        if minutes[-1].end >= blocks[0].start or played != sorted(played, reverse=True):
            return blocks
    elif minutes[0].start <= blocks[-1].end or played != sorted(played):
        return blocks
    return sorted(blocks + minutes, key=lambda block: block.start)


def _bar_labels(blocks: list[Block]) -> list[Block]:
    """The words a page prints before a bar and its posts' clocks ("Punjab | 11:45 am", "Tamil
    Nadu | 10:30 am", "Bihar | 11:40") are a label (a place, a section) wherever one of them is a
    single word, which no person's name is: no post's author then. Else they are names, as
    before ("Jane Dalton | 14:32")."""
    if not any(block.line.barred and " " not in (block.line.lead or " ") for block in blocks):
        return blocks
    return [block._replace(line=replace(block.line, lead=None)) if block.line.barred else block for block in blocks]


def _extract_lines(printed: list[str], explain: bool) -> Draft:
    lines, header = _capture_header(printed)
    roles = Roles(enabled=explain, lines=printed, found={})
    if lines is not printed and not lines[0].strip():
        roles.set(0, "dateline", "a capture header giving the page's date")
    candidates = _candidates(lines)
    accepted = _accepted_blocks(lines, candidates)
    blocks = _without_dateline(lines, _without_teasers(lines, accepted))
    if len(blocks) < MIN_POSTS and (labelled := _labelled_clocks(lines, candidates)):
        candidates = labelled
        accepted = _accepted_blocks(lines, candidates)
        blocks = _without_dateline(lines, _without_teasers(lines, accepted))
    if len(blocks) < MIN_POSTS or _publication_repeated(blocks):
        if len(blocks) < MIN_POSTS:  # a live page whose copy kept no times, its posts marked otherwise
            if numbered := _numbered_posts(lines):
                return _untimed_live(lines, numbered, roles, header)
            if signed := _signed_posts(lines):
                return _untimed_signed(lines, signed, roles, header)
            if headed := _bylined_posts(lines):
                return _untimed_bylined(lines, headed, roles, header)
            if marked := _marked_posts(lines):
                return _untimed_marked(lines, marked, roles, header)
        return _article(lines, roles, header, _feed_start(lines, accepted))
    if blocks[0].stamp.match_minute is not None:
        return _commentary(lines, blocks, roles, header)
    blocks = _bar_labels(blocks)
    if (closing := _closing_stamps(lines, blocks)) is not None:
        return _posts_over_stamps(lines, blocks, closing, roles, header)
    clocked = len(blocks)
    if any(candidate.stamp.match_minute is not None for candidate in candidates.values()):
        blocks = _with_match_minutes(lines, candidates, blocks)
    headings = _day_headings(lines, candidates, blocks, roles)
    pins = _pinned_labels(lines, blocks, roles)
    # (the match minutes joining a page of clocks do not vote: its clocks' posts said below)
    titles_above = _titles_above(lines, blocks) if len(blocks) == clocked else []
    headline_above = bool(titles_above)
    authors_after = _authors_after_stamp(lines, blocks)
    named_below = 0 if headline_above else _names_below_headlines(lines, blocks)
    names_below = named_below * 2 > len(blocks)
    bylined = names_below or named_below >= MIN_BYLINED
    # most stamp lines open their post's text ("16.06 AirAsia QZ8501 made a steep climb..."):
    # a short one is that post's text too, not its headline ("06.48 Reuters - SEARCH AGENCY SAYS ...")
    opening = sum(1 for block in blocks if block.line.rest_kind in ("headline", "text") and block.line.rest
                  and not _rest_headline(block.line.rest))
    texts_on_stamps = opening * 2 > len(blocks)
    dashed = texts_on_stamps and _dash_headlines(blocks)
    starts = [title if title is not None else block.start
              for block, title in zip(blocks, titles_above or [None] * len(blocks), strict=True)]
    if not headline_above:
        starts = _pinned_titles(lines, blocks, pins, _marked_titles(lines, blocks, starts))
    footer = _list_end(lines, blocks, _footer_start(lines, blocks[-1].end + 1))
    flags = {} if headline_above else _labels_above(lines, blocks, roles)
    pinned = set(pins.values()) | {i for i, block in enumerate(blocks) if block.line.pinned}
    names_above = {} if headline_above or authors_after else _names_above(lines, blocks, roles, pinned)
    signoffs = {} if names_above else _signoffs(lines, blocks, starts, footer, roles)
    boxes = {} if headline_above else _boxes_above(lines, blocks, roles)
    for i, (name_at, _) in boxes.items():
        names_above.setdefault(i, name_at)
    skip = set(headings) | set(pins) | {at for _, at in flags.values()} | set(signoffs.values()) \
        | set(names_above.values()) | {role_at for _, role_at in boxes.values()}
    # (day headings, pin labels, flags and sign-offs are none of them post text)
    cards = _numbered_cards(lines, blocks, starts, footer)
    entries = []
    untimed: list[RawEntry] = []
    for i, block in enumerate(blocks):
        stop = starts[i + 1] if i + 1 < len(blocks) else footer
        inside = cards[bisect_right(cards, block.end):bisect_left(cards, stop)] if cards else []
        if inside:
            for card, after in zip(inside, [*inside[1:], stop], strict=True):
                untimed.append(_untimed(lines, card, after, roles, skip))
            stop = inside[0]
        entry = _entry(lines, block, starts[i], stop, headline_above, authors_after, names_below, roles, skip,
                       bylined=bylined, texts_on_stamps=texts_on_stamps, dashed=dashed)
        if i in flags and entry.kind == "post":
            entry = replace(entry, kind=flags[i][0])
        if i in signoffs:
            names = [name for name in _signoff_names(lines[signoffs[i]]) if name not in entry.authors]
            entry = replace(entry, authors=(*entry.authors, *names))
        if i in names_above:
            names = [name for name in _listed_names(lines[names_above[i]]) if name not in entry.authors]
            entry = replace(entry, authors=(*names, *entry.authors))
        entries.append(replace(entry, pinned=True) if i in pinned else entry)
    entries, boxed = _without_box_items(entries, blocks, roles)
    entries = stamps.slashed_dates_one_way(entries)
    if headings:
        entries = _dated_by_headings(entries, headings)
    if untimed:  # in page order among the posts: each after the post above it
        entries = sorted(entries + untimed, key=lambda entry: entry.line or 0)
    for index in range(footer, len(lines)):
        roles.set(index, "furniture", "page footer after the last post")
    headlines = frozenset(entry.headline.casefold() for entry in entries if entry.headline)
    first_pin = min((index for index, i in pins.items() if i == 0 and index < starts[0]), default=starts[0])
    preamble = _preamble(lines, names_above.get(0, first_pin), roles, headlines=headlines, header=header)
    key_points = preamble.key_points + tuple(point for point in boxed if point not in preamble.key_points)
    notices = () if entries else (Notice(code="no-entries", message="no posts found"),)
    return replace(preamble, entries=tuple(entries), key_points=key_points, notices=notices,
                   explanations=roles.explanations())


# ---------------------------------------------------------------------------
# Pages whose stamps close their posts.


#: A post's name line stands this many lines above the stamp that closes the post, at most (a blank between).
CLOSING_NAME_REACH = 2
#: Above a widget of posts closed by their clocks, labels of at most this many words ("RTVS", "NAŽIVO").
MAX_WIDGET_LABEL = 3
#: A name line is at most this long ("Tom Ellis", "By rsilva").
MAX_NAME_LINE = 60


def _closing_stamps(lines: list[str], blocks: list[Block]) -> dict[int, int] | None:
    """Some pages print each post's stamp at its foot, below its author's name ("Tom Ellis" /
    "12 minutes ago", "By rsilva" / "15h10") or after it ("by Jessica Riga 5/21/2022 9:33:10
    AM"): the stamps close their posts. Told by stamps alone on their lines, most with a name
    right above them (a blank line between or not), or every one signed, and no text below the
    last one but the page's footer (a post opened by its stamp has its text there).
    Gives, by post, the line of its name; None for a page whose stamps open their posts."""
    end = blocks[-1].end + 1
    if all(block.line.rest_kind == "author" and block.line.lead for block in blocks):
        # signed stamps ("by Jessica Riga 5/21/2022 9:33:10 AM"): each its post's name line
        return {i: block.start for i, block in enumerate(blocks)} \
            if _next_content(lines, end, _footer_start(lines, end)) is None else None
    if any(block.line.rest_kind != "bare" for block in blocks):
        return None
    if _next_content(lines, end, _footer_start(lines, end)) is None:
        names: dict[int, int] = {}
        for i, block in enumerate(blocks):
            floor = max(block.start - 1 - CLOSING_NAME_REACH, blocks[i - 1].end if i else -1)
            above = _previous_text(lines, block.start - 1, floor)
            if above is not None and _name_line(lines[above]):
                names[i] = above
        if len(names) * 2 > len(blocks):
            return names
    return {} if _clocks_closing_posts(lines, blocks) else None


def _clocks_closing_posts(lines: list[str], blocks: list[Block]) -> bool:
    """A widget of short news printing each post's clock below its text ("text" / "20:24" /
    "text" / "20:08", the last clock above the box's footer), told by the page as a whole:
    every stamp a clock alone on its line with no date, a sentence between every two of them
    and above the first but none below the last, and above that first post's paragraph
    nothing but labels of a few words, the site's name and "Live" (under a title and
    standfirst, the same lines are posts opened by their clocks)."""
    if any(not block.stamp.has_clock or block.stamp.has_date or lines[block.anchor].strip() != block.stamp.text
           for block in blocks) or any(_sentence(line) for line in lines[blocks[-1].end + 1:]):
        return False
    if any(not any(_sentence(lines[index]) for index in range(block.end + 1, after.start))
           for block, after in pairwise(blocks)):
        return False
    first = _first_post_start(lines, blocks[0].start)
    return any(_sentence(lines[index]) for index in range(first, blocks[0].start)) and all(
        _words(lines[index]) <= MAX_WIDGET_LABEL and not _sentence(lines[index]) for index in range(first))


def _name_line(line: str) -> bool:
    """A line that holds only names, or a byline ("By rsilva": a user name is still one)."""
    text = line.strip()
    return len(text) <= MAX_NAME_LINE and (bool(_listed_names(text)) or furniture.BYLINE.match(text) is not None)


def _first_post_start(lines: list[str], stop: int, headed: bool = False) -> int:
    """Where the post above the page's first closing stamp starts: its last paragraph (the lines
    above it, set apart by a blank line, are the page's head), with the line right above that
    paragraph as its headline where that line closes a run of the head's lines ("Deputados votam
    hoje..." / "Votação encerrada", a title glued to the standfirst above it); or its label or
    headline above all its paragraphs (`_first_post_top`)."""
    last = _previous_text(lines, stop - 1, -1)
    if last is None:
        return stop
    if (top := _first_post_top(lines, last, headed)) is not None:
        return top
    start = last
    while start > 0 and lines[start - 1].strip():
        start -= 1
    above = _previous_text(lines, start - 1, -1)
    if above is not None and above > 0 and lines[above - 1].strip() and title_like(lines[above]):
        return above
    return start


def _first_post_top(lines: list[str], last: int, headed: bool) -> int | None:
    """The top of the first post of a page whose stamps close their posts, above all its
    paragraphs: a label over it ("• Key Post" / headline / paragraphs / stamp; a label marks a
    post's top, as it does the other posts'), or, where most other posts open with a headline
    (`headed`), its headline, indented with the post apart from the head (`_indented_apart`).
    Only below the page's head (a longer line above it, no run of short menu lines), with
    paragraphs alone between it and the stamp but for the headline, itself no line of the head
    above (the page's title printed again) and no dateline."""
    index = last
    while index > 0 and (_sentence(lines[index]) or not lines[index].strip()):
        index -= 1  # (up over the post's paragraphs...)
    label = index if _label(lines[index]) is not None else _previous_text(lines, index - 1, -1)
    if label is None or _label(lines[label]) is None or lines[label].strip().lower() in furniture.LIVE_PAGE_LABELS:
        if not headed or index == last or not _indented_apart(lines, index, last):
            return None  # (...to its headline and the label above it, or to the label)
        label = index  # (no label: the headline is the top)
    above = _previous_text(lines, label - 1, -1)
    if above is None or _words(lines[above]) <= MAX_WIDGET_LABEL or lines[above].lstrip()[:1] in _BULLETS:
        return None
    if (label != index or _label(lines[index]) is None) and not (
            title_like(lines[index]) and lines[index].strip() not in {line.strip() for line in lines[:label]}
            and read_stamp(lines[index].strip()) is None):
        return None
    return label


def _indented_apart(lines: list[str], index: int, last: int) -> bool:
    """Is the line at `index` indented as the post's last paragraph is, and deeper than the line
    above it (a copy indents the posts of a list, not the page's head: "    Early figures ..."
    under the title)? Without a label, that alone tells a first post's headline from the page's
    standfirst."""
    above = _previous_text(lines, index - 1, -1)
    margin = len(lines[index]) - len(lines[index].lstrip())
    return above is not None and margin == len(lines[last]) - len(lines[last].lstrip()) \
        and margin > len(lines[above]) - len(lines[above].lstrip())


def _opens_with_headline(lines: list[str], top: int, stop: int) -> bool:
    """Does the post between `top` and `stop` open with a headline (perhaps under its label) over
    more of its text?"""
    index = _next_content(lines, top, stop)
    if index is not None and _label(lines[index]) is not None:
        index = _next_content(lines, index + 1, stop)
    return index is not None and title_like(lines[index]) and _next_content(lines, index + 1, stop) is not None


def _posts_over_stamps(lines: list[str], blocks: list[Block], names: dict[int, int], roles: Roles,
                       header: Stamp | None) -> Draft:
    """The posts of a page whose stamps close them: each from the stamp above (or the page's
    head) down to its name line, which gives its author."""
    headed = sum(_opens_with_headline(lines, blocks[i - 1].end + 1, names.get(i, blocks[i].start))
                 for i in range(1, len(blocks))) * 2 > len(blocks) - 1
    first = _first_post_start(lines, names.get(0, blocks[0].start), headed)
    entries: list[RawEntry] = []
    for i, block in enumerate(blocks):
        top = blocks[i - 1].end + 1 if i else first
        stop = names.get(i, block.start)
        for index in range(block.start, block.end + 1):
            roles.set(index, "stamp", "a stamp closing its post, as on every post of this page")
        authors: list[str] = []
        if stop == block.start and block.line.lead:
            authors = [block.line.lead]  # (a signed stamp: the name on its line)
        elif i in names:
            authors = byline_names(lines[stop]) or _listed_names(lines[stop])
            if authors:
                roles.set(stop, "author", "a name right above the stamp that closes the post")
            else:
                roles.set(stop, "furniture", "a byline with no name (a user id) above the stamp that closes the post")
        cursor, kind, more, headline = _head_below(lines, top, stop, False, False, roles)
        authors.extend(name for name in more if name not in authors)
        paragraphs, media = _body(lines, cursor, stop, roles, set())
        entries.append(RawEntry(stamp=block.stamp, headline=headline, authors=tuple(authors), paragraphs=paragraphs,
                                media=media, kind=kind or _headline_kind(headline) or "post", line=block.anchor + 1))
    for index in range(blocks[-1].end + 1, len(lines)):  # (nothing of a post stands there: see _closing_stamps)
        roles.set(index, "furniture", "page footer after the last post")
    headlines = frozenset(entry.headline.casefold() for entry in entries if entry.headline)
    preamble = _preamble(lines, first, roles, headlines=headlines, header=header)
    notices = () if entries else (Notice(code="no-entries", message="no posts found"),)
    return replace(preamble, entries=tuple(entries), notices=notices, explanations=roles.explanations())


# ---------------------------------------------------------------------------
# Stamps and their blocks.


#: A four-digit clock's dash as `_candidates` finds it after the clock ("0421 – text").
_FOUR_DIGIT_DASHES = frozenset({" - ", " – ", " — "})
#: (A bound method: `_candidates` tries it on most lines of a page.)
_GLUED_HEAD_SEARCH = stamps.GLUED_HEAD.search


def _candidates(lines: list[str]) -> dict[int, StampLine]:
    """Lines that begin with a stamp. Only short lines with a digit near their start, or a
    word that opens a relative age, are read, and long ones that open with a digit (a clock
    with the post glued on)."""
    found: dict[int, StampLine] = {}
    # A long blog repeats its stamp lines ("10:30 , Jane Dalton" on every day) more often
    # than read_stamp's shared memory holds them, between lines of text that come once
    # each: the page remembers its own (up to PAGE_STAMPS; a line costs a reference).
    known: dict[str, StampLine] = {}
    four_digits: dict[int, StampLine] = {}
    bare_minutes: dict[int, StampLine] = {}
    match_clocks = 0
    for index, line in enumerate(lines):
        if not line:
            continue  # a blank line: half the lines of most copies
        stamp_line = known.get(line)
        if stamp_line is not None:
            found[index] = stamp_line
            continue
        if len(line) > MAX_STAMP_LINE:
            worth_reading = stamps.glued_start(line)
        else:
            worth_reading = _EARLY_DIGIT.search(line, 0, 61) is not None or _AGE_WORDS.match(line) is not None \
                or _GLUED_HEAD_SEARCH(line) is not None
        if worth_reading and (stamp_line := read_stamp(line)) is not None:
            found[index] = stamp_line
            if len(known) < PAGE_STAMPS:
                known[line] = stamp_line
        elif worth_reading and (line[4:5] == ":" or line[4:7] in _FOUR_DIGIT_DASHES
                                or (line[4:5] == " " and line[5:6].isupper())
                                or (line[:1] in " " and ":" in line[7:12])
                                or (line[:1].isupper() and ":" in line[6:17])) \
                and (stamp_line := stamps.read_four_digit_clock(line)) is not None:
            four_digits[index] = stamp_line
        elif worth_reading and line[2:3] == ":" and (stamp_line := stamps.read_match_clock(line)) is not None:
            match_clocks += 1  # "92:00 – ...": no time of day (read_stamp read none)
        elif worth_reading and line[:1].isdecimal() and (stamp_line := stamps.read_bare_minute(line)) is not None:
            bare_minutes[index] = stamp_line
    if len(four_digits) >= FOUR_DIGIT_RUN and _clocks_in_order(list(four_digits.values())):
        found.update(four_digits)
    if match_clocks >= MATCH_CLOCK_RUN:
        found = _match_clocks(lines, found)
    if len(bare_minutes) >= BARE_MINUTE_RUN and _minutes_in_order(list(bare_minutes.values())) \
            and not any(line.stamp.has_clock or line.stamp.match_minute is not None for line in found.values()):
        found.update(bare_minutes)
    return _day_dividers(lines, found)


#: How far above a post's clock line (in lines, blank ones included) a day divider may stand.
DAY_DIVIDER_REACH = 3


def _day_month(text: str) -> tuple[int, int] | None:
    """A day and month alone, dotted as German pages print a day ("21.03.", "21.03", "1.3.")."""
    day, dot, rest = text.partition(".")
    month = rest[:-1] if rest.endswith(".") else rest
    if not dot or not (0 < len(day) <= 2 and day.isdecimal() and 0 < len(month) <= 2 and month.isdecimal()):
        return None
    return (int(day), int(month)) if 1 <= int(day) <= 31 and 1 <= int(month) <= 12 else None


def _day_dividers(lines: list[str], found: dict[int, StampLine]) -> dict[int, StampLine]:
    """A dotted day and month alone on its line right above a post's clock line (blank lines
    between), as German pages and the dpa live-blog theme part a page's days ("21.03." or
    "21.03" over "22:40 Uhr" or "21.03, 22:40 Uhr"), is that day, not the clock 21:03. Read
    as a clock only where it is one of the page's: without the closing dot, above a clock of
    its own style (an empty post of the page's "21.03" clocks, over "20.58"), or where the
    clock below prints another day."""
    dividers = {}
    for index, below in found.items():
        stamp = below.stamp
        if not stamp.has_clock or index == 0:
            continue
        above = index - 1
        while above > 0 and index - above < DAY_DIVIDER_REACH and not lines[above].strip():
            above -= 1
        text = lines[above].strip()
        date = _day_month(text) if 3 <= len(text) <= 6 else None
        if date is None:
            continue
        held = found.get(above)
        if held is not None and (held.stamp.has_date or held.rest_kind != "bare"
                                 or (not text.endswith(".") and held.clock_style == below.clock_style)):
            continue
        if stamp.day is not None and (stamp.day, stamp.month) != date:
            continue
        dividers[above] = StampLine(stamp=Stamp(text=text, day=date[0], month=date[1]), rest="", rest_kind="bare",
                                    lead=None, starts_entry=True, clock_style="")
    if dividers:
        found.update(dividers)
    return found


#: A page's bare match minutes ("90 Gelbe Karte für ...", `stamps.BARE_MINUTE`) are read only as a run
#: of at least this many, in order (see `_minutes_in_order`), on a page with no other clock or minute.
BARE_MINUTE_RUN = 5


def _minutes_in_order(minutes: list[StampLine]) -> bool:
    """Do a page's bare minutes read as a commentary's, newest or oldest first: never going back,
    one of them printed twice (a match's minutes repeat: "90" over every event of added time; the
    numbers of sections or of a ranked list do not), one at least before a sentence of commentary
    (not a list of quantities: "2 Eier")?"""
    values = [line.stamp.match_minute or 0 for line in minutes]
    if len(set(values)) == len(values) or all(len(line.rest.split()) < MIN_PARAGRAPH_WORDS for line in minutes):
        return False
    return all(a >= b for a, b in pairwise(values)) or all(a <= b for a, b in pairwise(values))


#: A page's match clocks ("92:00 – text", `stamps.MATCH_CLOCK`) are read when at least this many
#: print a minute no time of day can be (24 or more): then its "12:00 – text" is the 12th minute.
MATCH_CLOCK_RUN = 2


def _match_clocks(lines: list[str], found: dict[int, StampLine]) -> dict[int, StampLine]:
    """`found` with every line that opens with a match clock read as one, in place of any
    time of day read there (a page that printed "92:00 - " plays by match minutes)."""
    clocks = {index: stamp_line for index, line in enumerate(lines)
              if line[:1].isdecimal() and (stamp_line := stamps.read_match_clock(line)) is not None}
    return {**{index: stamp_line for index, stamp_line in found.items() if index not in clocks}, **clocks}


#: A page's four-digit clocks ("0848: text", `stamps.FOUR_DIGIT_CLOCK`) are read only as a run of at
#: least this many, in order (see `_clocks_in_order`): one alone may be a year ("2016: ...").
FOUR_DIGIT_RUN = 3
#: Four digits that read as a clock in these hours may as well be a year of this century or the last
#: (1900 to 2059): a run of nothing else is a list of years.
YEAR_HOURS = (19, 20)
DAY_MINUTES = 24 * 60


def _clocks_in_order(clocks: list[StampLine]) -> bool:
    """Do the four-digit clocks of a page read as a live page's, every one of them: in order down
    the page, newest or oldest first, each less than twelve hours from the one before, past
    midnight once at most; and not all of them years (unless `_newest_first_with_a_repeat`)?"""
    minutes = [(line.stamp.hour or 0) * 60 + (line.stamp.minute or 0) for line in clocks]
    if all(line.stamp.hour in YEAR_HOURS for line in clocks) and not _newest_first_with_a_repeat(minutes):
        return False
    for sign in (1, -1):
        steps = [(after - before) * sign for before, after in pairwise(minutes)]
        if sum(1 for step in steps if step < 0) <= 1 and all(step % DAY_MINUTES < DAY_MINUTES // 2 for step in steps):
            return True
    return False


def _newest_first_with_a_repeat(minutes: list[int]) -> bool:
    """Do four-digit clocks that could all be years ("1935", "1932", ... "1920": an evening's last
    hour) read as a live page's all the same: newest first, never going up, and one printed twice
    (two posts in a minute)? A list of years runs oldest first and names each year once."""
    return len(set(minutes)) < len(minutes) and all(a >= b for a, b in pairwise(minutes))


def _blocks(lines: list[str], candidates: dict[int, StampLine]) -> list[Block]:
    blocks: list[Block] = []
    used: set[int] = set()
    for index in sorted(candidates):
        stamp_line = candidates[index]
        stamp = stamp_line.stamp
        if index in used or (not stamp.has_clock and stamp.ago_minutes is None and stamp.match_minute is None):
            continue
        if _age_above_clock(candidates, index):
            continue  # "14m ago" over "14.41 GMT": the clock's block takes it in below
        start = index
        texts = [stamp.text]
        own = stamp
        # pieces above: a relative age ("4m ago") or a date, whole or split over lines
        above = index - 1
        while above >= 0 and above not in used and index - above <= 3:
            piece = candidates.get(above)
            if piece is not None and stamp.has_clock and not piece.stamp.has_clock and piece.rest_kind == "bare":
                stamp = merge_stamps(stamp, piece.stamp)
            else:
                parts = date_piece(lines[above])
                if parts is None or any(getattr(stamp, key) is not None for key in parts):
                    break
                stamp = merge_stamps(stamp, Stamp(text=lines[above].strip(), **parts))  # type: ignore[arg-type]
            texts.insert(0, lines[above].strip())
            start = above
            above -= 1
        if own.day is None and stamp.day is not None and stamp.month is None and stamp.year is None:
            # a number alone above ("1", a counter of new posts): no day without its month
            stamp, start, texts = own, index, [own.text]
        end = index
        headline = None
        below = candidates.get(index + 1)
        if index + 1 < len(lines) and _EPOCH.match(lines[index + 1].strip()):
            end = index + 1  # its epoch below it
        elif _printed_twice(stamp_line, below):
            end = index + 1
        elif below is not None and _printed_twice(stamp_line, replace(below, rest_kind="bare")) \
                and below.rest_kind in OPENING_RESTS and _rest_headline(below.rest):
            end = index + 1  # "8.04pm EST" over "20:04Man shot ...": the time again, a headline glued on
            headline = below.rest
        elif (again := _dated_then_clock(lines, candidates, index)) is not None:
            end = again  # "• 14.05.2024 22:00 Uhr", a blank line, "22:00 Uhr": the post's clock again
        if len(texts) > 1:
            stamp = replace(stamp, text=" ".join(texts))
        used.update(range(start, end + 1))
        blocks.append(Block(start=start, anchor=index, end=end, stamp=stamp, line=stamp_line, headline=headline))
    return blocks


def _printed_twice(stamp_line: StampLine, below: StampLine | None) -> bool:
    """Is the stamp line below a stamp the same time again, alone: in the other clock style
    ("11.39pm EST" over "23:39", as the Guardian's copies print a post's time), or alike on
    a bare stamp ("21:34" / "21:34")? Two clocks of one style a blank line apart are two
    posts of the same minute."""
    if below is None or below.rest_kind != "bare" or not stamp_line.stamp.has_clock or not below.stamp.has_clock:
        return False
    if below.stamp.text == stamp_line.stamp.text:
        return stamp_line.rest_kind == "bare" and below.prefix == stamp_line.prefix
    return below.clock_style != stamp_line.clock_style and not below.stamp.has_date \
        and below.stamp.ago_minutes is None \
        and (below.stamp.hour, below.stamp.minute) == (stamp_line.stamp.hour, stamp_line.stamp.minute)


def _dated_then_clock(lines: list[str], candidates: dict[int, StampLine], index: int) -> int | None:
    """The line of the same clock alone again, with no date, right below the stamp at `index` (or one
    blank line below it) when that stamp is a date and a clock alone ("• 14.05.2024 22:00 Uhr" / "" /
    "22:00 Uhr", as RT's German ticker heads a day's newest post): one stamp printed twice, the first
    with nothing of its own to be a post with. None if there is no such line."""
    stamp_line = candidates[index]
    if stamp_line.rest_kind != "bare" or not stamp_line.stamp.has_date or not stamp_line.stamp.has_clock:
        return None
    at = index + 1 if index + 1 < len(lines) and lines[index + 1].strip() else index + 2
    again = candidates.get(at)
    if again is None or again.rest_kind != "bare" or again.stamp.has_date or again.stamp.ago_minutes is not None \
            or (again.stamp.hour, again.stamp.minute) != (stamp_line.stamp.hour, stamp_line.stamp.minute):
        return None
    return at


def _dated_above(block: Block) -> bool:
    """Is the block's date a line of its own above a clock alone on its line, as a day's heading is
    ("  • Neděle 17. listopadu 2024" over "  • 23:30", ČT24's newest post), not printed with the clock?"""
    return block.start < block.anchor and not block.line.stamp.has_date


def _clock_again(lines: list[str], block: Block) -> bool:
    """Does the block close with its clock printed again, alone and with no date (`_dated_then_clock`)?"""
    if block.end == block.anchor:
        return False
    again = read_stamp(lines[block.end].strip())
    return again is not None and again.stamp.has_clock and not again.stamp.has_date \
        and (again.stamp.hour, again.stamp.minute) == (block.stamp.hour, block.stamp.minute)


def _age_above_clock(candidates: dict[int, StampLine], index: int) -> bool:
    """A relative age alone on its line, right above a clock alone on its own: one stamp
    printed over two lines (the Guardian's "14m ago" / "14.41 GMT")."""
    age, below = candidates[index], candidates.get(index + 1)
    return (below is not None and age.rest_kind == "bare" and below.rest_kind == "bare"
            and age.stamp.ago_minutes is not None and not age.stamp.has_clock
            and below.stamp.has_clock and below.stamp.ago_minutes is None)


def merge_stamps(stamp: Stamp, piece: Stamp) -> Stamp:
    """`stamp` with the parts it lacks (date, age, zone) taken from `piece`, a stamp printed
    apart from it (a date or an age on a line or in an element of its own)."""
    return replace(
        stamp,
        year=stamp.year if stamp.year is not None else piece.year,
        month=stamp.month if stamp.month is not None else piece.month,
        day=stamp.day if stamp.day is not None else piece.day,
        ago_minutes=stamp.ago_minutes if stamp.ago_minutes is not None else piece.ago_minutes,
        zone=stamp.zone or piece.zone,
    )


def _shape(lines: list[str], block: Block) -> tuple[object, ...]:
    """What must agree between the stamps of one page's posts: the stamp's own shape, and
    whether it is printed as a list item. A page header's facts list ("• 28 Września 2020,
    18:00", the match's start) or a box of linked items is no stream of posts whose stamps
    stand on their own lines."""
    return (*block.line.group, lines[block.anchor].lstrip().startswith(_BULLETS))


def _accepted_blocks(lines: list[str], candidates: dict[int, StampLine]) -> list[Block]:
    """The blocks of the page's own stamp shape: the largest group of alike stamps; and a stamp
    glued after a pin label, whatever its shape (the label says it is a post's)."""
    blocks = [block for block in _blocks(lines, candidates) if block.line.starts_entry and not _clock_range(block.line)]
    if not blocks:
        return []
    chosen = _dated_below(lines, candidates, _page_shape(lines, blocks))
    if chosen and any(block.line.pinned for block in blocks):
        starts = {block.start for block in chosen}
        chosen = sorted(chosen + [block for block in blocks if block.line.pinned and block.start not in starts],
                        key=lambda block: block.start)
    return chosen


#: How far below a clock (blank lines only between) its date may stand on a line of its own.
DATE_BELOW_REACH = 8


def _dates_below(lines: list[str], candidates: dict[int, StampLine], blocks: list[Block]) -> dict[int, int]:
    """By block, the line of a date alone with its year or month and no clock that is the next line not
    blank below it, where the block's stamp is a clock alone with no date ("05:45 p.m." / "May 25, 2022"
    / the headline). Looked for from the page's few date lines up, not from each of its many clocks."""
    dated = [index for index, candidate in candidates.items()
             if ((stamp := candidate.stamp).year is not None or stamp.month is not None) and not stamp.has_clock
             and candidate.rest_kind == "bare" and stamp.has_date and stamp.ago_minutes is None]
    if len(dated) < 2:
        return {}
    ends = {block.end: i for i, block in enumerate(blocks)}
    found = {}
    for at in dated:
        above = at - 1
        while above >= 0 and at - above <= DATE_BELOW_REACH and not lines[above].strip():
            above -= 1
        i = ends.get(above)
        if i is not None and not (stamp := blocks[i].stamp).has_date and stamp.has_clock \
                and blocks[i].line.rest_kind == "bare":
            found[i] = at
    return found


def _dated_below(lines: list[str], candidates: dict[int, StampLine], blocks: list[Block]) -> list[Block]:
    """The blocks with the date printed on a line of its own below each clock taken in (PCIJ's live
    pages: "05:45 p.m.", then "May 25, 2022", then the headline): where most of the page's clocks
    (two at least) have one, each is that post's date. Where few have (a day's heading below the
    last post of a day whose stamps close their posts), the dates are headings, left to
    `_day_headings`."""
    dates = _dates_below(lines, candidates, blocks)
    if len(dates) < 2 or len(dates) * 2 <= len(blocks):
        return blocks
    taken = []
    for i, block in enumerate(blocks):
        at = dates.get(i)
        if at is None:
            taken.append(block)
            continue
        stamp = merge_stamps(block.stamp, candidates[at].stamp)
        stamp = replace(stamp, text=f"{block.stamp.text} {candidates[at].stamp.text}")
        taken.append(block._replace(end=at, stamp=stamp))
    return taken


#: The longest text after a clock that may be a second clock: the end of a range.
MAX_RANGE_END = 20


def _clock_range(line: StampLine) -> bool:
    """A clock whose line goes on with a second clock alone: a range ("3:00 pm 7:00 pm", a radio
    show's slot in the station's player above the story), no post."""
    rest = line.rest
    if line.rest_kind not in OPENING_RESTS or len(rest) > MAX_RANGE_END or not rest[:1].isdecimal():
        return False
    end = read_stamp(rest)
    return end is not None and end.rest_kind == "bare" and end.stamp.has_clock


def _page_shape(lines: list[str], blocks: list[Block]) -> list[Block]:
    """The blocks of the largest group of alike stamps (see `_accepted_blocks`)."""
    counts = Counter(_shape(lines, block) for block in blocks)

    def rank(group: tuple[object, ...]) -> tuple[bool, int, bool, bool]:
        # A page's posts print a clock; a list of relative ages alone ("2h ago" above each
        # headline of a key-events box) is a summary unless the page has nothing else.
        # On a tie, stamps standing alone on their line beat stamps followed by text.
        has_clock = bool(group[0]) and counts[group] >= MIN_POSTS
        return (has_clock, counts[group], group[2] == "standalone", group[2] != "text")

    for chosen in sorted(counts, key=rank, reverse=True):
        members = [block for block in blocks if _shape(lines, block) == chosen]
        if chosen[1] in CLOCK_SEPARATORS:
            members = _with_other_separator(lines, blocks, members, chosen)
        if chosen[1] in HALF_DAY_STYLES:
            members = _with_other_separator(lines, blocks, members, chosen,
                                            HALF_DAY_STYLES[str(chosen[1])], _half_clock)
        if chosen[2] == "standalone" or not _listed(members):
            if chosen[2] != "standalone":
                # (and the posts that open with their text the other way: "11:34 Nick ..." among
                # "11:46 – There is ...")
                return _with_bare_clocks(blocks, members, ("bare", *OPENING_RESTS))
            if chosen[0]:
                return _with_recent_ages(lines, blocks, _with_bare_clocks(blocks, members, OPENING_RESTS))
            return _with_older_clocks(lines, blocks, members)
    return []


#: The styles of a 24-hour clock, by the mark between hours and minutes, that one page may mix
#: (a Polish ticker prints "16:23" over some posts and "15.40" over others).
CLOCK_SEPARATORS = {"24:": "24.", "24.": "24:"}


#: The clock styles a page of 12-hour clocks mixes: "8.15pm" over one post, "8:30" and "9.05"
#: (no am/pm: the page's own half of the day) over the others. Their order is checked on a
#: 12-hour dial (`_half_clock`).
HALF_DAY_STYLES = {"12": ("24.", "24:"), "24.": ("12",), "24:": ("12",)}


def _half_clock(stamp: Stamp) -> int | None:
    """A clock's minutes on a 12-hour dial: "8.15pm" and "8:15" are one time of a 12-hour page."""
    clock = _clock(stamp)
    return None if clock is None else clock % 720


def _with_other_separator(lines: list[str], blocks: list[Block], members: list[Block],
                          chosen: tuple[object, ...], styles: tuple[str, ...] = (),
                          key: Callable[[Stamp], int | None] | None = None) -> list[Block]:
    """The page's stamps, and the stamps of the same shape whose clock has the other mark
    between hours and minutes, each of whose clocks lies between its neighbours' in the
    order of the page's own (newest or oldest first): a typist's slip, not a stream of
    numbers in the posts' text. A clock of the other mark with seconds, where the page's own
    print none, is no slip: a dotted date with a two-digit year has its shape ("17.05.15",
    a German page's date above "07:53" posts). With `styles` and `key`, the same for clocks
    of those styles, in the order `key` gives (see `HALF_DAY_STYLES`)."""
    key = key or _clock
    styles = styles or (CLOCK_SEPARATORS[str(chosen[1])],)
    others = {(chosen[0], style, *chosen[2:]) for style in styles}
    seconds = any(block.stamp.second is not None for block in members)
    extra = [block for block in blocks if block.line.clock_style in styles
             and _shape(lines, block) in others and (seconds or block.stamp.second is None)]
    first, last = key(members[0].stamp), key(members[-1].stamp)
    if not extra or first is None or last is None or first == last:
        return members
    union = sorted(members + extra, key=lambda block: block.start)
    clocks = [key(block.stamp) for block in union]
    chosen_starts = {block.start for block in members}
    descending = last < first
    if key is _half_clock:
        # (a 12-hour dial turns at noon: "11:50", "12:20", "1:05" rise; most steps say the order)
        steps = [after - before for before, after in pairwise(key(block.stamp) for block in members)
                 if before is not None and after is not None]
        descending = sum(step < 0 for step in steps) > sum(step > 0 for step in steps)
    for k, block in enumerate(union):
        if block.start in chosen_starts:
            continue
        run = [clock for clock in clocks[max(k - 1, 0):k + 2] if clock is not None]
        if run != sorted(run, reverse=descending):
            return members
    return union


#: What follows the clock on the line of a post that opens with its text, on a page whose
#: stamps stand alone ("2:42 p.m. Treasury Secretary ...", among "2:51 p.m." lines).
OPENING_RESTS: tuple[stamps.RestKind, ...] = ("headline", "text")


def _with_bare_clocks(blocks: list[Block], members: list[Block],
                      rests: tuple[stamps.RestKind, ...] = ("bare",)) -> list[Block]:
    """Pages whose posts open on their stamp line ("07.38 Our correspondent..."): a clock of
    the same style alone on its line, between two posts and between their clocks, is a post
    whose only content a copy does not give (an embedded tweet or video: "07.13"), and so is
    one that opens its text in the other way (after a dash, or not) when `rests` says so. With
    `rests` `OPENING_RESTS`, the other way round: on a page whose clocks stand alone, a clock
    of the same style and prefix that the post's text follows on its line, so placed, is a
    post that the page printed short."""
    if rests != ("bare",) and not any(block.line.rest_kind in rests for block in blocks):
        return members  # (most pages: no stamp line holds text)
    style = members[0].line.clock_style
    prefix = members[0].line.prefix
    chosen = {block.start for block in members}
    extra = []
    before: Block | None = None
    following = 0  # the first member after the block looked at
    for block in blocks:
        if block.start in chosen:
            before = block
            following += 1
            continue
        rest = block.line.rest_kind
        if rest not in rests or block.line.clock_style != style or block.stamp.has_date \
                or block.stamp.ago_minutes is not None or (rest != "bare" and block.line.prefix != prefix):
            continue
        if before is None or following == len(members):
            # above the first post or below the last: a post that opens with its text, whose
            # clock goes on in the order of the two posts beside it ("11:17 a.m. (Final post):
            # That's a wrap!" over "8:49 a.m.: ..." and "8:29 a.m.: ...")
            if rest == "bare" or len(members) < MIN_POSTS:
                continue
            pair = (members[0], members[1]) if before is None else (members[-2], members[-1])
            found = (_clock(block.stamp), _clock(pair[0].stamp), _clock(pair[1].stamp)) if before is None \
                else (_clock(pair[0].stamp), _clock(pair[1].stamp), _clock(block.stamp))
        else:
            found = (_clock(before.stamp), _clock(block.stamp), _clock(members[following].stamp))
        clocks = [clock for clock in found if clock is not None]
        if len(clocks) == 3 and (sorted(clocks) == clocks or sorted(clocks, reverse=True) == clocks):
            extra.append(block)
    return sorted(members + extra, key=lambda block: block.start) if extra else members


def _clock(stamp: Stamp) -> int | None:
    return stamp.hour * 60 + (stamp.minute or 0) if stamp.hour is not None else None


def _with_recent_ages(lines: list[str], blocks: list[Block], members: list[Block]) -> list[Block]:
    """Pages that print the newest posts' age ("20 minuti fa", "2h ago") instead of the date
    and clock the older posts show: a stamp line of an age alone, above the last of the
    page's stamps, is a post's too when a headline and text of its own follow it. Where the
    page's stamps show ages themselves ("2h ago 14.32 BST", or the age on the line above
    the clock), an age alone is an item of a key-events box."""
    chosen = {block.start for block in members}
    if any(block.stamp.ago_minutes is not None for block in members) or any(
            block.end + 1 in chosen and block.stamp.ago_minutes is not None for block in blocks):
        return members
    return _with_posts_of_their_own(lines, blocks, members, lambda block: block.start < members[-1].start
                                    and not block.stamp.has_clock and block.stamp.ago_minutes is not None)


def _with_older_clocks(lines: list[str], blocks: list[Block], members: list[Block]) -> list[Block]:
    """The other way round: a page whose stamps are ages ("منذ 5 دقائق", "2h ago") prints the
    date and clock of posts too old for one ("12 مارس 2026 09:15"), below the ages: such a
    stamp alone on its line, below the first age, with a headline and text of its own, is a
    post's too."""
    return _with_posts_of_their_own(lines, blocks, members,
                                    lambda block: block.start > members[0].start and block.stamp.has_clock)


def _with_posts_of_their_own(lines: list[str], blocks: list[Block], members: list[Block],
                             fits: Callable[[Block], bool]) -> list[Block]:
    """The page's stamps, and the other stamps alone on their line (or beside an author's name
    only: "NTB15 min") that `fits` takes and that two lines of text of their own follow (a
    headline and a paragraph)."""
    chosen = {block.start for block in members}
    starts = [block.start for block in blocks]
    extra = []
    for i, block in enumerate(blocks):
        if block.start in chosen or block.line.rest_kind not in ("bare", "author") or not fits(block):
            continue
        stop = starts[i + 1] if i + 1 < len(starts) else len(lines)
        own = sum(1 for index in range(block.end + 1, stop)
                  if lines[index].strip() and not furniture.is_boilerplate(lines[index]))
        if own >= 2:
            extra.append(block)
    return sorted(members + extra, key=lambda block: block.start) if extra else members


def _without_teasers(lines: list[str], blocks: list[Block]) -> list[Block]:
    """A footer heading between two stamps ("Read also", "Related stories") with only dated
    teasers below it (a stamp and at most one short line each, no text of their own): the
    stream ends at the heading, and the teasers' dates are no posts."""
    first_bare = len(blocks)
    while first_bare > 1 and _bare(lines, blocks, first_bare - 1):
        first_bare -= 1  # the run of bare blocks that ends the page (none, on most pages)
    if _teasers_only(lines, blocks) or _feed_below_story(lines, blocks):
        return []  # every stamp a teaser's (a headline and its age, "4시간전"), below an article's story
    for k in range(first_bare, len(blocks)):
        if any(furniture.is_footer_marker(lines[index]) for index in range(blocks[k - 1].end + 1, blocks[k].start)):
            return blocks[:k] if k >= MIN_POSTS else blocks
    return blocks


def _teasers_only(lines: list[str], blocks: list[Block]) -> bool:
    """Does every stamp hold at most a teaser's headline, below an article's story of
    TEASER_STORY paragraphs or more? A second list's heading ("Related stories") is none of
    a teaser's lines; the last stamp's may run on into the page's footer when the stamps above
    it are TEASER_RUN teasers or more and its own first line is a headline too (a sidebar's
    list of headlines, each above or below its date)."""
    last = len(blocks) - 1
    if last < 0 or not all(_bare(lines, blocks, j, headings=True) for j in range(last)):
        return False
    if not _bare(lines, blocks, last, headings=True):
        first = _next_content(lines, blocks[last].end + 1, len(lines))
        if last < TEASER_RUN or _holds_text(blocks[last].line) or first is None \
                or not title_like(lines[first]):
            return False
    return _story_paragraphs(lines, blocks[0].start) >= TEASER_STORY


def _feed_below_story(lines: list[str], blocks: list[Block]) -> bool:
    """Are the stamps a short feed of the site's other news below an article (a sidebar's
    "Direct" box: a few clocks, each over a headline or a short item), not posts? At most
    MAX_SIDE_FEED of them, each item at most MAX_SIDE_FEED_ITEM words, below a story of
    TEASER_STORY paragraphs or more that holds SIDE_FEED_RATIO times the words of everything
    from the first stamp to the page's footer."""
    if not MIN_POSTS <= len(blocks) <= MAX_SIDE_FEED or blocks[0].stamp.match_minute is not None:
        return False
    story = [words for line in lines[:blocks[0].start]
             if (words := _words(line)) >= MIN_PARAGRAPH_WORDS and not furniture.is_boilerplate(line)]
    if len(story) < TEASER_STORY:
        return False
    if any(sum(_words(lines[index]) for index in range(block.start, after.start)) > MAX_SIDE_FEED_ITEM
           for block, after in pairwise(blocks)):
        return False
    end = _footer_start(lines, blocks[-1].end + 1)  # (a text browser's list of the page's links is no feed)
    feed = sum(_words(lines[index]) for index in range(blocks[0].start, end))
    return sum(story) >= SIDE_FEED_RATIO * feed


def _feed_start(lines: list[str], blocks: list[Block]) -> int:
    """Where a sidebar's feed of other news below an article's story starts (`_feed_below_story`),
    or a list of dated teasers with no paragraph of a story below it (`_teasers_only`): the
    story ends above it. Only below CLOSING_RUN short lines of no story or more, right above the
    first stamp (a box's links and header: "Recevoir la newsletter" / "S'inscrire" / "Direct"): a
    few stamped posts right below a live page's introduction are as short, and are its own.
    The page's end where there is none."""
    if not blocks or _short_lines_above(lines, blocks[0].start) < CLOSING_RUN:
        return len(lines)
    if _feed_below_story(lines, blocks) or (
            _teasers_only(lines, blocks) and not _story_paragraphs_between(lines, blocks[-1].end + 1, len(lines))):
        return blocks[0].start
    return len(lines)


def _short_lines_above(lines: list[str], index: int) -> int:
    """How many lines of no story (`_story_line`) stand right above line `index`, up to the
    first that is one (blank lines and boilerplate not counted, nor do they end the run)?"""
    count = 0
    for at in range(index - 1, -1, -1):
        text = lines[at].strip()
        if not text or furniture.is_boilerplate(text):
            continue
        if _story_line(text):
            break
        count += 1
        if count >= CLOSING_RUN:
            break
    return count


def _story_paragraphs_between(lines: list[str], start: int, stop: int) -> bool:
    """Is there a paragraph of a story (a line of MIN_PARAGRAPH_WORDS words or more, no
    boilerplate) between lines `start` and `stop`?"""
    return any(_words(lines[index]) >= MIN_PARAGRAPH_WORDS and not furniture.is_boilerplate(lines[index])
               for index in range(start, stop))


def _story_paragraphs(lines: list[str], stop: int) -> int:
    """The paragraphs of a story above line `stop` (lines of MIN_PARAGRAPH_WORDS words or more)."""
    return sum(1 for index in range(stop) if _words(lines[index]) >= MIN_PARAGRAPH_WORDS
               and not furniture.is_boilerplate(lines[index]))


def _bare(lines: list[str], blocks: list[Block], j: int, *, headings: bool = False) -> bool:
    """Does block `j` have at most one short line of its own before the next stamp (and no
    text on its stamp line: "17.00 The search has been called off" holds its post's text)?
    With `headings`, a footer heading there ("Related stories", a list's title) is none of its."""
    if _holds_text(blocks[j].line):
        return False
    stop = blocks[j + 1].start if j + 1 < len(blocks) else len(lines)
    own = [index for index in range(blocks[j].end + 1, stop)
           if lines[index].strip() and not furniture.is_boilerplate(lines[index])
           and not (headings and furniture.is_footer_marker(lines[index]))]
    if len(own) == 2 and _source_label(lines[own[0]]):
        own = own[1:]  # the wire's name on a line of its own below the clock ("10:25", "AFP", the headline)
    return len(own) <= 1 and all(title_like(lines[index]) for index in own)


def _source_label(text: str) -> bool:
    """A wire's or a source's name alone: at most MAX_SOURCE_LABEL_WORDS capitalised words ("AFP",
    "Reuters", "AP News")."""
    words = text.split()
    return 0 < len(words) <= MAX_SOURCE_LABEL_WORDS and all(word[:1].isupper() and word.isalpha() for word in words)


def _holds_text(stamp_line: StampLine) -> bool:
    """Does a stamp's line hold text of its own ("17.00 The search has been called off"), more
    than a wire's or a source's name after the clock ("10:25 AFP" in a sidebar's wire list)?"""
    if stamp_line.rest_kind == "text" and not _source_label(stamp_line.rest):
        return True
    return _sentence(stamp_line.rest)


def _publication_repeated(blocks: list[Block]) -> bool:
    """Every stamp names the page's publication ("Publicerad idag 06:56" in the head,
    "Publicerad 11 mars 2026 kl 06:56" below the story) at one clock: one article's date
    printed twice, not posts (a live blog's posts have times of their own)."""
    return all(block.line.page_time == "published" for block in blocks) \
        and len({(block.stamp.hour, block.stamp.minute) for block in blocks}) == 1


def _without_dateline(lines: list[str], blocks: list[Block]) -> list[Block]:
    """The page's own dateline ("Nov 02, 2023 02:45 PM IST" under the byline) can have the
    shape of the posts' stamps. It stands above them all with nothing of its own before
    the next stamp (or before a key-points box, which belongs to the preamble), where a
    post has a headline or text: it goes to the preamble."""
    if len(blocks) < MIN_POSTS or blocks[0].stamp.match_minute is not None or blocks[0].line.rest_kind != "bare" \
            or blocks[0].headline is not None or _pin_above(lines, blocks, 0) is not None:
        return blocks  # (a pinned post's stamp may hold the only date: it is no dateline)
    first = blocks[0].stamp
    if first.year is not None and first.has_date and not any(block.stamp.has_date for block in blocks[1:]) \
            and not (_clock_first(first) and _headed(lines, blocks[0].end + 1, blocks[1].start)) \
            and not _clock_again(lines, blocks[0]) and not _dated_above(blocks[0]):
        # the only stamp with a date, a full one, above posts that print their clock alone:
        # the page's date ("28 Września 2020, 18:00" in a match page's header), whatever
        # text (a menu, the teams) stands between it and the stream. Printed as the posts'
        # clocks are, the date after it ("19:21 26.5.2024"), over a headline and text, it is
        # the newest post's stamp (a page that dates the first post of each day); so too when
        # its clock is printed again below it (`_dated_then_clock`).
        return blocks[1:]
    if first.year is not None and first.has_clock and stamps.weekday_first(first.text) \
            and not any(stamps.weekday_first(block.stamp.text) for block in blocks[1:]):
        # the only stamp that opens with a weekday, a full date and a clock, above the posts
        # ("Kamis, 12 Maret 2026 09:05 WIB" over ages and older posts' dates): the header's
        return blocks[1:]
    if len(blocks) > MIN_POSTS and _date_first(first) \
            and all(_clock_first(block.stamp) and block.stamp.has_date for block in blocks[1:]):
        # the only stamp that prints its date before its clock, above posts (two or more, to
        # show the form) that print theirs after it ("05 Dec 2025 | 12:04:54 AM IST" over
        # "12:04:53 AM IST, 05 Dec 2025"): the header's, whatever stands below it (a caption,
        # the synopsis) before the first post
        return blocks[1:]
    if first.ago_minutes is not None and not first.has_clock and not first.has_date \
            and all(block.stamp.ago_minutes is not None and block.stamp.has_date for block in blocks[1:]):
        # an age alone above posts whose stamps print an age and a date ("3 hours ago" under
        # the page's byline, over "12 mins ago April 19, 2026"): the header's time
        return blocks[1:]
    for index in range(blocks[0].end + 1, blocks[1].start):
        text = lines[index].strip()
        if furniture.KEY_POINT_HEADERS.fullmatch(text):
            break
        if text and not furniture.is_boilerplate(text) and read_stamp(text) is None:
            return blocks  # a line of its own: a post
    return blocks[1:]


def _clock_first(stamp: Stamp) -> bool:
    """Does the stamp's text open with its clock ("19:21 26.5.2024"), not its date?"""
    return stamp.hour is not None and _OPENING_CLOCK.match(stamp.text) is not None


def _date_first(stamp: Stamp) -> bool:
    """Does the stamp print a full date, then its clock ("05 Dec 2025 | 12:04:54 AM IST")?"""
    return stamp.year is not None and stamp.has_date and stamp.has_clock and not _clock_first(stamp)


def _headed(lines: list[str], start: int, stop: int) -> bool:
    """Do the lines from `start` open with a headline, with text below it before `stop`?"""
    first = _next_content(lines, start, stop)
    return first is not None and title_like(lines[first]) and read_stamp(lines[first].strip()) is None \
        and _next_content(lines, first + 1, stop) is not None


#: A line of text this long after a stamp with an hour word before its clock is a post's, whether
#: or not it ends its sentence (a Greek ticker's "Ώρα 12:58 - ..." one-liners end with none): a
#: list's items are shorter (a timetable's entries), or print their clock alone (a sidebar's
#: "12:27 Headline" teasers, as long as a ticker's lines).
RUN_ON_WORDS = 12


def _listed(members: list[Block]) -> bool:
    """Stamps followed by text on lines next to each other are a list (a timetable, a
    key-events box), not posts: posts have their own lines between stamps."""
    adjacent = sum(1 for first, second in pairwise(members) if second.start == first.end + 1)
    if adjacent * 2 < max(1, len(members) - 1):
        return False
    # ...unless most of those lines go on with a sentence: a ticker of one-line posts
    # ("ORE 20:15 – Zelensky ha ringraziato l'Italia per il sostegno dato in questi mesi."), or
    # one-line posts with no blank line between ("Jane Doe 9/7/2016 4:57:09 PMNow that we're
    # seated, ..."), as ScribbleLive's copies print them; a list's items are headlines or a
    # timetable's entries
    sentences = sum(1 for block in members if _sentence(block.line.rest)
                    or (block.line.prefix >= 0 and _words(block.line.rest) >= RUN_ON_WORDS))
    if members[0].stamp.match_minute is not None:
        # a commentary's one-liners are short ("60. min - Kara dla Nowaka."); a list of
        # scorers or cards by minute ("42'Nowak") ends no sentence
        sentences = sum(1 for block in members if block.line.rest.rstrip().endswith(_STORY_ENDS))
    return sentences * 2 <= len(members)


def _sentence(text: str) -> bool:
    """Is the text a sentence of a story: at least MIN_PARAGRAPH_WORDS words, and its end?"""
    return text.rstrip().endswith(_STORY_ENDS) and _words(text) >= MIN_PARAGRAPH_WORDS


def _day_headings(lines: list[str], candidates: dict[int, StampLine], blocks: list[Block],
                  roles: Roles) -> dict[int, Stamp]:
    """Lines holding only a date ("Monday 14 August 2023") among the posts, each with the
    post it dates: the first one below it. Between posts, a date line is a day heading only
    where the clocks change day across it (they rise going down a newest-first page); a
    date inside a post (an embedded article card's "26 October 2023") is not. Above the first
    post, only the date nearest it is one: a date with another below it (the page's dateline
    "5:00PM GMT 31 Dec 2014") is the masthead's day, the day the page was read."""
    in_blocks = {index for block in blocks for index in range(block.start, block.end + 1)}
    clocks = [_clock(block.stamp) for block in blocks]
    known = [minutes for minutes in clocks if minutes is not None]
    falls = sum(1 for before, after in pairwise(known) if after < before)
    newest_first = falls * 2 > len(known) - 1
    # dates alone on their lines with a year, in page order: falling, they say newest first
    # whatever the clocks (two or three posts a day rise as often as they fall)
    days = [(stamp.year, stamp.month, stamp.day) for index, candidate in candidates.items()  # (in line order)
            if (stamp := candidate.stamp).year is not None and not stamp.has_clock and stamp.has_date
            and candidate.rest_kind == "bare" and index not in in_blocks]
    if len(days) >= MIN_POSTS and len(set(days)) == len(days) and (days == sorted(days) or days == sorted(days)[::-1]):
        newest_first = days[0] > days[-1]
    headings = {}
    following = 0
    for index in sorted(candidates):
        candidate = candidates[index]
        stamp = candidate.stamp
        if index in in_blocks or not stamp.has_date or stamp.has_clock or stamp.ago_minutes is not None \
                or candidate.rest_kind != "bare":
            continue
        while following < len(blocks) and blocks[following].start < index:
            following += 1
        if following == len(blocks):
            break
        if following:
            above, below = clocks[following - 1], clocks[following]
            if above is None or below is None or (below > above if newest_first else below < above) is False:
                continue
        elif any(candidates[other].stamp.has_date for other in candidates if index < other < blocks[0].start):
            continue  # a masthead's "Saturday 03 January 2015" above the page's own dateline
        elif _story_paragraphs_between(lines, index + 1, blocks[0].start):
            continue  # the page's date (a weather box's "05 NOVEMBER 2024") above its title and standfirst
        headings[index] = stamp
        roles.set(index, "dateline", "a day heading: it dates the post below it")
    return headings


#: A numbered series of cards (the results of a race's heats, "Bieg 13 64.37 sek." over the
#: lines of its table) shows at least this many, each numbered apart...
MIN_CARDS = 3
#: ...each a line that opens a paragraph with at least this many lines right below it, no
#: blank line between (a copy sets a page's paragraphs one to a line, blank lines between).
CARD_LINES = 3
#: The number a card opens with, after its series' name ("Bieg 13", "Heat 2", "Round 11").
_CARD_NUMBER = patterns.compile(r"([^\W\d_][^\d\n]{0,30}?) ?(\d{1,3})\b")


def _numbered_cards(lines: list[str], blocks: list[Block], starts: list[int], footer: int) -> list[int]:
    """Posts that print no stamp of their own among the stamped ones, shown by a numbered
    series of cards: lines that open a paragraph with a block of lines right below them,
    each named alike and numbered apart ("Bieg 1" ... "Bieg 15", a heat's result over its
    table, a post of its own whose markup prints no time), at least `MIN_CARDS` of them.
    A card right below a stamp opens that stamp's post. The cards' lines, in page order."""
    series: dict[str, list[tuple[int, str]]] = {}
    # (a copy sets most paragraphs apart by a blank line: the first two tests leave them; a
    # search of the whole text for the others cost more than this loop)
    for index in range(starts[0] + 1, footer - 1):
        if not lines[index + 1] or not (line := lines[index].lstrip()) or not line[0].isalpha() \
                or (lines[index - 1].rstrip()[-1:] not in _STORY_END_MARKS) or not lines[index + 1].strip() \
                or (found := _CARD_NUMBER.match(line)) is None:
            continue  # (a text browser indents the card, and sets no blank line after a paragraph above it)
        post = bisect_right(starts, index) - 1
        if index <= blocks[post].end or _previous_content(lines, index - 1, blocks[post].end) is None:
            continue  # in a stamp's block, or the first line of a stamped post
        # the card's own lines, down to the next post (a post's last line above a stamp is
        # none), not all of them furniture (share buttons)
        stop = starts[post + 1] if post + 1 < len(starts) else footer
        run = content = 0
        below = index + 1
        while below < stop and lines[below].strip() and (run < CARD_LINES or not content):
            run += 1
            content += not furniture.is_boilerplate(lines[below])
            below += 1
        if run >= CARD_LINES and content:
            series.setdefault(found.group(1).strip().casefold(), []).append((index, found.group(2)))
    cards: list[int] = []
    for members in series.values():
        if len(members) >= MIN_CARDS and len({number for _, number in members}) == len(members):
            cards.extend(index for index, _ in members)
    opened = set(cards)
    # a card's own line right below another's ("Bieg 14 65.25 sek." / "Fogo Unia Leszno 56", the
    # table's first row, as a text browser prints it without a blank line) opens no card
    return sorted(index for index in opened if index - 1 not in opened)


#: A live page's posts numbered as a list, as a text copy of an <ol> prints them ("  1. Goodbye",
#: the post's text indented below): at least this many, numbered 1, 2, 3, ... in page order.
MIN_NUMBERED_POSTS = 3
#: The number and headline of such a post: a little indent, the number, a dot, the headline.
_NUMBERED_POST = patterns.compile(r"( {0,8})(\d{1,3})\. (\S.{0,199})")
#: The bullet and headline of a post in a bulleted list of them: a little indent, a bullet, the headline.
_BULLETED_POST = patterns.compile(r"( {0,8})[•▪●] (\S.{0,199})")


def _numbered_posts(lines: list[str]) -> list[tuple[int, int]]:
    """A page with no stamps whose posts are a numbered list below a live page's label ("Live
    Reporting"): each item a headline with the post's text indented deeper below it. The
    items' (line, stop) pairs, in page order; none unless `MIN_NUMBERED_POSTS` or more are
    numbered from 1 on, one after another, each with text of its own. Or a bulleted list
    ("  • Headline", Observador's "Histórico de atualizações"): items at one margin, every line
    between them indented deeper (an article's list sets its paragraphs at the margin)."""
    label = next((index for index, line in enumerate(lines)
                  if len(line) <= MAX_PIN_LINE and line.strip().lower() in furniture.LIVE_PAGE_LABELS), None)
    if label is None:
        return []
    items: list[tuple[int, int]] = []  # (line, indent)
    for index in range(label + 1, len(lines)):
        line = lines[index]
        if not line or not line[:9].lstrip()[:1].isdigit():
            continue
        found = _NUMBERED_POST.fullmatch(line.rstrip())
        if found is None:
            continue
        indent, number = len(found.group(1)), int(found.group(2))
        if number == len(items) + 1 and (not items or indent == items[0][1]):
            items.append((index, indent))
    if len(items) < MIN_NUMBERED_POSTS:
        items = _bulleted_items(lines, label + 1)
    if len(items) < MIN_NUMBERED_POSTS:
        return []
    posts: list[tuple[int, int]] = []
    for k, (index, indent) in enumerate(items):
        if k + 1 < len(items):
            own = items[k + 1][0]  # down to the next post
        else:
            own = index + 1
            while own < len(lines) and (not lines[own].strip() or len(lines[own]) - len(lines[own].lstrip()) > indent):
                own += 1  # the last post's text: indented deeper than its number (the page's footer is not)
        if not any(lines[below].strip() for below in range(index + 1, own)):
            return []  # an item with no text of its own: a list, not posts
        posts.append((index, own))
    return posts


def _bulleted_items(lines: list[str], start: int) -> list[tuple[int, int]]:
    """The (line, indent) of the bulleted items from `start` that may be posts (see `_numbered_posts`):
    those at the first item's margin, each with lines below it, all indented deeper, down to the next."""
    items: list[tuple[int, int]] = []
    for index in range(start, len(lines)):
        line = lines[index]
        if not line.strip():
            continue
        margin = len(line) - len(line.lstrip())
        if items and margin > items[0][1]:
            continue  # the item's text (or a list inside it)
        found = _BULLETED_POST.fullmatch(line.rstrip())
        if found is None or (items and margin != items[0][1]):
            break  # a line at the items' margin or left of it that is no item: the list has ended
        items.append((index, margin))
    return items


def _listed_headline(line: str) -> str:
    """The headline of a numbered or bulleted post's item: its text after the number or bullet."""
    found = _NUMBERED_POST.fullmatch(line.rstrip()) or _BULLETED_POST.fullmatch(line.rstrip())
    assert found is not None
    return found.group(found.lastindex or 0).strip()


def _untimed_live(lines: list[str], posts: list[tuple[int, int]], roles: Roles, header: Stamp | None) -> Draft:
    """A live page whose copy kept no times, its posts numbered (`_numbered_posts`): each post
    an entry with no time, its headline the item's text."""
    entries = []
    for index, stop in posts:
        roles.set(index, "headline", "a listed post's headline (the page's posts are a numbered or bulleted list)")
        paragraphs, media = _body(lines, index + 1, stop, roles)
        headline = _listed_headline(lines[index])
        kind = _headline_kind(headline)
        if kind is None and (glued := _glued_label(headline)) is not None:
            kind, headline = glued  # "BreakingTotal lockdown ...", a badge glued to the item's headline
        entries.append(RawEntry(stamp=None, headline=headline, paragraphs=paragraphs, media=media,
                                kind=kind or "post", line=index + 1))
    return _untimed_page(lines, entries, posts[0][0], posts[-1][1], roles, header)


#: The words a live page without clocks signs each post off with, below its text ("Posted by Julia
#: Johnson", as Fox News's live pages print it; "Report by Jane Doe", IOL's), in lower case.
SIGNOFF_WORDS = (stamps.POSTED_BY, "report by ", "reported by ")
#: Fewest such posts for a page to be read as their live page: one signed line may close an article.
MIN_SIGNED_POSTS = 3


def _signoff(line: str) -> list[str]:
    """The names on a post's sign-off line ("Posted by Julia Johnson"), else none: a byline
    that opens with one of `SIGNOFF_WORDS`, or names alone after a dash ("—Elise Takahama",
    "—Associated Press", as US papers' live updates sign each post)."""
    text = line.strip()
    if text.lower().startswith(SIGNOFF_WORDS):
        return byline_names(text)
    if text.startswith(SIGNOFF_DASHES) and len(text) <= MAX_NAME_LINE:
        return _dashed_names(text[1:].lstrip())
    return []


def _signed_posts(lines: list[str]) -> list[tuple[int, int]]:
    """A page with no stamps whose posts each close with a sign-off (`SIGNOFF_WORDS`): a headline,
    paragraphs, then "Posted by Name". The posts' (headline, sign-off) lines, in page order; none
    unless `MIN_SIGNED_POSTS` or more above the footer, each a headline-like line over at least
    one paragraph of a story and nothing else headline-like (a comment signed above its text,
    or a sign-off below an article's story, is none)."""
    footer = _footer_start(lines, 0)
    signoffs = [index for index in range(footer) if lines[index] and _signoff(lines[index])]
    if len(signoffs) < MIN_SIGNED_POSTS:
        return []
    posts: list[tuple[int, int]] = []
    for k, signoff in enumerate(signoffs):
        if k:
            headline = _next_content(lines, signoffs[k - 1] + 1, signoff)
        else:  # the first post: up from its sign-off, past its paragraphs, to its headline
            headline = _previous_content(lines, signoff - 1, -1)
            while headline is not None and not title_like(lines[headline]):
                headline = _previous_content(lines, headline - 1, -1)
        if headline is None or not title_like(lines[headline]):
            return []
        text = [index for index in range(headline + 1, signoff) if lines[index].strip()
                and not furniture.is_boilerplate(lines[index])]
        if not any(_words(lines[index]) >= MIN_PARAGRAPH_WORDS for index in text) \
                or any(title_like(lines[index]) and not _sentence(lines[index]) for index in text):
            return []  # (a quoted paragraph, '"... are here."', ends a sentence: no headline)
        posts.append((headline, signoff))
    return posts


def _untimed_signed(lines: list[str], posts: list[tuple[int, int]], roles: Roles, header: Stamp | None) -> Draft:
    """A live page whose copy kept no times, its posts signed off (`_signed_posts`): each post an
    entry with no time, its headline, text and author; one under a pin label is pinned."""
    entries = []
    for headline, signoff in posts:
        roles.set(headline, "headline", "a signed post's headline (the page's posts close with a sign-off)")
        roles.set(signoff, "author", "a post's sign-off")
        paragraphs, media = _body(lines, headline + 1, signoff, roles)
        above = _previous_content(lines, headline - 1, -1)
        pinned = above is not None and _pin_label(lines[above])
        if pinned:
            roles.set(above, "label", "marks a post as pinned (out of time order)")  # type: ignore[arg-type]
        title = lines[headline].strip()
        entries.append(RawEntry(stamp=None, headline=title, authors=tuple(_signoff(lines[signoff])),
                                paragraphs=paragraphs, media=media, kind=_headline_kind(title) or "post",
                                line=headline + 1, pinned=pinned))
    first = posts[0][0]
    above = _previous_content(lines, first - 1, -1)
    top = above if above is not None and _pin_label(lines[above]) else first
    return _untimed_page(lines, entries, top, posts[-1][1] + 1, roles, header)


#: A post's link button as a copy prints it right below the post's headline ("Link copied", the
#: button's hidden notice, as The Washington Post's live pages are copied), in lower case. ("Copy
#: link" is not one: article templates print it under each section's heading too.)
POST_LINK_LABELS = frozenset(("link copied", "link copied!"))


def _bylined_posts(lines: list[str]) -> list[tuple[int, int, int]]:
    """A page with no stamps whose posts are each a headline, a line right below it that heads
    the post's text, and paragraphs: a byline below a live page's label ("Live",
    `furniture.LIVE_PAGE_LABELS`; "By Faye Brown, political reporter", as Sky News's live pages
    are copied) or the post's link button (`POST_LINK_LABELS`). The posts' (headline, byline,
    stop) lines, in page order; none unless `MIN_SIGNED_POSTS` or more above the footer, each
    with a paragraph of a story of its own (one byline under an article's title is none)."""
    label = next((index for index, line in enumerate(lines[:HEAD_LINES])
                  if len(line) <= MAX_PIN_LINE and line.strip().lower() in furniture.LIVE_PAGE_LABELS), None)
    footer = _footer_start(lines, 0)
    found: list[tuple[int, int]] = []
    for index in range(footer):
        if lines[index][:4].lstrip()[:3].lower() == "by ":
            if label is None or index < label or not _post_byline(lines[index]):
                continue
        elif len(lines[index]) > MAX_PIN_LINE or lines[index].strip().lower() not in POST_LINK_LABELS:
            continue
        headline = _previous_content(lines, index - 1, -1)
        if headline is not None and title_like(lines[headline]) and (not found or headline > found[-1][1]):
            found.append((headline, index))
    if len(found) < MIN_SIGNED_POSTS:
        return []
    posts: list[tuple[int, int, int]] = []
    for k, (headline, byline) in enumerate(found):
        stop = found[k + 1][0] if k + 1 < len(found) else footer
        if not _story_paragraphs_between(lines, byline + 1, stop):
            return []
        posts.append((headline, byline, stop))
    return posts


def _post_byline(line: str) -> list[str]:
    """The names of a byline, its writer's role after a comma or not ("By Faye Brown, political
    reporter", "By Jane Doe and John Roe")."""
    text = line.strip()
    if (name := _name_before_role(text[3:])) is not None:
        return [name]
    return byline_names(text)


def _name_before_role(text: str) -> str | None:
    """The name before a writer's role or desk after a comma ("Faye Brown, political reporter",
    "Jane Doe, National Content Desk"), else None."""
    name, comma, role = text.partition(",")
    if comma and len(role) <= MAX_CREDIT_TAIL * 2 and furniture.ROLE_WORDS.search(role) and name_like(name):
        return name.strip()
    return None


def _untimed_bylined(lines: list[str], posts: list[tuple[int, int, int]], roles: Roles,
                     header: Stamp | None) -> Draft:
    """A live page whose copy kept no times, each post a headline over its byline
    (`_bylined_posts`): an entry with no time, its headline, authors and text."""
    entries = []
    for headline, byline, stop in posts:
        roles.set(headline, "headline", "a post's headline, over its byline (the page's posts print no times)")
        authors = _post_byline(lines[byline]) if lines[byline].strip().lower() not in POST_LINK_LABELS else []
        if authors:
            roles.set(byline, "author", "a post's byline")
        else:
            roles.set(byline, "furniture", "a post's link button below its headline (no byline)")
        paragraphs, media = _body(lines, byline + 1, stop, roles)
        title = lines[headline].strip()
        entries.append(RawEntry(stamp=None, headline=title, authors=tuple(authors),
                                paragraphs=paragraphs, media=media, kind=_headline_kind(title) or "post",
                                line=headline + 1))
    return _untimed_page(lines, entries, posts[0][0], posts[-1][2], roles, header)


#: The mark a German news ticker opens each post's line with, kept by a copy that kept no
#: times: "+++ Die EU stellt ... zur Verfügung." (the post's lead sentence, Deutschlandfunk's
#: newsblog) or "+++Regierung: ... +++" (its headline between marks).
POST_MARKS = ("+++",)
#: Fewest words of a marked post's line: a banner ("+++ EILMELDUNG +++") heads no post.
MIN_MARKED_WORDS = 3


def _marked_posts(lines: list[str]) -> list[tuple[int, int]]:
    """A page with no stamps whose posts each open with a ticker's mark (`POST_MARKS`), the
    post's paragraphs below, a day heading ("Samstag, 25. November") between them or not. The
    posts' (line, stop) pairs, in page order; none unless `MIN_SIGNED_POSTS` or more stand
    above the footer, each of `MIN_MARKED_WORDS` words or more and no stamp (a ticker whose
    copy kept its clocks is read by its stamps)."""
    found = [index for index, line in enumerate(lines) if line[:12].lstrip().startswith(POST_MARKS)]
    if len(found) < MIN_SIGNED_POSTS:
        return []
    footer = _footer_start(lines, 0)
    found = [index for index in found if index < footer]
    if len(found) < MIN_SIGNED_POSTS or any(
            _words(lines[index].replace("+", " ")) < MIN_MARKED_WORDS or read_stamp(lines[index]) is not None
            for index in found):
        return []
    return list(pairwise([*found, footer]))


def _untimed_marked(lines: list[str], posts: list[tuple[int, int]], roles: Roles, header: Stamp | None) -> Draft:
    """A live page whose copy kept no times, each post opened by a ticker's mark
    (`_marked_posts`): an entry with no time; its headline the marked line's text where marks
    close it too ("+++Headline +++"), else that line opens its text (a lead sentence). Day
    headings between the posts are no post's text."""
    entries = []
    for index, stop in posts:
        skip = {below for below in range(index + 1, stop) if lines[below].strip() and _bare_date(lines[below])}
        for below in skip:
            roles.set(below, "dateline", "a day heading between untimed posts")
        paragraphs, media = _body(lines, index + 1, stop, roles, skip)
        text = lines[index].strip().lstrip("+ ")
        if text.endswith(POST_MARKS):
            headline: str | None = text.rstrip("+ ")
            roles.set(index, "headline", "a post's headline between a ticker's marks (the page prints no times)")
        else:
            headline, paragraphs = None, (text, *paragraphs)
            roles.set(index, "body", "a post's lead, opened by a ticker's mark (the page prints no times)")
        entries.append(RawEntry(stamp=None, headline=headline, paragraphs=paragraphs, media=media,
                                kind=_headline_kind(headline) or "post", line=index + 1))
    return _untimed_page(lines, entries, posts[0][0], posts[-1][1], roles, header)


def _untimed_page(lines: list[str], entries: list[RawEntry], top: int, footer: int, roles: Roles,
                  header: Stamp | None) -> Draft:
    """A live page whose copy kept no times (`_untimed_live`, `_untimed_signed`, `_untimed_bylined`,
    `_untimed_marked`): its `entries`, its preamble's fields above line `top`, its footer from line
    `footer` on."""
    for index in range(footer, len(lines)):
        roles.set(index, "furniture", "page footer after the last post")
    preamble = _preamble(lines, top, roles, header=header)
    return replace(preamble, entries=tuple(entries), explanations=roles.explanations())


def _untimed(lines: list[str], start: int, stop: int, roles: Roles, skip: set[int]) -> RawEntry:
    """A post with no stamp of its own, from `start` to `stop`: its text (a card's name stays
    its first line, as the page prints it)."""
    paragraphs, media = _body(lines, start, stop, roles, skip)
    roles.set(start, "body", "a card of a numbered series: a post with no stamp of its own")
    return RawEntry(stamp=None, headline=None, paragraphs=paragraphs, media=media, line=start + 1)


def _without_box_items(entries: list[RawEntry], blocks: list[Block],
                       roles: Roles) -> tuple[list[RawEntry], list[str]]:
    """A key-points box lists posts by their time and headline: an item with no text or
    byline of its own that repeats a full post's time and headline is that box's, not a post."""
    def key(entry: RawEntry) -> tuple[object, ...] | None:
        stamp = entry.stamp
        if stamp is None or entry.headline is None:
            return None
        return (stamp.hour, stamp.minute, stamp.ago_minutes, " ".join(entry.headline.casefold().split()))

    def texts(entry: RawEntry) -> bool:  # (a day's heading below an item is the posts' below it, no text)
        if entry.media or len(entry.paragraphs) != 1:
            return bool(entry.media or entry.paragraphs)
        return len(entry.paragraphs[0]) > MAX_DAY_HEADING or not _bare_date(entry.paragraphs[0])

    full = {key(entry) for entry in entries if texts(entry)}  # (an item is never the full post it repeats)
    kept: list[RawEntry] = []
    boxed: list[str] = []
    items: list[int] = []  # (the lines of the items' headlines, for --explain)
    first = 0  # the line of the box's first item
    for entry, block in zip(entries, blocks, strict=True):
        if entry.authors or entry.headline is None or key(entry) not in full or texts(entry):
            kept.append(entry)
            continue
        if not boxed:
            first = block.start
        boxed.append(entry.headline)
        if roles.enabled:
            for index in range(block.start, block.end + 1):
                roles.found[index] = ("furniture", "the time of an item of a box listing posts")
            for index in range(block.end + 1, min(block.end + 5, len(roles.lines))):
                if roles.lines[index].strip() == entry.headline:
                    items.append(index)
                    break
            for paragraph in entry.paragraphs:  # (a day's heading below the item: `texts`)
                for index in range(block.end + 1, min(block.end + 8, len(roles.lines))):
                    if roles.lines[index].strip() == paragraph:
                        roles.found[index] = ("dateline", "a day's heading below a key-points box item")
                        break
    contents = len(boxed) >= MIN_CONTENTS and _contents_run([entry.headline for entry in kept if texts(entry)], boxed) \
        and not _key_points_header(roles.lines, first)
    for index in items:
        roles.found[index] = ("furniture", "an item of the stream's table of contents: it repeats a post") \
            if contents else ("key-point", "an item of a key-points box: it repeats a post")
    # (every post of a stretch, in order: the stream's table of contents, no key points)
    return kept, [] if contents else boxed


#: A day's heading alone on its line ("Wednesday, 11 March 2026") is at most this long.
MAX_DAY_HEADING = 40
#: A table of contents lists this many posts at least (a run of them, in their order).
MIN_CONTENTS = 3


#: A key-points box's header stands this many lines of text above its first item at most
#: ("Key events", then a rule line "-" over the item's time, as the Guardian's copies print it).
KEY_POINTS_HEADER_REACH = 2


def _key_points_header(lines: list[str], start: int) -> bool:
    """Is a key-points box's header (`furniture.KEY_POINT_HEADERS`: "Key events", "What we know")
    among the lines of text right above line `start`, the first item of a box? A box so headed
    is the page's key points even where its items are a run of the posts in their order (a
    short page whose key events are its newest posts); a feed of every post has no such header."""
    seen = 0
    for index in range(start - 1, -1, -1):
        text = lines[index].strip()
        if not text:
            continue
        if furniture.KEY_POINT_HEADERS.fullmatch(text):
            return True
        seen += 1
        if seen == KEY_POINTS_HEADER_REACH:
            return False
    return False


def _contents_run(headlines: list[str | None], listed: list[str]) -> bool:
    """Are the `listed` headlines those of a run of the posts (`headlines`, in page order), none
    left out between the first and the last: a feed of the latest posts, where a key-points box
    picks a few?"""
    try:
        first = headlines.index(listed[0])
    except ValueError:
        return False
    return headlines[first:first + len(listed)] == listed


#: A pin label alone on its line, lower case, perhaps as a list item ("• fastnålat inlägg").
_PIN_LINES = PINNED_LABELS | frozenset(f"{bullet} {label}" for bullet in furniture.BULLETS for label in PINNED_LABELS)


def _pin_label(line: str) -> bool:
    """Is the line a pin label alone ("Pinned post", "  • Fastnålat inlägg", a list item as copies print it)?"""
    return bool(line) and len(line) <= MAX_PIN_LINE and line.strip().lower().rstrip(":") in _PIN_LINES


def _pin_above(lines: list[str], blocks: list[Block], i: int) -> int | None:
    """The pin label standing over stamp `i`, at most `PIN_REACH` lines of text above it and below
    the stamp before (a label, then the post's headline, then its stamp), as a line."""
    stop = blocks[i - 1].end if i else -1
    index = blocks[i].start
    for _ in range(PIN_REACH):
        above = _previous_content(lines, index - 1, stop)
        if above is None:
            return None
        if _pin_label(lines[above]):
            return above
        index = above
    return None


#: A pin label stands at most this many lines of text above its post's stamp (a headline between).
PIN_REACH = 2


def _pinned_titles(lines: list[str], blocks: list[Block], pins: dict[int, int], starts: list[int]) -> list[int]:
    """Where each post starts, with a pinned post's headline printed between its pin label and its
    stamp ("  • Fastnålat inlägg" / headline / "10 juni 2022 22.09", on a page whose other posts
    print theirs below the stamp): at that headline, one line alone there."""
    out = starts
    for label, i in pins.items():
        block = blocks[i]
        if not label < block.start or starts[i] != block.start:
            continue
        between = [index for index in range(label + 1, block.start) if lines[index].strip()]
        if len(between) == 1 and title_like(lines[between[0]]):
            out = list(out) if out is starts else out
            out[i] = between[0]
    return out


def _pinned_labels(lines: list[str], blocks: list[Block], roles: Roles) -> dict[int, int]:
    """'Pinned post' lines, each with the post it pins: the one whose stamp is nearest."""
    pins: dict[int, int] = {}
    starts = [block.start for block in blocks]
    for index in range(min(blocks[-1].end + 3, len(lines))):
        line = lines[index]
        if line and len(line) <= MAX_PIN_LINE and line.strip().lower().rstrip(":") in _PIN_LINES:  # (_pin_label)
            # blocks are sorted and apart: the nearest is one of the two around the label
            after = bisect_left(starts, index)
            nearest = min((i for i in (after - 1, after) if 0 <= i < len(blocks)),
                          key=lambda i: min(abs(index - blocks[i].start), abs(index - blocks[i].end)))
            pins[index] = nearest
            roles.set(index, "label", "marks a post as pinned (out of time order)")
    return pins


#: Posts printing a name below their headline that make a name right below a stamp, above a
#: paragraph, the byline of a post without a headline.
MIN_BYLINED = 2


#: The posts whose closing line decides, for a long page, whether its posts are signed off.
SIGNOFF_SAMPLE = 8


def _signoffs(lines: list[str], blocks: list[Block], starts: list[int], footer: int, roles: Roles) -> dict[int, int]:
    """Most posts end with their author's name on a line of its own ("Rina Wulandari", "By
    Jane Doe", "김민지 기자"): that line, by post, is its author and no text of it. A post whose
    only text is a name keeps it."""
    found: dict[int, int] = {}
    for i, block in enumerate(blocks):
        if i == SIGNOFF_SAMPLE and len(found) * 2 <= i:
            return {}  # the first posts are not signed off: a page signs all its posts or none
        stop = starts[i + 1] if i + 1 < len(blocks) else footer
        last = _previous_text(lines, stop - 1, block.end)
        if last is None or not _signoff_names(lines[last]):
            continue
        before = _previous_text(lines, last - 1, block.end)
        # a headline and text above the name, or the post's text on the stamp's line
        opens = bool(block.line.rest) and block.line.rest_kind in OPENING_RESTS
        if (before is not None and before > block.end + 1) or (opens and last > block.end):
            found[i] = last
    if len(found) * 2 <= len(blocks):
        return {}
    for index in found.values():
        roles.set(index, "author", "a name closing the post, as on most posts of this page")
    return found


#: Marks a page sets between a post's author and its stamp, that a copy puts on a line of their own.
NAME_STAMP_SEPARATORS = frozenset(("|", "·", "•", "–", "—", "/"))


def _names_above(lines: list[str], blocks: list[Block], roles: Roles, pinned: set[int]) -> dict[int, int]:
    """Most stamps alone on their line have their author's name on the line right above them, no
    blank line between ("• Clara Bohman" over "11.48", as a list item opens): that line, by post,
    is its author, and no text of the post above it."""
    found: dict[int, int] = {}
    for i, block in enumerate(blocks):
        above = block.start - 1
        if lines[above].strip() in NAME_STAMP_SEPARATORS:
            above -= 1  # "Tom Ellis" / "|" / "15:42": a bar set between the name and the clock, on a line of its own
        if block.line.rest_kind == "bare" and above > (blocks[i - 1].end if i else -1) \
                and not furniture.is_boilerplate(lines[above]) and _listed_names(lines[above]):
            found[i] = above
    first = next((i for i in range(len(blocks)) if i not in pinned), 0)  # (a pinned post prints its own way)
    if len(found) * 2 <= len(blocks) or first not in found:
        return {}  # (a page that signs its posts off has the page's header above its first stamp)
    last = _previous_text(lines, len(lines) - 1, blocks[-1].end)
    if last is not None and _listed_names(lines[last]):
        return {}  # the last post ends with a name too: sign-offs, in a copy without blank lines
    for index in found.values():
        roles.set(index, "author", "a name right above the stamp, as on most posts of this page")
    return found


def _boxes_above(lines: list[str], blocks: list[Block], roles: Roles) -> dict[int, tuple[int, int]]:
    """A contributor's box right above a stamp alone on its line: the name, then a role line
    ("Nadia Kerr" / "Reporting from the north bank" over "April 14, 2026, 1:52 p.m. ET", a
    reporter's short update), below the post above's last line of furniture (its "Copy link"
    button: the box opens the next post, it signs no post off). By post: (name line, role line)."""
    found: dict[int, tuple[int, int]] = {}
    for i, block in enumerate(blocks):
        floor = blocks[i - 1].end if i else -1
        role_at = _previous_content(lines, block.start - 1, floor)
        if block.line.rest_kind != "bare" or role_at is None or not _role_line(lines[role_at].strip()):
            continue
        name_at = _previous_content(lines, role_at - 1, floor)
        if name_at is None or not _listed_names(lines[name_at]):
            continue
        before = _previous_content(lines, name_at - 1, floor)
        if before is not None and furniture.is_boilerplate(lines[before]):
            found[i] = (name_at, role_at)
            roles.set(name_at, "author", "a contributor's name above a role line, right above the stamp")
            roles.set(role_at, "byline", "the contributor's role")
    return found


def _listed_names(line: str) -> list[str]:
    """The names on a line that holds only names, perhaps as a list item ("• Clara Bohman")."""
    return _printed_names(line.strip().lstrip(furniture.BULLETS).lstrip())


#: Dashes a sign-off may open with ("— Domenico Montanaro", "– Jane Doe, John Roe").
SIGNOFF_DASHES = ("-", "–", "—", "―")


#: Most words of an outlet's name before its possessive in a sign-off ("ABC News' Jane Doe").
MAX_OUTLET_WORDS = 3
#: The endings of that possessive: "CNN's", "ABC News'".
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")


def _without_outlet(text: str) -> str:
    """A sign-off's names without the outlet's possessive before them ("ABC News' Shannon
    Kingston", "CNN's Jane Doe", as US networks sign their live pages' posts): the names."""
    words = text.split(" ", MAX_OUTLET_WORDS)
    for i, word in enumerate(words[:MAX_OUTLET_WORDS]):
        if not word[:1].isupper():
            return text
        if word.endswith(_POSSESSIVE_ENDS) and i + 1 < len(words):
            return text.split(" ", i + 1)[-1].lstrip()
    return text


def _signoff_names(line: str) -> list[str]:
    """The names on a line that closes a post: names alone ("Rina Wulandari"), or a byline
    ("By Jane Doe", "김민지 기자"), after a dash or not ("— Asma Khalid, Tamara Keith"), the
    dash perhaps doubled ("--ABC News' Jane Doe"), the outlet's possessive before the names."""
    text = line.strip()
    if text.startswith(SIGNOFF_DASHES):
        text = _without_outlet(text.lstrip("".join(SIGNOFF_DASHES)).lstrip())
    if (name := _name_before_role(text)) is not None:
        return [name]  # "– Jane Doe, National Content Desk": the name, then the desk or role
    return _dashed_names(text)


def _dashed_names(text: str) -> list[str]:
    """The names after a sign-off's dash: names alone ("Asma Khalid"), or a byline ("By Jane
    Doe"). A byline word in lower case is no part of a name: "- di Marco Rossi" (Sky TG24's
    Italian sign-offs, "von" in German) is Marco Rossi, though a name may hold a particle."""
    if text[:1].islower() and (names := byline_names(text)):
        return names
    return _printed_names(text) or byline_names(text)


def _previous_text(lines: list[str], index: int, stop: int) -> int | None:
    """The last line above `index` (down to `stop`, excluded) that is neither blank nor furniture."""
    while index > stop:
        if lines[index].strip() and not furniture.is_boilerplate(lines[index]):
            return index
        index -= 1
    return None


def _labels_above(lines: list[str], blocks: list[Block], roles: Roles) -> dict[int, tuple[Kind, int]]:
    """Labels a page flags a post with on the line right above its stamp ("L'essentiel" /
    "10:58", "Key event" / "14:32"; one blank line between, as a text browser prints it), by the
    post's place: its kind and the label's line, which is no text of the post above. Labels that
    only say "post" ("Live", "Update") are left where they are."""
    flags: dict[int, tuple[Kind, int]] = {}
    for i, block in enumerate(blocks):
        index = block.start - 1
        if index > 0 and not lines[index].strip():
            index -= 1  # one blank line between, as a text browser sets the label apart ("L'essentiel" / "" / "10:58")
        if index < 0 or (i and index <= blocks[i - 1].end):
            continue
        kind = _label(lines[index]) if lines[index].strip() else None
        if kind is not None and kind != "post":
            flags[i] = kind, index
            roles.set(index, "label", "a label on the line above the stamp")
    return flags


def _dated_by_headings(entries: list[RawEntry], headings: dict[int, Stamp]) -> list[RawEntry]:
    """The posts below each day heading, down to the next, take its date (where they print
    none): the day's last post on a newest-first page is its first in time, and a small fall
    of the clock from the day before's ("08:44" on the 19th, then "08:18" on the 22nd) was
    read as a post out of order. A page with one heading dates its first post by it, and
    the rest by rollover (that date may be the page's, above posts of several days)."""
    dated = list(entries)
    bounds = sorted(headings)
    taken: set[int] = set()
    for i, entry in enumerate(dated):  # (in page order: one pass, the heading above each post found by bisection)
        stamp = entry.stamp
        if entry.line is None or stamp is None:
            continue
        above = bisect_left(bounds, entry.line - 1) - 1
        if above < 0 or (len(bounds) < MIN_POSTS and above in taken):
            continue  # a date alone above the posts may be the page's: it dates the first post only
        taken.add(above)
        if not stamp.has_date:
            heading = headings[bounds[above]]
            dated[i] = replace(entry, stamp=replace(stamp, year=heading.year, month=heading.month, day=heading.day))
    return dated


# ---------------------------------------------------------------------------
# Layout votes, over the whole document.


def title_like(line: str) -> bool:
    """Could this line be a headline? One short line that does not end a sentence, and is
    not a caption, furniture, an embedded tweet's signature, a link card ("Related: ..."), a
    byline ("By Reuters Staff") or a list item."""
    text = line.strip()
    if not 2 <= len(text) <= MAX_HEADLINE or (text.endswith(_SENTENCE_END) and not _abbreviated_end(text)):
        return False
    if furniture.CAPTION.match(text) or furniture.is_boilerplate(text) or furniture.source_line(text):
        return False  # (a source line, "Zdroj: ČTK/Michaela Říhová", credits a picture or the story)
    if furniture.TWEET_HANDLE_MARK in text and furniture.TWEET_SIGNATURE.search(text):
        return False  # an embedded tweet's last line
    if text[:9].lower().startswith(furniture.LINK_CARD_LABELS):
        return False  # a link to another story
    if byline_names(text):
        return False
    return not text.startswith(_BULLETS)


def _rest_headline(rest: str) -> bool:
    """Is the text after a stamp on its line a headline? Headline-like, and one sentence
    ("6:56 pm EST: No surprises here, Indiana goes red. Polls closed at 6pm." is a post's text)."""
    return title_like(rest) and not _sentence_break(rest)


#: Abbreviated weekdays and months that end a headline with their dot ("Colder Temperatures
#: Forecast for Wed. after Cold Wave Alert Tues."): the dot ends no sentence. Capitalised only.
HEADLINE_ABBREVIATIONS = frozenset((
    "Apr", "Aug", "Dec", "Feb", "Fri", "Jan", "Jul", "Jun", "Mar", "Mon", "Nov", "Oct", "Sat", "Sep", "Sept", "Sun",
    "Thu", "Thur", "Thurs", "Tue", "Tues", "Wed",
))


def _abbreviated_end(text: str) -> bool:
    """Does the line end with an abbreviated weekday or month and its dot ("... Alert Tues.")?"""
    return text.endswith(".") and text[:-1].rpartition(" ")[2] in HEADLINE_ABBREVIATIONS


def _next_content(lines: list[str], index: int, stop: int) -> int | None:
    while index < stop:
        if lines[index].strip() and not furniture.is_boilerplate(lines[index]):
            return index
        index += 1
    return None


def _next_content_near(lines: list[str], index: int, reach: int) -> int | None:
    """The next line of content within `reach` lines from `index`, numbers alone on their line not
    counted (a title's view and comment counters, "295" / "0", as WordPress news themes print them),
    nor an ad's labels (`furniture.AD_LABELS`: "Article content" below the title, Postmedia's papers)."""
    stop = min(index + reach, len(lines))
    while index < stop:
        text = lines[index].strip()
        if text.isdecimal() or text.lower() in furniture.AD_LABELS:
            stop = min(stop + 1, len(lines))
        elif text and not furniture.is_boilerplate(text):
            return index
        index += 1
    return None


def _previous_content(lines: list[str], index: int, stop: int) -> int | None:
    while index > stop:
        if lines[index].strip():
            return index
        index -= 1
    return None


def _titles_above(lines: list[str], blocks: list[Block]) -> list[int | None]:
    """Vote: do headlines stand above the stamp (the seed) or below it (most browser copies)?
    When above, each post's headline line (None for a post without one); else no lines."""
    above: list[int | None] = []
    votes_up = votes_down = ups = voting = 0  # (ups: the posts with a title-like line above, voting or not)
    first_up = False
    for i, block in enumerate(blocks):
        if block.line.rest_kind in ("headline", "text"):
            above.append(None)  # (headlines above such stamps are found by _marked_titles)
            continue
        if block.headline is not None:
            above.append(None)
            votes_down += 1  # its headline glued below its time
            continue
        limit = blocks[i - 1].end if i else -1
        prev = _previous_content(lines, block.start - 1, limit)
        up = prev is not None and title_like(lines[prev]) \
            and (lines[block.start][:1] != " " or not _inside_item_above(lines[prev], lines[block.start]))
        above.append(prev if up else None)
        undecided = len(blocks) - i  # the posts still to vote, this one included
        if votes_up + undecided <= votes_down:
            return []  # headlines below, whatever the rest say
        if i:  # (the line above the first stamp may be the page's title or header's last line)
            ups += up
            voting += 1
        if votes_up > votes_down + undecided:
            continue  # headlines above whatever the rest say: only their lines are still wanted
        stop = blocks[i + 1].start if i + 1 < len(blocks) else len(lines)
        after = _next_content(lines, block.end + 1, stop)
        if after is not None and byline_names(lines[after]):
            after = _next_content(lines, after + 1, stop)  # "Door A", then the headline
        down = after is not None and title_like(lines[after]) and not _label(lines[after])
        if up and not down:
            votes_up += 1
            first_up = first_up or i == 0
        elif down and not up:
            votes_down += 1
    # the line above the first stamp is also the last of the page's header ("0 nowych
    # wpisów", a menu item): alone, its vote says nothing about the posts
    if first_up and votes_up == 1 and len(blocks) > 1:
        return []
    # a page of headlines above the stamps prints one over most of its posts: a few title-like
    # lines above stamps among posts with no headline either way are the last lines of the
    # posts above (a picture's caption closing a post, right above the next clock)
    return above if votes_up > votes_down and ups * 2 > voting else []


def _inside_item_above(line: str, stamp_line: str) -> bool:
    """Does `line`, right above a stamp that opens an ordered list's item ("  3. 2020: "), stand
    indented further than that item's number: a line of the item above, not this post's headline?"""
    margin = len(stamp_line) - len(stamp_line.lstrip(" "))
    return stamps.LIST_NUMBER.match(stamp_line, margin) is not None and len(line) - len(line.lstrip(" ")) > margin


def marked_headline(line: str) -> str | None:
    """The headline of a line wholly between ticker marks ("+++ Headline +++"), else None."""
    text = line.strip()
    for mark in TICKER_MARKS:
        if text.startswith(mark) and text.endswith(mark):
            inner = text[len(mark):-len(mark)].strip(" +")
            return inner or None
    return None


#: The letters of a word's stem, as `_shares_topic` compares words: "Gazze'ye" and "GAZZE", "sınırında"
#: and "SINIRINDA" (Turkish dotless and dotted i read as one letter).
TOPIC_STEM = 5
_TOPIC_WORD = patterns.compile(r"[^\W\d_]{4,}")


def _shares_topic(heading: str, text: str) -> bool:
    """Does a heading share a word (its first TOPIC_STEM letters) with the text below it, as a post's
    headline does ("ÖLEN İSRAİLLİ ASKER SAYISI 347'YE YÜKSELDİ" over "İsrail Ordusu'nda ölen asker ...")? A
    shout that closes the post above ("LINDQVIST WINS THE OPEN" over the next post's "Haddad pars the
    last") shares none."""
    def stems(value: str) -> set[str]:
        folded = value.casefold().replace("\u0307", "").replace("ı", "i")
        return {word[:TOPIC_STEM] for word in _TOPIC_WORD.findall(folded)}
    return not stems(heading).isdisjoint(stems(text))


#: A heading in capitals is this many words at least (a shout of one word is a post's text: "GOL!").
MIN_CAPITALS_HEADING_WORDS = 2


def _capitals_heading(line: str) -> bool:
    """Is the line a headline set in capitals, as Turkish "dakika dakika" pages print one over some
    posts' stamp lines ("İSRAİL: GÜÇLERİMİZ GAZZE ŞEHRİNİ KUŞATIYOR" / "21.45: İsrail Ordu Sözcüsü ...")?
    Not a label ("SON DAKİKA", "BREAKING"), a stamp, or a sentence (a full stop ends it)."""
    text = line.strip()
    if not text.isupper() or len(text.split()) < MIN_CAPITALS_HEADING_WORDS or len(text) > MAX_STAMP_LINE \
            or text.endswith("."):
        return False
    return text.lower().rstrip(":") not in LABELS and not furniture.is_boilerplate(text) and read_stamp(text) is None


def _marked_titles(lines: list[str], blocks: list[Block], starts: list[int]) -> list[int]:
    """Where each post starts, on a page whose headlines are not printed above the stamps: at the
    line above its stamp when that line is a headline between ticker marks (see TICKER_MARKS);
    or, where most stamps that open their post's text ("23.56 Uhr: Frankreichs Präsident...")
    have a headline on a line of its own above them, set apart from the text above it by a
    blank line, at that headline (German news blogs print "Macron warnt Lukaschenko" there)."""
    marked = list(starts)
    unmarked: dict[int, int] = {}
    texts = 0  # the stamps that open their post's text (those under marked headlines too)
    capitals = 0  # ...and those under a headline in capitals
    for i, block in enumerate(blocks):
        prev = _previous_content(lines, block.start - 1, blocks[i - 1].end if i else -1)
        if prev is not None and marked_headline(lines[prev]) is not None:
            marked[i] = prev
            texts += 1
            continue
        if block.line.rest_kind not in ("headline", "text") or not block.line.rest:
            continue
        if prev is not None and _capitals_heading(lines[prev]) and _shares_topic(lines[prev], block.line.rest) \
                and lines[prev].strip().lower() not in furniture.LIVE_PAGE_LABELS:
            # (the page's "LIVE BLOG" label over the first stamp is no headline, though the
            # first post's "...our LIVE Transfer Talk blog" shares its words)
            marked[i] = prev  # "ÖLEN ASKER SAYISI 347'YE YÜKSELDİ" over "22.01: İsrail Ordusu'nda ...":
            capitals += 1  # (no vote for headlines in small letters above the other stamps)
            continue
        if _rest_headline(block.line.rest):
            # "01:02 - Headline" (Globes's running reports): the stamp's line holds the post's own
            # headline, so the line above it closes the post above (its last paragraph, a link's
            # words) and votes nothing; it was taken for the headline and the stamp's lost
            continue
        texts += 1
        if prev is not None and (prev == 0 or not lines[prev - 1].strip()) and title_like(lines[prev]) \
                and read_stamp(lines[prev].strip()) is None:
            unmarked[i] = prev
    if (len(unmarked) + sum(1 for i, index in enumerate(marked) if index != starts[i]) - capitals) * 2 > texts:
        for i, index in unmarked.items():
            marked[i] = index
    return marked


def _authors_after_stamp(lines: list[str], blocks: list[Block]) -> bool:
    """Vote: do most stamps have an author's name on the line right after them?"""
    on_stamp = sum(1 for block in blocks if block.line.rest_kind == "author" or block.line.lead)
    if on_stamp * 2 >= len(blocks):
        return False
    named = 0
    for block in blocks:
        after = _past_marks(lines, block.end + 1, len(lines))
        if after + 1 < len(lines) and lines[after].strip() and name_like(lines[after]):
            named += 1
    return named * 2 > len(blocks)


#: Marks a text browser prints alone on a line for a small picture or an empty list item (w3m's).
_LONE_MARKS = frozenset("●•")


def _past_marks(lines: list[str], index: int, stop: int) -> int:
    """The first line from `index` (up to `stop`) that is no mark alone (`_LONE_MARKS`): past the
    marks a text browser prints on lines of their own between a stamp and its author's name, or
    between two names (w3m's "●" for each writer's small picture)."""
    while index < stop and lines[index].strip() in _LONE_MARKS:
        index += 1
    return index


def _names_below_headlines(lines: list[str], blocks: list[Block]) -> int:
    """How many posts print their author's name alone on the line below the headline (most: the
    page's bylines stand there; `MIN_BYLINED`: a post with no headline may start with its byline)."""
    named = 0
    for i, block in enumerate(blocks):
        stop = blocks[i + 1].start if i + 1 < len(blocks) else len(lines)
        headline = _next_content(lines, block.end + 1, stop)
        if headline is None or not (title_like(lines[headline]) or _sentence_head(lines[headline])):
            continue
        after = _next_content(lines, headline + 1, stop)
        if after is not None and _printed_names(lines[after]):
            named += 1
    return named


#: A headline written as a sentence has at most this many words ("The governor says rebuilding will take years.").
MAX_SENTENCE_HEAD_WORDS = 12


def _sentence_head(line: str) -> bool:
    """Could this line be a headline written as one short sentence with its full stop, as some
    outlets write them (a name right below it says it is one): MAX_SENTENCE_HEAD_WORDS words at
    most, one sentence, no list item?"""
    text = line.strip()
    return text.endswith(".") and not text.endswith("..") and len(text.split()) <= MAX_SENTENCE_HEAD_WORDS \
        and not _sentence_break(text[:-1]) and title_like(text[:-1])


def _list_end(lines: list[str], blocks: list[Block], footer: int) -> int:
    """Where the last post ends when the posts are a list's items, each stamp a bulleted item
    with the post's text indented deeper below it ("  • SEP 09, 2021 07:50 AM IST" over
    "    Headline"): at the first line after it indented no deeper than its stamp (a story
    card below the list, as the page's footer is), if it comes before `footer`."""
    last = lines[blocks[-1].anchor]
    mark = last.lstrip()[:1]
    if mark not in _ITEM_BULLETS or any(lines[block.anchor].lstrip()[:1] != mark for block in blocks):
        return footer
    indent = len(last) - len(last.lstrip())
    own = blocks[-1].end + 1
    while own < footer and (not lines[own].strip() or len(lines[own]) - len(lines[own].lstrip()) > indent):
        own += 1  # the last post's text: indented deeper than its stamp
    return own if any(lines[index].strip() for index in range(blocks[-1].end + 1, own)) else footer


def _footer_start(lines: list[str], start: int, *, story: bool = False) -> int:
    """Where the page's footer begins below line `start`: its first footer heading ("Related
    stories"), or a closing run of short lines. With `story` (an article's), a heading above
    the story's first long paragraph that the story's paragraphs follow (a related box set
    above the story) is none."""
    marker = next((index for index in range(start, len(lines)) if furniture.is_footer_marker(lines[index])
                   and not (story and _story_below(lines, index + 1) and not _long_paragraph(lines, start, index))),
                  None)
    # above the marker, or with none at the end: a closing run of short navigation lines
    # (only with no marker), or of the short lines (topic tags, legal links) that the page's
    # copyright line closes
    end = len(lines) if marker is None else marker
    run_start = end
    run = 0
    copyright_line = False
    for index in range(end - 1, start - 1, -1):
        text = lines[index].strip()
        if not text:
            continue
        if len(text) > 40 or text.endswith((".", "!", "?", '"', "”")):
            break
        run += 1
        run_start = index
        copyright_line = copyright_line or text.lower().startswith(furniture.COPYRIGHT_MARKS)
    if copyright_line and run >= 2:
        return run_start
    return end if marker is not None or run < NAV_RUN else run_start


def _story_below(lines: list[str], start: int) -> bool:
    """Do TEASER_STORY paragraphs of a story (lines of MIN_PARAGRAPH_WORDS words or more ending a
    sentence) follow within RELATED_BOX_LINES lines of `start`, below a related box's few teasers?"""
    found = 0
    for index in range(start, min(len(lines), start + RELATED_BOX_LINES)):
        text = lines[index].strip()
        if _words(text) >= MIN_PARAGRAPH_WORDS and text.endswith(_STORY_ENDS) and not furniture.is_boilerplate(text):
            found += 1
            if found >= TEASER_STORY:
                return True
        elif found and text and furniture.is_footer_marker(text):
            return False
    return False


def _long_paragraph(lines: list[str], start: int, stop: int) -> bool:
    """Is there a paragraph of LONG_PARAGRAPH_WORDS words or more between `start` and `stop`?"""
    return any(_words(lines[index]) >= LONG_PARAGRAPH_WORDS for index in range(start, stop))


def _label(line: str) -> Kind | None:
    """The kind a label alone on its line gives ("Key event", "Analysis:"), perhaps as a list item
    ("• Key Post", as copies print the badge a page sets over a post)."""
    text = line.strip()
    if text[:1] in furniture.LIST_BULLETS:
        text = text[1:].lstrip()
    return LABELS.get(text.lower().rstrip(":"))  # type: ignore[return-value]


def _glued_label(headline: str) -> tuple[Kind, str] | None:
    """A badge glued to the headline by a copy that runs inline elements together
    ("BreakingTotal lockdown announced"): the kind, and the headline without it."""
    lowered = headline.lower()
    for label in GLUED_LABELS:
        size = len(label)
        if lowered.startswith(label) and len(headline) > size + 1 and (
                (headline[size].isupper() and headline[0].isupper())
                or (not label[0].isupper() and label[0] == label[0].upper() and not headline[size].isspace())):
            # (a script with no capitals, Devanagari: the label's whole text, glued to the next word)
            return LABELS[label], headline[size:]  # type: ignore[return-value]
    return None


def _headline_kind(headline: str | None) -> Kind | None:
    if not headline or ":" not in headline[:20]:
        return None
    return LABELS.get(headline.split(":", 1)[0].strip().lower())  # type: ignore[return-value]


# ---------------------------------------------------------------------------
# One post.


def _entry(lines: list[str], block: Block, start: int, stop: int, headline_above: bool, authors_after: bool,
           names_below: bool, roles: Roles, skip: set[int], bylined: bool = False,
           texts_on_stamps: bool = False, dashed: bool = False) -> RawEntry:
    stamp_line = block.line
    if roles.enabled:
        for index in range(block.start, block.end + 1):
            roles.set(index, "stamp", f"a stamp of the page's shape ({stamp_line.rest_kind} after the time)")
    headline: str | None = None
    authors: list[str] = []
    kind: Kind | None = None
    if stamp_line.lead:
        authors.append(stamp_line.lead)
    if stamp_line.rest_kind == "author":
        authors.extend(stamp_names(stamp_line.rest))
    elif stamp_line.rest_kind == "label":
        kind = _label(stamp_line.rest)
    elif stamp_line.rest_kind in ("headline", "text"):
        headline = stamp_line.rest if _rest_headline(stamp_line.rest) and not texts_on_stamps else None
    if block.headline is not None:
        headline = block.headline
    elif stamp_line.head is not None:
        headline = stamp_line.head or None  # "Trains haltpublished at 17:04 GMT": the headline glued before the time
    # "15.25 As night falls, the search has been called off.": the post's text begins on the
    # stamp line, so no line below it is a headline (the next paragraph was taken for one,
    # and the stamp line's text lost)
    opening = stamp_line.rest if headline is None and stamp_line.rest_kind in ("headline", "text") else ""
    if opening and dashed and (split := _dash_split(opening)) is not None:
        headline, opening = split  # "15.53 - Si ferma il calcio - Aumentano i casi...": a headline, then the text
    opens_text = bool(opening)
    if start < block.start:
        headline = marked_headline(lines[start]) or lines[start].strip()
        roles.set(start, "headline", "the line above the stamp (headlines stand above stamps on this page)")
    cursor = block.end + 1
    if headline is None and not headline_above and not opens_text and stamp_line.head != "":
        # (an empty head: the template's placeholder heading, "Postpublished at ...": no headline at all)
        cursor, kind, authors_found, headline = _head_below(lines, cursor, stop, authors_after, names_below, roles,
                                                            bylined)
        kind = kind or _label(stamp_line.rest)
        authors.extend(authors_found)
    cursor, byline = _byline_box(lines, cursor, stop, names_below, headline is not None and not headline_above, roles)
    authors.extend(name for name in byline if name not in authors)
    paragraphs, media = _body(lines, cursor, stop, roles, skip)
    if opens_text:
        paragraphs = (opening, *paragraphs)  # "9.00am: Good morning..." glued to the body
    if paragraphs and paragraphs[-1].endswith(GLUED_SHARE_ENDS):
        # "... with no fuss at all. Share": the post's share button run into its last sentence
        paragraphs = (*paragraphs[:-1], paragraphs[-1][:-len(GLUED_SHARE)].rstrip())
    if headline is not None and kind is None and (glued := _glued_label(headline)) is not None:
        kind, headline = glued
    kind = kind or _headline_kind(headline) or ("key-event" if stamp_line.highlighted else "post")
    return RawEntry(stamp=block.stamp, headline=headline, authors=tuple(authors), paragraphs=paragraphs,
                    media=media, kind=kind, line=block.anchor + 1)


#: A share button's label a copy runs into a post's last sentence ("... at all. Share", the Guardian's
#: posts copied as one line each): after a sentence's end, a space, then the label closing the post.
GLUED_SHARE = "Share"
GLUED_SHARE_ENDS = tuple(f"{end} {GLUED_SHARE}" for end in (".", "!", "?", "”", '"', ")"))
#: The dashes that part a post's headline from its text on the stamp's line ("15.53 - Headline - Text").
HEADLINE_DASHES = (" - ", " – ", " — ")
#: Such a headline has at least this many words (one or two may be a place or a source: "Reuters - ...")...
MIN_DASH_HEADLINE_WORDS = 3
#: ...and the text after it at least this many.
MIN_DASH_TEXT_WORDS = 4


def _dash_split(text: str) -> tuple[str, str] | None:
    """The headline and the text of a stamp line's text that prints both, a dash between
    ("Si ferma il calcio in Argentina - Aumentano i casi positivi ..."): the headline before the
    first dash, headline-like, of `MIN_DASH_HEADLINE_WORDS` words or more; the text after it
    opening a sentence (a capital or a quotation mark), of `MIN_DASH_TEXT_WORDS` or more."""
    at = min((found for dash in HEADLINE_DASHES if (found := text.find(dash, 0, MAX_HEADLINE)) > 0), default=-1)
    if at < 0:
        return None
    head, tail = text[:at].strip(), text[at + 3:].strip()
    if len(head.split()) < MIN_DASH_HEADLINE_WORDS or not title_like(head) or len(tail.split()) < MIN_DASH_TEXT_WORDS \
            or not (tail[:1].isupper() or tail[:1] in "\"“«'‘"):
        return None
    return head, tail


def _dash_headlines(blocks: list[Block]) -> bool:
    """Do most of the page's stamp lines that open their post's text print a headline first, a
    dash between (`_dash_split`)? A page prints its posts one way: a dash inside one post's
    sentence ("The minister - who spoke earlier - said ...") makes no headline of its own."""
    texts = [block.line.rest for block in blocks if block.line.rest_kind in ("headline", "text") and block.line.rest]
    split = sum(1 for text in texts if _dash_split(text) is not None)
    return split >= MIN_POSTS and split * 2 > len(texts)


def _head_below(lines: list[str], cursor: int, stop: int, authors_after: bool, names_below: bool,
                roles: Roles, bylined: bool = False) -> tuple[int, Kind | None, list[str], str | None]:
    kind: Kind | None = None
    authors: list[str] = []
    index = _next_content(lines, cursor, stop)
    if index is not None and _pin_label(lines[index]):
        index = _next_content(lines, index + 1, stop)
    if index is not None and (label := _label(lines[index])) is not None:
        kind = label
        roles.set(index, "label", "a label beside the stamp")
        index = _next_content(lines, index + 1, stop)
    if authors_after and index is not None and name_like(lines[index]):
        # (the names of a byline word's line: "Door Sanne de Vries" is Sanne de Vries)
        authors.extend(byline_names(lines[index]) or split_names(lines[index]))
        roles.set(index, "author", "a name on the line after the stamp, as on most posts of this page")
        # more names one to a line right below it, above a paragraph: the post's other writers
        while (below := _past_marks(lines, index + 1, stop)) < stop and (more := _printed_names(lines[below])) \
                and (after := _next_content(lines, below + 1, stop)) is not None \
                and ((after == _past_marks(lines, below + 1, stop) and _printed_names(lines[after]))
                     or len(lines[after].split()) >= MIN_PARAGRAPH_WORDS):
            index = below
            authors.extend(name for name in more if name not in authors)
            roles.set(index, "author", "another name right below the stamp's, above the post's text")
        index = _next_content(lines, index + 1, stop)
    if index is not None and (byline := byline_names(lines[index])):
        authors.extend(byline)
        roles.set(index, "author", "a byline between the stamp and the headline")
        index = _next_content(lines, index + 1, stop)
    if bylined and not names_below and index is not None and (names := _printed_names(lines[index])):
        # Some posts print a name below their headline: a name right below the stamp and
        # above a paragraph is the byline of a post without a headline.
        after = _next_content(lines, index + 1, stop)
        if after is not None and len(lines[after].split()) >= MIN_PARAGRAPH_WORDS:
            authors.extend(names)
            roles.set(index, "author", "a name above a paragraph where other posts print one below their headline")
            return index + 1, kind, authors, None
    if names_below and index is not None and _printed_names(lines[index]):
        # Most posts print a name below their headline: a name followed by text is a post
        # without a headline, its name left for the byline box.
        after = _next_content(lines, index + 1, stop)
        if after is not None and not _printed_names(lines[after]):
            return index, kind, authors, None
    if index is not None and title_like(lines[index]) and not _quoted(lines, index, stop) \
            and not _lone_sentences(lines, index, stop) and not _captioned_picture(lines[index]) \
            and not _sentences_over_text(lines[index]):
        roles.set(index, "headline", "the first line below the stamp (headlines stand below stamps on this page)")
        return index + 1, kind, authors, lines[index].strip()
    if names_below and index is not None and _sentence_head(lines[index]) \
            and (after := _next_content(lines, index + 1, stop)) is not None and _printed_names(lines[after]):
        roles.set(index, "headline", "a short sentence over a name, where most posts print the name below the headline")
        return index + 1, kind, authors, lines[index].strip()
    return (index if index is not None else stop), kind, authors, None


def _captioned_picture(line: str) -> bool:
    """Is this line a picture's caption whose credit says it is one ("A fallen oak blocks the
    road. (Photo: Marcus Ortiz)", "... Foto: ANP")? A post's picture, no headline over its text."""
    lowered = line.lower()
    return any(f"{word}:" in lowered for word in furniture.CAPTION_CREDIT_WORDS) and _caption(line.strip()) is not None


def _sentences_over_text(line: str) -> bool:
    """Is the line below the stamp, with more text below it, the post's first paragraph rather
    than its headline: sentences of a paragraph's length, the last ending with "!" or "?" ("Nadella
    is ending with a joke. And that's a wrap!")? A headline is one sentence."""
    text = line.strip()
    return text.endswith(("!", "?")) and ". " in text and _SENTENCE_BREAK.search(text) is not None \
        and _words(text) >= MIN_PARAGRAPH_WORDS


def _lone_sentences(lines: list[str], index: int, stop: int) -> bool:
    """Is the line below the stamp the post's only line, and a post's text rather than a
    headline: two sentences ("Oficjalnie: X awansował do finału 2020. Dla X to czwarty finał!"),
    or one of a paragraph's length that ends with "!"? A headline is one sentence; a post
    of one line is its text (a headline over no text at all ends no sentence)."""
    if _next_content(lines, index + 1, stop) is not None:
        return False
    text = lines[index].strip()
    return _sentence_break(text) or (text.endswith("!") and _words(text) >= MIN_PARAGRAPH_WORDS)


def _sentence_break(text: str) -> bool:
    """Does one sentence end and another begin in the text: a word of three small letters or
    more, a full stop, a space, a capital ("... Μέγαρο. Αμέσως ...": in any script, not only in
    Latin letters; an initial's dot is none)? In a script without capitals (Hebrew, Arabic), two
    letters, perhaps a closing quotation mark, the stop, a space and a letter (`_caseless_break`)."""
    if ". " not in text:
        return False
    if text.isascii():
        return _SENTENCE_BREAK.search(text) is not None
    at = text.find(". ")
    while at >= 0:
        before = text[max(at - 3, 0):at]
        if len(before) == 3 and before.isalpha() and before.islower() and text[at + 2:at + 3].isupper():
            return True
        if _caseless_break(text, at):
            return True
        at = text.find(". ", at + 2)
    return False


#: Quotation marks that may close a sentence before its full stop ('... לבנון". דובר ...').
_CLOSING_QUOTES = "\"”»'’"


def _caseless_break(text: str, at: int) -> bool:
    """Does the full stop at `at` end a sentence of a script without capitals: two letters of such
    a script before it (a closing quotation mark may stand between), a letter of one after its
    space ('... ישלם מחיר כבד". ראש הממשלה ...', Calcalist's posts, a headline and the text on the
    stamp's line: one sentence is a headline, two are the post's text)?"""
    end = at - 1 if text[at - 1:at] in _CLOSING_QUOTES else at
    word, after = text[max(end - 2, 0):end], text[at + 2:at + 3]
    return len(word) == 2 and (word + after).isalpha() and (word + after).upper() == (word + after).lower()


#: A reader's handle (pseudonym) is one word of at most this many characters...
MAX_HANDLE = 30
#: ...of letters and digits, perhaps joined by these marks ("Marc_75", "jean-pierre.29").
_HANDLE_MARKS = str.maketrans("", "", "_-.")


def _quoted(lines: list[str], index: int, stop: int) -> bool:
    """Is the line where a post's headline would stand a quotation: a reader's question the
    post answers, or a quote? A text browser indents a blockquote deeper than the text
    around it (w3m by four spaces, lynx by two more than its margin); a browser's copy
    shows none, but a reader's question carries the asker's handle on the line right below
    it ("Les vols sont-ils maintenus ?" / "Jeanne29"): one word of letters and digits,
    which no byline or headline is."""
    line = lines[index]
    text = line.strip()
    margin = len(line) - len(line.lstrip())
    if margin and not text.startswith(_BULLETS) and (after := _next_content(lines, index + 1, stop)) is not None \
            and margin > len(lines[after]) - len(lines[after].lstrip()):
        return True
    if not text.endswith("?") or index + 1 >= stop:
        return False
    handle = lines[index + 1].strip()
    return 2 <= len(handle) <= MAX_HANDLE and handle[0].isalpha() and " " not in handle \
        and any(character.isdecimal() for character in handle) and handle.translate(_HANDLE_MARKS).isalnum()


def _byline_box(lines: list[str], cursor: int, stop: int, names_below: bool, under_headline: bool,
                roles: Roles) -> tuple[int, list[str]]:
    """A contributor box at the top of a post: a name (or names), then a role line ('BBC
    Economics Editor', 'Reporting from Jerusalem'); or a name alone, where most posts of
    the page print one below the headline, or right below this post's headline (read
    below its stamp) and above a paragraph of the story."""
    first = _next_content(lines, cursor, stop)
    if first is None:
        return cursor, []
    if byline := byline_names(lines[first]):
        roles.set(first, "author", "a byline")
        return first + 1, byline
    if glued := _glued_name_role(lines[first]):
        roles.set(first, "author", "a contributor's name glued to its role line, two spans a copy ran together")
        return first + 1, glued
    names = _printed_names(lines[first])
    second = _next_content(lines, first + 1, stop)
    if names and second == first + 1 and lines[second].strip() == lines[first].strip():
        # the name twice, one line below the other: a text browser's dump prints the writer's
        # picture as its alt text, the name, above the name itself
        roles.set(first, "byline", "the writer's picture, as a text browser prints it: its alt text, the name below")
        first, second = second, _next_content(lines, second + 1, stop)
    if not names and under_headline and second is not None and len(lines[second].split()) >= MIN_PARAGRAPH_WORDS \
            and (names := _names_in_place(lines[first])):
        roles.set(first, "author", "a byline with a place between the post's headline and its first paragraph")
        return first + 1, names
    if not names or any(len(name.split()) > 4 for name in names):
        return cursor, []
    if second is not None and len(lines[second]) <= 80 and furniture.ROLE_WORDS.search(lines[second]):
        roles.set(first, "author", "a contributor's name above a role line")
        roles.set(second, "byline", "the contributor's role")
        return second + 1, names
    if names_below:
        roles.set(first, "author", "a name below the headline, as on most posts of this page")
        return first + 1, names
    if under_headline and second is not None and len(lines[second].split()) >= MIN_PARAGRAPH_WORDS:
        roles.set(first, "author", "a name between the post's headline and its first paragraph")
        return first + 1, names
    return cursor, []


def _glued_name_role(line: str) -> list[str]:
    """The name of a contributor box whose name and role line a copy ran together ("Daniel HartLive
    reporter", "Jane DoeBBC Economics Editor": two spans, no space between): the role starts at the
    last capital after a small letter (a name's own "McDonald" stays whole), and is a role line."""
    text = line.strip()
    if len(text) > MAX_GLUED_BOX or GLUED_CAPITAL.search(text) is None or not furniture.ROLE_WORDS.search(text):
        return []
    at = next((i for i in range(len(text) - 1, 1, -1) if text[i].isupper() and text[i - 1].islower()), 0)
    name, role = text[:at], text[at:]
    if not at or " " not in name or not _role_line(role) or furniture.ROLE_WORDS.search(name):
        return []
    names = _printed_names(name)
    return names if len(names) == 1 and len(names[0].split()) <= 4 else []


#: The longest line read as a name glued to a role line (a name of four words and a role of a few).
MAX_GLUED_BOX = 100
#: A capital right after a small letter, where a copy glued two spans (the cheap test first).
GLUED_CAPITAL = patterns.compile(r"[a-z][A-Z]")
#: Most words in the place a byline names after its names ("Delphine Strauss in London").
MAX_PLACE_WORDS = 3


def _names_in_place(line: str) -> list[str]:
    """The names of a byline that says where its writers are ("Delphine Strauss in London",
    "Jane Doe and John Roe in New York"): names, "in", a place of capitalised words."""
    names, found, place = line.strip().rpartition(" in ")
    words = place.split()
    if not found or not 0 < len(words) <= MAX_PLACE_WORDS or not all(word[:1].isupper() for word in words):
        return []
    return _printed_names(names)


def byline_names(line: str) -> list[str]:
    """The names of a byline ('By Arpan Rai', "From CNN's A and B", 'Von BR24 Redaktion')."""
    if line.rstrip().endswith(furniture.REPORTER_WORDS):
        reporter = furniture.REPORTER_AFTER.fullmatch(line.strip())
        if reporter is not None:
            return furniture.REPORTER_NAME_SPLIT.split(reporter.group("names"))
    byline = furniture.BYLINE.match(line.strip())
    if byline is None:
        return []
    names = furniture.OUTLET_CREDIT.sub("", byline.group("names"))
    head, comma, tail = names.rpartition(",")
    tail = tail.strip()
    bare = furniture.SHIFT_NOTE.sub("", names)
    if "(" in bare:  # "Par A (avec B et C)": the names in the note are the byline's too
        bare = furniture.WITH_NOTE.sub(r", \g<names>", bare)
    if name_like(bare) and not (comma and _outlet_credit(tail, names)):
        return split_names(names)
    if comma and tail[:1].isupper() and len(tail) <= MAX_CREDIT_TAIL and name_like(head):
        return split_names(head)  # "By A and B, Newsroom 24": the outlet (or place) after the names
    head, bar, _ = names.partition(" | ")
    if bar and name_like(head):
        return split_names(head)  # "By Matt Schubert | mschubert@denverpost.com | The Denver Post"
    return []


#: A broadcaster's or agency's initials: three capitals or more ("CBS", "WSB-TV", "ABC7").
_INITIALS = patterns.compile(r"[A-Z]{3,}(?:-?[A-Z0-9]+)?")


def _outlet_credit(tail: str, names: str) -> bool:
    """Is `tail`, the last of a byline's names after a comma, the outlet's credit ("By Michael Hurley,
    CBS Boston"): a word of a broadcaster's initials in a byline not written in capitals?"""
    return not names.isupper() and any(_INITIALS.fullmatch(word) for word in tail.split())


def _printed_names(line: str) -> list[str]:
    """The names on a line that holds only names, as printed ('Arpan Rai', 'ANTONIO PITA')."""
    text = line.strip()
    if len(text) > stamps.MAX_NAMES:
        return []  # a paragraph (most first lines of a post): kept out of name_like's memory
    if name_like(text) or (text.isupper() and name_like(text.title())):
        return split_names(text)
    return []


@lru_cache(maxsize=stamps.MEMORY)
def stamp_names(rest: str) -> tuple[str, ...]:
    """`split_names` of the author on a stamp line, once per distinct text: a page prints the
    same few on every post (used by the HTML reader's stamp lines too)."""
    return tuple(split_names(rest))


def split_names(text: str) -> list[str]:
    text = furniture.SHIFT_NOTE.sub("", text).strip()
    if "(" in text:
        text = furniture.WITH_NOTE.sub(r", \g<names>", text)
    if text.lower().startswith("by "):
        text = text[3:]
    parts = _NAME_JOINERS.split(text)
    return [part.strip() for part in parts if part.strip()]


def _body(lines: list[str], start: int, stop: int, roles: Roles,
          skip: set[int] | frozenset[int] = frozenset()) -> tuple[tuple[str, ...], tuple[Media, ...]]:
    """The post's text, one paragraph per line (copies differ in blank lines between
    paragraphs, never in line breaks within one), with captions moved to media."""
    paragraphs: list[str] = []
    media: list[Media] = []
    previous_caption = False
    for index in range(start, stop):
        text = lines[index].strip()
        if not text or index in skip:
            continue
        # is_boilerplate(text), with its test of a long line (most paragraphs) written out
        if furniture.APPEALS.match(text) if len(text) > furniture.MAX_BOILERPLATE_LINE \
                else furniture.is_boilerplate(text):
            if (credit := trailing_credit(text)) is not None and credit.caption is None:
                media.append(credit)  # "Foto: Jacqueline Lang" in a post: a picture with only a credit
                roles.set(index, "media", "a picture's credit alone")
                continue
            if text in furniture.CAPTION_LABELS and (labelled := _labelled_caption(lines, index, stop, paragraphs,
                                                                                   roles)) is not None:
                media.append(labelled[0])
                skip = skip | {labelled[1]}
                continue
            roles.set(index, "furniture", "a boilerplate line (share, embed, update note)")
            continue
        if text.startswith(furniture.CAPTION_PREFIXES) and len(text) <= MAX_CAPTION:
            media.append(_prefixed_caption(lines, index, text, paragraphs, roles))
            continue
        caption = _caption(text)
        if caption is not None:
            if caption.caption is None and COPYRIGHT_LABEL in text and paragraphs \
                    and _alt_text(paragraphs[-1], lines[index - 1]):
                # "Belly Mujinga" / "Family handoutCopyright: Family handout": a text browser prints the
                # picture's alt text right above its credit (a browser's copy has neither)
                caption = Media(caption=paragraphs.pop(), credit=caption.credit)
                if roles.enabled:
                    roles.found[index - 1] = ("media", "a picture's alt text, right above its credit")
            if previous_caption and _same_picture(media[-1], caption):
                # a text browser prints a picture's alt text above its caption (a browser's
                # copy has no alt text): the caption is kept
                media[-1] = caption
            elif previous_caption and caption.credit is None and media[-1].credit is not None:
                # the picture's credit, then its caption below it (a text browser's BBC picture box)
                media[-1] = Media(caption=caption.caption, credit=media[-1].credit)
            else:
                media.append(caption)
            previous_caption = True
            roles.set(index, "media", "a caption ending in a credit")
            continue
        previous_caption = False
        if paragraphs and lines[index - 1].strip() and furniture.source_line(text) and title_like(paragraphs[-1]):
            # a picture's caption, then its source on the line below ("Ministr na místě požáru" /
            # "Zdroj: ČTK/Petra Malá"): a caption and its credit
            source = text.replace("：", ":", 1).partition(":")[2].strip()
            media.append(_credited(lines, index, source, paragraphs, roles))
            continue
        if len(text) <= furniture.MAX_CREDIT_LINE and furniture.is_credit_line(text):
            media.append(_credited(lines, index, text, paragraphs, roles))
            continue
        # (a caption ends in a bracket: most lines below have none, and are not stripped)
        if index + 1 < stop and ")" in lines[index + 1]:
            following = lines[index + 1].strip()
            if following.startswith(text) and _caption(following) is not None:
                roles.set(index, "media", "the text of the caption below it, shown twice")
                continue
        if roles.enabled:
            roles.set(index, "body", "text of the post")
        paragraphs.append(text)
    return tuple(paragraphs), tuple(media)


def _alt_text(paragraph: str, above: str) -> bool:
    """Is the post's last paragraph, printed on the line right above a picture's credit (no blank
    line between), that picture's alt text: short, and no sentence?"""
    return paragraph == above.strip() and len(paragraph) <= MAX_CAPTION and not paragraph.endswith(_STORY_ENDS)


def _labelled_caption(lines: list[str], index: int, stop: int, paragraphs: list[str],
                      roles: Roles) -> tuple[Media, int] | None:
    """The picture a caption label alone at `index` stands for (`furniture.CAPTION_LABELS`), and
    the line of its caption: the next line with text, when short. A line right above the label
    (no blank between) is the picture's alt text, taken back from the paragraphs."""
    following = _next_content(lines, index + 1, stop)
    if following is None or len(caption := lines[following].strip()) > MAX_CAPTION:
        return None
    _alt_text_taken_back(lines, index, paragraphs, roles, "a picture's alt text, above its caption's label")
    roles.set(index, "furniture", "the label of a picture's caption")
    roles.set(following, "media", "a picture's caption, below its label")
    return Media(caption=caption, credit=None), following


def _prefixed_caption(lines: list[str], index: int, text: str, paragraphs: list[str], roles: Roles) -> Media:
    """The picture whose caption follows a label on its line (`furniture.CAPTION_PREFIXES`); a line
    right above it (no blank between) is the picture's alt text, taken back from the paragraphs."""
    _alt_text_taken_back(lines, index, paragraphs, roles, "a picture's alt text, above its caption")
    roles.set(index, "media", "a picture's caption after its label")
    return Media(caption=text.partition(": ")[2].strip(), credit=None)


def _alt_text_taken_back(lines: list[str], index: int, paragraphs: list[str], roles: Roles, reason: str) -> None:
    """The line right above a picture's caption (no blank between), taken back from the post's
    paragraphs where it was read as one: the picture's alt text."""
    above = lines[index - 1].strip() if index > 0 else ""
    if above and paragraphs and paragraphs[-1] == above:
        paragraphs.pop()
        if roles.enabled:
            roles.found[index - 1] = ("furniture", reason)


def _credited(lines: list[str], index: int, credit: str, paragraphs: list[str], roles: Roles) -> Media:
    """The picture whose credit stands alone at `index` ("AP"): its caption is the line right
    above, with no blank line between (the figure's caption, which a copy puts on its own
    line), taken back from the paragraphs; a text browser that prints the picture's alt
    text and then its caption gives that line twice, blank lines around (both go). Else
    only the credit."""
    above_at = next((at for at in range(index - 1, max(-1, index - 3), -1) if lines[at].strip()), -1)
    above = lines[above_at].strip() if above_at >= 0 else ""
    twice = len(paragraphs) >= 2 and paragraphs[-2] == paragraphs[-1]
    caption: str | None = None
    if above and paragraphs and paragraphs[-1] == above and len(above) <= MAX_CAPTION \
            and (above_at == index - 1 or twice):
        caption = paragraphs.pop()
        if roles.enabled:
            roles.found[above_at] = ("media", "the caption above a credit")
        if paragraphs and paragraphs[-1] == caption:
            paragraphs.pop()  # the alt text, then the caption
            if roles.enabled:
                twin = next((at for at in range(above_at - 1, -1, -1) if lines[at].strip()), -1)
                roles.found[twin] = ("media", "a picture's alt text, the caption below printed first")
    roles.set(index, "media", "a picture's credit alone on its line")
    return Media(caption=caption, credit=credit)


def _bullet_next(lines: list[str], index: int, stop: int) -> bool:
    """Is the next line with text after `index` (before `stop`) a bulleted item? A key-points
    box whose items a copy parts with blank lines ("  • Roads closed", "", "  • Schools shut",
    as the BBC's summary prints them) goes on past the blank."""
    following = _next_content(lines, index, stop)
    return following is not None and lines[following].lstrip()[:1] in _ITEM_BULLETS


#: An item of a key-points box is one line of at most this many characters.
MAX_POINT_CHARS = 150
#: A box of items with no bullets, parted by blank lines, runs on to the posts below it if it
#: has at most this many lines left.
MAX_UNBULLETED_POINTS = 8


def _points_to_posts(lines: list[str], index: int, stop: int) -> bool:
    """Are the lines with text from `index` to the first post (`stop`) more items of a box
    whose items have no bullets and stand parted by blank lines ("Ce qu'il faut retenir" over
    four one-sentence lines right above the posts, as a copy of a French live page gives them):
    a few short lines of their own, none a stamp, a byline, furniture or the zone's statement?
    A standfirst or story paragraph below the box is longer, and closes it."""
    found = 0
    for following in range(index, stop):
        text = lines[following].strip()
        if not text:
            continue
        if text.lower() in furniture.LIVE_PAGE_LABELS:
            break  # the stream's label ("Latest updates") closes the box above the posts
        found += 1
        if found > MAX_UNBULLETED_POINTS or len(text) > MAX_POINT_CHARS or read_stamp(text) is not None \
                or furniture.is_boilerplate(text) or byline_names(text) or stated_zone(text) is not None:
            return False
    return found > 0


#: The marks a key-points box's items open with (a dash or star may open a sentence's line too).
_ITEM_BULLETS = frozenset("•·▪◦●")


def _caption(text: str) -> Media | None:
    if len(text) > MAX_CAPTION:
        return None
    if GLUED_CAPTION_MARK in text and (glued := glued_caption(text)) is not None:
        return glued
    if text.endswith("]"):
        return square_credit(text)
    if not text.endswith(")"):
        return trailing_credit(text) or (copyright_credit(text, min_words=2) if "©" in text else None) \
            or (labelled_credit(text) if COPYRIGHT_LABEL in text else None) \
            or (dash_credit(text, min_words=2) if furniture.PROSE_FREE_CREDIT_MARK in text else None) \
            or (sentence_credit(text, min_words=2) if "/" in text else None) \
            or (labelled_caption(text, glued=True) if CREDIT_LABEL_MARK in text else None)
    found = furniture.CAPTION.match(text)
    if not found:
        return bracketed_credit(text)
    credit = found.group("credit").strip()
    if len(credit) <= MAX_WORD_SUFFIX and text[found.start("credit") - 2:found.start("credit") - 1].isalpha():
        return None  # a word's plural or gender in brackets glued to it ("COMMENT(S)", "invité(e)"), no credit
    for lead in ("Image:", "Photo:", "Picture:", "Credit:"):
        credit = credit.removeprefix(lead).strip()
    caption = found.group("caption")
    return Media(caption=caption.strip() if caption else None, credit=credit)


def copyright_credit(text: str, *, min_words: int) -> Media | None:
    """A caption that ends in a credit after a copyright sign ("Traders in the City ©
    Bloomberg"), spaced or glued to the caption by a copy ("... by 302 runs.© AFP"). Not a
    page's copyright line: the credit starts with a capital (no year), and a caption of
    `min_words` words or more stands before it (in text, where any line may be a caption,
    two: "Copyright © NDTV" is none)."""
    at = text.rfind("©")
    caption = text[:at].strip()
    credit = text[at + 1:].strip()
    if at < 0 or not 2 <= len(credit) <= MAX_COPYRIGHT_CREDIT or not credit[0].isupper() or ":" in credit \
            or len(caption.split()) < min_words:
        return None
    return Media(caption=caption or None, credit=credit.rstrip("."))


COPYRIGHT_LABEL = furniture.COPYRIGHT_LABEL


#: What screen readers' caption labels (`furniture.CAPTION_PREFIXES`) share, looked for first: a
#: text browser glues the label and the caption after the caption as the page shows it ("Danny
#: Rose (3 March)Image caption: Danny Rose (3 March)", the BBC's pictures).
GLUED_CAPTION_MARK = "caption: "


def glued_caption(text: str) -> Media | None:
    """A picture's caption shown twice, as printed and after its screen reader's label, glued:
    a picture with that caption."""
    for label in furniture.CAPTION_PREFIXES:
        shown, found, caption = text.partition(label)
        if found and caption.strip() and shown.strip() == caption.strip():
            return Media(caption=caption.strip(), credit=None)
    return None


#: Labels a caption prints before its credit, often hidden from sight and so glued to its last word in
#: the page's text ("... on Tuesday.Credit...Hannah Voss for The Herald", The New York Times's captions).
CREDIT_LABELS = ("Credit...", "Credit…", "Credit:", "Image credit:", "Photo credit:")
#: What every one of them holds.
CREDIT_LABEL_MARK = "redit"
#: A credit after such a label is a name and an outlet, not a sentence.
MAX_LABELLED_CREDIT = 80


def labelled_caption(text: str, *, glued: bool) -> Media | None:
    """A caption ending in a credit after one of `CREDIT_LABELS` (a name or an outlet,
    MAX_LABELLED_CREDIT characters at most): the caption and the credit apart; else None. With `glued`, only a label
    glued to the caption's last word (in a copy's text, where a spaced one may open a sentence)."""
    for label in CREDIT_LABELS:
        at = text.rfind(label)
        if at <= 0 or (glued and text[at - 1].isspace()):
            continue
        credit = text[at + len(label):].strip()
        if credit and len(credit) <= MAX_LABELLED_CREDIT:
            return Media(caption=text[:at].strip() or None, credit=credit)
    return None


def labelled_credit(text: str) -> Media | None:
    """A picture's credit shown twice, as printed and after its screen reader's label, glued
    ("Our World In DataCopyright: Our World In Data"): a picture with that credit."""
    shown, _, credit = text.partition(COPYRIGHT_LABEL)
    if not credit or shown != credit or len(credit) > MAX_COPYRIGHT_CREDIT:
        return None
    return Media(caption=None, credit=credit)


def _same_picture(first: Media, second: Media) -> bool:
    """Two captions in a row of one picture: the same credit, and texts that open with the
    same `ALT_TEXT_WORDS` words (an alt text and the caption below it). A gallery's
    pictures have captions of their own, or none."""
    if first.credit != second.credit or not first.caption or not second.caption:
        return False
    return first.caption.split()[:ALT_TEXT_WORDS] == second.caption.split()[:ALT_TEXT_WORDS]


def sentence_credit(text: str, *, min_words: int) -> Media | None:
    """A caption whose last sentence is its credit, names and an agency after a slash
    ("Michael Bloomberg at the debate in Charleston. Scott Olson/Getty Images", "La pointe du
    Raz, le 2 novembre 2026. FRED TANNEAU / AFP"), with `min_words` words or more before it."""
    caption, stop, credit = text.rpartition(". ")
    credit = credit.strip()
    if not stop or "/" not in credit or len(caption.split()) < min_words or not furniture.is_credit_line(credit):
        return None
    return Media(caption=caption + ".", credit=credit)


def dash_credit(text: str, *, min_words: int) -> Media | None:
    """A caption that ends in a credit after a dash and a credit word ("... del país - crédito
    @alejoeder/X", `furniture.DASH_CREDIT`), with `min_words` words or more before it."""
    found = furniture.DASH_CREDIT.search(text)
    caption = text[:found.start()].strip() if found is not None else ""
    if found is None or len(caption.split()) < min_words:
        return None
    return Media(caption=caption or None, credit=found.group("credit").strip().rstrip("."))


def bracketed_credit(text: str) -> Media | None:
    """A caption that ends in a labelled credit in brackets, which may hold brackets of its own
    ("(Symbolbild) (Bildquelle: MadMax22 (CC0) - (Symbolbild))", see furniture.BRACKETED_CREDIT)."""
    if ":" not in text and " (Photo " not in text and " (Foto " not in text:
        return None  # (Libération's "(Photo Prakash Mathema. AFP)" has no colon)
    found = furniture.BRACKETED_CREDIT.search(text)
    if found is None or not _nested(found.group("credit")):
        return None  # the bracket closes before the line's end: "(Photo: AP) and more (left)"
    caption = text[:found.start()].strip()
    return Media(caption=caption or None, credit=found.group("credit").strip())


def _nested(text: str) -> bool:
    """Do the text's brackets each close after they open, and all close?"""
    depth = 0
    for char in text:
        if char in "()":
            depth += 1 if char == "(" else -1
            if depth < 0:
                return False
    return depth == 0


def trailing_credit(text: str) -> Media | None:
    """A caption that ends in "Photograph: Name/Agency" (see furniture.TRAILING_CREDIT)."""
    if ":" not in text:
        return None
    found = furniture.TRAILING_CREDIT.search(text)
    if found is None or (found.start() and not text[found.start() - 1].isspace()):
        return None  # a word glued to letters before it ("AutoFoto: x") is no credit
    caption = text[:found.start()].strip()
    if not caption and HEADLINE_AFTER_LABEL.match(found.group("credit")):
        return None  # "Photos: Villagers wade to higher ground": a gallery post's headline, no credit
    return Media(caption=caption or None, credit=found.group("credit").strip().rstrip(".") or None)


#: A headline after a picture word's colon (see `furniture.HEADLINE_AFTER_LABEL`), not a credit.
HEADLINE_AFTER_LABEL = patterns.compile(furniture.HEADLINE_AFTER_LABEL)
#: Words a caption has before a credit in square brackets, at least.
MIN_SQUARE_CAPTION_WORDS = 2


def square_credit(text: str) -> Media | None:
    """A caption that ends in its credit in square brackets, names and an agency after a slash or
    an agency alone ("... in Orrin village [Sami Haddad/AFP]", as Al Jazeera prints them): the caption
    and the credit apart, as `bracketed_credit` reads round ones. Any other note in square brackets
    ("[sic]", "[Updated]") is none."""
    at = text.rfind("[")
    inner = text[at + 1:-1].strip()
    if at <= 0 or not text[at - 1].isspace() or len(text[:at].split()) < MIN_SQUARE_CAPTION_WORDS \
            or ("/" not in inner and not furniture.is_credit_line(inner)) \
            or furniture.BRACKET_CREDIT.fullmatch(f"({inner})") is None:
        return None
    return Media(caption=text[:at].strip(), credit=inner)


def _minutes_listed(lines: list[str], blocks: list[Block]) -> bool:
    """Are a commentary's minutes the items of a list, each with its lines indented below it
    ("  • 90' + 2'" over "    GOAL!! ...", as a copy prints a list of events)? Then a line is
    the minute's above it, however near the next one is."""
    return all(lines[block.anchor].lstrip()[:1] in _ITEM_BULLETS for block in blocks)


def _period_between(lines: list[str], anchor: int, index: int, stamp_at: dict[int, Stamp]) -> bool:
    """Does a period marker ("0'1ere période", "45'2éme période": a minute that is no entry's)
    stand between a match minute and a line of text? The commentary's half ends there: the
    text on its far side (the page's sidebar below the kick-off) is not that minute's."""
    low, high = min(anchor, index), max(anchor, index)
    return any(at not in stamp_at and PATTERNS["match-minute"].match(lines[at].strip())
               for at in range(low + 1, high))


def _commentary(lines: list[str], blocks: list[Block], roles: Roles, header: Stamp | None) -> Draft:
    """Sports commentary stamped with match minutes ("95'"): every line of text near a
    minute is one entry. Pages print the minute above some entries and below others (the
    home and away sides of a two-column feed), so a line takes the nearest minute on
    either side; lines further than `COMMENTARY_REACH` from any minute (team sheets, a
    sidebar) are furniture; where the minutes are a list's items (`_minutes_listed`), a line
    takes the minute above it. A minute whose line holds its commentary ("84' - GOL! ...",
    "90' Full time ...") is an entry of that text, and the paragraphs right below it are that
    entry's."""
    footer = _footer_start(lines, blocks[-1].end + 1)
    anchors = [block.anchor for block in blocks]
    stamp_at = {block.anchor: block.stamp for block in blocks}
    listed = _minutes_listed(lines, blocks)
    said = {block.anchor: block.line.rest for block in blocks if block.line.rest_kind != "bare" and block.line.rest}
    entries: list[RawEntry] = []
    used: set[int] = set()
    opened = -1  # the entry of the last minute whose line holds its commentary ("84' - GOL! ...")
    last = -1  # and its line
    for index in range(blocks[0].start, footer):
        text = lines[index].strip()
        if index in said:
            used.add(index)
            opened, last = len(entries), index
            entries.append(RawEntry(stamp=stamp_at[index], headline=None, paragraphs=(said[index],), line=index + 1))
            continue
        if index in stamp_at:
            opened = -1
            continue
        if not text:
            continue
        if furniture.is_boilerplate(text) or PATTERNS["match-minute"].match(text):
            roles.set(index, "furniture", "a period marker, a button, or away from the match minutes")
            continue
        if opened >= 0 and index - last <= COMMENTARY_REACH:
            if not text.endswith(_STORY_ENDS):  # "Koniec II tercji", "KRAJ PRVOG POLUVREMENA"
                roles.set(index, "furniture", "a period marker, a button, or away from the match minutes")
                continue
            # a further paragraph of the commentary printed on the minute's line above
            roles.set(index, "body", "a line of commentary")
            entries[opened] = replace(entries[opened], paragraphs=(*entries[opened].paragraphs, text))
            continue
        position = bisect_right(anchors, index)
        near = [anchor for anchor in anchors[max(0, position - 1):position + 1]
                if abs(anchor - index) <= COMMENTARY_REACH and not _period_between(lines, anchor, index, stamp_at)]
        if not near:
            roles.set(index, "furniture", "a period marker, a button, or away from the match minutes")
            continue
        above = [anchor for anchor in near if anchor < index] if listed else []
        minute = above[-1] if above else min(near, key=lambda anchor: (abs(anchor - index), anchor > index))
        used.add(minute)
        roles.set(index, "body", "a line of commentary")
        entries.append(RawEntry(stamp=stamp_at[minute], headline=None, paragraphs=(text,), line=index + 1))
    for anchor in anchors:
        if anchor in used:
            roles.set(anchor, "stamp", "a match minute")
        else:
            roles.set(anchor, "furniture", "a match minute with no commentary beside it")
    for index in range(footer, len(lines)):
        roles.set(index, "furniture", "page footer after the last post")
    note = _closing_note(lines, blocks) if listed else None
    if note is not None:
        roles.set(note, "body", "the closing note: an item of the minutes' list above the newest minute")
        entries.insert(0, RawEntry(stamp=None, headline=None, paragraphs=(_item_text(lines[note]),), line=note + 1))
    preamble = _preamble(lines, blocks[0].start if note is None else note, roles, header=header)
    return replace(preamble, entries=tuple(entries), explanations=roles.explanations())


def _item_text(line: str) -> str:
    """A list item's text, without its mark."""
    return line.strip()[1:].strip()


def _closing_note(lines: list[str], blocks: list[Block]) -> int | None:
    """On a commentary that lists its minutes newest first, the item of that list right above
    the newest minute (the same mark at the same indent, no minute of its own) that holds a
    sentence: the commentator's closing note ("What a fitting end ... Good night."), a post
    with no minute. Its line, or None."""
    first, last = blocks[0].stamp.match_minute, blocks[-1].stamp.match_minute
    at = blocks[0].start - 1
    if first is None or last is None or first <= last or at < 0:
        return None
    line, minute_line = lines[at], lines[blocks[0].anchor]
    indent = len(line) - len(line.lstrip())
    if indent != len(minute_line) - len(minute_line.lstrip()) or line.lstrip()[:1] != minute_line.lstrip()[:1]:
        return None
    return at if _sentence(_item_text(line)) else None


# ---------------------------------------------------------------------------
# The preamble, and ordinary articles.


def _preamble(lines: list[str], stop: int, roles: Roles, title_at: int | None = None,
              closing: range = range(0), headlines: frozenset[str] = frozenset(), header: Stamp | None = None) -> Draft:
    """Title, page authors, standfirst, key points, dates and zone from the lines above the
    posts; `title_at` is where the title stands when the caller knows it (an article's title
    right above its dateline), else the first headline-like line followed by the story is.
    `closing` are an article's lines between its story and the footer, read for the page's
    dates and author (`_closing_facts`); `headlines` are the posts' (case-folded), which a
    list of key points with no header repeats; `header` is the capture header's date."""
    title_index: int | None = title_at
    title_text: str | None = None  # a title printed after the page's date on one line
    authors: list[str] = []
    summary: list[str] = []
    key_points: list[str] = []
    dates: dict[str, StampLine] = {}
    zone: str | None = None
    in_key_points = False
    in_rail = False  # the links below another box's header that closed the key points ("Top Stories")
    box_margin = -1  # the box's bulleted items' margin (-1: no item yet; -2: an item had no bullet)
    page_date: Stamp | None = None
    repeated_title = _repeated_title(lines, stop)
    logos = _logo_lines(lines, min(stop, HEAD_LINES))
    points_at = _listed_points(lines, stop, headlines)
    if title_index is None and (over := _title_over_byline_date(lines, stop)) is not None and over >= repeated_title:
        title_index = over  # (a title printed twice stands where it is printed the second time)
        roles.set(title_index, "title", "the headline right above the page's byline and date")
    for index in range(stop):
        text = lines[index].strip()
        if index >= points_at and text:
            key_points.append(text.lstrip(furniture.BULLETS + " "))
            roles.set(index, "key-point", "an item of a list of the posts' headlines above the first post")
            continue
        if index == title_at:
            roles.set(index, "title", "the headline-like line right above the article's dateline")
            continue
        if index == title_index:
            continue  # the headline below a kicker
        if not text:
            in_rail = False
            if in_key_points and key_points and not _bullet_next(lines, index, stop) \
                    and not (box_margin == -2 and lines[index - 1].strip() == key_points[-1]
                             and len(key_points[-1]) <= MAX_POINT_CHARS and _points_to_posts(lines, index, stop)):
                in_key_points = False
            continue
        stamp_line = read_stamp(text)
        if stamp_line is None and (badge := _GLUED_BADGE.match(text)) is not None:
            stamp_line = read_stamp(text[badge.end():])  # "LIVEUpdated April 14, 2026, 3:48 p.m. ET"
        if stamp_line is not None and page_date is not None and stamp_line.stamp.has_clock \
                and not stamp_line.stamp.has_date and not stamp_line.starts_entry:
            # "02 NOVEMBRE 2023" then "AGGIORNATO ALLE 16:58": the update time of that date
            stamp_line = replace(stamp_line, stamp=replace(stamp_line.stamp, year=page_date.year,
                                                           month=page_date.month, day=page_date.day))
        if stamp_line is not None and _dateline(stamp_line.stamp):
            for found in _glued_datelines(stamp_line):
                _date_page(dates, found)
            if stamp_line.lead:
                authors.append(stamp_line.lead)
            if " | " in text and (byline := byline_names(text.rpartition(" | ")[2])):
                # the byline after the date, the line's last part: "Le Monde | 04.05.2015 à 13h36 | Par A"
                authors.extend(name for name in byline if name not in authors)
            roles.set(index, "dateline", "the page's date and time")
            continue
        if stamp_line is not None and stamp_line.stamp.has_date and stamp_line.rest_kind == "bare":
            page_date = page_date or stamp_line.stamp
            roles.set(index, "dateline", "a date on a line of its own")
            continue
        if stamp_line is None and (dated := stamps.glued_date_heading(text)) is not None:
            # "Montag, 05. Oktober 2020Der Tag": the page's date, and the title glued after it
            page_date = page_date or dated[0]
            if title_index is None and index >= repeated_title and title_like(dated[1]):
                title_index, title_text = index, dated[1]
                roles.set(index, "title", "the page's date with its title glued after it")
            else:
                roles.set(index, "dateline", "the page's date with a label glued after it")
            continue
        if stamp_line is None and (bylined := _byline_date(text)) is not None:
            # "Written by Jane Doe on May 30, 2024", "September 9, 2014 • By" (the name may be missing)
            if _dateline(bylined[0].stamp):
                _date_page(dates, bylined[0])
            else:
                page_date = page_date or bylined[0].stamp
            authors.extend(name for name in bylined[1] if name not in authors)
            roles.set(index, "dateline", "the page's byline and date")
            continue
        if furniture.is_boilerplate(text):
            roles.set(index, "furniture", "a boilerplate line")
            continue
        if page_date is None and stamp_line is None and (live_date := _dated_live_title(text)) is not None:
            # "Live updates April 28, 2025": a daily live page's title dates its clocks; it is the
            # title unless one stands above it with more than a menu between
            page_date = live_date
            if title_index is None or (title_text is None and index > title_index and not summary and not authors
                                       and _menu_between(lines, title_index, index)):
                if title_index is not None and roles.enabled:  # (the site's name over its menu: no title)
                    roles.found[title_index] = ("furniture", "a site's name over its menu, above the live page's title")
                title_index, title_text = index, text
                roles.set(index, "title", "the live page's title, which carries its date")
            else:
                roles.set(index, "dateline", "a live page's title carrying its date")
            continue
        if (found_zone := stated_zone(text)) is not None and statement_after_text(text):
            zone = zone or found_zone  # (the paragraph's sentences stay text of the preamble)
        elif found_zone is not None:
            zone = zone or found_zone
            roles.set(index, "zone", f"the page states its zone ({found_zone})")
            if title_index is None and index >= repeated_title and (titled := _title_before_zone(text)) is not None:
                title_index, title_text = index, titled
                roles.set(index, "title", "the page's title, with its zone stated in brackets after it")
            continue
        if _caption(text) is not None:
            roles.set(index, "furniture", "a caption of a picture above the posts")
            continue
        if furniture.KEY_POINT_HEADERS.fullmatch(text):
            in_key_points = True
            box_margin = -1
            roles.set(index, "furniture", "the header of a key-points box")
            continue
        if in_key_points and key_points and furniture.is_footer_marker(text):
            # "Top Stories" right below the points: another box's header, its links other pages' posts
            in_key_points, in_rail = False, True
            roles.set(index, "furniture", "the header of another box, which closes the key points")
            continue
        if in_rail:
            roles.set(index, "furniture", "a link of the box below the key points")
            continue
        if in_key_points and furniture.SHIFT_NOTE.search(text):
            in_key_points = False  # a shift byline closes the box
        if in_key_points and box_margin == -2 and text.lower() in furniture.LIVE_PAGE_LABELS:
            in_key_points = False  # the stream's label below the box ("Latest updates")
        if in_key_points and box_margin >= 0 and not text.startswith(_BULLETS) \
                and len(lines[index]) - len(lines[index].lstrip()) <= box_margin:
            in_key_points = False  # a heading at the bulleted items' margin or left of it ("Leaderboard")
        if in_key_points:
            listed = read_stamp(text)
            if listed is not None and listed.rest_kind == "bare":
                roles.set(index, "furniture", "the age of an item in the key-points box")
                continue
            if not text.startswith(_BULLETS) or box_margin == -2:
                box_margin = -2  # an item with no bullet: no heading closes this box
            else:
                margin = len(lines[index]) - len(lines[index].lstrip())
                box_margin = margin if box_margin == -1 else min(box_margin, margin)
            point = text.lstrip(furniture.BULLETS + " ")
            if (number := stamps.LIST_NUMBER.match(point)) is not None:
                point = point[number.end():]  # " 1. Top US health adviser...": an <ol>'s number kept by the copy
            key_points.append(_TRAILING_TIME.sub("", point).strip())
            roles.set(index, "key-point", "an item of the key-points box")
            continue
        if stamp_line is not None and stamp_line.rest_kind == "bare":
            # an age or a clock alone, or after an update word ("Atualizado há 5 minutos"): the
            # page's update line, never its title
            roles.set(index, "dateline", "the page's update time")
            continue
        byline = _page_byline(lines, index, title_index, stop)
        if byline:
            authors.extend(name for name in byline if name not in authors)
            roles.set(index, "author", "a byline of the page")
            continue
        if title_index is None and index >= repeated_title and not (logos and _logo_led(text, logos)) and (
                _title_candidate(lines, index, stop) or _short_title(lines, index, stop)
                or (index == repeated_title > 0 and _over_credit(lines, index))
                or (len(text.split()) >= 2 and title_like(text) and _above_page_date(lines, index, stop))):
            # (the headline printed a second time over a picture's credit: the picture's caption,
            # which repeats the headline)
            # (a short title too, right above the page's byline or date: "Marathon day live")
            if _kicker(lines, index, stop):
                roles.set(index, "furniture", "a kicker over the headline below it")
                roles.set(index + 1, "title", "the headline below a kicker")
                title_index = index + 1
                continue
            title_index = index
            roles.set(index, "title", "the first headline-like line followed by the story")
            continue
        if title_index is not None and index > title_index and len(text) >= 40 and not _role_line(text) \
                and not _BARE_URL.fullmatch(text) and (not headlines or text.casefold() not in headlines) \
                and not text.startswith("©"):
            # (a post's headline above the posts is an item of a list of them, no summary; a line that
            # opens with a copyright sign is the lead picture's credit and caption, "© A, AFP | Police ...")
            summary.append(text)
            roles.set(index, "summary", "a paragraph between the title and the posts")
    if closing:
        _closing_facts(lines, closing, dates, authors, roles)
    publisher = find_publisher(lines[:stop])
    published, updated = dates.get("published"), dates.get("updated")
    return Draft(
        format="text",
        entries=(),
        title=title_text or (lines[title_index].strip() if title_index is not None else None),
        publisher=publisher[0] if publisher else None,
        authors=tuple(authors),
        published=published.stamp if published is not None else header or page_date,
        updated=updated.stamp if updated is not None else None,
        summary=tuple(summary),
        key_points=tuple(point for point in key_points if point),
        stated_zone=zone,
    )


def _dated_live_title(text: str) -> Stamp | None:
    """The date ending a live page's title ("Live updates April 28, 2025": a headline-like head
    naming a live page, a word of stamps.HEADING_WORDS, then the full date); else None."""
    found = stamps.dated_title(text)
    if found is None or not title_like(text):
        return None
    return found[0] if any(word in stamps.HEADING_WORDS for word in found[1].lower().split()) else None


def _menu_between(lines: list[str], start: int, stop: int) -> bool:
    """Are the lines between `start` and `stop` a menu's (`_menu_line`, blank lines too)? (A site's
    name over its menu is no title.)"""
    return all(_menu_line(line.strip()) for line in lines[start + 1:stop])


def _menu_line(text: str) -> bool:
    """Could the (stripped) line be a menu's: MAX_CREDIT_WORDS words or fewer, no sentence?"""
    return _words(text) <= MAX_CREDIT_WORDS and not text.endswith(_STORY_ENDS)


def _title_over_byline_date(lines: list[str], stop: int) -> int | None:
    """The headline right above the page's byline and date ("Wimbledon Final: Live blog" over "by
    Rob Dore | July 8, 2012"), wherever the lines above it (a site's menu, an app's advert) stand:
    the first such byline above the posts, and a headline-like line of two words or more over it."""
    for index in range(1, stop):
        text = lines[index].strip()
        if "by" not in text[:24].lower() or _byline_date(text) is None:
            continue
        above = _previous_content(lines, index - 1, -1)
        if above is not None and len(lines[above].split()) >= 2 and title_like(lines[above]) \
                and read_stamp(lines[above].strip()) is None:
            return above
        return None
    return None


def _glued_datelines(stamp_line: StampLine) -> list[StampLine]:
    """A dateline, and the ones a copy glued after it on its line, each opening with a word
    that says which of the page's times it is ("Uppdaterad idag 11:19Publicerad idag
    06:56", "24 Ago, 2026 06:28 p. m.Actualizado: 24 Ago, 2026 07:53 p. m. EST")."""
    found = [stamp_line]
    rest = stamp_line.rest
    while rest and len(found) < 3:
        glued = read_stamp(rest)
        if glued is None or not glued.page_time or not _dateline(glued.stamp):
            break
        found.append(glued)
        rest = glued.rest
    return found


#: A byline with the page's date after "on" ("Written by Jane Doe on May 30, 2024", "Posted by admin on
#: ...", as WordPress themes print them) or after a bar or bullet ("by Rob Dore | July 8, 2012"), or a
#: date with a byline after a bullet ("September 9, 2014 • By Jane Doe"); a copy may give no name
#: ("Written by on May 30, 2024", "September 9, 2014 • By").
_BYLINE_ON_DATE = patterns.compile(
    r"(?:(?:written|posted|published) )?by\b(?P<name>[^\d\n|•·]{0,60}?) ?(?:\bon |[•·|] ?)(?P<date>\S.{0,60})", re.I)
_DATE_THEN_BYLINE = patterns.compile(r"(?P<date>[^•·|\n]{4,60}?) ?[•·|] ?by\b(?P<name>[^\d\n]{0,60})", re.I)
#: The date after "on", then the byline ("Posted on March 11, 2026 by Dana Whitfield", WordPress themes' entry meta).
_ON_DATE_BY = patterns.compile(
    r"(?:posted|published|updated|written) on (?P<date>[^\n]{4,40}?) by\b(?P<name>[^\d\n]{0,60})", re.I)


def _byline_date(text: str) -> tuple[StampLine, list[str]] | None:
    """The date (a stamp line) and the names of a byline that prints the page's date beside it
    (`_BYLINE_ON_DATE`, `_DATE_THEN_BYLINE`, `_ON_DATE_BY`); None for any other line."""
    found = _BYLINE_ON_DATE.fullmatch(text) or _DATE_THEN_BYLINE.fullmatch(text) or _ON_DATE_BY.fullmatch(text)
    if found is None:
        return None
    dated = read_stamp(found.group("date").strip())
    if dated is None or not dated.stamp.has_date or dated.rest_kind != "bare":
        return None
    name = found.group("name").strip()
    return dated, byline_names(f"By {name}") if name else []


def _date_page(dates: dict[str, StampLine], found: StampLine) -> None:
    """Take a dateline as the page's publication or update time: by the word before it
    ("Publicerad", "Last updated"), else a stamp that could start a post is the
    publication. One with such a word beats one without, and then one with a date beats a
    day word ("idag 06:56", which needs the capture day); else the first stays. A dateline
    without a word that a worded publication time displaces is the page's update (NBC's
    header prints its last update bare, "First Published" below the story)."""
    time = found.page_time or ("published" if found.starts_entry else "updated")
    held = dates.get(time)
    if held is not None and (bool(found.page_time), found.stamp.has_date) <= (bool(held.page_time),
                                                                            held.stamp.has_date):
        return
    dates[time] = found
    if held is not None and time == "published" and not held.page_time and "updated" not in dates:
        dates["updated"] = held


def _closing_facts(lines: list[str], closing: range, dates: dict[str, StampLine], authors: list[str],
                   roles: Roles) -> None:
    """The page's dates and author among an article's closing lines: lines that date the
    page with a word saying so ("Publicerad11 mars 2026 kl 06:56", "First Published Dec 13
    2016, 7:31 am ET"), and, where the head named nobody, a byline there or a name alone
    right above such a date, set apart from the lines above it (the author's box beside the
    dates)."""
    previous: int | None = None
    for index in closing:
        text = lines[index].strip()
        if not text:
            continue
        if _page_dateline(text):
            stamp_line = read_stamp(text)
            assert stamp_line is not None
            _date_page(dates, stamp_line)
            roles.set(index, "dateline", "the page's date and time, below the story")
            # a name set apart from the lines above it, or the only name among them: the
            # author's box, not a tag list's last item
            if not authors and previous is not None and previous > closing.start \
                    and (names := _closing_names(lines[previous])) and _set_apart(lines, previous, closing.start):
                authors.extend(names)
                roles.set(previous, "author", "a name right above the page's date, below the story")
        elif not authors and (byline := byline_names(text)):
            authors.extend(byline)
            roles.set(index, "author", "a byline below the story")
        previous = index


def _set_apart(lines: list[str], index: int, start: int) -> bool:
    """Does the name at `index` stand apart from the closing lines above it: a blank line
    between, or none of the lines of its run (up to a blank line, or `start`) names anyone?
    A browser's copy runs the author's box into the tag list above it ("Tågtrafik" /
    "Göteborg" / "Julia Hilmersson"); a tag that names a person makes the run's last name
    a tag like it, not surely the author."""
    above = index - 1
    while above >= start and lines[above].strip():
        if _closing_names(lines[above]):
            return False
        above -= 1
    return True


def _closing_names(line: str) -> list[str]:
    """The names on a line of an article's closing lines, as a list item or alone ("  •
    Julia Hilmersson"); none on the line that heads its tags ("Topics Tech News")."""
    words = line.strip(_BULLET_MARGIN).split(maxsplit=1)
    if not words or words[0].lower().rstrip(":") in furniture.TAG_HEADERS:
        return []
    return _printed_names(" ".join(words))


def _listed_points(lines: list[str], stop: int, headlines: frozenset[str]) -> int:
    """Where a list of the key points that has no header begins (`stop` if there is none):
    the lines right above the first post, set apart by a blank line above them, at least
    MIN_LISTED_POINTS short headline-like lines (bullets kept by a text browser aside), one
    of which repeats a post's headline (the links to posts that tagesschau.de lists under
    its standfirst: a copy keeps the text and loses the links)."""
    if not headlines:
        return stop
    end = stop
    while end > 0 and not lines[end - 1].strip():
        end -= 1  # blank lines above the first post's stamp
    start = end
    while start > 0 and (text := lines[start - 1].strip()) and title_like(text.lstrip(furniture.BULLETS + " ")) \
            and not furniture.KEY_POINT_HEADERS.fullmatch(text) and read_stamp(text) is None:
        start -= 1
    if end - start < MIN_LISTED_POINTS or start == 0 or lines[start - 1].strip():
        return stop  # too few, or run on from the lines above (the title, a menu, a box's header or times)
    if not any(lines[index].strip().lstrip(furniture.BULLETS + " ").casefold() in headlines
               for index in range(start, end)):
        return stop
    return start


def _repeated_title(lines: list[str], stop: int) -> int:
    """Where a page's headline stands when the page prints it twice (in the navigation,
    then above the story): the first headline-like line seen twice, else 0."""
    seen: set[str] = set()
    for index in range(stop):
        text = lines[index].strip()
        if len(text.split()) >= 4 and title_like(text):
            if text in seen and not _times_alone(text):
                return index
            seen.add(text)
    return 0


#: A logo's text is a line of at most this many words...
MAX_LOGO_WORDS = 2
#: ...that a copy prints alone at least this many times at the head of the page (a logo's
#: alternative texts: "וואלה" four times).
MIN_LOGO_LINES = 2


def _logo_lines(lines: list[str], stop: int) -> frozenset[str]:
    """The site's name as its logos print it, alone on lines of their own, again and again
    above the title."""
    counts = Counter(text for line in lines[:stop] if (text := line.strip())
                     and len(text.split()) <= MAX_LOGO_WORDS and not text[:1].isdecimal())
    return frozenset(text for text, count in counts.items() if count >= MIN_LOGO_LINES
                     and text.lower() not in furniture.LIVE_PAGE_LABELS and text.lower().rstrip(":") not in LABELS
                     and not furniture.is_boilerplate(text))


def _logo_led(text: str, logos: frozenset[str]) -> bool:
    """Does a line open with the site's name, then more words: the site's slogan ("Walla the
    leading site in Israel - updates around the clock"), no title?"""
    return any(text.startswith(logo + " ") for logo in logos)


def _over_credit(lines: list[str], index: int) -> bool:
    """Does a picture's credit stand right below the line at `index` ("SimpleImages/Getty Images")?"""
    below = lines[index + 1].strip() if index + 1 < len(lines) else ""
    return bool(below) and len(below) <= furniture.MAX_CREDIT_LINE and furniture.is_credit_line(below)


def _times_alone(text: str) -> bool:
    """A date or clock alone on its line, or two of them: a programme's slot ("5:00 am 9:00 am",
    a radio station's player printed above the story); no title."""
    stamp_line = _line_stamp(text)
    if stamp_line is None:
        return False
    after = _line_stamp(stamp_line.rest) if stamp_line.rest else None
    return not stamp_line.rest or (after is not None and not after.rest)


def _role_line(text: str) -> bool:
    """A contributor's role ("Correspondent in Kyiv"); never an item of a list ("• Plane found in Java Sea")."""
    return len(text) <= 60 and text[:1] not in furniture.BULLETS and bool(furniture.ROLE_WORDS.search(text))


def _above_page_date(lines: list[str], index: int, stop: int) -> bool:
    """Does the line at `index` stand right above the page's age ("3 hours ago" alone on its
    line), or above its byline over its date or age, within the lines above the posts?"""
    below = _next_content(lines, index + 1, min(index + 3, stop))
    if below is None:
        return False
    stamp_line = _line_stamp(lines[below])
    if stamp_line is not None and stamp_line.rest_kind == "bare" and stamp_line.stamp.ago_minutes is not None:
        return True
    return _byline_over_date(lines, below, stop)


def _byline_over_date(lines: list[str], index: int, stop: int) -> bool:
    """A lone name right above the page's date or update line (a stamp alone on its line,
    above the posts at `stop`): the header's byline and dateline ("Maria Garcia" / "3 hours
    ago", as WordPress themes print them under the title). Not the page's first line (a
    section's name over the header's date: "PGE Ekstraliga"), nor a role line ("Political
    Correspondent"), which have a name's capitals too."""
    text = lines[index].strip()
    if index + 1 >= stop or not name_like(text) or _role_line(text) \
            or any(len(word) > 1 and word.isupper() for word in text.split()) \
            or _previous_content(lines, index - 1, -1) is None:
        return False
    below = _next_content(lines, index + 1, min(index + 3, stop))  # lynx puts a blank line between
    stamp_line = _line_stamp(lines[below]) if below is not None else None
    return stamp_line is not None and stamp_line.rest_kind == "bare"


#: A title with the page's zone in brackets after it has at least this many words ("Key events" has two).
MIN_ZONED_TITLE_WORDS = 3


def _title_before_zone(text: str) -> str | None:
    """The title on a line that ends with the page's zone stated in brackets ("Storm live: trains
    cancelled across the north (all times BST)"): the line without them, where that reads as a
    title of MIN_ZONED_TITLE_WORDS words or more and no label of the page's ("Key events")."""
    at = text.rfind(" (")
    if not text.endswith(")") or at <= 0 or not any(pattern.search(text[at + 1:]) for pattern, _ in ZONE_STATEMENTS):
        return None  # (only "all times ...": a place's time in brackets closes the line leading into the posts)
    head = text[:at].rstrip(" -–—:")
    if len(head.split()) < MIN_ZONED_TITLE_WORDS or not title_like(head) or head.lower() in furniture.LIVE_PAGE_LABELS \
            or furniture.KEY_POINT_HEADERS.fullmatch(head) is not None:
        return None
    return head


def _page_byline(lines: list[str], index: int, title_index: int | None, stop: int) -> list[str]:
    text = lines[index].strip()
    if byline := byline_names(text):
        return byline
    if text[:3].lower() == "by " and (name := _name_before_role(text[3:])) is not None:
        return [name]  # "By Faye Brown, political reporter": the writer's role after the name
    if text.lower() == "by" and index + 1 < len(lines) and name_like(lines[index + 1]):
        return []  # the name on the next line is taken on its own
    if furniture.SHIFT_NOTE.search(text) and name_like(furniture.SHIFT_NOTE.sub("", text)):
        return split_names(text)  # "Ben Quinn (now) and Tom Ambrose (earlier)"
    if text.isupper() and len(text) <= stamps.MAX_NAMES and name_like(text.title()):
        # names printed in capitals, one to a line ("ELENA GARCÍA" / "PABLO MARTÍN"): a list of them
        # below the title is the page's byline (above it, capitals are a menu's)
        if title_index is None or index < title_index:
            return []
        around = [lines[i].strip() for i in (index - 1, index + 1) if 0 <= i < len(lines)]
        if any(line.isupper() and name_like(line.title()) for line in around):
            return split_names(text)  # as printed, as _printed_names keeps them
        return []
    if not name_like(text) or furniture.nav_line(text) or text.split(None, 1)[0].lower() in furniture.LIVE_KICKER_WORDS:
        return []
    names = split_names(text)
    prev_line = lines[index - 1].strip().lower() if index else ""
    next_line = lines[index + 1].strip() if index + 1 < len(lines) else ""
    if len(names) >= 2 or prev_line == "by" or (_role_line(next_line) and not _menu_run(lines, index)) \
            or _contact_box(lines, index) or _byline_over_date(lines, index, stop) or _byline_under_date(lines, index):
        return names
    # a lone name right below the title or right above it, set apart by a blank line
    apart = not prev_line or not next_line
    if title_index is not None and 0 < index - title_index <= 2 and apart:
        return names
    after = _next_content(lines, index + 1, min(len(lines), index + 4))
    if after is not None and not lines[index + 1].strip() and _title_candidate(lines, after, len(lines)):
        return names
    return []


def _menu_run(lines: list[str], index: int) -> bool:
    """Does the line at `index` stand amid a menu: MENU_REACH lines on each side, none blank, each
    a menu's (`_menu_line`), as "Terry McCrann" / "Barefoot Investor" / "In The Black" stand in a
    news site's menu of its columns, where a section's name reads as a role?"""
    if index < MENU_REACH or index + MENU_REACH >= len(lines):
        return False
    return all((text := lines[at].strip()) and _menu_line(text)
               for at in range(index - MENU_REACH, index + MENU_REACH + 1) if at != index)


def _contact_box(lines: list[str], index: int) -> bool:
    """Does the name at `index` head an author's box: one or two lines of one word each
    below it, the last an email address ("edilsonlarosa" / "edilsonlarosam@gmail.com", the
    author's handle and address)?"""
    for at in range(index + 1, min(len(lines), index + 1 + CONTACT_LINES)):
        text = lines[at].strip()
        if not text or " " in text:
            return False
        local, _, domain = text.partition("@")
        if local and "." in domain.strip("."):
            return True
    return False


#: A badge in capitals a copy glues to the page's update line after it ("LIVEUpdated April 14, 2026, 3:48 p.m. ET").
_GLUED_BADGE = patterns.compile(r"(?-i:[A-Z]{3,12})(?=(?-i:[A-Z][a-z]))")
#: How a site's account buttons begin ("Subscribe for $1/weekLog in", "Sign in"): a line so begun is no title.
ACCOUNT_STARTS = ("log in", "sign in", "sign up", "subscribe")


def _title_candidate(lines: list[str], index: int, stop: int) -> bool:
    """A headline-like line of four words or more, set apart from navigation: followed by a
    blank line, a byline, a source line ("Source: Reuters"), or a line of four words or more
    (a standfirst or the story)."""
    text = lines[index].strip()
    if _words(text) < 4 or not title_like(text) or name_like(text):
        return False
    if text.lower().startswith(furniture.SKIP_LINK_STARTS):
        return False  # a skip link that a text browser ran into the menu after it
    if text.lower().startswith(ACCOUNT_STARTS):
        return False  # a site's account buttons, run together ("Subscribe for $1/weekLog in")
    if _times_alone(text):
        return False  # a date on a line of its own ("sabado 07 de mayo del 2022") above the dateline's clock
    after = _next_content_near(lines, index + 1, 3)
    if after is None:
        return False
    following = lines[after].strip()
    return not lines[index + 1].strip() or _words(following) >= 4 or name_like(following) \
        or bool(byline_names(following)) or _line_stamp(following) is not None \
        or furniture.source_line(following)  # a dateline or a source line below the title


#: A short title has at least this many words (and fewer than a title candidate's four).
MIN_SHORT_TITLE_WORDS = 2
#: The words of `stamps.HEADING_WORDS` that name a live page in its title ("live" alone labels a
#: player or a tab: "Listen Live").
_TITLE_WORDS = stamps.HEADING_WORDS - {"live"}


def _short_title(lines: list[str], index: int, stop: int) -> bool:
    """A headline-like line of two or three words standing apart (a blank line or the posts below
    it) that names a live page in three words ("Election Night Liveblog", a word of `_TITLE_WORDS`) or
    stands below the page's date alone on its line ("Thursday 6 May 2010" over "Election results
    night", as blog templates print a post's date over its title)."""
    text = lines[index].strip()
    if not MIN_SHORT_TITLE_WORDS <= len(text.split()) < 4 or not title_like(text) \
            or (index + 1 < stop and lines[index + 1].strip()):
        return False
    words = text.lower().split()
    if len(words) == MIN_SHORT_TITLE_WORDS + 1 and any(word in _TITLE_WORDS for word in words):
        return True  # (not "Listen Live", "Live Commentary": two words, or "live" alone, make a label)
    above = _previous_content(lines, index - 1, -1)
    return above is not None and _bare_date(lines[above])


def _words(text: str) -> int:
    """Words in a line, as spaces part them; Chinese and Japanese write none between words,
    so their characters count two to a word."""
    return len(text.split()) + len(_IDEOGRAPHS.findall(text)) // 2


def _kicker(lines: list[str], index: int, stop: int) -> bool:
    """A short headline-like line right above a longer one that stands apart from what follows
    (a blank line, a dateline or a paragraph below it): the topic or label a page prints over
    its headline ("liveblog Landtagswahl in Mecklenburg-Vorpommern", two elements a copy puts
    on one line), not the title. A line above a headline-like line that runs on into more of
    them (a player's buttons, a menu) is left alone."""
    words = len(lines[index].split())
    if words > MAX_KICKER_WORDS or index + 2 >= stop:
        return False
    headline = lines[index + 1]
    if len(headline.split()) <= words or not title_like(headline) or name_like(headline):
        return False
    below = lines[index + 2].strip()
    if not below or (not title_like(below) and len(below.split()) >= MIN_PARAGRAPH_WORDS):
        return True
    stamp_line = _line_stamp(below)
    return stamp_line is not None and _dateline(stamp_line.stamp)


def _article(lines: list[str], roles: Roles, header: Stamp | None, feed: int | None = None) -> Draft:
    """An ordinary article: the preamble's fields, and one entry holding the story, which ends
    above `feed` (a sidebar's feed of other news below it: see `_feed_start`)."""
    head_end, title_at = _article_body_start(lines)
    body_start = _past_link_box(lines, head_end)
    for index in range(head_end, body_start):
        roles.set(index, "furniture", "a box of links to other stories between the page's head and the story")
    footer = _footer_start(lines, body_start, story=True)
    if feed is not None and body_start < feed < footer:
        footer = feed
    if not any(len(lines[index].split()) >= MIN_PARAGRAPH_WORDS for index in range(body_start, footer)):
        # a footer word above the story's first paragraph is its share bar's ("Comment")
        first = next((index for index in range(footer, len(lines))
                      if len(lines[index].split()) >= MIN_PARAGRAPH_WORDS), None)
        if first is not None:
            footer = _footer_start(lines, first)
    end = _story_end(lines, body_start, footer)
    preamble = _preamble(lines, head_end, roles, title_at, closing=range(end, footer), header=header)
    boxes = _related_boxes(lines, body_start, end)
    for index in boxes:
        roles.set(index, "furniture", "a box of links to other stories amid the story, under its header")
    paragraphs, media = _body(lines, body_start, end, roles, boxes)
    for index in range(end, footer):
        roles.set(index, "furniture", "the page's closing lines below the story (tags, an author's box, dates)")
    for index in range(footer, len(lines)):
        roles.set(index, "furniture", "page footer after the story")
    # an article dated only by its "Updated" line is dated by it, and so is one whose date has
    # no clock but for the update's on that day ("sabado 07 de mayo del 2022" / "Actualizado 07
    # May 2022 | 13:43 h")
    stamp = preamble.published or preamble.updated
    if stamp is not None and preamble.updated is not None and not stamp.has_clock and preamble.updated.has_clock \
            and (stamp.year, stamp.month, stamp.day) == (preamble.updated.year, preamble.updated.month,
                                                         preamble.updated.day):
        stamp = preamble.updated
    entry = RawEntry(stamp=stamp, headline=preamble.title, authors=preamble.authors,
                     paragraphs=paragraphs, media=media, line=body_start + 1)
    notice = Notice(code="not-a-live-blog", message="no timestamped posts found: the page is read as one article")
    return replace(preamble, entries=(entry,), live=False, notices=(notice,),
                   explanations=roles.explanations())


def _related_boxes(lines: list[str], start: int, stop: int) -> set[int]:
    """The lines of the boxes of links to other stories set in an article's story, under a
    footer heading ("Sur le même sujet", "Related stories": one that is no footer, with the
    story going on below it, `_footer_start`): the heading and the lines below it, at most
    RELATED_BOX_LINES of them, down to the story's next paragraph, a line of
    LONG_PARAGRAPH_WORDS words or a sentence after a blank line (the teasers' headlines, kickers
    and bylines stand one to a line below the heading)."""
    boxed: set[int] = set()
    index = start
    while index < stop:
        if not furniture.is_footer_marker(lines[index]):
            index += 1
            continue
        box = {index}
        at = index + 1
        while at < min(stop, index + RELATED_BOX_LINES):
            text = lines[at].strip()
            if _words(text) >= LONG_PARAGRAPH_WORDS or (_sentence(text) and not lines[at - 1].strip()):
                break
            if text:
                box.add(at)
            at += 1
        if at >= stop or at >= index + RELATED_BOX_LINES:
            return boxed  # (no paragraph of the story below it: no box, but the story's own lines)
        boxed |= box
        index = at
    return boxed


def _story_end(lines: list[str], start: int, footer: int) -> int:
    """Where an article's story ends: before the page's closing lines (a tag list, the
    author's box, the page's dates again, "Topics", follow links) that stand between it and
    the footer. Those lines are short and end no sentence; they run down to the footer, or
    to a line that dates the page below the story with a word saying so ("Publicerad 11
    mars 2026 kl 06:56", "First Published Dec 13 2016, 7:31 am ET"), which closes the story
    wherever it stands among `CLOSING_RUN` of them. The story ends after its last line
    above them that reads as one (`_story_line`). Without a footer or such a date, or
    without a line of story above them, nothing is cut: the page's last short lines may
    be the story's own."""
    closing = footer
    for index in range(start, footer):
        if _page_dateline(lines[index]) and _closing_run(lines, index, start, footer):
            closing = index
            break
    if closing == len(lines):
        closing = _author_box(lines, start, footer)
    if closing == len(lines):
        return closing
    for index in range(closing - 1, start - 1, -1):
        text = lines[index].strip()
        if text and _story_line(text) and not furniture.is_boilerplate(text):
            return _past_labelled_list(lines, index + 1, closing)
    return footer


def _author_box(lines: list[str], start: int, stop: int) -> int:
    """Where an author's box stands below an article's story on a page with no footer that
    `_footer_start` finds: a line of names ("Martin Untersinger (avec Damien Leloup et Morgane
    Tual)", the names before a bracket) after a blank line, with a line right below it that
    opens with a role's word ("Journaliste au Monde Suivre ..."), and no paragraph of
    LONG_PARAGRAPH_WORDS words below them (the related links and prompts a page sets there
    are short); `stop` without one. The box and all below it are the page's closing lines."""
    for index in range(start + 1, stop - 1):
        below = lines[index + 1]
        if not below[:1].isupper() or furniture.ROLE_WORDS.match(below) is None or lines[index - 1].strip():
            continue
        if name_like(lines[index].partition(" (")[0]) \
                and not any(_words(lines[at]) >= LONG_PARAGRAPH_WORDS for at in range(index + 2, stop)):
            return index
    return stop


def _past_labelled_list(lines: list[str], end: int, stop: int) -> int:
    """Where a story ends that may close with a list of labelled items right below its last
    sentence ("Argentina: ESPN Argentina, Fox Sports Argentina y Star+", one country's
    channels a line): `LABELLED_RUN` lines or more of that shape, one after another, are
    the story's (a tag list or an author's box prints no such run); else `end`."""
    at = end
    while at < stop and not lines[at].strip():
        at += 1
    run = at
    while run < stop and _labelled_item(lines[run].strip()):
        run += 1
    return run if run - at >= LABELLED_RUN else end


def _labelled_item(text: str) -> bool:
    """A list item that opens with a short label and a colon ("España: Movistar+")."""
    label, colon, value = text.partition(": ")
    return bool(colon) and bool(value.strip()) and label[:1].isupper() and len(label.split()) <= MAX_LABEL_WORDS


def _story_line(text: str) -> bool:
    """A line of a story rather than of the page's furniture around it: it ends a sentence
    or a quotation, runs longer than a teaser's headline, opens with a quotation's dash,
    or is a picture's caption with its credit."""
    if text.rstrip(":").lower() in furniture.TAG_HEADERS:
        return False  # "Kategorien:" alone, above the list it heads
    return len(text) > TEASER_LINE or text.endswith(_STORY_ENDS) or text.startswith(_QUOTE_DASHES) \
        or _caption(text) is not None or furniture.source_line(text)  # a report's source, its last line


def _page_dateline(line: str) -> bool:
    """A line that dates the page with a word saying which of its times it is
    ("Uppdaterad11 mars 2026 kl 11:19", "First Published Dec 13 2016, 7:31 am ET")."""
    if not line or len(line) > MAX_STAMP_LINE:
        return False
    text = line.strip()
    if not text[:1].isalpha() or PATTERNS["prefix"].match(text) is None:
        return False  # the word comes first: most lines are left after one failed match
    stamp_line = read_stamp(text)
    return stamp_line is not None and stamp_line.page_time != "" and stamp_line.rest_kind == "bare" \
        and _dateline(stamp_line.stamp)


def _closing_run(lines: list[str], index: int, start: int, footer: int) -> bool:
    """Does the line at `index` stand among `CLOSING_RUN` lines that are no story's
    (counting it; blank lines between them do not break the run), or in a run of them
    down to the footer?"""
    count = 1
    for step in (1, -1):
        at = index + step
        while start <= at < footer and count < CLOSING_RUN:
            text = lines[at].strip()
            if text and _story_line(text) and not furniture.is_boilerplate(text):
                break
            count += 1 if text else 0
            at += step
        if step == 1 and at >= footer:
            return True
    return count >= CLOSING_RUN


def _article_body_start(lines: list[str]) -> tuple[int, int | None]:
    """Where an article's story begins, and where its title stands if that is sure: after its
    dateline (the title right above it, or below it when none is above), else after its
    title; a title stands above the story, so the search stops at the first paragraph. The
    dateline is looked for in the page's head (`_head`). A byline right below the title
    ("By Jane Dalton") is the head's, not the story's. Without a dateline, the first title
    candidate above the story is the title."""
    first_content: int | None = None
    for index in _head(lines):
        text = lines[index].strip()
        if not text or furniture.is_boilerplate(text):
            continue
        if first_content is None:
            first_content = index
        stamp_line = read_stamp(text) if len(text) <= 160 else None
        if stamp_line is not None and _dateline(stamp_line.stamp):
            above = _previous_content(lines, index - 1, -1)
            if above is not None and furniture.source_line(lines[above]):
                above = _previous_content(lines, above - 1, -1)  # "来源： 中国日报网" between title and dateline
            elif above is not None and (titled := _title_above_credits(lines, above, index)) is not None:
                above = titled  # a byline between the title and the dateline ("by: Laurie Oakes")
            # "Updated ..." then "Published ...", and a newsroom's credit below them
            story = _past_newsroom_credit(lines, _past_datelines(lines, index + 1))
            story = _past_byline_below(lines, story)
            if above is not None and _title_candidate(lines, above, story) \
                    and _caption(lines[above].strip()) is None:  # a picture's caption may stand there too
                return story, above
            below_story, below = _past_title(lines, story)
            if below is not None and below_story > below + 1:
                return below_story, below  # a title and its byline below the dateline, a menu above
            if any(_title_candidate(lines, above, index) for above in range(index)):
                return story, None
            return below_story, below
    if (dated := _labelled_date_head(lines)) is not None:
        return dated
    for index in _head(lines):
        text = lines[index].strip()
        if not text or furniture.is_boilerplate(text):
            continue
        if len(text) > MAX_HEADLINE:
            break
        if _title_candidate(lines, index, len(lines)):
            byline = _next_content(lines, index + 1, min(len(lines), index + 4))
            start = byline + 1 if byline is not None and (byline_names(lines[byline])
                                                          or _credit_alone(lines, byline)) else index + 1
            date = _next_content(lines, start, min(len(lines), start + 3))
            if date is not None and _bare_date(lines[date]):
                start = date + 1  # "12 May 2026" below the title or byline: the head's, no story
            # the title: not a short line standing under the page's date above it (a widget's
            # label, "Horizontal Jobs Scroller"), nor the page's zone ("All times stated are UK")
            return start, (index if stated_zone(text) is None else None)
    return first_content or 0, None


#: How many lines a title stands above at most from a page's date without a clock (the share
#: buttons, the lead picture's caption and a credit between them).
LABELLED_DATE_REACH = 6


def _labelled_date_head(lines: list[str]) -> tuple[int, int] | None:
    """Where the story begins and where the title stands on a page whose head dates it with a
    word of PREFIXES' and a date, but no clock ("Latest update : 2015-05-12"), when no line
    with a clock does (see `_article_body_start`): the title stands above that line, past at
    most LABELLED_DATE_REACH lines of share buttons, the lead picture's caption and a short
    credit ("Text by NEWS WIRES"); the story begins below it, past the page's other dates and
    a byline. None without such a line, or without a title over it: the menus above the
    title, however headline-like, are then not taken for it."""
    for index in _head(lines):
        text = lines[index].strip()
        if not text[:1].isalpha() or len(text) > MAX_STAMP_LINE or PATTERNS["prefix"].match(text) is None:
            continue
        stamp_line = read_stamp(text)
        if stamp_line is None or stamp_line.page_time == "" or stamp_line.rest_kind != "bare" \
                or not stamp_line.stamp.has_date:
            continue
        at = _previous_content(lines, index - 1, -1)
        for _ in range(LABELLED_DATE_REACH):
            if at is None:
                break
            above = lines[at].strip()
            if not (furniture.is_boilerplate(above) or _caption(above) is not None or above.startswith("©")
                    or _head_credit(above)):
                if not _title_candidate(lines, at, index):
                    break
                story = _past_byline_below(lines, _past_newsroom_credit(lines, _past_datelines(lines, index + 1)))
                return story, at
            at = _previous_content(lines, at - 1, -1)
        return None
    return None


def _head_credit(text: str) -> bool:
    """A short credit line in an article's head with no name of a person that `byline_names`
    reads ("Text by NEWS WIRES", "Photos by AFP"): at most MAX_CREDIT_WORDS words, one of them "by"."""
    words = text.lower().split()
    return len(words) <= MAX_CREDIT_WORDS and "by" in words[1:]


#: A credit alone under an article's title (the outlet's or a desk's name) holds at most this many words.
MAX_CREDIT_ALONE_WORDS = 2


def _credit_alone(lines: list[str], index: int) -> bool:
    """A short credit alone on its line right under an article's title, set apart by blank
    lines from a paragraph below it ("Teleuniverso", the outlet's name as its byline): at most
    MAX_CREDIT_ALONE_WORDS capitalised words ending no sentence, no line of the story."""
    text = lines[index].strip()
    words = text.split()
    if not 0 < len(words) <= MAX_CREDIT_ALONE_WORDS or not all(word[:1].isupper() for word in words) \
            or text.endswith(_STORY_ENDS) or index + 2 >= len(lines) or lines[index + 1].strip():
        return False
    after = _next_content(lines, index + 1, min(len(lines), index + 3))
    return after is not None and _words(lines[after]) >= LONG_PARAGRAPH_WORDS


def _title_above_credits(lines: list[str], above: int, dateline: int) -> int | None:
    """The title above the short lines between it and the dateline, one of them a byline ("by:
    Laurie Oakes", then the outlet's "From: Herald Sun"): at most HEAD_CREDIT_LINES lines of at
    most MAX_CREDIT_WORDS words each; None when no title stands there."""
    skipped: list[int] = []
    at: int | None = above
    while at is not None and len(skipped) < HEAD_CREDIT_LINES and _words(lines[at]) <= MAX_CREDIT_WORDS:
        skipped.append(at)
        at = _previous_content(lines, at - 1, -1)
        if at is not None and any(byline_names(lines[index]) for index in skipped) \
                and _title_candidate(lines, at, dateline):
            return at
    return None


def _capture_header(lines: list[str]) -> tuple[list[str], Stamp | None]:
    """The lines to read, and the date of a capture header (" date 2026-01-06 ") that a
    capture glues before the page's first line: taken off it, so that what follows (a title,
    a stamp) is read as the line it is."""
    header = _DATE_HEADER.match(lines[0])
    if header is None:
        return lines, None
    rest = [header.group("rest"), *lines[1:]]
    parts = [int(part) for part in header.group("date").split("-")]
    if len(parts) < 3:
        return rest, None  # a month alone dates no page
    return rest, Stamp(text=header.group("date"), year=parts[0], month=parts[1], day=parts[2])


def _line_stamp(line: str) -> StampLine | None:
    """The stamp a whole line is or opens with (None for a line too long to be one)."""
    text = line.strip()
    return read_stamp(text) if len(text) <= MAX_STAMP_LINE else None


def _bare_date(line: str) -> bool:
    """A date alone on its line ("12 May 2026", a day's heading "Samstag, 25. November"), with no clock."""
    stamp_line = _line_stamp(line)
    return stamp_line is not None and stamp_line.rest_kind == "bare" and stamp_line.stamp.has_date \
        and not stamp_line.stamp.has_clock


def _past_datelines(lines: list[str], start: int) -> int:
    """Past the datelines right below the first (the update and the publication on lines
    of their own): where the next line of anything else begins."""
    while (after := _next_content(lines, start, min(len(lines), start + 2))) is not None:
        stamp_line = _line_stamp(lines[after])
        if stamp_line is None or not _dateline(stamp_line.stamp):
            break
        start = after + 1
    return start


def _past_newsroom_credit(lines: list[str], start: int) -> int:
    """Past a newsroom's credit printed without a "By" right below the dateline, as a byline
    stands ("Redaktion Polizeiticker Schweiz", "Reuters Staff"): a short line that names a
    desk and ends no sentence is the head's, not the story's first line."""
    after = _next_content(lines, start, min(len(lines), start + 2))
    if after is None:
        return start
    text = lines[after].strip()
    if len(text.split()) <= MAX_CREDIT_WORDS and not text.endswith(_STORY_ENDS) and furniture.is_newsroom(text):
        return after + 1
    return start


def _past_byline_below(lines: list[str], start: int) -> int:
    """Past the page's byline printed right below the dateline ("12 May 2026 10:15" / "By
    Priya Shah"), perhaps below the lead picture's caption there (Yle: the dateline, the
    caption, "Markus Mäki", the share bar): the head's, not the story's first line. A lone
    name is one only with no line of its own right below it (a blank or a button)."""
    after = _next_content(lines, start, min(len(lines), start + 2))
    if after is not None and _caption(lines[after].strip()) is not None:
        after = _next_content(lines, after + 1, min(len(lines), after + 3))
    if after is None:
        return start
    if byline_names(lines[after]) or _lone_name_below(lines, after):
        return after + 1
    return start


#: A box of links to other stories below the dateline holds at least this many headlines.
LINK_BOX_LINES = 3


def _past_link_box(lines: list[str], start: int) -> int:
    """Past a box of links to other stories that a page sets between its head and the story
    (headlines one to a line, no blank line between them, then a blank line and a paragraph
    longer than any headline): the page's, not the story's first lines."""
    first = _next_content(lines, start, len(lines))
    if first is None:
        return start
    end = first
    while end < len(lines) and lines[end].strip() and len(lines[end].strip()) <= TEASER_LINE and title_like(lines[end]):
        end += 1
    if end - first < LINK_BOX_LINES or end == len(lines) or lines[end].strip():
        return start
    after = _next_content(lines, end, len(lines))
    # the story's paragraph, longer than any headline (a text browser's lines of one paragraph it
    # could not join back, "[Gal]" / "..." / "..." in a right-aligned dump, are no box)
    return after if after is not None and len(lines[after].strip()) > TEASER_LINE else start


def _lone_name_below(lines: list[str], index: int) -> bool:
    """Is the line a person's name alone, set apart from the text below it (a blank line or a
    button below), as a byline stands under a dateline? Not a role line, nor capitals."""
    text = lines[index].strip()
    below = lines[index + 1].strip() if index + 1 < len(lines) else ""
    return name_like(text) and not _role_line(text) and not any(len(word) > 1 and word.isupper() for word in
                                                                 text.split()) \
        and (not below or furniture.is_boilerplate(below))


def _byline_under_date(lines: list[str], index: int) -> bool:
    """A lone name right below the page's dateline, or below the lead picture's caption under
    it (`_past_byline_below`): the page's byline."""
    if not _lone_name_below(lines, index):
        return False
    above = _previous_content(lines, index - 1, max(-1, index - 3))
    if above is not None and _caption(lines[above].strip()) is not None:
        above = _previous_content(lines, above - 1, max(-1, above - 3))
    stamp_line = _line_stamp(lines[above]) if above is not None else None
    return stamp_line is not None and _dateline(stamp_line.stamp) and stamp_line.rest_kind == "bare"


def _past_title(lines: list[str], start: int) -> tuple[int, int | None]:
    """Where the story begins below a dateline that has no title above it, and the title:
    past the title and its byline when the page prints them under the dateline ("Dec 13
    2016, 1:06 pm ET" / title / "by A"), else here."""
    title = _next_content(lines, start, min(len(lines), start + 4))
    if title is None or not _title_candidate(lines, title, len(lines)):
        return start, None
    byline = _next_content(lines, title + 1, min(len(lines), title + 4))
    return (byline + 1 if byline is not None and byline_names(lines[byline]) else title + 1), title


def _dateline(stamp: Stamp) -> bool:
    """A stamp that can date a whole article: a clock with a date, or with a day word
    ("Uppdaterad idag 11:19", "Heute, 09:12 Uhr")."""
    return stamp.has_clock and (stamp.has_date or stamp.days_ago is not None)


def _head(lines: list[str]) -> Iterator[int]:
    """The indexes of a page's head: up to its second paragraph (a line longer than a
    headline that is no appeal; the first may be a standfirst above the dateline), and
    past HEAD_LINES only up to its first: a dateline below the story dates its footer."""
    paragraphs = 0
    for index, line in enumerate(lines):
        if len(line) > MAX_HEADLINE and len(text := line.strip()) > MAX_HEADLINE and not furniture.is_boilerplate(text):
            paragraphs += 1
            if paragraphs >= 2 or index >= HEAD_LINES:
                return
        yield index
