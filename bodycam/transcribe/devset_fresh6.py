"""The development set's fresh6 half (d53-d60): eight recordings written blind to the diarizer.

Written in session 9, after the fresh to fresh5 halves had been scored, by someone who had not
read the diarizer nor seen its scores, each aimed at one way a body-camera diarizer can fail in
a plausible scene, none of them one an earlier half tried: a father and son with one voice a
pitch apart (two speakers, one timbre), a high-voiced man and a low-voiced woman (pitch crossed
against sex), a 90 s wait with speech in islands between five long silences, a Spanish-speaking
couple answering in English (a non-native accent, shared), an elderly couple with rough and
breathy voices, a bystander heard only in a few one-to-three word replies scattered over the
minute, two men shouting at each other throughout, and a civilian gabbling at 235 words a
minute. Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them
(only when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH6: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d53",
        "fresh6",
        (
            _flite("officer", "awb", 0, wearer=True),
            # Father and teenage son: the same espeak voice and pace (one vocal tract, one
            # accent), only the pitch apart (about 88 and 125 Hz). Two labels: a family
            # resemblance is not one speaker.
            _espeak("civilian", "en-gb-x-gbcwmd+m3", -6, rate=160, pitch=32),
            _espeak("witness", "en-gb-x-gbcwmd+m3", -8, rate=160, pitch=70),
        ),
        56,
        "street",
        13,
        overlaps=1,
        description="father and son: one espeak voice at pitch 32 and 70, two speakers",
    ),
    RecordingSpec(
        "d54",
        "fresh6",
        (
            _flite("officer", "kal16", 0, wearer=True),
            # A man with a high voice (about 160 Hz) and a woman with a deep one (about
            # 125 Hz): pitch says the opposite of the formants, so a split or a merge keyed on
            # pitch goes wrong.
            _espeak("civilian", "en-us+m2", -6, rate=168, pitch=90),
            _espeak("witness", "en-us+f1", -8, rate=170, pitch=10),
        ),
        54,
        "car",
        12,
        overlaps=1,
        description="a high-voiced man (pitch 90) and a deep-voiced woman (pitch 10)",
    ),
    RecordingSpec(
        "d55",
        "fresh6",
        (
            _espeak("officer", "en-gb-scotland+f3", 0, wearer=True, rate=165, pitch=56),
            _flite("partner", "rms", -4),
            _espeak("civilian", "en-us-nyc+m4", -9, rate=168, pitch=44),
        ),
        # Waiting on a doorstep for someone to answer: a few lines, 7-12 s of wind, a few more.
        # More than half the minute and a half is noise alone, each voice heard in islands.
        90,
        "wind",
        9,
        long_silences=5,
        silence=(7.0, 12.0),
        description="90 s, five silences of 7-12 s: speech in islands, wind between them",
    ),
    RecordingSpec(
        "d56",
        "fresh6",
        (
            _flite("officer", "slt", 0, wearer=True),
            # A couple whose first language is Spanish, answering in English (espeak's Spanish
            # voices read the English lines with Spanish sounds): one accent, two people.
            _espeak("civilian", "es+m3", -6, rate=150, pitch=45),
            _espeak("witness", "es+f2", -8, rate=155, pitch=58),
        ),
        58,
        "street",
        12,
        overlaps=2,
        description="a Spanish-speaking couple answering in English: a shared non-native accent",
    ),
    RecordingSpec(
        "d57",
        "fresh6",
        (
            _espeak("officer", "en-us+f3", 0, wearer=True, rate=165, pitch=55),
            # An elderly couple stopped in their car: his voice rough (espeak's croak:
            # flutter, low formants), hers breathy (grandma: half voiced), both slow.
            _espeak("civilian", "en+croak", -7, rate=140, pitch=50),
            _espeak("witness", "en+grandma", -9, rate=145, pitch=50),
        ),
        56,
        "car",
        11,
        description="an elderly couple in a car: a croaking man and a breathy woman, both slow",
    ),
    RecordingSpec(
        "d58",
        "fresh6",
        (
            _flite("officer", "rms", 0, wearer=True),
            _espeak("civilian", "en-gb-x-gbclan+f2", -7, rate=172, pitch=58),
            # A bystander who only chips in ("Yes.", "That one.") while the other two talk:
            # a few short turns far apart, a few seconds of speech in all.
            _espeak("witness", "en-029+m2", -10, rate=165, pitch=44),
        ),
        60,
        "street",
        14,
        replies=2,
        description="a bystander heard only in a few short replies scattered over the minute",
    ),
    RecordingSpec(
        "d59",
        "fresh6",
        (
            _espeak("officer", "en-gb-x-rp+f4", 0, wearer=True, rate=165, pitch=55),
            # Two men outside a pub shouting at each other the whole time, over each other:
            # both strained and soft-clipped, the clipping flattening what tells them apart.
            _flite("civilian", "awb", -4, shout=True),
            _espeak("witness", "en-us-nyc+m2", -5, shout=True, rate=170, pitch=44),
        ),
        56,
        "wind",
        10,
        overlaps=3,
        description="two men shouting at each other throughout, over each other, both clipped",
    ),
    RecordingSpec(
        "d60",
        "fresh6",
        (
            _espeak("officer", "en-us+m1", 0, wearer=True, rate=160, pitch=40),
            # A panicked passenger gabbling at 235 wpm (everyone else 155-175): a line lasts
            # two thirds as long, so each turn carries less of her voice.
            _espeak("civilian", "en-us-nyc+f2", -6, rate=235, pitch=62),
            _flite("partner", "kal16", -4),
        ),
        52,
        "car",
        13,
        overlaps=1,
        description="a panicked civilian gabbling at 235 words a minute beside two officers",
    ),
)
