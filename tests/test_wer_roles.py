"""WER split by speaker and the STM lines behind it (the ASR figures of the development set)."""

from __future__ import annotations

import pytest

from bodycam.transcribe.wer import errors_by_speaker, load_stm, load_stm_lines, word_error_rate


def test_errors_go_to_the_speaker_of_the_reference_word():
    reference = [("officer", "Stop right there."), ("civilian", "I did nothing wrong")]
    # "there" deleted (officer), "nothing" -> "nuffin" (civilian), "really" inserted after
    # "wrong" (civilian's word before it), "uh" inserted at the very start (first speaker).
    hypothesis = "uh stop right I did nuffin wrong really"
    counts = errors_by_speaker(reference, hypothesis)
    assert counts == {"officer": (2, 3), "civilian": (2, 4)}
    errors = sum(e for e, _ in counts.values())
    words = sum(w for _, w in counts.values())
    joined = " ".join(text for _, text in reference)
    assert errors / words == pytest.approx(word_error_rate(joined, hypothesis))


def test_a_speaker_with_several_lines_pools_them_and_an_empty_hypothesis_misses_all():
    reference = [("a", "one two"), ("b", "three"), ("a", "four")]
    assert errors_by_speaker(reference, "one two three four") == {"a": (0, 3), "b": (0, 1)}
    assert errors_by_speaker(reference, "  ...  ") == {"a": (3, 3), "b": (1, 1)}
    with pytest.raises(ValueError, match="empty"):
        errors_by_speaker([("a", "?!")], "words")


def test_stm_lines_keep_speakers_in_time_order(tmp_path):
    stm = tmp_path / "x.stm"
    stm.write_text(
        ";; comment\n"
        "x 1 civilian 4.0 5.0 <o,f0,female> Second line.\n"
        "x 1 officer 1.0 2.0 First line.\n"
        "x 1 officer 6.0 7.0 ignore_time_segment_in_scoring\n"
        "x 1 inter_segment_gap 7.0 8.0 gap words\n"
    )
    assert load_stm_lines(stm) == [("officer", "First line."), ("civilian", "Second line.")]
    assert load_stm(stm) == "First line. Second line."
    stm.write_text("x 1 officer 1.0\n")
    with pytest.raises(ValueError, match=r"x\.stm:1: STM line needs at least 5 fields"):
        load_stm_lines(stm)
