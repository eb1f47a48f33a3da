"""Stage 1, read: decoding, cleaning and refusing, as labelled cases and properties."""

from __future__ import annotations

import codecs
import gzip
import hashlib
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import liveblog
from liveblog.errors import InputError
from liveblog.read import BINARY_MAGIC, CONTROLS, INVISIBLE, LINE_BREAKS, ODD_SPACES, clean, decode, read, sniff

from .fuzz import scaled

TEXT = "Caf\u00e9 cr\u00e8me \u2019quoted\u2019 \u2013 na\u00efve\n14:32 , Jane Doe\n"
#: A live blog's lines in languages whose legacy codecs are guessed, each written in them below.
RUSSIAN = "Обновлено в 14:32\nПрезидент заявил во вторник, что переговоры продолжатся на следующей неделе.\n"
JAPANESE = "14時32分更新\n東京都内で震度5弱の地震が発生しました。津波の心配はないということです。\n"
KOREAN = "오후 2:32\n서울 시내에서 대규모 집회가 열렸습니다. 경찰은 참가자 수를 약 만 명으로 추산했다고 밝혔습니다.\n"
CHINESE = "14:32 更新\n国家主席在北京会见了来访的外国领导人，双方就进一步发展两国关系交换了意见。\n"
TAIWANESE = "14:32 更新\n總統今天在台北接見了來訪的外國代表團，雙方就進一步發展兩國關係交換了意見。\n"
GREEK = "14:32\nΣεισμός μεγέθους πέντε βαθμών έπληξε την Αθήνα το πρωί της Τρίτης.\n"
#: Greek with Ά, which ISO 8859-7 and Windows-1253 hold at different bytes; Ukrainian with і, ї, є.
GREEK_ACCENTED = "14:32\nΆμεση εκκένωση ζήτησε η Πολιτική Προστασία. Άλλοι δύο σεισμοί καταγράφηκαν το πρωί.\n"
UKRAINIAN = "14:32\nПрезидент заявив у вівторок, що переговори продовжаться наступного тижня в Києві.\n"
HEBREW = "14:32\nראש הממשלה אמר היום כי המשא ומתן יימשך בשבוע הבא בירושלים.\n"
ARABIC = "14:32\nقال رئيس الوزراء اليوم إن المفاوضات ستستمر الأسبوع المقبل في القاهرة.\n"
THAI = "14:32\nนายกรัฐมนตรีกล่าวว่าการเจรจาจะดำเนินต่อไปในสัปดาห์หน้า\n"
TURKISH = "14:32\nCumhurbaşkanı salı günü yaptığı açıklamada görüşmelerin gelecek hafta süreceğini söyledi.\n"
#: Icelandic writes þ and ð as Turkish's ş and ğ are written in Windows-1252, and also á and æ.
ICELANDIC = "14:32\nForsætisráðherra sagði á þriðjudag að viðræðurnar haldi áfram í næstu viku.\n"
POLISH = "14:32\nPrezydent powiedział we wtorek, że rozmowy będą kontynuowane. Źródło: PAP, są też inne.\n"
#: Central European text whose letters Windows-1252 also has (Czech č, ě, ř as è, ì, ø;
#: Hungarian ő as õ; Romanian ă as ã), and Western text that a guess must leave Western:
#: guillemets against words, ¿ and ¡, Dutch "één", Icelandic without á or æ.
CZECH = "14:32\nPředseda vlády řekl v úterý, že jednání budou pokračovat příští týden. Opozice s tím nesouhlasí.\n"
SLOVAK = "14:32\nPredseda vlády v utorok povedal, že rokovania budú pokračovať budúci týždeň v Bratislave.\n"
HUNGARIAN = ("14:32\nA miniszterelnök kedden azt mondta, hogy a tárgyalások a jövő héten folytatódnak. Ez "
             "fontos lépés.\n")
ROMANIAN = "14:32\nPrim-ministrul a declarat marţi că negocierile vor continua săptămâna viitoare la Bucureşti.\n"
CROATIAN = ("14:32\nPremijer je u utorak rekao da će se pregovori nastaviti sljedeći tjedan. Očekuje se "
            "odluka o ključnim pitanjima, a oporba traži hitnu sjednicu. Sastanak s predstavnicima "
            "sindikata počeo je u podne.\n")
