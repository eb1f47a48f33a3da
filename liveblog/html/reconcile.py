"""Reconcile the sources: each post once, each field from the source that has it right.

Structured data is often wrong or partial in real pages. What is checked, and what wins:

| defect (detected over all posts of a source)     | then                                      |
|--------------------------------------------------|-------------------------------------------|
| every post has the same time, or midnight        | its times are ignored where the page shows one |
| every post has the same headline (the page's)    | its headlines are ignored                 |
| every post has the same byline, the page shows others | the page's per-post names win       |
| a body cut short (1,000 characters, "…")         | the page's paragraphs win (always, when shown) |
| a body that is markup or not text                | tags stripped; the page's paragraphs win  |
| a time whose wall clock disagrees with the printed stamp | the printed clock wins, on the data's date |
| posts only in the data, or only on the page      | kept, in time order                       |
| a post only in the data with no time, headline or text | dropped (a template's empty update) |

Posts are matched, in order of confidence: the post's own id (URL fragment = element
id), a microdata item inside a page post, the same headline, the same body start, the
same minute. The page's offset from UTC is learned from posts that show both a printed
clock and an exact time, so printed clocks and exact times are compared on one footing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from itertools import pairwise

from .. import patterns
from ..model import Explanation, Kind, Media, Notice, RawEntry, Stamp
from ..zones import ABBREVIATIONS, stamp_zone, zone
from .sources import Post, stamp_of

#: A body this long (or cut with an ellipsis) is a structured-data excerpt, not the post.
CUT_LENGTHS = frozenset({200, 250, 300, 500, 1000, 2000})
#: A source whose posts share one value this often has a defect in that field.
SAME_SHARE = 0.9
#: ...when it has at least this many posts (two posts given one time to the second, or one
#: headline, are a template's: the latest few posts of a page often are all its data holds)...
MIN_SHARED = 2
#: ...and at least this many for one byline.
MIN_SHARED_BYLINE = 3
#: Body starts are compared on this many normalised characters...
BODY_KEY = 50
#: ...and one body cut short inside another is looked for among bodies sharing this many.
PREFIX_KEY = 20

#: The sources that are what the page shows (its post containers, its visible text), not data.
SHOWN = ("page", "text")

_WORDS = patterns.compile(r"\W+")


def normal(text: str | None) -> str:
    return _WORDS.sub(" ", (text or "").lower()).strip()


@dataclass(frozen=True, slots=True, kw_only=True)
class Defects:
    same_time: bool = False
    same_headline: bool = False
    same_authors: bool = False
    modified_varies: bool = False  # dateModified differs between posts (a fallback for a bad datePublished)

    def describe(self) -> list[str]:
        return [text for flag, text in (
            (self.same_time, "every post has the same time (or midnight): its times are not used"),
            (self.same_headline, "every post has the same headline: its headlines are not used"),
            (self.same_authors, "every post has the same byline"),
        ) if flag]


def defects(posts: list[Post]) -> Defects:
    if len(posts) < MIN_SHARED:
        return Defects()
    modified = {post.modified for post in posts if post.modified is not None}
    return Defects(
        modified_varies=len(modified) * 2 > len(posts),
        same_time=same_time(posts),
        same_headline=_shared([normal(post.headline) for post in posts], len(posts)),
        # (two posts of one writer are common: one byline is a defect from three posts on)
        same_authors=len(posts) >= MIN_SHARED_BYLINE and _shared([post.authors for post in posts], len(posts)),
    )


def same_time(posts: list[Post]) -> bool:
    """Every post (nearly) at one time, or all at midnight: the times are a template's, not the posts'.
    (Apart from `defects`: the page's own posts are checked for this alone, and a large page's
    headlines need not be normalised for it.)"""
    if len(posts) < MIN_SHARED:
        return False
    times = [post.published for post in posts]
    midnight = all(t is not None and (t.hour, t.minute, t.second) == (0, 0, 0) for t in times)
    return _shared(list(times), len(posts)) or midnight


def _shared(values: list[object], total: int) -> bool:
    present = [value for value in values if value]
    if len(present) < MIN_SHARED:
        return False
    return Counter(present).most_common(1)[0][1] >= SAME_SHARE * total


# ---------------------------------------------------------------------------
# Matching.


def _unique(keys: list[str | None]) -> list[str | None]:
    counts = Counter(key for key in keys if key)
    return [key if key and counts[key] == 1 else None for key in keys]


def body_start(post: Post, size: int = 300) -> str:
    """The normalised start of a post's body (only the start is normalised: bodies are long)."""
    text = ""
    for paragraph in post.paragraphs:
        text += " " + paragraph[: size * 2]
        if len(text) > size * 2:
            break
    return normal(text)[:size]


