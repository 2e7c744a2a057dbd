"""Text a guard took out of a transcript: kept, flagged and shown, never dropped silently."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class RemovedText:
    """Text a guard took out of the transcript, kept so a reviewer can see it.

    Attributes:
        start: Where it was heard, in seconds from the start of the recording.
        end: Where it ends, in seconds.
        text: The text taken out, as decoded.
        reason: Which guard took it out: ``"sound caption"``, ``"no speech"``,
            ``"filler outside speech"``, ``"filler without speech"``, ``"video outro"``,
            ``"repetition loop"``, ``"loop without speech"``, ``"repeated line"`` (a line
            decoded again and again, one segment a copy: the speech under the later copies
            was decoded again), ``"unsure re-decode"`` (a skipped stretch decoded again on its
            own into text the model scores as a failed decode: ``gaps``),
            or ``"speech without words"`` (voice activity the recogniser found no words in,
            even decoding it again on its own; ``text`` is empty: ``gaps.NO_WORDS``).
        detail: Why, in a sentence for the reviewer (the figures the guard used).
    """

    start: float
    end: float
    text: str
    reason: str
    detail: str = ""