#: Polish whose only symbol is ż read as ¿ inside words (no ł or ą, read as ³ and ¹).
POLISH_PLAIN = "14:32\nNazwa użytkownika jest zajęta. Oczekiwanie na uwierzytelnienie, które może potrwać.\n"
LITHUANIAN = ("14:32\nPrezidentas antradienį pareiškė, kad derybos dėl naujos sutarties bus tęsiamos kitą savaitę "
              "Vilniuje. Opozicija tam nepritaria ir reikalauja skubaus Seimo posėdžio.\n")
CATALAN = ("14:32\nEl president ha dit «estem preparats» i ha afegit que la reunió continuarà demà. "
           "L'oposició ho critica.\n")
NORWEGIAN = ("14:32\nStatsministeren sa tirsdag at forhandlingene «går videre» neste uke. Opposisjonen er "
             "kritisk til møtet.\n")
SPANISH = "14:32\n¿Qué pasará ahora? El presidente dijo que las negociaciones seguirán en España. ¡Atención!\n"
SWISS_GERMAN = "14:32\nDer Bundesrat sagte am Dienstag, die Gespräche würden «nächste Woche» in Zürich fortgesetzt.\n"
DUTCH = "14:32\nDe premier zei dat er één akkoord is over één punt, en één datum.\n"
VIETNAMESE = "14:32\nThủ tướng cho biết hôm thứ Ba rằng các cuộc đàm phán sẽ tiếp tục vào tuần tới tại Hà Nội.\n"
VIETNAMESE_TONES = "\u0300\u0301\u0303\u0309\u0323"


