"""Stage 3, normalise: resolve every stamp to a datetime, order, mark duplicates, give ids.

Pure: the clock, the date and the zone come in as `Settings`; nothing here reads the
system clock or the file system.

How a day is found for a clock-only stamp ("02:54"):

* the page's order is detected from the clocks (mostly falling: newest first);
* walking the posts oldest first, a clock that falls back starts a new day when it
  falls by more than twelve hours, or by more than an hour among the posts; a smaller
  fall, or a fall under twelve hours at either end of the page (a pinned post), is a
  post out of order on the same day;
* a stamp that prints its own date (or the day heading above it) resets the day, and it
  dates the posts below it on the page until the next printed date, whatever `--date` says;
* day 0 is anchored by, in order: `Settings.date` (the date of the earliest post), a
  date printed on a stamp, the page's "updated" time or the capture time (`now`: the
  latest post is not after it), the page's publication date (the earliest post is not
  before it). With none of these, times stay null and a warning says what to pass.

The zone is, in order: the zone printed on the stamp, `Settings.tz`, the zone the page
states ("All times stated are UK"), the publisher's home zone (with a warning), then, with
a warning: the zone of the page's country or language where it agrees with the offset of
the page's own exact time (`article:published_time`), else that offset, fixed (the output's
`timezone` is then null: no zone is known, the times carry the offset).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from itertools import chain, pairwise

from . import furniture
from .digest import sha256
from .model import Draft, Entry, Notice, Order, RawEntry, Settings, Source, Stamp, Timeline, time_order
from .stamps import PATTERNS as STAMP_PATTERNS
from .stamps import slashed_dates_one_way
from .zones import ABBREVIATIONS, PUBLISHERS, month_first_zone, stamp_zone, zone

#: A clock falling back by more than this starts a new day wherever it stands.
ROLLOVER_MINUTES = 12 * 60
#: Among the posts (not at either end), a clock falling back by more than this starts a
#: new day; a smaller fall is a post published a little out of order.
OUT_OF_ORDER_MINUTES = 60
#: At most this many out-of-order warnings name their post; one more counts the rest.
OUT_OF_ORDER_WARNINGS = 10
#: Two posts are the same post shown twice when they share this much text...
DUPLICATE_MIN_CHARS = 120
#: ...and it is at least this share of the shorter one.
DUPLICATE_SHARE = 0.6
#: At most this many posts (the oldest) are remembered per paragraph as possible originals:
#: a paragraph shared by more is furniture, and remembering all would make dedupe quadratic.
DUPLICATE_CANDIDATES = 32


#: A clock as stamps read it (24-hour or 12-hour).
CLOCK = STAMP_PATTERNS["clock"]

#: The order of a post without a time, for the walk of duplicates: last.
_NO_TIME = float("inf")


#: What a slot holds once its post is made into an entry (see `_entries`).
_SPENT = RawEntry(stamp=None, headline=None)


class _Slot:
    """One post while its time is worked out."""

    __slots__ = ("absolute", "base", "day", "order", "raw", "time")

    def __init__(self, raw: RawEntry) -> None:
        self.raw = raw
        self.day: int | None = None  # days after day 0
        self.absolute: date | None = None  # a date the stamp printed (in leap year 2000 when it printed no year)
        self.base: date | None = None  # the date of day 0 for this post's run of days
        self.time: datetime | None = None
        self.order = _NO_TIME  # `time` as `time_order` gives it, worked out once


def normalise(draft: Draft, source: Source, settings: Settings) -> Timeline:
    notices: list[Notice] = list(draft.notices)
    tz_name = _zone_name(draft, settings, notices)
    if tz_name is not None and month_first_zone(tz_name):
        draft = replace(draft, entries=tuple(slashed_dates_one_way(list(draft.entries), us_zone=True)))
    draft = _dated_by_day_words(draft, settings, tz_name)
    slots = [_Slot(raw=raw) for raw in draft.entries]
    _read_half_days(slots, draft, settings.date)
    # From here the slots alone hold the posts, and `_entries` lets each go once its entry is
    # made: where the caller kept no reference to the draft, its text and the timeline's are
    # never both held whole (the largest part of a large page's peak memory).
    draft = replace(draft, entries=())
    newest_first = _newest_first([slot for slot in slots if not slot.raw.pinned])
    chronological = list(reversed(slots)) if newest_first else list(slots)
    _assign_days([slot for slot in chronological if not slot.raw.pinned], notices)
    _place_pinned(chronological)
    anchor = _anchor(chronological, draft, settings, tz_name)
    _set_bases(chronological, anchor, _year_hint(draft, settings), newest_first)
    if settings.date is not None:
        notices.extend(_date_disagrees(chronological, settings.date))
    if anchor is None and any(_needs_date(slot.raw.stamp) for slot in slots):
        notices.append(Notice(code="date-unknown", message="no date found for the posts: "
                              "pass --date YYYY-MM-DD (the date of the earliest post)"))
    relative_missing = False
    for slot in chronological:
        slot.time, missing_now = _resolve(slot, tz_name, settings)
        if slot.time is not None:
            slot.order = time_order(slot.time)
        relative_missing = relative_missing or missing_now
    if relative_missing:
        notices.append(Notice(code="relative-without-now",
                              message="some stamps are relative ('2h ago'): pass --now (when the page was captured)"))
    ordered = _ordered(chronological, slots, settings.order)
    entries = _entries(ordered, settings.dedupe)
    published = None
    if draft.published is not None and draft.published.instant is not None \
            and draft.published.instant.tzinfo is not None and tz_name:
        # an exact time, written in the page's zone as the entries' are
        published = draft.published.instant.astimezone(_tz(tz_name))
    elif draft.published is not None and draft.published.has_clock and draft.published.has_date:
        published = _at(draft.published, _stamp_date(draft.published, settings), tz_name)
    return Timeline(
        source=source,
        title=draft.title,
        url=draft.url,
        publisher=draft.publisher,
        authors=_people(draft.authors),
        published=published,
        summary=draft.summary,
        key_points=draft.key_points,
        timezone=_iana(tz_name),
        entries=tuple(entries),
        warnings=tuple(notices),
        explanations=draft.explanations,
    )


# ---------------------------------------------------------------------------
# Zone.


def _zone_name(draft: Draft, settings: Settings, notices: list[Notice]) -> str | None:
    if settings.tz:
        zone(settings.tz)  # raises SettingsError for an unknown name
        return settings.tz
    if draft.stated_zone:
        if not _clocks_deny(draft, draft.stated_zone):
            return draft.stated_zone
        notices.append(Notice(code="timezone-disagrees",
                              message=f"the page says its times are {draft.stated_zone}, but the clocks it prints are "
                                      "its exact times at another offset: times are written as the page's data gives "
                                      "them (pass --tz)"))
    printed = [raw.stamp.zone for raw in draft.entries if raw.stamp is not None and raw.stamp.zone]
    printed += [stamp.zone for stamp in (draft.published, draft.updated) if stamp is not None and stamp.zone]
    for abbreviation in printed:
        if "/" in abbreviation:
            return abbreviation  # a place's zone ("21:23 heure de Beyrouth")
        candidates = ABBREVIATIONS.get(abbreviation.strip("()").upper())
        if candidates:
            return candidates[0]
    if any(raw.stamp is not None and raw.stamp.instant is not None and raw.stamp.instant.tzinfo is not None
           for raw in draft.entries):
        return None
    if draft.publisher:
        for _, name, home in PUBLISHERS:
            if name == draft.publisher:
                notices.append(Notice(code="timezone-assumed",
                                      message=f"no zone stated: assuming {home}, the home zone of {name} (pass --tz)"))
                return home
    offset, other = _page_offsets(draft)
    if draft.home_zone and (offset is None or _agrees(draft.home_zone, draft, offset)):
        agreeing = f", at the offset of the page's own time ({_offset_name(offset)})" if offset is not None else ""
        notices.append(Notice(code="timezone-assumed",
                              message=f"no zone stated: assuming {draft.home_zone}, the zone of the page's country "
                                      f"or language{agreeing} (pass --tz)"))
        return draft.home_zone
    if offset is not None:
        name = _offset_name(offset)
        beside = f", not {draft.home_zone}'s (the zone of its country or language)" if draft.home_zone else ""
        change = (f"; its other own time is at {_offset_name(other)}: summer time changed while the blog "
                  "ran, and some posts are an hour off") if other is not None else \
            "; posts on the other side of a change of summer time would be an hour off"
        notices.append(Notice(code="timezone-assumed",
                              message=f"no zone stated: reading the page's clocks at {name}, the offset of the "
                                      f"page's own time{beside}{change} (pass --tz)"))
        return name
    notices.append(Notice(code="timezone-unknown",
                          message="no time zone known: times are local wall-clock times without an offset (pass --tz)"))
    return None


#: A page's statement of its zone is set aside when at least this many of its posts print a
#: clock beside an exact time...
MIN_DENYING_CLOCKS = 3
#: ...and this share of them print the exact time's clock at its own offset, not in the stated zone.
DENYING_SHARE = 0.8


def _clocks_deny(draft: Draft, stated: str) -> bool:
    """Do the page's printed clocks contradict the zone it states? ("All times stated are UK"
    above posts whose printed "12:34" is their exact time 12:34+00:00, 13:34 in summer in the
    UK: a saved page's statement can be wrong, and its clocks and data agree.)"""
    from .stamps import MAX_STAMP_LINE, read_stamp

    info = _tz(stated)
    own = local = pairs = 0
    for raw in draft.entries:
        stamp = raw.stamp
        if stamp is None or stamp.instant is None or stamp.instant.tzinfo is None or len(stamp.text) > MAX_STAMP_LINE:
            continue
        printed = read_stamp(stamp.text)  # the clock as printed (the stamp's parts are the instant's)
        if printed is None or printed.stamp.hour is None or printed.stamp.zone or printed.stamp.instant is not None:
            continue
        clock = (printed.stamp.hour, printed.stamp.minute or 0)
        pairs += 1
        own += (stamp.instant.hour, stamp.instant.minute) == clock
        in_zone = stamp.instant.astimezone(info)
        local += (in_zone.hour, in_zone.minute) == clock
    return pairs >= MIN_DENYING_CLOCKS and own >= DENYING_SHARE * pairs and local < (1 - DENYING_SHARE) * pairs


