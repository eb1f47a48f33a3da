"""Page furniture as data: lines that are not the story, and the shapes that mark
captions, bylines and the boxes around a live blog.

Every table here is matched against whole lines (after trimming), case-insensitively,
never against one page's content: a new outlet's furniture is a new row, not a branch.
"""

from __future__ import annotations

import re

from . import patterns

#: Share buttons, in the languages liveblog reads. Alone on a line they are furniture (in
#: BOILERPLATE_LINES); a text browser also runs one into the next post's stamp ("Share 1h
#: ago13.30 GMT"), where the stamp is read past it (SHARE_LEAD).
SHARE_BUTTONS = ("Compartilhar", "Compartir", "Condividi", "Delen", "Partager", "Share", "Teilen", "Udostępnij")

#: Skip links, the first words of most pages: a text browser runs them into the menu after
#: them ("Skip to main contentNews Royal Sport"), a line that is then no headline.
SKIP_LINKS = (
    "Skip to content", "Skip to main content", "Navigation überspringen",
    "Zum Inhalt springen", "Direkt zum Inhalt", "Aller au contenu", "Aller au contenu principal",
    "Saltar al contenido", "Ir al contenido", "Vai al contenuto", "Ga naar inhoud", "Ir para o conteúdo",
    "Gå direkt till innehållet", "Gå direkt till textinnehållet", "Hopp til innhold", "Gå til indhold",
)
SKIP_LINK_STARTS = tuple(link.lower() for link in SKIP_LINKS)

#: A screen reader's label alone on its line before a picture's caption, the comma its pause (the
#: BBC's live pages: the alt text, "Image caption,", then the caption on the next line with text).
CAPTION_LABELS = ("Image caption,", "Media caption,")
#: The same label with a colon, the caption after it on its line, the alt text on the line above
#: ("TBMM" / "Image caption: Türkiye Büyük Millet Meclisi", as older copies of the BBC's pages in
#: its languages print a picture).
CAPTION_PREFIXES = ("Image caption: ", "Media caption: ")
#: A screen reader's label before a picture's credit, which a copy glues after the credit as
#: the page shows it ("ReutersCopyright: Reuters", the BBC's picture boxes).
COPYRIGHT_LABEL = "Copyright: "

#: An ad's labels in a story's text, lower case: Postmedia's papers print "Advertisement 3" /
#: "Story continues below" / "Article content" around each ad, even between the title and the
#: story; Global News "Story continues below advertisement". Furniture, and no line of content.
AD_LABELS = frozenset(("advertisement", "article content", "story continues below",
                       "story continues below advertisement"))