def windows_1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 writes it: a letter, then its tone as a combining mark."""
    out = b""
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(mark for mark in parts if mark in VIETNAMESE_TONES)
        letter = unicodedata.normalize("NFC", "".join(mark for mark in parts if mark not in VIETNAMESE_TONES))
        out += letter.encode("cp1258") + tones.encode("cp1258")
    return out
ICELANDIC_PLAIN = "14:32\nÞingið kemur saman í dag. Það er mikið að gerast í þinginu.\n"

# (id, bytes, expected text, expected encoding)
DECODE_CASES = [
    ("utf-8", TEXT.encode("utf-8"), TEXT, "utf-8"),
    ("utf-8-bom", codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT, "utf-8"),
    ("utf-16-le-bom", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), TEXT, "utf-16-le"),
    ("utf-16-be-bom", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT, "utf-16-be"),
    ("utf-32-le-bom", codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), TEXT, "utf-32-le"),
    ("utf-16-le-no-bom", TEXT.encode("utf-16-le"), TEXT, "utf-16-le"),
    ("utf-16-be-no-bom", TEXT.encode("utf-16-be"), TEXT, "utf-16-be"),
    ("utf-32-le-no-bom", TEXT.encode("utf-32-le"), TEXT, "utf-32-le"),
    ("utf-32-be-no-bom", TEXT.encode("utf-32-be"), TEXT, "utf-32-be"),
    ("utf-32-le-no-bom-russian", RUSSIAN.encode("utf-32-le"), RUSSIAN, "utf-32-le"),
    ("cp1252", TEXT.encode("cp1252"), TEXT, "cp1252"),
    ("utf-8-cut-mid-character", TEXT.encode("utf-8") + "\u2019".encode()[:2], TEXT + "\ufffd", "utf-8"),
    # a byte that is no UTF-8 is read in the codec guessed for its lines (an editor saved them so)
    ("utf-8-one-stray-byte", TEXT.encode("utf-8").replace(b"Jane", b"J\xe4ne"), TEXT.replace("Jane", "J\u00e4ne"),
     "utf-8"),
    ("utf-8-with-windows-1252-lines", TEXT.encode("utf-8") * 3 + ICELANDIC.encode("cp1252"), TEXT * 3 + ICELANDIC,
     "utf-8"),
    ("utf-8-with-windows-1250-lines", TEXT.encode("utf-8") * 3 + CZECH.encode("cp1250"), TEXT * 3 + CZECH, "utf-8"),
    # the guess for those lines sees their bad bytes, not their UTF-8 characters
    ("utf-8-russian-with-a-windows-1251-line", RUSSIAN.encode("utf-8") * 2 + RUSSIAN.encode("cp1251"), RUSSIAN * 3,
     "utf-8"),
    # a byte read as a character that is cleaned is cleaned (Windows-1252's A0 is a no-break space)
    ("utf-8-with-a-windows-1252-no-break-space", TEXT.encode("utf-8") + b"Caf\xe9\xa0!\n", TEXT + "Caf\u00e9 !\n",
     "utf-8"),
    ("utf-8-russian-with-a-windows-1252-byte", RUSSIAN.encode("utf-8") + b"Caf\xe9\n", RUSSIAN + "Caf\u00e9\n",
     "utf-8"),
    ("html-declared-charset", b'<html><head><meta charset="koi8-r"></head><body>\xf0\xd2\xc9\xd7\xc5\xd4</body>',
     '<html><head><meta charset="koi8-r"></head><body>\u041f\u0440\u0438\u0432\u0435\u0442</body>', "koi8-r"),
    # a Latin-1 label is read as Windows-1252, as browsers do: its curly quotes are kept
    ("html-declared-latin-1", b'<meta charset="iso-8859-1"><p>\x93caf\xe9\x94</p>',
     '<meta charset="iso-8859-1"><p>\u201ccaf\u00e9\u201d</p>', "cp1252"),
    ("guessed-windows-1251", RUSSIAN.encode("cp1251"), RUSSIAN, "cp1251"),
    ("guessed-koi8-r", RUSSIAN.encode("koi8-r"), RUSSIAN, "koi8_r"),
    ("guessed-windows-1253", GREEK.encode("cp1253"), GREEK, "cp1253"),
    ("guessed-windows-1255", HEBREW.encode("cp1255"), HEBREW, "cp1255"),
    ("guessed-windows-1256", ARABIC.encode("cp1256"), ARABIC, "cp1256"),
    ("guessed-windows-874", THAI.encode("cp874"), THAI, "cp874"),
    ("guessed-shift-jis", JAPANESE.encode("shift_jis"), JAPANESE, "cp932"),
    ("guessed-euc-jp", JAPANESE.encode("euc_jp"), JAPANESE, "euc_jp"),
    ("guessed-euc-kr", KOREAN.encode("euc_kr"), KOREAN, "cp949"),
    ("guessed-gbk", CHINESE.encode("gbk"), CHINESE, "gb18030"),
    ("guessed-big5", TAIWANESE.encode("big5"), TAIWANESE, "big5"),
    ("guessed-windows-1254", TURKISH.encode("cp1254"), TURKISH, "cp1254"),
    ("guessed-western-icelandic", ICELANDIC.encode("cp1252"), ICELANDIC, "cp1252"),
    # its tones written after their letters, read composed ("ế", not "ê" and U+0301)
    ("guessed-windows-1258", windows_1258(VIETNAMESE), VIETNAMESE, "cp1258"),
    ("guessed-windows-1250", POLISH.encode("cp1250"), POLISH, "cp1250"),
    ("guessed-iso-8859-2", POLISH.encode("iso8859-2"), POLISH, "iso8859-2"),
    ("guessed-iso-8859-7", GREEK_ACCENTED.encode("iso8859-7"), GREEK_ACCENTED, "iso8859-7"),
    ("guessed-windows-1253-accented", GREEK_ACCENTED.encode("cp1253"), GREEK_ACCENTED, "cp1253"),
    ("guessed-iso-8859-6", ARABIC.encode("iso8859-6"), ARABIC, "iso8859-6"),
    ("guessed-iso-8859-5", RUSSIAN.encode("iso8859-5"), RUSSIAN, "iso8859-5"),
    ("guessed-koi8-u", UKRAINIAN.encode("koi8_u"), UKRAINIAN, "koi8_u"),
    ("guessed-windows-1251-ukrainian", UKRAINIAN.encode("cp1251"), UKRAINIAN, "cp1251"),
    ("guessed-windows-1250-czech", CZECH.encode("cp1250"), CZECH, "cp1250"),
    ("guessed-iso-8859-2-czech", CZECH.encode("iso8859-2"), CZECH, "iso8859-2"),
    ("guessed-windows-1250-slovak", SLOVAK.encode("cp1250"), SLOVAK, "cp1250"),
    ("guessed-windows-1250-hungarian", HUNGARIAN.encode("cp1250"), HUNGARIAN, "cp1250"),
    ("guessed-windows-1250-romanian", ROMANIAN.encode("cp1250"), ROMANIAN, "cp1250"),
    ("guessed-windows-1250-croatian", CROATIAN.encode("cp1250"), CROATIAN, "cp1250"),
    ("guessed-windows-1250-polish-inner-symbol", POLISH_PLAIN.encode("cp1250"), POLISH_PLAIN, "cp1250"),
    ("guessed-windows-1257-lithuanian", LITHUANIAN.encode("cp1257"), LITHUANIAN, "cp1257"),
    ("guessed-western-catalan-guillemets", CATALAN.encode("cp1252"), CATALAN, "cp1252"),
    ("guessed-western-norwegian-guillemets", NORWEGIAN.encode("cp1252"), NORWEGIAN, "cp1252"),
    ("guessed-western-spanish-marks", SPANISH.encode("cp1252"), SPANISH, "cp1252"),
    ("guessed-western-swiss-german", SWISS_GERMAN.encode("cp1252"), SWISS_GERMAN, "cp1252"),
    ("guessed-western-dutch-een", DUTCH.encode("cp1252"), DUTCH, "cp1252"),
    ("guessed-western-icelandic-plain", ICELANDIC_PLAIN.encode("cp1252"), ICELANDIC_PLAIN, "cp1252"),
    ("guessed-western-despite-script", b"<script>" + b"var a = 1;" * 5000 + b"</script>" + TEXT.encode("cp1252"),
     "<script>" + "var a = 1;" * 5000 + "</script>" + TEXT, "cp1252"),
]


@pytest.mark.parametrize(("data", "text", "encoding"), [case[1:] for case in DECODE_CASES],
                         ids=[case[0] for case in DECODE_CASES])
def test_decode(data: bytes, text: str, encoding: str) -> None:
    assert decode(data) == (text, encoding)


def test_a_charset_the_bytes_came_labelled_with_is_used() -> None:
    # Slovene whose only letters beyond ASCII are š and ž (the same bytes in Windows-1252) and
    # one č is not guessed: unlabelled, it reads as Windows-1252
    slovene = "Predsednik je v torek dejal, da se bodo pogajanja nadaljevala že prihodnji teden v Ljubljani, 14:32\n"
    assert decode(slovene.encode("cp1250"), charset="windows-1250") == (slovene, "cp1250")
    assert decode(slovene.encode("cp1250"))[1] == "cp1252"
    assert decode(windows_1258(VIETNAMESE), charset="windows-1258") == (VIETNAMESE, "cp1258")
    # ISO 8859-9 is read as Windows-1254, as browsers do
    assert decode(TURKISH.encode("cp1254"), charset="ISO-8859-9") == (TURKISH, "cp1254")


@pytest.mark.parametrize(("data", "charset", "guessed"), [
    (RUSSIAN.encode("cp1251"), None, "Windows-1251"),
    (TEXT.encode("cp1252"), None, "Windows-1252"),
    (RUSSIAN.encode("cp1251"), "windows-1251", None),
    (b'<html><head><meta charset="windows-1251"></head><body><p>' + RUSSIAN.encode("cp1251") + b"</p></body></html>",
     None, None),
    (RUSSIAN.encode("utf-8"), None, None),
], ids=["guessed", "guessed-western", "labelled", "declared-in-the-page", "utf-8"])
def test_a_guessed_codec_is_named_in_a_warning(data: bytes, charset: str | None, guessed: str | None) -> None:
    warnings = [notice for notice in liveblog.parse(data, charset=charset, date="2026-03-12").warnings
                if notice.code == "encoding-guessed"]
    assert [f"read as {guessed}," in notice.message for notice in warnings] == ([True] if guessed else [])


# (id, bytes, what the warning says or None for no warning, its line)
MIXED_NOTICE_CASES = [
    # TEXT is 2 lines: ICELANDIC's are lines 7 and 8, one of them with bytes that are no UTF-8
    ("windows-1252-lines", TEXT.encode("utf-8") * 3 + ICELANDIC.encode("cp1252"),
     "1 line of the input is not UTF-8, unlike the rest (a file saved by two programs?): read as Windows-1252", 8),
    # only lines with bytes that are no UTF-8 count (TEXT's second line is ASCII)
    ("two-lines", TEXT.encode("utf-8") * 3 + TEXT.encode("cp1252") * 2,
     "2 lines of the input are not UTF-8, unlike the rest (a file saved by two programs?): read as Windows-1252", 7),
    # a page cut mid-character is cut, not mixed
    ("cut-mid-character", TEXT.encode("utf-8") * 3 + "\u2019".encode()[:2], None, None),
    # Shift_JIS lines fit no single-byte codec: their bad bytes are U+FFFD
    ("shift-jis-lines", JAPANESE.encode("utf-8") * 3 + JAPANESE.encode("shift_jis"),
     "2 lines of the input are not UTF-8, unlike the rest, and no single-byte codec fits: their bytes", 7),
    ("utf-8", TEXT.encode("utf-8"), None, None),
]


@pytest.mark.parametrize(("data", "message", "line"), [case[1:] for case in MIXED_NOTICE_CASES],
                         ids=[case[0] for case in MIXED_NOTICE_CASES])
def test_lines_that_are_not_utf_8_in_utf_8_are_named_in_a_warning(data: bytes, message: str | None,
                                                                  line: int | None) -> None:
    warnings = [notice for notice in liveblog.parse(data, date="2026-03-12").warnings
                if notice.code.startswith("encoding")]
    assert [(notice.code, notice.message.startswith(message or ""), notice.line) for notice in warnings] == (
        [("encoding-mixed", True, line)] if message else [])


def test_a_gzipped_input_is_read_inflated_member_after_member() -> None:
    data = gzip.compress(TEXT.encode("utf-8")) + gzip.compress(RUSSIAN.encode("utf-8"))
    document = read(data)
    assert (document.text, document.encoding, document.notices) == (TEXT + RUSSIAN, "utf-8", ())
    assert document.sha256 == read(data).sha256 != read(TEXT + RUSSIAN).sha256  # of the bytes as given


def test_a_gzipped_input_cut_short_is_read_as_far_as_it_goes_with_a_warning() -> None:
    whole = (TEXT * 2000).encode("utf-8")
    data = gzip.compress(whole)
    timeline = liveblog.parse(data[: len(data) // 2], date="2026-03-12", tz="UTC")
    assert [notice.code for notice in timeline.warnings][:1] == ["input-cut"]
    assert 0 < len(timeline.entries) < len(liveblog.parse(whole, date="2026-03-12", tz="UTC").entries)


@settings(max_examples=scaled(150), deadline=None)
@given(st.binary(max_size=300), st.integers(min_value=0, max_value=400))
def test_any_gzipped_bytes_read_as_those_bytes_and_any_cut_or_broken_one_as_ours(inner: bytes, cut: int) -> None:
    packed = gzip.compress(inner)
    for data in (packed, packed[:cut], b"\x1f\x8b" + inner):
        try:
            document = read(data)
        except InputError:
            continue  # anything else fails the test
        if data is packed:
            assert document.text == read(inner).text
        else:
            assert document.sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize(("data", "message"), [
    (b"\x1f\x8b" + b"x" * 40, "a broken gzip file"),
    (gzip.compress(b"a" * 5000), "the gzip file inflates to more than 4,096 bytes, over the limit"),
], ids=["broken", "over-the-limit"])
def test_a_gzipped_input_that_cannot_be_read_is_an_input_error(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read(data, name="page.html.gz", max_bytes=4096)


@pytest.mark.parametrize("label", ["zlib", "rot13", "base64", "undefined", "unicode_escape", "utf-7", "idna", "charmap",
                                   "utf-16", "cp037"])
def test_a_label_naming_no_web_charset_is_ignored(label: str) -> None:
    # Python's byte and escape codecs, and codecs that cannot have written an ASCII tag: the
    # label is passed over (it raised LookupError or UnicodeError, or read backslashes as code)
    data = "Caf\u00e9 \\x41 \u201cquoted\u201d\n".encode("cp1252")
    unlabelled = decode(data)
    assert decode(b'<meta charset="' + label.encode() + b'">' + data)[1] == unlabelled[1]
    if label not in ("utf-16", "cp037"):  # a transport label is believed for any text codec
        assert decode(data, charset=label) == unlabelled


@pytest.mark.parametrize("charset", ["windows-1254", "no-such-charset", ""])
def test_a_label_gives_way_to_a_byte_order_mark_and_to_utf_8(charset: str) -> None:
    assert decode(TEXT.encode("utf-8"), charset=charset) == (TEXT, "utf-8")
    assert decode(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), charset=charset) == (TEXT, "utf-16-le")


@pytest.mark.parametrize("magic", list(BINARY_MAGIC), ids=list(BINARY_MAGIC.values()))
def test_binary_formats_are_refused_by_name(magic: bytes) -> None:
    with pytest.raises(InputError, match=re.escape(f"looks like {BINARY_MAGIC[magic]}")):
        read(magic + bytes(range(256)) * 8, name="file.bin")


def test_a_pdf_is_refused_with_the_way_to_read_its_text() -> None:
    with pytest.raises(InputError, match=re.escape("file.pdf: this looks like a PDF document, not a web page or text: "
                                                   "copy its text, or run `pdftotext FILE - | liveblog parse -`")):
        read(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", name="file.pdf")


@pytest.mark.parametrize("data", [bytes(range(32)) * 200, b"\x00" * 5000, bytes(range(256)) * 40],
                         ids=["controls", "nul-bytes", "every-byte"])
def test_binary_data_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="binary"):
        read(data)


@pytest.mark.parametrize("data", [b"", b"   \n\n\t  \r\n", "\u200b\u00a0\ufeff\n".encode(), b" " * 100 + b"\x1b\n",
                                  codecs.BOM_UTF8, codecs.BOM_UTF16_LE + " \n".encode("utf-16-le")],
                         ids=["empty", "whitespace", "invisible", "a-control", "bom-only", "utf-16-blank"])
def test_empty_input_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="empty"):
        read(data, name="blank.txt")


def test_size_limit_is_clear_and_exact() -> None:
    data = b"14:32 , Jane Doe\nBody.\n" * 10
    assert read(data, max_bytes=len(data)).text.startswith("14:32")
    with pytest.raises(InputError, match=r"big\.txt: 230 bytes is over the limit of 229 \(raise it with --max-size\)"):
        read(data, name="big.txt", max_bytes=len(data) - 1)


def test_size_limit_counts_utf8_bytes_of_text_input() -> None:
    with pytest.raises(InputError, match="over the limit"):
        read("\u00e9" * 10, max_bytes=15)


def test_sha256_is_of_the_bytes_and_str_input_hashes_its_utf8() -> None:
    data = TEXT.encode("utf-16")
    assert read(data).sha256 == hashlib.sha256(data).hexdigest()
    assert read(TEXT).sha256 == hashlib.sha256(TEXT.encode("utf-8")).hexdigest()


CLEAN_CASES = [
    ("crlf", "a\r\nb\r\n", "a\nb\n"),
    ("cr", "a\rb\r", "a\nb\n"),
    ("mixed-newlines", "a\r\n\rb\n", "a\n\nb\n"),
    ("no-break-space", "a\u00a0b\u202fc\u3000d", "a b c d"),
    ("zero-width", "a\u200bb\u2060c\u00add\ufeffe", "abcde"),
    ("c0-controls", "a\x00b\x07c\x1bd\x7fe", "abcde"),
    ("c1-controls", "a\x9bb\x80c", "abc"),
    ("word-manual-line-break", "14:05\x0bRoads closed\x0cPage two", "14:05\nRoads closed\nPage two"),
    ("unicode-separators", "14:05\u2028Roads closed\u2029\u2029Next", "14:05\nRoads closed\n\nNext"),
    ("next-line-and-record-separators", "a\x85b\x1cc\x1dd\x1ee", "a\nb\nc\nd\ne"),
    ("crlf-then-separator", "a\r\n\u2028b", "a\n\nb"),
    ("tab-kept", "a\tb", "a\tb"),
    ("lone-surrogates", "a\ud800b\udfffc", "abc"),
    ("escape-sequence", "\x1b[31mred\x1b[0m", "[31mred[0m"),
]


@pytest.mark.parametrize(("text", "expected"), [case[1:] for case in CLEAN_CASES],
                         ids=[case[0] for case in CLEAN_CASES])
def test_clean(text: str, expected: str) -> None:
    assert clean(text) == expected


REMOVED = set(CONTROLS + INVISIBLE + ODD_SPACES + LINE_BREAKS + "\r")


@settings(max_examples=scaled(300), deadline=None)
@given(st.text(alphabet=st.sampled_from(sorted(REMOVED) + list("ab \n\t\u00e9\u2019")) | st.characters()))
def test_clean_removes_every_odd_character_and_keeps_line_count(text: str) -> None:
    cleaned = clean(text)
    assert not REMOVED & set(cleaned)
    assert not any("\ud800" <= ch <= "\udfff" for ch in cleaned)
    breaks = len((text + "x").splitlines()) - 1  # every line end Python knows: CRLF, CR, LF, LINE_BREAKS
    assert cleaned.count("\n") == breaks


@settings(max_examples=scaled(300), deadline=None)
@given(st.text(alphabet=st.sampled_from(sorted(REMOVED) + list("ab \n\t\u00e9\u2019\ud800")) | st.characters()))
def test_clean_is_each_character_on_its_own(text: str) -> None:
    """clean() returns a text with nothing to clean as it is: the result is still that of
    mapping every character by itself (odd spaces to a space, line ends to LF, the rest dropped)."""
    expected = text.replace("\r\n", "\n").replace("\r", "\n")
    expected = "".join(" " if ch in ODD_SPACES else "\n" if ch in LINE_BREAKS
                       else "" if ch in REMOVED or "\ud800" <= ch <= "\udfff" else ch for ch in expected)
    assert clean(text) == expected


@pytest.mark.parametrize("text", [case[1] for case in CLEAN_CASES if "\ud800" not in case[1]]
                         + ["plain text\n", "curly \u2019quotes\u201d \u2013 dashes \u00a3 and \u00e9\n",
                            "\u3053\u3093\u306b\u3061\u306f", "\u1e9e\u1680", "\u205e\u205f\u2060\u2061"],
                         ids=[case[0] for case in CLEAN_CASES if "\ud800" not in case[1]]
                         + ["plain", "typography", "kana", "ogham", "around-2060"])
def test_clean_from_utf8_bytes_is_clean_of_the_text(text: str) -> None:
    assert clean(text, text.encode("utf-8")) == clean(text)


def test_every_character_clean_changes_is_found_in_its_utf8_bytes() -> None:
    for code in range(0x110000):
        if not 0xD800 <= code <= 0xDFFF:
            char = chr(code)
            assert clean(f"a{char}b", f"a{char}b".encode()) == clean(f"a{char}b"), hex(code)


@settings(max_examples=scaled(300), deadline=None)
@given(st.text(alphabet=st.sampled_from(sorted(REMOVED) + list("ab \n\t\u00e9\u2019")) | st.characters(codec="utf-8")))
def test_clean_from_utf8_bytes_of_any_text(text: str) -> None:
    assert clean(text, text.encode("utf-8")) == clean(text)


@settings(max_examples=scaled(300), deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_read_or_raise_input_error(data: bytes) -> None:
    try:
        document = read(data)
    except InputError as error:
        assert str(error)
        return
    assert document.text.strip()
    assert document.format in ("text", "html")


@settings(max_examples=scaled(200), deadline=None)
@given(st.text(max_size=2000), st.sampled_from(["utf-8", "utf-16", "utf-8-sig", "utf-32"]))
def test_text_survives_a_round_trip_through_any_unicode_encoding(text: str, encoding: str) -> None:
    clean_text = clean(text)
    try:
        expected = read(clean_text).text
    except InputError:
        return
    data = clean_text.encode(encoding, "surrogatepass")
    document = read(data)
    if document.repaired:  # text every character of which beyond ASCII is in mojibake's forms ("Â¡")
        from liveblog.legacy import repaired

        expected = clean(repaired(clean_text) or "")
    assert document.text == expected


@pytest.mark.parametrize(("head", "kind"), [
    ("<!DOCTYPE html><html>", "html"),
    ("  <!-- saved from url -->\n<html lang=en>", "html"),
    ("<HEAD><TITLE>x</TITLE>", "html"),
    ("<meta charset=utf-8>", "html"),
    ("Title of the blog\n<html> appears later", "text"),
    ("14:32 , Jane Doe", "text"),
    ("<b>bold</b> is not a page", "text"),
], ids=["doctype", "comment-first", "upper-case", "meta", "html-later", "text", "fragment"])
def test_sniff(head: str, kind: str) -> None:
    assert sniff(head) == kind


def test_parse_takes_a_function_that_loads_the_bytes_and_calls_it_once() -> None:
    import liveblog

    page = "Title of the live blog\n\n14:32 , Jane Doe\nFirst post text here.\n\n14:40 , Jane Doe\nSecond.\n"
    calls: list[int] = []

    def load() -> bytes:
        calls.append(1)
        return page.encode("utf-8")

    from_function = liveblog.parse(load, date="2026-01-06", tz="UTC")
    assert calls == [1]
    assert from_function == liveblog.parse(page.encode("utf-8"), date="2026-01-06", tz="UTC")
    assert len(from_function.entries) == 2


def _read_as_windows_1252(text: str) -> str:
    """`text`'s UTF-8 bytes read as Windows-1252 (the bytes it leaves undefined as Latin-1 does)."""
    return "".join(chr(byte) if byte in b"\x81\x8d\x8f\x90\x9d" else bytes([byte]).decode("cp1252")
                   for byte in text.encode("utf-8"))