def _page_offsets(draft: Draft) -> tuple[timedelta | None, timedelta | None]:
    """The UTC offset of the page's own exact time (`article:published_time`, JSON-LD
    `datePublished`, else its update time), and the other one's where it differs. An
    offset of zero says nothing: structured data often writes UTC whatever the page prints."""
    offsets = [offset for stamp in (draft.published, draft.updated)
               if stamp is not None and stamp.instant is not None and (offset := stamp.instant.utcoffset())]
    if not offsets:
        return None, None
    return offsets[0], next((offset for offset in offsets[1:] if offset != offsets[0]), None)


def _agrees(name: str, draft: Draft, offset: timedelta) -> bool:
    """Is the zone `name` at `offset` at the page's own time?"""
    for stamp in (draft.published, draft.updated):
        if stamp is not None and stamp.instant is not None and stamp.instant.utcoffset() == offset:
            return stamp.instant.astimezone(zone(name)).utcoffset() == offset
    return False


#: A zone read from an offset alone is named as it is printed: "UTC+02:00". It is no IANA zone,
#: so the output's `timezone` is null, and the times carry the offset.
_OFFSET_PREFIXES = ("UTC+", "UTC-")


def _offset_name(offset: timedelta) -> str:
    minutes = int(offset / timedelta(minutes=1))
    sign = "-" if minutes < 0 else "+"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _tz(name: str) -> tzinfo:
    """The tzinfo of a zone's name, or of a fixed offset named by `_offset_name`."""
    if name.startswith(_OFFSET_PREFIXES):
        hours, minutes = name[4:].split(":")
        delta = timedelta(hours=int(hours), minutes=int(minutes))
        return timezone(-delta if name[3] == "-" else delta)
    return zone(name)


