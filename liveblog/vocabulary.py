"""The contract's closed vocabularies, in a module of their own so that the command line
can offer them as choices without importing the data model (a `--help` stays fast)."""

from __future__ import annotations

from typing import Literal

Kind = Literal["post", "analysis", "comment", "video", "gallery", "summary", "key-event", "breaking"]
KINDS: tuple[Kind, ...] = ("post", "analysis", "comment", "video", "gallery", "summary", "key-event", "breaking")
Format = Literal["text", "html"]
Order = Literal["oldest", "newest", "page"]
ORDERS: tuple[Order, ...] = ("oldest", "newest", "page")
