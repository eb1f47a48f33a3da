"""The stamp grammar: how pages print the time of a post, kept as data.

`read_stamp(line)` reads a line that *begins* with a stamp (after an optional prefix such
as "Posted at", or an author glued in front of a date) and says what follows it. It
does not decide whether the line is a post's stamp: that is layout's job, from what is
consistent across the whole document. Every pattern is anchored or bounded, so reading
is linear in the input. A line longer than `MAX_STAMP_LINE` is read only as a clock with
its post glued on ("9.00am: Good morning...", as older live blogs print every post).

A stamp is read as parts (clock, date, zone, relative age); nothing is resolved here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from . import patterns
from .furniture import AGENCIES, BULLETS, ROLE_WORDS, SHARE_LEAD
from .model import RawEntry, Stamp
from .records import finish
from .zones import ABBREVIATIONS, MONTH_FIRST_ABBREVIATIONS, PLACE_ZONES, SPELT_ZONES

if TYPE_CHECKING:
    from dataclasses import dataclass
else:  # the same type, made more cheaply: see liveblog/records.py
    from .records import dataclass

#: A stamp line is short; anything longer is body text, unless it opens with a clock and
#: goes on with the post's text.
MAX_STAMP_LINE = 160
#: Such a long line opens with a number, perhaps after a bracket or a bullet: "[9.00am]",
#: "• 9.00am". (Layout uses it too, to skip long lines before reading them.)
GLUED_CLOCK = patterns.compile(r"[ \t\[(•·*+\-–▶►■◆]*\d")
#: ...or with a word that says the post is an update, before its clock: "Update 2:03 p.m. EST
#: Feb. 19: According to ...", as many US local newsrooms stamp each update of a story, or
#: "[Posted at 2:51 p.m.] A woman has died ...", as CNN's news blogs did; or with a word for "at
#: the hour", Italian "ORE 20:30 – ...", Greek "Ώρα 13:26 - ..." (also typed "'Ωρα").
GLUED_UPDATE_WORDS = ("posted at", "update", "ore", "ώρα", "ωρα", "'ωρα", "’ωρα")
#: The letters those words open with, in both cases: only lines opening with one are tried.
_GLUED_INITIALS = frozenset(word[0] for word in GLUED_UPDATE_WORDS) | frozenset(
    word[0].upper() for word in GLUED_UPDATE_WORDS)
#: (Matched after the marks and spaces before it are stripped: a pattern opening with them
#: would be searched from every space of a run.)
GLUED_UPDATE = patterns.compile(r"(?:" + "|".join(word.replace(" ", r"\s") for word in GLUED_UPDATE_WORDS)
                                + r")\s?[:\-–—]?\s\d", re.I)


#: ...or with an author's name before a numeric date or a clock ("Shara Tibken 9/7/2016 4:57:09
#: PMNow that ...", ScribbleLive's copies): two words with capitals, no digit for a name's
#: length, then one. (A sentence's second word is seldom capitalised: most long lines fail
#: there. Possessive: the name's run never gives back a character, as no digit is in it.)
GLUED_AFTER_NAME = patterns.compile(r"[A-Z]\S{0,20} [A-Z][^\d\n]{1,58}+\d{1,2}[/:.]\d")


def glued_start(text: str) -> bool:
    """Could a line longer than `MAX_STAMP_LINE` open with a stamp, its post glued on? (Run
    on every long line of a page: the patterns are tried only where their first letter is.)"""
    if GLUED_CLOCK.match(text) is not None:
        return True
    head = text[:1]
    if head and head in _GLUED_MARGIN:  # (rare: most lines open with a letter)
        text = text.lstrip(_GLUED_MARGIN)
        head = text[:1]
    if head in _GLUED_INITIALS and GLUED_UPDATE.match(text) is not None:
        return True
    if head in "Mm" and PATTERNS["match-minute-label"].match(text) is not None:
        return True  # "Min 90 - Xut llunyà ..."
    if "A" <= head <= "Z" and text[1:2].isupper() and FOUR_DIGIT_CLOCK.match(text) is not None:
        return True  # "CLOSE1845: Pak 291-9 ...": a label glued to a four-digit clock
    return "A" <= head <= "Z" and GLUED_AFTER_NAME.match(text) is not None

# ---------------------------------------------------------------------------
# Vocabulary.

#: Marks a page prints before a stamp: brackets, bullets (a dash too: "- 13 Dec 2025 7:59 PM", a list item
#: as some copies print it), German tickers' "+++ 14.32 Uhr: ... +++".
STAMP_LEADS = "[(•·*+-–▶►■◆"
#: Marks a page prints before a highlighted post's stamp ("★ 16:12 Uhr 21. März 2026"): skipped, and
#: no part of the stamp's text.
HIGHLIGHT_MARKS = "★☆"
#: The one of them that marks a key post (Sourcefabric Live Blog's highlighted posts): the post's kind is `key-event`.
KEY_MARK = "★"
#: The longest word (and its spaces) between a stamp and the same stamp printed again after it.
_MAX_ECHO_WORD = 8
#: Marks a page draws a rule with on both sides of a stamp ("- - - - Mardi 04 JUILLET 2023 - - - -", a
#: news feed's day heading; "+++ 14.32 Uhr +++"): the closing run is no text after the stamp.
_RULE_MARKS = "-–—+*="
#: What may stand between a stamp's prefix and its clock: "UPDATE (2:05pm).", "Update, 2:05 p.m.:",
#: "UPDATE - 10.36 pm IST".
_AFTER_PREFIX = "(,-–—"
#: What may stand before a stamp that opens a long line: spaces and those marks.
_GLUED_MARGIN = " \t" + STAMP_LEADS
#: Month names and abbreviations, in the languages liveblog reads, -> month number (Polish,
#: Czech, Russian and Ukrainian in the genitive that dates use, "11 marca 2026", "11. března
#: 2026", "11 марта 2026", "11 березня 2026"; Turkish; Romanian, "11 martie 2026"; Greek, the
#: genitive and the short forms, "10 Ιουν. 2024", with and without the accent; Arabic, the
#: names of Egypt and the Gulf with or without the hamza, and the Levantine ones, "آذار", "آب").
MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        # English, German, French, Spanish, Italian, Dutch, Portuguese; Swedish, Danish,
        # Norwegian; Polish and Czech (the forms dates use), Turkish, Finnish; Russian and
        # Ukrainian (genitive, and the short forms with a dot), Romanian
        "january jan januar janvier enero ene gennaio gen januari jänner janeiro "
        "stycznia ledna ocak tammikuuta styczeń sty января янв січня ianuarie ian ιανουαρίου ιανουαριου ιαν "
        "január januári يناير",
        "february feb februar février fevrier febrero febbraio februari fevereiro fev "
        "lutego února şubat helmikuuta luty lut февраля фев февр лютого februarie φεβρουαρίου φεβρουαριου φεβ "
        "február februári فبراير شباط",
        "march mar märz maerz mars marzo maart março marts marca března mart maaliskuuta marzec "
        "марта мар березня martie maret mac μαρτίου μαρτιου μαρ μάρ március márciusi مارس آذار",
        "april apr avril abril aprile kwietnia dubna nisan huhtikuuta kwiecień kwi апреля апр квітня "
        "aprilie απριλίου απριλιου απρ április áprilisi أبريل ابريل نيسان",
        "may mai mayo maggio mei maio maj maja května mayıs toukokuuta мая травня μαΐου μαιου μαΐ μάι μαι "
        "május májusi مايو أيار",
        "june jun juni juin junio giugno junho czerwca června haziran kesäkuuta czerwiec cze июня "
        "червня iunie ιουνίου ιουνιου ιουν ιούν június júniusi يونيو حزيران",
        "july jul juli juillet julio luglio julho lipca července temmuz heinäkuuta lipiec lip июля "
        "липня iulie ιουλίου ιουλιου ιουλ ιούλ július júliusi يوليو تموز",
        "august aug août aout agosto ago augustus augusti sierpnia srpna ağustos elokuuta sierpień "
        "августа авг серпня agustus ogos αυγούστου αυγουστου αυγ αύγ augusztus augusztusi أغسطس اغسطس آب",
        "september sep sept septembre septiembre settembre set setembro września září eylül syyskuuta "
        "wrzesień wrz сентября сен сент вересня septembrie σεπτεμβρίου σεπτεμβριου σεπ σεπτ szeptember "
        "szeptemberi سبتمبر أيلول",
        "october oct oktober octobre octubre ottobre okt outubro out października října ekim lokakuuta "
        "październik paź октября окт жовтня octombrie οκτωβρίου οκτωβριου οκτ október októberi أكتوبر اكتوبر",
        "november nov novembre noviembre novembro listopada listopadu kasım marraskuuta listopad lis "
        "ноября ноя листопада noiembrie νοεμβρίου νοεμβριου νοε νοέ νοεμ novemberi نوفمبر",
        "december dec dezember décembre decembre diciembre dic dicembre dezembro dez desember grudnia "
        "prosince aralık joulukuuta grudzień gru декабря дек грудня decembrie disember δεκεμβρίου δεκεμβριου δεκ "
        "decemberi ديسمبر",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number

#: Weekday names and abbreviations (only recognised, never used to compute the date); the Spanish
#: ones with an accent also as pages print them without it ("sabado 07 de mayo del 2022").
WEEKDAYS = (
    "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur", "thurs",
    "friday", "fri", "saturday", "sat", "sunday", "sun", "montag", "dienstag", "mittwoch", "donnerstag",
    "freitag", "samstag", "sonntag", "mo", "di", "mi", "do", "fr", "sa", "so", "lundi", "mardi", "mercredi",
    "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
    "domingo", "miercoles", "sabado", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato",
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "mandag", "tirsdag", "lørdag",
    "søndag", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela", "pondělí",
    "úterý", "středa", "čtvrtek", "pátek", "neděle", "pazartesi", "salı", "çarşamba", "perşembe", "cuma",
    "cumartesi", "pazar", "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai",
    "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "понедельник", "вторник", "среда", "четверг",
    "пятница", "суббота", "воскресенье", "luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică",
    "hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap", "δευτέρα", "τρίτη", "τετάρτη",
    "πέμπτη", "παρασκευή", "σάββατο", "κυριακή", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء",
    "الخميس", "الجمعة", "السبت", "الأحد", "الاحد",
)

#: Relative ages: a unit as printed -> minutes. "2h ago", "1 hr 14 min ago", "vor 5 Minuten",
#: "vor 2 Std.", "il y a 3 heures", "hace 5 minutos", "12 minuti fa", "3 uur geleden", "há 5 minutos",
#: "för 5 minuter sedan", "for 2 timer siden", "5 minut temu", "5 dakika önce", "5 minuuttia sitten",
#: Russian "5 минут назад", Ukrainian "2 години тому", Czech "před 5 minutami", Slovak "pred 2
#: hodinami", Romanian "acum 5 minute".
UNIT_MINUTES: dict[str, int] = {
    "s": 0, "sec": 0, "secs": 0, "second": 0, "seconds": 0, "sekunde": 0, "sekunden": 0, "secondes": 0,
    "segundos": 0, "secondi": 0, "seconden": 0, "sek": 0, "sekunder": 0, "sekund": 0, "sekundy": 0, "sekundę": 0,
    "saniye": 0, "секунд": 0, "секунду": 0, "секунды": 0, "секунди": 0, "sekundami": 0, "secunde": 0,
    "detik": 0, "giây": 0, "δευτερόλεπτα": 0, "másodperce": 0, "ثانية": 0, "ثوان": 0,
    "m": 1, "min": 1, "mins": 1, "minute": 1, "minutes": 1, "minuten": 1, "minutos": 1, "minuto": 1,
    "minuti": 1, "minuut": 1, "minut": 1, "minuter": 1, "minutter": 1, "minuty": 1, "minutę": 1, "dakika": 1,
    "minuutti": 1, "minuuttia": 1, "мин": 1, "минуту": 1, "минуты": 1, "минут": 1, "хв": 1, "хвилину": 1,
    "хвилини": 1, "хвилин": 1, "minutou": 1, "minutami": 1, "minútou": 1, "minútami": 1,
    "menit": 1, "minit": 1, "phút": 1, "λεπτό": 1, "λεπτά": 1, "perce": 1, "دقيقة": 1, "دقائق": 1,
    "h": 60, "hr": 60, "hrs": 60, "hour": 60, "hours": 60, "stunde": 60, "stunden": 60, "std": 60, "stdn": 60,
    "heure": 60, "heures": 60, "hora": 60, "horas": 60, "ora": 60, "ore": 60, "uur": 60, "timme": 60,
    "timmar": 60, "time": 60, "timer": 60, "godzin": 60, "godziny": 60, "godzinę": 60, "saat": 60, "tunti": 60,
    "tuntia": 60, "godz": 60, "ч": 60, "час": 60, "часа": 60, "часов": 60, "год": 60, "годину": 60,
    "години": 60, "годин": 60, "hodinou": 60, "hodinami": 60, "oră": 60,
    "jam": 60, "giờ": 60, "ώρα": 60, "ώρες": 60, "órája": 60, "ساعة": 60, "ساعات": 60,
    "d": 1440, "day": 1440, "days": 1440, "tag": 1440, "tagen": 1440, "tage": 1440, "jour": 1440,
    "jours": 1440, "día": 1440, "días": 1440, "dia": 1440, "dias": 1440, "giorno": 1440, "giorni": 1440,
    "dag": 1440, "dagen": 1440, "dagar": 1440, "dage": 1440, "dager": 1440, "dni": 1440, "dzień": 1440,
    "gün": 1440, "päivä": 1440, "päivää": 1440, "день": 1440, "дня": 1440, "дней": 1440, "дні": 1440,
    "днів": 1440, "dnem": 1440, "dny": 1440, "dňom": 1440, "dňami": 1440, "zi": 1440, "zile": 1440,
    "hari": 1440, "ngày": 1440, "ημέρα": 1440, "ημέρες": 1440, "μέρα": 1440, "μέρες": 1440, "napja": 1440,
    "يوم": 1440, "أيام": 1440,
    "w": 10080, "wk": 10080, "wks": 10080, "week": 10080, "weeks": 10080, "tydzień": 10080, "tygodnie": 10080,
    "tygodni": 10080, "minggu": 10080, "tuần": 10080, "hete": 10080,
}  # fmt: skip
#: Chinese, Japanese and Korean ages, the unit glued to its number: "5分钟前", "2小時前",
#: "3時間前", "5분 전", "2시간 전" -> minutes per unit.
CJK_UNIT_MINUTES: dict[str, int] = {
    "秒": 0, "초": 0, "秒钟": 0, "秒鐘": 0,
    "分": 1, "分钟": 1, "分鐘": 1, "분": 1,
    "小时": 60, "小時": 60, "時間": 60, "时间": 60, "시간": 60,
    "天": 1440, "日": 1440, "일": 1440,
}  # fmt: skip
#: Words for the morning and afternoon that stand before a Chinese, Japanese or Korean clock
#: ("下午2:32", "午後2時32分", "오후 2:32") -> the half of the day, as "am"/"pm" would say it.
HALF_DAY_WORDS: dict[str, str] = {"上午": "a", "下午": "p", "午前": "a", "午後": "p", "오전": "a", "오후": "p"}
#: Words that date a clock by the day the page was seen: "Heute, 09:12 Uhr", "Yesterday at
#: 10:15pm", "Hier à 22h15", Swedish "idag 11:19", Polish "wczoraj 22:15" -> days before that day.
DAY_WORDS: dict[str, int] = {
    "today": 0, "heute": 0, "aujourd'hui": 0, "aujourd’hui": 0, "hoy": 0, "oggi": 0, "vandaag": 0, "hoje": 0,
    "idag": 0, "i dag": 0, "dzisiaj": 0, "dziś": 0, "dnes": 0, "bugün": 0, "tänään": 0, "сегодня": 0, "сьогодні": 0,
    "azi": 0, "astăzi": 0,
    "yesterday": 1, "gestern": 1, "hier": 1, "ayer": 1, "ieri": 1, "gisteren": 1, "ontem": 1,
    "igår": 1, "i går": 1, "wczoraj": 1, "včera": 1, "dün": 1, "eilen": 1, "вчера": 1, "вчора": 1,
}  # fmt: skip
#: Words that are an amount and a unit at once: Arabic duals and singulars ("منذ ساعتين", two
#: hours ago; "منذ ساعة", an hour ago), Russian "час назад" (an hour ago) -> minutes.
WORD_AGES: dict[str, int] = {
    "ساعتين": 120, "دقيقتين": 2, "يومين": 2880, "ساعة": 60, "دقيقة": 1, "يوم": 1440,
    "час": 60, "минуту": 1,
}  # fmt: skip
#: Words standing for the number one in relative ages ("an hour ago", "vor einer Stunde").
ONE_WORDS = {"a": 1, "an": 1, "one": 1, "einer": 1, "einem": 1, "ein": 1, "une": 1, "un": 1, "una": 1, "uno": 1,
             "een": 1, "um": 1, "uma": 1, "en": 1, "ett": 1, "et": 1, "bir": 1, "μία": 1, "μια": 1, "ένα": 1,
             "o": 1}  # Romanian "acum o oră" (an hour ago)

#: Prefixes printed before a stamp -> whether a line with it can start a post ("Updated at
#: 12.08 BST" inside a post, or a page's "Last updated" line, never starts one), and which
#: of the page's own times a dateline with it gives: "published", "updated", or "" for a
#: word that says neither ("Posted at", which posts print, "kl.").
PREFIXES: tuple[tuple[str, bool, str], ...] = (
    (r"posted\s+at", True, ""),
    (r"posted", True, ""),
    (r"published\s+(?:at|on)", True, "published"),  # "Published On 12 Mar 2026" (Al Jazeera's screen-reader date)
    (r"published", True, "published"),
    (r"veröffentlicht", True, "published"),
    (r"opublikowano", True, "published"),
    (r"publié\s+(?:le|à)", True, "published"),
    (r"publié", True, "published"),  # "Publié aujourd'hui à 13h59"
    (r"publicado", True, "published"),
    (r"publicerad", True, "published"),  # Swedish
    (r"publisert", True, "published"),  # Norwegian
    (r"publiceret", True, "published"),  # Danish
    (r"опубликовано", True, "published"),  # Russian
    (r"опубліковано", True, "published"),  # Ukrainian
    (r"publikováno", True, "published"),  # Czech
    (r"publicat", True, "published"),  # Romanian
    (r"yayınlanma(?:\s+tarihi)?", True, "published"),  # Turkish
    (r"yayın(?:\s+tarihi)?", True, "published"),  # Turkish "Yayın: 21 Eylül 2025, 16:25 (TSİ)" (publication)
    (r"פורסם", True, "published"),  # Hebrew
    (r"first\s+published(?:\s+at|\s+on)?", True, "published"),
    (r"submitted\s+on", True, "published"),  # Drupal's dateline: "Submitted on Mon, 2019-01-21 13:49"
    (r"written(?:\s+at|\s+on)?", True, "published"),  # "Written: 2023-11-07 15:03:30" (KBS World's datelines)
    # Korean "입력 2026.03.12 14:32" (entered: published), "기사입력"; Chinese "发布时间：", Japanese "公開"
    (r"기사입력", True, "published"),
    (r"입력", True, "published"),
    (r"发布时间", True, "published"),
    (r"發布時間", True, "published"),
    (r"发布", True, "published"),
    (r"發布", True, "published"),
    (r"公開日時", True, "published"),
    (r"公開", True, "published"),
    # German tickers (Ippen's): "Update vom 12. März, 14.32 Uhr: ...", and their first post,
    # "Erstmeldung vom 12. März, 6.00 Uhr: ..." (one row: the posts' stamps have one shape)
    (r"(?:update|erstmeldung)\s+vom", True, ""),
    # "Update 14.32 Uhr: ...", "Update: 12. März, 14.32 Uhr"; numbered with a Roman numeral, as US
    # blogs number a story's updates ("UPDATE II (2:20pm).")
    (r"update(?:\s+[ivx]{1,4}(?![a-z]))?", True, ""),
    (r"last\s+updated(?:\s+at|\s+on)?", False, "updated"),
    (r"latest\s+update", False, "updated"),  # France 24: "Latest update : 2015-05-12"
    (r"updated(?:\s+at|\s+on)?", False, "updated"),
    (r"aktualisiert(?:\s+am)?", False, "updated"),
    (r"aktualizacja", False, "updated"),
    (r"zaktualizowano", False, "updated"),
    (r"stand", False, "updated"),
    (r"mis\s+à\s+jour(?:\s+le)?", False, "updated"),
    (r"actualizado", False, "updated"),
    (r"آخر\s+تحديث", False, "updated"),  # Arabic "last updated"
    (r"atualizado", False, "updated"),  # Portuguese
    (r"aggiornato(?:\s+alle|\s+il)?", False, "updated"),
    (r"bijgewerkt(?:\s+om)?", False, "updated"),
    (r"uppdaterad", False, "updated"),  # Swedish
    (r"oppdatert", False, "updated"),  # Norwegian
    (r"opdateret", False, "updated"),  # Danish
    (r"обновлено", False, "updated"),  # Russian
    (r"оновлено", False, "updated"),  # Ukrainian
    (r"aktualizováno", False, "updated"),  # Czech
    (r"actualizat", False, "updated"),  # Romanian
    (r"son\s+güncelleme(?:\s+tarihi)?", False, "updated"),  # Turkish
    (r"güncelle(?:me|nme)(?:\s+tarihi)?", False, "updated"),
    (r"עודכן(?:\s+לאחרונה)?", False, "updated"),  # Hebrew "(last) updated"
    # Korean "수정 2026.03.12 15:10" (edited), "최종수정"; Chinese "更新时间：", Japanese "更新日時"
    (r"최종수정", False, "updated"),
    (r"수정", False, "updated"),
    (r"更新时间", False, "updated"),
    (r"更新時間", False, "updated"),
    (r"更新日時", False, "updated"),
    (r"更新", False, "updated"),
    (r"date\s+created", True, "published"),  # France 24: "Date created : 2015-05-12"
    (r"date", False, ""),  # a capture header such as " date 2026-01-06"
    (r"ore", True, ""),  # Italian: "ore 14:32"
    # Greek: "Ώρα 13:32 - ..." (hour), also typed with an apostrophe for the capital's accent, "'Ωρα 13:28"
    (r"['’]?[ωώ]ρα", True, ""),
    (r"um", True, ""),  # German: "um 14.32 Uhr"
    (r"à", True, ""),  # French: "À 14h32"
    (r"kl\.?", True, ""),  # Swedish, Danish, Norwegian: "kl. 14.32"
    (r"klo", True, ""),  # Finnish: "klo 14.32"
    (r"godz\.?", True, ""),  # Polish: "godz. 14:32"
)

#: Words printed after a stamp that say which of the page's times it is, as PREFIXES' rows
#: say it before one: Japanese and Chinese "2026年8月28日 16時05分 更新" (updated), "公開"
#: and "配信" (published), "发布"/"發布"; Korean "2026.03.12 14:32 입력" (entered) and "수정"
#: (edited). A stamp followed by one and nothing else is the page's time (an update word's
#: never starts a post, as "Updated at" does not).
SUFFIXES: tuple[tuple[str, bool, str], ...] = (
    ("公開", True, "published"),
    ("发布", True, "published"),
    ("更新", False, "updated"),
    ("發布", True, "published"),
    ("配信", True, "published"),
    ("수정", False, "updated"),
    ("입력", True, "published"),
)
#: The word "update" between a post's clock and its text ("10:40 a.m. update: Anyone seeing snow?", as US
#: local blogs stamp a story's updates), before a colon or a dash: no part of the text. In lower case
#: only: "14.05 Update: total of 7 ..." opens the text with a label of the writer's own.
UPDATE_AFTER_CLOCK = patterns.compile(r" ?update(?= ?[:\-–—])")
_UPDATE_AFTER_STARTS = frozenset({" u", "up"})
#: SUFFIXES' rows by their word.
_SUFFIX_ROWS = {word: row for row, (word, _, _) in enumerate(SUFFIXES)}
#: A trailing page-time word is at most this long (the rest of a line is looked up only then).
_MAX_SUFFIX = max(len(word) for word, _, _ in SUFFIXES) + 2

#: Labels printed on or beside a stamp ("20:42KEY EVENT", a "Breaking" badge) -> kind.
LABELS: dict[str, str] = {
    "key event": "key-event",
    "key events": "key-event",
    "key post": "key-event",  # ABC Australia's live pages ("• Key Post" above the post's headline)
    "key update": "key-event",
    "major development": "key-event",  # NPR's live blogs
    "l'essentiel": "key-event",  # French live pages' flag on a post that sums up ("L'essentiel")
    "l’essentiel": "key-event",
    "breaking": "breaking",
    "breaking news": "breaking",
    "ब्रेकिंग न्यूज़": "breaking",  # Hindi (the BBC's Hindi service glues it to the post's headline)
    "速報": "breaking",  # Japanese
    "속보": "breaking",  # Korean
    "eilmeldung": "breaking",
    "summary": "summary",
    "analysis": "analysis",
    "comment": "comment",
    "opinion": "comment",
    "watch": "video",
    "video": "video",
    "in pictures": "gallery",
    "pictured": "gallery",
    "gallery": "gallery",
    "live": "post",
    "update": "post",
    "new": "post",
    "result": "post",  # a post announcing a result ("• Result" above it: the contract has no kind for it)
}

#: Labels that mark a post pinned to the top of the page, out of time order (Norwegian "Festet
#: innlegg", Swedish "Fastnålat inlägg"). Alone on a line, or glued before the pinned post's
#: stamp ("Festet innlegg22. februar 2020 10:42Name", as a copy runs the label into it).
PINNED_LABELS = frozenset({"angepinnt", "épinglé", "fastnålat inlägg", "festet innlegg", "fijado", "in evidenza",
                           "pinned", "pinned post"})
#: The first letters of those labels, in both cases: only lines opening with one are tried.
_PIN_INITIALS = frozenset(label[0] for label in PINNED_LABELS) | frozenset(label[0].upper() for label in PINNED_LABELS)
#: The longest label.
_MAX_PIN_LABEL = max(len(label) for label in PINNED_LABELS)
#: What a line holding a pin label before a stamp opens with: a label's first letter, or a list's mark.
_PIN_LEADS = _PIN_INITIALS | frozenset(_GLUED_MARGIN)

# ---------------------------------------------------------------------------
# Patterns, built from the vocabulary. Each is anchored where it is used (re.match).


#: Words for "minute" printed after a match minute's ordinal ("23."): Turkish "23. dakikada" (in
#: the 23rd minute) and "1. dakika:", Polish "60. min -" and "6. minuta", Hungarian "8. perc:",
#: German "18. Minute – ...".
MINUTE_WORDS = ("Minute", "dakika", "dakikada", "min", "minuta", "perc")
#: Of those, the ones that open the sentence of the line ("23. dakikada Demir'in şutu auta gitti",
#: in the 23rd minute, Demir's shot went out): the commentary is the whole line.
SENTENCE_MINUTE_WORDS = ("dakikada",)
#: Labels printed before a match minute: Catalan "Min 90 - ...", Honduran Spanish "MIN 23: ...".
MINUTE_LABELS = ("min", "minut", "minuto")


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    """Longest first (so "CEST" is tried before "CET"), then alphabetical: the same text in
    every run, whatever the order of `words`."""
    return "|".join(re.escape(word) for word in sorted(set(words), key=lambda word: (-len(word), word)))


# Month, weekday and unit names are matched as plain words and looked up in the tables
# above: one small pattern instead of alternations of a hundred names, which cost more
# to compile (at every start) than to run.
_MONTH = r"[^\W\d_]{3,12}\.?"
_WEEKDAY = r"(?P<weekday>[^\W\d_]{2,12})\.?"
#: What may follow a year: no digit, except a clock that a copy glued to it
#: ("06.11.202311:54", from a date and a time in elements side by side), or an age glued the same
#: way ("12 Mar 20267 minutes ago": a screen reader's date, then the age the page shows).
_YEAR_END = r"(?:(?!\d)|(?=(?:[01]?\d|2[0-3])[:.h][0-5]\d)|(?=\d{1,3} ?[^\W\d_]{1,9} ago\b))"
_AMOUNT = r"(?:\d{1,3}\s?|[^\W\d_]{1,5}\s)"  # a space always ends a worded amount: no two ways to split
_UNIT = r"[^\W\d_]{1,9}"

PATTERNS: dict[str, re.Pattern[str]] = {
    # A 24-hour or 12-hour clock: 14:32, 14.32, 2.54pm, 2:32 p.m., 9am, 14h32, 14 h 32, 14.32 Uhr, 14:32 h,
    # "6:03 pm" glued to a word a copy ran into it ("6:03 pmNovember 8": a capital and a small letter,
    # an apostrophe or a space: "4:57:09 PMI've been told", "PMI think");
    # Chinese, Japanese and Korean 14時32分, 14时32分, 14시 32분 (an hour word that is not "hours": 時間),
    # and the half hour: 4時半, 4시 반 (4:30).
    "clock": patterns.compile(
        r"(?P<hour>[01]?\d|2[0-3])(?:[:.]|\s?h\s?(?=\d\d))(?P<minute>[0-5]\d)(?:[:.](?P<second>[0-5]\d)(?!\d))?"
        r"(?:\s?(?P<ampm>[ap])\.?\s?m(?:\b|(?=(?-i:[A-Z][a-z'’ ])))\.?)?(?:\s?(?:uhr|uur|horas|hrs|hs|h)\b|u\b)?"
        r"|(?P<hour12>1[0-2]|0?[1-9])\s?(?P<ampm12>[ap])\.?\s?m(?:\b|(?=(?-i:[A-Z][a-z'’ ])))\.?"
        r"|(?P<hourk>[01]?\d|2[0-3])\s?[時时시](?![間间간])\s?(?:(?P<minutek>[0-5]?\d)\s?[分분]|(?P<halfk>[半반]))?"
        # the hour alone: German tickers' "2 Uhr: text", Portuguese and French "21h - text" (before a
        # dash or colon only: "2h" alone is an age on some pages)
        r"|(?P<houru>[01]?\d|2[0-3])(?:\s?uhr\b|h(?= ?[-–—:]))",
        re.I,
    ),
    # A half-day word before a Chinese, Japanese or Korean clock: 下午, 午後, 오후.
    "half-day": patterns.compile(rf"({_alternation(list(HALF_DAY_WORDS))})\s?"),
    # A Chinese, Japanese or Korean age: 5分钟前, 2小時前, 3時間前, 5분 전.
    "relative-cjk": patterns.compile(
        rf"(?P<amount>\d{{1,3}})\s?(?P<unit>{_alternation(list(CJK_UNIT_MINUTES))})\s?(?:前|전)"),
    # A zone printed after the clock: BST, (IST), ET, UTC+1, GMT-5; also glued to a name
    # that follows it ("14:32 CETAntonio Pita": the capital and small letter start a word).
    "zone": patterns.compile(
        rf" {{0,3}}\(?(?P<zone>(?:UTC|GMT)\s?[+-]\s?\d{{1,2}}(?::?\d\d)?"
        rf"|{_alternation([*ABBREVIATIONS, *SPELT_ZONES])})"
        r"(?:\b|(?=[A-Z][a-z]))\)?"
    ),
    # A date with the day first: 21 March 2025, Friday 21 March 2025, 6 OCT 2020, 27. August 2024,
    # 28 września 2020 r. (Polish writes "r.", for year, after the year), 7 de mayo del 2022 (Latin
    # American Spanish joins the year with "del"); Arabic pages may print a month's two names,
    # the Levantine one before a slash ("الأربعاء، 28 آب/اغسطس 2013": both must name one month).
    "date-dmy": patterns.compile(
        rf"(?:{_WEEKDAY}[,،]?\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th|\.)?\s+(?:de\s+)?(?:(?P<othermonth>[^\W\d_]{{2,12}})/)?(?P<month>{_MONTH})"
        rf"(?:,?\s+(?:del?\s+)?(?P<year>(?:19|20)\d\d){_YEAR_END}(?:\s?r\.)?)?",
        re.I,
    ),
    # A date whose pieces are glued together, as a copy prints separate elements that the page
    # set on lines of their own: "November02202321:06 (IST)" (month, two-digit day, year).
    "date-glued": patterns.compile(rf"(?P<month>{_MONTH})(?P<day>[0-3]\d)(?P<year>(?:19|20)\d\d)", re.I),
    # A date with the month first: December 21, 2022, Feb 28, 2013, Tue Aug 19.
    "date-mdy": patterns.compile(
        rf"(?:{_WEEKDAY}[,،]?\s+)?(?P<month>{_MONTH})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
        rf"(?:,?\s+(?P<year>(?:19|20)\d\d){_YEAR_END})?",
        re.I,
    ),
    # A weekday before a day and a month in numbers, as Swiss and German tickers head their
    # days: "Donnerstag, 18. 7.", "Mittwoch, 17.7.2024". The weekday is required: "18. 7." alone
    # may be anything.
    "date-weekday-dotted": patterns.compile(
        rf"{_WEEKDAY}[,،]?\s+(?P<day>[0-3]?\d)\.\s?(?P<monthnum>[01]?\d)\.(?:\s?(?P<year>(?:19|20)\d\d){_YEAR_END})?"),
    # A weekday before an ISO date, as Drupal pages print their dateline: "Mon, 2019-01-21 13:49".
    "date-weekday-iso": patterns.compile(
        rf"{_WEEKDAY}[,،]?\s+(?P<year>(?:19|20)\d\d)-(?P<monthnum>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
    # Numeric dates: 27.08.2024 (day first, as in German), 28. 10. 2025 (a space after each dot, as
    # Slovenian, Czech, Slovak and Croatian pages write them), 06.01.2026. (Croatian and Serbian end
    # the year with a dot too) and ISO 2026-01-06.
    "date-dotted": patterns.compile(
        rf"(?P<day>[0-3]?\d)\. ?(?P<monthnum>[01]?\d)\. ?(?P<year>(?:19|20)\d\d){_YEAR_END}(?:\.(?!\d))?"),
    # Slashed dates: 02/11/2023, day first as most of the world writes it; month first
    # (11/13/2023, as in the US) only where the day-first reading is impossible.
    "date-slashed": patterns.compile(rf"(?P<day>[0-3]?\d)/(?P<monthnum>[01]?\d)/(?P<year>(?:19|20)\d\d){_YEAR_END}"),
    # Dashed dates, day first: 28-10-2025 (Argentine and Dutch pages print a post's date so; year
    # first, 2025-10-28, is ISO's).
    "date-dashed": patterns.compile(rf"(?P<day>[0-3]?\d)-(?P<monthnum>[01]?\d)-(?P<year>(?:19|20)\d\d){_YEAR_END}"),
    # A day and month with no year, day first, only right before a clock: "09/03 – 23h30 – text"
    # (Brazilian live pages); the year comes from the page or the options.
    "date-slashed-short": patterns.compile(
        r"(?P<day>[0-3]?\d)/(?P<monthnum>[01]?\d)(?=\s?[-–—,]?\s?[0-2]?\d[:.h][0-5]\d)"),
    # The same with dots, as German pages and the dpa live-blog theme print a post's day:
    # "21.03. 22:40 Uhr", "21.03., 22:40 Uhr", "21.03, 22:40" (else "21.03" is a clock).
    "date-dotted-short": patterns.compile(
        r"(?P<day>[0-3]?\d)\.(?P<monthnum>[01]?\d)\.?(?=,?\s[0-2]?\d[:.][0-5]\d)"),
    "date-slashed-mdy": patterns.compile(
        rf"(?P<monthnum>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d){_YEAR_END}"),
    "date-iso": patterns.compile(r"(?P<year>(?:19|20)\d\d)-(?P<monthnum>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
    # Year-first dates: 2026/03/12, 2026.03.12, Korean 2026. 3. 12., Chinese and Japanese 2026年3月12日,
    # Korean 2026년 3월 12일; and a month and day alone: 3月12日, 3월 12일.
    "date-ymd": patterns.compile(
        r"(?P<year>(?:19|20)\d\d)\s?[./年년]\s?(?P<monthnum>[01]?\d)\s?[./月월]\s?(?P<day>[0-3]?\d)(?:\s?[日일.])?(?!\d)"),
    # A day, a month's short name and a year joined by dots, as Brazilian pages write them: 12.mar.2026;
    # or by hyphens, as South African and Pakistani pages print a dateline: 11-May-2019
    "date-dotted-worded": patterns.compile(
        rf"(?P<day>[0-3]?\d)[.-](?P<month>[^\W\d_]{{3,5}})[.-](?P<year>(?:19|20)\d\d){_YEAR_END}", re.I),
    # Hungarian: the year first, then the month's name and the day: 2026. március 12.
    "date-ymd-worded": patterns.compile(
        rf"(?P<year>(?:19|20)\d\d)\.\s?(?P<month>{_MONTH})\s(?P<day>[0-3]?\d)\.?(?!\d)", re.I),
    "date-md-cjk": patterns.compile(r"(?P<monthnum>[01]?\d)\s?[月월]\s?(?P<day>[0-3]?\d)\s?[日일]"),
    # A relative age: 2h ago, 1 hr 14 min ago, an hour ago, just now, vor 5 Minuten, il y a 2 heures,
    # 5 minut temu, przed chwilą, 5 минут назад, 2 години тому, před 5 minutami, acum 5 minute.
    "relative": patterns.compile(
        rf"(?:{_AMOUNT}{_UNIT}\b\.?\s*){{1,3}}"
        # "22 mins agoMarch 12, 2026": an age and its date in two spans a copy glued (a capital and a small letter)
        r"(?:ago(?=(?-i:[A-Z][a-z]))|(?:ago|fa|geleden|önce|sitten|temu|назад|тому|yang\s+lalu|lalu|trước|πριν)"
        r"(?![^\W\d_]))"
        rf"|(?:för|for)\s+(?:{_AMOUNT}{_UNIT}\b\.?\s*){{1,3}}(?:sedan|siden)(?![a-z])"
        rf"|(?:vor|il\s+y\s+a|hace|há|před|pred|acum|πριν\s+από|πριν|منذ)\s+(?:{_AMOUNT}{_UNIT}\b\.?\s*){{1,2}}"
        # Hungarian glues "ago" to the unit: 5 perce, 2 órája, 3 napja
        r"|\d{1,3}\s?(?:másodperce|perce|órája|napja|hete)(?![^\W\d_])"
        # a word that is an amount and a unit at once (WORD_AGES): منذ ساعتين, час назад
        r"|منذ\s+[^\W\d_]{3,8}(?![^\W\d_])|[^\W\d_]{3,8}\s+назад(?![^\W\d_])"
        r"|just\s+now\b|gerade\s+eben\b|à\s+l'instant\b|przed\s+chwilą\b",
        re.I,
    ),
    "prefix": patterns.compile(
        rf"(?:{'|'.join(f'(?P<p{i}>{text})' for i, (text, _, _) in enumerate(PREFIXES))})(?![a-z])\s*[:：]?\s*", re.I
    ),
    # Words that join a date and a clock: "Feb 28, 2013 at 3:34 PM", "27.08.2024, 12:32 Uhr",
    # Nordic "11 mars 2026 kl 11:19", Finnish "6.11.2023 klo 14.32", Polish "godz. 14:32", Russian
    # "сегодня в 14:32", Ukrainian "сьогодні о 14:32", Czech "dnes v 14:32", Romanian "azi la 14:32".
    "joiner": patterns.compile(
        r"\s*(?:,|،|-|–|\||·|•|/)?\s*(?:at|um|às|à|a\s+las|alle(?:\s+ore)?|om|klo|kl\b\.?|godz\.?|(?:в|о|v|la)(?=\s))?\s*",
        re.I),
    # A day word: "today", "gestern", "aujourd'hui"; Norwegian and Danish write theirs as two
    # words, "i dag" (today), "i går" (yesterday).
    "day-word": patterns.compile(r"(?:[Ii] (?=dag\b|går\b))?[^\W\d_]+(?:['’][^\W\d_]+)?"),
    "separator": patterns.compile(r"\s*(?:,|،|-|–|—|\||·|•)?\s*"),
    # A match minute of sports commentary: 95', 45+2', 90 + 4′, "45+4. dakikada" (no wall-clock time).
    # (the mark may stand after the minute too: "90' + 4'", as some commentaries print added time)
    "match-minute": patterns.compile(
        rf"(?P<minute>1[0-2]\d|\d{{1,2}})(?:['’′]?\s?\+\s?(?P<added>\d{{1,2}}))?"
        rf"(?:\s?['’′](?![a-z])|\.\s?(?:{_alternation(MINUTE_WORDS)})\.?(?![^\W\d_]))"),
    # A match minute after its label: "Min 90 - ...", "MIN 45+2: ..." (not a clock: "Min 12:30").
    "match-minute-label": patterns.compile(
        rf"(?P<label>{_alternation(MINUTE_LABELS)})\.?\s?(?P<minute>1[0-2]\d|\d{{1,2}})"
        r"(?:\s?\+\s?(?P<added>\d{1,2}))?(?!\d|[:.,]\d)", re.I),
    # Pieces of a date standing on lines of their own, above a clock ("November" / "02" / "2023").
    "date-piece": patterns.compile(rf"(?:(?P<month>{_MONTH})|(?P<year>(?:19|20)\d\d)|(?P<day>[0-3]?\d))"),
}

_DATES = ("date-dmy", "date-mdy", "date-glued", "date-weekday-dotted", "date-weekday-iso", "date-dotted",
          "date-slashed", "date-dashed", "date-slashed-mdy", "date-slashed-short", "date-dotted-short", "date-iso",
          "date-ymd", "date-ymd-worded", "date-md-cjk", "date-dotted-worded")
_FIRST_DIGIT = patterns.compile(r"\d")
#: A byline's word before the author's name on a dateline ("by Logan C. Ritchie November 8, 2023 | 6:03 pm").
BYLINE_WORD = "by "
_HALF_DAY_FIRST = frozenset(word[0] for word in HALF_DAY_WORDS)
_WORD = patterns.compile(r"[^\W\d_]+")
_WEEKDAY_NAMES = frozenset(WEEKDAYS)
_DATE_WORDS = frozenset(MONTHS) | _WEEKDAY_NAMES
#: Cheap tests before the costly patterns: a relative age needs one of these words, a
#: zone starts with a capital letter or a bracket.
RELATIVE_WORDS = ("ago", " fa", "geleden", "vor ", "il y a", "hace", "há ", "just now", "gerade", "instant",
                  "sedan", "siden", "sitten", "temu", "önce", "przed chwil", "назад", "тому", "před ", "pred ",
                  "acum ", "lalu", "trước", "πριν", "منذ", "perce", "órája", "napja", "hete", "másodperce")
#: Words before a relative age that say it is rounded, as the libraries that print ages
#: write them ("about 1 hour ago", "less than a minute ago", "almost 2 years ago").
AGE_HEDGES = ("about ", "almost ", "less than ", "nearly ", "over ")
#: Any of those words, looked for in one search.
_RELATIVE_HINT = patterns.compile("|".join(re.escape(word) for word in RELATIVE_WORDS))
#: What a numeric date needs at its start: a day and a space, an ordinal suffix, a dot, a
#: slash or a hyphen before a letter ("21 March", "1st", "27.08.", "02/11/", "11-May"), a month's
#: number between hyphens ("28-10-"), or a year and a dash ("2026-"). A line without it is not tried
#: against the numeric date patterns one by one.
_NUMERIC_DATE_HINT = patterns.compile(r"\d{1,2}(?:[\s./snrt月월]|-[^\W\d_]|-[01]?\d-|\d\d-|\d\d\s?[./年년])", re.I)
#: The date patterns that can match at a letter (a weekday or a month comes first), and at a digit.
_WORDED_DATES: tuple[str, ...] = ("date-dmy", "date-mdy", "date-glued", "date-weekday-dotted", "date-weekday-iso")
_NUMERIC_DATES = tuple(name for name in _DATES if name == "date-dmy" or name not in _WORDED_DATES)
#: The numeric dates that open with a year (four digits), and the others: a date is tried
#: only against the patterns that can match its start.
_YEAR_FIRST_DATES = ("date-iso", "date-ymd", "date-ymd-worded")
_DAY_FIRST_DATES = tuple(name for name in _NUMERIC_DATES if name not in _YEAR_FIRST_DATES)
#: What ends a Chinese, Japanese or Korean age ("5分前", "5분 전"), looked for near its start.
_CJK_AGO_HINT = patterns.compile("[前전]")
#: The number of an ordered list's item, as some copies keep it ("1. Posted at 15:05" when
#: the posts are an <ol>, " 1. Top US..." in a key-points box).
LIST_NUMBER = patterns.compile(r"\d{1,3}[.)] +")
#: A place and a dash before a dateline ("Madrid - 12 mar 2026 - 09:00 CET", "KYIV – 12 March 2026"):
#: one or two words; or places and a comma ("Novo mesto/Ljubljana, 28. 10. 2025 11.52", two places
#: apart by a slash, as Slovenian pages head a story written in two). A word may join parts with
#: hyphens ("Aix-en-Provence") and end in an abbreviation's dot ("St. Louis", "Kgs. Lyngby"); the
#: second may be a letter and its dot, a district's ("Viby J., 08/02/2026 - 11:49", as a Danish
#: wire's feed heads each story).
_PLACE_WORD = r"[^\W\d_]{2,20}(?:-[^\W\d_]{1,20}){0,3}\.?"
_PLACE_WORDS = rf"{_PLACE_WORD}(?: (?:{_PLACE_WORD}|[^\W\d_]\.))?"
PLACE_DASH = patterns.compile(rf"{_PLACE_WORDS}(?: [-–—|] |(?:/{_PLACE_WORDS})?, )")
#: A wire story's dateline, the place and the agency in brackets before a dash ("TAMPA, Florida, (AP) -
#: 12:30 p.m.", "WASHINGTON (Reuters) — 9 a.m."), as a site that runs a wire's rolling story ("The Latest")
#: prints its first post: the dateline glued to the first post's clock. The place in capitals (perhaps a
#: state or country after a comma), the agency a word with a capital.
WIRE_DATELINE = patterns.compile(r"[A-Z][A-Z.'’ -]{1,30}(?:,[^()\n]{1,30})? \([A-Z][A-Za-z]{1,9}\) ?[-–—] ?")
_ZONE_HINT = patterns.compile(r" {0,3}[A-Z(]")
#: A place's clock named in words after the clock, closing the stamp (its line ends, or a colon, a dash or
#: a bracket follows): "21:23 heure de Beyrouth", "10:30 hora peninsular", "18.00 ora italiana", "14:32
#: Uhr Ortszeit", "9:05 local time". A place is one or two words in capitals ("heure de Tel Aviv"), an
#: adjective one of PLACE_ZONES ("hora de la verdad" is a headline's words). Its zone: PLACE_ZONES.
PLACE_CLOCK = patterns.compile(
    r" \(?(?:(?:heure|hora|ora|horário) (?:(?:de|di|da|du|del) )?(?P<place>(?-i:[A-ZÀ-Þ])[^\W\d_]{1,20}"
    r"(?: (?-i:[A-ZÀ-Þ])[^\W\d_]{1,20})?"
    rf"|{_alternation([place for place in PLACE_ZONES if not place[:1].isupper()])})"
    r"|heure locale|hora local|local time|ora locale|ortszeit)\)?(?=\s*(?:$|[:()\-–—,]))", re.I)
#: The letters such a name of a clock opens with (after its space and bracket).
_PLACE_CLOCK_FIRST = frozenset("hHoOlL(")
#: Japanese timelines' day of the month glued before the clock ("24日15:25", the 24th at 15:25, as
#: Asahi's live timelines print each post's time): read past, its month is the page's (the day is
#: not kept: a day without its month dates nothing; the clocks roll over midnight as any page's do).
CJK_DAY = patterns.compile(r"[0-3]?\d日\s?(?=(?:[01]?\d|2[0-3])[:：時])")
#: Words after a Japanese clock saying it is about, just past or just before that time ("15:00ごろ",
#: "11:00すぎ", "午前2時前": an hour's "前" is no age, "2時間前" is), and
#: the place's own clock in brackets after it ("15:00ごろ(現地08:00ごろ)", local time): read past.
_CJK_ABOUT_WORDS = "ごろ|頃|すぎ|過ぎ|前"
_CJK_LOCAL = rf"[(（]現地(?:時間)?\s?(?:[01]?\d|2[0-3])[:：][0-5]\d(?:{_CJK_ABOUT_WORDS})?[)）]"
CJK_ABOUT = patterns.compile(rf"(?:{_CJK_ABOUT_WORDS})(?:\s?{_CJK_LOCAL})?|{_CJK_LOCAL}")
#: The characters such words or brackets open with.
_CJK_ABOUT_FIRST = frozenset("ご頃す過前(（")
#: What may stand before an author's name that opens a stamp line: a list's mark, or the
#: dot a text browser prints for an avatar ("● Maria Garcia March 11, 20262:43 am").
_LIST_MARGIN = " " + BULLETS
_TOKEN = patterns.compile(r"\d+|[^\W\d_]+")
_RELATIVE_WORDS = patterns.compile(
    r"^(?:för|for|vor|il y a|hace|há|před|pred|acum|πριν από|منذ)\b"
    r"|\b(?:ago|fa|geleden|önce|sedan|siden|sitten|temu|назад|тому|yang|lalu|trước|πριν)\b")
# Leading spaces only where a run of them begins: a search restarting at every space of a
# run, each time scanning to its end, was quadratic on a long one.
# "and" in English, German, French, Spanish, Italian; Czech and Slovak "a", Polish "i", Romanian
# "și", Russian "и", Ukrainian "і" and "та".
_NAME_SPLIT = patterns.compile(
    r"(?:(?<!\s)\s+)?(?:,|&|\b(?:a|and|e|et|i|und|y|și|и|та|і)\b)\s*")
# A name's word: any capital (checked apart) first, so Łukasz, Šťastný, Ștefan and Иван are names too.
_NAME_TOKEN = patterns.compile(r"(?:[^\W\d_][\w'’.-]*|O['’][A-Z][\w'-]*|Mc[A-Z][\w'-]*)$")
_PARTICLES = {"de", "da", "di", "del", "van", "von", "der", "den", "la", "le", "al", "el", "bin", "du", "dos"}
#: Words that name a live page or its coverage, never a person: a line of capitalised words holding one
#: is a heading ("Election Night Live Blog", "Apple Keynote Live Blog", a "Live Blog" label), not a name.
HEADING_WORDS = frozenset({"blog", "coverage", "live", "live-blog", "liveblog", "livestream", "minute-by-minute",
                           "updates"})
#: Verbs that open a button's or a link's label, never a person's name ("Watch CBS News", "Listen Live",
#: "Follow Us", a menu a copy keeps above the title).
BUTTON_VERBS = frozenset({"download", "follow", "listen", "share", "sign", "subscribe", "watch"})

RestKind = Literal["bare", "author", "label", "headline", "text"]


@dataclass(frozen=True, slots=True, kw_only=True)
class StampLine:
    """A line that begins with a stamp, and what the rest of the line is."""

    stamp: Stamp
    rest: str
    rest_kind: RestKind
    lead: str | None  # an author printed before the date ("Jamie Braidwood14 August 2023 10:01")
    starts_entry: bool
    clock_style: str  # "24:" "24." "12" or "" (no clock)
    prefix: int = -1  # the row of PREFIXES printed before the stamp, -1 for none
    suffix: int = -1  # the row of SUFFIXES printed after it, alone, -1 for none
    pinned: bool = False  # a pin label glued before the stamp ("Festet innlegg22. februar 2020 10:42")
    head: str | None = None  # the post's headline glued before the stamp ("Trains haltpublished at 17:04 GMT")
    barred: bool = False  # the lead stands before a bar ("Tamil Nadu | 10:30 am": a name, or a place's label)
    highlighted: bool = False  # a star before the stamp marks a key post ("★ 16:12 Uhr 21. März 2026")

    @property
    def group(self) -> tuple[object, ...]:
        """What must agree between the stamps of one page's posts."""
        rest = "standalone" if self.rest_kind in ("bare", "author", "label") else self.rest_kind
        return (self.stamp.has_clock, self.clock_style, rest, self.starts_entry, self.lead is not None, self.prefix,
                self.suffix)

    @property
    def page_time(self) -> str:
        """Which of the page's own times the word before the stamp names ("Publicerad",
        "Last updated"), or the word after it ("16時05分 更新"): "published", "updated", or ""
        (no such word)."""
        if self.prefix >= 0 and PREFIXES[self.prefix][2]:
            return PREFIXES[self.prefix][2]
        return SUFFIXES[self.suffix][2] if self.suffix >= 0 else ""


