"""Time-zone knowledge as data: abbreviations printed on stamps, the page's own statements
of its zone, and the home zone of known publishers.

Abbreviations are ambiguous (IST is India, Ireland and Israel); each maps to the zones it
may mean, most likely first. The zone the user gave (or the page states) picks among
them when it is one of them; otherwise the first is taken.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache

from . import patterns
from .errors import SettingsError

#: Abbreviation -> the IANA zones it may stand for, most likely first. A zone name here
#: (rather than a fixed offset) lets "ET" follow daylight saving time.
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "UTC": ("UTC",),
    "TU": ("UTC",),  # French: temps universel, as RFI's and TV5Monde's live pages print it ("20h48 TU")
    "GMT": ("Europe/London", "UTC"),
    "BST": ("Europe/London",),
    "WET": ("Europe/Lisbon",),
    "WEST": ("Europe/Lisbon",),
    "CET": ("Europe/Paris", "Europe/Berlin"),
    "CEST": ("Europe/Paris", "Europe/Berlin"),
    "MEZ": ("Europe/Berlin",),  # German: Mitteleuropäische Zeit
    "MESZ": ("Europe/Berlin",),
    "EET": ("Europe/Kyiv", "Europe/Athens"),
    "EEST": ("Europe/Kyiv", "Europe/Athens"),
    "MSK": ("Europe/Moscow",),
    "TSİ": ("Europe/Istanbul",),  # Turkish: Türkiye Saati, as Turkish pages print it after a clock
    "IST": ("Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"),
    "PKT": ("Asia/Karachi",),
    "SGT": ("Asia/Singapore",),
    "HKT": ("Asia/Hong_Kong",),
    "JST": ("Asia/Tokyo",),
    "KST": ("Asia/Seoul",),
    "AET": ("Australia/Sydney",),  # Australian Eastern Time, as "Sydney time" says it: the zone's own rules
    "AEST": ("Australia/Sydney",),
    "AEDT": ("Australia/Sydney",),
    "ACST": ("Australia/Adelaide",),
    "AWST": ("Australia/Perth",),
    "NZST": ("Pacific/Auckland",),
    "NZDT": ("Pacific/Auckland",),
    "SAST": ("Africa/Johannesburg",),
    "EAT": ("Africa/Nairobi",),
    "WAT": ("Africa/Lagos",),
    "ET": ("America/New_York",),
    # Australians write "EST" and "CST" for their eastern and central time too, and China "CST"
    "EST": ("America/New_York", "Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane", "Australia/Hobart"),
    "EDT": ("America/New_York", "Australia/Sydney", "Australia/Melbourne", "Australia/Hobart"),
    "CT": ("America/Chicago",),
    "CST": ("America/Chicago", "Asia/Shanghai", "Australia/Adelaide", "Australia/Darwin"),
    "CDT": ("America/Chicago", "Australia/Adelaide"),
    "MT": ("America/Denver",),
    "MST": ("America/Denver",),
    "MDT": ("America/Denver",),
    "PT": ("America/Los_Angeles",),
    "PST": ("America/Los_Angeles",),
    "PDT": ("America/Los_Angeles",),
    "AST": ("America/Halifax",),
    "BRT": ("America/Sao_Paulo",),
    "ART": ("America/Argentina/Buenos_Aires",),
    "WIB": ("Asia/Jakarta",),  # Indonesia's western, central and eastern time
    "WITA": ("Asia/Makassar",),
    "WIT": ("Asia/Jayapura",),
    "ICT": ("Asia/Bangkok", "Asia/Ho_Chi_Minh"),
    "PHT": ("Asia/Manila",),
    "MYT": ("Asia/Kuala_Lumpur",),
}

#: Zone names spelt out after a clock -> the abbreviation they stand for: the BBC's live pages print
#: them for screen readers ("published at 17:04 Greenwich Mean Time 7 December"); a place's clock
#: too ("8:14 pm Sydney time: ...", "7 p.m. Eastern Time"; Japanese "日本時間", Japan time, in brackets).
SPELT_ZONES: dict[str, str] = {
    "British Summer Time": "BST",
    "Central Time": "CT",
    "Eastern Time": "ET",
    "Greenwich Mean Time": "GMT",
    "Hong Kong time": "HKT",
    "Melbourne time": "AET",
    "Pacific Time": "PT",
    "Singapore time": "SGT",
    "Sydney time": "AET",
    "日本時間": "JST",  # Japan time, in brackets after the clock ("10:43(日本時間)", "午前4時半(日本時間)")
}

#: Places (or their adjectives) whose clock a page names, as printed in small letters -> IANA zone:
#: after a stamp's clock in words ("21:23 heure de Beyrouth", "10:30 hora peninsular", "18.00 ora
#: italiana", as French, Spanish, Italian and Portuguese live pages abroad print it; a place not here
#: still belongs to the stamp, see `stamps.PLACE_CLOCK`, with no zone), or in brackets closing the line
#: that leads into the posts ("Here's the latest (Singapore time):", as Asian and African
#: English-language outlets print it). Places with one zone only.
PLACE_ZONES: dict[str, str] = {
    "abu dhabi": "Asia/Dubai", "argentina": "America/Argentina/Buenos_Aires", "bangkok": "Asia/Bangkok",
    "beijing": "Asia/Shanghai", "beirut": "Asia/Beirut", "beyrouth": "Asia/Beirut", "bogotá": "America/Bogota",
    "brasília": "America/Sao_Paulo", "bruxelles": "Europe/Brussels",
    "buenos aires": "America/Argentina/Buenos_Aires", "canaria": "Atlantic/Canary", "caracas": "America/Caracas",
    "chilena": "America/Santiago", "colombiana": "America/Bogota", "dubai": "Asia/Dubai",
    "española": "Europe/Madrid", "française": "Europe/Paris", "genève": "Europe/Zurich", "hk": "Asia/Hong_Kong",
    "hong kong": "Asia/Hong_Kong", "india": "Asia/Kolkata", "indian": "Asia/Kolkata", "italiana": "Europe/Rome",
    "jakarta": "Asia/Jakarta", "japan": "Asia/Tokyo", "johannesburg": "Africa/Johannesburg",
    "jérusalem": "Asia/Jerusalem", "kenya": "Africa/Nairobi", "kiev": "Europe/Kyiv",
    "kuala lumpur": "Asia/Kuala_Lumpur", "kyiv": "Europe/Kyiv", "lagos": "Africa/Lagos", "lima": "America/Lima",
    "lisboa": "Europe/Lisbon", "lisbonne": "Europe/Lisbon", "london": "Europe/London", "londra": "Europe/London",
    "londres": "Europe/London", "madrid": "Europe/Madrid", "malaysia": "Asia/Kuala_Lumpur", "manila": "Asia/Manila",
    "mexicana": "America/Mexico_City", "montréal": "America/Toronto", "moscou": "Europe/Moscow",
    "moscú": "Europe/Moscow", "nairobi": "Africa/Nairobi", "new delhi": "Asia/Kolkata",
    "new york": "America/New_York", "nigeria": "Africa/Lagos", "nueva york": "America/New_York",
    "pakistan": "Asia/Karachi", "paris": "Europe/Paris", "parís": "Europe/Paris", "peninsular": "Europe/Madrid",
    "peruana": "America/Lima", "philippine": "Asia/Manila", "québec": "America/Toronto", "roma": "Europe/Rome",
    "rome": "Europe/Rome", "seoul": "Asia/Seoul", "singapore": "Asia/Singapore",
    "south africa": "Africa/Johannesburg", "taiwan": "Asia/Taipei", "tel aviv": "Asia/Jerusalem",
    "thailand": "Asia/Bangkok", "tokyo": "Asia/Tokyo", "uk": "Europe/London", "venezolana": "America/Caracas",
    "washington": "America/New_York",
}  # fmt: skip

#: Zones whose pages write slashed dates month first ("9/7/2016" is 7 September): the US's.
US_ZONES = frozenset({
    "America/Adak", "America/Anchorage", "America/Boise", "America/Chicago", "America/Denver", "America/Detroit",
    "America/Juneau", "America/Los_Angeles", "America/Menominee", "America/Metlakatla", "America/New_York",
    "America/Nome", "America/Phoenix", "America/Sitka", "America/Yakutat", "Pacific/Honolulu", "US/Eastern",
    "US/Central", "US/Mountain", "US/Pacific", "US/Alaska", "US/Hawaii", "US/Arizona",
})  # fmt: skip


def month_first_zone(name: str) -> bool:
    """Is `name` a zone whose pages write slashed dates month first (see US_ZONES)?"""
    return name in US_ZONES or name.startswith(("America/Indiana/", "America/Kentucky/", "America/North_Dakota/"))


#: Abbreviations printed on stamps that say so too ("4:57 PM ET"): those whose likeliest zone is one.
MONTH_FIRST_ABBREVIATIONS = frozenset(name for name, zones in ABBREVIATIONS.items() if month_first_zone(zones[0]))

#: Abbreviations that name one fixed offset (minutes east of UTC): when a stamp says
#: "BST" the wall clock is UTC+1 whatever the date, even if the zone's rules say GMT.
FIXED_OFFSETS: dict[str, int] = {
    "UTC": 0, "GMT": 0, "BST": 60, "WET": 0, "WEST": 60, "CET": 60, "CEST": 120, "MEZ": 60,
    "MESZ": 120, "EET": 120, "EEST": 180, "MSK": 180, "PKT": 300, "SGT": 480, "HKT": 480,
    "JST": 540, "KST": 540, "AEST": 600, "AEDT": 660, "ACST": 570, "AWST": 480, "NZST": 720,
    "NZDT": 780, "SAST": 120, "EAT": 180, "WAT": 60, "MST": -420, "MDT": -360, "PST": -480,
    "PDT": -420, "AST": -240, "BRT": -180, "ART": -180, "WIB": 420, "WITA": 480, "WIT": 540,
    "ICT": 420, "PHT": 480, "MYT": 480, "TSİ": 180,
}  # fmt: skip

#: Offsets of the ambiguous abbreviations, per zone they may mean (the first one, unless
#: the zone the user gave or the page states is another of them).
AMBIGUOUS_OFFSETS: dict[tuple[str, str], int] = {
    ("IST", "Asia/Kolkata"): 330,
    ("IST", "Europe/Dublin"): 60,
    ("IST", "Asia/Jerusalem"): 120,
    ("EST", "America/New_York"): -300,
    ("EST", "Australia/Sydney"): 600,
    ("EST", "Australia/Melbourne"): 600,
    ("EST", "Australia/Brisbane"): 600,
    ("EST", "Australia/Hobart"): 600,
    ("EDT", "America/New_York"): -240,
    ("EDT", "Australia/Sydney"): 660,
    ("EDT", "Australia/Melbourne"): 660,
    ("EDT", "Australia/Hobart"): 660,
    ("CST", "America/Chicago"): -360,
    ("CST", "Asia/Shanghai"): 480,
    ("CST", "Australia/Adelaide"): 570,
    ("CST", "Australia/Darwin"): 570,
    ("CDT", "America/Chicago"): -300,
    ("CDT", "Australia/Adelaide"): 630,
}

#: "All times stated are UK", "All times shown are in Eastern", "(All times are EST.)" (in brackets),
#: "All times indicated are EAT" ...;
#: in brackets, other words may stand before it on its line ("LIVE TEXT COMMENTARY (all times BST)"),
#: and a sentence before it inside them ("Presented by Jane Doe (Scroll down for earlier updates. All
#: times indicated are EAT)"); or, out of brackets, the sentences of the paragraph it closes
#: (`_STATEMENT_AFTER_TEXT`).
_ALL_TIMES = (r"^(?:\(|[^()\n]{1,80} \(|[^()\n]{1,200}\. )?(?:(?<=\()[^()\n.]{1,80}\. )?"
              r"all times (?:stated |shown |indicated |given |are )*(?:are )?(?:in )?")
#: The statement closing a paragraph, after its sentences ("OTTAWA — The latest on developments and
#: results in the federal election. All times are eastern.", as The Canadian Press's "The latest" opens).
_STATEMENT_AFTER_TEXT = patterns.compile(r"^[^()\n]{1,200}\. all times ", re.I)

#: A page's own statement of its zone, in any line of the page: pattern -> IANA zone.
ZONE_STATEMENTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (patterns.compile(_ALL_TIMES + r"(?:the )?uk\b", re.I), "Europe/London"),
    (patterns.compile(_ALL_TIMES + r"(?:bst|gmt)\b", re.I), "Europe/London"),
    (patterns.compile(_ALL_TIMES + r"(?:eastern|edt|est|et)\b", re.I), "America/New_York"),
    (patterns.compile(_ALL_TIMES + r"(?:ist|indian)\b", re.I), "Asia/Kolkata"),
    (patterns.compile(r"^alle zeiten in (?:mez|mesz|deutscher zeit)\b", re.I), "Europe/Berlin"),
    (patterns.compile(r"^(?:toutes les )?heures? de paris\b", re.I), "Europe/Paris"),
    # "Les horaires sont indiqués en temps universel." (TV5Monde's live pages)
    (patterns.compile(r"^(?:les |toutes les )?(?:heures|horaires) (?:sont )?(?:indiqu|donn|exprim)\w{0,4} "
                      r"en temps universel\b", re.I), "UTC"),
    # "(タイムスタンプは日本時間。括弧内は現地時間)": the time stamps are Japan's time, in brackets the
    # place's (Asahi's live timelines); "時刻は日本時間" (the times are Japan's)
    (patterns.compile(r"^[(（]?(?:タイムスタンプ|時刻|日時|時間)は(?:すべて)?日本時間"), "Asia/Tokyo"),
)
#: "All times are EAT", "All times indicated are SAST", "(All times AEST)": any abbreviation of
#: `ABBREVIATIONS` that names one zone only (Kenyan, South African, Australian, Nigerian and
#: Asian pages state theirs so); `ZONE_STATEMENTS` are read first.
_ALL_TIMES_ABBREVIATION = patterns.compile(_ALL_TIMES + r"(?P<abbreviation>[a-z]{2,4})\b", re.I)

#: "(Singapore time):", "(all times Hong Kong time)" closing a line (a colon may follow).
_PLACE_TIME = patterns.compile(
    rf"\((?:all times (?:are )?(?:in )?)?(?P<place>{'|'.join(sorted(PLACE_ZONES, key=lambda p: (-len(p), p)))})"
    r" time\):?$", re.I)

#: Known publishers: a pattern that names them in the page's furniture, their display
#: name and their home zone (used, with a warning, when nothing else gives a zone).
PUBLISHERS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (patterns.compile(r"\bThe Independent\b|\bindependent\.co\.uk\b"), "The Independent", "Europe/London"),
    (patterns.compile(r"\bThe Guardian\b|\btheguardian\.com\b"), "The Guardian", "Europe/London"),
    (patterns.compile(r"\bBBC(?: News)?\b"), "BBC News", "Europe/London"),
    (patterns.compile(r"\bSky News\b"), "Sky News", "Europe/London"),
    (patterns.compile(r"\bThe Telegraph\b"), "The Telegraph", "Europe/London"),
    (patterns.compile(r"\bEvening Standard\b"), "Evening Standard", "Europe/London"),
    (patterns.compile(r"\bCorkBeo\b|\bcorklive\b", re.I), "CorkBeo", "Europe/Dublin"),
    (patterns.compile(r"\bThe Irish Times\b|\bRTÉ\b"), "The Irish Times", "Europe/Dublin"),
    (patterns.compile(r"\bNDTV\b"), "NDTV", "Asia/Kolkata"),
    (patterns.compile(r"\bCNN\b"), "CNN", "America/New_York"),
    (patterns.compile(r"\bAl Jazeera\b"), "Al Jazeera", "Asia/Qatar"),
    (patterns.compile(r"\bBR24\b|\bBayerischer Rundfunk\b"), "BR24", "Europe/Berlin"),
    (patterns.compile(r"\btagesschau\b", re.I), "tagesschau", "Europe/Berlin"),
    # Australia's ABC before the US network: "ABC News (Australian Broadcasting Corporation)"
    (patterns.compile(r"\bAustralian Broadcasting Corporation\b|\babc\.net\.au\b"), "ABC News (Australia)",
     "Australia/Sydney"),
    (patterns.compile(r"\bABC News\b"), "ABC News", "America/New_York"),
    (patterns.compile(r"\bNBC News\b"), "NBC News", "America/New_York"),
    (patterns.compile(r"\bla Repubblica\b|\brepubblica\.it\b"), "la Repubblica", "Europe/Rome"),
    (patterns.compile(r"\bLe Monde\b"), "Le Monde", "Europe/Paris"),
    (patterns.compile(r"\bSVT Nyheter\b|\bSveriges Television\b"), "SVT Nyheter", "Europe/Stockholm"),
    # case matters: "der Standard" is a German phrase, "DER STANDARD" the paper's name
    (patterns.compile(r"\bDER STANDARD\b|\bderStandard\b|\bderstandard\.at\b"), "DER STANDARD", "Europe/Vienna"),
    (patterns.compile(r"\bNeue Zürcher Zeitung\b|\bnzz\.ch\b"), "NZZ", "Europe/Zurich"),
    (patterns.compile(r"\bRzeczpospolita\b"), "Rzeczpospolita", "Europe/Warsaw"),
    (patterns.compile(r"\bSeznam Zprávy\b"), "Seznam Zprávy", "Europe/Prague"),
    (patterns.compile(r"\bAnadolu Ajansı\b"), "Anadolu Ajansı", "Europe/Istanbul"),
    (patterns.compile(r"\bHabertürk\b"), "Habertürk", "Europe/Istanbul"),
)

#: A page's country, as its locale names it (`og:locale` "pl_PL", `<html lang="en-GB">`) ->
#: the zone its readers live in, where the country keeps one (mainland) zone. The last
#: fallback, with a warning: a page that states nothing of its zone is read in its
#: country's clock. Countries spanning zones (US, CA, MX, BR, RU, AU, ID...) are not here.
COUNTRY_ZONES: dict[str, str] = {
    "ae": "Asia/Dubai", "al": "Europe/Tirane", "am": "Asia/Yerevan", "ar": "America/Argentina/Buenos_Aires",
    "at": "Europe/Vienna", "az": "Asia/Baku", "ba": "Europe/Sarajevo", "bd": "Asia/Dhaka", "be": "Europe/Brussels",
    "bg": "Europe/Sofia", "bo": "America/La_Paz", "by": "Europe/Minsk", "ch": "Europe/Zurich",
    "cl": "America/Santiago", "cn": "Asia/Shanghai", "co": "America/Bogota", "cr": "America/Costa_Rica",
    "cy": "Asia/Nicosia", "cz": "Europe/Prague", "de": "Europe/Berlin", "dk": "Europe/Copenhagen",
    "do": "America/Santo_Domingo", "ee": "Europe/Tallinn", "eg": "Africa/Cairo", "es": "Europe/Madrid",
    "et": "Africa/Addis_Ababa", "fi": "Europe/Helsinki", "fr": "Europe/Paris", "gb": "Europe/London",
    "ge": "Asia/Tbilisi", "gh": "Africa/Accra", "gr": "Europe/Athens", "gt": "America/Guatemala",
    "hk": "Asia/Hong_Kong", "hn": "America/Tegucigalpa", "hr": "Europe/Zagreb", "hu": "Europe/Budapest",
    "ie": "Europe/Dublin", "il": "Asia/Jerusalem", "in": "Asia/Kolkata", "is": "Atlantic/Reykjavik",
    "it": "Europe/Rome", "jo": "Asia/Amman", "jp": "Asia/Tokyo", "ke": "Africa/Nairobi", "kr": "Asia/Seoul",
    "lb": "Asia/Beirut", "lk": "Asia/Colombo", "lt": "Europe/Vilnius", "lu": "Europe/Luxembourg", "lv": "Europe/Riga",
    "ma": "Africa/Casablanca", "md": "Europe/Chisinau", "me": "Europe/Podgorica", "mk": "Europe/Skopje",
    "mt": "Europe/Malta", "my": "Asia/Kuala_Lumpur", "ng": "Africa/Lagos", "ni": "America/Managua",
    "nl": "Europe/Amsterdam", "no": "Europe/Oslo", "np": "Asia/Kathmandu", "nz": "Pacific/Auckland",
    "pa": "America/Panama", "pe": "America/Lima", "ph": "Asia/Manila", "pk": "Asia/Karachi", "pl": "Europe/Warsaw",
    "pt": "Europe/Lisbon", "py": "America/Asuncion", "qa": "Asia/Qatar", "ro": "Europe/Bucharest",
    "rs": "Europe/Belgrade", "sa": "Asia/Riyadh", "se": "Europe/Stockholm", "sg": "Asia/Singapore",
    "si": "Europe/Ljubljana", "sk": "Europe/Bratislava", "sv": "America/El_Salvador", "th": "Asia/Bangkok",
    "tn": "Africa/Tunis", "tr": "Europe/Istanbul", "tw": "Asia/Taipei", "tz": "Africa/Dar_es_Salaam",
    "ua": "Europe/Kyiv", "ug": "Africa/Kampala", "uk": "Europe/London", "uy": "America/Montevideo",
    "ve": "America/Caracas", "vn": "Asia/Ho_Chi_Minh", "za": "Africa/Johannesburg",
}  # fmt: skip
#: A locale without a country ("pl", `<html lang="de">`): languages whose readers live in
#: one zone, or in countries that keep the same clock (German, French, Dutch). Not English,
#: Spanish, Portuguese, Arabic, Russian or Chinese.
LANGUAGE_ZONES: dict[str, str] = {
    "be": "Europe/Minsk", "bg": "Europe/Sofia", "bs": "Europe/Sarajevo", "cs": "Europe/Prague",
    "da": "Europe/Copenhagen", "de": "Europe/Berlin", "el": "Europe/Athens", "et": "Europe/Tallinn",
    "fi": "Europe/Helsinki", "fr": "Europe/Paris", "he": "Asia/Jerusalem", "hr": "Europe/Zagreb",
    "hu": "Europe/Budapest", "hy": "Asia/Yerevan", "is": "Atlantic/Reykjavik", "it": "Europe/Rome",
    "ja": "Asia/Tokyo", "ka": "Asia/Tbilisi", "ko": "Asia/Seoul", "lt": "Europe/Vilnius", "lv": "Europe/Riga",
    "mk": "Europe/Skopje", "mt": "Europe/Malta", "nb": "Europe/Oslo", "nl": "Europe/Amsterdam", "nn": "Europe/Oslo",
    "no": "Europe/Oslo", "pl": "Europe/Warsaw", "ro": "Europe/Bucharest", "sk": "Europe/Bratislava",
    "sl": "Europe/Ljubljana", "sq": "Europe/Tirane", "sr": "Europe/Belgrade", "sv": "Europe/Stockholm",
    "th": "Asia/Bangkok", "tr": "Europe/Istanbul", "uk": "Europe/Kyiv", "vi": "Asia/Ho_Chi_Minh",
}  # fmt: skip


def locale_zone(tag: str) -> str | None:
    """The zone a locale tag implies ("pl_PL", "en-GB", "de"): its country's, when it names
    one, else its language's; None when either spans zones."""
    parts = tag.strip().replace("_", "-").lower().split("-")
    if not parts or not parts[0]:
        return None
    country = next((part for part in parts[1:] if len(part) == 2 and part.isalpha()), None)
    if country is not None:
        return COUNTRY_ZONES.get(country)
    return LANGUAGE_ZONES.get(parts[0])