#: Whole lines that are furniture wherever they stand: app banners, share and sign-up
#: prompts, embed placeholders, cookie and navigation words.
BOILERPLATE_LINES = frozenset(
    line.lower()
    for line in (
        # news-app banners (the seed's aggregator) and paywall prompts
        "Get all your news in one place.", "100’s of premium titles.", "100's of premium titles.", "One app.",
        "Start reading", "Sign up to read this article",
        "Read news from 100’s of titles, curated specifically for you.",
        "Already a member? Sign in here", "Top stories on inkl right now", "Our Picks", "Fourteen days free",
        "Download the app", "One app. One membership.", "100+ trusted global sources.",
        "One subscription that gives you access to news from hundreds of sites",
        # a small picture (an author's avatar, an icon) as w3m prints one whatever its alt text: a black circle
        "●",
        # share, follow and sign-up buttons
        "Share this", "Share this:", "Share this article", "Share this post", "Share:", "Sign up",
        "Copy link", "Link copied", "Tweet",
        *SHARE_BUTTONS,
        "Facebook", "Twitter", "WhatsApp", "Email", "Print", "Comments", "Comment", "Save", "Saved",
        "Follow us", "Follow us on:", "Follow us on Google News", "Síguenos en Google News",
        "Sign in", "Sign out", "Sign Out", "Log in", "Login", "Register",
        "Subscribe", "Subscriptions", "My Account", "Menu", "Search", "Close", "Expand",
        "Accessibility links", "Accessibility Help", *SKIP_LINKS,
        "Get alerts for live updates", "Toggle", "Settings", "Change Font Size", "Focus On Story", "A",
        "Advertisement", "ADVERTISEMENT", "Anzeige", "Werbung", "Publicité", "Publicidad",
        # advertisement labels in other languages, and the note that the story goes on below one
        "Mainos", "Mainos (artikkeli jatkuu alla)", "Mainos (teksti jatkuu alla)", "Mainos päättyy",  # fi
        "Annons", "Annonse", "Annonce", "Advertentie", "Reklama", "Reklam", "Pubblicità", "Publicidade",
        "Hirdetés", "Реклама", "Διαφήμιση", "Iklan", "إعلان", "広告", "광고", "广告",
        "La suite après la publicité", "Suite après la publicité",
        # the same note in English (Postmedia's papers print "Advertisement 3" / "Story continues
        # below" in the story's text, Global News "Story continues below advertisement")
        *AD_LABELS,
        "Show key events only", "Find out more", "Please turn on JavaScript",
        "Last Update", "Last updated",  # the label of a page's update time, alone (a copy lost the time)
        "Reuse this content", "Read more", "More",
        "Load more", "Show more", "Load more posts", "Older posts", "Newer posts", "Latest", "Live",
        # "load more" buttons below a ticker's posts, in other languages
        "Mehr laden", "Mehr anzeigen", "Weitere laden", "Weitere Einträge laden", "Weitere Beiträge laden",
        "Charger plus", "Voir plus", "Cargar más", "Ver más", "Carica altro", "Mostra altro", "Meer laden",
        "View more on Twitter", "View more on twitter", "View more on TwitterView more on twitter",
        "View more on Instagram", "View more on InstagramView more on instagram", "View more on Facebook",
        "View more on YouTube", "View more on youtube", "View original tweet on Twitter",
        "Skip twitter post", "Skip Twitter post", "Allow Twitter content?", "Accept and continue",
        "Bildbeitrag", "(öffnet in einem neuen Fenster)", "nach oben", "Schlagwörter",
        "Back to top",  # under each post of NPR's live blogs (also a footer line: see FOOTER_LINES)
        "Play video", "Watch", "Video", "Media caption", "Image caption", "Image source", "Image",
        *CAPTION_LABELS, "Image source,",
        "Copy link to this post", "Share this update", "Share Link", "Copy this link", "Link Copied!",
        # a share button's hidden text, after each post of Al Jazeera's live pages (a line, not a pattern: a
        # pattern's branch cost every line; "Click here to share your story" is a post's own appeal)
        "Click here to share on social media", "Share on social media",
        # the same buttons in other languages: share, save, follow, copy link, print
        "Guardar", "Seguir", "Copiar enlace", "Imprimir",  # es
        "Te podría interesar",  # es: a related story's label inside a post, its link lost by the copy
        "Salvar", "Copiar link",  # pt
        "Enregistrer", "Suivre", "Copier le lien", "Imprimer",  # fr
        "Merken", "Folgen", "Link kopieren", "Drucken",  # de
        "Salva", "Segui", "Copia link", "Stampa",  # it
        "Zapisz", "Obserwuj", "Kopiuj link", "Drukuj",  # pl
        "Jaa", "Jaa artikkeli", "Jaa artikkeli:", "Tulosta", "Kopioi linkki",  # fi
        "Opslaan", "Volgen", "Kopieer link", "Afdrukken",  # nl
        "Compartir nota", "Compartir nota:", "Partager l'article", "Artikel teilen", "Condividi l'articolo",
        "More to follow...", "More to follow",
        # a feedback box below the story: its question and buttons ("Tipsa oss": Swedish "tip us off")
        "Was this article helpful?", "Was this helpful?", "Give feedback", "Send feedback", "Share your feedback",
        "Tipsa oss", "Tipsa oss!", "War dieser Artikel hilfreich?",
        "Live Blog Post",  # a post's type label, printed above each post's date (Urgente24's copies)
        "Live Reporting", "Live reporting", "Refresh", "Rafraichir", "Rafraîchir", "Aktualisieren", "Actualizar",
        "Aggiorna", "En direct", "Live", "Im Liveticker",
        # share, load-more and skip buttons, live labels: Russian, Ukrainian, Czech, Slovak, Romanian
        "Поделиться", "Показать ещё", "Загрузить ещё", "Подписаться", "Перейти к содержанию", "Онлайн",
        "Поділитися", "Показати ще", "Завантажити ще", "Підписатися", "Перейти до змісту", "Наживо",
        "Sdílet", "Načíst další", "Zobrazit více", "Přeskočit na obsah", "Online", "Zdieľať", "Načítať ďalšie",
        "Distribuie", "Încarcă mai multe", "Mai multe", "Sari la conținut",
        # gallery buttons, live labels: Serbian, Croatian, Bosnian; Slovak; Lithuanian share buttons
        "Pogledaj galeriju", "Pogledajte galeriju", "Uživo", "Blog uživo", "Naživo", "Dalintis", "Nuoroda nukopijuota",
        # Japanese, Chinese and Korean: skip links, live labels, share buttons
        "メインコンテンツへスキップ", "本文へスキップ", "ライブ", "シェア", "跳到主要内容", "直播",
        "分享", "分享到", "分享到微信", "关闭", "본문 바로가기", "공유", "라이브",
        "기사원문",  # Korean: a portal's link to the original article, below the dateline
        # the heading over a ticker's posts, below its key points (Swedish and Norwegian "latest news")
        "Liveticker", "Live-Ticker", "Liveblog", "Live-Blog", "Live updates", "Senaste nytt", "Siste nytt",
    )
)

#: Buttons and pager links a copy glues together with no space when they sit side by side
#: below a post or at the feed's foot ("Copy linkShow more", "FirstPrev1 of 3NextLast"): a line
#: made only of two or more of them is furniture (one alone is left to the other tables: "Next"
#: may be a word of text). Lower case, sorted; the pager's "1 of 3" is a shape.
GLUED_BUTTONS = (
    "copy link", "first", "last", "link copied", "load more", "next", "prev", "previous", "read more",
    "see more", "share", "show less", "show more", "view more",
)
GLUED_BUTTONS_PATTERN = patterns.compile("(?:" + "|".join([*GLUED_BUTTONS, r"\d{1,3} of \d{1,3}"]) + "){2,8}")
#: Such a line is at most this long, and opens with one of these characters (lower case): the
#: pattern is tried on those lines only, as most lines of a page are read as furniture or not.
MAX_GLUED_BUTTONS = 60
_GLUED_STARTS = frozenset(button[0] for button in GLUED_BUTTONS) | frozenset("0123456789")

