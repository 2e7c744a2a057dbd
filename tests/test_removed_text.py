"""Text the speech-recognition guards took out is stored beside the transcript, never lost."""

from __future__ import annotations

from dataclasses import replace

from transcripts_support import fake_result

from bodycam.models.transcripts import (
    current_segments,
    current_transcript,
    removed_text,
    save_transcription,
)
from bodycam.transcribe.removed import RemovedText


def test_removed_text_is_saved_with_its_reason_and_kept_out_of_the_transcript(run, media, store):
    run("ingest", str(media["h264_aac"]))
    loop = RemovedText(
        3.25,
        4.0,
        "Drop the knife. Drop the knife.",
        "repetition loop",
        "'Drop the knife.' repeated 3 times in 0.2 s of speech, which holds at most 1; kept 1",
    )
    caption = RemovedText(19.0, 19.5, "[Music]", "sound caption", "a caption of a sound, not words")
    result = replace(fake_result(), removed=[loop, caption])
    with store.change("worker", "transcript.create") as change:
        transcript_id = save_transcription(
            change, footage_id=1, job_id=1, audio_sha256="a" * 64, result=result
        )
    assert [
        (r["start"], r["end"], r["text"], r["reason"], r["detail"])
        for r in removed_text(store, transcript_id)
    ] == [
        (3.25, 4.0, loop.text, "repetition loop", loop.detail),
        (19.0, 19.5, "[Music]", "sound caption", "a caption of a sound, not words"),
    ]
    assert current_transcript(store, 1)["id"] == transcript_id
    texts = [segment.text for segment in current_segments(store, transcript_id)]
    assert not any("knife" in text or "Music" in text for text in texts)


def test_a_transcript_with_nothing_removed_stores_no_rows(run, media, store):
    run("ingest", str(media["h264_aac"]))
    with store.change("worker", "transcript.create") as change:
        transcript_id = save_transcription(
            change, footage_id=1, job_id=1, audio_sha256="a" * 64, result=fake_result()
        )
    assert removed_text(store, transcript_id) == []