#: A person's name, or a short list of names, is at most this long (title-casing never
#: shortens a text, so an upper-case line over it is not one either).
MAX_NAMES = 120
#: Lines read and names judged are remembered: a page repeats its stamp lines ("10:30 ,
#: Jane Dalton" on every day of a long blog) and its authors' names post after post.
MEMORY = 4096


#: Decimal digits of other scripts that news pages print their clocks and dates in (Arabic-Indic
#: "١٢:٣٠", Persian "۱۲:۳۰", Devanagari "१२:३०", Bengali "১২:৩০") -> the ASCII digits the grammar reads.
NATIVE_DIGITS = str.maketrans({
    chr(zero + value): str(value) for zero in (0x0660, 0x06F0, 0x0966, 0x09E6) for value in range(10)
})
#: One of those digits: a line without one (most lines of a page not in ASCII) is read as it is.
_NATIVE_DIGIT = patterns.compile("[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef]")


def read_stamp(line: str) -> StampLine | None:
    """Read a stamp at the start of `line`; None when the line does not begin with one. Digits
    of other scripts are read as ASCII ones; the stamp's text and the rest keep them as printed."""
    text = line.strip()
    if not text:
        return None
    if not text.isascii() and _NATIVE_DIGIT.search(text) is not None:
        ascii_text = text.translate(NATIVE_DIGITS)
        return _as_printed(_read_ascii(ascii_text), ascii_text, text)
    return _read_ascii(text)