#: What a headline opens with after a picture word's colon, where a credit's names and outlets do not:
#: a capitalised word, then one in lower case of four letters or more ("Photos: Villagers wade to
#: higher ground"; not "Photo: Lena Park for The Times", "Foto: dpa", "Photo: courtesy of the family").
HEADLINE_AFTER_LABEL = r"(?-i:[A-Z][^\W\d_]* [a-z]{4})"
#: Line shapes that are furniture: "76,871 viewing this page", "Page 1 of 5", "Updated at 12.08 BST".
BOILERPLATE_SHAPES: tuple[str, ...] = (
    r"\d[\d,.]*\s*(?:viewing this page|people viewing)?",  # view counters, bare numbers
    r"advertisement \d{1,2}",  # an ad's label numbered in its page, as Postmedia's papers print it
    r"viewing this page",
    # a rule between posts, as some tickers print a dash (or a row of them, or of stars) alone on
    # the line above each stamp, AP's "The Latest" pages a row of underscores ("___"), and the
    # BBC's old live text commentaries a bar ("|") around each picture and quotation
    r"[-–—_*=~|][-–—_*=~| ]{0,40}",
    r"[<>«»‹›]{1,3}",  # a chevron alone on its line (a "more" or "next" link's icon, as text browsers print it)
    r"page\s*\d*\s*(?:of\s*\d+)?",
    r"navigate to the (?:next|previous|first|last) page",
    r"(?:last )?updated(?: at| on)?:?\s?(?:\d{1,2}[.:]\d\d|\d{1,2} \w+ \d{4}|\w+ \d{1,2},? \d{4}).{0,30}",
    # (not a gallery post's headline after the word: "Photos: Villagers wade to higher ground")
    r"(?:image|photo|picture|bild|foto|фото)(?:grafie)?\s*(?:credit|source|rechte)?s?\s*:"
    rf"(?!\s?{HEADLINE_AFTER_LABEL}).{{0,80}}",
    r"bildrechte:.{0,80}",
    r"\[[\w.-]{1,80}\]",  # a picture with no alt text, as w3m prints it: its file's name in brackets
    r"iframe:(?: .{1,112})?",  # an embedded frame's address, as lynx prints it (`LYNX_FRAME`; longer ones too)
    r"©.{0,80}",
    r"view more on \w+(?:view more on \w+)?",
    r"(?:\(öffnet in einem neuen fenster\))+",
    # a share button's hidden text, as WordPress's Jetpack writes it: "Click to share on Facebook
    # (Opens in new window)", "Click to print (Opens in new window)"
    r"(?:click to [\w ]{2,40} )?\(opens in (?:a )?new (?:window|tab)\)",
    # a link to the next or previous story, a word and an arrow: "Nächster ❯", "Next article »", "‹ Previous"
    r"(?:[‹«❮<←] ?)?(?:next|previous|prev|nächster|vorheriger|suivant|précédent|siguiente|anterior|successivo|"
    r"precedente)(?: (?:article|artikel|story|post|beitrag|artículo|articolo))?(?: ?[›»❯>→])?",
    r"read time:? \d+ mins?",
    r"(?<!\d)\d+ min(?:ute)?s? read",  # the lookbehind keeps a search over digit runs linear
    r"(?:this|the) (?:post|article|page|live blog) (?:has been|was) (?:updated|amended).{0,60}",
    r"(?:skip|see) (?:all|past|to) (?:(?:key )?events|updates|content)\b.{0,40}",
    r"(?:this is a live blog\.? )?scroll (?:down|up) for (?:the )?latest (?:updates|news)\.?",
    # a live page's refresh switch: "This page will automatically update every 90 secondsOn Off"
    r"(?:this )?page (?:will )?(?:automatically|auto-?) ?(?:update|refresh)e?s? every \d+ (?:second|minute)s?.{0,20}",
    r"pour ne rien rater de l'actualité.{0,60}",  # a pointer to the outlet's other live page or newsletter
    r"direct (?:terminé|démarré|commencé) à \d{1,2}h\d\d(?: tu| gmt| utc)?",  # a live page's status (TV5Monde)
    r"(?:privacy|cookie) (?:notice|policy|settings)",
    r"please (?:turn on|enable) javascript.{0,60}",
    r"terms (?:and|&) conditions",
    r"©? ?\d{4} .{0,40}(?:subsidiary|ltd|limited|gmbh|all rights reserved).{0,40}",
    # a picture's or a form field's placeholder as text browsers print it: "[gif]",
    # "[ihplrne_india-afp_625x300_02_November_23]", "[ ]" (not "[14:32]", a stamp)
    r"\[[^\W\d_][^\[\]\s]{0,80}\]|\[ ?\]",
    # a link to another story set in a post, after its label: "Lire aussi : Pourquoi ...",
    # "Lesen Sie auch: ...", "Read more: ..."
    r"(?:(?:à|a) )?lire (?:aussi|également)\s?:.{0,110}",
    r"(?:lea|lee|leia) también\s?:.{0,110}|leia também\s?:.{0,110}|leggi anche\s?:.{0,110}",
    r"lees ook\s?:.{0,110}|lesen sie (?:auch|mehr)\s?:.{0,110}|czytaj (?:także|też|również)\s?:.{0,110}",
    r"read (?:also|more)\s?:.{0,110}|see also\s?:.{0,110}|čtěte (?:také|též)\s?:.{0,110}",
    r"читайте (?:также|також)\s?:.{0,110}",
    # a share button named with its network, as a post's share list prints it: "Share on Facebook", "Post to X"
    r"(?:post|send|share) (?:on|to|via) (?:bluesky|e-?mail|facebook|linkedin|pinterest|reddit|telegram|threads|"
    r"twitter|whatsapp|x)",
    # a share button's label with its network and count, in Finnish: "Jaa artikkeli Facebookissa1280"
    r"jaa artikkeli [^\W\d_]{2,30}\d*",
    # a TV licence banner over a broadcaster's pages: "Got a TV Licence?", "You need one to watch
    # live TV on any channel or device, ...", "I don't have a TV Licence."
    r"(?:got|do you have|i don['’]t have|i do not have) a tv licen[cs]e[?.]?|you need one to watch live tv\b.{0,100}",
)

#: Section names of a site's menu. A line made only of them ("Home US World Weather", as a
#: copy runs a menu's links together) is navigation, though its capitals make it look like a name.
NAV_WORDS = frozenset((
    "home", "news", "world", "us", "uk", "politics", "business", "sport", "sports", "weather", "opinion", "video",
    "videos", "live", "entertainment", "health", "science", "tech", "technology", "travel", "style", "culture",
    "markets", "money", "menu", "search", "lifestyle", "local", "national", "international", "economy", "climate",
    "europe", "africa", "asia", "americas", "australia", "india", "china", "latest", "podcasts", "newsletters",
    # other languages' menus, whose nouns German capitalises as names are ("Startseite Politik Sport")
    "accueil", "actualités", "ausland", "deportes", "économie", "economía", "feuilleton", "inicio", "inland",
    "kultur", "meinung", "monde", "nachrichten", "panorama", "politik", "política", "politique",
    "startseite", "welt", "wetter", "wirtschaft", "wissen",
    # a skip link's pair ("Menu Content"), jobs, football and home or world news in other languages: a text
    # browser sets such a menu line apart by blank lines, as a byline stands ("Emploi Newsletters")
    "content", "emploi", "empleo", "fútbol", "futebol", "internacional", "nacional",
))