def _body_key(post: Post) -> str | None:
    text = body_start(post, BODY_KEY)
    return text if len(text) >= 20 else None


def _minute(post: Post) -> str | None:
    if post.published is None:
        return None
    return post.published.astimezone(UTC).strftime("%Y%m%d%H%M") if post.published.tzinfo else None


def _container(data: Post, regions: dict[object, int]) -> int | None:
    """The page post whose element holds this data post's element (a microdata item)."""
    element = data.anchor
    while element is not None:
        found = regions.get(element)
        if found is not None:
            return found
        element = element.getparent()  # type: ignore[attr-defined]
    return None


def match(page: list[Post], data: list[Post], *, use_time: bool) -> dict[int, int]:
    """page index -> data index, one to one."""
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    strategies: list[Callable[[Post], str | None]] = [lambda post: post.key, lambda post: normal(post.headline) or None,
                                                      _body_key]
    if use_time:
        strategies.append(_minute)
    # a microdata item inside a page post is that post
    regions = {post.anchor: index for index, post in enumerate(page) if post.anchor is not None}
    if regions:
        for right, item in enumerate(data):
            left = _container(item, regions) if item.anchor is not None else None
            if left is not None and left not in pairs:
                pairs[left] = right
                taken.add(right)
    for strategy in strategies:
        if len(taken) == len(data) or len(pairs) == len(page):
            break  # every post of one side has its twin
        left_keys = _unique([strategy(post) if index not in pairs else None for index, post in enumerate(page)])
        right_keys = _unique([strategy(post) if index not in taken else None for index, post in enumerate(data)])
        lookup = {key: index for index, key in enumerate(right_keys) if key}
        for index, key in enumerate(left_keys):
            if key and key in lookup and index not in pairs:
                pairs[index] = lookup[key]
                taken.add(lookup[key])
    return pairs


def _prefix_match(page: list[Post], data: list[Post], pairs: dict[int, int]) -> None:
    """A body cut short or a page body with a heading line: one body start inside the other."""
    taken = set(pairs.values())
    # indexed by the first PREFIX_KEY characters, so a large page costs no pairwise comparison
    free: dict[str, list[tuple[int, str]]] = {}
    for index, post in enumerate(data):
        if index in taken:
            continue
        theirs = body_start(post)
        if len(theirs) >= PREFIX_KEY:
            free.setdefault(theirs[:PREFIX_KEY], []).append((index, theirs))
    if not free:
        return
    for left, post in enumerate(page):
        if left in pairs:
            continue
        mine = body_start(post)
        if len(mine) < PREFIX_KEY:
            continue
        candidates = free.get(mine[:PREFIX_KEY], [])
        for position, (right, theirs) in enumerate(candidates):
            if mine.startswith(theirs[:BODY_KEY]) or theirs.startswith(mine[:BODY_KEY]):
                pairs[left] = right
                del candidates[position]
                break