def _as_printed(found: StampLine | None, ascii_text: str, text: str) -> StampLine | None:
    """A stamp read from `ascii_text` (`text` with its digits made ASCII, one character for one),
    with its stamp's text and its rest taken from `text` at the same places."""
    if found is None:
        return None
    at = ascii_text.find(found.stamp.text)
    stamp = found.stamp if at < 0 else replace(found.stamp, text=text[at:at + len(found.stamp.text)])
    rest = found.rest
    if rest and (start := ascii_text.rfind(rest)) >= 0:
        rest = text[start:start + len(rest)]
    return replace(found, stamp=stamp, rest=rest)


def _read_ascii(text: str) -> StampLine | None:
    if len(text) > MAX_STAMP_LINE:
        if not glued_start(text):
            return None
        glued = _read_line(text)
        return glued if glued is not None and glued.rest_kind in ("headline", "text") else None
    return _read_line(text)


@lru_cache(maxsize=MEMORY)
def _read_line(text: str) -> StampLine | None:
    minute = PATTERNS["match-minute"].match(text, _skip(text, 0, _MINUTE_LEADS) if text[:1] in _MINUTE_LEADS else 0)
    labelled = None if minute or text[:1] not in "Mm" else PATTERNS["match-minute-label"].match(text)
    if (minute := minute or labelled) is not None:
        added = int(minute.group("added") or 0)
        stamp = Stamp(text=minute.group(0).strip(), match_minute=int(minute.group("minute")) + added)
        whole = minute.group(0).endswith(SENTENCE_MINUTE_WORDS)
        kind, rest = classify_rest(text if whole else text[minute.end():])
        # the mark is part of the shape: a scoreboard's 96’ is not the commentary's 95'
        style = "minute" + (labelled.group("label").lower() if labelled else minute.group(0).strip()[-1])
        return StampLine(stamp=stamp, rest=rest, rest_kind=kind, lead=None, starts_entry=True, clock_style=style)
    found = _read_at(text, 0)
    if found is not None:
        return found
    number = LIST_NUMBER.match(text)
    if number is not None and (found := _read_at(text, number.end())) is not None:
        return found
    share = SHARE_LEAD.match(text)
    if share is not None and share.end() < len(text) and (found := _read_at(text, share.end())) is not None:
        return found  # "Share 1h ago13.30 GMT": the last post's button run into this post's stamp
    place = PLACE_DASH.match(text) if text[:1].isupper() else None
    if place is not None and (text[place.end() - 2] != "," or not text[place.end():place.end() + 4].isdecimal()) \
            and (found := _read_at(text, place.end())) is not None and found.stamp.has_date:
        # "Madrid - 12 mar 2026 - 09:00 CET": a dateline after the place it was written in ("Ljubljana,
        # 28. 10. 2025 11.52": after a comma, a date of the day first; "Done, 2019-01-21" is no place's)
        return found
    if text[:1].isupper() and text.find(")", 3, 72) > 0 and (found := _after_wire_dateline(text)) is not None:
        return found
    if text[:1] in _PIN_LEADS and (pinned := _after_pin_label(text)) is not None:
        return pinned
    if (headed := _after_headline(text)) is not None:
        return headed
    if (text[-1] in _CLOCK_AFTER_HEAD_ENDS or text.endswith(".m.")) \
            and (headed := _clock_after_headline(text)) is not None:
        return headed
    return _read_after_author(text.lstrip(_LIST_MARGIN))  # "● Maria Garcia March 11, 20262:43 am"


