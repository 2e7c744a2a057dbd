"""The development set's fresh5 half (d45-d52): eight recordings written blind to the diarizer.

Written in session 8, after the fresh to fresh4 halves had been scored and tuned on, by someone
who had not read the diarizer nor seen its scores, each aimed at one way a body-camera diarizer
can fail in a plausible scene, none of them one an earlier half tried: a civilian who flips
between calm and shouting louder than the wearer (one speaker), a far civilian holding the floor
for a minute while the wearer speaks once, two children's high voices side by side, a 22 s
exchange of four people, a slow, deep-voiced old man, one-word answers glued to the questions,
four men in a car at 2 dB SNR, and a partner heard both in person and over the radio (one
speaker, two channels). Data only; :mod:`devset_specs` appends them to the set and
:mod:`devset` builds them (only when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH5: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d45",
        "fresh5",
        (
            _flite("officer", "kal16", 0, wearer=True),
            # One man, two states: calm a few metres off, then shouting in the wearer's face,
            # strained, higher, faster and as loud as the wearer. One label: a diarizer keyed on
            # level or pitch would make him two, or take him for the wearer.
            _espeak("civilian", "en-gb-x-gbclan+m2", -8, rate=165, pitch=45),
            _espeak("civilian", "en-gb-x-gbclan+m2", 2, shout=True, rate=165, pitch=45),
        ),
        56,
        "street",
        12,
        overlaps=1,
        description="a civilian flips between calm at -8 dB and shouting at +2 dB: one speaker",
    ),
    RecordingSpec(
        "d46",
        "fresh5",
        (
            _espeak("officer", "en-gb-x-rp+f2", 0, wearer=True, rate=165, pitch=55),
            _flite("civilian", "rms", -9),
        ),
        60,
        "wind",
        14,
        # The wearer's one command, early; after it the far civilian talks on alone: the
        # loudest voice is the rarest one and the minute belongs to the quiet one.
        short_line=0,
        description="a far civilian talks for a minute; the wearer is heard once, a command",
    ),
    RecordingSpec(
        "d47",
        "fresh5",
        (
            _flite("officer", "awb", 0, wearer=True),
            # A girl and her younger brother, both close and high: two children, not one.
            _espeak("civilian", "en+f3", -6, rate=180, pitch=86),
            _espeak("witness", "en-us+f1", -8, rate=176, pitch=80),
        ),
        54,
        "street",
        13,
        overlaps=2,
        description="two children's high voices (pitch 86 and 80) side by side, talking over",
    ),
    RecordingSpec(
        "d48",
        "fresh5",
        (
            _espeak("officer", "en-gb-x-gbcwmd+m4", 0, wearer=True, rate=160, pitch=40),
            _flite("partner", "slt", -4),
            _flite("civilian", "kal16", -8),
            _espeak("witness", "en-029+f3", -11, rate=172, pitch=60),
        ),
        # A quick word at a traffic stop: four people, one or two lines each, few seconds of
        # speech per speaker for anything to learn a voice from.
        22,
        "car",
        15,
        description="a 22 s exchange of four voices, each saying one or two lines",
    ),
    RecordingSpec(
        "d49",
        "fresh5",
        (
            _espeak("officer", "en-us-nyc+f3", 0, wearer=True, rate=170, pitch=58),
            # An old man, confused, slow and deep: far below every other voice in pitch and
            # pace, his lines twice as long as anyone's.
            _espeak("civilian", "en+m3", -7, rate=115, pitch=10),
            _flite("witness", "awb", -11),
        ),
        60,
        "wind",
        10,
        description="a slow, deep old man (espeak pitch 10, 115 wpm) beside a female wearer",
    ),
    RecordingSpec(
        "d50",
        "fresh5",
        (
            _flite("officer", "rms", 0, wearer=True),
            _espeak("civilian", "en-us+m7", -6, rate=170, pitch=42),
        ),
        48,
        "car",
        14,
        # "Yes." "No, not yet." straight after each question: a reply with no pause before it
        # is a few tenths of a second at the end of the other man's turn.
        replies=1,
        gaps=(0.0, 0.15),
        description="two men: one-to-three word answers glued to the questions, 0-0.15 s apart",
    ),
    RecordingSpec(
        "d51",
        "fresh5",
        (
            _espeak("officer", "en-us+m6", 0, wearer=True, rate=160, pitch=38),
            # Four men in a moving car: partner in front, two in the back, the engine and
            # road rumble over the low frequencies male voices live in.
            _flite("partner", "kal16", -3),
            _flite("civilian", "rms", -7),
            _espeak("witness", "en-gb-scotland+m2", -10, rate=165, pitch=44),
        ),
        60,
        "car",
        2,
        overlaps=1,
        description="four men in a car at 2 dB SNR: no woman's voice to tell anyone apart",
    ),
    RecordingSpec(
        "d52",
        "fresh5",
        (
            _flite("officer", "slt", 0, wearer=True),
            # The partner beside the wearer, then round the back of the house on the radio: one
            # man, two channels (full band and 300-3400 Hz). One label.
            _espeak("partner", "en-gb-x-rp+m5", -5, rate=160, pitch=42),
            _espeak("partner", "en-gb-x-rp+m5", -3, radio=True, rate=160, pitch=42),
            _espeak("civilian", "en-029+f2", -9, rate=172, pitch=58),
        ),
        58,
        "street",
        16,
        overlaps=1,
        description="the partner in person and over the radio: one speaker on two channels",
    ),
)
