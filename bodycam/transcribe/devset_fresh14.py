"""The development set's fresh14 half (d117-d124): eight recordings written blind to the diarizer.

Written in session 17, after the fresh to fresh13 halves had been scored, by someone who had
not read the diarizer nor seen its scores, each aimed at one way a body-camera diarizer can fail
in a plausible police scene, in combinations no earlier half tried. It brings seven espeak
variants no earlier recording used: ``Marco``, ``Henrique``, ``michel``, ``edward2``, ``iven``,
``iven4`` and ``klatt`` (espeak's Klatt synthesiser, a different source model), and no new
noise.

- d117, a perimeter walk: the wearer is alone for most of the minute, talking to himself and
  to his camera between two long silences, and the one other voice (a man in a parked car,
  behind its closed window) is heard once, in a single reply. No muffled voice was ever heard
  only once, and no two-voice scene had a muffled voice.
- d118, a stop on a motorway shoulder with the siren still on at 2 dB: the wearer and the
  partner shout every line and the driver answers in a word or two. The siren was never below
  5 dB, and no siren scene had a voice answering in words.
- d119, a neighbours' dispute in a quiet close at 20 dB: five voices, four of them flite
  (``rms``, ``awb``, ``kal16``, ``slt``: every flite voice in one scene), four lines talked
  over. No scene had more than three flite voices; the noise is no excuse here.
- d120, a stop where everyone else is band-limited: dispatch and a partner in a second car on
  the radio, and the driver's mother on his phone on speaker; three radio voices beside the
  wearer. No scene had more than two.
- d121, a house party at 2 dB music: three voices taking turns with no room between them
  (0-0.15 s), with two long silences as the wearer waits for the host. Tight turns never came
  with long silences before.
- d122, two brothers at a flooded road in rain at 10 dB: espeak ``en-us+iven`` and
  ``en-us+iven4`` (one voice family, a step apart in pitch and pace), each full lines, with the
  partner. No scene had two voices of one espeak family on two civilians.
- d123, a frightened woman whispering her answers (a word or two, ``whisperf``) through a
  doorway while a dog barks at 8 dB, with her neighbour. Whispered voices were only ever in
  car or street noise at 12 dB and above.
- d124, a foot pursuit's end: the chasing partner is first heard late, on the radio and
  shouting (late, band-limited and strained at once), with the caught man and a witness, in
  street noise at 8 dB. The only shouting radio (d63) spoke from the start.

British espeak voices are written ``en+variant`` (``en-gb+variant`` is plain ``en-gb`` in this
espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH14: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d117",
        "fresh14",
        (
            _espeak("officer", "en-us+Marco", 0, wearer=True, rate=158, pitch=40),
            # The man in the parked car, through its closed window: one reply.
            _espeak("civilian", "en+edward2", -8, muffled=True, rate=150, pitch=38),
        ),
        62,
        "wind",
        6,
        short_line=1,
        replies=1,
        long_silences=2,
        description="the wearer alone for a minute; a man behind a car window replies once",
    ),
    RecordingSpec(
        "d118",
        "fresh14",
        (
            _espeak("officer", "en-gb-x-rp+Henrique", 0, wearer=True, shout=True, rate=165),
            _flite("partner", "awb", -3, shout=True),
            # The driver, at his window, answering in a word or two.
            _espeak("civilian", "en-us+f1", -6, rate=160, pitch=55),
        ),
        56,
        "siren",
        2,
        replies=2,
        description="two officers shouting over a siren at 2 dB; the driver replies in words",
    ),
    RecordingSpec(
        "d119",
        "fresh14",
        (
            _espeak("officer", "en-029+michel", 0, wearer=True, rate=162, pitch=46),
            # The man whose hedge it is, his wife, and the neighbour over the fence.
            _flite("civilian", "rms", -4),
            _flite("witness", "slt", -5),
            _flite("bystander", "kal16", -7),
            _flite("partner", "awb", -4),
        ),
        64,
        "street",
        20,
        overlaps=4,
        description="a neighbours' dispute: four flite voices among five, quiet at 20 dB",
    ),
    RecordingSpec(
        "d120",
        "fresh14",
        (
            _flite("officer", "kal16", 0, wearer=True),
            _espeak("dispatch", "en-us+m2", -3, radio=True, rate=175, pitch=45),
            # The partner in the second car, on the radio.
            _espeak("partner", "en+iven", -4, radio=True, rate=168, pitch=40),
            # The driver, and his mother on his phone on speaker.
            _flite("civilian", "rms", -6),
            _espeak("witness", "en-us+f4", -5, radio=True, rate=160, pitch=62),
        ),
        66,
        "car",
        12,
        overlaps=1,
        description="three band-limited voices (two radios, a phone) beside the wearer",
    ),
    RecordingSpec(
        "d121",
        "fresh14",
        (
            _flite("officer", "slt", 0, wearer=True),
            # A guest at the door, and the host when he comes down.
            _espeak("civilian", "en-us-nyc+m5", -4, rate=178, pitch=48),
            _espeak("witness", "en-gb-scotland+f2", -6, rate=172, pitch=60),
        ),
        60,
        "music",
        2,
        long_silences=2,
        gaps=(0.0, 0.15),
        description="a party at 2 dB music: tight turns with two long silences",
    ),
    RecordingSpec(
        "d122",
        "fresh14",
        (
            _flite("officer", "rms", 0, wearer=True),
            # Two brothers whose car is stuck: one espeak voice family, a step apart.
            _espeak("civilian", "en-us+iven", -5, rate=160, pitch=42),
            _espeak("witness", "en-us+iven4", -6, rate=168, pitch=48),
            _flite("partner", "slt", -4),
        ),
        58,
        "rain",
        10,
        overlaps=1,
        description="two brothers on one espeak voice family, a step apart, in rain",
    ),
    RecordingSpec(
        "d123",
        "fresh14",
        (
            _espeak("officer", "en-gb-x-gbclan+m7", 0, wearer=True, rate=160, pitch=44),
            # Whispering through the gap of her door, afraid of who is inside.
            _espeak("civilian", "en-us+whisperf", -8, rate=150, pitch=55),
            _flite("witness", "kal16", -7),
        ),
        54,
        "dog",
        8,
        replies=1,
        description="a woman whispering her answers while a dog barks at 8 dB",
    ),
    RecordingSpec(
        "d124",
        "fresh14",
        (
            _flite("officer", "awb", 0, wearer=True),
            # The man caught, out of breath, and a shopkeeper who saw him run.
            _espeak("civilian", "en+klatt", -4, rate=170, pitch=40),
            _espeak("witness", "en-us+m6", -8, rate=165, pitch=50),
            # The partner, still running, first heard late on the radio and shouting.
            _espeak("partner", "en-us-nyc+m4", -3, radio=True, shout=True, rate=180, pitch=45),
        ),
        62,
        "street",
        8,
        late_voice=3,
        description="a partner first heard late, on the radio and shouting, after a chase",
    ),
)