def _after_wire_dateline(text: str) -> StampLine | None:
    """A clock alone after a wire's dateline ("TAMPA, Florida, (AP) - 12:30 p.m."): the first post's
    stamp. Only a clock and nothing after it: "PARIS (AFP) - 12 March 2026" dates a story, "(AP) -
    2 p.m. deadline looms" is its first sentence."""
    dateline = WIRE_DATELINE.match(text)
    if dateline is None or dateline.end() >= len(text):
        return None
    found = _read_at(text, dateline.end())
    if found is None or not found.stamp.has_clock or found.stamp.has_date or found.rest_kind != "bare":
        return None
    return found


#: Stamp prefixes a copy may print glued to the post's headline before them, a screen reader's
#: text run into the heading it sits in: "  1. Trains haltpublished at 17:04 Greenwich Mean Time
#: 7 December" (a numbered list of posts, each heading ending in its time).
GLUED_HEAD_WORDS = ("published at ",)
#: Headings a template prints for a post that has none ("Postpublished at 18:45 ...", the BBC's
#: untitled posts): no headline (the stamp's `head` is empty, and no line below is taken for one).
PLACEHOLDER_HEADS = frozenset({"post"})
#: Any of them, searched for in a line that shows no other sign of a stamp: could it be a
#: headline with its stamp glued after it?
GLUED_HEAD = patterns.compile("|".join(re.escape(word) for word in GLUED_HEAD_WORDS))


