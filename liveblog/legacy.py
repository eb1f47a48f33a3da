"""Legacy encodings: what bytes that are not UTF-8 are written in.

In order: the charset the bytes came labelled with (a web archive's HTTP `Content-Type`);
for HTML, the charset the page declares in its first 4 KiB; then a guess (`guess`)
between Windows-1252 (a superset of Latin-1 for printable text, and what legacy Western
pages use; the five bytes it leaves undefined are dropped) and the legacy encodings of
Central European (Windows-1250, ISO 8859-2), Baltic (Windows-1257), Cyrillic
(Windows-1251, KOI8-R, KOI8-U, ISO 8859-5), Greek (Windows-1253, ISO 8859-7), Hebrew
(Windows-1255, which reads ISO 8859-8's letters alike), Arabic (Windows-1256, ISO
8859-6), Thai (Windows-874), Turkish (Windows-1254), Japanese (Shift_JIS, EUC-JP), Korean
(EUC-KR), Chinese (GBK, Big5) and Vietnamese (Windows-1258) text, by what each makes of
the bytes: for Latin scripts, which alphabets the letters of each reading fit (for
Vietnamese, its tone marks, which Windows-1258 writes after their letters and the text read
is given composed: "ế", not "ê" and U+0301). Other legacy encodings (VISCII, Mac
Cyrillic...) are not guessed: such input decodes without error but may
show wrong letters, as may a short Central European or Baltic text whose few letters
beyond ASCII a Western language also writes (Slovene with one č, read as è; much Latvian,
whose ā, ē, ī, ū read as â, ç, î, û), and ISO 8859-7 Greek whose apostrophes Windows-1253
reads as Ά. Hebrew saved in visual order (ISO 8859-8 pages of the 1990s) stays reversed.

UTF-8 text that was read as Windows-1252 and saved again as UTF-8 ("Ã©tÃ©" for "été")
is repaired (`repaired`) when every character beyond ASCII in it stands in such a form.

Bytes that are no UTF-8 in input that mostly is are read in the codec `guess` makes of
their lines (`mixed`).

Imported only for input that is not wholly UTF-8, or UTF-8 whose bytes hold such a form.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from typing import NamedTuple

from . import patterns
from .read import MOJIBAKE_TAILS, clean

#: Codecs a label names, replaced by the superset browsers decode it as (the WHATWG
#: Encoding standard): pages labelled Latin-1 or ASCII hold Windows-1252's curly quotes
#: and dashes, pages labelled GB2312 or EUC-KR the characters of GBK or of Windows-949.
SUPERSETS = {
    "ascii": "cp1252",
    "euc_kr": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "iso8859-1": "cp1252",
    "iso8859-11": "cp874",
    "iso8859-9": "cp1254",
    "shift_jis": "cp932",
    "tis-620": "cp874",
}
#: Python's codecs that a page's label may name but that are no character set of web text:
#: escapes and the domain-name codecs would read a page's backslashes or letters as code,
#: "undefined" always fails; UTF-7, which browsers dropped, smuggles markup past filters.
NOT_CHARSETS = frozenset({"charmap", "idna", "mbcs", "oem", "punycode", "raw-unicode-escape", "undefined",
                          "unicode-escape", "utf-7"})
_META_CHARSET = patterns.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-z0-9_.:-]{1,40})""", re.I)

