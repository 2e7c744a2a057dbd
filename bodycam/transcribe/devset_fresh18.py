"""The development set's fresh18 half (d149-d156): eight recordings written blind to the diarizer.

Written in session 22, after the fresh to fresh17 halves had been written, by someone who had
not read the diarizer nor seen its scores, each aimed at one way a body-camera diarizer can fail
in a plausible police scene, in combinations no earlier half tried. Every recording keeps to
2-5 people, each on a voice of their own (no two people on one voice, which no speaker encoder
can tell apart; no two on one espeak variant either), everyone but the wearer 5-15 dB under the
wearer, and a woman in every scene. It brings espeak's Vietnamese and Romanian voices reading
English and no new noise.

- d149, a mother on a phone on speaker in the patrol car (car, 15 dB), telling the wearer for a
  minute about her son who has not come home; the wearer is heard once, an acknowledgement.
  The voices that held a minute beside a once-heard wearer before (d36, d46, d90, d107, d143)
  were all heard in person; none was band-limited.
- d150, a stop on a moorland road in wind at 6 dB: dispatch comes faintly from the partner's
  shoulder radio a few metres off, 13 dB under the wearer, beside the driver and the partner.
  No radio voice was further than 9 dB under the wearer.
- d151, a nail salon broken into on a high street (street, 14 dB): the owner in espeak's
  Vietnamese voice and a builder shouting down from the scaffolding next door in its Romanian
  one, 12 dB under, with the partner. Neither language was heard before, and no accented voice
  shouted.
- d152, two drivers rowing after a shunt on an exposed bridge, in wind at 3 dB: six lines
  talked over, the woman driver shouting. No recording in wind had more than four lines talked
  over, and none at 5 dB or less had six.
- d153, the wearer searching a scrapyard alone for 84 s while the guard dog barks (dog, 10 dB),
  with two long silences; the partner's one shouted command comes from the far end of the yard,
  14 dB under. Shouted single lines were at most 8 dB under, and no dog barked at a wearer
  alone.
- d154, a sudden death at home, told to a widow and her brother: four voices with 1.5-3.5 s
  before every line and one long silence, in light rain at 18 dB. Slow turns had at most three
  voices before.
- d155, a woman officer shouting at a man with a bottle outside a pub, in traffic at 4 dB: he
  answers in a word or two, the partner beside her, two lines talked over. Every shouting
  wearer before was a man.
- d156, a 116 s collision on a motorway hard shoulder with engines idling (car, 9 dB): five
  voices, the recovery driver first heard late, 12 dB under, two lines talked over and one long
  silence. No five-voice scene ran past 94 s, and the one with a late voice ran 75 s.

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH18: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d149",
        "fresh18",
        (
            # The wearer drives and listens: one acknowledgement, early.
            _espeak("officer", "en-gb-x-gbclan+m6", 0, wearer=True, rate=160, pitch=42),
            # The mother on the wearer's phone on speaker, through the phone's band.
            _espeak("civilian", "en-029+steph", -6, radio=True, rate=172, pitch=58),
        ),
        66,
        "car",
        15,
        short_line=0,
        replies=0,
        description="a mother on a phone on speaker for a minute; the wearer heard once",
    ),
    RecordingSpec(
        "d150",
        "fresh18",
        (
            _flite("officer", "awb", 0, wearer=True),
            _espeak("partner", "en-gb-x-gbcwmd+m5", -5, rate=165, pitch=46),
            _flite("civilian", "slt", -8),
            # Dispatch on the partner's shoulder radio, a few metres from the camera.
            _espeak("dispatch", "en-us-nyc+m7", -13, radio=True, rate=175, pitch=44),
        ),
        70,
        "wind",
        6,
        overlaps=1,
        description="a moorland stop: dispatch faint on the partner's radio, 13 dB under",
    ),
    RecordingSpec(
        "d151",
        "fresh18",
        (
            _flite("officer", "kal16", 0, wearer=True),
            # The salon's owner: espeak's Vietnamese voice reading English.
            _espeak("civilian", "vi+f4", -6, rate=160, pitch=58),
            # A builder calling down from the scaffolding next door, in a Romanian accent.
            _espeak("witness", "ro+m4", -12, shout=True, rate=160, pitch=42),
            _espeak("partner", "en-gb-x-rp+f5", -5, rate=168, pitch=55),
        ),
        78,
        "street",
        14,
        overlaps=1,
        description="a nail salon break-in: a Vietnamese owner, a Romanian builder shouting",
    ),
    RecordingSpec(
        "d152",
        "fresh18",
        (
            _espeak("officer", "en-029+linda", 0, wearer=True, rate=170, pitch=55),
            _flite("civilian", "rms", -6),
            # The other driver, shouting over him and over the gale.
            _espeak("witness", "en-gb-x-gbcwmd+f2", -8, shout=True, rate=180, pitch=60),
        ),
        58,
        "wind",
        3,
        overlaps=6,
        description="two drivers rowing on a bridge in wind at 3 dB: six lines talked over",
    ),
    RecordingSpec(
        "d153",
        "fresh18",
        (
            _espeak("officer", "en-gb-scotland+Andrea", 0, wearer=True, rate=165, pitch=56),
            # The partner's one command, shouted from the far end of the yard.
            _flite("partner", "awb", -14, shout=True),
        ),
        84,
        "dog",
        10,
        short_line=1,
        long_silences=2,
        description="a scrapyard search alone as a dog barks; a far shouted command once",
    ),
    RecordingSpec(
        "d154",
        "fresh18",
        (
            _espeak("officer", "en-gb-x-rp+m7", 0, wearer=True, rate=150, pitch=40),
            _espeak("civilian", "en-gb-x-gbclan+f1", -7, rate=145, pitch=50),
            _flite("partner", "slt", -5),
            # Her brother, standing back by the kitchen door.
            _flite("witness", "kal16", -10),
        ),
        96,
        "rain",
        18,
        long_silences=1,
        gaps=(1.5, 3.5),
        description="a death message at home: four voices with 1.5-3.5 s before every line",
    ),
    RecordingSpec(
        "d155",
        "fresh18",
        (
            _flite("officer", "slt", 0, wearer=True, shout=True),
            _espeak("civilian", "en-gb-x-gbcwmd+m8", -8, rate=175, pitch=40),
            _espeak("partner", "en-us-nyc+m2", -5, rate=165, pitch=44),
        ),
        48,
        "street",
        4,
        overlaps=2,
        replies=1,
        description="a woman officer shouting at a man with a bottle; he answers in words",
    ),
    RecordingSpec(
        "d156",
        "fresh18",
        (
            _espeak("officer", "en-us+Annie", 0, wearer=True, rate=165, pitch=54),
            _espeak("partner", "en-gb-scotland+m8", -5, rate=160, pitch=40),
            _flite("civilian", "kal16", -7),
            _espeak("witness", "en-us-nyc+steph2", -9, rate=175, pitch=58),
            # The recovery driver, who pulls up behind the cones after a long wait.
            _espeak("bystander", "en-029+Gene", -12, rate=160, pitch=42),
        ),
        116,
        "car",
        9,
        overlaps=2,
        long_silences=1,
        late_voice=4,
        description="a 116 s motorway collision: five voices, the recovery driver late",
    ),
)
