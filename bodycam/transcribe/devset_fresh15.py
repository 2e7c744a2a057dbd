"""The development set's fresh15 half (d125-d132): eight recordings written blind to the diarizer.

Written in session 18, after the fresh to fresh14 halves had been scored, by someone who had
not read the diarizer nor seen its scores, each aimed at one way a body-camera diarizer can fail
in a plausible police scene, in combinations no earlier half tried. No earlier recording was
longer than 90 s; three of these run 100-118 s, so a voice must keep one label for up to two
minutes. It brings espeak variants no earlier recording used (``klatt2`` and ``klatt3``, two
more of espeak's Klatt source models), espeak's German and Italian voices reading English, and
no new noise.

- d125, a welfare check that runs two minutes (118 s) in rain at 14 dB: an old woman, her son
  and the partner, four voices, forty lines. No recording was longer than 90 s.
- d126, a man on a bridge rail and the wearer alone with him: slow turn-taking (2-4 s between
  lines) with three silences of 12-18 s, the man speaking slowly and quietly, for 110 s in wind
  at 8 dB. Slow turns never came with long silences, and only one earlier silence (d41's) was
  longer than 12 s.
- d127, a police dog's track ending at a garden fence, the dog barking at 0 dB: the partner
  shouting, the man found answering in a word or two, the homeowner. Dogs barked at 4 dB and
  above.
- d128, a dispute in a nail salon over music at 10 dB: five women (flite ``slt`` and four espeak
  women's variants), three lines talked over. No scene of women only had more than four
  voices.
- d129, a fight across a car park: two witnesses calling from the far side, 14 and 15 dB under
  the wearer, with the partner close, in wind at 10 dB. No scene had two voices 13 dB or more
  under the wearer.
- d130, two tourists reporting a break-in: espeak's Italian and German voices reading English
  (a man and a woman), at 15 dB street noise, for 84 s. Spanish, Brazilian Portuguese and
  French were the only other languages.
- d131, a nightclub door at 0 dB music: the wearer shouting every line to a doorman and a drunk
  man who shouts back. Music was at 2 dB and above, and no wearer shouted over music.
- d132, a 100 s traffic stop: a passenger whispers one reply (heard once, a word or two) and
  dispatch comes in late on the radio, in street noise at 8 dB. No single line was whispered.

British espeak voices are written ``en+variant`` (``en-gb+variant`` is plain ``en-gb`` in this
espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH15: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d125",
        "fresh15",
        (
            _espeak("officer", "en-us+klatt2", 0, wearer=True, rate=160, pitch=44),
            # The old woman who had not answered her phone for three days, and her son.
            _flite("civilian", "slt", -7, rate=112),
            _espeak("witness", "en-gb-x-rp+m8", -9, rate=165, pitch=40),
            _flite("partner", "awb", -5),
        ),
        118,
        "rain",
        14,
        overlaps=1,
        description="a welfare check that runs two minutes: four voices must keep their labels",
    ),
    RecordingSpec(
        "d126",
        "fresh15",
        (
            _flite("officer", "rms", 0, wearer=True),
            # The man on the rail, slow and quiet; the partner keeps back, silent.
            _espeak("civilian", "en-gb-scotland+klatt3", -10, rate=120, pitch=36),
        ),
        110,
        "wind",
        8,
        long_silences=3,
        gaps=(2.0, 4.0),
        silence=(12.0, 18.0),
        description="a man on a bridge: slow turns and three 12-18 s silences over 110 s",
    ),
    RecordingSpec(
        "d127",
        "fresh15",
        (
            _espeak("officer", "en-029+m1", 0, wearer=True, rate=168, pitch=42),
            _flite("partner", "rms", -5, shout=True),
            # The man found behind the fence, answering in a word or two, and the homeowner.
            _espeak("civilian", "en-us-nyc+m3", -8, rate=170, pitch=46),
            _espeak("witness", "en-us+f2", -9, rate=165, pitch=58),
        ),
        64,
        "dog",
        0,
        replies=2,
        description="a police dog's track ends at a fence: the dog barks at 0 dB",
    ),
    RecordingSpec(
        "d128",
        "fresh15",
        (
            _flite("officer", "slt", 0, wearer=True),
            # The owner, the customer who would not pay, her friend and a nail technician.
            _espeak("civilian", "en-us+f4", -5, rate=172, pitch=60),
            _espeak("witness", "en-029+f3", -7, rate=168, pitch=55),
            _espeak("bystander", "en-gb-x-gbcwmd+f1", -9, rate=160, pitch=62),
            _espeak("partner", "en+Annie", -6, rate=165, pitch=52),
        ),
        72,
        "music",
        10,
        overlaps=3,
        description="five women in a salon dispute over music, three lines talked over",
    ),
    RecordingSpec(
        "d129",
        "fresh15",
        (
            _espeak("officer", "en-gb-x-gbclan+m4", 0, wearer=True, rate=165, pitch=45),
            _espeak("partner", "en-us+m6", -5, rate=170, pitch=48),
            # Two men calling from the far side of the car park.
            _flite("civilian", "awb", -14),
            _espeak("witness", "en-029+m2", -15, rate=160, pitch=40),
        ),
        58,
        "wind",
        10,
        description="two witnesses calling from across a car park, 14-15 dB under the wearer",
    ),
    RecordingSpec(
        "d130",
        "fresh15",
        (
            _flite("officer", "kal16", 0, wearer=True),
            # The couple whose hire car was broken into: an Italian man, a German woman.
            _espeak("civilian", "it+m5", -6, rate=160, pitch=44),
            _espeak("witness", "de+f5", -8, rate=155, pitch=58),
        ),
        84,
        "street",
        15,
        overlaps=1,
        description="two tourists, espeak's Italian and German voices reading English",
    ),
    RecordingSpec(
        "d131",
        "fresh15",
        (
            _espeak("officer", "en-us+m7", 0, wearer=True, shout=True, rate=170, pitch=44),
            _flite("civilian", "kal16", -6),
            # The man refused entry, shouting back.
            _espeak("witness", "en-gb-x-gbcwmd+m3", -8, shout=True, rate=175, pitch=42),
        ),
        52,
        "music",
        0,
        overlaps=2,
        description="the wearer shouting at a nightclub door over music at 0 dB",
    ),
    RecordingSpec(
        "d132",
        "fresh15",
        (
            _flite("officer", "awb", 0, wearer=True),
            _espeak("civilian", "en-us+m5", -6, rate=165, pitch=46),
            # The frightened passenger's one whispered reply.
            _espeak("witness", "en-us+whisperf", -9, rate=150, pitch=55),
            _espeak("dispatch", "en-us-nyc+f1", -5, radio=True, rate=175, pitch=56),
        ),
        100,
        "street",
        8,
        short_line=2,
        replies=2,
        late_voice=3,
        description="a long stop: a passenger whispers once, dispatch comes in late",
    ),
)