def merge_data(first: list[Post], second: list[Post]) -> list[Post]:
    """Two structured sources (microdata and JSON-LD) as one: matched posts once, fields filled."""
    if not first or not second:
        return first or second
    pairs = match(first, second, use_time=True)
    merged = []
    for index, post in enumerate(first):
        other = second[pairs[index]] if index in pairs else None
        if other is None:
            merged.append(post)
            continue
        longer = post.paragraphs if sum(map(len, post.paragraphs)) >= sum(map(len, other.paragraphs)) \
            else other.paragraphs
        merged.append(replace(post, key=post.key or other.key, published=post.published or other.published,
                              headline=post.headline or other.headline, authors=post.authors or other.authors,
                              paragraphs=longer, media=post.media or other.media))
    used = set(pairs.values())
    merged.extend(post for index, post in enumerate(second) if index not in used)
    return merged


# ---------------------------------------------------------------------------
# The page's offset from UTC, learned from posts showing both a clock and an exact time.


def learn_offset(pairs: list[tuple[Stamp, datetime]]) -> timedelta | None:
    votes: Counter[int] = Counter()
    for stamp, moment in pairs:
        if stamp.hour is None or moment.tzinfo is None:
            continue
        utc = moment.astimezone(UTC)
        printed = stamp.hour * 60 + (stamp.minute or 0)
        minutes = (printed - (utc.hour * 60 + utc.minute)) % 1440
        if minutes > 840:
            minutes -= 1440
        if minutes % 15 == 0:
            votes[minutes] += 1
    if not votes:
        return None
    best, count = votes.most_common(1)[0]
    return timedelta(minutes=best) if count * 2 > sum(votes.values()) else None


#: A page's times share one or two offsets: each fixed zone is made once.
_fixed_zone = lru_cache(maxsize=64)(timezone)


def _from_clock(stamp: Stamp, near: datetime, offset: timedelta) -> datetime:
    """The printed clock on the day (in the page's offset) that puts it nearest `near`."""
    zone = _fixed_zone(offset)
    local = near.astimezone(zone) if near.tzinfo else near.replace(tzinfo=zone)
    base = local.replace(hour=stamp.hour or 0, minute=stamp.minute or 0, second=0, microsecond=0)
    return min((base + timedelta(days=shift) for shift in (-1, 0, 1)), key=lambda moment: abs(moment - local))


# ---------------------------------------------------------------------------
# Reconciling.


@dataclass(slots=True)
class Result:
    entries: list[RawEntry]
    explanations: list[Explanation]
    notices: list[Notice]


