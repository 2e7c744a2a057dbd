"""Guards against text Whisper invents, and the record of everything they take out.

Whisper's known failure modes on body-worn camera audio, and what guards against each:

- Invented text on silence, wind and music: only voice-activity regions are decoded
  (``windows``); segments the model itself scores as "no speech" with low confidence are
  taken out, as are bare sound-event captions ("[Music]", "♪"), the classic filler phrases
  ("Thank you.") when they sit outside detected speech, and a video's closing words ("Thanks
  for watching") wherever they lie (:func:`hallucination_reason`).
- Repetition loops: ``condition_on_previous_text`` is off, and a loop is cut back per segment
  to what the audio can hold, or to its first occurrence when a long run's words have no time
  of their own (``repetition``); repeated speech a person really said is kept.
  A loop the model scores as no speech goes whole, however confident its text. A line written
  three times in a row, one segment a copy, keeps its first copy, and the speech under the
  others is decoded again (``repeated_lines``).
- Speech skipped (a window ended early, or skipped as no speech by faster-whisper): voiced
  stretches with no words are decoded again on their own (``gaps``); what comes back that the
  model scores as a failed decode is recorded as :data:`UNSURE`, not written.
- Timestamp drift after long silences: every word is mapped back through the speech chunk it
  came from and clamped into it (``windows.ChunkMap``).

Nothing is dropped silently: each removal is a ``removed.RemovedText`` kept beside the
transcript, so a reviewer can see what was taken out, where and why.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bodycam.transcribe.removed import RemovedText
from bodycam.transcribe.repetition import collapse_loops
from bodycam.transcribe.windows import speech_overlap

if TYPE_CHECKING:
    from bodycam.transcribe.asr import AsrOptions, AsrSegment


#: What each whole-segment reason means, for :attr:`RemovedText.detail`.
REASON_DETAILS = {
    "sound caption": "a caption of a sound, not words",
    "no speech": "the model scored the audio as no speech and the text as unlikely",
    "filler outside speech": "a stock phrase Whisper invents on noise, outside detected speech",
    "filler without speech": "a stock phrase Whisper invents on noise, scored as no speech",
    "video outro": "the closing words of an online video, which Whisper writes on speech it "
    "cannot read; nobody says them on body-worn camera footage",
    "loop without speech": "a decoding loop the model scored as no speech; a loop's repeats "
    "predict each other, so its confidence cannot vouch for it",
    "unsure re-decode": "speech the first decode wrote nothing over, decoded again on its own, "
    "and the model scored this text as unlikely (a failed decode by Whisper's own measure): "
    "listen to it",
}

LOOP_WITHOUT_SPEECH = "loop without speech"
UNSURE = "unsure re-decode"

#: Phrases Whisper is known to produce on silence and noise (from its subtitle training data),
#: after :func:`phrase_key` folding.
FILLER_HALLUCINATIONS = frozenset(
    {
        "you",
        "thank you",
        "thank you very much",
        "thanks",
        "thanks for watching",
        "thank you for watching",
        "thank you so much for watching",
        "thanks for watching and see you next time",
        "please subscribe",
        "subscribe",
        "like and subscribe",
        "bye",
        "bye bye",
        "so",
        "oh",
        "um",
        "uh",
        "subtitles by the amaraorg community",
        "transcription by castingwords",
    }
)

# The closing words of an online video ("Thank you so much for watching", "see you in the next
# video", "please subscribe to the channel", a subtitler's credit), after phrase_key folding.
# Whisper learned them from subtitles and writes them not only on silence but on speech it
# cannot read: re-decoding a Spanish-accented couple's English (devset d56), where the first
# decode had rightly skipped it, gave three such lines (46 words) among the officer's. A
# person on body-worn camera footage does not say them, so unlike the filler phrases above
# (a real "Thank you" is common) a segment holding one is invented wherever it lies.
# The same decode on another CPU family (CTranslate2 picks other kernels on AMD than on Intel)
# wrote other pieces of the same script: d56's outro began its segment at "for watching and
# I'll see you in the next", and d158 read "Don't forget to hit the bell if you haven't
# already" twice. "For watching" opening a segment counts only before "and", "see" or the
# segment's end, so a person's "For watching the house he paid me" stays.
_VIDEO_OUTRO = re.compile(
    r"\b(?:(?:thanks|you|much) for watching|the next video|subscribe to (?:the|my|our) channel"
    r"|(?:please|like and) subscribe|subtitles by|amaraorg"
    r"|hit (?:the|that) (?:bell|like button)|dont forget to (?:like|subscribe|hit))\b"
    r"|^for watching(?: and\b| see\b|$)"
)

# A whole segment that is only a caption of a sound, not words: "[Music]", "(siren wailing)",
# "♪ ♪", "*laughs*".
_SOUND_CAPTION = re.compile(r"^\s*(?:\[[^\]]*\]|\([^)]*\)|\*[^*]*\*|[♪♫♬#\s.…-])*\s*$")


def phrase_key(text: str) -> str:
    """``text`` folded for comparison with :data:`FILLER_HALLUCINATIONS`."""
    return " ".join(re.sub(r"[^\w\s]", "", text.lower()).split())


def is_filler(text: str) -> bool:
    """True when ``text`` is one of :data:`FILLER_HALLUCINATIONS`, said once or again and
    again ("Thank you, thank you, thank you, ..."): Whisper invents the run on noise as readily
    as the phrase (devset d113, rain at 0 dB: forty of them under a no-speech probability of
    0.71, in stretches too long for the loop guard's words-per-second bound to catch)."""
    words = phrase_key(text).split()
    for filler in FILLER_HALLUCINATIONS:
        unit = filler.split()
        times, rest = divmod(len(words), len(unit))
        if times and not rest and words == unit * times:
            return True
    return False


def is_sound_caption(text: str) -> bool:
    """True when ``text`` holds no words, only captions of sounds such as ``[Music]``."""
    return _SOUND_CAPTION.fullmatch(text) is not None


def hallucination_reason(
    segment: AsrSegment, speech: list[tuple[float, float]], options: AsrOptions
) -> str | None:
    """Why a decoded segment looks invented rather than heard, or ``None`` to keep it.

    Args:
        segment: A decoded segment, times in recording seconds.
        speech: Voice-activity regions of the recording.
        options: The thresholds (``no_speech_threshold``, ``log_prob_threshold``).

    Returns:
        ``"sound caption"``, ``"no speech"``, ``"video outro"``, ``"filler outside speech"``,
        ``"filler without speech"``, or ``None``. Repetition is not judged here: the
        compression ratio covers a whole decoding window, not this segment (see
        ``repetition.collapse_loops``).
    """
    text = segment.text
    if not text or is_sound_caption(text):
        return "sound caption"
    if (
        segment.no_speech_prob > options.no_speech_threshold
        and segment.avg_logprob < options.log_prob_threshold
    ):
        return "no speech"
    if _VIDEO_OUTRO.search(phrase_key(text)):
        return "video outro"
    if is_filler(text):
        if speech_overlap(segment.start, segment.end, speech) < 0.5:
            return "filler outside speech"
        # Whisper's own rule wants both a high no-speech probability and a low log-probability;
        # a stock filler phrase needs only the first to be suspect (a confident "You" on
        # digital silence is the textbook case).
        if segment.no_speech_prob > options.no_speech_threshold:
            return "filler without speech"
    return None


def removed_segment(segment: AsrSegment, reason: str) -> RemovedText:
    """The record of a whole segment taken out for ``reason``."""
    return RemovedText(
        segment.start, segment.end, segment.text, reason, REASON_DETAILS.get(reason, "")
    )


def screen(
    segment: AsrSegment, speech: list[tuple[float, float]], options: AsrOptions
) -> tuple[AsrSegment | None, list[RemovedText]]:
    """Run every guard on one decoded segment.

    Args:
        segment: A decoded segment, times in recording seconds.
        speech: Voice-activity regions of the recording.
        options: The no-speech thresholds.

    Returns:
        The segment to keep (``None`` when all of it was invented; a shortened copy when a
        decoding loop was cut back) and the record of everything taken out.
    """
    reason = hallucination_reason(segment, speech, options)
    if reason is not None:
        return None, [removed_segment(segment, reason)]
    collapsed, removed = collapse_loops(segment, speech)
    if removed:
        # Cut back to one occurrence, a loop of "Thank you" on noise is a filler after all.
        reason = hallucination_reason(collapsed, speech, options)
        # Whisper's no-speech rule lets a segment it scores as no speech stand when its text
        # is likely (avg_logprob over log_prob_threshold), but a loop is likely by its nature:
        # each repeat predicts the next. So a loop the model scores as no speech is taken out
        # whole (devset d69: "see you in the next one" thirty times over a civilian's line in
        # rain, no-speech 0.74, log-probability -0.15).
        if reason is None and segment.no_speech_prob > options.no_speech_threshold:
            reason = LOOP_WITHOUT_SPEECH
        if reason is not None:
            return None, [removed_segment(segment, reason)]
    return collapsed, removed