def _iana(name: str | None) -> str | None:
    """The output's `timezone`: a zone's name, never a fixed offset's."""
    return None if name is None or name.startswith(_OFFSET_PREFIXES) else name


# ---------------------------------------------------------------------------
# Days.


def _dated_by_day_words(draft: Draft, settings: Settings, tz_name: str | None) -> Draft:
    """'Heute, 09:12 Uhr', 'Yesterday at 10:15pm': dated from the day the page was seen
    (`--now`, else the page's own update or publication date), less the days the word
    says. Without any of those, they stay clocks whose days the posts' order decides.
    The page's own times in day words ("Publicerad idag 06:56") are dated from `--now` only."""
    page_words = any(stamp is not None and stamp.days_ago is not None for stamp in (draft.published, draft.updated))
    entry_words = any(raw.stamp is not None and raw.stamp.days_ago is not None for raw in draft.entries)
    if not page_words and not entry_words:
        return draft
    seen: date | None = _local(settings.now, tz_name).date() if settings.now is not None else None
    if seen is not None and page_words:
        draft = replace(draft, published=_on_day(draft.published, seen), updated=_on_day(draft.updated, seen))
    if not entry_words:
        return draft
    for page_stamp in (draft.updated, draft.published):
        if seen is None and page_stamp is not None and page_stamp.year and page_stamp.month and page_stamp.day:
            seen = date(page_stamp.year, page_stamp.month, page_stamp.day)
    if seen is None:
        return draft
    entries = []
    for raw in draft.entries:
        stamp = raw.stamp
        dated = _on_day(stamp, seen)
        entries.append(raw if dated is stamp else replace(raw, stamp=dated))
    return replace(draft, entries=tuple(entries))


def _on_day(stamp: Stamp | None, seen: date) -> Stamp | None:
    """A stamp of a day word ("idag 06:56") dated from the day the page was seen."""
    if stamp is None or stamp.days_ago is None or stamp.has_date:
        return stamp
    day = seen - timedelta(days=stamp.days_ago)
    return replace(stamp, year=day.year, month=day.month, day=day.day)


def _minutes(stamp: Stamp | None) -> int | None:
    if stamp is None or stamp.hour is None or stamp.instant is not None:
        return None
    return stamp.hour * 60 + (stamp.minute or 0)


def _needs_date(stamp: Stamp | None) -> bool:
    return stamp is not None and stamp.instant is None and stamp.has_clock and stamp.year is None


def _bare_twelve_hour(stamp: Stamp) -> bool | None:
    """Is this clock one a 12-hour page prints ("8:15", "11:50": hour 1 to 12, no leading
    zero, no am/pm)? None for one only a 24-hour page prints ("00:40", "08:15", "20:15",
    "9.15 Uhr"); False for one that says which half of the day it is ("8.15pm", "下午2:32")."""
    for found in CLOCK.finditer(stamp.text):
        hour_text, hour12, half = found.group("hour", "hour12", "ampm")
        digits = hour_text or hour12
        if digits is None:
            continue
        hour = int(digits)
        if half or hour12:
            if hour % 12 + (12 if (half or found.group("ampm12")).lower() == "p" else 0) == stamp.hour:
                return False
        elif hour == stamp.hour:
            twelve = 1 <= hour <= 12 and not digits.startswith("0") and not found.group(0)[-1].isalpha()
            return True if twelve else None
    return False


def _later_by(clock: int, reference: int) -> int:
    """Minutes from `reference` on to `clock`, a small step back (a post out of order) by its size."""
    gap = (clock - reference) % 1440
    return 1440 - gap if gap > 1440 - OUT_OF_ORDER_MINUTES else gap