def reconcile(page: list[Post], data: list[Post], *, data_source: str, explain: bool,
              local_zone: Callable[[], tzinfo | None] | None = None) -> Result:
    """`local_zone`: asked only when the data's times may be local clocks marked UTC, the zone
    (other than UTC) the page's own dates and its locale agree it is written in."""
    broken = defects(data)
    notes: list[Explanation] = []
    notices: list[Notice] = []
    if same_time(page):
        # a page template stamping every post's time attribute with one time: the printed clocks tell
        page = [replace(post, published=None, modified=None) for post in page]
        text = "every post on the page has the same time attribute: the printed clocks are used"
        notes.append(Explanation(line=None, role="defect", reason=f"page: {text}", text=""))
        notices.append(Notice(code="page-time-defect", message=text))
    pairs = match(page, data, use_time=not broken.same_time)
    _prefix_match(page, data, pairs)
    for text in broken.describe():
        notes.append(Explanation(line=None, role="defect", reason=f"{data_source}: {text}", text=""))
        notices.append(Notice(code="structured-data-defect", message=f"{data_source}: {text}"))
    page_authors = any(post.authors for post in page)
    if _page_times_mislabelled(page, data, pairs, broken):
        page = [replace(post, published=None, modified=None) for post in page]
        text = ("the page's time attributes give its local clock as UTC (the printed clocks agree with them "
                "at +00:00, the structured data at another offset): the structured data's times are used")
        notes.append(Explanation(line=None, role="defect", reason=f"page: {text}", text=""))
        notices.append(Notice(code="page-time-defect", message=text))
    offset = learn_offset([(post.stamp, moment) for post, moment in _clocked(page, data, pairs, broken)
                           if post.stamp is not None])
    if offset == timedelta(0) and local_zone is not None and not broken.same_time and _all_utc(data) \
            and (place := local_zone()) is not None:
        # the data's times agree with the printed clocks at +00:00, the page says it is elsewhere
        data = [replace(post, published=_wall_in(post.published, place), modified=_wall_in(post.modified, place))
                for post in data]
        text = (f"the times of {data_source} give the page's local clock as UTC (the page's own dates and its "
                f"language say it is written in {place}): read in that zone")
        notes.append(Explanation(line=None, role="defect", reason=text, text=""))
        notices.append(Notice(code="structured-data-defect", message=text))
        offset = learn_offset([(post.stamp, moment) for post, moment in _clocked(page, data, pairs, broken)
                               if post.stamp is not None])
    printed_offset = _printed_offset(page, data, pairs, offset)
    if printed_offset is not None and offset is not None:
        text = (f"the page's stamps name their zone ({_zone_name(printed_offset)}), the times of {data_source} put "
                f"its clocks at {_zone_name(offset)}: the printed zone is used")
        notes.append(Explanation(line=None, role="defect", reason=text, text=""))
        notices.append(Notice(code="structured-data-defect", message=text))
        offset = printed_offset
    elif offset is not None and local_zone is not None and not broken.same_time \
            and (home := _home_offset(data, offset, local_zone)) is not None:
        text = (f"the times of {data_source} put the page's clocks at {_zone_name(offset)}, which neither they nor "
                f"the page's own zone ({_zone_name(home)} then) state: the page's zone is used")
        notes.append(Explanation(line=None, role="defect", reason=text, text=""))
        notices.append(Notice(code="structured-data-defect", message=text))
        offset = home
    built: list[tuple[RawEntry, datetime | None]] = []
    for index, post in enumerate(page):
        other = data[pairs[index]] if index in pairs else None
        entry, instant, why = _combine(post, other, broken, page_authors, offset, data_source, explain)
        built.append((entry, instant))
        if explain:
            notes.extend(Explanation(line=entry.line, role=role, reason=reason, text=text)
                         for role, reason, text in why)
    used = set(pairs.values())
    empty = 0
    for index, post in enumerate(data):
        if index in used:
            continue
        entry, instant, why = _combine(post, None, broken, page_authors, offset, data_source, explain)
        if entry.stamp is None and not entry.headline and not entry.paragraphs and not entry.media:
            empty += 1  # a data post with nothing of its own: no time, headline or text (a template's)
            continue
        built.append((entry, instant))
        if explain:
            notes.extend(Explanation(line=entry.line, role=role, reason=f"{reason} (only in {data_source})",
                                     text=text) for role, reason, text in why)
    if empty:
        posts = f"{empty} posts only in the data hold" if empty > 1 else "a post only in the data holds"
        text = f"{data_source}: {posts} no time, headline or text: not entries"
        notes.append(Explanation(line=None, role="defect", reason=text, text=""))
        notices.append(Notice(code="structured-data-defect", message=text))
    shared = Counter(post.published for post in data if post.published is not None).most_common(1) \
        if broken.same_time else []
    one_time = shared[0][0] if shared else None
    clocks_offset = offset if offset is not None else printed_offset
    if clocks_offset is None and one_time is not None and one_time.utcoffset():
        clocks_offset = one_time.utcoffset()  # one time on every post, in a local offset: the page's, still
    if data and clocks_offset is not None:
        _date_clocks(built, page, clocks_offset, one_time)
    if built and all(instant is not None for _, instant in built) and len(used) < len(data):
        newest_first = _newest_first([instant for _, instant in built[: len(page)]])
        built.sort(key=lambda pair: _sort_value(pair[1]), reverse=newest_first)
    return Result(entries=[entry for entry, _ in built], explanations=notes, notices=notices)