@lru_cache(maxsize=256)
def zone(name: str) -> tzinfo:
    """The tzinfo for an IANA name (or "UTC"); SettingsError if there is no such zone."""
    if name.upper() == "UTC":
        return UTC
    # imported here: zoneinfo brings sysconfig (about 9 M instructions at start), and a page
    # whose posts get no date never asks for a zone
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise SettingsError(f"unknown time zone {name!r} (use an IANA name such as Europe/London)") from error


_OFFSET = patterns.compile(r"^(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?(\d\d))?$", re.I)


def stamp_zone(abbreviation: str, wall: datetime, preferred: str | None) -> tuple[tzinfo, str] | None:
    """The tzinfo a stamp's printed zone gives for the wall-clock time `wall`, and the IANA
    zone it names; None for an abbreviation nobody knows."""
    if "/" in abbreviation:
        return zone(abbreviation), abbreviation  # a place's zone, named after the clock (see PLACE_ZONES)
    text = abbreviation.strip().strip("()").upper()
    offset = _OFFSET.match(text)
    if offset:
        sign = -1 if offset.group(1) == "-" else 1
        minutes = int(offset.group(2)) * 60 + int(offset.group(3) or 0)
        return timezone(timedelta(minutes=sign * minutes)), preferred or "UTC"
    candidates = ABBREVIATIONS.get(text)
    if not candidates:
        return None
    name = preferred if preferred in candidates else candidates[0]
    if text in FIXED_OFFSETS:
        fixed = FIXED_OFFSETS[text]
    elif (text, name) in AMBIGUOUS_OFFSETS:
        fixed = AMBIGUOUS_OFFSETS[(text, name)]
    else:
        return zone(name), name  # a generic name such as ET follows the zone's own rules
    rules = zone(name)
    if _offset_minutes(wall.replace(tzinfo=rules)) == fixed:
        return rules, name
    return timezone(timedelta(minutes=fixed)), name


def _offset_minutes(moment: datetime) -> int | None:
    delta = moment.utcoffset()
    return None if delta is None else int(delta.total_seconds() // 60)


def statement_after_text(line: str) -> bool:
    """Does the line state the page's zone after sentences of its own (`_STATEMENT_AFTER_TEXT`)?"""
    return _STATEMENT_AFTER_TEXT.match(line) is not None


def stated_zone(line: str) -> str | None:
    for pattern, name in ZONE_STATEMENTS:
        if pattern.search(line):
            return name
    if (stated := _ALL_TIMES_ABBREVIATION.search(line)) is not None \
            and len(named := ABBREVIATIONS.get(stated.group("abbreviation").upper(), ())) == 1:
        return named[0]
    if line.endswith((")", "):")) and (place := _PLACE_TIME.search(line)) is not None:
        return PLACE_ZONES[place.group("place").lower()]
    return None


def find_publisher(lines: list[str]) -> tuple[str, str] | None:
    """The first known publisher named in `lines`: (display name, home zone)."""
    for line in lines:
        for pattern, name, home in PUBLISHERS:
            if pattern.search(line):
                return name, home
    return None