def nav_line(text: str) -> bool:
    """A line of two or more menu words and nothing else."""
    words = text.lower().split()
    return len(words) >= 2 and all(word in NAV_WORDS for word in words)


#: The list of a page's links that lynx prints at the end of its dump ("References", then
#: "   12. https://..."), with the headings it may break the list into.
LINK_LIST_HEADING = "references"
LINK_LIST_PARTS = frozenset({"visible links:", "hidden links:"})
_LISTED_LINK = patterns.compile(r"\s{0,8}\d{1,5}\.\s{1,4}[A-Za-z][A-Za-z0-9+.-]{1,15}:.{1,4000}")
#: The number lynx prints before each link's text ("[12]Back to top"), and before a picture's.
_LINK_NUMBER = patterns.compile(r"\[\d{1,5}\]")


def without_link_numbers(lines: list[str]) -> list[str]:
    """The lines of a lynx dump without the numbers before its links' texts ("[2]Domenico
    Montanaro" is a byline), where the text ends with lynx's list of those links (a
    "References" line, then numbered addresses: the list itself is the page's footer); other
    text as it is. Numbers in brackets stay where no such list says what they are."""
    index = len(lines) - 1
    listed = 0
    while index >= 0:
        line = lines[index].strip()
        if _LISTED_LINK.fullmatch(lines[index]) is not None:
            listed += 1
        elif line and line.lower() not in LINK_LIST_PARTS:
            break
        index -= 1
    if not listed or index < 0 or lines[index].strip().lower() != LINK_LIST_HEADING:
        return lines
    return [_LINK_NUMBER.sub("", line) if "[" in line else line for line in lines[:index]] + lines[index:]


#: A line that marks the start of the page footer when it follows the last post: from
#: there on, everything is furniture (related links, comments, topic lists). Plain lines
#: (matched whole, in any case) are looked up; only real shapes are patterns.
FOOTER_LINES = frozenset((
    "related stories", "related articles", "related content", "related topics", "more on this story", "more on",
    "most read", "most popular", "most viewed", "topics mentioned in this article", "sign up to read this article",
    "navigate to the next page", "comments", "comment", "explore more on these topics", "you might also like",
    "you may also like", "read more about", "recommended", "trending", "trending links",
    "das könnte sie auch interessieren", "mehr zum thema", "weitere themen", "à lire aussi", "sur le même sujet",
    "back to top", "follow us on", "follow us on:", "top stories", "latest stories", "recent stories", "recent posts",
    "more stories", "most popular stories", "most read stories", "all the news", "all news", "more news",
    "references",  # lynx's list of the page's links, at the end of its dump
    "in other news", "around the bbc", "proudly powered by wordpress", "powered by wordpress",
    # Blogger's closing lines below a post: its comment count, then the platform's credit, in
    # English and Spanish ("No hay comentarios:", "Con la tecnología de Blogger.")
    "no comments:", "powered by blogger.", "no hay comentarios:", "con la tecnología de blogger.",
    "editor's pick", "editor's picks", "editor’s pick", "editor’s picks", "editors' picks", "editors’ picks",
    # comments, related and recommended stories, copyright, in other languages
    "leggi i commenti", "i commenti dei lettori", "commenti", "raccomandati per te", "leggi anche",
    "potrebbe interessarti", "video del giorno", "kommentare", "lesen sie auch", "auch interessant",
    "commentaires", "lire aussi", "à lire également", "comentarios", "te puede interesar", "más noticias",
    "enviá tu comentario", "envía tu comentario", "dejá tu comentario", "deja tu comentario", "las más leídas",
    "lo más leído", "más leídas", "lo más visto", "más vistas",
    "lees ook", "reacties", "comentários", "leia também", "© riproduzione riservata", "riproduzione riservata",
    # related topics and more news, in other languages
    "temas relacionados", "noticias relacionadas", "artículos relacionados", "lo último", "ver más noticias",
    "notícias relacionadas", "mais notícias", "assuntos relacionados", "sujets associés", "articles liés",
    "verwandte themen", "weitere artikel", "temi correlati", "articoli correlati", "altre notizie",
    "zobacz również", "czytaj także", "czytaj też", "więcej na ten temat", "gerelateerde artikelen", "meer nieuws",
    "läs också", "läs även", "relaterade artiklar", "les også", "relaterte saker", "læs også", "relaterede artikler",
    # the button that loads older posts closes the page's stream
    "load more", "load more posts", "older posts", "see more updates", "show more updates", "load more updates",
    "voir plus de publications", "charger plus de publications",
    "weitere beiträge laden", "weitere einträge laden", "mehr beiträge laden", "cargar más", "mostra altri",
    "carica altri", "meer laden",
    "загрузить ещё", "показать ещё", "завантажити ще", "načíst další", "încarcă mai multe", "muat lebih banyak",
    "tải thêm", "továbbiak betöltése", "περισσότερα", "تحميل المزيد",
    "もっと見る", "関連記事", "関連ニュース", "相关新闻", "相關新聞", "相关阅读", "관련기사", "관련 기사", "더보기",
    "最热新闻", "热门新闻", "推荐阅读",  # Chinese: hottest news, popular news, recommended reading
    "más información", "veja também", "leia mais", "berita terkait", "baca juga", "tin liên quan", "xem thêm",
    "kapcsolódó cikkek", "σχετικά άρθρα",
    "διαβάστε επίσης", "اقرأ أيضا", "اقرأ أيضاً", "أخبار ذات صلة", "الأكثر تصفحاً", "الأكثر قراءة", "الأكثر مشاهدة",
    "read also", "see also", "читайте также", "по теме", "комментарии", "читайте також", "по темі", "коментарі",
    "čtěte také", "čtěte též", "související články", "komentáře", "diskuse", "čítajte aj", "súvisiace články",
    "citește și", "citeşte şi", "articole similare", "comentarii",
    "เรื่องที่เกี่ยวข้อง", "ข่าวที่เกี่ยวข้อง", "แสดงความคิดเห็น",  # Thai: related stories, related news, comments
))  # fmt: skip
FOOTER_SHAPES: tuple[str, ...] = (
    r"page\s*\d*(?:\s*of\s*\d+)?",  # "Page 1 of 5": the stream's pages, below it, end it
    r"more to follow\W*", r"share this (?:article|page|story)", r"most read in \w+",
    r"trending on [^\W\d_][\w .'’-]{0,40}",  # a sidebar's title: "Trending on Rough Draft"
    # a list of the site's other stories below an article: "Other Opinion Columns", "More World News"
    r"(?:more|other) (?:[^\W\d_]{2,20} ){0,2}(?:articles|columns|news|stories)",
    r"(?:mais|más) sobre [^\W\d_][\w ]{0,40}",  # a topic's link below a story: "Más sobre Conflicto mapuche"
    r"mest (?:lästa?|lest|leste|læste|tittat|sett|sete)(?: \w+)?",  # Nordic "most read", "most watched"
    r"(?:©|copyright)? ?(?:all rights reserved|"
    r"tutti i diritti riservati|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|"
    r"все права защищены|всі права захищені|všechna práva vyhrazena|toate drepturile rezervate|"
    r"hak cipta dilindungi undang-undang|minden jog fenntartva|με την επιφύλαξη παντός δικαιώματος|"
    r"جميع الحقوق محفوظة)\.?",
    r"[^\W\d_]{5,11}, \d{1,2}\. [^\W\d_]{3,9} \d{4}",  # a ticker's closing date line: "Dienstag, 27. August 2024"
    # a copyright line naming its holder, then more ("Copyright ⓒ 뉴스타파. All rights reserved. 무단 전재 및
    # 재배포 금지.", with the circled c Korean pages print)
    r"(?:copyright )?[©ⓒ].{0,60}all rights reserved\b.{0,60}",
    # the legal notice's link, which only a page's footer holds, alone or glued to the links
    # after it ("Impressum Datenschutz")
    r"(?:impressum|mentions légales|aviso legal|note legali)\b.{0,60}",
)