def _wall_in(moment: datetime | None, place: tzinfo) -> datetime | None:
    """A time's wall clock read in `place` (at that place's offset on that day)."""
    if moment is None:
        return None
    wall = moment.replace(tzinfo=None)
    offset = place.utcoffset(wall)
    return wall.replace(tzinfo=_fixed_zone(offset)) if offset is not None else moment


def _all_utc(data: list[Post]) -> bool:
    """Whether the data gives times, every one marked UTC."""
    found = False
    for post in data:
        if post.published is not None:
            if post.published.utcoffset() != timedelta(0):
                return False
            found = True
    return found


def _home_offset(data: list[Post], learned: timedelta, local_zone: Callable[[], tzinfo | None]) -> timedelta | None:
    """The offset of the page's own zone (`local_zone`: its locale's, as its own dates confirm)
    when the data's times put the printed clocks at another (`learned`), and the data states
    neither UTC nor that zone's offset: its wall clocks marked with a wrong zone ("13:22+03:00"
    for a London page printing 14:22). None when the data states UTC or the page's own offset
    (its instants are then believed), or the page's zone is not known."""
    moments = [post.published for post in data if post.published is not None and post.published.tzinfo is not None]
    if not moments or any(not moment.utcoffset() for moment in moments):
        return None
    place = local_zone()
    if place is None:
        return None
    home = moments[0].astimezone(place).utcoffset()
    if home is None or home == learned or any(moment.utcoffset() == home for moment in moments):
        return None
    return home


#: The page's zone is read from at most this many stamps that print one.
MAX_ZONED_STAMPS = 50


def _printed_offset(page: list[Post], data: list[Post], pairs: dict[int, int],
                    learned: timedelta | None) -> timedelta | None:
    """The offset of the zone the page's own stamps print ("21:06 (IST)"), when the times
    beside them (`learned`: the offset at which they agree with the printed clocks) do not
    put the clocks in any place that zone may name: the data's zone is wrong (a local clock
    marked "Z"), the printed one wins. Also when nothing was learned. None: no stamp names a
    zone, or the times agree with it."""
    votes: Counter[timedelta] = Counter()
    allowed: set[timedelta] = set()
    seen = 0
    for index, post in enumerate(page):
        stamp = post.stamp
        if stamp is None or not stamp.zone or stamp.hour is None or stamp.instant is not None:
            continue
        other = data[pairs[index]] if index in pairs else None
        near = post.published or (other.published if other is not None else None)
        if near is None:
            near = next((item.published for item in data if item.published is not None), None)
        if near is None:
            return None
        wall = near.replace(tzinfo=None, hour=stamp.hour, minute=stamp.minute or 0, second=0, microsecond=0)
        found = stamp_zone(stamp.zone, wall, None)
        if found is None:
            continue
        own = found[0].utcoffset(wall)
        if own is None:
            continue
        votes[own] += 1
        allowed.add(own)
        # each place it may name, at the offset it names there; the likeliest place also at its offset
        # that day (pages print "CET" all year)
        places = ABBREVIATIONS.get(stamp.zone.strip("()").upper(), ())
        for name in places:
            if (place := stamp_zone(stamp.zone, wall, name)) is not None \
                    and (offset := place[0].utcoffset(wall)) is not None:
                allowed.add(offset)
        if places and (offset := zone(places[0]).utcoffset(wall)) is not None:
            allowed.add(offset)
        seen += 1
        if seen == MAX_ZONED_STAMPS:
            break
    if not votes or (learned is not None and learned in allowed):
        return None
    best, count = votes.most_common(1)[0]
    return best if count * 2 > sum(votes.values()) else None