def _read_half_days(slots: list[_Slot], draft: Draft, day: date | None) -> None:
    """On a page of 12-hour clocks printed without am/pm ("11:50", "12:20", "1:05"), read each
    bare clock in the half of the day that puts it nearer after the post before it (oldest
    first): "1:05" after "12:20" is 13:05, not 01:05 eleven hours before it, and "8:30" after
    "8.15pm" is 20:30. The page's order is the one these readings make the shorter. Where no
    post's clock says its half, the page's own time does where it says it ("Updated 10:45 PM",
    see `_page_half`). A page printing any clock only a 24-hour page prints ("00:40", "08:15",
    "17:20") is left as it is, unless its zero-padded ones are 12-hour clocks that lost their am/pm
    (`_padded_half_days`: "06:26" among "06:33 PM" and "06:08 PM")."""
    clocked = [slot for slot in slots if not slot.raw.pinned and _minutes(slot.raw.stamp) is not None]
    kinds: list[bool | None] = []
    for slot in clocked:
        kinds.append(_bare_twelve_hour(slot.raw.stamp))  # type: ignore[arg-type]
        if kinds[-1] is None and not 1 <= (slot.raw.stamp.hour or 0) <= 12:  # type: ignore[union-attr]
            return  # a 24-hour page (mostly seen at its first clock)
    if None in kinds:
        if not _padded_half_days(clocked, kinds):
            return  # a 24-hour page whose clocks so far are before 1 pm
        kinds = [True if kind is None else kind for kind in kinds]
    if True not in kinds:
        return
    clocks = [_minutes(slot.raw.stamp) or 0 for slot in clocked]
    as_oldest = _half_day_walk(clocks, kinds)
    as_newest = _half_day_walk(clocks[::-1], kinds[::-1])
    newest = as_newest[0] < as_oldest[0] or (as_newest[0] == as_oldest[0] and _newest_first(clocked))
    turned = as_newest[1][::-1] if newest else as_oldest[1]
    latest, earliest = (turned[0], turned[-1]) if newest else (turned[-1], turned[0])
    if False not in kinds and _page_half(draft, latest, earliest, day):
        turned = [(reading + 720) % 1440 for reading in turned]
    for slot, clock, reading in zip(clocked, clocks, turned, strict=True):
        stamp = slot.raw.stamp
        if reading != clock and stamp is not None and stamp.hour is not None:
            slot.raw = replace(slot.raw, stamp=replace(stamp, hour=(stamp.hour + 12) % 24))


def _padded_half_days(clocked: list[_Slot], kinds: list[bool | None]) -> bool:
    """Is a page whose clocks a 24-hour page might print ("06:26") a 12-hour page after all: its clocks
    that say their half of the day print the hour with a leading zero too ("06:33:58 PM"), most of them
    do, and every other clock's hour is 01 to 12 ("06:26:22", a post whose template dropped its "PM")?"""
    if kinds.count(False) * 2 <= len(kinds):
        return False
    for slot, kind in zip(clocked, kinds, strict=True):
        stamp = slot.raw.stamp
        if stamp is None or stamp.hour is None:
            return False
        if kind is None and not 1 <= stamp.hour <= 12:
            return False
        if kind is False and not _padded_hour(stamp):
            return False
    return True


def _padded_hour(stamp: Stamp) -> bool:
    """Does this clock print its hour with a leading zero ("06:33 PM")?"""
    found = CLOCK.search(stamp.text)
    digits = None if found is None else found.group("hour") or found.group("hour12")
    return digits is not None and len(digits) == 2 and digits[0] == "0"


def _page_half(draft: Draft, latest: int, earliest: int, day: date | None) -> bool:
    """Do the page's own times put its posts in the other half of the day than their clocks as
    printed: the posts' last clock nearest before the time the page was updated at ("Updated
    10:45 PM" over "7:05" ... "10:31": evening), else their first nearest after the time it
    was published at? Only a page time that says its half of the day with am or pm ("10:45 PM"),
    on the posts' day or the next where it prints its date and that day is known (`day`, the
    earliest post's: a correction made weeks later says nothing of the posts' hours)."""
    for stamp, clock, after in ((draft.updated, latest, False), (draft.published, earliest, True)):
        page = _minutes(stamp)
        if page is None or stamp is None or _bare_twelve_hour(stamp) is not False:
            continue  # (no time, a bare clock, "Updated 7:40", or a 24-hour one: a 24-hour page's "9:05" is 09:05)
        if day is not None and stamp.year is not None and stamp.month is not None and stamp.day is not None \
                and _valid_date(stamp) and not 0 <= (date(stamp.year, stamp.month, stamp.day) - day).days <= 1:
            continue
        gaps = [((other - page) if after else (page - other)) % 1440 for other in (clock, (clock + 720) % 1440)]
        return gaps[1] < gaps[0]
    return False


def _half_day_walk(clocks: list[int], kinds: list[bool | None]) -> tuple[int, list[int]]:
    """The minutes the posts span, oldest first, and each clock's reading, where every bare
    clock (`kinds` True) takes the half of the day that puts it nearer after the one before;
    the walk starts at the first clock that says its half (going back from it to the posts
    above), else at the first clock as printed."""
    readings = list(clocks)
    first = kinds.index(False) if False in kinds else 0
    total = 0
    for index in range(first - 1, -1, -1):
        after = readings[index + 1]
        options = (clocks[index], (clocks[index] + 720) % 1440) if kinds[index] else (clocks[index],)
        readings[index] = min(options, key=lambda clock: _later_by(after, clock))
        total += _later_by(after, readings[index])
    for index in range(first + 1, len(clocks)):
        before = readings[index - 1]
        options = (clocks[index], (clocks[index] + 720) % 1440) if kinds[index] else (clocks[index],)
        readings[index] = min(options, key=lambda clock: _later_by(clock, before))
        total += _later_by(readings[index], before)
    return total, readings


