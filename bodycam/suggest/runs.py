"""Run the detectors on one footage's current transcript and store what they propose.

This and ``inbox`` are where the suggest library meets the database (as ``transcribe/stage.py``
is for transcription): the detectors themselves read plain utterances and know nothing of it.

A run replaces the footage's undecided suggestions (pending or skipped) and keeps every decided
one (confirmed or rejected): a new transcript revision never undoes a person's decision, and a
moment someone already decided is not proposed again (same code, overlapping in time).
"""

from __future__ import annotations

import functools
import json
import os
from dataclasses import asdict, dataclass, field
from typing import Any

from ..annotate import codebook_store
from ..annotate.codebook import Codebook
from ..core.errors import InvalidInput, NotFound
from ..models.footage import derived_file
from ..models.store import Change, Store
from ..models.transcripts import current_segments, current_transcript
from .delivery import PitchTrack, read_pitch_track
from .types import Envelope, TimedWord, Utterance

#: Set to 1 to add the MiniLM similarity detector (about 20 s to load, once per process).
EMBEDDINGS_ENV = "BODYCAM_SUGGEST_EMBEDDINGS"
DECIDED = ("confirmed", "rejected")
UNDECIDED = ("pending", "skipped")


@dataclass
class RunOutcome:
    """What one run did, for the CLI and the job's detail."""

    footage_id: int
    transcript_id: int
    revision_id: int | None
    added: int
    kept: int
    replaced: int
    unchanged: int = 0
    notices: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def detail(self) -> str:
        return (
            f"{self.added} new suggestion{'s' * (self.added != 1)}, {self.unchanged} unchanged, "
            f"{self.replaced} replaced, {self.kept} decided kept"
        )


def no_transcript_message(footage_id: int) -> str:
    return (
        f"footage {footage_id} has no transcript yet, so there is nothing for the detectors to "
        f"read. Fix: run `bodycam process` (or `bodycam retry {footage_id}` if its transcription "
        f"failed), then `bodycam suggest {footage_id}`."
    )


@dataclass
class TranscriptInput:
    """The detectors' input read from the database, with the ids to map their output back."""

    transcript_id: int
    revision_id: int | None
    utterances: list[Utterance]
    speaker_ids: dict[str, int]
    wearer: str | None
    envelope: Envelope | None
    duration: float | None
    notices: list[str]
    pitch: PitchTrack | None = None


def read_input(store: Store, footage_id: int) -> TranscriptInput:
    """The current transcript revision (segments, word times, speakers and their roles), the
    camera-wearer suggestion and the loudness envelope of one footage.

    Raises:
        NotFound: no such footage.
        InvalidInput: the footage has no transcript.
    """
    footage = store.one("SELECT id, duration FROM footage WHERE id = ?", [footage_id])
    if footage is None:
        raise NotFound(f"footage {footage_id} does not exist: see `bodycam list`")
    transcript = current_transcript(store, footage_id)
    if transcript is None:
        raise InvalidInput(no_transcript_message(footage_id))
    revision = store.one(
        "SELECT max(id) AS id FROM revisions WHERE transcript_id = ?", [transcript["id"]]
    )
    speakers = store.query(
        "SELECT id, label, role, wearer_suggestion, wearer_confirmed FROM speakers"
        " WHERE transcript_id = ? ORDER BY id",
        [transcript["id"]],
    )
    # Labels ("Speaker 2") are unique within a transcript and read well in the notices.
    label_of = {s["id"]: s["label"] for s in speakers}
    role_of = {s["id"]: s["role"] for s in speakers}
    utterances = []
    for segment in current_segments(store, transcript["id"]):
        words = tuple(
            # The probability lets ``heard`` re-read the words the recogniser was unsure of.
            TimedWord(
                w["word"].strip(), float(w["start"]), float(w["end"]), float(w["probability"])
            )
            for w in segment.words
            if w["word"].strip()
        )
        utterances.append(
            Utterance(
                speaker=label_of.get(segment.speaker_id, "unknown"),
                role=role_of.get(segment.speaker_id, "unknown"),
                start=segment.start,
                end=segment.end,
                text=segment.text,
                words=words,
            )
        )
    notices: list[str] = []
    envelope = _envelope(store, footage_id, notices)
    return TranscriptInput(
        transcript_id=transcript["id"],
        revision_id=revision["id"] if revision else None,
        utterances=utterances,
        speaker_ids={s["label"]: s["id"] for s in speakers},
        wearer=_wearer(speakers),
        envelope=envelope,
        duration=footage["duration"],
        notices=notices,
        # The delivery reading weighs pitch with loudness: without the envelope (its own
        # notice says so) the audio is not read at all.
        pitch=_pitch(store, footage_id, notices) if envelope is not None else None,
    )


