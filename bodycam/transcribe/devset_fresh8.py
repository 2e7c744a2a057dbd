"""The development set's fresh8 half (d69-d76): eight recordings written blind to the diarizer.

Written in session 11, after the fresh to fresh7 halves had been scored, by someone who had not
read the diarizer nor seen its scores, each aimed at one way a body-camera diarizer can fail in
a plausible scene, none of them one an earlier half tried: a doorstep welfare check in a
downpour (rain hiss over the whole speech band), a crash scene as an ambulance's siren wails
through the voice band, a driver and his passenger who will not lower the window (two men heard
only through glass), two officers shoulder to shoulder in one espeak voice 1 dB apart, a family
row with eight lines in a row talked over, four voices in a gale at 0 dB SNR, the car radio and
the partner heard through the patrol car's closed door, and a drunk man drawn out to two-thirds
pace in the rain while a neighbour comes out once, late. Data only; :mod:`devset_specs` appends
them to the set and :mod:`devset` builds them (only when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH8: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d69",
        "fresh8",
        (
            _espeak("officer", "en-us+m1", 0, wearer=True, rate=160, pitch=38),
            # An elderly woman at her door, the wearer on the step in a downpour. Rain hisses
            # from 400 Hz to 7 kHz, over the consonants and upper formants that wind and
            # engines (the only noises so far) leave alone.
            _flite("civilian", "slt", -8),
        ),
        58,
        "rain",
        3,
        overlaps=1,
        description="a welfare check in a downpour: rain over the whole speech band, 3 dB SNR",
    ),
    RecordingSpec(
        "d70",
        "fresh8",
        (
            _flite("officer", "awb", 0, wearer=True),
            _espeak("partner", "en+m4", -4, rate=165, pitch=45),
            # The injured driver, a witness across the road and a passer-by, while an
            # ambulance comes up with its siren on: a pitched wail sweeping 650-1500 Hz with
            # its harmonics, loudest as it passes, the first noise with a pitch of its own.
            _espeak("civilian", "en-us+f3", -9, rate=170, pitch=60),
            _flite("witness", "kal16", -12),
            _espeak("bystander", "en-029+f2", -14, rate=170, pitch=58),
        ),
        66,
        "siren",
        6,
        overlaps=2,
        description="a crash scene, five voices, as a siren wails through the voice band",
    ),
    RecordingSpec(
        "d71",
        "fresh8",
        (
            _espeak("officer", "en-us+f2", 0, wearer=True, rate=165, pitch=56),
            # A driver who will not lower his window, and his passenger: both heard only
            # through the glass (nothing above 1 kHz), two men told apart by what is left.
            _flite("civilian", "rms", -8, muffled=True),
            _espeak("witness", "en-us+m4", -12, muffled=True, rate=160, pitch=42),
        ),
        60,
        "street",
        12,
        description="a driver and passenger behind a closed window: two men heard through glass",
    ),
    RecordingSpec(
        "d72",
        "fresh8",
        (
            _espeak("officer", "en-us+m3", 0, wearer=True, rate=160, pitch=40),
            # Two officers side by side in the front seats, both close to the camera: one
            # espeak voice three pitch points and 1 dB apart, the partner louder than any
            # plain voice beside a wearer so far. The man in the back answers short.
            _espeak("partner", "en-us+m3", -1, rate=164, pitch=43),
            _flite("civilian", "kal16", -10),
        ),
        56,
        "car",
        14,
        replies=2,
        description="two officers side by side: one espeak voice 1 dB and 3 pitch points apart",
    ),
    RecordingSpec(
        "d73",
        "fresh8",
        (
            _espeak("officer", "en-gb-scotland+m2", 0, wearer=True, rate=160, pitch=40),
            # A family row in a hallway: mother, son and uncle talking over the wearer and over
            # each other, every line from the third to the tenth started before the one
            # before it ends (eight overlaps, two more than any earlier scene).
            _espeak("civilian", "en-us+f4", -6, rate=175, pitch=62),
            _espeak("witness", "en-029+m2", -8, rate=170, pitch=46),
            _flite("bystander", "awb", -9),
        ),
        64,
        "street",
        15,
        overlaps=8,
        description="a family row: three relatives and the wearer, eight lines talked over",
    ),
    RecordingSpec(
        "d74",
        "fresh8",
        (
            # A breakdown on an exposed road in a gale: four voices at 0 dB SNR, the lowest any
            # scene of more than two voices has had.
            _espeak("officer", "en-gb-x-rp+f3", 0, wearer=True, rate=165, pitch=55),
            _flite("partner", "rms", -4),
            _espeak("civilian", "en-us-nyc+m3", -8, rate=170, pitch=44),
            _flite("witness", "slt", -12),
        ),
        62,
        "wind",
        0,
        overlaps=1,
        description="four voices in a gale at 0 dB SNR",
    ),
    RecordingSpec(
        "d75",
        "fresh8",
        (
            _espeak("officer", "en-us+m5", 0, wearer=True, rate=160, pitch=42),
            # A woman on the kerb in the open air.
            _espeak("civilian", "en-us+f1", -7, rate=170, pitch=58),
            # The wearer stands outside the patrol car: the car radio (radio band) and the
            # partner in the driver's seat are heard through the closed door, so dispatch is
            # band-limited twice over and the partner loses everything above 1 kHz.
            _flite("dispatch", "kal16", -4, radio=True, muffled=True),
            _espeak("partner", "en+m2", -6, muffled=True, rate=165, pitch=45),
        ),
        60,
        "street",
        10,
        overlaps=1,
        description="outside the patrol car: its radio and the partner heard through the door",
    ),
    RecordingSpec(
        "d76",
        "fresh8",
        (
            _flite("officer", "kal16", 0, wearer=True),
            # A drunk man, slurring at two-thirds pace (flite stretched 1.5 times, the slowest
            # flite voice in the set) in the rain, and a neighbour who comes out to complain
            # only after a long quiet spell.
            _flite("civilian", "awb", -6, rate=150),
            _espeak("bystander", "en+f4", -12, rate=170, pitch=60),
        ),
        68,
        "rain",
        8,
        late_voice=2,
        description="a drunk man at two-thirds pace in the rain; a neighbour comes out once, late",
    ),
)
