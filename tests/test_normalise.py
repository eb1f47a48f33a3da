"""Case table for the normaliser: stamps as printed, in page order, and the times they resolve to."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liveblog.model import Draft, RawEntry, Settings, Source, Stamp
from liveblog.normalise import _normal, _paragraph_keys, normalise
from liveblog.zones import locale_zone

from .fuzz import scaled

SOURCE = Source(name="case", format="text", sha256="0" * 64)


def clock(text: str, **parts: int | str) -> Stamp:
    """A stamp 'HH:MM' (plus any parts such as day=, month=, zone=)."""
    hour, minute = (int(piece) for piece in text.split(":"))
    return Stamp(text=text, hour=hour, minute=minute, **parts)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Case:
    stamps: list[Stamp]
    expected: list[str | None]  # resolved times in output (oldest-first) order
    settings: Settings = field(default_factory=Settings)
    draft: dict[str, object] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


CASES = {
    "newest-first-after-midnight": Case(
        [clock("02:54"), clock("00:50"), clock("23:25"), clock("08:39")],
        ["2026-01-06T08:39:00+00:00", "2026-01-06T23:25:00+00:00", "2026-01-07T00:50:00+00:00",
         "2026-01-07T02:54:00+00:00"],
        Settings(date=date(2026, 1, 6), tz="Europe/London"),
    ),
    "oldest-first-after-midnight": Case(
        [clock("22:00"), clock("23:50"), clock("00:10"), clock("01:00")],
        ["2026-01-06T22:00:00+00:00", "2026-01-06T23:50:00+00:00", "2026-01-07T00:10:00+00:00",
         "2026-01-07T01:00:00+00:00"],
        Settings(date=date(2026, 1, 6), tz="Europe/London"),
    ),
    "pinned-post-on-top-stays-on-its-day": Case(
        [clock("09:00"), clock("18:00"), clock("17:00"), clock("12:00")],
        ["2026-01-06T09:00:00+00:00", "2026-01-06T12:00:00+00:00", "2026-01-06T17:00:00+00:00",
         "2026-01-06T18:00:00+00:00"],
        Settings(date=date(2026, 1, 6), tz="Europe/London"),
        warnings=("out-of-order",),
    ),
    "quiet-night-of-eleven-hours-is-a-new-day": Case(
        [clock("10:00"), clock("09:00"), clock("20:00"), clock("19:00")],
        ["2026-01-06T19:00:00+00:00", "2026-01-06T20:00:00+00:00", "2026-01-07T09:00:00+00:00",
         "2026-01-07T10:00:00+00:00"],
        Settings(date=date(2026, 1, 6), tz="Europe/London"),
    ),
    "multi-day-newest-first": Case(
        [clock("08:00"), clock("22:00"), clock("09:00"), clock("21:00"), clock("10:00")],
        ["2026-01-06T10:00:00+00:00", "2026-01-06T21:00:00+00:00", "2026-01-07T09:00:00+00:00",
         "2026-01-07T22:00:00+00:00", "2026-01-08T08:00:00+00:00"],
        Settings(date=date(2026, 1, 6), tz="Europe/London"),
    ),
    "dst-ends-in-the-night": Case(
        [clock("02:10"), clock("00:40"), clock("23:30"), clock("22:00")],
        ["2025-10-25T22:00:00+01:00", "2025-10-25T23:30:00+01:00", "2025-10-26T00:40:00+01:00",
         "2025-10-26T02:10:00+00:00"],
        Settings(date=date(2025, 10, 25), tz="Europe/London"),
    ),
    # (09:00 stands below the post of 9 January and rises to it: the same day, after a day without posts)
    "explicit-date-on-a-stamp-resets-the-day": Case(
        [clock("10:00", day=9, month=1), clock("09:00"), clock("14:32", day=7, month=1)],
        ["2026-01-07T14:32:00+00:00", "2026-01-09T09:00:00+00:00", "2026-01-09T10:00:00+00:00"],
        Settings(date=date(2026, 1, 7), tz="Europe/London"),
    ),
    # newest first: a printed date dates the posts below it on the page (older ones), not
    # --date; the year still comes from --date
    "a-printed-date-dates-the-posts-below-it-over-date": Case(
        [clock("11:04", day=18, month=7), clock("06:20"), clock("19:27", day=16, month=7), clock("14:56"),
         clock("01:26")],
        ["2024-07-16T01:26:00", "2024-07-16T14:56:00", "2024-07-16T19:27:00", "2024-07-18T06:20:00",
         "2024-07-18T11:04:00"],
        Settings(date=date(2024, 7, 18)),
        warnings=("date-disagrees",),
    ),
    # newest first: posts above the top printed date count their days from it
    "posts-above-the-first-printed-date-count-from-it": Case(
        [clock("08:00"), clock("22:00", day=16, month=7), clock("09:00")],
        ["2024-07-16T09:00:00", "2024-07-16T22:00:00", "2024-07-17T08:00:00"],
        Settings(date=date(2024, 7, 20)),
    ),
    # oldest first: the posts above the first printed date are below none: --date places them
    "oldest-first-posts-above-the-first-printed-date-keep-date": Case(
        [clock("22:00"), clock("23:00"), clock("09:00", day=16, month=7), clock("12:00"), clock("13:00")],
        ["2024-07-15T22:00:00", "2024-07-15T23:00:00", "2024-07-16T09:00:00", "2024-07-16T12:00:00",
         "2024-07-16T13:00:00"],
        Settings(date=date(2024, 7, 15)),
    ),
    "stamp-zone-wins-over-tz": Case(
        [clock("14:32", zone="BST"), clock("13:00", zone="BST")],
        ["2025-06-01T13:00:00+01:00", "2025-06-01T14:32:00+01:00"],
        Settings(date=date(2025, 6, 1), tz="UTC"),
    ),
    "eastern-time-follows-daylight-saving": Case(
        [clock("14:32", zone="ET"), clock("09:00", zone="ET")],
        ["2025-07-04T09:00:00-04:00", "2025-07-04T14:32:00-04:00"],
        Settings(date=date(2025, 7, 4)),
    ),
    "ist-is-india-when-tz-says-so": Case(
        [clock("21:06", zone="IST"), clock("16:00", zone="IST")],
        ["2023-11-02T16:00:00+05:30", "2023-11-02T21:06:00+05:30"],
        Settings(date=date(2023, 11, 2), tz="Asia/Kolkata"),
    ),
    "est-is-eastern-australia-when-tz-says-so": Case(
        # Australian pages print "EST" for their eastern time (UTC+10); alone it is the US's
        [clock("23:39", zone="EST"), clock("21:05", zone="EST")],
        ["2016-07-14T21:05:00+10:00", "2016-07-14T23:39:00+10:00"],
        Settings(date=date(2016, 7, 14), tz="Australia/Sydney"),
    ),
    "est-is-us-eastern-by-default": Case(
        [clock("23:39", zone="EST"), clock("21:05", zone="EST")],
        ["2016-01-14T21:05:00-05:00", "2016-01-14T23:39:00-05:00"],
        Settings(date=date(2016, 1, 14)),
    ),
    "cst-is-china-when-tz-says-so": Case(
        [clock("14:32", zone="CST"), clock("09:00", zone="CST")],
        ["2026-03-12T09:00:00+08:00", "2026-03-12T14:32:00+08:00"],
        Settings(date=date(2026, 3, 12), tz="Asia/Shanghai"),
    ),
    "relative-stamps-need-now": Case(
        [Stamp(text="1h ago", ago_minutes=60), Stamp(text="3h ago", ago_minutes=180)],
        ["2026-01-07T06:00:00+00:00", "2026-01-07T08:00:00+00:00"],
        Settings(tz="UTC", now=datetime.fromisoformat("2026-01-07T09:00:00+00:00")),
    ),
    "now-without-an-offset-is-read-in-the-zone": Case(
        # a naive --now is a wall-clock time where the page is, as every stamp without a zone
        [Stamp(text="Vor 12 Min.", ago_minutes=12), clock("05:50")],
        ["2023-11-06T05:50:00+01:00", "2023-11-06T06:18:00+01:00"],
        Settings(tz="Europe/Berlin", now=datetime.fromisoformat("2023-11-06T06:30:00")),
    ),
    "relative-without-now-is-null-with-a-warning": Case(
        [Stamp(text="1h ago", ago_minutes=60), Stamp(text="3h ago", ago_minutes=180)],
        [None, None],
        Settings(tz="UTC"),
        warnings=("relative-without-now",),
    ),
    "now-anchors-the-latest-post": Case(
        [clock("01:00"), clock("23:00"), clock("22:00")],
        ["2026-01-06T22:00:00+00:00", "2026-01-06T23:00:00+00:00", "2026-01-07T01:00:00+00:00"],
        Settings(tz="UTC", now=datetime.fromisoformat("2026-01-07T09:00:00+00:00")),
    ),
    "updated-line-anchors-the-latest-post": Case(
        [clock("21:22"), clock("08:44")],
        ["2020-10-06T08:44:00+01:00", "2020-10-06T21:22:00+01:00"],
        Settings(tz="Europe/Dublin"),
        draft={"updated": Stamp(text="Updated21:22, 6 OCT 2020", hour=21, minute=22, day=6, month=10, year=2020)},
    ),
    "two-posts-across-midnight-read-newest-first": Case(
        [clock("00:00"), clock("23:00")],
        ["2026-03-02T23:00:00+00:00", "2026-03-03T00:00:00+00:00"],
        Settings(date=date(2026, 3, 2), tz="UTC"),
    ),
    "updated-time-in-utc-compared-in-the-page-zone": Case(
        [clock("12:31"), clock("02:02")],
        ["2024-08-27T02:02:00+02:00", "2024-08-27T12:31:00+02:00"],
        Settings(tz="Europe/Berlin"),
        draft={"updated": Stamp(text="2024-08-27T10:32Z", hour=10, minute=32, day=27, month=8, year=2024,
                                zone="UTC")},
    ),
    "no-date-gives-null-times-and-a-warning": Case(
        [clock("12:00"), clock("11:00")],
        [None, None],
        Settings(tz="UTC"),
        warnings=("date-unknown",),
    ),
    "no-zone-gives-naive-times-and-a-warning": Case(
        [clock("12:00"), clock("11:00")],
        ["2026-01-06T11:00:00", "2026-01-06T12:00:00"],
        Settings(date=date(2026, 1, 6)),
        warnings=("timezone-unknown",),
    ),
    "page-states-its-zone": Case(
        [clock("12:00"), clock("11:00")],
        ["2020-05-12T11:00:00+01:00", "2020-05-12T12:00:00+01:00"],
        Settings(date=date(2020, 5, 12)),
        draft={"stated_zone": "Europe/London"},
    ),
    "publisher-home-zone-is-assumed-with-a-warning": Case(
        [clock("12:00"), clock("11:00")],
        ["2026-01-06T11:00:00+00:00", "2026-01-06T12:00:00+00:00"],
        Settings(date=date(2026, 1, 6)),
        draft={"publisher": "The Independent"},
        warnings=("timezone-assumed",),
    ),
    "country-zone-is-assumed-with-a-warning": Case(
        [clock("19:30"), clock("19:14")],
        ["2020-09-28T19:14:00+02:00", "2020-09-28T19:30:00+02:00"],
        Settings(date=date(2020, 9, 28)),
        draft={"home_zone": "Europe/Warsaw"},
        warnings=("timezone-assumed",),
    ),
    "a-known-publisher-beats-the-country-zone": Case(
        [clock("12:00"), clock("11:00")],
        ["2026-01-06T11:00:00+00:00", "2026-01-06T12:00:00+00:00"],
        Settings(date=date(2026, 1, 6)),
        draft={"publisher": "The Independent", "home_zone": "Europe/Paris"},
        warnings=("timezone-assumed",),
    ),
    "a-publication-time-among-the-posts-clocks-dates-them-that-day": Case(
        [clock("09:05"), clock("08:47"), clock("07:29"), clock("07:00")],
        ["2024-07-18T07:00:00+02:00", "2024-07-18T07:29:00+02:00", "2024-07-18T08:47:00+02:00",
         "2024-07-18T09:05:00+02:00"],
        draft={"published": Stamp(text="2024-07-18T08:01:58+02:00", hour=8, minute=1, day=18, month=7, year=2024),
               "stated_zone": "Europe/Paris"},
    ),
    "a-publication-time-before-the-posts-starts-them": Case(
        [clock("09:05"), clock("08:47")],
        ["2024-07-18T08:47:00+02:00", "2024-07-18T09:05:00+02:00"],
        draft={"published": Stamp(text="2024-07-18T08:01:58+02:00", hour=8, minute=1, day=18, month=7, year=2024),
               "stated_zone": "Europe/Paris"},
    ),
    "a-publication-time-after-the-posts-ends-them": Case(
        [clock("07:29"), clock("07:00")],
        ["2024-07-18T07:00:00+02:00", "2024-07-18T07:29:00+02:00"],
        draft={"published": Stamp(text="2024-07-18T08:01:58+02:00", hour=8, minute=1, day=18, month=7, year=2024),
               "stated_zone": "Europe/Paris"},
    ),
    "a-day-with-no-year-after-the-blogs-start-is-in-the-next-year": Case(
        [clock("11:04", day=18, month=7), clock("15:32", day=17, month=7)],
        ["2024-07-17T15:32:00+02:00", "2024-07-18T11:04:00+02:00"],
        draft={"published": Stamp(text="2023-10-07T09:53:36+02:00", hour=9, minute=53, day=7, month=10, year=2023),
               "stated_zone": "Europe/Zurich"},
    ),
    "a-day-with-no-year-after-the-blogs-start-in-its-year-stays-there": Case(
        [clock("11:04", day=18, month=10), clock("15:32", day=17, month=10)],
        ["2023-10-17T15:32:00+02:00", "2023-10-18T11:04:00+02:00"],
        draft={"published": Stamp(text="2023-10-07T09:53:36+02:00", hour=9, minute=53, day=7, month=10, year=2023),
               "stated_zone": "Europe/Zurich"},
    ),
    # 12-hour clocks without am/pm: "1:05" after "12:20" is 13:05, not 01:05 eleven hours back
    "bare-12-hour-clocks-turn-past-noon": Case(
        [clock("11:50"), clock("12:20"), clock("1:05"), clock("1:40")],
        ["2026-01-06T11:50:00+00:00", "2026-01-06T12:20:00+00:00", "2026-01-06T13:05:00+00:00",
         "2026-01-06T13:40:00+00:00"],
        Settings(date=date(2026, 1, 6), tz="Europe/London"),
    ),
    # newest first, and a clock that says its half of the day gives it to the bare ones beside it
    "bare-12-hour-clocks-after-a-pm-clock-run-past-midnight": Case(
        [clock("1:05"), clock("12:20"), clock("11:50"), clock("9:48"),
         Stamp(text="6:55pm", hour=18, minute=55)],
        ["2026-01-06T18:55:00+00:00", "2026-01-06T21:48:00+00:00", "2026-01-06T23:50:00+00:00",
         "2026-01-07T00:20:00+00:00", "2026-01-07T01:05:00+00:00"],
        Settings(date=date(2026, 1, 6), tz="Europe/London"),
    ),
    "bare-12-hour-clocks-after-a-dotted-pm-clock": Case(
        [Stamp(text="8.15pm", hour=20, minute=15), clock("8:30"), clock("9:05")],
        ["2026-01-06T20:15:00+00:00", "2026-01-06T20:30:00+00:00", "2026-01-06T21:05:00+00:00"],
        Settings(date=date(2026, 1, 6), tz="Europe/London"),
    ),
    # no post's clock says its half of the day: the page's updated time does ("Updated 10:45 PM"),
    # the last post the nearest before it: an evening blog's "7:05" is 19:05, not 07:05
    "bare-12-hour-clocks-before-a-pm-update-are-evening": Case(
        [clock("10:31"), clock("9:40"), clock("8:02"), clock("7:05")],
        ["2026-03-10T19:05:00+00:00", "2026-03-10T20:02:00+00:00", "2026-03-10T21:40:00+00:00",
         "2026-03-10T22:31:00+00:00"],
        Settings(date=date(2026, 3, 10), tz="UTC"),
        draft={"updated": Stamp(text="Updated 10:45 PM", hour=22, minute=45)},
    ),
    # ... or its published time, the first post the nearest after it (past midnight here)
    "bare-12-hour-clocks-after-a-pm-publication-run-past-midnight": Case(
        [clock("9:05"), clock("11:40"), clock("12:10"), clock("1:15")],
        ["2026-03-10T21:05:00+00:00", "2026-03-10T23:40:00+00:00", "2026-03-11T00:10:00+00:00",
         "2026-03-11T01:15:00+00:00"],
        Settings(date=date(2026, 3, 10), tz="UTC"),
        draft={"published": Stamp(text="March 10, 2026 8:50 p.m.", hour=20, minute=50, day=10, month=3, year=2026)},
    ),
    # a morning page updated in the morning keeps its reading...
    "bare-12-hour-clocks-before-an-am-update-stay-morning": Case(
        [clock("7:05"), clock("8:02"), clock("9:40")],
        ["2026-03-10T07:05:00+00:00", "2026-03-10T08:02:00+00:00", "2026-03-10T09:40:00+00:00"],
        Settings(date=date(2026, 3, 10), tz="UTC"),
        draft={"updated": Stamp(text="Updated 9:52 AM", hour=9, minute=52)},
    ),
    # ... and so does one whose page time is a 24-hour clock (its "9:40" is 09:40), or a bare one,
    # or one dated weeks after the posts (a correction says nothing of their hours)
    "bare-clocks-below-a-24-hour-page-time-keep-their-reading": Case(
        [clock("7:05"), clock("8:02"), clock("9:40")],
        ["2026-03-10T07:05:00+00:00", "2026-03-10T08:02:00+00:00", "2026-03-10T09:40:00+00:00"],
        Settings(date=date(2026, 3, 10), tz="UTC"),
        draft={"updated": Stamp(text="Mis à jour à 21h50", hour=21, minute=50)},
    ),
    "bare-clocks-below-a-bare-page-time-keep-their-reading": Case(
        [clock("7:05"), clock("8:02"), clock("9:40")],
        ["2026-03-10T07:05:00+00:00", "2026-03-10T08:02:00+00:00", "2026-03-10T09:40:00+00:00"],
        Settings(date=date(2026, 3, 10), tz="UTC"),
        draft={"updated": Stamp(text="Updated 9:52", hour=9, minute=52)},
    ),
    "bare-clocks-below-a-pm-update-weeks-later-keep-their-reading": Case(
        [clock("7:05"), clock("8:02"), clock("9:40")],
        ["2026-03-10T07:05:00+00:00", "2026-03-10T08:02:00+00:00", "2026-03-10T09:40:00+00:00"],
        Settings(date=date(2026, 3, 10), tz="UTC"),
        draft={"updated": Stamp(text="Updated April 2, 2026 9:52 PM", hour=21, minute=52, day=2, month=4, year=2026)},
    ),
    # a leading zero or an hour past 12 is a 24-hour page's: its clocks keep their reading
    "a-24-hour-page-keeps-a-night-gap": Case(
        [clock("10:30"), clock("11:00"), clock("11:45"), clock("12:20"), clock("01:10")],
        ["2026-01-06T01:10:00+00:00", "2026-01-06T10:30:00+00:00", "2026-01-06T11:00:00+00:00",
         "2026-01-06T11:45:00+00:00", "2026-01-06T12:20:00+00:00"],
        Settings(date=date(2026, 1, 6), tz="Europe/London"),
        warnings=("out-of-order",),
    ),
    "a-page-with-one-24-hour-clock-keeps-every-reading": Case(
        [clock("11:50"), clock("12:20"), clock("1:05"), clock("17:30"), clock("18:00")],
        ["2026-01-06T11:50:00+00:00", "2026-01-06T12:20:00+00:00", "2026-01-07T01:05:00+00:00",
         "2026-01-07T17:30:00+00:00", "2026-01-07T18:00:00+00:00"],
        Settings(date=date(2026, 1, 6), tz="Europe/London"),
    ),
    # ... unless the page's clocks that say their half print the hour with a leading zero too ("06:33 PM", most of
    # them): a bare "06:26" among them is a 12-hour clock whose "PM" the template dropped, 18:26 between its neighbours
    "a-zero-padded-bare-clock-among-zero-padded-pm-clocks-is-pm": Case(
        [Stamp(text="06:33:58 PM", hour=18, minute=33, second=58), clock("06:26"),
         Stamp(text="06:08:02 PM", hour=18, minute=8, second=2)],
        ["2024-07-23T18:08:02+05:30", "2024-07-23T18:26:00+05:30", "2024-07-23T18:33:58+05:30"],
        Settings(date=date(2024, 7, 23), tz="Asia/Kolkata"),
    ),
    # ... but not where few clocks say their half, or where one that does prints no leading zero
    "a-zero-padded-bare-clock-among-mostly-bare-clocks-keeps-its-reading": Case(
        [clock("09:40"), clock("08:15"), Stamp(text="07:05 PM", hour=19, minute=5)],
        ["2026-03-10T08:15:00+00:00", "2026-03-10T09:40:00+00:00", "2026-03-10T19:05:00+00:00"],
        Settings(date=date(2026, 3, 10), tz="UTC"),
        warnings=("out-of-order",),
    ),
    "a-zero-padded-bare-clock-among-unpadded-pm-clocks-keeps-its-reading": Case(
        [Stamp(text="6:33 PM", hour=18, minute=33), clock("06:26"), Stamp(text="6:08 PM", hour=18, minute=8)],
        ["2026-03-10T06:26:00+00:00", "2026-03-10T18:08:00+00:00", "2026-03-10T18:33:00+00:00"],
        Settings(date=date(2026, 3, 10), tz="UTC"),
        warnings=("out-of-order",),
    ),
    "a-stated-zone-beats-the-country-zone": Case(
        [clock("12:00"), clock("11:00")],
        ["2020-05-12T11:00:00+01:00", "2020-05-12T12:00:00+01:00"],
        Settings(date=date(2020, 5, 12)),
        draft={"stated_zone": "Europe/London", "home_zone": "Europe/Warsaw"},
    ),
}


@pytest.mark.parametrize(("tag", "zone"), [
    ("pl_PL", "Europe/Warsaw"), ("pl", "Europe/Warsaw"), ("en-GB", "Europe/London"), ("fr-FR", "Europe/Paris"),
    ("de", "Europe/Berlin"), ("de-AT", "Europe/Vienna"), ("es-ES", "Europe/Madrid"), ("it_IT", "Europe/Rome"),
    ("en_MT", "Europe/Malta"), ("es-AR", "America/Argentina/Buenos_Aires"), ("lv", "Europe/Riga"),
    ("ar-AE", "Asia/Dubai"), ("zh-TW", "Asia/Taipei"),
    # countries and languages spanning zones say nothing
    ("en", None), ("en-US", None), ("es", None), ("es-MX", None), ("pt-BR", None), ("fr-CA", None), ("ru", None),
    ("", None), ("x-klingon", None),
])
def test_locale_zone(tag: str, zone: str | None) -> None:
    assert locale_zone(tag) == zone


@pytest.mark.parametrize("name", list(CASES), ids=list(CASES))
def test_times(name: str) -> None:
    case = CASES[name]
    draft = Draft(format="text", entries=tuple(RawEntry(stamp=stamp, headline=f"post {index}")
                                               for index, stamp in enumerate(case.stamps)), **case.draft)  # type: ignore[arg-type]
    timeline = normalise(draft, SOURCE, case.settings)
    assert [entry.time.isoformat() if entry.time else None for entry in timeline.entries] == case.expected
    codes = {notice.code for notice in timeline.warnings}
    assert set(case.warnings) <= codes


@pytest.mark.parametrize("name", ["explicit-date-on-a-stamp-resets-the-day", "newest-first-after-midnight",
                                  "oldest-first-posts-above-the-first-printed-date-keep-date"])
def test_a_date_the_printed_dates_agree_with_gets_no_warning(name: str) -> None:
    case = CASES[name]
    draft = Draft(format="text", entries=tuple(RawEntry(stamp=stamp, headline=f"post {index}")
                                               for index, stamp in enumerate(case.stamps)), **case.draft)  # type: ignore[arg-type]
    assert "date-disagrees" not in {notice.code for notice in normalise(draft, SOURCE, case.settings).warnings}


def test_posts_without_time_keep_their_place() -> None:
    stamps = [clock("12:00"), None, clock("10:00")]
    draft = Draft(format="text",
                  entries=tuple(RawEntry(stamp=stamp, headline=str(i)) for i, stamp in enumerate(stamps)))
    timeline = normalise(draft, SOURCE, Settings(date=date(2026, 1, 6), tz="UTC"))
    assert [entry.headline for entry in timeline.entries] == ["2", "1", "0"]


@pytest.mark.parametrize(("tz", "expected"), [("Europe/London", "2020-05-12T01:40:33+01:00"),
                                               (None, "2020-05-12T00:40:33+00:00")])
def test_an_exact_published_time_is_written_in_the_pages_zone(tz: str | None, expected: str) -> None:
    moment = datetime.fromisoformat("2020-05-12T00:40:33+00:00")
    published = Stamp(text="2020-05-12T00:40:33Z", year=2020, month=5, day=12, hour=0, minute=40, second=33,
                      zone="UTC+00:00", instant=moment)
    entry = RawEntry(stamp=Stamp(text="14:37", instant=datetime.fromisoformat("2020-05-12T13:37:22+00:00")),
                     headline="Post")
    timeline = normalise(Draft(format="html", published=published, entries=(entry,)), SOURCE, Settings(tz=tz))
    assert timeline.published is not None and timeline.published.isoformat() == expected


@pytest.mark.parametrize("order", ["oldest", "newest", "page"])
def test_order_option(order: str) -> None:
    draft = Draft(format="text", entries=tuple(RawEntry(stamp=clock(text), headline=text)
                                               for text in ("12:00", "11:00", "10:00")))
    timeline = normalise(draft, SOURCE, Settings(date=date(2026, 1, 6), tz="UTC", order=order))  # type: ignore[arg-type]
    expected = {"oldest": ["10:00", "11:00", "12:00"], "newest": ["12:00", "11:00", "10:00"],
                "page": ["12:00", "11:00", "10:00"]}[order]
    assert [entry.headline for entry in timeline.entries] == expected


SHARED = ("“We look forward to more progress as a result of everything that's occurred today,” he said.",
          "“We think we're largely finished with security protocols, which are important so that the people "
          "of Ukraine know that when this ends, it ends for ever.")


def test_a_post_shown_twice_points_at_its_first_copy() -> None:
    first = RawEntry(stamp=clock("19:10", day=6, month=1), headline="first", paragraphs=("Opening one.", *SHARED))
    again = RawEntry(stamp=clock("02:54", day=7, month=1), headline="again",
                     paragraphs=("Opening two, reworded.", *SHARED))
    draft = Draft(format="text", entries=(again, first))
    timeline = normalise(draft, SOURCE, Settings(date=date(2026, 1, 6), tz="UTC"))
    earlier, later = timeline.entries
    assert earlier.headline == "first" and earlier.duplicate_of is None
    assert later.duplicate_of == earlier.id
    kept = normalise(draft, SOURCE, Settings(date=date(2026, 1, 6), tz="UTC", dedupe=False))
    assert all(entry.duplicate_of is None for entry in kept.entries)


def test_short_shared_text_is_not_a_duplicate() -> None:
    line = ("Coronavirus Ireland: One death and 432 new cases",)
    draft = Draft(format="text", entries=(RawEntry(stamp=clock("21:01"), headline="a", paragraphs=line),
                                          RawEntry(stamp=clock("18:28"), headline="b", paragraphs=line)))
    timeline = normalise(draft, SOURCE, Settings(date=date(2026, 1, 6), tz="UTC"))
    assert all(entry.duplicate_of is None for entry in timeline.entries)


LINES = ("De eerste toerschaatsers zijn om vijf over twaalf gestempeld in Dokkum, het noordelijkste punt.",)
OTHER = ("Bij de Zwettehal zijn de eerste duizenden toerschaatsers vertrokken, bij vier graden vorst.",)
#: (case, first post's headline and lines, second post's, whether the second is a copy)
SHORT_COPIES = [
    ("a short post shown twice: its headline and its lines together",
     ("Eerste rijders binnen in Dokkum", LINES), ("Eerste rijders binnen in Dokkum", LINES), True),
    ("the same headline over different stories",
     ("Eerste rijders binnen in Dokkum", LINES), ("Eerste rijders binnen in Dokkum", OTHER), False),
    ("the same short lines under different headlines",
     ("Eerste rijders binnen in Dokkum", LINES), ("Dokkum meldt de eerste rijders", LINES), False),
]


@pytest.mark.parametrize(("first", "second", "copy"), [case[1:] for case in SHORT_COPIES],
                         ids=[case[0] for case in SHORT_COPIES])
def test_a_short_post_is_a_copy_by_its_headline_and_lines(first: tuple[str, tuple[str, ...]],
                                                           second: tuple[str, tuple[str, ...]], copy: bool) -> None:
    entries = (RawEntry(stamp=clock("12:05"), headline=first[0], paragraphs=first[1]),
               RawEntry(stamp=clock("12:05"), headline=second[0], paragraphs=second[1]))
    timeline = normalise(Draft(format="html", entries=entries), SOURCE, Settings(date=date(2026, 1, 24), tz="UTC"))
    assert [entry.duplicate_of is not None for entry in timeline.entries] == [False, copy]


def test_ids_are_stable_and_distinct() -> None:
    entries = tuple(RawEntry(stamp=clock("12:00"), headline=name, authors=("A B",)) for name in ("x", "y"))
    draft = Draft(format="text", entries=entries)
    first = normalise(draft, SOURCE, Settings(date=date(2026, 1, 6), tz="UTC"))
    second = normalise(draft, SOURCE, Settings(date=date(2026, 1, 6), tz="UTC"))
    assert [entry.id for entry in first.entries] == [entry.id for entry in second.entries]
    assert len({entry.id for entry in first.entries}) == 2


def test_an_exact_time_keeps_its_id_in_any_zone_it_is_written_in() -> None:
    # the same instant written at +00:00 and at +01:00 (another --tz): one post, one id
    moment = datetime.fromisoformat("2026-01-06T12:00:00+00:00")
    entries = (RawEntry(stamp=Stamp(text="12:00", hour=12, minute=0, instant=moment), headline="x"),)
    draft = Draft(format="html", entries=entries)
    london = normalise(draft, SOURCE, Settings(tz="Europe/London"))
    paris = normalise(draft, SOURCE, Settings(tz="Europe/Paris"))
    assert [str(entry.time) for entry in london.entries] != [str(entry.time) for entry in paris.entries]
    assert [entry.id for entry in london.entries] == [entry.id for entry in paris.entries]


@pytest.mark.parametrize(("printed", "denied"), [
    (("12:57", "13:37", "15:05"), True),  # the exact times' clocks at +00:00: the statement is set aside
    (("13:57", "14:37", "16:05"), False),  # the clocks in the stated zone: it stands
    (("12:57", "13:37"), False),  # too few clocks to say
])
def test_a_stated_zone_the_printed_clocks_deny_is_set_aside(printed: tuple[str, ...], denied: bool) -> None:
    moments = ("2026-05-12T12:57:24+00:00", "2026-05-12T13:37:22+00:00", "2026-05-12T15:05:08+00:00")
    entries = tuple(RawEntry(stamp=Stamp(text=text, hour=int(text[:2]), minute=int(text[3:]), zone="UTC+00:00",
                                         instant=datetime.fromisoformat(moment)), headline=text)
                    for text, moment in zip(printed, moments, strict=False))
    timeline = normalise(Draft(format="html", entries=entries, stated_zone="Europe/London"), SOURCE, Settings())
    codes = [notice.code for notice in timeline.warnings]
    assert ("timezone-disagrees" in codes) == denied
    assert timeline.timezone == (None if denied else "Europe/London")
    offsets = {entry.time.utcoffset() for entry in timeline.entries if entry.time is not None}
    assert offsets == ({timedelta(0)} if denied else {timedelta(hours=1)})


def test_an_earlier_clock_on_a_later_printed_day_is_no_post_out_of_order() -> None:
    # newest first: a day's first post ("08:18", 22 January) above the day before's last
    # ("08:44", 19 January): a fall of 26 minutes, but the printed dates say a new day
    stamps = [clock("16:52", day=22, month=1, year=2018), clock("08:18", day=22, month=1, year=2018),
              clock("08:44", day=19, month=1, year=2018)]
    entries = tuple(RawEntry(stamp=stamp, headline=str(i)) for i, stamp in enumerate(stamps))
    timeline = normalise(Draft(format="text", entries=entries), SOURCE, Settings(tz="Europe/London"))
    assert [entry.time.isoformat() if entry.time else None for entry in timeline.entries] == [
        "2018-01-19T08:44:00+00:00", "2018-01-22T08:18:00+00:00", "2018-01-22T16:52:00+00:00"]
    assert not [notice for notice in timeline.warnings if notice.code == "out-of-order"]


def test_out_of_order_warnings_are_capped() -> None:
    stamps = [clock("10:00"), clock("09:00")] * 20  # zigzagging clocks: every other post out of order
    entries = tuple(RawEntry(stamp=stamp, headline=str(i)) for i, stamp in enumerate(stamps))
    timeline = normalise(Draft(format="text", entries=entries), SOURCE, Settings(date=date(2026, 1, 6), tz="UTC"))
    late = [notice for notice in timeline.warnings if notice.code == "out-of-order"]
    assert len(late) == 11
    assert late[-1].message.endswith("more posts are out of order") and late[-1].line is None


@settings(max_examples=scaled(300), deadline=None)
@given(st.lists(st.text(st.sampled_from("aAßΣς İK \n\t\u2028x\x00") | st.characters(), max_size=40)
                | st.text(st.sampled_from("aAßΣς İKx’ "), min_size=20, max_size=40), max_size=6))
def test_paragraph_keys_fold_a_post_at_once_as_one_by_one(paragraphs: list[str]) -> None:
    expected = {hash(_normal(text)): len(text) for text in paragraphs if len(text) >= 20}
    assert _paragraph_keys(tuple(paragraphs)) == expected


@pytest.mark.parametrize("paragraphs", [
    (" " * 25, "a paragraph long enough to count"),  # only spaces: two separators meet
    ("a paragraph long enough to count", " " * 25),
    ("first paragraph \x00 with a NUL in it", "second paragraph long enough"),
    ("a NUL between spaces \x00 cuts one more", " " * 25),  # the two errors cancel in the count
    ("Ends With Spaces And Tabs \t  ", "  Starts With Them  Too, Long Enough"),
    ("Straße und MASSE, lang genug hier", "STRASSE UND MASSE, LANG GENUG HIER"),
    # spaced normally (folded one by one, ASCII apart from the rest) beside the other cases
    ("Plain ASCII Paragraph, Long Enough", "“Curly” QUOTES, ΣΊΣΥΦΟΣ and İstanbul", "short"),
    ("a paragraph long enough to count", "no-break\u00a0space inside, long enough"),
    ("a paragraph long enough to count", "a line\u2028separator, long enough here"),
    ("a paragraph long enough to count", "two  spaces inside it, long enough"),
    ("a paragraph long enough to count", " a space before it, long enough here"),
    ("a paragraph long enough to count", "a space after it, long enough here "),
])
def test_paragraph_keys_edge_cases_match_one_by_one(paragraphs: tuple[str, ...]) -> None:
    assert _paragraph_keys(paragraphs) == {hash(_normal(text)): len(text) for text in paragraphs if len(text) >= 20}


@pytest.mark.parametrize(("line", "expected"), [
    ("(All times are EST.)", "America/New_York"),  # in brackets, the zone's abbreviation
    ("(All times eastern)", "America/New_York"),
    ("All times are EDT", "America/New_York"),
    ("All times stated are UK", "Europe/London"),
    ("(All times were estimates)", None),
    ("LIVE TEXT COMMENTARY (all times BST)", "Europe/London"),  # in brackets after the page's label
    ("Election night results (All times Eastern)", "America/New_York"),
    ("Lap times so far (all times are approximate)", None),
    ("Lap times so far, all times BST", None),  # no brackets: words before it make it no statement
    ("Not all times are EST", None),
    # any abbreviation that names one zone only; one that names several says nothing
    ("All times indicated are EAT", "Africa/Nairobi"), ("All times are SAST", "Africa/Johannesburg"),
    ("(All times AEST)", "Australia/Sydney"), ("All times are in WAT.", "Africa/Lagos"),
    ("All times indicated are UK", "Europe/London"), ("All times are CST", None), ("All times are AM", None),
    # in brackets after a sentence of their own, closing a byline
    ("Presented by Jane Doe (Scroll down for earlier updates. All times indicated are EAT)", "Africa/Nairobi"),
    # closing a paragraph, after its sentences (The Canadian Press's "The latest" opens so)
    ("The clocks went back. All times are GMT", "Europe/London"),
    ("OTTAWA — The latest on developments and results in the federal election. All times are eastern.",
     "America/New_York"),
    ("The polls closed at 8. Not all times are EST", None),
    # a place's clock in brackets closing the line that leads into the posts
    ("Here's the latest (Singapore time):", "Asia/Singapore"),
    ("Live updates (all times Hong Kong time)", "Asia/Hong_Kong"),
    ("The final starts at 8pm (Singapore time).", None),  # a sentence's time, not the page's statement
    ("Times (Tokyo time) are given", None), ("Here's the latest (Mars time):", None),
])
def test_the_zone_a_line_states(line: str, expected: str | None) -> None:
    from liveblog.zones import stated_zone

    assert stated_zone(line) == expected


@pytest.mark.parametrize(("line", "expected"), [
    pytest.param("© 2016 NBCnews.com | NBC News", ("NBC News", "America/New_York"), id="nbc"),
    pytest.param("SVT Nyheter", ("SVT Nyheter", "Europe/Stockholm"), id="svt"),
    # Australia's ABC is no US network
    pytest.param("Live - ABC News (Australian Broadcasting Corporation)", ("ABC News (Australia)", "Australia/Sydney"),
                 id="abc-australia"),
    pytest.param("ABC News Live", ("ABC News", "America/New_York"), id="abc-us"),
    pytest.param("Rzeczpospolita", ("Rzeczpospolita", "Europe/Warsaw"), id="rzeczpospolita"),
    pytest.param("Habertürk", ("Habertürk", "Europe/Istanbul"), id="haberturk"),
    pytest.param("The standard of living", None, id="a-word-is-no-outlet"),
    pytest.param("Der Standard ist hoch", None, id="a-german-phrase-is-no-outlet"),
    pytest.param("DER STANDARD", ("DER STANDARD", "Europe/Vienna"), id="der-standard"),
])
def test_publishers_and_their_home_zones(line: str, expected: tuple[str, str] | None) -> None:
    from liveblog.zones import find_publisher

    assert find_publisher([line]) == expected


def _large_draft(posts: int, size: int) -> Draft:
    """`posts` posts of two distinct paragraphs of `size` characters each (past Latin-1: two bytes a character)."""
    return Draft(format="text", entries=tuple(
        RawEntry(stamp=clock(f"{(23 - number // 60) % 24:02d}:{59 - number % 60:02d}"), headline=None,
                 paragraphs=(f"{number:06d} one \u2026 ".ljust(size, "a"), f"{number:06d} two \u2026".ljust(size, "b")))
        for number in range(posts)))


def test_a_draft_handed_over_is_let_go_post_by_post() -> None:
    """A draft no one else holds is let go as its entries are made: the text of the posts and
    that of the timeline are never both held whole (the peak memory of a large page)."""
    import tracemalloc

    posts, size = 300, 2000
    text = posts * 2 * size * 2  # bytes of the paragraphs; the bodies join them into as many again
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        timeline = normalise(_large_draft(posts, size), SOURCE, Settings(date=date(2026, 1, 6), tz="UTC"))
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert len(timeline.entries) == posts and len(timeline.entries[0].body) == 2 * size + 2
    assert peak < text * 1.4  # holding both would be twice the text


def test_parse_hands_over_its_text_and_draft(monkeypatch: pytest.MonkeyPatch) -> None:
    """`liveblog.parse` keeps no reference of its own to the decoded text while the layout reads
    it, nor to the draft while it is normalised: each can be let go as the next stage goes."""
    import sys

    import liveblog
    import liveblog.layout
    import liveblog.normalise

    references: dict[str, int] = {}
    extract_text, normalise_draft = liveblog.layout.extract_text, liveblog.normalise.normalise

    def spy_layout(text: str, *, explain: bool = False) -> Draft:
        references["text"] = sys.getrefcount(text)  # this frame's and the call's own
        return extract_text(text, explain=explain)

    def spy_normalise(draft: Draft, source: Source, settings: Settings) -> liveblog.Timeline:
        references["draft"] = sys.getrefcount(draft)
        return normalise_draft(draft, source, settings)

    monkeypatch.setattr(liveblog.layout, "extract_text", spy_layout)
    monkeypatch.setattr(liveblog.normalise, "normalise", spy_normalise)
    page = "Title of the page\n\n10:00 , A B\n\nOne \u2026\n\n09:00 , A B\n\nTwo.\n"
    timeline = liveblog.parse(page.encode("utf-8"), date="2026-01-06")
    assert len(timeline.entries) == 2
    assert references == {"text": 2, "draft": 2}
