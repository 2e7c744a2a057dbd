"""The development set's fresh16 half (d133-d140): eight recordings written blind to the diarizer.

Written in session 19, after the fresh to fresh15 halves had been written, by someone who had
not read the diarizer nor seen its scores, each aimed at one way a body-camera diarizer can fail
in a plausible police scene, in combinations no earlier half tried. It brings espeak variants
no earlier recording used (``klatt4``, ``klatt5`` and ``klatt6``, the last of espeak's Klatt
source models), espeak's Polish voice reading English, and no new noise.

- d133, a missing girl: her father first heard on the mother's phone on speaker (band-limited),
  then in person after he gets home (from the seventh line, after a long silence), one label
  both ways, in street noise at 12 dB. The only label heard both through a device and in
  person was d52's partner, and no late voice had a label heard before it.
- d134, a camera under a raincoat flap in rain at 10 dB: every voice muffled, the wearer's too,
  four voices. No wearer was ever muffled, and no scene had more than two muffled voices.
- d135, two sisters at a house party over music at 16 dB: both flite ``slt``, one 6 dB and
  slow, the other 11 dB under and quick, two lines talked over. Only ``awb`` (d61, both at one
  pace) and ``rms`` (d109, the wearer's own) had been heard twice in one scene, and never
  ``slt``.
- d136, a boy lost on a beach and his grandfather, in wind at 9 dB: the boy answers in a word
  or two at espeak pitch 96 (the highest before was 90), the grandfather on espeak's
  ``grandpa``, with the partner. No scene had a child's voice (pitch 80 and above) beside an
  old one (``grandma``, ``grandpa``, ``croak``).
- d137, a lorry driver at a roadside check speaking through a telephone interpreter on
  speaker: espeak's Polish voice reading English, the interpreter band-limited, turns 0.1-0.4 s
  apart, in street noise at 17 dB. Spanish, Brazilian Portuguese, French, Italian and German
  came before, and no scene had that pause range.
- d138, a driver on the far side of a motorway crash barrier, 15 dB under the wearer, in
  traffic at 2 dB: his voice 13 dB under the noise, with the partner close. No voice had been
  more than 12 dB under the noise (its gain plus the recording's SNR).
- d139, a brawl outside a stadium in crowd noise at 6 dB: four of five voices shouting (the
  wearer, the partner and two men), five lines talked over. No scene had more than two
  shouting voices.
- d140, a two-minute ride home in the patrol car (120 s, car noise at 13 dB): a drunk man
  slurring (flite ``awb`` stretched to 1.65) and his friend talking fast (espeak at 250 words a
  minute), dispatch on the radio, two long silences. No recording ran 120 s, no flite voice
  was slower than 1.5 nor any espeak voice faster than 235.

British espeak voices are written ``en+variant`` (``en-gb+variant`` is plain ``en-gb`` in this
espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH16: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d133",
        "fresh16",
        (
            _espeak("officer", "en-gb-x-rp+klatt4", 0, wearer=True, rate=160, pitch=42),
            # The mother at her door, holding out her phone with the father on speaker.
            _flite("civilian", "slt", -6),
            _espeak("witness", "en-us+m8", -9, radio=True, rate=170, pitch=44),
            # The father again, home and in the doorway: the same man, no longer band-limited.
            _espeak("witness", "en-us+m8", -7, rate=170, pitch=44),
        ),
        96,
        "street",
        12,
        late_voice=3,
        description="a father heard on a phone on speaker, then in person: one label both ways",
    ),
    RecordingSpec(
        "d134",
        "fresh16",
        (
            # The raincoat flap over the camera muffles the wearer as much as anyone.
            _flite("officer", "rms", 0, wearer=True, muffled=True),
            _espeak("partner", "en-us+klatt5", -5, muffled=True, rate=165, pitch=46),
            _espeak("civilian", "en-gb-x-gbcwmd+f4", -7, muffled=True, rate=170, pitch=60),
            _flite("witness", "awb", -10, muffled=True),
        ),
        70,
        "rain",
        10,
        overlaps=1,
        description="a camera under a raincoat flap: every voice muffled, the wearer's too",
    ),
    RecordingSpec(
        "d135",
        "fresh16",
        (
            _espeak("officer", "en-us-nyc+m2", 0, wearer=True, rate=165, pitch=44),
            # Two sisters: one flite voice, the elder slow and nearer, the younger quick.
            _flite("civilian", "slt", -6, rate=118),
            _flite("witness", "slt", -11, rate=92),
        ),
        66,
        "music",
        16,
        overlaps=2,
        description="two sisters on one flite voice at two levels and two paces",
    ),
    RecordingSpec(
        "d136",
        "fresh16",
        (
            _flite("officer", "awb", 0, wearer=True),
            _espeak("civilian", "en-gb-scotland+grandpa", -6, rate=120, pitch=30),
            # The boy, high and quick, answering in a word or two.
            _espeak("witness", "en-us+f5", -9, rate=180, pitch=96),
            _flite("partner", "kal16", -5),
        ),
        74,
        "wind",
        9,
        replies=2,
        description="a lost boy (pitch 96) answering in words beside his grandfather",
    ),
    RecordingSpec(
        "d137",
        "fresh16",
        (
            _espeak("officer", "en-gb-x-gbclan+m5", 0, wearer=True, rate=160, pitch=42),
            # The driver, and the interpreter relaying each line from the phone on speaker.
            _espeak("civilian", "pl+m3", -7, rate=150, pitch=44),
            _flite("witness", "slt", -5, radio=True),
        ),
        80,
        "street",
        17,
        gaps=(0.1, 0.4),
        description="a Polish driver and a telephone interpreter, turns 0.1-0.4 s apart",
    ),
    RecordingSpec(
        "d138",
        "fresh16",
        (
            _espeak("officer", "en-us+klatt6", 0, wearer=True, rate=165, pitch=40),
            _flite("partner", "rms", -5),
            # The driver across the carriageway, shouting is no use over the lorries.
            _espeak("civilian", "en-029+m7", -15, rate=165, pitch=42),
        ),
        58,
        "street",
        2,
        description="a driver across a motorway barrier, 13 dB under the traffic",
    ),
    RecordingSpec(
        "d139",
        "fresh16",
        (
            _espeak("officer", "en-gb-x-gbcwmd+m1", 0, wearer=True, shout=True, rate=170, pitch=42),
            _flite("partner", "kal16", -5, shout=True),
            # The two men fighting, and a steward who does not shout.
            _espeak("civilian", "en-us-nyc+m6", -7, shout=True, rate=175, pitch=44),
            _flite("witness", "rms", -9, shout=True),
            _espeak("bystander", "en-us+f3", -12, rate=170, pitch=58),
        ),
        78,
        "crowd",
        6,
        overlaps=5,
        description="a brawl outside a stadium: four of five voices shouting",
    ),
    RecordingSpec(
        "d140",
        "fresh16",
        (
            _flite("officer", "slt", 0, wearer=True),
            # The drunk man slurring in the back, and his friend talking over the top of him.
            _flite("civilian", "awb", -6, rate=165),
            _espeak("witness", "en-us+m4", -8, rate=250, pitch=50),
            _espeak("dispatch", "en+f1", -5, radio=True, rate=175, pitch=56),
        ),
        120,
        "car",
        13,
        long_silences=2,
        description="a two-minute ride home: a slurring drunk and a fast-talking friend",
    ),
)