def _newest_first(slots: list[_Slot]) -> bool:
    """Does the page run newest first? Printed dates decide; then whether clocks mostly
    fall or rise from post to post; when that is close (two posts, say) and one reading
    spans much less time, that one; else newest first, as most live blogs run."""
    dated = [(_page_date(slot.raw.stamp), _minutes(slot.raw.stamp) or 0) for slot in slots]
    dated_keys = [(day, minutes) for day, minutes in dated if day is not None]
    if len(dated_keys) >= 2 and dated_keys[0] != dated_keys[-1]:
        return dated_keys[0] > dated_keys[-1]
    keys = [_order_key(slot.raw.stamp) for slot in slots]
    present = [key for key in keys if key is not None]
    falls = sum(1 for before, after in pairwise(present) if after < before)
    rises = sum(1 for before, after in pairwise(present) if after > before)
    if abs(falls - rises) <= 1:
        clocks = [minutes for minutes in (_minutes(slot.raw.stamp) for slot in slots) if minutes is not None]
        as_newest, as_oldest = _span(list(reversed(clocks))), _span(clocks)
        if 2 * min(as_newest, as_oldest) < max(as_newest, as_oldest):
            return as_newest < as_oldest  # one reading is much tighter: 23:00 then 00:00, not 23 hours apart
    return falls >= rises  # live blogs mostly run newest first


def _page_date(stamp: Stamp | None) -> tuple[int, int, int] | None:
    if stamp is None or stamp.month is None or stamp.day is None or stamp.instant is not None:
        return None
    return (stamp.year or 0, stamp.month, stamp.day)


def _order_key(stamp: Stamp | None) -> float | None:
    if stamp is None:
        return None
    if stamp.instant is not None:
        return stamp.instant.timestamp()
    if stamp.match_minute is not None:
        return float(stamp.match_minute)
    if stamp.hour is None:
        return None if stamp.ago_minutes is None else -float(stamp.ago_minutes)
    return float(stamp.hour * 60 + (stamp.minute or 0))


def _span(clocks: list[int]) -> int:
    """Minutes the clocks cover read in this order: a rise counts as it is, a fall over
    twelve hours as a rollover, a smaller fall (a post out of order) by its size."""
    total = 0
    for before, after in pairwise(clocks):
        gap = after - before
        total += gap if gap >= 0 else (gap + 1440 if -gap > ROLLOVER_MINUTES else -gap)
    return total


def _assign_days(chronological: list[_Slot], notices: list[Notice]) -> None:
    """Give each clocked post a day number, oldest first (see the module docstring)."""
    clocked = [slot for slot in chronological if _minutes(slot.raw.stamp) is not None]
    late: list[_Slot] = []
    day = 0
    previous: int | None = None
    previous_slot: _Slot | None = None
    for position, slot in enumerate(clocked):
        stamp = slot.raw.stamp
        assert stamp is not None
        minutes = _minutes(stamp)
        assert minutes is not None
        if stamp.month is not None and stamp.day is not None:
            slot.absolute = date(stamp.year or 2000, stamp.month, stamp.day) if _valid_date(stamp) else None
        if previous is not None and minutes < previous:
            drop = previous - minutes
            at_end = position == len(clocked) - 1
            if position == 1 and drop <= ROLLOVER_MINUTES and not at_end and clocked[0].absolute is None:
                # the first post is the odd one out: pinned on top of an oldest-first page
                late.append(clocked[0])
            elif drop > ROLLOVER_MINUTES or (not at_end and drop > OUT_OF_ORDER_MINUTES) \
                    or _dated_later(previous_slot, slot):
                day += 1
            else:
                # pinned on top of a newest-first page, or published a little out of order
                late.append(slot)
                slot.day = day
                continue
        slot.day = day
        previous = minutes
        previous_slot = slot
    notices.extend(_out_of_order_notices(late))


def _dated_later(before: _Slot | None, after: _Slot) -> bool:
    """Do both posts print their date (or take it from a day heading), the second's a later
    day? Then its earlier clock starts a new day ("08:44" on 19.01, then "08:18" on 22.01),
    however small the fall: it is no post out of order."""
    return before is not None and before.absolute is not None and after.absolute is not None \
        and after.absolute > before.absolute


def _place_pinned(chronological: list[_Slot]) -> None:
    """A pinned post stands out of time order: give it the day that puts it nearest the others."""
    placed = [(slot.day, _minutes(slot.raw.stamp)) for slot in chronological if slot.day is not None]
    values = [day * 1440 + minutes for day, minutes in placed if minutes is not None]
    if not values:
        return
    days = [day for day, _ in placed]
    for slot in chronological:
        minutes = _minutes(slot.raw.stamp)
        if not slot.raw.pinned or minutes is None:
            continue
        slot.day = min(range(min(days) - 1, max(days) + 2),
                       key=lambda day: min(abs(day * 1440 + minutes - value) for value in values))


def _out_of_order_notices(late: list[_Slot]) -> list[Notice]:
    """One warning per post out of order, up to `OUT_OF_ORDER_WARNINGS`; then one that counts the rest."""
    notices = []
    for slot in late[:OUT_OF_ORDER_WARNINGS]:
        text = slot.raw.stamp.text if slot.raw.stamp is not None else ""
        notices.append(Notice(code="out-of-order", line=slot.raw.line,
                              message=f"the post stamped {text!r} is out of order (pinned or moved)"))
    if len(late) > OUT_OF_ORDER_WARNINGS:
        notices.append(Notice(code="out-of-order",
                              message=f"{len(late) - OUT_OF_ORDER_WARNINGS} more posts are out of order"))
    return notices


def _valid_date(stamp: Stamp) -> bool:
    try:
        date(stamp.year or 2000, stamp.month or 1, stamp.day or 1)
    except ValueError:
        return False
    return True


