"""Two voices that answer each other without a pause are not merged into one speaker.

Stitching merges two global speakers when the segmentation model follows one voice from one to
the other across chunks (``stitching.pair_to_merge``): clustering 1.6 s windows splits one
person into several clusters when their voice varies. But when people take turns with no pause
(0-0.12 s between turns, fresh4's d42), the model hears two of them as one chunk-local speaker
in every chunk, so it "follows" one voice from the first person to the second, and CAM++, which
vetoes such a merge when it hears two people (``DiarizationOptions.veto_merge_below``), reads
two espeak voices of different sexes 0.66 alike, as alike as one person's clusters (0.37-0.84).

What tells them apart is how the windows hear them: a cluster split off one person's voice is a
side cluster, a shout or a stretch of cross-talk heard in one or two runs of windows. Two people
taking turns are each heard in several long runs of windows, turn after turn, and each about as
much as the other. On the 44 recordings of the six halves and sample.wav, the 12 merges of one
person's clusters had at most two runs of 1.25 s in the smaller cluster; d42's two people had
four and five, and 35 windows against 36 (docs/BENCHMARKS.md, session 8). In a long recording
one person's side cluster recurs (sample.wav repeated 40 times holds its side cluster's one
1.5 s run 40 times), but stays a small part of that person's windows: hence the balance.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from bodycam.transcribe.embeddings import WindowEmbeddings
from bodycam.transcribe.voice_evidence import label_runs


@dataclass(frozen=True)
class TurnTakingSettings:
    """When two clusters are each a voice of its own (``takes_turns``).

    Attributes:
        min_run: Seconds of window centres a run of consecutive windows labelled with one
            speaker must span to count as a turn the windows hear as that voice (1.25 s at the
            0.25 s step: six windows, about 2.9 s of audio).
        min_runs: Runs of ``min_run`` each speaker of the pair needs.
        min_balance: The smaller speaker's windows must be at least this fraction of the
            larger's: a long recording repeats one person's side cluster (a shout) many times,
            but it stays a small part of that person's speech.
    """

    min_run: float = 1.25
    min_runs: int = 3
    min_balance: float = 0.5

    def __post_init__(self) -> None:
        if self.min_run <= 0 or self.min_runs < 1 or not 0.0 <= self.min_balance <= 1.0:
            raise ValueError(
                f"need min_run > 0, min_runs >= 1 and 0 <= min_balance <= 1, got "
                f"{self.min_run}, {self.min_runs}, {self.min_balance}"
            )


def long_runs(
    windows: WindowEmbeddings, labels: np.ndarray, speaker: int, half_step: float, min_run: float
) -> int:
    """How many runs of consecutive windows labelled ``speaker`` span ``min_run`` seconds."""
    runs = label_runs(windows, labels, speaker, len(labels), half_step)
    return sum(end - start >= min_run for start, end in runs)


def takes_turns(
    windows: WindowEmbeddings,
    labels: np.ndarray,
    pair: tuple[int, int],
    half_step: float,
    settings: TurnTakingSettings,
) -> bool:
    """Whether the two speakers of ``pair`` are two people taking turns: each heard by the
    windows in ``min_runs`` long runs, and the smaller holding ``min_balance`` of the larger's
    windows. Such a pair is not merged on the segmentation model's evidence."""
    counts = [int(np.count_nonzero(labels == speaker)) for speaker in pair]
    if min(counts) < settings.min_balance * max(counts):
        return False
    return all(
        long_runs(windows, labels, speaker, half_step, settings.min_run) >= settings.min_runs
        for speaker in pair
    )