#: Every hiragana letter.
HIRAGANA = "".join(map(chr, range(0x3041, 0x3097)))
#: Legacy codecs guessed for bytes that Windows-1252 reads as no Western text, each with
#: the letters that tell its reading is real text: the commonest letters, syllables or
#: characters of the languages written in it (for Japanese, every hiragana: only Japanese
#: has them, and much of its text is them). A wrong codec's reading of the same bytes
#: seldom gives them: in the wrong one of the Cyrillic codecs, lower case turns upper.
#: Codecs of one script that differ in a few bytes (Windows-1253 and ISO 8859-7 in Greek
#: Ά, KOI8-R and KOI8-U in Ukrainian і, ї, є)
#: read the telling letters alike: the reading with more letters among its characters
#: beyond ASCII is taken (the wrong one makes symbols of the others), the first on a tie.
LEGACY_CODECS = {
    "cp1251": "оаеиінтсрвлк",
    "koi8_r": "оаеиінтсрвлк",
    "koi8_u": "оаеиінтсрвлк",
    "iso8859-5": "оаеиінтсрвлк",
    "cp1253": "αοειτνσυρπκ",
    "iso8859-7": "αοειτνσυρπκ",
    "cp1255": "יוהאלרבמתשנע",
    "cp1256": "اليمونهربتع",
    "iso8859-6": "اليمونهربتع",
    "cp874": "านอรกเงมยลวดท่",
    "cp932": HIRAGANA,
    "euc_jp": HIRAGANA,
    "cp949": "이의다는에을하고가로지한서기들도를있사자대시인리어나으해적수라정부일전국년원상장",
    "gb18030": "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作",
    "big5": "的一是不了在人有我他這個們中來上大為和國地到以說時要就出會可也你對生能而子那得於著下自之年過發後作",
}
#: Vietnamese in Windows-1258 writes a tone as a mark after its letter ("ê" then U+0301 for
#: "ế"): its reading of such bytes is mostly these marks and the letters only Vietnamese
#: writes. Other text read as Windows-1258 gives few of the marks (Czech ě and ň are two of
#: them; Turkish ı and ğ are ư and đ).
VIETNAMESE_TONES = "\u0300\u0301\u0303\u0309\u0323"
VIETNAMESE_LETTERS = "ăâêôơưđĂÂÊÔƠƯĐ"
#: Windows-1258 is taken when this share of its reading's characters beyond ASCII are tone
#: marks, and `MIN_VIETNAMESE` are those or the letters (Vietnamese: about 0.5 and 0.9).
MIN_TONES = 0.3
MIN_VIETNAMESE = 0.7
#: The guessed codecs that read a character from more than one byte.
MULTI_BYTE_CODECS = frozenset({"big5", "cp932", "cp949", "euc_jp", "gb18030"})
#: What the guessed codecs are called where a person reads of them.
NAMES = {
    "big5": "Big5", "cp1250": "Windows-1250", "cp1251": "Windows-1251", "cp1252": "Windows-1252",
    "cp1253": "Windows-1253", "cp1254": "Windows-1254", "cp1255": "Windows-1255", "cp1256": "Windows-1256",
    "cp1257": "Windows-1257",
    "cp874": "Windows-874", "cp932": "Shift_JIS", "cp949": "EUC-KR", "euc_jp": "EUC-JP", "gb18030": "GBK",
    "iso8859-2": "ISO 8859-2", "iso8859-5": "ISO 8859-5", "iso8859-6": "ISO 8859-6", "iso8859-7": "ISO 8859-7",
    "koi8_r": "KOI8-R", "koi8_u": "KOI8-U", "cp1258": "Windows-1258",
}  # fmt: skip
#: A reading is taken when this share of its characters beyond ASCII are its telling
#: letters (real text: 0.3 to 0.9; a wrong codec's reading: under 0.15).
MIN_TELLING = 0.2
#: Windows-1252 is kept while its reading's characters beyond ASCII come in runs this
#: long or shorter on average: Western languages write an accented letter among plain
#: ones (1.0 to 1.3), other scripts read as Windows-1252 give whole words of them (2 to 8).
#: Markup and scripts, all ASCII, do not move it.
MAX_WESTERN_RUN = 1.6
#: Central European codecs, taken over Windows-1252 when Windows-1252's reading is no
#: Western text and theirs is Central European text (see `guess`).
CENTRAL_CODECS = ("cp1250", "iso8859-2", "cp1257")
#: Letters one of them must read for it to be taken: Windows-1257 (Lithuanian, Latvian)
#: reads Central European bytes into letters such as č and ę too, but not into these,
#: which only the Baltic languages write.
BALTIC_LETTERS = "āėēģīįķļņūų"
#: The letters beyond ASCII (lower case) that each Western language written in Windows-1252
#: uses, loan words' common accents included. Real text in one of them has all but a few
#: of its letters beyond ASCII in one alphabet; Central European text read as Windows-1252
#: has a third or more outside every one: Czech č, ě, ř, ů read as è, ì, ø, ù, which no one
#: Western language writes together.
WESTERN_ALPHABETS = {
    "ca": "àçèéíïòóúü", "da": "åæéøü", "de": "äéöüß", "es": "áéíñóúü", "et": "äõöšüž", "fi": "äåöšž",
    "fr": "àâæçèéêëîïôùûüÿœ", "is": "áæéíðóöúýþ", "it": "àèéìíîòóùú", "nl": "àáâäèéêëíïóôöúü",
    "no": "åæèéêòóôø", "pt": "àáâãçéêíóôõú", "sv": "åäéöü",
}  # fmt: skip
#: The same for the Central European languages written in Windows-1250 or ISO 8859-2.
CENTRAL_ALPHABETS = {
    "cs": "áčďéěíňóřšťúůýž", "hr": "ćčđšž", "hu": "áéíóöőúüű", "lt": "ąčęėįšūųž", "lv": "āčēģīķļņšūž",
    "pl": "ąćęłńóśźż", "ro": "âîăşţ", "sk": "áäčďéíĺľňóôŕšťúýž", "sl": "ćčđšž",
}  # fmt: skip
#: Letters beyond ASCII in places where no Western language writes them, which Central
#: European letters read as Windows-1252 put there: è and ò before a vowel (Czech, Slovak,
#: Croatian, Slovene č and ň: "poèet", "kljuèa"), ì and ù before a letter (Italian and
#: French write them last in a word; Czech ě and ů: "mìsto", "mùže"), ã before a consonant
#: other than s (Portuguese writes it before o, e or s or last; Romanian ă: "rãmas").
#: Each counts as a letter no Western alphabet has.
UNWESTERN_FORMS = ("ã[b-df-hj-np-rt-z]", "è[aeiou]", "ì[a-zà-ÿ]", "ò[aeiou]", "ù[a-zà-ÿ]")
#: Symbols that Windows-1252 reads for Central European letters (Polish ł and ą as ³ and ¹,
#: Slovak ľ as ¾, ISO 8859-2's š and ž as ¹ and ¾...) and that Western text does not write
#: against a letter: there, each counts as a letter no Western alphabet has.
WORD_SYMBOLS = "¦¨¬¯±³¶¸¹¼½¾"
#: Symbols that Western text writes against a word but never inside one (Spanish ¿ opens a
#: question) and Windows-1252 reads for a Central European letter (Polish ż: "u¿ytkownik"):
#: between two letters, each counts as a letter no Western alphabet has.
INNER_SYMBOLS = "¿"
#: Bytes Windows-1252 leaves undefined that Windows-1250 reads as letters (Ť, Ź, ť): each
#: counts as a letter no Western alphabet has.
CENTRAL_ONLY_BYTES = (b"\x8d", b"\x8f", b"\x9d")
#: Characters beyond ASCII that are letters to Unicode but not to these counts: the ordinal
#: indicators of Spanish and Portuguese ("1º", "nº") and the micro sign.
NOT_LETTERS = "ªµº"
#: Windows-1252's reading is no Western text when at most this share of its letters beyond
#: ASCII are of one Western alphabet, and at least MIN_UNWESTERN are not or one is a symbol
#: or byte above. Measured on the translations of a Debian system's programs and manual
#: pages in the 13 Western languages above, cut into pieces of 300 characters (91,000
#: pieces), its reading fell so in one piece, a list of Slavic place names.
MAX_WESTERN = 0.85
MIN_UNWESTERN = 3
#: A Central codec is then taken when this share of its reading's letters beyond ASCII are
#: of one Central alphabet (between the two, the one whose letters more languages write).
MIN_CENTRAL = 0.95
#: Hungarian, whose ő and ű Windows-1252 reads as õ and û and whose other letters are
#: Western ones, is told by õ where no Western language writes it: Portuguese writes it
#: before e only, Estonian, which writes it anywhere, never writes á or é, Hungarian's
#: commonest letters. Taken when this many õ stand elsewhere than before e.
MIN_HUNGARIAN = 1
#: Windows-1252 readings this Western are Western however long their runs of characters
#: beyond ASCII (Dutch "één", "geïnd"): other scripts read so give at most 0.81.
MIN_WESTERN = 0.9
#: Turkish (Windows-1254) differs from Windows-1252 in six letters only: its ı, ş, ğ and
#: their capitals are Windows-1252's ý, þ, ð. Turkish writes them often (ı is among its
#: commonest letters) and never á, æ, é, í, ó or ú, which Icelandic, the Western language
#: that writes þ and ð, writes often. Taken when this share of the reading's characters
#: beyond ASCII are those six and hardly any are of the others.
TURKISH_AS_WESTERN = "ýþðÝÞÐ"
NOT_TURKISH = "áæéíóúÁÆÉÍÓÚ"
MIN_TURKISH = 0.25
#: The characters a repair may give: letters of the Latin, Greek and Cyrillic scripts and
#: general punctuation. A form that gives another (ß“ would be an NKo letter) is text as
#: written, and then so is the whole input; so is one that gives a Greek or Cyrillic letter
#: where no two stand together (Ó… would be Cyrillic Ӆ).
REPAIRED_CHARACTERS = "\u00a0-\u024f\u0370-\u052f\u1e00-\u1eff\u2000-\u206f\u20ac\u2122"
_GUESS_SAMPLE = 1 << 16
_ASCII_PROBE = b'<meta charset="UTF-8"> 0123456789'