# (id, text as written, whether reading it as Windows-1252 and saving it again is repaired)
MOJIBAKE_CASES = [
    ("english-quotes", "It\u2019s a \u201clive\u201d blog \u2013 14:32 \u00a35\n", True),
    ("french", "L\u2019\u00e9t\u00e9 \u00e0 Gen\u00e8ve : la ma\u00efrie a d\u00e9cid\u00e9.\n", True),
    ("czech", CZECH, True),
    ("russian", RUSSIAN, True),
]
# (id, UTF-8 text as written that holds forms like those, and is left as it is)
NOT_MOJIBAKE_CASES = [
    # a capital and a quotation mark or ellipsis that would read as another script's letter
    ("german-quote-after-sharp-s", "Er sagte \u201eGru\u00df\u201c und ging.\n"),
    ("catalan-capital-ellipsis", "ACCI\u00d3\u2026 i continua\n"),
    # a capital between guillemets: the form would be a letter, but the text writes others
    ("german-letter-in-guillemets", "Das deutsche \u00bb\u00c4\u00ab und das \u00bb\u00d6\u00ab sind Umlaute.\n"),
    # some characters beyond ASCII stand outside any such form: repaired text would mix both
    ("mixed", "Caf\u00c3\u00a9 and caf\u00e9\n"),
]


