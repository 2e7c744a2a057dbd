"""The development set's fresh17 half (d141-d148): eight recordings written blind to the diarizer.

Written in session 21, after the fresh to fresh16 halves had been written, by someone who had
not read the diarizer nor seen its scores, each aimed at one way a body-camera diarizer can fail
in a plausible police scene, in combinations no earlier half tried. Every recording keeps to
2-5 people, each on a voice of their own (no two people on one voice, which no speaker encoder
can tell apart), everyone but the wearer 5-15 dB under the wearer. It brings espeak's Afrikaans
and Swahili voices reading English (South African and Kenyan accents) and no new noise.

- d141, plate checks on foot in a multi-storey car park, engines idling at 14 dB: dispatch on
  the radio answers every check in a word or three, beside a woman whose car was broken into.
  The only band-limited voice that replied in words before (d96's) did it once.
- d142, a pickpocketing at a festival gate over music at 8 dB: the wearer's English has an
  Afrikaans accent (espeak's ``af``), with the partner, a steward and the woman robbed, two
  lines talked over. No wearer had a non-English voice.
- d143, a man shouting down from a balcony for a minute, 11 dB under the wearer before the
  shout's strain, in street noise at 10 dB; the wearer says one acknowledgement. Earlier
  voices that held the minute alone (d46, d90, d96, d117) spoke calmly.
- d144, a night search of a park for a missing old man, in wind at 7 dB for 94 s: five voices
  (the partner on the radio from the far side, the man's son, a volunteer, and a dog walker
  far off at -14 dB), three long silences and two lines talked over. No five-voice scene had
  long silences and talk-over together.
- d145, a Kenyan taxi driver hit by a fare, at 17 dB street noise: espeak's Swahili voice
  reading English, in person, and his wife in the same accent on his phone on speaker
  (band-limited), with the partner; two lines talked over. Every earlier non-English voice was
  heard in person and plain.
- d146, the back of a custody van with the engine at 0 dB: the arrested woman behind the cage
  partition (muffled), the partner driving, one long silence. No muffled voice was in noise
  under 4 dB, and no fresh half had car noise under 2 dB.
- d147, a shop robbed on a high street in traffic at 5 dB: the shopkeeper, the partner's one
  shouted command, and a witness who calls across the road only after a long silence, 15 dB
  under the wearer. No late arrival was further than 13 dB under.
- d148, a 104 s row between two market traders in a crowd at 12 dB: turns 0-0.15 s apart and
  five lines talked over, one trader shouting, four voices. Turns that tight never ran past
  60 s.

British espeak voices are written ``en+variant`` (``en-gb+variant`` is plain ``en-gb`` in this
espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH17: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d141",
        "fresh17",
        (
            _espeak("officer", "en-us-nyc+Gene", 0, wearer=True, rate=162, pitch=44),
            _espeak("civilian", "en-gb-x-gbclan+steph", -8, rate=172, pitch=58),
            # Dispatch reading back each plate: "Yes.", "No, not yet." and no more.
            _flite("dispatch", "rms", -6, radio=True),
        ),
        60,
        "car",
        14,
        replies=2,
        description="dispatch answering every plate check in words on the radio",
    ),
    RecordingSpec(
        "d142",
        "fresh17",
        (
            # A South African officer: the loudest voice reads English with Afrikaans rules.
            _espeak("officer", "af+m2", 0, wearer=True, rate=160, pitch=42),
            _flite("partner", "slt", -5),
            _flite("civilian", "kal16", -7),
            _espeak("witness", "en-gb-x-gbcwmd+Andrea", -10, rate=175, pitch=60),
        ),
        66,
        "music",
        8,
        overlaps=2,
        description="a wearer with an Afrikaans accent at a festival gate",
    ),
    RecordingSpec(
        "d143",
        "fresh17",
        (
            # The wearer lets him shout himself out: one acknowledgement, early.
            _flite("officer", "awb", 0, wearer=True),
            _espeak("civilian", "en-029+m8", -11, shout=True, rate=165, pitch=40),
        ),
        72,
        "street",
        10,
        short_line=0,
        replies=0,
        description="a man shouting from a balcony for a minute; the wearer heard once",
    ),
    RecordingSpec(
        "d144",
        "fresh17",
        (
            _espeak("officer", "en-gb-scotland+m7", 0, wearer=True, rate=160, pitch=40),
            # The partner sweeping the far side of the park, heard on the handheld.
            _flite("partner", "kal16", -5, radio=True),
            _flite("civilian", "awb", -7),
            _espeak("witness", "en-us+steph3", -9, rate=170, pitch=56),
            # A dog walker calling from the far edge of the field.
            _espeak("bystander", "en-029+Alicia", -14, rate=168, pitch=52),
        ),
        94,
        "wind",
        7,
        overlaps=2,
        long_silences=3,
        description="a night search of a park: five voices, long silences and talk-over",
    ),
    RecordingSpec(
        "d145",
        "fresh17",
        (
            _flite("officer", "slt", 0, wearer=True),
            # His wife on his phone on speaker, in his accent, through the phone's band.
            _espeak("witness", "sw+f4", -8, radio=True, rate=165, pitch=60),
            _espeak("civilian", "sw+m3", -6, rate=155, pitch=44),
            _espeak("partner", "en-us+Mike", -5, rate=165, pitch=42),
        ),
        70,
        "street",
        17,
        overlaps=2,
        description="a Kenyan taxi driver and his wife on a phone on speaker, one accent",
    ),
    RecordingSpec(
        "d146",
        "fresh17",
        (
            _espeak("officer", "en-gb-x-gbclan+m1", 0, wearer=True, rate=158, pitch=40),
            _flite("partner", "rms", -5),
            # Behind the steel-and-glass partition of the van's cage.
            _espeak("civilian", "en-us-nyc+belinda", -7, muffled=True, rate=170, pitch=58),
        ),
        56,
        "car",
        0,
        long_silences=1,
        description="a custody van at 0 dB: a woman behind the cage partition",
    ),
    RecordingSpec(
        "d147",
        "fresh17",
        (
            _espeak("officer", "en+Hugo", 0, wearer=True, rate=162, pitch=44),
            _espeak("civilian", "en-gb-x-rp+linda", -6, rate=170, pitch=58),
            # The partner's one command, at a man coming back for the bike by the door.
            _flite("partner", "awb", -5, shout=True),
            # A man at the bus stop opposite, who calls over once the street has gone quiet.
            _espeak("witness", "en-us+Jacky", -15, rate=170, pitch=46),
        ),
        76,
        "street",
        5,
        short_line=2,
        late_voice=3,
        description="a shop robbery: one shouted command, a witness late from across the road",
    ),
    RecordingSpec(
        "d148",
        "fresh17",
        (
            _espeak("officer", "en-gb-x-rp+steph2", 0, wearer=True, rate=168, pitch=55),
            _espeak("civilian", "en-gb-x-gbcwmd+m4", -7, shout=True, rate=170, pitch=44),
            _espeak("witness", "en-029+f1", -8, rate=175, pitch=58),
            _flite("partner", "kal16", -5),
        ),
        104,
        "crowd",
        12,
        overlaps=5,
        gaps=(0.0, 0.15),
        description="two market traders' row: 104 s of turns 0-0.15 s apart, five talked over",
    ),
)