#: Words that head a list of an article's tags or topics ("Topics Tech News", "Ämnen"), in
#: the languages liveblog reads: a line opening with one is the list, never a name.
TAG_HEADERS = frozenset((
    "aiheet", "argomenti", "assuntos", "categorie", "categories", "categorías", "catégories", "emner", "etiketler",
    "etiquetas", "kategorie", "kategorien", "konular", "mots-clés", "onderwerpen", "schlagwörter", "sujets", "tagged",
    "taggar", "tagi", "tags", "temas", "temaer", "tematy", "témata", "themen", "topics", "tópicos", "trefwoorden",
    "ämnen",
))

#: Words that open the label of a story's source line ("Quelle der Polizeimeldung: Kapo BE",
#: "Source: Reuters", "Fuente: EFE", "来源：中国日报网"): the line credits the story (often its
#: last line) and is never its title.
SOURCE_WORDS = frozenset((
    "bron", "fonte", "fonti", "fuente", "fuentes", "kilde", "källa", "quelle", "quellen", "source", "sources", "zdroj",
    "źródło", "источник", "джерело", "المصدر", "来源", "來源", "출처",
))
#: A source line's label is at most this many words; the whole line at most this long.
SOURCE_LABEL_WORDS = 5
SOURCE_LINE_CHARS = 120

#: Headers of a box listing the key points or key events above the posts.
KEY_POINT_HEADERS = patterns.compile(
    r"(?:key (?:points|events|updates|developments)|summary|what we know(?: so far)?|the latest|"
    r"at a glance|in brief|highlights|die wichtigsten (?:news|punkte|entwicklungen).{0,60}|"
    r"das wichtigste (?:in kürze|im überblick)|l['’]essentiel|en bref|à retenir|lo más importante|las claves|"
    r"punti chiave|in sintesi|belangrijkste punten|"
    # "what we know", in other languages
    r"det ved vi|det vet vi|dette vet vi|det här vet vi|das wissen wir|was wir wissen|wat we weten|"
    r"ce que l['’]on sait|ce que nous savons|lo que sabemos|cosa sappiamo|o que (?:se )?sabe(?:mos)?|"
    r"co wiemy|что известно|що відомо|mitä tiedetään|"
    # "what you need to know", "what to know": the same box, in other languages ("the essentials")
    r"(?:here['’]s )?what (?:you need to|to) know|ce qu['’]il faut (?:retenir|savoir)|les points clés|"
    r"was sie wissen müssen|das müssen sie wissen|lo que (?:debes|hay que|tienes que) saber|lo esencial|"
    r"puntos clave|cosa c['’]è da sapere|quello che sappiamo|o que (?:você precisa|é preciso) saber|o essencial|"
    r"wat je moet weten|wat u moet weten|(?:här är )?det viktigaste|det viktigste|det vigtigste|"
    r"najważniejsze informacje|главное|головне|tärkeimmät)\s*:?",
    re.I,
)

#: Labels a live page prints over its stream ("Live Reporting" on the BBC's, "Live updates"),
#: alone on their line: a page that shows one and numbers its posts as a list ("  1. Goodbye")
#: is a live blog whose copy kept no times. Also the BBC's language services' own labels
#: (Arabic "تغطية مباشرة", Turkish "Canlı anlatım", Hindi "लाइव रिपोर्टिंग"), and other
#: languages' words for a live page.
LIVE_PAGE_LABELS = frozenset((
    "live", "live blog", "live coverage", "live reporting", "live updates", "live news", "latest updates",
    "تغطية مباشرة", "canlı anlatım", "canlı blog", "लाइव रिपोर्टिंग", "लाइव अपडेट्स",
    "en direct", "en directo", "en vivo", "ao vivo", "in diretta", "liveticker", "live-ticker", "liveblog",
    "atualizações em direto", "histórico de atualizações",  # Portuguese: "live updates", "updates so far"
    "наживо", "онлайн", "прямой эфир", "na żywo", "naživo", "uživo", "élő", "ζωντανά", "trực tiếp", "langsung",
))