def _after_headline(text: str) -> StampLine | None:
    """A stamp glued after the post's headline, with a clock and nothing after it: the
    headline (its list number taken off) is the line's `head`. Glued means no space between:
    "Its report, published at 10:00 GMT" is a sentence."""
    for word in GLUED_HEAD_WORDS:
        at = text.find(word, 1)
        if at < 0 or text[at - 1].isspace():
            continue
        found = _read_at(text, at)
        if found is None or not found.stamp.has_clock or found.rest_kind != "bare":
            continue
        head = text[:at].strip()
        number = LIST_NUMBER.match(head)
        head = head[number.end():] if number is not None and number.end() < len(head) else head
        return replace(found, head="" if head.lower() in PLACEHOLDER_HEADS else head)
    return None


#: How a line may end whose headline has a 12-hour clock glued after it ("Ali Wins Best Supporting
#: Actor6:26 PM:", a heading and its time element run together): the clock's "M", or a colon after
#: it (or ".m.": "p.m.").
_CLOCK_AFTER_HEAD_ENDS = frozenset("Mm:")
#: Marks that may end such a headline, glued to the clock like its last letter.
_HEAD_CLOSINGS = frozenset("?!'’\")”")
#: The headline before such a clock has at least this many words.
MIN_HEAD_WORDS = 2