_BEYOND_ASCII = patterns.compile(r"[^\x00-\x7f]+")
_UNWESTERN = patterns.compile("|".join(UNWESTERN_FORMS))
_TAIL = f"[{re.escape(MOJIBAKE_TAILS)}]"
#: A character of UTF-8 read as Windows-1252: its lead byte's reading and its others'.
_MOJIBAKE = patterns.compile(f"[\u00c2-\u00df]{_TAIL}|[\u00e0-\u00ef]{_TAIL}{{2}}|[\u00f0-\u00f4]{_TAIL}{{3}}")
_REPAIRED = patterns.compile(f"[{REPAIRED_CHARACTERS}]+")
#: A byte that is no UTF-8, as the "surrogateescape" error handler reads it; a run of them
#: at the very end.
_ESCAPED = patterns.compile("[\udc80-\udcff]")
_UTF8_BEYOND_ASCII = patterns.compile("[^\\x00-\\x7f\udc80-\udcff]+")
_CUT_AT_END = patterns.compile("[\udc80-\udcff]{1,3}\\Z")
_BALTIC = patterns.compile(f"[{BALTIC_LETTERS}]")
_GREEK_OR_CYRILLIC = patterns.compile("[\u0370-\u052f]+")
_WORD_SYMBOL = patterns.compile(f"[A-Za-z\u00c0-\u024f](?:[{WORD_SYMBOLS}]|[{INNER_SYMBOLS}][A-Za-z\u00c0-\u024f])"
                                f"|[{WORD_SYMBOLS}][A-Za-z\u00c0-\u024f]")
