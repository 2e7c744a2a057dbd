"""The development set's fresh3 half (d29-d36): eight recordings written blind to the diarizer.

Written after the fresh and fresh2 halves had been scored and tuned on, by someone who had not
read the diarizer, each recording aimed at one way a body-camera diarizer can fail in a
plausible scene. Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds
them (only when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH3: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d29",
        "fresh3",
        (
            _espeak("officer", "en+m3", 0, wearer=True, rate=160, pitch=40),
            # Beside the wearer: same accent, pitch and pace within a few points.
            _espeak("partner", "en+m6", -4, rate=164, pitch=42),
            _flite("civilian", "slt", -9),
        ),
        52,
        "street",
        12,
        overlaps=1,
        description="two male British officers of near-equal voice, pitch and pace, a civilian",
    ),
    RecordingSpec(
        "d30",
        "fresh3",
        (_flite("officer", "awb", 0, wearer=True), _flite("civilian", "rms", -7)),
        50,
        "car",
        15,
        replies=1,
        description="a male pair: the wearer talks at length, the civilian answers in one-to-three"
        " word replies",
    ),
    RecordingSpec(
        "d31",
        "fresh3",
        (
            _flite("officer", "kal16", 0, wearer=True),
            # A child, close (the officer crouches to talk), high and quick.
            _espeak("civilian", "en-us+f4", -6, rate=185, pitch=88),
            _flite("witness", "slt", -10),
        ),
        54,
        "street",
        14,
        overlaps=1,
        description="a child's high quick voice beside the wearer, the mother further off",
    ),
    RecordingSpec(
        "d32",
        "fresh3",
        (
            _flite("officer", "rms", 0, wearer=True),
            _espeak("civilian", "en-gb-x-gbcwmd+f3", -8, shout=True, rate=175, pitch=55),
        ),
        58,
        "street",
        10,
        replies=0,
        description="a distressed civilian's long account, the wearer only acknowledging briefly",
    ),
    RecordingSpec(
        "d33",
        "fresh3",
        (
            _espeak("officer", "en-us+f2", 0, wearer=True, rate=168, pitch=55),
            # The caller on a phone held out on speaker: band-limited like a radio.
            _flite("witness", "kal16", -5, radio=True),
            _espeak("civilian", "en-029+m2", -13, rate=165, pitch=45),
        ),
        54,
        "car",
        14,
        description="a caller on a speakerphone and a quiet civilian in the back of the car",
    ),
    RecordingSpec(
        "d34",
        "fresh3",
        (
            _espeak("officer", "en-us-nyc+m1", 0, wearer=True, rate=165, pitch=42),
            _flite("civilian", "slt", -7),
            _flite("partner", "kal16", -5),
        ),
        56,
        "street",
        1,
        overlaps=1,
        description="three voices in heavy traffic noise at 1 dB SNR",
    ),
    RecordingSpec(
        "d35",
        "fresh3",
        (
            _espeak("officer", "en-gb-x-rp+m4", 0, wearer=True, rate=158, pitch=40),
            _espeak("civilian", "en-029+f5", -7, rate=172, pitch=60),
            _flite("witness", "awb", -10),
            _espeak("bystander", "en-us-nyc+m6", -13, rate=178, pitch=44),
        ),
        62,
        "wind",
        12,
        overlaps=2,
        description="four accents in one scene: RP wearer, Caribbean, Scottish and New York",
    ),
    RecordingSpec(
        "d36",
        "fresh3",
        (
            _flite("officer", "slt", 0, wearer=True),
            _flite("civilian", "rms", -6),
            _espeak("witness", "en-gb-x-gbclan+f4", -8, rate=180, pitch=60),
        ),
        50,
        "street",
        12,
        overlaps=3,
        short_line=0,
        description="two neighbours argue over each other; the wearer says one command only",
    ),
)