#: Words for "live" that open a live page's kicker before its section ("Direct Moyen-Orient", "Live Ukraine",
#: as L'Orient-Le Jour prints it above the title): the line is no byline, though its words have capitals.
LIVE_KICKER_WORDS = frozenset(("direct", "directo", "diretta", "live", "liveblog", "liveticker"))

#: Bullet characters that open a list item in a text copy.
BULLETS = "•·◦▪●‣□–—-*"  # "□": a nested list's mark in some copies

#: Picture agencies, matched in any case as credits ("(reuters)" as some pages print it).
AGENCIES = (
    "reuters", "ap", "afp", "getty", "getty images", "epa", "pa", "pa media", "pa wire", "ansa", "dpa", "anadolu",
    "xinhua", "bloomberg", "shutterstock", "alamy", "efe", "imago", "picture alliance", "lapresse", "sky news",
    # news agencies of other countries, which live pages also print as a post's author ("NTB07:43")
    "anp", "apa", "belga", "kyodo", "lehtikuva", "lusa", "ntb", "pap", "ritzau", "stt", "tass", "tt", "yonhap",
)

#: A credit printed alone on its line below a caption (as a copy of a figure gives it) is
#: at most this long: an agency ("AP"), or names before it ("Ohad Zwigenberg / Pool via Reuters").
MAX_CREDIT_LINE = 60
#: Words of the names before an agency's slash in such a credit ("Ohad Zwigenberg / Pool via Reuters").
MAX_CREDIT_NAMES = 5
_AGENCY_NAMES = frozenset(AGENCIES)


def is_credit_line(text: str) -> bool:
    """Whether a (stripped) line is a picture's credit alone: an agency of AGENCIES, or names
    and an agency after a slash ("Ammar Awad / Reuters"), the agency perhaps after "via"."""
    if len(text) > MAX_CREDIT_LINE:
        return False
    names, _, agency = text.rpartition("/")
    if names and (len(names.split()) > MAX_CREDIT_NAMES or any(mark in names for mark in (". ", ",", ":"))):
        return False  # a caption ending in its credit ("La pointe du Raz, le 2 novembre. F. T. / AFP")
    return agency.rsplit(" via ", 1)[-1].strip().lower() in _AGENCY_NAMES


#: A caption line: text ending in a credit in brackets, or a bare credit: "(AFP/Getty)",
#: "Trump had initially said ... (AP)". The credit is short and capitalised, or an agency.
_CREDIT = (
    r"(?:Image:\s*|Photo:\s*|Picture:\s*|Credit:\s*)?"
    r"(?:[A-Z@][\w@.&'’ -]{0,30}(?:/[A-Z][\w&'’ -]{0,30}){0,3}|(?i:"
    + "|".join(re.escape(agency) for agency in sorted(AGENCIES, key=len, reverse=True))
    + r")(?:/[\w&'’ -]{1,30}){0,3})"
)
CAPTION = patterns.compile(r"^(?P<caption>.*?[^.!?:\s])?\s*\((?P<credit>" + _CREDIT + r")\)$")
#: The same credit in brackets, alone: fullmatched from a caption's last "(", where a known
#: caption ends in its credit after a full stop ("Plows clear a road on Monday. (Steven Senne/AP)").
BRACKET_CREDIT = patterns.compile(r"\((?P<credit>" + _CREDIT + r")\)")

#: A credit that ends a caption after a word and a colon, as the Guardian and many others
#: print it ("Smoke rises over Gaza. Photograph: Mohammed Abed/AFP/Getty Images",
#: "Foto: dpa"). Searched for: the caption is the text before it, and the word must start
#: the text or follow a space (tested apart: a lookbehind first would keep the engine from
#: skipping ahead to the letters that can start a match). (Not "Bild:", which is also a
#: newspaper quoted in sentences.)
TRAILING_CREDIT = patterns.compile(
    r"(?:Foto|Fotos|Illustration|Image|Photo|Photograph|Photos|Picture)\s?:\s?(?P<credit>[^:\n]{2,80})$"
)

#: A credit in brackets after a word for the picture and a colon, which may hold brackets of its
#: own ("(Symbolbild) (Bildquelle: MadMax22 (CC0) - (Symbolbild))", "(Foto: Jane Roe (dpa))"):
#: the line's end from its first such bracket. Searched for in a line that ends with ")". Not
#: "Quelle:" alone, which also cites a figure's source in a sentence.
BRACKETED_CREDIT = patterns.compile(
    r"\((?:Bildquelle|Bildnachweis|Foto|Fotos|Image|Photo|Photos|Picture)(?:\s?:\s?|\s(?=[A-Z]))(?P<credit>[^\n]{2,80})\)$"
)

#: Words that introduce a picture's credit at the end of a caption after a dash or a bar, with
#: or without a colon ("... en distintas regiones del país - crédito @alejoeder/X", "... -crédito
#: Luisa González/REUTERS", "Smoke over the city | Photo: AFP"), as Infobae and others print it.
CAPTION_CREDIT_WORDS = (
    "bild", "credit", "credito", "credits", "crédit", "crédito", "créditos", "foto", "fotos", "image", "imagen",
    "photo", "photograph", "photos", "picture",
)
#: Of those, the ones no prose puts after a dash ("crédito", "créditos"): in a text copy, where
#: any line may be a caption, only they make a dash credit ("- photo ops aside -" is prose).
#: Looked for as the piece they share, before the pattern runs.
PROSE_FREE_CREDIT_MARK = "rédito"
#: Such a credit, searched for in a caption (never in body text): a space, the dash or bar, a
#: credit word, then the credit. The caption is the text before it.
DASH_CREDIT = patterns.compile(
    r"\s[-|–—]\s?(?:" + "|".join(CAPTION_CREDIT_WORDS) + r")\b\s?:?\s?(?P<credit>[^\s:][^:\n]{1,79})$", re.I
)

