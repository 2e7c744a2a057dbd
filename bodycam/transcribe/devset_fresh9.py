"""The development set's fresh9 half (d77-d84): eight recordings written blind to the diarizer.

Written in session 12, after the fresh to fresh8 halves had been scored, by someone who had not
read the diarizer nor seen its scores, each aimed at one way a body-camera diarizer can fail in
a plausible scene, none of them one an earlier half tried:

- d77, a stop at the edge of a protest: a crowd's babble (``crowd``: a dozen wordless voiced
  talkers) behind three clear voices. Speech-like sound with a pitch and a syllable rhythm
  that is nobody's turn, so a diarizer can open a speaker for the crowd or lend it to a
  participant; every earlier noise was unvoiced or a single tone.
- d78, a car stop with the stereo on (``music``): a sung line, a bass and a beat under a
  driver and her passenger. The singer is a voice in no one's turn, pitched and sustained where
  the crowd is spread.
- d79, a building search: the wearer and the partner whisper (no voicing at all), then the
  wearer shouts a challenge, and the occupant answers from inside, late. The wearer's own voice
  in three deliveries, two of them unvoiced; earlier whispers were only civilians'.
- d80, face to face: a man leaning into the chest camera, plain, 4 dB louder than the wearer
  (whose mouth is above the camera). Level has always told the wearer apart; no earlier plain
  voice reached the wearer's level.
- d81, a man shouting through his own front door, opening it to talk at the step and shutting
  it again, back and forth: one speaker heard muffled (glass and wood, nothing above 1 kHz)
  and plain. Earlier muffled
  voices stayed behind the glass; earlier same-speaker pairs changed only channel or delivery.
- d82, a mother and her two grown daughters: three labels in one espeak voice 6-8 pitch
  points apart, at nearly the same distance. Earlier scenes gave one voice to two labels at
  most.
- d83, a bar letting out: five voices inside the crowd at 2 dB SNR with three lines talked
  over; the participants drown in babble of their own kind rather than in wind or traffic.
- d84, a noise complaint at a house party: music at 3 dB SNR, two partygoers shouting over it,
  a neighbour calm and far: shouting against a voiced noise.

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH9: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d77",
        "fresh9",
        (
            _espeak("officer", "en-us+m2", 0, wearer=True, rate=160, pitch=40),
            # A protester stopped at the edge of the march, the partner beside the wearer; the
            # crowd chants and talks behind them (``crowd``), clear of the three, at 8 dB SNR.
            _flite("partner", "slt", -4),
            _espeak("civilian", "en+m3", -7, rate=170, pitch=46),
        ),
        62,
        "crowd",
        8,
        overlaps=1,
        description="a protest stop: a crowd's babble behind three clear voices, 8 dB SNR",
    ),
    RecordingSpec(
        "d78",
        "fresh9",
        (
            _flite("officer", "rms", 0, wearer=True),
            # The driver at the window and her passenger further in, with the stereo still
            # playing: a singer's voice in nobody's turn.
            _espeak("civilian", "en-us+f2", -6, rate=170, pitch=60),
            _espeak("witness", "en-029+f4", -11, rate=165, pitch=54),
        ),
        58,
        "music",
        6,
        description="a car stop with the stereo on: a sung line under the driver and passenger",
    ),
    RecordingSpec(
        "d79",
        "fresh9",
        (
            # A building search: the wearer and the partner whisper to each other (unvoiced),
            # the wearer shouts one kind of line (the challenge), and the occupant answers from
            # a back room only after a long quiet.
            _espeak("officer", "en-us+whisper", 0, wearer=True, rate=150, pitch=40),
            _espeak("partner", "en+whisper", -3, rate=150, pitch=44),
            _espeak("officer", "en-us+m1", 0, wearer=True, shout=True, rate=160, pitch=40),
            _flite("civilian", "awb", -13),
        ),
        64,
        "street",
        15,
        late_voice=3,
        description="a building search: the wearer whispers, then shouts; a late occupant",
    ),
    RecordingSpec(
        "d80",
        "fresh9",
        (
            _espeak("officer", "en-gb-x-rp+m2", 0, wearer=True, rate=160, pitch=42),
            # A man squaring up to the wearer, his face a foot from the chest camera: plain but
            # 4 dB louder than the wearer's mouth above it. The partner a few steps back.
            _espeak("civilian", "en-us+m4", 4, rate=170, pitch=44),
            _flite("partner", "kal16", -9),
        ),
        60,
        "street",
        12,
        overlaps=2,
        description="a man face to the chest camera, plain and 4 dB louder than the wearer",
    ),
    RecordingSpec(
        "d81",
        "fresh9",
        (
            _flite("officer", "slt", 0, wearer=True),
            # A man shouting through his closed front door (muffled), who opens it to talk at
            # the step and shuts it again, turn by turn: one speaker, one label, through the
            # door and in the open.
            _espeak("civilian", "en-us-nyc+m1", -6, muffled=True, shout=True, rate=165, pitch=42),
            _espeak("civilian", "en-us-nyc+m1", -7, rate=165, pitch=42),
            _espeak("bystander", "en+f3", -13, rate=170, pitch=58),
        ),
        62,
        "street",
        14,
        overlaps=1,
        description="a man shouts through his front door and talks at the step: one speaker",
    ),
    RecordingSpec(
        "d82",
        "fresh9",
        (
            _espeak("officer", "en-gb-scotland+m4", 0, wearer=True, rate=160, pitch=38),
            # A mother and her two grown daughters in their idling car after a minor crash, the
            # wearer at the window: one espeak voice for all three, 6-8 pitch points apart, at
            # about the same distance.
            _espeak("civilian", "en-us+f3", -7, rate=165, pitch=50),
            _espeak("witness", "en-us+f3", -8, rate=168, pitch=56),
            _espeak("bystander", "en-us+f3", -9, rate=172, pitch=64),
        ),
        64,
        "car",
        15,
        overlaps=1,
        description="a mother and two daughters: three labels in one espeak voice",
    ),
    RecordingSpec(
        "d83",
        "fresh9",
        (
            _flite("officer", "kal16", 0, wearer=True),
            # Closing time outside a bar: two officers and three drinkers inside the crowd at
            # 2 dB SNR, three lines talked over.
            _espeak("partner", "en-us+f1", -3, rate=165, pitch=56),
            _flite("civilian", "rms", -7),
            _espeak("witness", "en-gb-x-rp+m3", -9, rate=175, pitch=46),
            _espeak("bystander", "en-us+f4", -11, rate=175, pitch=62),
        ),
        66,
        "crowd",
        2,
        overlaps=3,
        description="a bar letting out: five voices inside a crowd's babble at 2 dB SNR",
    ),
    RecordingSpec(
        "d84",
        "fresh9",
        (
            _espeak("officer", "en-us+f5", 0, wearer=True, rate=165, pitch=55),
            # A noise complaint at a house party: two partygoers shout over the music, the
            # neighbour who called is calm and further off.
            _espeak("civilian", "en-029+m3", -4, shout=True, rate=170, pitch=44),
            _flite("witness", "awb", -5, shout=True),
            _espeak("bystander", "en+m5", -12, rate=160, pitch=40),
        ),
        60,
        "music",
        3,
        overlaps=2,
        description="a house party: two partygoers shout over music at 3 dB SNR, a neighbour",
    ),
)