def _clock_after_headline(text: str) -> StampLine | None:
    """A 12-hour clock glued after the post's headline, nothing after it but a colon: the headline
    is the line's `head`. Glued means a letter or a closing mark right before the clock's digits:
    a sentence that ends on a time ("Doors open at 6:30 PM") leaves a space."""
    end = text.rstrip(":")
    colon = end.rfind(":", 0, len(end) - 3)
    start = colon - 1
    if start > 0 and end[start - 1].isdecimal():
        start -= 1
    if start < 1 or not end[start].isdecimal() or not (end[start - 1].isalpha() or end[start - 1] in _HEAD_CLOSINGS):
        return None
    found = _read_at(end, start)
    if found is None or found.rest_kind != "bare" or found.clock_style != "12" or found.stamp.has_date:
        return None
    head = end[:start].strip()
    return replace(found, head=head) if len(head.split()) >= MIN_HEAD_WORDS else None


#: What ends an ISO 8601 stamp after its clock: a fraction of a second, then "Z" (UTC) or an offset
#: ("2021-12-28T16:27:36.505Z", "2026-03-12T14:32:00+01:00").
ISO_TAIL = patterns.compile(r"(?:\.\d{1,9})?(?:(?P<utc>Z)|(?P<offset>[+-](?:[01]\d|2[0-3]):?[0-5]\d))?")


#: Marks a copy prints before a match minute: a list's bullets ("  • 90' + 4'", the minute an item of its list).
_MINUTE_LEADS = "•·"


def _after_pin_label(text: str) -> StampLine | None:
    """A stamp glued after a pin label ("- Festet innlegg22. februar 2020 10:42Hanne Christiansen",
    perhaps after a list's mark): the pinned post's, with a date and a clock."""
    label = text.lstrip(_GLUED_MARGIN)
    if label[:1] not in _PIN_INITIALS:
        return None
    digit = _FIRST_DIGIT.search(label, 0, _MAX_PIN_LABEL + 2)
    if digit is None or label[:digit.start()].strip().lower() not in PINNED_LABELS:
        return None
    found = _read_at(label, digit.start())
    if found is None or not found.stamp.has_clock or not found.stamp.has_date:
        return None
    return replace(found, pinned=True)


def _read_at(text: str, start: int) -> StampLine | None:
    key = False
    if text[start:start + 1] in HIGHLIGHT_MARKS:
        key = text[start] == KEY_MARK
        start = _skip(text, start, HIGHLIGHT_MARKS + " ")  # "★ 16:12 Uhr": a highlighted post's star
    pos = _skip(text, start, STAMP_LEADS)  # "[14:32]", "• 14:32", "* 14:32", German tickers' "+++ 14:32"
    starts_entry = True
    prefix_row = -1
    prefix = PATTERNS["prefix"].match(text, pos) if text[pos:pos + 1].isalpha() or text[pos:pos + 1] in "'’" \
        else None
    if prefix:
        prefix_row = next(i for i, value in enumerate(prefix.groups()) if value is not None)
        starts_entry = PREFIXES[prefix_row][1]
        pos = prefix.end()
        if text[pos:pos + 1] in _AFTER_PREFIX:
            pos = _skip(text, pos, _AFTER_PREFIX)  # "UPDATE (2:05pm).", "Update, 2:05 p.m.:"
    ago: int | None = None
    lowered = text.lower()
    relative = None
    if _RELATIVE_HINT.search(lowered):
        at = pos
        if lowered.startswith(AGE_HEDGES, pos):  # "about 1 hour ago"
            at += len(next(word for word in AGE_HEDGES if lowered.startswith(word, pos)))
        relative = PATTERNS["relative"].match(text, at)
    if relative and (ago := _minutes_ago(relative.group(0))) is not None:
        pos = _skip(text, relative.end(), "(")
        again = PATTERNS["relative"].match(text, pos)
        if again and _minutes_ago(again.group(0)) == ago:
            pos = _skip(text, again.end(), "(")  # "5m ago5 minutes ago": the age again, spelt out for screen readers
    if ago is None and _CJK_AGO_HINT.search(text, pos, pos + 12) is not None:
        cjk = PATTERNS["relative-cjk"].match(text, pos)
        if cjk is not None:
            ago = int(cjk.group("amount")) * CJK_UNIT_MINUTES[cjk.group("unit")]
            pos = _skip(text, cjk.end(), "(")
    parts: dict[str, int | str | None] = {}
    days_ago: int | None = None
    if ago is None and text[pos:pos + 1].isalpha():
        word = PATTERNS["day-word"].match(text, pos)
        if word is not None and (days_ago := DAY_WORDS.get(word.group(0).lower())) is not None:
            pos = PATTERNS["joiner"].match(text, word.end()).end()  # type: ignore[union-attr]
    date_end = _read_date(text, pos, parts)
    if date_end is not None and days_ago is not None:
        # "Today 23.01.2018", "Yesterday, 22 January": the date the word names, printed (its
        # day and month are no clock, "23.01" then ".2018")
        days_ago = None
    elif days_ago is not None:
        date_end = None
    iso = date_end is not None and text[date_end:date_end + 1] == "T" and text[date_end + 1:date_end + 2].isdecimal()
    if iso:
        pos = date_end + 1  # type: ignore[operator]  # "2021-12-28T16:27:36.505Z": ISO 8601 as a template printed it
    elif date_end is not None:
        pos = PATTERNS["joiner"].match(text, date_end).end()  # type: ignore[union-attr]
        if text[pos:pos + 1].isalpha():
            pos = _weekday_after(text, pos)
        update = PATTERNS["prefix"].match(text, pos) if text[pos:pos + 1].isalpha() else None
        if update is not None:
            # "02 Novembre 2023 Aggiornato alle 16:58": the date, then the page's update time;
            # its own date may come first ("sabado 07 de mayo del 2022Actualizado 07 May 2022 |
            # 13:43 h", two elements a copy glued together), and then dates the clock
            own_date: dict[str, int | str | None] = {}
            own_end = _read_date(text, update.end(), own_date)
            clock_at = update.end()
            if own_end is not None:
                clock_at = PATTERNS["joiner"].match(text, own_end).end()  # type: ignore[union-attr]
            if PATTERNS["clock"].match(text, clock_at):
                prefix_row = next(i for i, value in enumerate(update.groups()) if value is not None)
                starts_entry = starts_entry and PREFIXES[prefix_row][1]
                parts.update(own_date)
                pos = clock_at
    if date_end is None and "日" in text[pos + 1:pos + 3] and (day := CJK_DAY.match(text, pos)) is not None:
        pos = day.end()  # "24日15:25": the day of the month before the clock
    half = PATTERNS["half-day"].match(text, pos) if text[pos:pos + 1] in _HALF_DAY_FIRST else None
    clock = PATTERNS["clock"].match(text, half.end() if half else pos)
    if clock is None and date_end is not None and ago is None and text[pos:pos + 1].isdecimal() \
            and _RELATIVE_HINT.search(lowered, pos) \
            and (relative := PATTERNS["relative"].match(text, pos)) is not None \
            and (ago := _minutes_ago(relative.group(0))) is not None:
        pos = relative.end()  # "12 Mar 2026 7 minutes ago": the date, then its age (as "5 mins ago March 14, 2026")
    style = ""
    if clock:
        _read_clock(clock, parts)
        if half is not None:
            _half_day(HALF_DAY_WORDS[half.group(1)], parts)
        style = "12" if parts.get("ampm") else ("24." if "." in clock.group(0)[:3] else "24:")
        pos = clock.end()
        if text[pos:pos + 1].isdecimal() and PATTERNS["clock"].match(text, pos) is None \
                and _read_date(text, pos, {}) is None:
            return None  # "0.49987793", "2.125", "10.000": a number, no clock (a clock or date may follow one glued)
        if iso and (tail := ISO_TAIL.match(text, pos)) is not None:
            pos = tail.end()
            if tail.group("utc") or tail.group("offset"):
                parts["zone"] = f"UTC{tail.group('offset') or ''}"
        if text[pos:pos + 1] in _CJK_ABOUT_FIRST and (about := CJK_ABOUT.match(text, pos)) is not None:
            pos = about.end()  # "15:00ごろ(現地08:00ごろ)": about then, and the place's own clock
        zone = PATTERNS["zone"].match(text, pos) if _ZONE_HINT.match(text, pos) else None
        if zone:
            parts["zone"] = SPELT_ZONES.get(zone.group("zone"), zone.group("zone"))
            pos = zone.end()
            if text[pos:pos + 2] in _OTHER_ZONE_OPENINGS:
                pos = _other_zone_time(text, pos)
        elif text[pos + 1:pos + 2] in _PLACE_CLOCK_FIRST and (place := PLACE_CLOCK.match(text, pos)) is not None:
            pos = place.end()  # "21:23 heure de Beyrouth": the place's clock, its zone if known
            if place.group("place") and (named := PLACE_ZONES.get(place.group("place").lower())) is not None:
                parts["zone"] = named
        if date_end is None:
            after = PATTERNS["separator"].match(text, pos).end()  # type: ignore[union-attr]
            later = _read_date(text, after, parts)
            if later is not None:
                pos = later
    elif ago is None and date_end is None:
        return None
    if days_ago is not None and not clock:
        return None  # "Heute" alone is a word, not a stamp
    pos = _skip(text, pos, ")]")
    lead = text[start:start + 1]
    # "- - - - Mardi 04 JUILLET 2023 - - - -": a day between rules of one mark, the closing rule no text
    closing = len(text) if lead in _RULE_MARKS and not text[pos:].strip(" " + lead) else pos
    if not clock and ago is None and text[closing:].strip():
        return None  # a date followed by words is a sentence, not a stamp
    stamp_text = text[start:pos].strip()
    rest = text[closing:]
    if text[start:start + 1] == "+":
        rest = rest.rstrip(" +")  # "+++ 14.32 Uhr: Headline +++": the closing marks too
    if clock and rest.startswith(clock.group(0).strip()):
        rest = rest[len(clock.group(0).strip()):]  # "Posted at 15:0515:05": hidden text doubles the time
    elif stamp_text and rest.endswith(stamp_text) and len(rest) <= len(stamp_text) + _MAX_ECHO_WORD \
            and " " not in rest[:-len(stamp_text)].strip():
        # "2026-03-21T15:47:12.000Z Uhr 2026-03-21T15:47:12.000Z": a template's "{time} Uhr {date}" whose
        # script did not run, both filled with the same machine time (one word between, or none): printed
        # apart, the whole line is the stamp as printed; glued on, hidden text repeats it
        if rest != stamp_text or text[closing - 1:closing].isspace():
            stamp_text = text[start:closing + len(rest)].strip()
        rest = ""
    stamp = Stamp(
        text=stamp_text,
        hour=_int(parts.get("hour")),
        minute=_int(parts.get("minute")),
        second=_int(parts.get("second")),
        year=_int(parts.get("year")),
        month=_int(parts.get("month")),
        day=_int(parts.get("day")),
        zone=parts.get("zone") if isinstance(parts.get("zone"), str) else None,  # type: ignore[arg-type]
        ago_minutes=ago,
        days_ago=days_ago,
    )
    if not _valid(stamp):
        return None
    suffix_row = _SUFFIX_ROWS.get(rest.strip(), -1) if len(rest) <= _MAX_SUFFIX else -1
    if suffix_row >= 0:
        rest = ""  # "2026年8月28日 16時05分 更新": the word says which time it is
        starts_entry = starts_entry and SUFFIXES[suffix_row][1]
    elif rest[:2] in _UPDATE_AFTER_STARTS and (update := UPDATE_AFTER_CLOCK.match(rest)) is not None:
        rest = rest[update.end():]  # "10:40 a.m. update: text": the word names the post, the text follows
    kind, rest_text = classify_rest(rest)
    return StampLine(stamp=stamp, rest=rest_text, rest_kind=kind, lead=None, starts_entry=starts_entry,
                     clock_style=style, prefix=prefix_row, suffix=suffix_row, highlighted=key)


