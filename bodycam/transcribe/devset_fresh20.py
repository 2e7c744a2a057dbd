"""The development set's fresh20 half (d165-d172): eight recordings written blind to the diarizer.

Written in session 24, after the fresh to fresh19 halves had been written, by someone who had
not read the diarizer nor seen its scores, each aimed at one way a body-camera diarizer can fail
in a plausible police scene, in combinations no earlier half tried. Every recording keeps to
2-5 people, each on a voice of their own (no two people on one voice, and no two on one espeak
variant), everyone but the wearer 5-15 dB under the wearer, and a woman in every scene; four of
the eight wearers are women. It brings espeak's Welsh and Dutch voices reading English and no
new noise.

- d165, a crush at the away turnstiles of a football ground (crowd, 6 dB): a woman wearer, the
  partner, a fan, a steward and the match commander on the handheld radio 8 dB under; four
  lines talked over and one long silence while the crowd roars. No radio voice was heard in a
  crowd before, and no crowd recording had a long silence.
- d166, a car stranded in a flooded ford in a downpour (rain, 3 dB): the farmer shouts across
  the water from the far bank in espeak's Welsh voice, 12 dB under, beside the driver and the
  partner; two lines talked over, the farmer's over the wearer. Nobody but the wearer ever
  shouted in rain.
- d167, a man on a roof (wind, 16 dB): the wearer negotiates with 1.5-3 s before every line,
  yet three lines are talked over, his sister cutting in on him first. No recording with a
  second or more before every line had a line talked over.
- d168, the wearer sitting in the patrol car at a scene watch (car, 12 dB), talking slowly to
  the camera, alone for over a minute with long silences between, until a woman taps on the
  window and talks through the glass; four silences of 12-16 s in 116 s. The one late arrival
  before who found the wearer alone (d162) came after dispatch's reply on the radio.
- d169, a felony stop on a high street (street, 4 dB): the partner's one command comes through
  the patrol car's loudhailer (the radio band, shouted), beside a Scottish woman wearer, the
  driver and the passenger, who talks over the wearer twice. The band-limited voices heard once
  before (d96, d162) said a reply, not a command.
- d170, a row outside a wedding reception (street, 11 dB): five voices with 0-0.12 s between
  turns, three lines talked over one after another as it flares, the groom's brother
  shouting. Turns with no room between them had at most four voices before.
- d171, a lorry stopped at a weighbridge, its engine idling (car, 8 dB): the driver answers
  through his closed cab window in espeak's Dutch voice, with the partner and dispatch on the
  radio, the partner talking over him once. No accented voice was heard through glass before.
- d172, a cordon in the rain after a gas leak (rain, 15 dB): three residents behind the tape,
  12, 14 and 15 dB under the wearer, one of them answering in a word or two, one long silence.
  Every earlier scene of three or more voices had someone within 8 dB of the wearer.

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH20: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d165",
        "fresh20",
        (
            _espeak("officer", "en-gb-x-gbcwmd+f5", 0, wearer=True, rate=168, pitch=56),
            _flite("partner", "rms", -5),
            # The match commander in the control box, on the handheld radio.
            _espeak("dispatch", "en-gb-x-rp+m8", -8, radio=True, rate=172, pitch=40),
            # A fan whose son went through the turnstile without him, and a steward.
            _espeak("civilian", "en-gb-x-gbclan+m2", -9, rate=175, pitch=44),
            _espeak("witness", "en-gb-scotland+steph3", -12, rate=168, pitch=58),
        ),
        84,
        "crowd",
        6,
        overlaps=4,
        long_silences=1,
        description="a crush at a football turnstile: the match commander on the radio",
    ),
    RecordingSpec(
        "d166",
        "fresh20",
        (
            _flite("officer", "awb", 0, wearer=True),
            # The driver, out on the bank by her car.
            _espeak("civilian", "en-gb-x-rp+f3", -7, rate=170, pitch=60),
            # The farmer, shouting across the flood from the far bank: espeak's Welsh voice.
            _espeak("witness", "cy+m7", -12, shout=True, rate=155, pitch=40),
            _espeak("partner", "en-gb-x-gbclan+m6", -5, rate=162, pitch=44),
        ),
        76,
        "rain",
        3,
        overlaps=2,
        description="a flooded ford in rain at 3 dB: a Welsh farmer shouting across the water",
    ),
    RecordingSpec(
        "d167",
        "fresh20",
        (
            _flite("officer", "slt", 0, wearer=True),
            # The man at the roof's edge, slow and low, a few metres up.
            _espeak("civilian", "en-gb-x-gbcwmd+m3", -9, rate=145, pitch=36),
            # His sister, who cannot wait her turn.
            _espeak("witness", "en-029+f2", -7, rate=178, pitch=60),
            _espeak("partner", "en-gb-scotland+m6", -5, rate=160, pitch=42),
        ),
        92,
        "wind",
        16,
        overlaps=3,
        gaps=(1.5, 3.0),
        description="a man on a roof: 1.5-3 s before every line, three lines talked over",
    ),
    RecordingSpec(
        "d168",
        "fresh20",
        (
            # Talking slowly to the camera: what he has seen, for the statement later.
            _espeak("officer", "en-gb-x-gbclan+m1", 0, wearer=True, rate=125, pitch=42),
            # The woman who taps on the window: heard through the glass, first after a minute.
            _espeak("civilian", "en-gb-x-rp+linda", -8, muffled=True, rate=168, pitch=58),
        ),
        116,
        "car",
        12,
        long_silences=4,
        late_voice=1,
        silence=(12.0, 16.0),
        description="the wearer alone in the patrol car, then a woman at the window",
    ),
    RecordingSpec(
        "d169",
        "fresh20",
        (
            _espeak("officer", "en-gb-scotland+f4", 0, wearer=True, rate=165, pitch=58),
            # The partner behind the car door, on the loudhailer: one command, band-limited.
            _espeak("partner", "en-us+m2", -6, radio=True, shout=True, rate=165, pitch=44),
            # The driver and the passenger.
            _flite("civilian", "rms", -8),
            _espeak("witness", "en-us-nyc+steph", -11, rate=172, pitch=58),
        ),
        66,
        "street",
        4,
        overlaps=2,
        short_line=1,
        description="a felony stop: the partner's one command through the loudhailer",
    ),
    RecordingSpec(
        "d170",
        "fresh20",
        (
            _espeak("officer", "en-gb-x-rp+m5", 0, wearer=True, rate=165, pitch=42),
            # The bride's mother, the groom's brother shouting, the hotel's duty manager.
            _espeak("civilian", "en-gb-x-gbclan+steph", -6, rate=178, pitch=60),
            _flite("witness", "kal16", -8, shout=True),
            _espeak("bystander", "en-us+f3", -12, rate=170, pitch=58),
            _flite("partner", "awb", -5),
        ),
        96,
        "street",
        11,
        overlaps=3,
        gaps=(0.0, 0.12),
        description="a wedding party's row: five voices with 0-0.12 s between turns",
    ),
    RecordingSpec(
        "d171",
        "fresh20",
        (
            _espeak("officer", "en-gb-x-gbclan+f3", 0, wearer=True, rate=168, pitch=56),
            # The driver up in his cab, window shut: espeak's Dutch voice through the glass.
            _espeak("civilian", "nl+m5", -8, muffled=True, rate=150, pitch=42),
            _flite("partner", "awb", -5),
            # Dispatch on the radio with the vehicle checks.
            _espeak("dispatch", "en-us+m7", -9, radio=True, rate=172, pitch=44),
        ),
        72,
        "car",
        8,
        overlaps=1,
        description="a Dutch lorry driver behind his closed cab window, a radio",
    ),
    RecordingSpec(
        "d172",
        "fresh20",
        (
            _flite("officer", "kal16", 0, wearer=True),
            # Three residents behind the tape, metres back: nobody near the wearer.
            _espeak("civilian", "en-gb-x-gbcwmd+f1", -12, rate=172, pitch=58),
            _espeak("witness", "en-gb-scotland+m8", -14, rate=160, pitch=40),
            # She answers in a word or two.
            _espeak("bystander", "en-029+Andrea", -15, rate=168, pitch=56),
        ),
        88,
        "rain",
        15,
        long_silences=1,
        replies=3,
        description="a cordon in the rain: three residents 12-15 dB under the wearer",
    ),
)
