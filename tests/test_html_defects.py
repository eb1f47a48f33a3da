"""A few of bench/defects.py's variants on real fixtures: defective structured data never
changes what the visible page shows, and the data alone still gives its posts."""

from __future__ import annotations

import pytest

from bench import defects

from .conftest import FIXTURES

#: (fixture, defect): the cheapest variants, on pages of JSON-LD and of microdata.
CASES = [
    ("html-ndtv-microdata-broken-quote", "same-time"),
    ("html-time-disagrees", "latest"),
    ("html-ndtv-microdata-broken-quote", "zone-z"),
    ("html-ndtv-microdata-broken-quote", "page-headline"),
    ("html-jsonld-same-time-more-posts-escaped", "body-escaped"),
    ("html-jsonld-same-time-more-posts-escaped", "page-gone"),
    ("html-bbc-posted-at-breaking-contributor", "body-object"),
    ("html-bbc-posted-at-breaking-contributor", "extra"),
]


@pytest.mark.parametrize(("name", "defect"), CASES, ids=[f"{name}:{defect}" for name, defect in CASES])
def test_a_defect_in_the_data_leaves_the_page_as_it_reads_clean(name: str, defect: str) -> None:
    page = defects.Page(name=name, raw=(FIXTURES / f"{name}.html").read_bytes(), options={})
    assert defects.sweep(page, [defect], verbose=False)[defect] == "."