#: A clock of four digits, no mark between hours and minutes, then a colon and the post's text
#: ("0848: Not my words...", "1845: Pak 291-9 ..."), as the BBC's old live text commentaries
#: print it, or a dash ("0421 – Salmond loses his seat", as election-night blogs print it). A year
#: has the same shape ("2016: Elected president"): `read_four_digit_clock` reads the line, and layout
#: takes such clocks only as a run of them over the whole page (see `layout.FOUR_DIGIT_RUN`). A
#: label in capitals may be glued before it ("CLOSE1845: ...", "WICKET1423: ...": a copy runs the
#: bold label and the clock together); it stays in the stamp's text. A label in capitals may
#: follow it after a space and end the line ("2245 DONE DEAL", "1423 WICKET", as UK sports desks head
#: each post over its text): the post's headline.
FOUR_DIGIT_CLOCK = patterns.compile(
    r"(?:[A-Z]{2,12})?(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)(?::(?!\d)| [-–—] | (?=[A-Z][A-Z' ]{1,30}$))")


def read_four_digit_clock(text: str) -> StampLine | None:
    """A line that opens with a four-digit clock and a colon or a dash (`FOUR_DIGIT_CLOCK`), perhaps
    as an ordered list's item ("  1. 2033: ", the posts an <ol>), the text after it read as "9.00am:
    text" is; None for any other line."""
    start = len(text) - len(text.lstrip(" "))
    if (number := LIST_NUMBER.match(text, start)) is not None:
        start = number.end()
    found = FOUR_DIGIT_CLOCK.match(text, start)
    if found is None:
        return None
    after = text[found.end("minute"):]
    # (with the colon or dash before it: what follows is a headline or text)
    kind, rest = classify_rest(after) if after.strip(" :-–—") else ("bare", "")
    stamp = Stamp(text=text[start:found.end("minute")], hour=int(found.group("hour")),
                  minute=int(found.group("minute")))
    return StampLine(stamp=stamp, rest=rest, rest_kind=kind, lead=None, starts_entry=True, clock_style="hhmm")


#: A match clock of minutes and seconds before a dash, a post's text after it ("92:00 – Barcelona
#: keep the ball", a football blog's play-by-play): below 24 minutes it reads as a time of day, so
#: layout takes such clocks only where the page prints a minute no clock can be (see
#: `layout.MATCH_CLOCK_RUN`).
MATCH_CLOCK = patterns.compile(r"(?P<minute>1[0-2]\d|\d{1,2}):(?P<second>[0-5]\d) [-–—] ")
#: A match's minutes run to extra time and its stoppage, no further.
MAX_MATCH_MINUTE = 130


def read_match_clock(text: str) -> StampLine | None:
    """A line that opens with a match clock (`MATCH_CLOCK`), the text after it the post's; None
    for any other line."""
    found = MATCH_CLOCK.match(text)
    if found is None or int(found.group("minute")) > MAX_MATCH_MINUTE:
        return None
    kind, rest = classify_rest(text[found.end() - 2:])
    stamp = Stamp(text=text[:found.end() - 3], match_minute=int(found.group("minute")))
    return StampLine(stamp=stamp, rest=rest, rest_kind=kind, lead=None, starts_entry=True, clock_style="minute:")


#: A match minute as a bare number before the commentary, a capital after it ("90 Gelbe Karte für
#: ...", "89 Pizarro erobert ...", "90+3 - Mudryk ...", as German broadcasters' tickers print
#: their minutes): a number opens many a line of text, so layout takes such minutes only as a
#: run in order with a minute printed twice, on a page with no other stamps (see
#: `layout.BARE_MINUTE_RUN`).
BARE_MINUTE = patterns.compile(r"(?P<minute>1[0-2]\d|\d{1,2})(?:\+(?P<added>\d{1,2}))?(?: [-–—])? (?=[^\W\d_])")


def read_bare_minute(text: str) -> StampLine | None:
    """A line that opens with a bare match minute (`BARE_MINUTE`) and a capital, the rest of the
    line the commentary's text; None for any other line."""
    found = BARE_MINUTE.match(text)
    if found is None or int(found.group("minute")) > MAX_MATCH_MINUTE or not text[found.end()].isupper():
        return None
    stamp = Stamp(text=text[:found.end()].rstrip(" -–—"),
                  match_minute=int(found.group("minute")) + int(found.group("added") or 0))
    return StampLine(stamp=stamp, rest=text[found.end():].strip(), rest_kind="text", lead=None, starts_entry=True,
                     clock_style="minute ")


def glued_date_heading(text: str) -> tuple[Stamp, str] | None:
    """A date with its year and a heading glued after it, as a copy runs a page's date and the
    label beside it together ("Montag, 05. Oktober 2020Der Tag"): the date, and the heading
    (a capital right after the year's last digit). None for anything else: with a space
    between, a date followed by words is a sentence."""
    head = text[:1]
    if not head or not (head.isalpha() or head.isdecimal()):
        return None
    parts: dict[str, int | str | None] = {}
    end = _read_date(text, 0, parts)
    if end is None or parts.get("year") is None or not text[end - 1:end].isdecimal() or not text[end:end + 1].isupper():
        return None
    stamp = Stamp(text=text[:end], year=_int(parts.get("year")), month=_int(parts.get("month")),
                  day=_int(parts.get("day")))
    return stamp, text[end:].strip()


#: A title that ends with the page's date is at most this long ("Live updates April 28, 2025").
MAX_DATED_TITLE = 90


def dated_title(text: str) -> tuple[Stamp, str] | None:
    """A title that ends with a full date, its year too, after a space ("Live updates April 28,
    2025", "Ukraine war live 3 March 2025", a daily live page's title): the date, and the title
    before it. None when nothing but the date, no year or anything after the date."""
    if len(text) > MAX_DATED_TITLE or not text[-1:].isdecimal():
        return None
    for space in (index for index, char in enumerate(text) if char == " "):
        parts: dict[str, int | str | None] = {}
        if _read_date(text, space + 1, parts) == len(text) and parts.get("year") is not None:
            stamp = Stamp(text=text[space + 1:], year=_int(parts.get("year")), month=_int(parts.get("month")),
                          day=_int(parts.get("day")))
            return stamp, text[:space].rstrip(" ,-–—|:")
    return None


def weekday_first(text: str) -> bool:
    """Does a stamp open with a weekday's name ("Kamis, 12 Maret 2026 09:05 WIB", "Friday 21 March
    2025")? Headers print one before the page's date; posts rarely do."""
    word = _WORD.match(text)
    return word is not None and word.group(0).lower() in _WEEKDAY_NAMES


#: A news agency's name, one word, may stand for an author's name before a glued stamp ("NTB07:43").
_AGENCY_WORDS = frozenset(agency for agency in AGENCIES if " " not in agency)
#: A relative age with no word for "ago", right after an author's name that ends the line
#: ("Sondre Myhre17 min", as Nordic live pages print the newest posts' age): an amount and a unit.
_BARE_AGE = patterns.compile(r"(?P<amount>\d{1,3}) ?(?P<unit>[^\W\d_]{1,9})\.?")


def _lead_name(lead: str) -> bool:
    return name_like(lead) or lead.lower() in _AGENCY_WORDS


def _age_after_author(text: str, start: int, digit: int) -> StampLine | None:
    """'Sondre Myhre17 min', 'NTB2 t': a name, then an age alone that ends the line, glued on (as a
    copy runs two elements together; with a space between, "Premier League 45 min" is a line of text)."""
    age = _BARE_AGE.fullmatch(text, digit) if text[digit - 1:digit].isalpha() else None
    if age is None or (minutes := UNIT_MINUTES.get(age.group("unit").lower())) is None:
        return None
    lead = text[start:digit].strip().rstrip(",|•·-–—").strip()
    if not _lead_name(lead):
        return None
    stamp = Stamp(text=age.group(0), ago_minutes=int(age.group("amount")) * minutes)
    return StampLine(stamp=stamp, rest="", rest_kind="author", lead=lead, starts_entry=True, clock_style="")


def _read_after_author(text: str) -> StampLine | None:
    """'Holly Evans Friday 21 March 2025 15:47 GMT', 'Jamie Braidwood14 August 2023 10:01',
    'Jane Dalton • 14:32', 'by Logan C. Ritchie November 8, 2023 | 6:03 pmNovember 8, 2023 | 6:03 pm'
    (a byline word first; the update time glued after the publication's, as two elements)."""
    start = len(BYLINE_WORD) if text[:len(BYLINE_WORD)].lower() == BYLINE_WORD else 0
    digit = _FIRST_DIGIT.search(text, start, 70)
    if digit is None:
        return None
    words = text[start: digit.start()].split()
    if not (2 <= len(words) <= 8 or (words and words[0].lower() in _AGENCY_WORDS)) or not words[0][:1].isupper():
        return None  # an author's name (perhaps with a weekday and month) stands before the date
    if PATTERNS["clock"].search(text) is None:
        return _age_after_author(text, start, digit.start())  # else what follows the name must have a clock
    for name in _AFTER_AUTHOR:
        found = PATTERNS[name].search(text, start + 2, 70)
        while found is not None:
            lead = _without_editor(text[start: found.start()].strip().rstrip(",|•·-–—").strip())
            barred = text[start: found.start()].rstrip().endswith(" |")
            if _lead_name(lead) or (barred and _label_word(lead)):
                stamp_line = _read_at(text, found.start())
                if stamp_line is not None and stamp_line.stamp.has_clock and (
                        stamp_line.rest_kind == "bare" or _glued_stamp(stamp_line.rest)):
                    return StampLine(stamp=stamp_line.stamp, rest="", rest_kind="author", lead=lead,
                                     starts_entry=True, clock_style=stamp_line.clock_style, barred=barred)
                if stamp_line is not None and stamp_line.stamp.has_date and stamp_line.stamp.has_clock \
                        and stamp_line.rest_kind == "text" and _GLUED_TEXT.match(stamp_line.rest) is not None:
                    # "Shara Tibken 9/7/2016 4:57:09 PMNow that ...": the post's text glued to
                    # the clock, as ScribbleLive's copies print each post
                    return StampLine(stamp=stamp_line.stamp, rest=stamp_line.rest, rest_kind="text", lead=lead,
                                     starts_entry=True, clock_style=stamp_line.clock_style)
                if stamp_line is not None and stamp_line.stamp.has_clock and stamp_line.rest \
                        and _marked_after(text, found.start(), stamp_line.stamp.text):
                    # "Richard Ferguson 10.15pm:No surgery for Andrews", "AFP 10.40pm: Global death
                    # toll nears 1m": the writer (or the wire), the clock and a colon, then the
                    # post's headline or text, on one line
                    return replace(stamp_line, lead=lead)
            found = PATTERNS[name].search(text, found.start() + 1, 70)
    return None


#: Notes naming a post's editor after its writer's name ("by Nicholas McElroy edited by
#: Jessica Riga 5/21/2022 9:38:14 AM", ABC Australia's live pages): the writer is the author.
EDITOR_NOTES = (" edited by ", " updated by ")


def _label_word(lead: str) -> bool:
    """Is the text before a bar one capitalised word of letters ("Punjab | 11:45 am", "Sport |
    10:30"): a place's or a section's label over a post, which a name (two words or more, or an
    agency's) is not?"""
    return lead.isalpha() and lead[:1].isupper() and lead.lower() not in _AGENCY_WORDS


def _without_editor(lead: str) -> str:
    """A byline's writer without the editor named after them (`EDITOR_NOTES`)."""
    lowered = lead.lower()
    for note in EDITOR_NOTES:
        at = lowered.find(note)
        if at > 0:
            return lead[:at].strip()
    return lead


#: The date and clock forms looked for after an author's name: worded dates, slashed ones
#: ("Shara Tibken 9/7/2016 4:56:29 PM"), and a clock alone.
_AFTER_AUTHOR = ("date-dmy", "date-mdy", "date-slashed", "date-slashed-mdy", "clock")
#: Text glued to a name's date and clock is read as the post's only when it opens with a
#: capital, a digit or a quotation mark (a sentence's start), and not with the clock's own
#: "PM" that a small letter after it kept from being read ("4:57:09 PMand ...").
_GLUED_TEXT = patterns.compile(r"(?![AP]\.?M)[A-Z0-9\"“‘']")


#: The marks that part a writer's clock from the post's text on their line ("Richard Ferguson
#: 10.15pm:No surgery for Andrews", as News Corp Australia's live pages print each post).
NAMED_CLOCK_MARKS = (":",)


