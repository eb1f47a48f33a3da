"""`liveblog diff`: what changed between two copies of the same live blog.

Entries are matched by their stable `id` (the same post keeps its id in a later copy of
the page, even when its text was edited). Entries left over on both sides are then
paired when they carry the same headline (or, without one, the same opening of the
body), unique on each side: the same post whose id changed because the copies differ in
what they tell (a text copy without dates against the saved HTML page, say); such a pair
is *edited*, with `id` among its changes. An entry is *added* when only the new copy has
it, *removed* when only the old one does, *edited* when a field a reader sees (time,
printed stamp, headline, authors, body, kind, media) differs. Positions (`line`) and
duplicate marks are not compared.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

if TYPE_CHECKING:
    from .contract import EntryDict, SourceDict, TimelineDict

DIFF_VERSION = 1
#: The fields compared, in the order changes are listed.
COMPARED = ("time", "time_text", "headline", "authors", "body", "kind", "media")
#: The readable view shows at most this many changed body lines per entry.
MAX_BODY_LINES = 8


class ChangeDict(TypedDict):
    field: str
    old: Any
    new: Any


class EditedDict(TypedDict):
    id: str
    changes: list[ChangeDict]
    entry: EntryDict


class DiffDict(TypedDict):
    liveblog_diff: int
    old: SourceDict
    new: SourceDict
    added: list[EntryDict]
    edited: list[EditedDict]
    removed: list[EntryDict]
    unchanged: int


def diff(old: TimelineDict, new: TimelineDict) -> DiffDict:
    """Added, edited and removed entries from `old` to `new`, each list in the new (or old) order."""
    before: dict[str, EntryDict] = {}
    for entry in old["entries"]:
        before.setdefault(entry["id"], entry)
    after_ids = {entry["id"] for entry in new["entries"]}
    added: list[EntryDict] = []
    edited: list[EditedDict] = []
    unchanged = 0
    seen: set[str] = set()
    for entry in new["entries"]:
        if entry["id"] in seen:
            continue
        seen.add(entry["id"])
        previous = before.get(entry["id"])
        if previous is None:
            added.append(entry)
            continue
        changes: list[ChangeDict] = [{"field": name, "old": previous[name], "new": entry[name]}  # type: ignore[literal-required]
                                     for name in COMPARED if previous[name] != entry[name]]  # type: ignore[literal-required]
        if changes:
            edited.append({"id": entry["id"], "changes": changes, "entry": entry})
        else:
            unchanged += 1
    removed = [entry for entry_id, entry in before.items() if entry_id not in after_ids]
    for previous, entry in _pairs(removed, added):
        removed.remove(previous)
        added.remove(entry)
        changes = [{"field": "id", "old": previous["id"], "new": entry["id"]}]
        changes += [{"field": name, "old": previous[name], "new": entry[name]}  # type: ignore[literal-required]
                    for name in COMPARED if previous[name] != entry[name]]  # type: ignore[literal-required]
        edited.append({"id": entry["id"], "changes": changes, "entry": entry})
    position = {entry["id"]: index for index, entry in enumerate(new["entries"])}
    edited.sort(key=lambda item: position.get(item["id"], 0))
    return {"liveblog_diff": DIFF_VERSION, "old": old["source"], "new": new["source"], "added": added,
            "edited": edited, "removed": removed, "unchanged": unchanged}


def _pairs(removed: list[EntryDict], added: list[EntryDict]) -> list[tuple[EntryDict, EntryDict]]:
    """Removed and added entries that are the same post by their text, unique on both sides."""
    def unique(entries: list[EntryDict]) -> dict[str, EntryDict]:
        found: dict[str, list[EntryDict]] = {}
        for entry in entries:
            key = _text_key(entry)
            if key:
                found.setdefault(key, []).append(entry)
        return {key: group[0] for key, group in found.items() if len(group) == 1}

    old, new = unique(removed), unique(added)
    return [(old[key], new[key]) for key in new if key in old]


def _text_key(entry: EntryDict) -> str:
    text = entry["headline"] or entry["body"][:200]
    return " ".join(text.casefold().split())


def readable(result: DiffDict, *, colour: bool = False, labels: tuple[str, str] | None = None) -> str:
    """The diff for a person: a summary line, then `+` added, `~` edited, `-` removed entries.

    `labels` name the two copies (the paths given, say); by default their source names."""
    import difflib

    from .shape import parse_time
    from .terminal import clean
    from .views import when

    shown = [*result["added"], *(item["entry"] for item in result["edited"]), *result["removed"]]
    with_day = len({moment.date() for entry in shown if (moment := parse_time(entry["time"]))}) > 1

    def paint(text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if colour else text

    def title(entry: EntryDict) -> str:
        stamp = when(entry, with_day=with_day) or "--:--"
        authors = f"  ({clean(', '.join(entry['authors']))})" if entry["authors"] else ""
        return f"{clean(stamp):>5}  {clean(entry['headline'] or entry['body'][:80]) or '(no headline)'}{authors}"

    old_label, new_label = labels or (result["old"]["name"], result["new"]["name"])
    out = [paint(f"{clean(old_label)} -> {clean(new_label)}: {len(result['added'])} new, "
                 f"{len(result['edited'])} edited, {len(result['removed'])} removed, "
                 f"{result['unchanged']} unchanged", "1")]
    for entry in result["added"]:
        out.append(paint(f"+ {title(entry)}", "32"))
    for item in result["edited"]:
        out.append(paint(f"~ {title(item['entry'])}", "33"))
        for change in item["changes"]:
            if change["field"] == "body":
                lines = list(difflib.unified_diff(change["old"].split("\n\n"), change["new"].split("\n\n"),
                                                  lineterm="", n=0))[2:]
                changed = [line for line in lines if not line.startswith("@@")]
                for line in changed[:MAX_BODY_LINES]:
                    text = clean(line[1:])
                    text = text if len(text) <= 100 else text[:99] + "…"
                    out.append(paint(f"    body {line[0]} {text}", "32" if line[0] == "+" else "31"))
                if len(changed) > MAX_BODY_LINES:
                    out.append(f"    body: {len(changed) - MAX_BODY_LINES} more changed paragraphs")
            else:
                out.append(f"    {change['field']}: {_short(change['old'])} -> {_short(change['new'])}")
    for entry in result["removed"]:
        out.append(paint(f"- {title(entry)}", "31"))
    return "\n".join(out) + "\n"


def _short(value: Any) -> str:
    import json

    from .terminal import clean

    text = clean(json.dumps(value, ensure_ascii=False))
    return text if len(text) <= 80 else text[:79] + "…"