def _wearer(speakers: list[dict[str, Any]]) -> str | None:
    confirmed = [s for s in speakers if s["wearer_confirmed"]]
    if confirmed:
        return confirmed[0]["label"]
    suggested = [s for s in speakers if s["wearer_suggestion"] is not None]
    return max(suggested, key=lambda s: s["wearer_suggestion"])["label"] if suggested else None


def _derived(store: Store, footage_id: int, kind: str, read, errors, what: str, notices):
    """``read`` applied to the footage's derived file of ``kind``, or None with a notice that
    says what was not detected (``what``) and how to fix it."""
    row = derived_file(store, footage_id, kind)
    if row is None:
        notices.append(
            f"footage {footage_id} has no {_KIND_NAMES[kind]}, so {what} not detected. "
            "Fix: re-ingest the footage to derive it."
        )
        return None
    path = store.layout.absolute(row["path"])
    try:
        return read(path)
    except errors as error:
        notices.append(
            f"the {_KIND_NAMES[kind].removeprefix('derived ')} {path} could not be read "
            f"({error}), so {what} not detected. Fix: run `bodycam verify` and re-ingest the "
            "footage."
        )
        return None


_KIND_NAMES = {"envelope": "loudness envelope", "audio": "derived audio"}


def _envelope(store: Store, footage_id: int, notices: list[str]) -> Envelope | None:
    return _derived(
        store,
        footage_id,
        "envelope",
        lambda path: Envelope.from_dict(json.loads(path.read_text())),
        (OSError, ValueError, KeyError, TypeError),
        "raised voices were",
        notices,
    )


def _pitch(store: Store, footage_id: int, notices: list[str]) -> PitchTrack | None:
    """The pitch track of the footage's derived 16 kHz WAV (the one transcription read)."""
    from ..transcribe.pipeline import AudioUnreadable

    return _derived(
        store,
        footage_id,
        "audio",
        read_pitch_track,
        (OSError, AudioUnreadable),
        "raised deliveries (pitch with loudness) were",
        notices,
    )


@functools.cache
def _minilm():
    from .embedding import load_minilm

    return load_minilm()


def configured_embedder(codebook: Codebook, notices: list[str]):
    """The MiniLM similarity when ``$BODYCAM_SUGGEST_EMBEDDINGS`` is 1, loaded once per
    process; else None (the rules alone). Its prototypes are the hand-written ones and the
    labelled lines of every training split (``labelled.py``), their vectors kept on disk. (The
    logistic reader, ``logistic.py``, found more on the script text but fell to 0.80
    precision on fresh3's machine transcript: docs/BENCHMARKS.md, session 7.)"""
    if os.environ.get(EMBEDDINGS_ENV, "").strip().lower() not in ("1", "true", "yes"):
        return None
    from .embedding import EmbeddingUnavailable
    from .labelled import LabelledSimilarity
    from .vector_cache import minilm_vector_cache

    try:
        return LabelledSimilarity(codebook, _minilm(), vector_cache=minilm_vector_cache())
    except EmbeddingUnavailable as error:
        notices.append(f"{EMBEDDINGS_ENV} is set but {error}")
        return None