def _anchor(chronological: list[_Slot], draft: Draft, settings: Settings, tz_name: str | None) -> date | None:
    """The date of day 0."""
    if settings.date is not None:
        return settings.date
    year_hint = _year_hint(draft, settings)
    start = _start_date(draft, settings)
    for slot in chronological:
        stamp = slot.raw.stamp
        if slot.absolute is not None and slot.day is not None and stamp is not None:
            year = stamp.year or year_hint
            if year is not None and (printed := _on(year, slot.absolute)) is not None:
                if not stamp.year and start is not None and printed < start - timedelta(days=1):
                    # a day and month with no year, dated by the year the blog started in, would
                    # come before its start ("Donnerstag, 18. 7." on a blog begun in October)
                    printed = _on(year + 1, slot.absolute) or printed
                return printed - timedelta(days=slot.day)
    clocked = [slot for slot in chronological if slot.day is not None]
    if not clocked:
        return None
    latest, earliest = clocked[-1], clocked[0]
    latest_minutes = _minutes(latest.raw.stamp)
    assert latest.day is not None and latest_minutes is not None
    earliest_minutes = _minutes(earliest.raw.stamp)
    assert earliest.day is not None and earliest_minutes is not None
    updated_at = _stamp_moment(draft.updated, tz_name)
    opened = _stamp_moment(draft.published, tz_name)
    if updated_at is not None and opened is not None \
            and updated_at - opened > timedelta(days=latest.day - earliest.day + 1):
        # updated longer after its publication than its posts span ("PUBLISHED : Monday, 29
        # September, 2014, 8:18pm" / "UPDATED : Wednesday, 08 October, 2014, 1:14pm" over one
        # night's clocks): a later edit, not the last post's time; the posts follow the publication
        return _day_of(_local(opened, tz_name), earliest_minutes, before=False) - timedelta(days=earliest.day)
    ceiling = updated_at or settings.now
    if ceiling is not None:
        ceiling = _local(ceiling, tz_name)  # posts print local clocks: compare in the page's zone
        return _day_of(ceiling, latest_minutes, before=True) - timedelta(days=latest.day)
    published = draft.published
    if published is None or not published.has_date or published.year is None or not _valid_date(published):
        return None
    stated = date(published.year, published.month or 1, published.day or 1)
    if not published.has_clock:
        return stated
    moment = datetime.combine(stated, datetime.min.time()).replace(hour=published.hour or 0,
                                                                  minute=published.minute or 0)
    if earliest.day == latest.day and earliest_minutes <= moment.hour * 60 + moment.minute <= latest_minutes:
        # the page's time falls among the clocks of posts of one day (a ticker stamped while it
        # ran: posts before and after it): they are of its date
        return stated - timedelta(days=latest.day)
    # A page's own date and time may be its first publication (the posts follow it) or its
    # last update (the posts lead up to it): take the reading that puts it nearer the posts.
    as_end = _day_of(moment, latest_minutes, before=True) - timedelta(days=latest.day)
    as_start = _day_of(moment, earliest_minutes, before=False) - timedelta(days=earliest.day)
    end_gap = _gap(moment, as_end + timedelta(days=latest.day), latest_minutes)
    start_gap = _gap(moment, as_start + timedelta(days=earliest.day), earliest_minutes)
    return as_end if end_gap < start_gap else as_start


def _day_of(moment: datetime, minutes: int, *, before: bool) -> date:
    """The date on which a post at `minutes` past midnight is nearest `moment`, on the
    side of it asked for (at or before it, or at or after it)."""
    mark = moment.hour * 60 + moment.minute
    if before:
        return moment.date() - timedelta(days=1) if minutes > mark else moment.date()
    return moment.date() + timedelta(days=1) if minutes < mark else moment.date()


def _gap(moment: datetime, day: date, minutes: int) -> float:
    post = datetime.combine(day, datetime.min.time()) + timedelta(minutes=minutes)
    return abs((post - moment.replace(tzinfo=None)).total_seconds())


def _set_bases(chronological: list[_Slot], anchor: date | None, year_hint: int | None,
               newest_first: bool = False) -> None:
    """A printed date starts a new run: the posts below it on the page count their days
    from it, until the next printed date. On an oldest-first page those are the posts after
    it; on a newest-first page the posts before it, back to the previous printed date (a
    day heading "Dienstag, 16. 7." dates the posts under it whatever `--date` says: that
    date only places the posts no printed date stands above)."""
    base = anchor
    below: list[_Slot] = []  # on a newest-first page: the posts since the last printed date
    for slot in chronological:
        if slot.day is None:
            continue
        stamp = slot.raw.stamp
        slot.base = base
        if slot.absolute is not None and stamp is not None:
            year = stamp.year or (base.year if base is not None else year_hint)
            printed = _on(year, slot.absolute) if year is not None else None
            if printed is not None:
                base = slot.base = printed - timedelta(days=slot.day)
                for earlier in below:
                    earlier.base = base
                below = []
                continue
        if newest_first:
            below.append(slot)


def _date_disagrees(chronological: list[_Slot], given: date) -> list[Notice]:
    """A warning when the page's printed dates put the earliest post on another day than
    `--date` says (they win: see `_set_bases`)."""
    earliest = next((slot for slot in chronological
                     if slot.day is not None and slot.base is not None and not slot.raw.pinned), None)
    if earliest is None or earliest.base is None or earliest.day is None:
        return []
    found = earliest.base + timedelta(days=earliest.day)
    if found == given:
        return []
    return [Notice(code="date-disagrees", message=f"--date {given.isoformat()} is not the earliest post's date by "
                   f"the page's own printed dates ({found.isoformat()}): the printed dates were used")]