#: C1 controls, which no text in an ISO 8859 codec holds (Windows' codecs put letters and
#: punctuation there).
_C1 = patterns.compile("[\x80-\x9f]")


def decode(raw: bytes, head: bytes, charset: str | None = None) -> tuple[str, str, bool]:
    """`raw` decoded (bytes that are not UTF-8, `head` their first 4 KiB), the codec used,
    and whether it was guessed (no label named one that reads the bytes)."""
    for declared in (codec(charset), declared_charset(head)):
        if declared:
            try:
                return _composed(raw.decode(declared), declared), declared, False
            except UnicodeError:
                pass
    guessed = guess(raw)
    return (cp1252(raw) if guessed == "cp1252" else _composed(raw.decode(guessed, "replace"), guessed)), guessed, True


#: Codecs that write some letters as a letter and a combining mark (Windows-1258's tones).
COMBINING_CODECS = frozenset({"cp1258"})


def _composed(text: str, codec: str) -> str:
    """`text` with its letters composed (NFC) where `codec` writes marks apart from them."""
    return unicodedata.normalize("NFC", text) if codec in COMBINING_CODECS else text


class Mixed(NamedTuple):
    """The lines of a mostly UTF-8 text that are not (see `mixed`): the codec they were read
    in (None: no single-byte one, their bad bytes U+FFFD), how many and the first of them."""

    codec: str | None
    lines: int
    first: int