#: Words of a contributor's role line under their name ("Specialist disinformation and
#: social media reporter", "BBC Economics Editor", "Political Correspondent").
ROLE_WORDS = patterns.compile(
    r"\b(?:reporter|correspondent|editor|presenter|analyst|producer|journalist(?:e|in)?|writer|columnist|"
    r"giornalista|jornalista|periodista|"
    r"contributor|chief|head of|(?-i:[Ii]n [A-Z]\w+)|reporting from|redaktion|korrespondent(?:in)?|"
    r"envoyé|rédact(?:eur|rice)|corresponsal|commentator|staff|desk)\b",
    re.I,
)

#: Byline forms: "By Arpan Rai", "By: A, B, C" (motorsport sites' live text), "Posted by A", "From CNN's A and B",
#: "Report by A" / "Reported by A" (IOL's live posts close so), "Reporting by A" (Reuters),
#: "From NBC News' A", "Edited by A and B", "Von BR24 Redaktion", Italian "di Elisa Rossi",
#: Czech, Polish and Romanian "Autor: Jan Novák", Russian "Автор: Иван Петров", Ukrainian "Автори: ...",
#: Indonesian "Oleh A" and "Penulis: A", Hungarian "Szerző: A", Vietnamese "Tác giả: A".
BYLINE = patterns.compile(
    r"^(?:by:?|posted by|written by|edited by|compiled by|from|von|door|di|par|por|report(?:ed|ing)? by"
    r"|oleh|(?:autor|autorka|autoři|автор|автори|авторы|penulis|szerző|tác giả):?)\s+"
    r"(?:(?:[A-Z][\w.&-]*\s){0,3}[A-Z\d][\w.]*['’]s?\s+)?(?P<names>.{2,150})$",
    re.I,
)

#: Chinese, Japanese and Korean bylines: the names, then the word for "reporter" ("김민지 기자",
#: "山田太郎記者", "王小明 记者", "김민지·박준호 기자"). Names in these scripts have no capitals
#: to tell them by: the word after them does.
REPORTER_WORDS = ("기자", "특파원", "記者", "特派員", "记者", "特派记者")
REPORTER_AFTER = patterns.compile(
    r"(?P<names>[^\W\d_]{2,12}(?:\s?[,·、]\s?[^\W\d_]{2,12}){0,5})\s?(?:기자|특파원|記者|特派員|记者|特派记者)")
#: A name in such a byline: one word of letters (Hangul, kana, Chinese characters).
REPORTER_NAME_SPLIT = patterns.compile(r"\s?[,·、]\s?")

#: The outlet or agency a byline credits after the names ("By A, B and C, CNN", "By A,
#: the Associated Press"): not a person. An acronym, or one of these agencies' names.
#: (Spaces before the comma only where their run begins, as in SHIFT_NOTE.)
OUTLET_CREDIT = patterns.compile(
    r"(?:(?<!\s)\s+)?,\s*(?:the\s+)?"
    r"(?:[A-Z]{2,6}|Agence France-Presse|Associated Press|Bloomberg|PA Media|Press Association|Reuters)(?:\s+News)?\s*$"
)

#: Labels of a link to another story set in a post, kept in the post's text (unlike "Read
#: more: ...", which is furniture): "Related: Trump duels Clinton ...", the Guardian's card. Such
#: a line is no headline.
LINK_CARD_LABELS = ("related:", "related :")

#: The signature that closes an embedded tweet as a copy prints it: the author's handle in
#: brackets, then the day it was posted ("— Jane Doe (@janedoe) April 10, 2020", "(@nycjim)Apr 10
#: 2020"). A line ending so is the tweet's text, never a headline. Searched for only in lines
#: holding "(@" (TWEET_HANDLE_MARK).
TWEET_HANDLE_MARK = "(@"
TWEET_SIGNATURE = patterns.compile(r"\(@\w{1,15}\) ?[A-Za-z]{3,9}\.? [0-3]?\d,? (?:19|20)\d\d$")

#: A shift byline: "Ben Quinn (now) and Tom Ambrose (earlier)"; the brackets are dropped.
# Leading spaces only where a run of them begins: a search restarting at every space of a
# run, each time scanning to its end, was quadratic on a long one.
SHIFT_NOTE = patterns.compile(r"(?:(?<!\s)\s+)?\((?:now|earlier|later|until \S+|from \S+)\)", re.I)
#: A note in brackets after a byline's name naming who wrote with them ("Martin Untersinger (avec
#: Damien Leloup et Morgane Tual)", "A (with B and C)"): their names join the byline's.
WITH_NOTE = patterns.compile(r"\((?:avec|com|con|met|mit|s|with|z)\s+(?P<names>[^()]{2,120})\)", re.I)


#: Words that name a newsroom or a desk, never a person: an author holding one ("Redactie",
#: "BR24 Redaktion", "Reuters Staff", "Web Desk", "La Redazione", "Guardian staff and
#: agencies") credits the outlet, which is the publisher's field, not the authors'. Matched
#: as whole words, case-blind, accented and plain spellings both.
NEWSROOM_WORDS = frozenset({
    "agencies", "desk", "editorial", "editors", "newsdesk", "newsroom", "redacao", "redaccion", "redacción",
    "redactie", "redaction", "redakce", "redakcja", "redaksjonen", "redaktion", "redaktionen", "redazione",
    "redação", "rédaction", "staff", "toimitus"
})


#: A site's host name given as an author ("Repubblica.it", "www.example.com") ends in a
#: top-level domain of this many lower-case letters.
HOST_TLD_LETTERS = (2, 6)


def is_newsroom(name: str) -> bool:
    """Whether an author's name names a newsroom or a desk (a word of NEWSROOM_WORDS), or is
    the site's host name ("Repubblica.it": one word, a dot and a lower-case domain)."""
    if "." in name and " " not in name.strip():
        stem, _, domain = name.strip().rpartition(".")
        if len(stem) >= 2 and HOST_TLD_LETTERS[0] <= len(domain) <= HOST_TLD_LETTERS[1] and domain.isalpha() \
                and domain.islower():
            return True
    return any(word.strip(".,:;()'’\"") in NEWSROOM_WORDS for word in name.casefold().split())


