"""The development set's fresh4 half (d37-d44): eight recordings written blind to the diarizer.

Written in session 7, after the fresh, fresh2 and fresh3 halves had been scored and tuned on,
by someone who had not read the diarizer nor seen its scores on these recordings, each aimed at
one way a body-camera diarizer can fail in a plausible scene, none of them one an earlier half
tried: one speaker at two distances, three women, two voices talking over each other again and
again, two men on one radio channel, a long stretch of wind alone, turns with no pause between
them, six voices, and a whisper. Data only; :mod:`devset_specs` appends them to the set and
:mod:`devset` builds them (only when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH4: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d37",
        "fresh4",
        (
            _flite("officer", "kal16", 0, wearer=True),
            # One woman pacing back and forth: two entries, one label, 11 dB apart. Near and
            # far are one speaker; a diarizer keyed on level would make her two.
            _espeak("civilian", "en-us-nyc+f2", -4, rate=172, pitch=60),
            _espeak("civilian", "en-us-nyc+f2", -15, rate=172, pitch=60),
        ),
        56,
        "street",
        12,
        overlaps=1,
        description="a civilian pacing: the same voice near at -4 dB and far at -15 dB",
    ),
    RecordingSpec(
        "d38",
        "fresh4",
        (
            _espeak("officer", "en-us+f3", 0, wearer=True, rate=166, pitch=56),
            # Her partner beside her: same accent, pitch and pace within a few points.
            _espeak("partner", "en-us+f5", -4, rate=168, pitch=57),
            _flite("civilian", "slt", -9),
        ),
        54,
        "wind",
        13,
        overlaps=1,
        description="three women: two American female officers of near-equal voice, a civilian",
    ),
    RecordingSpec(
        "d39",
        "fresh4",
        (
            _espeak("officer", "en-gb-scotland+m5", 0, wearer=True, rate=160, pitch=40),
            _flite("civilian", "rms", -6),
        ),
        58,
        "street",
        8,
        # Six of lines 3-10 start before the other voice has finished: with two voices that is
        # each of them cutting in on the other, over and over.
        overlaps=6,
        description="a civilian and the wearer talk over each other: six overlaps in two voices",
    ),
    RecordingSpec(
        "d40",
        "fresh4",
        (
            _flite("officer", "awb", 0, wearer=True),
            # Two different men over the same handheld radio: the channel is shared, the
            # speakers are not.
            _espeak("dispatch", "en-us+m2", -2, radio=True, rate=165, pitch=45),
            _flite("partner", "rms", -3, radio=True),
        ),
        52,
        "car",
        14,
        description="two men over one handheld radio (dispatch, another unit) beside the wearer",
    ),
    RecordingSpec(
        "d41",
        "fresh4",
        (
            _espeak("officer", "en-gb-x-rp+m2", 0, wearer=True, rate=158, pitch=38),
            _flite("civilian", "slt", -8),
            _espeak("witness", "en-029+f1", -9, rate=170, pitch=58),
        ),
        68,
        "wind",
        10,
        long_silences=1,
        # The camera left running while everyone waits: a stretch of gusting wind alone.
        silence=(18.0, 24.0),
        description="18-24 s of gusting wind alone mid-recording (10 dB SNR), three voices",
    ),
    RecordingSpec(
        "d42",
        "fresh4",
        (
            _flite("officer", "slt", 0, wearer=True),
            _espeak("civilian", "en-us+m5", -6, rate=178, pitch=45),
            _espeak("witness", "en+f4", -9, rate=175, pitch=62),
        ),
        48,
        "street",
        18,
        gaps=(0.0, 0.12),
        description="three voices answering each other with no pause: 0-0.12 s between turns",
    ),
    RecordingSpec(
        "d43",
        "fresh4",
        (
            _espeak("officer", "en-us+m1", 0, wearer=True, rate=162, pitch=44),
            _flite("partner", "kal16", -4),
            _espeak("dispatch", "en+f1", -3, radio=True, rate=170, pitch=58),
            _flite("civilian", "slt", -7),
            _espeak("witness", "en-029+m4", -11, rate=170, pitch=42),
            _flite("bystander", "awb", -14),
        ),
        70,
        "street",
        9,
        overlaps=2,
        description="six voices, the most in the set: each of the five others heard a few times",
    ),
    RecordingSpec(
        "d44",
        "fresh4",
        (
            _espeak("officer", "en-gb-x-gbclan+m4", 0, wearer=True, rate=160, pitch=40),
            # A frightened civilian whispering in the back of the car: no voicing at all.
            _espeak("civilian", "en-us+whisperf", -9, rate=150, pitch=50),
            _flite("partner", "rms", -5),
        ),
        50,
        "car",
        12,
        description="a civilian whispering (unvoiced) at -9 dB in an idling car, two officers",
    ),
)
