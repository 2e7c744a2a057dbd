"""Full-text search across every footage's current transcript (SQLite FTS5)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from ..core.errors import InvalidInput
from ..models.identities import mask_for
from ..models.permissions import visible_footage
from ..models.store import Store
from ..models.transcripts import speaker_display

SNIPPET_WORDS = 12
# Bounds on what one query may cost. FTS5's work grows with each term, and a prefix term
# expands to every indexed word it begins (20,000 of them took 29 s of CPU per query); a
# reviewer's real searches stay far below these.
MAX_QUERY_CHARS = 500
MAX_TERMS = 32
MAX_PREFIX_TERMS = 8


@dataclass
class SearchHit:
    footage_id: int
    footage_name: str
    segment_id: int
    start: float
    end: float
    speaker: str | None
    snippet: str
    text: str

    def to_dict(self) -> dict:
        return asdict(self)


def fts_query(query: str) -> str:
    """Turn what a reviewer types into an FTS5 query.

    Quoted phrases stay phrases (``"stop resisting"``); other words must all appear, in any
    order, with a trailing ``*`` kept as a prefix search. Everything else FTS5 treats as syntax
    is neutralised, so no input can raise a syntax error.

    Raises:
        InvalidInput: no words, or more than the bounds above allow.
    """
    if len(query) > MAX_QUERY_CHARS:
        raise InvalidInput(
            f"the search query is {len(query)} characters long, the limit is {MAX_QUERY_CHARS}: "
            'search for a few distinctive words or a short "quoted phrase"'
        )
    parts = []
    for phrase, word in re.findall(r'"([^"]*)"|(\S+)', query):
        if phrase:
            tokens = re.findall(r"[\w']+", phrase)
            if tokens:
                parts.append('"' + " ".join(tokens) + '"')
        else:
            prefix = word.endswith("*")
            for token in re.findall(r"[\w']+", word):
                parts.append(f'"{token}"' + ("*" if prefix else ""))
    if not parts:
        raise InvalidInput('the search query has no words: type a word or a "quoted phrase"')
    terms = sum(len(part.split()) for part in parts)
    if terms > MAX_TERMS:
        raise InvalidInput(
            f"the search query has {terms} words, the limit is {MAX_TERMS}: "
            "keep the most distinctive ones"
        )
    prefixes = sum(part.endswith("*") for part in parts)
    if prefixes > MAX_PREFIX_TERMS:
        raise InvalidInput(
            f"the search query has {prefixes} prefix searches (word*), the limit is "
            f"{MAX_PREFIX_TERMS}: spell the other words out in full"
        )
    return " ".join(parts)


def search(
    store: Store,
    query: str,
    *,
    limit: int = 50,
    footage_id: int | None = None,
    viewer: Any = None,
) -> list[SearchHit]:
    """Best-ranked current segments first (bm25), with a highlighted snippet. With ``viewer``
    (the signed-in User) only hits in footage whose transcript it may view."""
    match = fts_query(query)
    footage_filter = "AND s.footage_id = ?" if footage_id is not None else ""
    params: list = [match]
    if footage_id is not None:
        params.append(footage_id)
    visible = None if viewer is None else visible_footage(store, viewer)
    if visible is not None:
        # Filtered in SQL, before LIMIT, so hidden footage cannot crowd out visible hits.
        footage_filter += f" AND s.footage_id IN ({', '.join('?' for _ in visible) or 'NULL'})"
        params.extend(sorted(visible))
    params.append(limit)
    rows = store.query(
        'SELECT s.id AS segment_id, s.footage_id, f.original_name, s.start, s."end", s.text,'
        " s.speaker_id, sp.label, sp.name, sp.role,"
        f" snippet(segments_fts, 0, '[', ']', '…', {SNIPPET_WORDS}) AS snippet"
        " FROM segments_fts JOIN segments s ON s.id = segments_fts.rowid"
        " JOIN footage f ON f.id = s.footage_id"
        " LEFT JOIN speakers sp ON sp.id = s.speaker_id"
        " WHERE segments_fts MATCH ?"
        " AND s.id NOT IN (SELECT segment_id FROM superseded)"
        # Only the newest machine transcript of each footage (with its revisions) counts.
        " AND s.transcript_id ="
        " (SELECT max(id) FROM transcripts t WHERE t.footage_id = s.footage_id)"
        f" {footage_filter}"
        " ORDER BY bm25(segments_fts), s.footage_id, s.start LIMIT ?",
        params,
    )
    hits = []
    for row in rows:
        if viewer is not None:
            mask = mask_for(store, viewer, row["footage_id"])
            if mask.hides and not _still_matches(query, mask.text(row["text"])):
                # The match was on a redacted word: a hit would tell that the name is spoken.
                continue
            row = {
                **mask.speaker({**row, "id": row["speaker_id"]}),
                "original_name": mask.footage({"id": row["footage_id"], **row})["original_name"],
                "snippet": mask.text(row["snippet"]),
                "text": mask.text(row["text"]),
            }
        hits.append(
            SearchHit(
                footage_id=row["footage_id"],
                footage_name=row["original_name"],
                segment_id=row["segment_id"],
                start=row["start"],
                end=row["end"],
                speaker=None if row["label"] is None else speaker_display(row),
                snippet=row["snippet"],
                text=row["text"],
            )
        )
    return hits


def _still_matches(query: str, text: str | None) -> bool:
    """Whether every word of the query (a prefix for ``word*``) is still in the redacted
    text, as FTS5 matched it in the original."""
    words = {w.lower() for w in re.findall(r"[\w']+", text or "")}
    for token in re.findall(r"[\w']+\*?", query):
        stem = token.rstrip("*").lower()
        if token.endswith("*"):
            if not any(word.startswith(stem) for word in words):
                return False
        elif stem not in words:
            return False
    return True