def mixed(raw: bytes) -> tuple[str, Mixed | None]:
    """`raw`, UTF-8 with some bytes that are not (a file edited in two editors, one saving
    in a legacy codec), read as UTF-8 where it is and elsewhere in the codec `guess` makes
    of the lines that are not, and what those lines are (None where the only bad bytes are
    a character cut at the end, which stays U+FFFD)."""
    text = raw.decode("utf-8", "surrogateescape")  # each bad byte a lone surrogate
    cut = _CUT_AT_END.search(text)
    if cut and _utf8_prefix(cut.group().encode("utf-8", "surrogateescape")):
        text = text[: cut.start()] + "\ufffd"
    bad = [(number, line) for number, line in enumerate(text.splitlines(keepends=True), 1) if _ESCAPED.search(line)]
    if not bad:
        return text, None
    # the guess sees those lines' ASCII and bad bytes: their UTF-8 characters would read as
    # Windows-1252 mojibake, no evidence of the other codec
    sample = _UTF8_BEYOND_ASCII.sub("", "".join(line for _, line in bad))
    codec = guess(sample.encode("utf-8", "surrogateescape"))
    if codec in MULTI_BYTE_CODECS:
        return raw.decode("utf-8", "replace"), Mixed(None, len(bad), bad[0][0])
    # each read as `read.clean` would clean it, which finds what to clean in the UTF-8 bytes
    read = _ESCAPED.sub(lambda byte: clean(byte.group().encode("utf-8", "surrogateescape").decode(codec, "replace")),
                        text)
    return read, Mixed(codec, len(bad), bad[0][0])


def _utf8_prefix(tail: bytes) -> bool:
    """Whether `tail` is the start of a UTF-8 character cut short: a lead byte and fewer
    continuation bytes than it announces."""
    size = 2 if 0xC2 <= tail[0] <= 0xDF else 3 if 0xE0 <= tail[0] <= 0xEF else 4 if 0xF0 <= tail[0] <= 0xF4 else 0
    return len(tail) < size and all(0x80 <= byte <= 0xBF for byte in tail[1:])


def repaired(text: str) -> str | None:
    """`text` (decoded from UTF-8) repaired where it is UTF-8 that was read as Windows-1252
    and saved again as UTF-8, else None. Only when every character beyond ASCII in it
    stands in such a form, and each form gives a letter or punctuation (REPAIRED_CHARACTERS):
    real text nearly always writes some character beyond ASCII otherwise (measured on the
    translations of a Debian system in 27 languages, 26,000 pieces of 2,000 characters: no
    piece that was not such text was taken, and 97% of those made so were repaired)."""
    forms = set(_MOJIBAKE.findall(text))
    if not forms or _BEYOND_ASCII.search(_MOJIBAKE.sub("", text)):
        return None
    fixes = {}
    for form in forms:
        try:
            fixes[form] = fix = bytes(ord(char) if char < "\u0100" else char.encode("cp1252")[0]
                                      for char in form).decode("utf-8")
        except UnicodeDecodeError:
            return None
        if not _REPAIRED.fullmatch(fix):
            return None
    text = _MOJIBAKE.sub(lambda match: fixes[match.group()], text)
    # a Greek or Cyrillic letter alone (a capital and an ellipsis, "Ó…", give Ӆ) is no such
    # text, whose words give two letters or more
    scripts = _GREEK_OR_CYRILLIC.findall(text)
    return text if not scripts or max(map(len, scripts)) > 1 else None


