"""The development set's fresh10 half (d85-d92): eight recordings written blind to the diarizer.

Written in session 14, after the fresh to fresh9 halves had been scored, by someone who had not
read the diarizer nor seen its scores, each aimed at one way a body-camera diarizer can fail in
a plausible scene, in combinations no earlier half tried, and half of them at 15-19 dB SNR so
that the difficulty is the people, not the noise:

- d85, a lost child in a shopping centre: the child (a high espeak voice, about 320 Hz)
  answers the wearer in one-to-three word replies, and the mother arrives only after a long
  quiet spell, in a crowd's babble at 16 dB. Earlier children spoke full lines; earlier crowds
  were at 2 and 8 dB.
- d86, an elderly man lost at a bus shelter in light rain (18 dB): espeak's ``grandpa``
  (a tremor) at 95 words a minute, the slowest espeak voice in the set, with 1.2-3 s before
  every line and one long wait, and his daughter on the wearer's phone on speaker
  (band-limited).
- d87, a car stop where the passenger says one reply in the whole minute ("That one.", 0.8 s,
  at -11 dB): ``short_line`` and ``replies`` on one voice, so a speaker is two words once. An
  earlier single line was always a one-to-two second command.
- d88, two neighbours' row: two women answering each other with no pause (0-0.15 s) and seven
  lines talked over, one of them flite at 0.85 of its duration (faster than any flite voice
  so far), the wearer trying to get a word in. Earlier scenes had either no pause or many
  overlaps, never both.
- d89, four women, one of them on the radio: the wearer, her partner, a civilian and a woman
  dispatcher heard several times, all in one pitch band, in wind at 5 dB.
- d90, a statement in the back of the patrol car: a man close to the camera (-3 dB) talks for
  a minute and the wearer says one acknowledgement ("I see.", half a second), at 19 dB. The
  loudest voice is heard once, briefly; the minute belongs to one near voice.
- d91, a motorway crash in a downpour: five voices, one of them dispatch over the radio and
  one (the partner) heard once, in rain at 2 dB SNR. Earlier rain scenes had two or three
  voices and no radio.
- d92, a cyclist knocked down as the ambulance comes up with its siren on: the paramedic, a
  woman, arrives late; the siren at 11 dB. The siren's second scene, and its first with a
  late voice.

No espeak voice here is written ``en-gb+variant``: this espeak-ng (1.51) reads the ``en-gb``
voice without its variant (``en-gb+f3`` and ``en-gb+grandpa`` are the same audio as
``en-gb``), so British voices use ``en+variant``, which keeps it.

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH10: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d85",
        "fresh10",
        (
            _flite("officer", "awb", 0, wearer=True),
            # A girl of about seven, the wearer crouched to her (close), answering in a word or
            # two; her mother comes running only after a long quiet spell.
            _espeak("civilian", "en-us+anika", -5, rate=185, pitch=70),
            _espeak("witness", "en-gb-x-rp+aunty", -8, rate=172, pitch=50),
        ),
        62,
        "crowd",
        16,
        replies=1,
        late_voice=2,
        description="a lost child answering in a word or two; the mother arrives late; crowd",
    ),
    RecordingSpec(
        "d86",
        "fresh10",
        (
            _espeak("officer", "en-gb-x-gbcwmd+m8", 0, wearer=True, rate=160, pitch=42),
            # An old man, confused and slow (espeak's grandpa: a tremor), sitting beside the
            # wearer; his daughter on the wearer's phone, held out on speaker.
            _espeak("civilian", "en+grandpa", -6, rate=95, pitch=30),
            _flite("witness", "slt", -5, radio=True),
        ),
        # Ten lines in seventy seconds: his few lines are long, and everyone waits.
        70,
        "rain",
        18,
        long_silences=1,
        # Everyone waits for him: 1.2-3 s before every line.
        gaps=(1.2, 3.0),
        description="a slow old man with long pauses, his daughter on a speakerphone, light rain",
    ),
    RecordingSpec(
        "d87",
        "fresh10",
        (
            _espeak("officer", "en-us-nyc+f4", 0, wearer=True, rate=168, pitch=58),
            _flite("civilian", "rms", -6),
            # The passenger, on the far side of the car: asked once, she answers once, in a
            # word or two, and says nothing else.
            _espeak("witness", "en-us+Alicia", -11, rate=170, pitch=50),
        ),
        54,
        "car",
        8,
        short_line=2,
        replies=2,
        description="a car stop: the passenger says one reply of a word or two in the minute",
    ),
    RecordingSpec(
        "d88",
        "fresh10",
        (
            _flite("officer", "kal16", 0, wearer=True),
            # Two neighbours cutting each other off: no pause between turns and seven lines
            # started before the last one ended; one of them quick (flite at 0.85 of its
            # normal duration).
            _espeak("civilian", "en-gb-x-gbcwmd+belinda", -5, rate=185, pitch=60),
            _flite("witness", "slt", -6, rate=85),
        ),
        58,
        "street",
        15,
        overlaps=7,
        gaps=(0.0, 0.15),
        description="two women in a row: no pause between turns and seven lines talked over",
    ),
    RecordingSpec(
        "d89",
        "fresh10",
        (
            _espeak("officer", "en-gb-scotland+steph", 0, wearer=True, rate=165, pitch=55),
            _flite("partner", "slt", -4),
            _espeak("civilian", "en-029+Andrea", -8, rate=172, pitch=55),
            # A woman dispatcher on the handheld, heard several times.
            _espeak("dispatch", "en-us+linda", -3, radio=True, rate=175, pitch=50),
        ),
        64,
        "wind",
        5,
        overlaps=1,
        description="four women, one over the radio: two officers, a civilian, dispatch; wind",
    ),
    RecordingSpec(
        "d90",
        "fresh10",
        (
            # The wearer in the front seat, turned round: one acknowledgement, early.
            _espeak("officer", "en-us+quincy", 0, wearer=True, rate=160, pitch=40),
            # A man giving his statement from the back seat, close, for the rest of the minute.
            _flite("civilian", "kal16", -3),
        ),
        60,
        "car",
        19,
        short_line=0,
        replies=0,
        description="a near civilian's minute-long statement; the wearer acknowledges once",
    ),
    RecordingSpec(
        "d91",
        "fresh10",
        (
            _flite("officer", "rms", 0, wearer=True),
            # The two drivers, the partner (one line, then off to set out cones) and dispatch
            # on the radio, in a downpour on the hard shoulder.
            _espeak("civilian", "en-029+f3", -7, rate=170, pitch=58),
            _espeak("partner", "en-gb-x-gbclan+m8", -4, rate=165, pitch=44),
            _flite("witness", "awb", -10),
            _espeak("dispatch", "en-us+Gene", -3, radio=True, rate=170, pitch=45),
        ),
        68,
        "rain",
        2,
        overlaps=2,
        description="a motorway crash in a downpour: five voices with a radio, rain at 2 dB SNR",
    ),
    RecordingSpec(
        "d92",
        "fresh10",
        (
            _espeak("officer", "en+f5", 0, wearer=True, rate=165, pitch=55),
            # The hurt cyclist, slow; the driver who hit him; the paramedic, who arrives with
            # the ambulance after a long quiet spell.
            _espeak("civilian", "en-us-nyc+Mike", -7, rate=150, pitch=44),
            _flite("witness", "rms", -9),
            _espeak("bystander", "en-gb-x-rp+Andrea", -6, rate=170, pitch=52),
        ),
        66,
        "siren",
        11,
        overlaps=1,
        late_voice=3,
        description="a cyclist knocked down; the paramedic arrives late while a siren wails",
    ),
)