def _on(year: int, day: date) -> date | None:
    """`day` in `year`; None for 29 February in a year without one."""
    try:
        return day.replace(year=year)
    except ValueError:
        return None


def _year_hint(draft: Draft, settings: Settings) -> int | None:
    if settings.now is not None:
        return settings.now.year
    for stamp in (draft.updated, draft.published):
        if stamp is not None and stamp.year is not None:
            return stamp.year
    return None


def _start_date(draft: Draft, settings: Settings) -> date | None:
    """The date a blog started on, when the year of its posts comes from it: its publication,
    if no capture time or update gives the year instead."""
    published = draft.published
    if settings.now is not None or (draft.updated is not None and draft.updated.year is not None) \
            or published is None or published.year is None or not _valid_date(published):
        return None
    return date(published.year, published.month or 1, published.day or 1)


def _stamp_date(stamp: Stamp, settings: Settings) -> date | None:
    year = stamp.year or (settings.date.year if settings.date else None)
    if year is None or stamp.month is None or stamp.day is None or not _valid_date(stamp):
        return None
    return date(year, stamp.month, stamp.day)


def _stamp_moment(stamp: Stamp | None, tz_name: str | None) -> datetime | None:
    if stamp is None or not stamp.has_clock or stamp.year is None or not _valid_date(stamp):
        return None
    return _at(stamp, date(stamp.year, stamp.month or 1, stamp.day or 1), tz_name)


def _local(moment: datetime, tz_name: str | None) -> datetime:
    """`moment` as a wall-clock time in the page's zone: a naive one (a `--now` written
    without an offset) is taken to be one already."""
    if not tz_name:
        return moment
    return moment.astimezone(_tz(tz_name)) if moment.tzinfo is not None else moment.replace(tzinfo=_tz(tz_name))


# ---------------------------------------------------------------------------
# Times.


def _resolve(slot: _Slot, tz_name: str | None, settings: Settings) -> tuple[datetime | None, bool]:
    stamp = slot.raw.stamp
    if stamp is None:
        return None, False
    if stamp.instant is not None:
        if tz_name and stamp.instant.tzinfo is not None:
            return stamp.instant.astimezone(_tz(tz_name)), False
        if tz_name:  # a time attribute with no zone ("2026-08-29 22:47:18"): the page's wall clock
            return stamp.instant.replace(tzinfo=_tz(tz_name)), False
        return stamp.instant, False
    if not stamp.has_clock:
        if stamp.ago_minutes is None:
            return None, False
        if settings.now is None:
            return None, True
        return _local(settings.now, tz_name) - timedelta(minutes=stamp.ago_minutes), False
    if slot.raw.pinned and stamp.year is not None and stamp.month is not None and stamp.day is not None \
            and _valid_date(stamp):
        # a pinned post out of time order, dated in full ("22. februar 2020 10:42"): on its own date
        return _at(stamp, date(stamp.year, stamp.month, stamp.day), tz_name), False
    if slot.base is None or slot.day is None:
        return None, False
    return _at(stamp, slot.base + timedelta(days=slot.day), tz_name), False


def _at(stamp: Stamp, day: date | None, tz_name: str | None) -> datetime | None:
    if day is None or stamp.hour is None:
        return None
    wall = datetime(day.year, day.month, day.day, stamp.hour, stamp.minute or 0, stamp.second or 0)
    info: tzinfo | None = None
    if stamp.zone:
        found = stamp_zone(stamp.zone, wall, tz_name)
        if found is not None:
            info = found[0]
    if info is None and tz_name:
        info = _tz(tz_name)
    return wall.replace(tzinfo=info) if info is not None else wall


# ---------------------------------------------------------------------------
# Order, duplicates, ids.


def _ordered(chronological: list[_Slot], page: list[_Slot], order: Order) -> list[_Slot]:
    if order == "page":
        return list(page)
    # a post without a time keeps its place after the post before it
    keyed: list[tuple[tuple[int, float, int], _Slot]] = []
    last = float("-inf")
    for position, slot in enumerate(chronological):
        if slot.time is not None:
            last = slot.order
        keyed.append(((0, last, position), slot))
    keyed.sort(key=lambda pair: pair[0])
    result = [slot for _, slot in keyed]
    return list(reversed(result)) if order == "newest" else result


def _normal(text: str) -> str:
    """Text compared for duplicates: case and spacing do not count."""
    return " ".join(text.casefold().split())