def repaired_notice() -> str:
    """The warning for text that `repaired` repaired."""
    return ("the input's UTF-8 text had been read as Windows-1252 and saved again (\"Ã©\" for \"é\"): "
            "it was repaired (check the text)")


def mixed_notice(codec: str | None, lines: int) -> str:
    """The warning for text that is UTF-8 but for `lines` lines (see `mixed`)."""
    where, its = ("1 line of the input is", "its") if lines == 1 else (f"{lines} lines of the input are", "their")
    if codec is None:
        return (f"{where} not UTF-8, unlike the rest, and no single-byte codec fits: "
                f"{its} bytes that are not UTF-8 were replaced with \"\ufffd\" (check the text)")
    return (f"{where} not UTF-8, unlike the rest (a file saved by two programs?): read as "
            f"{NAMES.get(codec, codec)}, a guess from {its} bytes (check the text)")


def guessed_notice(name: str) -> str:
    """The warning for text decoded in the guessed codec `name`."""
    shown = NAMES.get(name, name)
    return (f"the input is neither UTF-8 nor labelled with its charset: it was read as {shown}, "
            "a guess from its bytes (check the text, or save the page as UTF-8)")


def guess(raw: bytes) -> str:
    """The legacy codec most likely to have written `raw` (bytes that are not UTF-8), from
    its first 64 KiB: Windows-1252 unless its reading is no Western text. Where that
    reading writes letters among plain ones as Latin scripts do, the Central European codec
    whose reading is Central European text (see MAX_WESTERN), or Windows-1254 for Turkish;
    where it gives whole words of them, the one of LEGACY_CODECS that reads the bytes
    without error into mostly its telling letters."""
    sample = raw[:_GUESS_SAMPLE]
    if len(sample) < len(raw):  # end at a line, so as not to cut a character in two
        sample = sample[: sample.rfind(b"\n") + 1] or sample
    western = cp1252(sample)
    runs = _BEYOND_ASCII.findall(western)
    if _vietnamese(sample):
        return "cp1258"
    unknown = sum(sample.count(byte) for byte in CENTRAL_ONLY_BYTES)
    share, outside = _fit(western, WESTERN_ALPHABETS, unknown, _UNWESTERN)
    if sum(map(len, runs)) <= MAX_WESTERN_RUN * len(runs) or share >= MIN_WESTERN:
        certain = unknown or _WORD_SYMBOL.search(western)  # no Western text holds one
        central = (share <= MAX_WESTERN and (outside >= MIN_UNWESTERN or certain)) or _hungarian(western)
        best = _central(sample) if central else "cp1252"
        if best == "cp1252" and _turkish(western):
            best = "cp1254"
        return best
    best, best_score = "cp1252", (MIN_TELLING, 0.0)
    for codec, telling in LEGACY_CODECS.items():
        if (text := _strict(sample, codec)) is None or (codec.startswith("iso") and _C1.search(text)):
            continue
        others = "".join(_BEYOND_ASCII.findall(text))
        if not others:
            continue
        share = sum(others.count(letter) for letter in telling) / len(others)
        score = (share, sum(char.isalpha() for char in others) / len(others))
        if score > best_score:
            best, best_score = codec, score
    return best


def _vietnamese(sample: bytes) -> bool:
    """Whether the bytes are Vietnamese written in Windows-1258 (see `VIETNAMESE_TONES`)."""
    text = _strict(sample, "cp1258")
    others = "".join(_BEYOND_ASCII.findall(text)) if text is not None else ""
    if not others:
        return False
    tones = sum(others.count(mark) for mark in VIETNAMESE_TONES)
    letters = sum(others.count(letter) for letter in VIETNAMESE_LETTERS)
    return tones >= MIN_TONES * len(others) and tones + letters >= MIN_VIETNAMESE * len(others)


