"""Text from a page, made safe to show on a terminal. Small on purpose: the CLI's
warning path imports it on every run, the full views only when a view is asked for."""

from __future__ import annotations

_KEEP = frozenset("\n")


def clean(text: str | None, *, one_line: bool = True) -> str:
    """Page text made safe for a terminal: no control or format characters (escape
    sequences, bidi overrides, zero-width joiners); newlines become spaces when `one_line`."""
    if not text:
        return ""
    if text.isprintable():  # no control, format, separator or unassigned character: nothing to change
        return text
    import unicodedata  # a C extension: loaded only for text that needs it

    out = []
    for char in text:
        if char in _KEEP and not one_line:
            out.append(char)
        elif char in "\n\t\r\v\f\u2028\u2029":
            out.append(" ")
        elif unicodedata.category(char)[0] != "C":
            out.append(char)
    return "".join(out)