def _marked_after(text: str, start: int, stamp_text: str) -> bool:
    """Does the stamp printed at `start` stand right before one of `NAMED_CLOCK_MARKS`?"""
    end = start + len(stamp_text)
    return text.startswith(stamp_text, start) and text.startswith(NAMED_CLOCK_MARKS, end)


def _glued_stamp(rest: str) -> bool:
    """Is the rest of a line a date and clock alone (a second time glued to the first, the
    page's update beside its publication)?"""
    glued = _read_line(rest.strip()) if rest.strip() and len(rest) <= MAX_STAMP_LINE else None
    return glued is not None and glued.rest_kind == "bare" and glued.stamp.has_date and glued.stamp.has_clock


def _read_date(text: str, pos: int, parts: dict[str, int | str | None]) -> int | None:
    head = text[pos:pos + 1]
    if not head:
        return None
    if head.isalpha():
        word = _WORD.match(text, pos)
        if word is None or word.group(0).lower() not in _DATE_WORDS:
            return None  # a date spelled with letters starts with a month or a weekday
        names = _WORDED_DATES
    elif not head.isdecimal() or not _NUMERIC_DATE_HINT.match(text, pos):
        return None
    else:
        names = _YEAR_FIRST_DATES if text[pos:pos + 4].isdecimal() else _DAY_FIRST_DATES
    for name in names:
        found = PATTERNS[name].match(text, pos)
        if found is None:
            continue
        groups = found.groupdict()
        weekday = groups.get("weekday")
        if weekday and weekday.lower() not in _WEEKDAY_NAMES:
            continue
        month = groups.get("month")
        number = MONTHS.get(month.lower().rstrip(".")) if month else _int(groups.get("monthnum"))
        other = groups.get("othermonth")
        if other and MONTHS.get(other.lower()) != number:
            continue  # "3 km/May": a month's other name before the slash, or no date
        day = _int(groups.get("day"))
        if not number or not day or not 1 <= number <= 12 or not 1 <= day <= 31:
            continue
        parts.update(day=day, month=number, year=_int(groups.get("year")))
        return found.end()
    return None


def _weekday_after(text: str, pos: int) -> int:
    """Where a date's stamp goes on after a weekday's name printed after the date ("12 Mart 2026
    Perşembe", "12 Mart 2026 Perşembe 14:32", as Turkish pages write them): after that name
    where the line ends there or a clock follows; `pos` otherwise ("12 March 2026 so far")."""
    word = _WORD.match(text, pos)
    if word is None or word.group(0).lower() not in _WEEKDAY_NAMES:
        return pos
    after = PATTERNS["joiner"].match(text, word.end()).end()  # type: ignore[union-attr]
    return after if after == len(text) or text[after:after + 1].isdecimal() else pos


#: Hours of a 24-hour clock that may carry the half of the day they are in ("23:22 pm", "19:28 pm",
#: "00:15 am"), as Mexican live pages print their posts' times: the hour as it is. (An hour the
#: half contradicts, "14:30 am", is no clock.)
_HALF_DAY_REPEATED = frozenset([(hour, "p") for hour in range(13, 24)] + [(0, "a")])


def _read_clock(found: re.Match[str], parts: dict[str, int | str | None]) -> None:
    hour_text, hour12, minute_text, ampm_text, ampm12, second = found.group(
        "hour", "hour12", "minute", "ampm", "ampm12", "second")  # one call: each costs more than its work
    if hour_text is None and hour12 is None:
        hour_text, minute_text, half = found.group("hourk", "minutek", "halfk")  # 14時32分
        if half:
            minute_text = "30"  # 4時半: half past four
        if hour_text is None:
            hour_text = found.group("houru")  # 2 Uhr
    hour = _int(hour_text or hour12)
    minute = _int(minute_text) or 0
    ampm = (ampm_text or ampm12 or "").lower()
    if hour is not None and ampm:
        if (hour, ampm) in _HALF_DAY_REPEATED:
            pass  # "23:22 pm", "00:15 am": a 24-hour clock that prints its half of the day too
        elif not 1 <= hour <= 12:
            return
        else:
            hour = hour % 12 + (12 if ampm == "p" else 0)
    parts.update(hour=hour, minute=minute, second=_int(second), ampm=ampm or None)


def _half_day(half: str, parts: dict[str, int | str | None]) -> None:
    """A clock after 下午 / 午後 / 오후 ("afternoon") is a 12-hour one: 2:32 is 14:32."""
    hour = parts.get("hour")
    if isinstance(hour, int) and 1 <= hour <= 12 and not parts.get("ampm"):
        parts.update(hour=hour % 12 + (12 if half == "p" else 0), ampm=half)


def _minutes_ago(text: str) -> int | None:
    """Minutes in a relative age ('1 hr 14 min ago', 'vor einer Stunde'); None unless it reads
    as amounts and units that the tables know."""
    lowered = text.lower()
    if lowered.startswith(("just now", "gerade eben", "à l'instant", "przed chwilą")):
        return 0
    core = _RELATIVE_WORDS.sub(" ", lowered)
    tokens = _TOKEN.findall(core)
    if len(tokens) == 1:
        return WORD_AGES.get(tokens[0])
    if not tokens or len(tokens) % 2:
        return None
    total = 0
    for amount, unit in zip(tokens[0::2], tokens[1::2], strict=True):
        count = int(amount) if amount.isdecimal() else ONE_WORDS.get(amount)
        minutes = UNIT_MINUTES.get(unit)
        if count is None or minutes is None:
            return None
        total += count * minutes
    return total


#: How a stamp's time in a second zone opens after the first: "10.36 pm IST (5.06 pm GMT)".
_OTHER_ZONE_OPENINGS = frozenset({" (", "(", " ["})
_OTHER_ZONE_CLOSINGS = frozenset({")", "]"})


def _other_zone_time(text: str, pos: int) -> int:
    """Past the same moment in another zone, in brackets after a zoned stamp ("10.36 pm IST (5.06
    pm GMT) - text", as Indian sites print a match abroad); `pos` itself if no such time is there."""
    at = _skip(text, pos, "([")
    clock = PATTERNS["clock"].match(text, at)
    if clock is None:
        return pos
    zone = PATTERNS["zone"].match(text, clock.end())
    if zone is None:
        return pos
    if text[zone.end() - 1] == ")":
        return zone.end()  # (the zone's pattern takes a closing bracket in: "(GMT)")
    return zone.end() + 1 if text[zone.end():zone.end() + 1] in _OTHER_ZONE_CLOSINGS else pos


def _skip(text: str, pos: int, chars: str) -> int:
    while pos < len(text) and (text[pos] == " " or text[pos] in chars):
        pos += 1
    return pos


def _int(value: object) -> int | None:
    return int(value) if isinstance(value, str) and value.isdecimal() else (value if isinstance(value, int) else None)


def _valid(stamp: Stamp) -> bool:
    if stamp.hour is not None and not 0 <= stamp.hour <= 23:
        return False
    return stamp.has_clock or stamp.ago_minutes is not None or stamp.has_date


#: Marks a page sets between a stamp and what follows it on its line: "02:54 , Arpan Rai", "14:32 | Headline",
#: "22:28 ▪ Headline" (a teletext page's square), "21:05 ● Name".
REST_MARKS = ",;|·•▪■►▶◆●"


#: The words before the writer's name after a post's stamp ("December 24, 2022 11:34 PM (IST) Posted by Jane
#: Doe", as India TV's live pages print each post's dateline): the name is the post's author.
POSTED_BY = "posted by "


@lru_cache(maxsize=MEMORY)
def classify_rest(rest: str) -> tuple[RestKind, str]:
    """What follows a stamp on its line: nothing, an author, a label, a headline, or text."""
    stripped = rest.strip()
    if stripped.startswith(". "):
        stripped = stripped[2:].lstrip()  # "UPDATE (2:05pm). Police say ...": a full stop after the stamp
    if not stripped:
        return "bare", ""
    if stripped[0] == ":" or stripped.startswith(("- ", "– ", "— ")):
        return "headline", stripped.lstrip(":-–— ").strip()
    cleaned = stripped.lstrip(REST_MARKS + " ").strip()
    if not cleaned or cleaned == ".":
        return "bare", ""  # "14.32 h." ends with the abbreviation's dot
    if cleaned.lower().rstrip(":") in LABELS:
        return "label", cleaned
    if stripped[0] in REST_MARKS or rest[:1] != " ":
        # "02:54 , Arpan Rai" and "21:22Frances Watkins": a name set apart or glued on
        if name_like(cleaned):
            return "author", cleaned
    elif name_like(cleaned) and len(cleaned.split()) <= 4:
        return "author", cleaned
    name, _, role = cleaned.partition(",")
    if role and name_like(name) and len(role) <= 60 and ROLE_WORDS.search(role):
        return "author", name.strip()  # "14:32, Jane Doe, political correspondent"
    if cleaned[:1] in "Pp" and cleaned.lower().startswith(POSTED_BY) and name_like(cleaned[len(POSTED_BY):]):
        return "author", cleaned[len(POSTED_BY):].strip()  # "11:34 PM (IST) Posted by Jane Doe"
    return "text", cleaned


@lru_cache(maxsize=MEMORY)
def name_like(text: str) -> bool:
    """A person's name or a short list of names: 'Arpan Rai', 'A, B and C', "Gavin O'Callaghan"."""
    text = text.strip()
    if not 3 <= len(text) <= MAX_NAMES or text.isupper() or text[-1] in ".:;!?":
        return False
    if text.lower().startswith("by "):
        text = text[3:]
    parts = [part for part in _NAME_SPLIT.split(text) if part]
    if not parts or len(parts) > 8 or text.split(None, 1)[0].lower() in BUTTON_VERBS:
        return False
    for part in parts:
        tokens = part.split()
        if not 2 <= len(tokens) <= 4:
            return False
        capitals = 0
        for token in tokens:
            if token.lower() in _PARTICLES:
                continue
            if token.lower() in HEADING_WORDS:
                return False
            if not _NAME_TOKEN.match(token) or not token[0].isupper():
                return False
            capitals += 1
        if not capitals:
            return False
    return True


def date_piece(line: str) -> dict[str, int] | None:
    """A line holding one piece of a date on its own ('November', '02', '2023'), as parts."""
    text = line.strip()
    if not text or len(text) > 12:
        return None
    found = PATTERNS["date-piece"].fullmatch(text)
    if not found:
        return None
    if found.group("month"):
        month = MONTHS.get(found.group("month").lower().rstrip("."))
        return {"month": month} if month else None
    if found.group("year"):
        return {"year": int(found.group("year"))}
    day = int(found.group("day"))
    return {"day": day} if 1 <= day <= 31 else None


finish()


#: A slashed date in a stamp's text, its two first numbers apart.
_SLASHED_DATE = patterns.compile(r"\b([0-3]?\d)/([0-3]?\d)/(?:19|20)\d\d\b")


def slashed_dates_one_way(entries: list[RawEntry], *, us_zone: bool = False) -> list[RawEntry]:
    """A page writes its slashed dates one way. Each stamp's is read day first ("02/11/2023")
    unless that is impossible ("11/13/2023"); where one of the page's dates can only be month
    first, or its stamps print a US zone ("4:57 PM ET"), or the page's zone is one (`us_zone`:
    the normaliser knows it from `--tz` or the page), and none can only be day first, every
    one is month first ("9/7/2016", read 9 July, is 7 September)."""
    found = [(i, match) for i, entry in enumerate(entries) if entry.stamp is not None and "/" in entry.stamp.text
             and (match := _SLASHED_DATE.search(entry.stamp.text)) is not None]
    if not found or any(int(match.group(1)) > 12 for _, match in found):
        return entries
    if not us_zone and not any(int(match.group(2)) > 12 for _, match in found) \
            and not any(entry.stamp.zone in MONTH_FIRST_ABBREVIATIONS for entry in entries if entry.stamp is not None):
        return entries
    out = list(entries)
    for i, match in found:
        stamp = entries[i].stamp
        first, second = int(match.group(1)), int(match.group(2))
        if stamp is not None and (stamp.day, stamp.month) == (first, second):  # read day first
            out[i] = replace(entries[i], stamp=replace(stamp, day=second, month=first))
    return out