#: Lines that open an appeal or a promotion, however long they run: donation appeals,
#: newsletter and notification prompts.
APPEALS = patterns.compile(
    r"(?:your support (?:helps|makes)|support (?:now|us|the guardian)\b|donate\b|become a (?:member|supporter)|"
    r"stay up to date with notifications|sign up for (?:the|our) .{0,40}newsletter|never miss the latest|"
    r"simply pop your email|you can unsubscribe from this service|turn on (?:push )?notifications|"
    r"get (?:the|our) .{0,40}newsletter)",
    re.I,
)


# Each table is compiled once, as one alternation, and only ever fullmatched on short lines.
BOILERPLATE_PATTERN = patterns.compile("|".join(f"(?:{shape})" for shape in BOILERPLATE_SHAPES), re.I)
FOOTER_PATTERN = patterns.compile("|".join(f"(?:{shape})" for shape in FOOTER_SHAPES), re.I)


#: The mark lynx prints for a form's button: a short line holding it is a form's controls
#: ("(BUTTON) REGISTRARME (BUTTON) INICIAR SESIÓN", "Share this post (BUTTON)"). A plain
#: substring test: a pattern that looked for it anywhere in the line cost 2% of parsing.
LYNX_BUTTON = "(button)"
#: How lynx prints an embedded frame (a video, a tweet, a tag manager's): "IFRAME:" and the
#: frame's address, which a dump's lines break and join again ("IFRAME: [25]//www.youtube.com/embed/...").
LYNX_FRAME = "IFRAME:"

#: How a page's copyright line begins ("© Les Echos 2024", "Copyright 2024 ..."): the end
#: of the page, below the links of its footer.
COPYRIGHT_MARKS = ("©", "copyright ", "(c) ")


#: A line longer than this is boilerplate only when it opens an appeal.
MAX_BOILERPLATE_LINE = 120
#: Marks a list item may keep in a copy ("• Share"): a button in a list is still a button.
LIST_BULLETS = frozenset("•·◦▪□*")  # "*": lynx's
#: A share button (perhaps a list item) run into what follows it on its line: "Share 1h
#: ago13.30 GMT", "• Share14.32 GMT"; not a longer word ("Shared").
SHARE_LEAD = patterns.compile(
    "(?:[" + "".join(sorted(LIST_BULLETS)) + r"][ \t]*)?(?:" + "|".join(sorted(SHARE_BUTTONS)) + r")(?![^\W\d_])[ \t]*",
    re.I)


def is_boilerplate(line: str) -> bool:
    text = line.strip()
    if not text:
        return False
    if text[0] in LIST_BULLETS:
        text = text[1:].lstrip()  # a button in a list, as a text browser or some copies print it
        if not text:
            return True  # a list item with nothing in it ("•", as w3m prints an empty <li>)
    if len(text) > MAX_BOILERPLATE_LINE:
        return bool(APPEALS.match(text)) or text.startswith(LYNX_FRAME)
    lowered = text.lower()
    # a label glued to itself by hidden accessibility text ("Search the BBCSearch the BBC"),
    # tested here rather than in a function of its own: this runs for most lines of a page
    half = len(lowered) // 2
    return lowered in BOILERPLATE_LINES or (half >= 2 and len(lowered) % 2 == 0 and lowered[:half] == lowered[half:]) \
        or LYNX_BUTTON in lowered or bool(APPEALS.match(text)) or BOILERPLATE_PATTERN.fullmatch(text) is not None \
        or (len(lowered) <= MAX_GLUED_BUTTONS and lowered[:1] in _GLUED_STARTS
            and GLUED_BUTTONS_PATTERN.fullmatch(lowered) is not None)


def source_line(line: str) -> bool:
    """Is this line the story's source credit: a label opening with a source word, a colon
    (or the full-width one), the source ("Source: Reuters", or "来源" and the full-width colon)?"""
    text = line.strip()
    if len(text) > SOURCE_LINE_CHARS:
        return False
    label, colon, source = text.replace("：", ":", 1).partition(":")
    words = label.split()
    return bool(colon) and bool(source.strip()) and 0 < len(words) <= SOURCE_LABEL_WORDS \
        and words[0].lower() in SOURCE_WORDS


def is_footer_marker(line: str) -> bool:
    text = line.strip()
    if not text or len(text) > MAX_FOOTER_LINE:
        return False
    lowered = text.lower()
    if lowered in FOOTER_LINES or FOOTER_PATTERN.fullmatch(text) is not None:
        return True
    return lowered.partition(" ")[0] in _PIECE_STARTS and _glued_footer(lowered)


#: A line that closes the page, alone or glued together from buttons and links, is at most this long.
MAX_FOOTER_LINE = 80
#: The first words of the lines of BOILERPLATE_LINES and FOOTER_LINES: a line glued together
#: from such pieces opens with one (the cheap test that leaves most lines alone).
_PIECE_STARTS = frozenset(line.split()[0] for line in BOILERPLATE_LINES | FOOTER_LINES if line.split())


def _glued_footer(lowered: str) -> bool:
    """Is this (lower-case) line one that a text browser glued together from furniture,
    pieces side by side with a space between, one of which closes the page ("weitere
    einträge laden impressum datenschutz": a load-more button, then the legal links)? Each
    piece but the last is a whole line of BOILERPLATE_LINES or FOOTER_LINES (the longest
    that fits); the last may be a shape too; a footer line or shape must be among them.
    Each step takes one piece off the front, looking only at the spaces in it."""
    rest = lowered
    pieces = 0
    closes = False
    while rest:
        if pieces:
            if rest in FOOTER_LINES or FOOTER_PATTERN.fullmatch(rest) is not None:
                return True
            if rest in BOILERPLATE_LINES or BOILERPLATE_PATTERN.fullmatch(rest) is not None:
                return closes
        end = rest.rfind(" ")
        while end > 0 and rest[:end] not in BOILERPLATE_LINES and rest[:end] not in FOOTER_LINES:
            end = rest.rfind(" ", 0, end)
        if end <= 0:
            return False
        closes = closes or rest[:end] in FOOTER_LINES
        pieces += 1
        rest = rest[end + 1:].lstrip()
    return False