def _date_clocks(built: list[tuple[RawEntry, datetime | None]], page: list[Post], offset: timedelta,
                 fallback: datetime | None) -> None:
    """A page post that prints a clock and no date, with no time in the data (a post the data
    leaves out, or data giving every post one time), is dated by the stream: the day (in the
    page's offset) that puts it just before the next newer post with a time, else just after
    the next older one, the posts taken in time order as the page runs (newest or oldest first);
    with no post dated, on the day of `fallback` (the one time the data gives every post)."""
    times = [instant for _, instant in built[: len(page)]]
    if all(instant is not None for instant in times):
        return
    order = list(range(len(times)))
    clocks = [(post.stamp.hour or 0) * 60 + (post.stamp.minute or 0) for post in page
              if post.stamp is not None and post.stamp.hour is not None]
    falls = sum(1 for a, b in pairwise(clocks) if b < a)
    rises = sum(1 for a, b in pairwise(clocks) if b > a)
    if falls == rises:
        order = []  # the page's order is not known: no post is dated by its neighbours
    elif rises > falls:
        order.reverse()  # newest first, always
    wanted = [index for index in order if times[index] is None and _clock_only(page[index])]
    if not wanted:
        return
    zone = _fixed_zone(offset)
    found: dict[int, datetime] = {}
    for direction in (1, -1):  # down the stream (each post before the newer one above), then up it
        anchor: datetime | None = None
        for index in order if direction == 1 else reversed(order):
            known = times[index] or found.get(index)
            if known is not None:
                anchor = known if known.tzinfo is not None else anchor
                continue
            if anchor is None or index not in wanted:
                continue
            stamp = page[index].stamp
            assert stamp is not None
            local = anchor.astimezone(zone)
            moment = local.replace(hour=stamp.hour or 0, minute=stamp.minute or 0, second=0, microsecond=0)
            if direction == 1 and moment > local + timedelta(minutes=1):
                moment -= timedelta(days=1)
            elif direction == -1 and moment < local - timedelta(minutes=1):
                moment += timedelta(days=1)
            found[index] = moment
            anchor = moment
    if fallback is not None and fallback.tzinfo is not None:
        day = fallback.date()  # (a time at midnight is a date: the clock on that day, not the one nearest)
        midnight = (fallback.hour, fallback.minute, fallback.second) == (0, 0, 0)
        for index in wanted:
            stamp = page[index].stamp
            if index in found or stamp is None:
                continue
            found[index] = datetime(day.year, day.month, day.day, stamp.hour or 0, stamp.minute or 0, tzinfo=zone) \
                if midnight else _from_clock(stamp, fallback, offset)
    for index, moment in found.items():
        entry, _ = built[index]
        stamp = page[index].stamp
        built[index] = (replace(entry, stamp=_stamp(moment, offset, stamp.text if stamp else None)), moment)


def _clock_only(post: Post) -> bool:
    """Whether a page post prints a clock and nothing that dates it."""
    stamp = post.stamp
    return post.source in SHOWN and stamp is not None and stamp.hour is not None and stamp.instant is None \
        and stamp.day is None and stamp.ago_minutes is None and stamp.days_ago is None


def _page_times_mislabelled(page: list[Post], data: list[Post], pairs: dict[int, int], broken: Defects) -> bool:
    """Do the page's time attributes write local clock times with a UTC mark? They do when
    they agree with the printed clocks at +00:00 while the structured data's times agree
    with the same clocks at another offset: writing local time with a 'Z' is a common
    template bug, inventing a non-zero offset is not."""
    if broken.same_time:
        return False
    own: list[tuple[Stamp, datetime]] = []
    theirs: list[tuple[Stamp, datetime]] = []
    for index, post in enumerate(page):
        if post.source != "page" or post.stamp is None or post.stamp.hour is None:
            continue
        if post.published is not None:
            own.append((post.stamp, post.published))
        other = data[pairs[index]] if index in pairs else None
        if other is not None and other.published is not None:
            theirs.append((post.stamp, other.published))
    page_offset, data_offset = learn_offset(own), learn_offset(theirs)
    return page_offset == timedelta(0) and data_offset is not None and data_offset != timedelta(0)