def _spaced(text: str) -> bool:
    """Is `text` spaced normally inside: no whitespace but single spaces (either end aside)?
    In ASCII each other whitespace character is looked for on its own, with memchr: a
    fraction of what `isprintable` costs (false for every whitespace character but the
    space), which judges the rest."""
    if "  " in text:
        return False
    if text.isascii():  # the whitespace str.split() cuts at in ASCII, apart from the space
        return not ("\n" in text or "\t" in text or "\r" in text or "\x0b" in text or "\x0c" in text
                    or "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text)
    return text.isprintable()


def _paragraph_keys(paragraphs: tuple[str, ...]) -> dict[int, int]:
    """A post's paragraphs of 20 characters or more, by the hash of their `_normal` form ->
    their length. Most paragraphs are spaced normally already (single spaces, none at
    either end): their normal form is their case folded, which costs a fraction of
    splitting them into words and joining them again. Each is judged on its own (judging
    the post's joined text first paid only where every paragraph passed, and made a post
    holding a list judge all its text twice): only the others (a list, the lines of a
    poem) are split and joined."""
    return {hash(paragraph.casefold() if paragraph[0] != " " != paragraph[-1] and _spaced(paragraph)
                 else _normal(paragraph)): len(paragraph) for paragraph in paragraphs if len(paragraph) >= 20}


def _entries(slots: list[_Slot], dedupe: bool) -> list[Entry]:
    """The timeline's entries, in the order of `slots`. Each slot lets go of its post once
    the entry is made: the slots are spent."""
    ids = _ids(slots)
    # (apart, so that the index of every post's paragraphs is let go before the entries are made)
    duplicate_of = _duplicates(slots, ids) if dedupe else {}
    out = []
    for i, slot in enumerate(slots):
        raw = slot.raw
        out.append(Entry(
            id=ids[i],
            time=slot.time,
            time_text=raw.stamp.text if raw.stamp is not None else None,
            headline=raw.headline,
            authors=_people(raw.authors),
            body="\n\n".join(raw.paragraphs),
            kind=raw.kind,
            media=raw.media,
            duplicate_of=duplicate_of.get(i),
            line=raw.line,
        ))
        slot.raw = _SPENT
    return out


def _duplicates(slots: list[_Slot], ids: list[str]) -> dict[int, str]:
    """Posts shown twice: the position of each copy in `slots` -> the id of its first copy."""
    by_paragraph: dict[int, list[int]] = {}
    duplicate_of: dict[int, str] = {}
    # Each post's paragraphs, by the hash of their normal form (a second copy of every
    # paragraph would double the memory of a large page; a false match of 64-bit
    # hashes is not a practical risk) -> their length.
    # (the headline counts as text of the post: a short post shown twice, pinned on top, is
    # a copy by its headline and its few lines together)
    texts = [_paragraph_keys((slot.raw.headline, *slot.raw.paragraphs) if slot.raw.headline
                             else slot.raw.paragraphs) for slot in slots]
    # Only a paragraph in two posts or more can make a copy: the others are not indexed (a
    # list for each paragraph of the 100 MB bench blog cost 80 MiB at the peak). No
    # walk where none is in two posts (most pages), as then none is a copy; else oldest
    # first whatever the output order, so that duplicates point at the earliest copy.
    counts = Counter(chain.from_iterable(texts))
    repeated = {key for key, count in counts.items() if count > 1}
    del counts
    walk = sorted(range(len(slots)), key=lambda i: (slots[i].order, i)) if repeated else []
    totals = [sum(paragraphs.values()) for paragraphs in texts] if repeated else []
    for i in walk:
        paragraphs = texts[i]
        if paragraphs.keys().isdisjoint(repeated):
            continue  # nothing in another post: no copy, and no copy's original
        keys = [key for key in paragraphs if key in repeated]  # in the post's order, for ties
        # what this post shares with any other is at most its own repeated text: a post
        # with less than the minimum (where only its headline repeats) looks no further
        if sum([paragraphs[key] for key in keys]) >= DUPLICATE_MIN_CHARS:
            # (a post's posts to compare are distinct: the first paragraph's counts in one step)
            seen = dict.fromkeys(by_paragraph.get(keys[0], ()), paragraphs[keys[0]])
            for key in keys[1:]:
                size = paragraphs[key]
                for other in by_paragraph.get(key, ()):
                    seen[other] = seen.get(other, 0) + size
            candidates = [(shared, other) for other, shared in seen.items() if shared >= DUPLICATE_MIN_CHARS]
            candidates.sort(key=lambda pair: -pair[0])
            for shared, other in candidates:
                if shared >= DUPLICATE_SHARE * min(totals[i], totals[other]) and other not in duplicate_of:
                    duplicate_of[i] = ids[other]
                    break
            if i in duplicate_of:
                continue  # a copy is never taken as the original of a later copy
        for key in keys:
            owners = by_paragraph.setdefault(key, [])
            if len(owners) < DUPLICATE_CANDIDATES:
                owners.append(i)
    return duplicate_of


def _people(names: tuple[str, ...]) -> tuple[str, ...]:
    """Authors are people: a newsroom or a desk named as one ("Reuters Staff", "BR24 Redaktion"),
    which a byline prints as it prints a name, is left out (the byline is still read as one)."""
    if not names:
        return names
    kept = tuple(name for name in names if not _newsroom(name))
    return kept if len(kept) < len(names) else names


#: The same few names stand on every post of a page: each is judged once.
_newsroom = lru_cache(maxsize=1024)(furniture.is_newsroom)


def _instant(time: datetime) -> str:
    """`time` as UTC in ISO form (a time with no offset as written)."""
    return (time.astimezone(UTC) if time.tzinfo is not None else time).isoformat()


def _ids(slots: list[_Slot]) -> list[str]:
    """Stable ids: from the source's own post id, else the time and the authors; the
    headline, then the position among equals, only to tell apart posts that share those."""
    keys = []
    for slot in slots:
        raw = slot.raw
        if raw.key:
            keys.append("key\x1f" + raw.key)
            continue
        # the instant, in UTC: the same post read in another offset (another --tz, or the page's
        # HTML beside its text copy) keeps its id
        when = _instant(slot.time) if slot.time is not None else (raw.stamp.text if raw.stamp else "")
        keys.append("\x1f".join((when, *raw.authors)))
    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    seen: dict[str, int] = {}
    ids = []
    for slot, base in zip(slots, keys, strict=True):
        key = base
        if counts[base] > 1:
            key = base + "\x1f" + _normal(slot.raw.headline or " ".join(slot.raw.paragraphs)[:200])
            seen[key] = seen.get(key, 0) + 1
            key = f"{key}\x1f{seen[key]}"
        ids.append(sha256(key.encode("utf-8"))[:12])
    return ids
