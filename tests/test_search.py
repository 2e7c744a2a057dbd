"""Search bounds (issue #9 defect 9): a query's cost is capped before SQLite sees it."""

from __future__ import annotations

import pytest

from bodycam.annotate.search import fts_query, search
from bodycam.core.errors import InvalidInput


def test_query_length_is_capped():
    assert fts_query("a" * 500) == '"' + "a" * 500 + '"'
    with pytest.raises(InvalidInput) as caught:
        fts_query("a" * 501)
    assert str(caught.value) == (
        "the search query is 501 characters long, the limit is 500: "
        'search for a few distinctive words or a short "quoted phrase"'
    )


def test_number_of_terms_is_capped():
    words = [f"w{n}" for n in range(33)]
    assert fts_query(" ".join(words[:32])).count('"') == 64
    with pytest.raises(InvalidInput) as caught:
        fts_query(" ".join(words))
    assert str(caught.value) == (
        "the search query has 33 words, the limit is 32: keep the most distinctive ones"
    )
    # Words inside a quoted phrase count too: a phrase is no way around the bound.
    with pytest.raises(InvalidInput, match="has 33 words"):
        fts_query('"' + " ".join(words) + '"')


def test_prefix_terms_are_capped():
    # Each prefix term expands to every indexed word it begins; 20,000 of them cost 29 s.
    assert fts_query("a* b* c* d* e* f* g* h*").count("*") == 8
    with pytest.raises(InvalidInput) as caught:
        fts_query("a* b* c* d* e* f* g* h* i*")
    assert str(caught.value) == (
        "the search query has 9 prefix searches (word*), the limit is 8: "
        "spell the other words out in full"
    )
    # One * after several glued words makes each of them a prefix search.
    with pytest.raises(InvalidInput, match="has 9 prefix searches"):
        fts_query("a-b-c-d-e-f-g-h-i*")


def test_issue_query_is_refused_before_sqlite(store):
    attack = " ".join(f"t{n}*" for n in range(20_000))
    with pytest.raises(InvalidInput, match="characters long, the limit is 500"):
        search(store, attack)
    with pytest.raises(InvalidInput, match="prefix searches"):
        search(store, " ".join(f"t{n}*" for n in range(20)))


def test_cli_names_the_limit(run):
    result = run("search", "x " * 40)
    assert result.exit_code == 1
    assert result.output == (
        "Error: the search query has 40 words, the limit is 32: keep the most distinctive ones\n"
    )