def _clocked(page: list[Post], data: list[Post], pairs: dict[int, int],
             broken: Defects) -> list[tuple[Post, datetime]]:
    found = []
    for index, post in enumerate(page):
        if post.stamp is None or post.stamp.hour is None:
            continue
        other = data[pairs[index]] if index in pairs else None
        moment = post.published or (other.published if other is not None and not broken.same_time else None)
        if moment is not None:
            found.append((post, moment))
    return found


def _sort_value(moment: datetime | None) -> float:
    return moment.timestamp() if moment is not None and moment.tzinfo is not None else 0.0


def _newest_first(instants: list[datetime | None]) -> bool:
    values = [moment.timestamp() for moment in instants if moment is not None and moment.tzinfo is not None]
    falls = sum(1 for a, b in pairwise(values) if b < a)
    rises = sum(1 for a, b in pairwise(values) if b > a)
    return falls > rises


Why = list[tuple[str, str, str]]


def _combine(post: Post, other: Post | None, broken: Defects, page_authors: bool, offset: timedelta | None,
             data_source: str, explain: bool = True) -> tuple[RawEntry, datetime | None, Why]:
    """One entry from a page post (or a data-only post) and its structured twin. The reasons
    (`why`) are written only when `explain` asks for them: a page of thousands of posts
    would build four strings a post for nothing."""
    why: Why = []
    name = {"page": "page", "text": "the page's text"}.get(post.source, post.source) if explain else ""
    stamp, instant, reason = _time(post, other, broken, offset, data_source)
    headline = post.headline
    headline_from = name
    paragraphs = post.paragraphs
    if other is not None and other.headline and not broken.same_headline and not headline:
        headline, headline_from = other.headline, data_source
    elif (other is not None and other.headline and not broken.same_headline and post.headline_guessed
          and headline and normal(other.headline) != normal(headline) and not _cut_from(other.headline, headline)):
        # the page's first line only looked like a headline: it is the post's first paragraph
        # (unless the data's headline is that line cut short: then the line is the headline, whole)
        paragraphs = (headline, *paragraphs)
        headline, headline_from = other.headline, f"{data_source} (the page's first line is text)"
    if post.source not in SHOWN and broken.same_headline:
        headline, headline_from = None, f"none ({data_source} gives the page's headline to every post)"
    authors = post.authors
    authors_from = name
    if post.source not in SHOWN and broken.same_authors and page_authors:
        authors, authors_from = (), f"none ({data_source} gives one byline to every post; the page shows others)"
    elif other is not None and not authors and not (broken.same_authors and page_authors) and other.authors:
        authors, authors_from = other.authors, data_source
    body_from = name
    if other is not None and not paragraphs and other.paragraphs:
        paragraphs, body_from = other.paragraphs, data_source
    elif explain and other is not None and paragraphs:
        body_from = f"{name} ({data_source} body {_body_note(other)})"
    if explain:
        why.append(("time", reason, stamp.text if stamp else ""))
        why.append(("headline", f"from {headline_from}", headline or ""))
        why.append(("authors", f"from {authors_from}", ", ".join(authors)))
        why.append(("body", f"from {body_from}", (paragraphs[0] if paragraphs else "")[:80]))
    media: tuple[Media, ...] = post.media or (other.media if other is not None else ())
    kind: Kind = post.kind if post.kind != "post" or other is None else other.kind
    entry = RawEntry(stamp=stamp, headline=headline, authors=authors, paragraphs=paragraphs, media=media,
                     kind=kind, key=(other.key if other is not None and other.key else post.key),
                     line=post.line if post.line is not None else (other.line if other is not None else None))
    return entry, instant, why