@pytest.mark.parametrize(("text", "repaired"), [case[1:] for case in MOJIBAKE_CASES],
                         ids=[case[0] for case in MOJIBAKE_CASES])
def test_utf8_read_as_windows_1252_and_saved_again_is_repaired(text: str, repaired: bool) -> None:
    document = read(_read_as_windows_1252(text).encode("utf-8"))
    assert (document.text, document.repaired, document.encoding) == (text, repaired, "utf-8")


@pytest.mark.parametrize("text", [case[1] for case in NOT_MOJIBAKE_CASES], ids=[case[0] for case in NOT_MOJIBAKE_CASES])
def test_text_whose_forms_could_be_real_is_not_repaired(text: str) -> None:
    document = read(text.encode("utf-8"))
    assert (document.text, document.repaired) == (text, False)


def test_a_repair_is_named_in_a_warning() -> None:
    page = "Title of the live blog\n\n14:32 , Jane Doe\nIt\u2019s \u00e9t\u00e9.\n"
    warnings = liveblog.parse(_read_as_windows_1252(page).encode("utf-8"), date="2026-03-12").warnings
    assert [notice.code for notice in warnings if notice.code.startswith("encoding")] == ["encoding-repaired"]
    clean_page = liveblog.parse(page.encode("utf-8"), date="2026-03-12").warnings
    assert not [notice for notice in clean_page if notice.code.startswith("encoding")]


def test_bytes_read_in_a_legacy_codec_in_utf_8_are_cleaned_as_the_rest() -> None:
    # an encoded surrogate, a no-break space and a soft hyphen, each no UTF-8 (fuzzing found the first)
    data = TEXT.encode("utf-8") * 3 + b"\xed\xa0\x80 \xa0\xad x\n"
    assert read(data).text == clean(decode(data)[0]) == TEXT * 3 + "\u00ed \u20ac   x\n"
