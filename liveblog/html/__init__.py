"""Stage 2 for HTML: structured data and the page's own post containers, reconciled.

Until the HTML reader lands, a page's visible text goes through the text path.
"""

from __future__ import annotations

import re
from html import unescape

from ..layout import extract_text
from ..model import Draft

_DROP = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.I | re.S)
_BREAK = re.compile(r"<(?:br|/p|/div|/li|/h[1-6]|/tr|/section|/article|/header|/time)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]{0,2000}>")


def extract_html(text: str, *, explain: bool = False) -> Draft:
    visible = _TAG.sub("", _BREAK.sub("\n", _DROP.sub("", text)))
    return extract_text(unescape(visible), explain=explain)