def _cut_from(short: str, full: str) -> bool:
    """Whether `short` is `full` cut short with an ellipsis ("Talks resume after …")."""
    stripped = short.rstrip()
    if not stripped.endswith(("…", "...")):
        return False
    start = normal(stripped.rstrip(".…"))
    return bool(start) and normal(full).startswith(start)


def _body_note(other: Post) -> str:
    text = " ".join(other.paragraphs)
    if not text:
        return "empty"
    if len(text) in CUT_LENGTHS or text.endswith(("…", "...")):
        return "cut short"
    return "not used: the page shows the post" if other.body_is_text else "is markup"


def _time(post: Post, other: Post | None, broken: Defects, offset: timedelta | None,
          data_source: str) -> tuple[Stamp | None, datetime | None, str]:
    printed = post.stamp if post.source in SHOWN else None
    data_time = other.published if other is not None and not broken.same_time else None
    own = post.published if post.source in SHOWN or not broken.same_time else None
    candidates = [(own, "the page's own time attribute" if post.source == "page" else f"{post.source} datePublished"),
                  (data_time, f"{data_source} datePublished")]
    if own is not None and data_time is not None and post.source == "page" and own == post.modified \
            and _edited_after(data_time, own):
        # the page marks only when the post was last edited (`data-last-updated`): the data's publication first
        candidates.reverse()
    present = [(moment, source) for moment, source in candidates if moment is not None]
    if printed is not None and printed.hour is not None and offset is not None and present:
        zone = _fixed_zone(offset)
        for moment, source in present:
            local = moment.astimezone(zone) if moment.tzinfo else moment  # (as `_stamp` writes it)
            if printed.hour == local.hour and (printed.minute or 0) == local.minute:
                return stamp_of(local, printed.text), moment, f"from {source}, as printed ({printed.text})"
        moment = _from_clock(printed, present[0][0], offset)
        return (_stamp(moment, offset, printed.text), moment,
                f"the printed clock {printed.text!r} on the date of {present[0][1]} (which disagrees)")
    if present:
        moment, source = present[0]
        return _stamp(moment, offset, printed.text if printed else None), moment, f"from {source}"
    if printed is not None:
        if offset is not None and printed.zone is None and printed.instant is None:
            printed = replace(printed, zone=_zone_name(offset))
        return printed, None, "the printed stamp, resolved against the page's date"
    if post.source not in SHOWN and broken.same_time and post.modified is not None and broken.modified_varies:
        return _stamp(post.modified, offset, None), post.modified, f"from {post.source} dateModified " \
            "(datePublished is the same on every post)"
    if post.source not in SHOWN and post.published is not None:
        # the source's time is known to be wrong (the same on every post): not invented, not given
        text = post.published.isoformat()
        return Stamp(text=text), None, f"none: {post.source} gives every post the same time ({text})"
    return None, None, "no time"


#: Two readings of one instant in different zones differ by a whole number of quarter hours, give
#: or take the fraction of a second one of them drops.
ZONE_STEP = timedelta(minutes=15)
ZONE_SLACK = timedelta(seconds=2)


def _edited_after(published: datetime, edited: datetime) -> bool:
    """Could a post published at `published` (the data's) have been last edited at `edited` (the
    page's): not later, and not by a whole number of quarter hours to the second (the data's
    time in a wrong zone, not an edit)?"""
    if published.tzinfo is None or edited.tzinfo is None or published > edited:
        return False
    if published == edited:
        return True
    rest = (edited - published) % ZONE_STEP
    return ZONE_SLACK < rest < ZONE_STEP - ZONE_SLACK


def _stamp(moment: datetime, offset: timedelta | None, text: str | None) -> Stamp:
    if offset is not None and moment.tzinfo is not None:
        moment = moment.astimezone(_fixed_zone(offset))
    return stamp_of(moment, text)


def _zone_name(offset: timedelta) -> str:
    minutes = int(offset / timedelta(minutes=1))
    sign = "-" if minutes < 0 else "+"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
