"""The development set's fresh11 half (d93-d100): eight recordings written blind to the diarizer.

Written in session 15, after the fresh to fresh10 halves had been scored, by someone who had
not read the diarizer nor seen its scores, each aimed at one way a body-camera diarizer can fail
in a plausible police scene, in combinations no earlier half tried, six of them at 12-18 dB SNR
so that the difficulty is the people, not the noise. It brings thirteen espeak variants no
earlier recording used: ``steph2``, ``steph3`` and ``shelby`` for women; ``travis`` (rough),
``david`` (a klatt voice, deep), ``victor`` (breathy), ``paul``, ``Lee``, ``Denis``, ``Andy``,
``ed``, ``norbert`` and ``robert`` for men.

- d93, a shop theft in a shopping centre: the shoplifter, a young Lancashire man, shouts every
  answer in a word or three while the store detective and he cut in on the wearer (two lines
  talked over: of the three drawn, one follows a one-word answer, which the builder never talks
  over), in a crowd's babble at 15 dB. Earlier short replies were all said calmly.
- d94, a welfare check: an old woman answers through her closed front door (muffled) in a word
  or two, with two long waits at the door, and the neighbour who called beside the wearer, in
  rain at 17 dB. Earlier voices behind glass or a door spoke full lines, and never in a scene
  with long silences.
- d95, a man on the far side of a bridge railing, shouting at -14 dB, quieter than any earlier
  shout (a shout has always been near), with a woman negotiator close and calm, over traffic
  at 9 dB.
- d96, the wearer alone guarding a burgled warehouse's yard: dispatch's one reply on the radio
  (``short_line`` and ``replies`` on a radio voice), then a minute of one voice with three long
  silences, in wind at 12 dB. The rare speaker is band-limited and a word long.
- d97, a domestic call with the stereo on (music at 12 dB): a husband shouting, his wife quiet
  at -11 dB, the partner; three long tense silences and two lines talked over in one scene,
  which no earlier scene had (its silences were calm, its rows unbroken).
- d98, a traffic stop on a quiet road (car at 18 dB): the driver, his passenger quiet in the
  far seat, and dispatch with the check's result only after a long wait (the late voice on the
  radio: every earlier late arrival was heard in person).
- d99, a crash at a junction in traffic at 3 dB: five voices, the two drivers (a man and a
  woman) and everyone else cutting in five times, more overlaps than any earlier five-voice
  scene had.
- d100, driving to a call (car at 14 dB): dispatch on the car radio briefs the wearer, who only
  acknowledges ("Okay.", "Go on."); the band-limited voice holds the minute and the loudest
  voice speaks in words. Earlier acknowledging wearers listened to a civilian in person.

British espeak voices are written ``en+variant`` (``en-gb+variant`` is plain ``en-gb`` in this
espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH11: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d93",
        "fresh11",
        (
            _espeak("officer", "en-us+steph2", 0, wearer=True, rate=168, pitch=55),
            # The shoplifter, held by the arm a step away, shouting every short answer.
            _espeak("civilian", "en-gb-x-gbclan+travis", -6, shout=True, rate=175, pitch=50),
            # The store detective who stopped him, cutting in on both.
            _flite("witness", "awb", -9),
        ),
        56,
        "crowd",
        15,
        overlaps=3,
        replies=1,
        description="a shop theft: the shoplifter shouts each short answer; a crowd at 15 dB",
    ),
    RecordingSpec(
        "d94",
        "fresh11",
        (
            _espeak("officer", "en+david", 0, wearer=True, rate=155, pitch=40),
            # An old woman behind her closed front door: a word or two at a time, after long
            # waits while she comes to the door and goes away again.
            _espeak("civilian", "en-gb-x-rp+grandma", -9, muffled=True, rate=135, pitch=55),
            # The neighbour who called, on the step beside the wearer.
            _flite("witness", "kal16", -6),
        ),
        64,
        "rain",
        17,
        long_silences=2,
        replies=1,
        description="a welfare check: an old woman answers through her door in a word or two",
    ),
    RecordingSpec(
        "d95",
        "fresh11",
        (
            _flite("officer", "rms", 0, wearer=True),
            # The negotiator at the wearer's shoulder, calm and slow.
            _espeak("partner", "en-gb-scotland+steph3", -4, rate=150, pitch=52),
            # A man on the far side of the railing, several metres off, shouting back.
            _espeak("civilian", "en-us-nyc+victor", -14, shout=True, rate=170, pitch=46),
        ),
        62,
        "street",
        9,
        long_silences=1,
        description="a man on a bridge shouts from far off (-14 dB); a calm negotiator; traffic",
    ),
    RecordingSpec(
        "d96",
        "fresh11",
        (
            _espeak("officer", "en-029+paul", 0, wearer=True, rate=158, pitch=40),
            # Dispatch, once, on the handheld: a word or two, then nothing.
            _flite("dispatch", "slt", -3, radio=True),
        ),
        66,
        "wind",
        12,
        short_line=1,
        replies=1,
        long_silences=3,
        description="the wearer alone at a burgled yard; dispatch's one radio reply; wind",
    ),
    RecordingSpec(
        "d97",
        "fresh11",
        (
            _flite("officer", "slt", 0, wearer=True),
            _espeak("partner", "en-us+Lee", -4, rate=165, pitch=45),
            # The husband, shouting, across the kitchen; his wife quiet by the sink.
            _espeak("civilian", "en-gb-x-gbcwmd+Denis", -5, shout=True, rate=170, pitch=42),
            _espeak("witness", "en-us-nyc+shelby", -11, rate=160, pitch=50),
        ),
        64,
        "music",
        12,
        overlaps=2,
        long_silences=3,
        description="a domestic with the stereo on: shouting, talk-over and long tense silences",
    ),
    RecordingSpec(
        "d98",
        "fresh11",
        (
            _espeak("officer", "en-gb-x-rp+Andy", 0, wearer=True, rate=160, pitch=42),
            _flite("civilian", "rms", -6),
            # The passenger in the far seat, quiet.
            _espeak("witness", "en-gb-x-gbcwmd+steph2", -12, rate=172, pitch=56),
            # Dispatch with the vehicle check, only after a long wait.
            _espeak("dispatch", "en-gb-scotland+ed", -3, radio=True, rate=170, pitch=48),
        ),
        62,
        "car",
        18,
        late_voice=3,
        description="a traffic stop: dispatch's check comes over the radio after a long wait",
    ),
    RecordingSpec(
        "d99",
        "fresh11",
        (
            _espeak("officer", "en+steph3", 0, wearer=True, rate=165, pitch=55),
            _flite("partner", "kal16", -4),
            # The two drivers, arguing; a witness from the pavement.
            _espeak("civilian", "en-us+norbert", -7, rate=175, pitch=46),
            _flite("witness", "slt", -8),
            _espeak("bystander", "en-029+travis", -13, rate=165, pitch=44),
        ),
        68,
        "street",
        3,
        overlaps=5,
        description="a crash at a junction: five voices, five lines talked over, traffic at 3 dB",
    ),
    RecordingSpec(
        "d100",
        "fresh11",
        (
            # Driving to the call: the wearer only acknowledges.
            _flite("officer", "awb", 0, wearer=True),
            # Dispatch on the car radio, briefing for the minute.
            _espeak("dispatch", "en-us+robert", -2, radio=True, rate=175, pitch=45),
        ),
        60,
        "car",
        14,
        replies=0,
        description="dispatch briefs over the car radio; the wearer only acknowledges",
    ),
)