def run_detectors(store: Store, footage_id: int, actor: str, *, job=None) -> RunOutcome:
    """Read, detect, store. ``job`` (the worker's claim) is finished in the same change."""
    # Here, not at the top: the inbox (`bodycam suggestions`, confirm, reject) imports this
    # module for ``last_run`` and need not load the detectors' rules.
    from .detection import detect

    source = read_input(store, footage_id)
    codebook_id, codebook = codebook_store.current(store)
    notices = list(source.notices)
    embedder = configured_embedder(codebook, notices)
    result = detect(
        source.utterances,
        codebook,
        envelope=source.envelope,
        wearer=source.wearer,
        embedder=embedder,
        duration=source.duration,
        pitch=source.pitch,
    )
    notices = result.notices + notices
    with store.change(actor, "suggestion.run") as change:
        if job is not None:
            from ..models import jobs

            jobs.check_claim(change, job)
        outcome = _replace(change, footage_id, codebook_id, source, result.suggestions)
        outcome.notices = notices
        _save_run(change, footage_id, codebook_id, source, result, notices)
        if job is not None:
            jobs.finish(change, job)
    return outcome


_COLUMNS = ("id", "code", "start", "end", "speaker_id", "detector", "status")
_SELECT = ", ".join(f'"{c}"' for c in _COLUMNS)


def _replace(change: Change, footage_id, codebook_id, source: TranscriptInput, found):
    rows = [
        dict(zip(_COLUMNS, r, strict=True))
        for r in change.conn.execute(
            f"SELECT {_SELECT} FROM suggestions WHERE footage_id = ?",
            [footage_id],
        ).fetchall()
    ]
    decided = [r for r in rows if r["status"] in DECIDED]
    # An undecided suggestion the new run proposes again keeps its row (and id, and a skip):
    # only what the new run no longer proposes is replaced.
    undecided = {_identity(r): r for r in rows if r["status"] in UNDECIDED}
    fresh, unchanged = [], set()
    for s in found:
        speaker_id = source.speaker_ids.get(s.speaker)
        key = (s.code_id, s.start, s.end, speaker_id, s.detector)
        if any(
            d["code"] == s.code_id and d["start"] < s.end and s.start < d["end"] for d in decided
        ):
            continue
        if key in undecided:
            unchanged.add(key)
            continue
        fresh.append((s, speaker_id))
    stale = [r for key, r in undecided.items() if key not in unchanged]
    for row in stale:
        change.delete("suggestions", row["id"])
    change.insert_many(
        "suggestions",
        [
            {
                "footage_id": footage_id,
                "transcript_id": source.transcript_id,
                "revision_id": source.revision_id,
                "codebook_id": codebook_id,
                "code": s.code_id,
                "start": s.start,
                "end": s.end,
                "speaker_id": speaker_id,
                "score": s.score,
                "detector": s.detector,
                "evidence": s.evidence,
                "status": "pending",
                "created_at": change.at,
            }
            for s, speaker_id in fresh
        ],
    )
    return RunOutcome(
        footage_id,
        source.transcript_id,
        source.revision_id,
        added=len(fresh),
        kept=len(decided),
        replaced=len(stale),
        unchanged=len(unchanged),
    )


def _identity(row: dict[str, Any]) -> tuple:
    return (row["code"], row["start"], row["end"], row["speaker_id"], row["detector"])


def _save_run(change: Change, footage_id, codebook_id, source, result, notices) -> None:
    values = {
        "footage_id": footage_id,
        "transcript_id": source.transcript_id,
        "revision_id": source.revision_id,
        "codebook_id": codebook_id,
        "notices": notices,
        "summary": {"opening": result.opening, "measures": result.measures},
        "tension": result.tension,
        "created_at": change.at,
        "created_by": change.actor,
    }
    existing = change.conn.execute(
        "SELECT id FROM suggestion_runs WHERE footage_id = ?", [footage_id]
    ).fetchone()
    if existing is None:
        change.insert("suggestion_runs", values)
    else:
        change.update("suggestion_runs", existing[0], values)


def last_run(store: Store, footage_id: int) -> dict[str, Any] | None:
    """The footage's last run with its JSON decoded: notices, summary, tension."""
    row = store.one("SELECT * FROM suggestion_runs WHERE footage_id = ?", [footage_id])
    if row is None:
        return None
    for key in ("notices", "summary", "tension"):
        row[key] = json.loads(row[key])
    return row