def _turkish(western: str) -> bool:
    """Whether text read as Windows-1252 is Turkish, written in Windows-1254."""
    others = _beyond_ascii(western)
    if not others:
        return False
    turkish = sum(western.count(letter) for letter in TURKISH_AS_WESTERN)
    foreign = sum(western.count(letter) for letter in NOT_TURKISH)
    return turkish >= MIN_TURKISH * others and foreign * 20 < others


def _beyond_ascii(text: str) -> int:
    """How many of the text's characters are beyond ASCII."""
    return len(text) - len(text.encode("ascii", "ignore"))


def _strict(raw: bytes, codec: str) -> str | None:
    try:
        return raw.decode(codec)
    except UnicodeDecodeError:
        return None


def _central(sample: bytes) -> str:
    """The Central European codec whose reading of `sample` is most surely Central European
    text (see MIN_CENTRAL); Windows-1252 if none is."""
    best, best_score = "cp1252", (MIN_CENTRAL, -1)
    for codec in CENTRAL_CODECS:
        if (text := _strict(sample, codec)) is None or (codec.startswith("iso") and _C1.search(text)) \
                or (codec == "cp1257" and not _BALTIC.search(text.lower())):
            continue
        share = _fit(text, CENTRAL_ALPHABETS)[0]
        # between two readings all of one alphabet (a few letters that both codecs hold at
        # different bytes), the one whose letters more languages write
        spread = sum(letter in alphabet for letter in "".join(_BEYOND_ASCII.findall(text.lower()))
                     for alphabet in CENTRAL_ALPHABETS.values())
        if (share, spread) > best_score:
            best, best_score = codec, (share, spread)
    return best


def _hungarian(western: str) -> bool:
    """Whether text read as Windows-1252 is Hungarian (see MIN_HUNGARIAN)."""
    lower = western.lower()
    return lower.count("õ") - lower.count("õe") >= MIN_HUNGARIAN and ("á" in lower or "é" in lower)


def _fit(text: str, alphabets: dict[str, str], unknown: int = 0,
         unwritten: re.Pattern[str] | None = None) -> tuple[float, int]:
    """How well the letters beyond ASCII in `text` fit the one of `alphabets` that has most
    of them: the share it has (1.0 for a text with no such letters), and how many it has
    not. The letters opening a match of `unwritten` (forms those languages never write),
    symbols of WORD_SYMBOLS that stand against a letter and `unknown` more count as letters
    none has."""
    lower = text.lower()
    letters = Counter(char for char in "".join(_BEYOND_ASCII.findall(lower))
                      if char.isalpha() and char not in NOT_LETTERS)
    unknown += len(_WORD_SYMBOL.findall(text))
    for form in unwritten.findall(lower) if unwritten else ():
        letters[form[0]] -= 1
        unknown += 1
    total = letters.total() + unknown
    fitting = max(sum(letters[letter] for letter in alphabet) for alphabet in alphabets.values())
    return (fitting / total if total else 1.0), total - fitting


def declared_charset(head: bytes) -> str | None:
    """The codec a page's `<meta charset>` names: only one that reads ASCII as ASCII, since
    the tag itself was read so (a page naming UTF-16 or EBCDIC there is in neither)."""
    found = _META_CHARSET.search(head)
    name = codec(found.group(1).decode("ascii")) if found else None
    try:
        return name if name and _ASCII_PROBE.decode(name) == _ASCII_PROBE.decode("ascii") else None
    except UnicodeError:
        return None


def codec(label: str | None) -> str | None:
    """The codec a charset label names (None for no label, an unknown one, or one of
    Python's codecs that is no character set of text on the web)."""
    if not label:
        return None
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in NOT_CHARSETS:
        return None
    return SUPERSETS.get(info.name, info.name)


def cp1252(raw: bytes) -> str:
    # cp1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined; in Latin-1 they are C1
    # controls, which clean() would remove anyway, so they are ignored here.
    return raw.decode("cp1252", "ignore")
