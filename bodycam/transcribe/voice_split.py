"""A speaker whose turns CAM++ hears as two voices becomes two speakers.

The window clusters join two people whose Resemblyzer embeddings lie close (fresh2's d25: the
partner officer, flite ``kal16``, and a civilian, espeak ``en-029+m1``, one speaker; their turns'
Resemblyzer means read 0.69-0.79 apart against 0.76-0.93 within one person), and nothing later
looks inside a speaker: the merge veto and the distinct turns only keep apart what the clusters
already separate. CAM++ hears the two (docs/BENCHMARKS.md, session 7). So after the speakers are
settled, each speaker's longer turns are split in two by their Resemblyzer means (average
linkage, free: the windows are already embedded), and when both groups hold enough speech, a
CAM++ profile of each group is read; two profiles further apart than one person's voice ever
reads make the smaller group a speaker of its own. Resemblyzer proposes the split because the
proposal costs nothing and its two-way split already follows the voices where CAM++ would
(d25's six turns fall the same way under either encoder); CAM++ decides, at two calls per
speaker with a balanced split.

Both groups must be heard as voices (``voicing``): a woman who whispers some lines and says
others aloud (fresh7's d64) is one person whose whispered group CAM++ reads 0.39 from her voiced
one, since a whisper has no buzz of the vocal folds and the encoders learned identity from
voiced speech. A group with no periodic speech frames gives CAM++ no voice to compare, so its
distance says how it was spoken, not who spoke (docs/BENCHMARKS.md, session 11).

Two people of one timbre are never that far apart: fresh7's d65 civilian and witness (two espeak
women, pitch 60 and 58) read 0.58 between their groups' lines, fresh4's d43 witness and radio
dispatcher 0.66, over the 0.4 above, and stayed one speaker. What tells them apart is relative:
each line reads closer to the other lines of its own group (0.72 and 0.81 on average) than to
the other group's. So when the profiles are not that far apart, the pieces are grouped by Ward's
linkage of their Resemblyzer means (it follows d65's and d43's voices where the average linkage
above leaves one odd line alone), each piece is read by CAM++, and the groups become two
speakers when the mean within-group cosine exceeds the mean across by ``min_gap``. One person's
two groups read 0.07 apart at most on the 50 recordings measured, but for three that CAM++ alone
would split: a whisper (d64, 0.47: ``voicing`` keeps it), a man calm and shouting (fresh5's d45,
0.18) and a partner in person and over the radio (fresh5's d52, 0.12). The last two are one
voice in another manner or channel, so pitch is asked too: two people's groups lie a semitone or
more apart (d65 1.8, d43 4.3), one man's two channels 0.0; and the shouting group, higher by 3.7
semitones, is also 7 dB louder, which is one voice raised as ``voice_merge`` reads it
(docs/BENCHMARKS.md, session 12).

Two people who answer each other with no pause (fresh22's d183: two women 0-0.1 s apart over a
hedge) can share every turn the window clusters give them, so that no turn is one person's
alone and the groups of turns mix both. When the turns split nothing, the same tests run on
pieces of 2-4 s cut from the turns, and a split then cuts the turns where their pieces change
group (docs/BENCHMARKS.md, session 27).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage

from bodycam.core.audio import SAMPLE_RATE
from bodycam.transcribe import speaker_pitch, voicing
from bodycam.transcribe.distinct_turns import (
    Turn,
    TurnEmbedder,
    clean_segments,
    longest_clean,
    windows_inside,
)
from bodycam.transcribe.embeddings import WindowEmbeddings, normalize
from bodycam.transcribe.voice_merge import level_db, middle_pieces

logger = logging.getLogger(__name__)

#: CAM++ cosine at which two reads count as copies of one sound rather than two turns: copies
#: of sample.wav's turns, read at their middles as the voice split reads them, come out
#: 0.96-0.998 (not 1.0, as the stretches' edges differ); the within-group means that split
#: two people (d43, d65) are 0.6-0.85, so a pair this alike adds no evidence either way.
SAME_SOUND = 0.95


@dataclass(frozen=True)
class VoiceSplitSettings:
    """Tunables of ``split`` (docs/BENCHMARKS.md, session 7).

    Attributes:
        min_piece: A turn takes part when its longest stretch overlapping no other speaker's
            turn lasts this many seconds (under it, a turn's Resemblyzer mean is one or two
            windows, mostly of the speech around it; short turns are ``short_turns``' job).
        min_group_turns: Each of the two groups must hold this many turns: one odd turn is a
            misplaced line, not a second person.
        min_group_speech: ...and this many seconds of such stretches.
        profile_turns: A group's CAM++ profile reads its this many longest stretches...
        profile_piece: ...each cut to its middle this many seconds (bounds CAM++'s cost). At
            1 s, one person's groups read 0.63-0.87 on the tuning halves but 0.40 on
            sample.wav's 5-minute repeat (a group made of one turn's ten copies), which split
            one voice in two; at 2 s they read 0.59 there and 0.76-0.94 on the halves, and the
            two voices of d25 0.27.
        max_similarity: The groups become two speakers when the CAM++ cosine of their
            profiles is under this (between d25's 0.27 and one person's 0.59 and more; the
            merge veto's profiles put one person at 0.42 or more and two at 0.30 or less,
            session 5).
        min_periodic: ...and when each group's profile has at least this share of periodic
            speech frames (``voicing.periodic_share``; ``None``: not asked). Of the 837 clean
            reference turns of the nine halves, the 8 whispered read 0.00-0.01 and every
            voiced turn 0.31 or more but a civilian at the noise floor (fresh's d17: 0.02-0.23,
            where CAM++ hears the noise as much as the voice); 0.15 lies between.
        min_gap: When the profiles read ``max_similarity`` or closer, the two Ward groups of
            the pieces still become two speakers when the pieces' CAM++ reads are on average
            this much closer within the groups than across them (and both are voices, and
            ``min_pitch_apart`` and ``raised_voice_db`` say two people). Two people in one
            speaker: 0.15 (d43), 0.14 (d65); one person's groups: 0.07 at most on 50
            recordings but for d64's whisper, d45's shouting and d52's radio (above).
            ``None``: not asked (the default before session 12).
        min_group_gap: ...and each group's own pairs read on average this much closer than
            the pairs across (both groups, not only the two pooled): a second person is one
            voice, so that person's lines agree with each other. fresh8's d76 (a drunk man,
            flite stretched to two-thirds pace, one person) passes ``min_gap`` at 0.09 and
            ``min_pitch_apart`` at 2.1 semitones, but its smaller group of two lines reads 0.57
            to itself against 0.55 across (+0.02): two odd lines of one voice, no tighter to
            each other than to the rest. The splits of two people read +0.07 to +0.27 in each
            group (d53, d54, d65, d80); of the 92 recordings only d76 and fresh9's d82 (+0.01)
            fall under 0.04 (docs/BENCHMARKS.md, session 15). ``None``: not asked (the
            default before session 15).
        gap_piece: Each piece is read for that test at its middle this many seconds.
        max_reads: ...and each group reads at most this many of its pieces, spread evenly
            over its time order. The test compares mean cosines, which a spread sample
            estimates; reading every piece made this one test 30 % of the diarizer's time on
            sample.wav's 20-minute repeat (some 320 pieces, 0.058x real time against the
            0.05x budget; docs/BENCHMARKS.md, session 17). No recording of the development
            set has more than 23 turns of a second or more, so it never bites there.
        min_pitch_apart: ...and the groups' pitches (median F0 of each group's profile) lie
            this many semitones apart or more, both known: d65's two women 1.8, d43's witness
            and dispatcher 4.3; d52's partner in person and over the radio 0.0. ``None``: not
            asked.
        raised_voice_db: ...and the group with the higher pitch is not this many dB louder
            (mean power of the profiles) as well, one voice raised (``VoiceMergeSettings``'
            4 dB; d45's shouting 7.1 dB, d43's dispatcher 3.8 dB, d65's civilian 2.5 dB).
            ``None``: not asked.
        min_voiced: A group with under this many seconds of voiced frames has no pitch (and
            the groups are not split by ``min_gap``).
        sub_piece: When the turn-level test splits nothing, a speaker's stretches clear of
            other speakers are cut into pieces of this many seconds (to twice that) and the
            same tests run on them: two people who answer each other with no pause between
            (fresh22's d183, two women 0-0.1 s apart over a hedge) share every turn the window
            clusters give them, so no turn holds one of them alone. A split moves pieces, not
            turns: each turn is cut where its pieces change group (``cut_snap``). Each group
            must still hold pieces of ``min_group_turns`` turns. ``None``: not tried (the
            default before session 27).
        pitch_reach: When a group's profile holds under ``min_voiced`` seconds of voiced
            frames, its pitch is read over up to this many seconds of its pieces, longest
            first: pYIN finds 0.1-0.8 s of voice in 6 s of a woman 8 dB under the wearer in
            wind at 5 dB (d183) or a man in street noise at 2 dB (d184), and without a pitch
            the groups are never split. ``None``: the profile alone.
        cut_snap: A cut inside a turn lies where the Resemblyzer windows turn from one group's
            voice to the other's, then moves to the quietest 50 ms within this many seconds
            (the breath between two people's lines; the windows, 1.6 s long, blur the change).
        timbre_gap: Groups whose pitches lie under ``min_pitch_apart`` are still two people
            when each group's own reads are this much closer to each other than across
            (``min_gap``'s test, each group on its own) and neither is ``raised_voice_db``
            louder: one person's voice moves that far from itself only when raised, which moves
            its pitch and level too (fresh5's d45, shouting: +0.26 and +0.15, 3.7 semitones
            higher and 7.1 dB louder). fresh27's d228 (a buyer and the partner officer, both
            men's espeak voices at 83 and 84 Hz, +0.21 and +0.12, then +0.27 and +0.15), fresh14's
            d124 (+0.37 and +0.31 at 0.5 semitones) and fresh20's d166 (+0.22 and +0.28 at 0.2)
            were each one speaker for two people. The one person at one pitch this far apart on
            the 228 recordings scored, fresh5's d52 (a partner in person and over the radio,
            0.0 semitones), reads +0.16 and +0.10 (docs/BENCHMARKS.md, session 31). ``None``:
            pitch decides (the default before session 31).
        raised_max_across: The higher group ``raised_voice_db`` louder is one voice raised only
            while the two groups' reads average at least this close across: fresh5's d45, one
            man calm and shouting, reads 0.61 and 0.62 across. fresh26's d215 (a husband 5.7 dB
            over his wife, 2.1 semitones higher, 0.48 across) and fresh22's d184 (4.2 dB, 0.43)
            were each one speaker for two people; at 0.55 they split, and on the 228 recordings
            scored no other raised group reads under 0.64 (docs/BENCHMARKS.md, session 31).
            ``None``: level and pitch decide (the default before session 31).
    """

    min_piece: float = 1.0
    min_group_turns: int = 2
    min_group_speech: float = 3.0
    profile_turns: int = 3
    profile_piece: float = 2.0
    max_similarity: float = 0.4
    min_periodic: float | None = 0.15
    min_gap: float | None = 0.08
    min_group_gap: float | None = 0.04
    gap_piece: float = 4.0
    max_reads: int = 24
    min_pitch_apart: float | None = 1.0
    raised_voice_db: float | None = 4.0
    min_voiced: float = 1.0
    sub_piece: float | None = 2.0
    pitch_reach: float | None = 20.0
    cut_snap: float = 0.4
    timbre_gap: float | None = 0.12
    raised_max_across: float | None = 0.55

    def __post_init__(self) -> None:
        if self.min_piece <= 0 or self.profile_piece <= 0 or self.min_group_speech < 0:
            raise ValueError(
                f"need min_piece > 0, profile_piece > 0 and min_group_speech >= 0, got "
                f"{self.min_piece}, {self.profile_piece}, {self.min_group_speech}"
            )
        if self.min_group_turns < 1 or self.profile_turns < 1:
            raise ValueError(
                f"need min_group_turns >= 1 and profile_turns >= 1, got "
                f"{self.min_group_turns}, {self.profile_turns}"
            )
        if not -1.0 < self.max_similarity < 1.0:
            raise ValueError(f"max_similarity must be in (-1, 1), got {self.max_similarity}")
        if self.min_periodic is not None and not 0.0 < self.min_periodic < 1.0:
            raise ValueError(f"min_periodic must be in (0, 1) or None, got {self.min_periodic}")
        if self.min_gap is not None and not 0.0 < self.min_gap < 2.0:
            raise ValueError(f"min_gap must be in (0, 2) or None, got {self.min_gap}")
        if self.min_pitch_apart is not None and self.min_pitch_apart < 0:
            raise ValueError(f"min_pitch_apart must be >= 0 or None, got {self.min_pitch_apart}")
        if self.raised_voice_db is not None and self.raised_voice_db <= 0:
            raise ValueError(f"raised_voice_db must be > 0 or None, got {self.raised_voice_db}")
        if self.min_group_gap is not None and not 0.0 < self.min_group_gap < 2.0:
            raise ValueError(f"min_group_gap must be in (0, 2) or None, got {self.min_group_gap}")
        if self.gap_piece <= 0:
            raise ValueError(f"gap_piece must be > 0, got {self.gap_piece}")
        if self.max_reads < 2:
            raise ValueError(f"max_reads must be >= 2, got {self.max_reads}")
        if self.sub_piece is not None and self.sub_piece < self.min_piece:
            raise ValueError(
                f"sub_piece must be None or >= min_piece ({self.min_piece}), got {self.sub_piece}"
            )
        if self.pitch_reach is not None and self.pitch_reach <= 0:
            raise ValueError(f"pitch_reach must be > 0 or None, got {self.pitch_reach}")
        if self.cut_snap < 0:
            raise ValueError(f"cut_snap must be >= 0, got {self.cut_snap}")
        if self.timbre_gap is not None and self.timbre_gap <= 0:
            raise ValueError(f"timbre_gap must be > 0 or None, got {self.timbre_gap}")
        if self.raised_max_across is not None and not -1 <= self.raised_max_across <= 1:
            raise ValueError(
                f"raised_max_across must be a cosine (-1 to 1) or None, got "
                f"{self.raised_max_across}"
            )


Piece = tuple[int, tuple[float, float], np.ndarray]


def _pieces(
    turns: Sequence[Turn], speaker: int, windows: WindowEmbeddings, min_piece: float
) -> list[tuple[int, tuple[float, float], np.ndarray]]:
    """``(turn index, longest clean stretch, Resemblyzer mean there)`` of each of
    ``speaker``'s turns whose longest clean stretch lasts ``min_piece`` seconds and holds a
    window centre."""
    out = []
    for index, (start, end) in longest_clean(turns, speaker, min_piece):
        inside = windows_inside(windows, [(start, end)])
        if inside.any():
            out.append((index, (start, end), normalize(windows.vectors[inside].mean(axis=0))))
    return out


def _sub_pieces(
    turns: Sequence[Turn], speaker: int, windows: WindowEmbeddings, settings: VoiceSplitSettings
) -> list[Piece]:
    """Like ``_pieces``, but every stretch of ``speaker``'s turns clear of other speakers is
    cut into pieces of ``sub_piece`` to twice that many seconds (a stretch under ``sub_piece``
    is one piece when it lasts ``min_piece``)."""
    assert settings.sub_piece is not None
    out = []
    for index, (_, _, label) in enumerate(turns):
        if label != speaker:
            continue
        for start, end in clean_segments(turns, index):
            length = end - start
            if length < settings.min_piece:
                continue
            count = max(1, int(length // settings.sub_piece))
            edges = np.linspace(start, end, count + 1)
            for a, b in itertools.pairwise(edges):
                inside = windows_inside(windows, [(a, b)])
                if inside.any():
                    mean = normalize(windows.vectors[inside].mean(axis=0))
                    out.append((index, (float(a), float(b)), mean))
    return out


def _profile(stretches: Sequence[tuple[float, float]], settings: VoiceSplitSettings) -> list:
    """The middle ``profile_piece`` seconds of the ``profile_turns`` longest ``stretches``."""
    return middle_pieces(stretches, settings.profile_turns, settings.profile_piece)


def _voiced(audio: np.ndarray, profiles: Sequence[list], settings: VoiceSplitSettings) -> bool:
    """Whether both groups' profiles are heard as voices: at least ``min_periodic`` of their
    speech frames periodic (read only for a split CAM++ already wants)."""
    if settings.min_periodic is None:
        return True
    shares = [voicing.periodic_share(audio, profile) for profile in profiles]
    logger.debug(
        "periodic speech frames: %s",
        " and ".join("none" if x is None else f"{x:.2f}" for x in shares),
    )
    return all(share is not None and share >= settings.min_periodic for share in shares)


def _two_groups(pieces: Sequence[Piece], method: str, settings: VoiceSplitSettings) -> list | None:
    """``pieces`` in two groups by their Resemblyzer means (``method``: scipy linkage), or
    ``None`` when a group holds under ``min_group_turns`` turns or ``min_group_speech``
    seconds."""
    means = np.stack([mean for _, _, mean in pieces]).astype(np.float64)
    # Ward's linkage works on Euclidean distances (of unit vectors: monotone in the cosine).
    metric = "euclidean" if method == "ward" else "cosine"
    labels = fcluster(linkage(means, method, metric=metric), 2, "maxclust")
    groups = [
        [piece for piece, label in zip(pieces, labels, strict=True) if label == k] for k in (1, 2)
    ]
    if any(
        len({index for index, _, _ in group}) < settings.min_group_turns
        or _seconds(group) < settings.min_group_speech
        for group in groups
    ):
        return None
    return groups


def _seconds(group: Sequence[Piece]) -> float:
    return sum(end - start for _, (start, end), _ in group)


def _smaller(groups: Sequence[Sequence[Piece]]) -> Sequence[Piece]:
    return min(groups, key=_seconds)


def _far_apart(
    audio: np.ndarray,
    pieces: Sequence[Piece],
    embed: TurnEmbedder,
    settings: VoiceSplitSettings,
    speaker: int,
) -> Sequence[Piece] | None:
    """The group to split off when the two groups' CAM++ profiles read under
    ``max_similarity`` and both are voices (the session 7 test), else ``None``."""
    groups = _two_groups(pieces, "average", settings)
    if groups is None:
        return None
    profiles = [_profile([stretch for _, stretch, _ in group], settings) for group in groups]
    similarity = float(embed(audio, profiles[0]) @ embed(audio, profiles[1]))
    logger.debug(
        "speaker %d: groups of %.1f s and %.1f s, CAM++ cosine %.2f",
        speaker,
        *(_seconds(group) for group in groups),
        similarity,
    )
    if similarity >= settings.max_similarity or not _voiced(audio, profiles, settings):
        return None
    return _smaller(groups)


def _apart_within(
    audio: np.ndarray,
    pieces: Sequence[Piece],
    embed: TurnEmbedder,
    settings: VoiceSplitSettings,
    speaker: int,
) -> Sequence[Piece] | None:
    """The group to split off when the pieces' own CAM++ reads (each piece's middle
    ``gap_piece`` seconds) are closer within the two groups Ward's linkage of their
    Resemblyzer means makes than across them, by ``min_gap`` in mean cosine and by
    ``min_group_gap`` within each group, and both groups are voices; else ``None``."""
    groups = _two_groups(pieces, "ward", settings)
    if groups is None:
        return None
    reads = [
        [
            embed(audio, middle_pieces([stretch], 1, settings.gap_piece))
            for _, stretch, _ in _spread(group, settings.max_reads)
        ]
        for group in groups
    ]
    # Two reads this alike are copies of one sound (a clip played twice, a line repeated by a
    # test or an echo), not two turns of one voice: a group of copies is one turn's evidence,
    # and their pairs would make any group look tight. One speaker alone for a minute, built
    # by repeating sample.wav's turns, was split in two by copies alone.
    if min(_distinct(group) for group in reads) < settings.min_group_turns:
        return None
    own = [_pairs(group) for group in reads]
    across = float(np.mean([float(first @ second) for first in reads[0] for second in reads[1]]))
    within = float(np.mean(own[0] + own[1]))
    group_gaps = [float(np.mean(pairs)) - across for pairs in own]
    logger.debug(
        "speaker %d: Ward groups of %.1f s and %.1f s, CAM++ %.2f within (%+.2f and %+.2f "
        "each), %.2f across",
        speaker,
        *(_seconds(group) for group in groups),
        within,
        *group_gaps,
        across,
    )
    if within - across < settings.min_gap:
        return None
    if settings.min_group_gap is not None and min(group_gaps) < settings.min_group_gap:
        return None
    profiles = [_profile([stretch for _, stretch, _ in group], settings) for group in groups]
    if not _voiced(audio, profiles, settings) or not _two_pitches(
        audio, profiles, settings, groups, min(group_gaps), across
    ):
        return None
    return _smaller(groups)


def _spread(group: Sequence[Piece], most: int) -> Sequence[Piece]:
    """At most ``most`` of ``group``'s pieces, evenly spaced over its time order (all of them
    when there are no more)."""
    if len(group) <= most:
        return group
    ordered = sorted(group, key=lambda piece: piece[1])
    return [ordered[i] for i in np.linspace(0, len(ordered) - 1, most).round().astype(int)]


def _pairs(reads: Sequence[np.ndarray]) -> list[float]:
    """The CAM++ cosines of each pair of ``reads`` that are not copies (``SAME_SOUND``)."""
    cosines = (
        float(first @ second) for index, first in enumerate(reads) for second in reads[index + 1 :]
    )
    return [cosine for cosine in cosines if cosine < SAME_SOUND]


def _distinct(reads: Sequence[np.ndarray]) -> int:
    """How many of ``reads`` are not copies (``SAME_SOUND``) of an earlier one."""
    kept: list[np.ndarray] = []
    for read in reads:
        if all(float(read @ other) < SAME_SOUND for other in kept):
            kept.append(read)
    return len(kept)


def _group_pitch(
    audio: np.ndarray, profile: list, group: Sequence[Piece], settings: VoiceSplitSettings
) -> float | None:
    """The median F0 of a group's profile, or when that holds too few voiced frames (a voice
    in wind or street noise at a few dB), of up to ``pitch_reach`` seconds of the group's
    pieces, longest first."""
    pitch = speaker_pitch.median_f0(audio, profile, settings.min_voiced)
    if pitch is not None or settings.pitch_reach is None:
        return pitch
    stretches, total = [], 0.0
    for _, (start, end), _ in sorted(group, key=lambda piece: piece[1][0] - piece[1][1]):
        if total >= settings.pitch_reach:
            break
        stretches.append((start, end))
        total += end - start
    return speaker_pitch.median_f0(audio, sorted(stretches), settings.min_voiced)


def _two_pitches(
    audio: np.ndarray,
    profiles: Sequence[list],
    settings: VoiceSplitSettings,
    groups: Sequence[Sequence[Piece]],
    group_gap: float,
    across: float,
) -> bool:
    """Whether the two groups' pitches (median F0 of each profile) say two people: both known
    (``min_voiced``), at least ``min_pitch_apart`` semitones apart, and the higher not also
    ``raised_voice_db`` louder (mean power), which is one voice raised. Or, with
    ``timbre_gap``, at one pitch and level when each group's reads are ``group_gap`` closer to
    each other than across, at least ``timbre_gap``: one voice that far from itself has been
    raised, which moves its pitch and level too. And a louder, higher group is one voice raised
    only while the groups read ``raised_max_across`` or closer ``across``."""
    if settings.min_pitch_apart is None:
        return True
    pitches = [
        _group_pitch(audio, profile, group, settings)
        for profile, group in zip(profiles, groups, strict=True)
    ]
    if None in pitches:
        return False
    levels = [level_db(audio, profile) for profile in profiles]
    higher = int(np.argmax(pitches))
    rise = levels[higher] - levels[1 - higher]
    logger.debug("pitches %.0f and %.0f Hz, levels %.1f and %.1f dB", *pitches, *levels)
    if speaker_pitch.semitones_apart(*pitches) < settings.min_pitch_apart:
        return (
            settings.timbre_gap is not None
            and group_gap >= settings.timbre_gap
            and abs(rise) < (settings.raised_voice_db or float("inf"))
        )
    if settings.raised_voice_db is None or rise < settings.raised_voice_db:
        return True
    # Louder and higher, but too far from the other group for one voice raised.
    return settings.raised_max_across is not None and across < settings.raised_max_across


def _two_voices(
    audio: np.ndarray,
    pieces: Sequence[Piece],
    embed: TurnEmbedder,
    settings: VoiceSplitSettings,
    speaker: int,
) -> Sequence[Piece] | None:
    """The group of ``pieces`` to split off (``_far_apart``, else ``_apart_within``), or
    ``None``."""
    moving = _far_apart(audio, pieces, embed, settings, speaker)
    if moving is None and settings.min_gap is not None:
        moving = _apart_within(audio, pieces, embed, settings, speaker)
    return moving


def _cut(
    audio: np.ndarray,
    turns: Sequence[Turn],
    speaker: int,
    new: int,
    pieces: Sequence[Piece],
    moving: Sequence[Piece],
    windows: WindowEmbeddings,
    settings: VoiceSplitSettings,
) -> list[Turn]:
    """``turns`` with ``speaker``'s turns cut where their pieces change group: each stretch
    between two pieces of different groups is cut where the Resemblyzer windows turn from the
    one group's voice to the other's (``_change_point``), then moved to the quietest frame
    within ``cut_snap`` seconds (the breath between two people's lines); the parts on the
    moving group's side become speaker ``new``."""
    moved = {stretch for _, stretch, _ in moving}
    stay = windows_inside(windows, [stretch for _, stretch, _ in pieces if stretch not in moved])
    move = windows_inside(windows, sorted(moved))
    centres = {
        False: normalize(windows.vectors[stay].mean(axis=0)),
        True: normalize(windows.vectors[move].mean(axis=0)),
    }
    marks: dict[int, list[tuple[float, float, bool]]] = {}
    for index, (start, end), _ in pieces:
        marks.setdefault(index, []).append((start, end, (start, end) in moved))
    out = []
    for index, (start, end, label) in enumerate(turns):
        own = sorted(marks.get(index, []))
        if label != speaker or not own:
            out.append((start, end, label))
            continue
        cuts, sides = [start], [own[0][2]]
        for before, after in itertools.pairwise(own):
            if before[2] == after[2]:
                continue
            # Cuts stay in time order when the groups alternate piece by piece.
            low = max(before[0], cuts[-1])
            cut = _change_point(windows, centres[before[2]], centres[after[2]], before, after)
            cut = max(low, cut)
            cut = _quietest(
                audio,
                cut,
                max(low, cut - settings.cut_snap),
                min(after[1], cut + settings.cut_snap),
            )
            cuts.append(cut)
            sides.append(after[2])
        cuts.append(end)
        for (a, b), side in zip(itertools.pairwise(cuts), sides, strict=True):
            if b > a:
                out.append((a, b, new if side else label))
    return out


def _change_point(
    windows: WindowEmbeddings,
    first: np.ndarray,
    second: np.ndarray,
    before: tuple[float, float, bool],
    after: tuple[float, float, bool],
) -> float:
    """Where, between the start of ``before`` and the end of ``after``, the windows turn from
    ``first``'s voice to ``second``'s: the cut that maximises the windows' lead for ``first``
    before it and for ``second`` after it (their boundary when no window tells)."""
    inside = np.nonzero(windows_inside(windows, [(before[0], after[1])]))[0]
    if len(inside) < 2:
        return (before[1] + after[0]) / 2
    lead = windows.vectors[inside] @ (first - second)
    gain = 2 * np.cumsum(lead)[:-1] - lead.sum()
    k = int(np.argmax(gain))
    return float(windows.centers[inside[k]] + windows.centers[inside[k + 1]]) / 2


#: Frame (seconds) over which ``_quietest`` measures loudness.
_FRAME = 0.05


def _quietest(audio: np.ndarray, cut: float, low: float, high: float) -> float:
    """The centre of the quietest ``_FRAME`` between ``low`` and ``high`` seconds (``cut``
    when the span holds no frame)."""
    rate = SAMPLE_RATE
    size = int(_FRAME * rate)
    first, last = int(low * rate), int(high * rate)
    if last - first < size:
        return cut
    span = audio[first:last]
    frames = len(span) // size
    power = (span[: frames * size].reshape(frames, size).astype(np.float64) ** 2).mean(axis=1)
    return (first + (int(np.argmin(power)) + 0.5) * size) / rate


def split(
    audio: np.ndarray,
    turns: Sequence[Turn],
    centroids: np.ndarray,
    windows: WindowEmbeddings,
    embed: TurnEmbedder,
    settings: VoiceSplitSettings | None = None,
    max_speakers: int | None = None,
) -> tuple[list[Turn], np.ndarray]:
    """Split each speaker whose turns CAM++ hears as two voices.

    For each speaker (in order), the turns with a clean stretch of ``min_piece`` seconds are
    clustered in two by their Resemblyzer means; when each group holds ``min_group_turns``
    turns and ``min_group_speech`` seconds, both groups' CAM++ profiles are read and, when
    their cosine is under ``max_similarity`` and both are heard as voices (``min_periodic``),
    the group with less speech becomes a new speaker
    (only its turns move: the speaker's other turns stay, and ``short_turns`` places the short
    ones by voice afterwards).

    Args:
        audio: The recording (mono float32, 16 kHz).
        turns: ``(start, end, speaker)`` turns.
        centroids: ``(speakers, d)`` Resemblyzer centroids the speaker indices refer to.
        windows: The recording's Resemblyzer windows.
        embed: CAM++ on a union of segments (one unit vector).
        settings: Tunables.
        max_speakers: No split beyond this many speakers.

    Returns:
        The turns (in time order) and the centroids: a split speaker's row becomes the mean of
        the windows in the turns it keeps, and one row is added per new speaker.
    """
    settings = settings or VoiceSplitSettings()
    turns = sorted(turns)
    rows = list(centroids)
    for speaker in range(len(centroids)):
        if max_speakers is not None and len(rows) >= max_speakers:
            break
        pieces = _pieces(turns, speaker, windows, settings.min_piece)
        moving = None
        if len(pieces) >= 2 * settings.min_group_turns:
            moving = _two_voices(audio, pieces, embed, settings, speaker)
        new = len(rows)
        if moving is not None:
            moved = {index for index, _, _ in moving}
            turns = [
                (start, end, new if index in moved else label)
                for index, (start, end, label) in enumerate(turns)
            ]
            logger.debug("speaker %d splits: %d turns become speaker %d", speaker, len(moved), new)
        elif settings.sub_piece is not None:
            sub = _sub_pieces(turns, speaker, windows, settings)
            if len(sub) <= len(pieces) or len(sub) < 2 * settings.min_group_turns:
                continue
            moving = _two_voices(audio, sub, embed, settings, speaker)
            if moving is None:
                continue
            turns = sorted(_cut(audio, turns, speaker, new, sub, moving, windows, settings))
            logger.debug(
                "speaker %d splits inside its turns: %d pieces become speaker %d",
                speaker,
                len(moving),
                new,
            )
        else:
            continue
        for label in (speaker, new):
            inside = windows_inside(windows, [(s, e) for s, e, k in turns if k == label])
            if label == speaker:
                rows[speaker] = normalize(windows.vectors[inside].mean(axis=0))
            else:
                rows.append(normalize(windows.vectors[inside].mean(axis=0)))
    if len(rows) == len(centroids):
        return turns, centroids
    return sorted(turns), np.stack(rows).astype(centroids.dtype)
