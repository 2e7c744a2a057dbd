"""The development set's fresh13 half (d109-d116): eight recordings written blind to the diarizer.

Written in session 17, after the fresh to fresh12 halves had been scored, by someone who had
not read the diarizer nor seen its scores, each aimed at one way a body-camera diarizer can fail
in a plausible police scene, in combinations no earlier half tried. It brings thirteen espeak
variants no earlier recording used, all men's: ``adam``, ``benjamin``, ``caleb``, ``john``,
``max``, ``Alex``, ``Hugo``, ``marcelo``, ``miguel``, ``pedro``, ``iven2``, ``AnxiousAndy``
and ``gustave`` (on espeak's French voice), and no new noise.

- d109, a father and son at their door: the wearer and the son share one flite voice (``rms``,
  the son 4 dB quieter and a little slower), with the mother between them. d61's twins shared
  a voice between two civilians and d72's partner had the wearer's espeak voice; no earlier
  wearer's voice went to a civilian, so the loudest speaker has a double on the other side.
- d110, a noise complaint: the neighbour is first heard late, shouting through his closed door
  (late, shouting and muffled at once) while the tenant's dog barks at 4 dB. Earlier late
  voices spoke at an ordinary level in the open, and the dog was never below 12 dB.
- d111, a house search: five voices with three long silences (6-10 s) as the officers move
  through the rooms, one of them (a neighbour at the gate) heard once in a short command. No
  earlier scene with long silences had more than four voices.
- d112, a dispute at a taxi rank: four voices with no room between turns (0-0.12 s) and three
  lines talked over, dispatch on the radio among them, over music at 9 dB. Tight turn-taking
  was only ever in two- and three-voice scenes, none with a radio.
- d113, a man on a ledge in the rain: the wearer shouts every line over rain at 0 dB and the
  man, a few metres up (-5 dB: his words a little under the rain), answers in a word or two.
  Shouting wearers were in street noise or a siren, and rain was never below 2 dB.
- d114, a French tourist's stolen bag: his English read by espeak's French voice, answering
  in one to three words, with a partner and a passer-by; in a car's cabin at 16 dB. The set's
  third non-English espeak language (after Spanish and Brazilian Portuguese), and the first
  whose speaker only replies.
- d115, a welfare check by phone: the worried daughter on the wearer's phone on speaker (a
  band-limited civilian) is first heard late, after a long quiet spell, with two more long
  silences as the wearer and partner look around, in wind at 11 dB. The only earlier late
  radio voice was dispatch, with no other silences.
- d116, a street brawl's aftermath: five voices in a crowd at 0 dB, two of them shouting and
  two lines talked over. No scene at 0 dB had more than four voices and no crowd was below
  2 dB.

British espeak voices are written ``en+variant`` (``en-gb+variant`` is plain ``en-gb`` in this
espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH13: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d109",
        "fresh13",
        (
            _flite("officer", "rms", 0, wearer=True),
            # The son, on the step: his father's officer-like voice, a little slower.
            _flite("civilian", "rms", -4, rate=108),
            # His mother behind him in the hall.
            _espeak("witness", "en-us+f4", -8, rate=165, pitch=55),
        ),
        58,
        "street",
        14,
        overlaps=1,
        description="the wearer's own flite voice given to the son at the door",
    ),
    RecordingSpec(
        "d110",
        "fresh13",
        (
            _espeak("officer", "en-us+adam", 0, wearer=True, rate=160, pitch=45),
            # The tenant whose dog it is, at her door.
            _flite("civilian", "slt", -6),
            # The neighbour, late, shouting through his own closed door across the landing.
            _espeak("witness", "en+benjamin", -9, shout=True, muffled=True, rate=170, pitch=40),
        ),
        64,
        "dog",
        4,
        late_voice=2,
        description="a neighbour shouting late through a closed door while a dog barks at 4 dB",
    ),
    RecordingSpec(
        "d111",
        "fresh13",
        (
            _espeak("officer", "en-gb-x-rp+caleb", 0, wearer=True, rate=158, pitch=42),
            _flite("partner", "kal16", -5),
            # The householder following them from room to room.
            _espeak("civilian", "en-029+john", -6, rate=168, pitch=45),
            # A neighbour at the gate: one shouted-across command.
            _flite("bystander", "awb", -12),
            # The householder's wife, from the kitchen.
            _espeak("witness", "en-us+f2", -9, rate=170, pitch=60),
        ),
        70,
        "street",
        14,
        short_line=3,
        long_silences=3,
        description="a house search: five voices and three long silences, a neighbour once",
    ),
    RecordingSpec(
        "d112",
        "fresh13",
        (
            _espeak("officer", "en-us-nyc+max", 0, wearer=True, rate=172, pitch=45),
            # The driver and the fare, arguing over each other's words.
            _espeak("civilian", "en-gb-scotland+Alex", -4, rate=180, pitch=45),
            _flite("witness", "slt", -6),
            _espeak("dispatch", "en+Hugo", -3, radio=True, rate=170, pitch=42),
        ),
        60,
        "music",
        9,
        overlaps=3,
        gaps=(0.0, 0.12),
        description="a taxi-rank dispute: four voices with no room between turns, a radio",
    ),
    RecordingSpec(
        "d113",
        "fresh13",
        (
            # Shouting up to the ledge over the downpour.
            _espeak("officer", "en-gb-x-gbcwmd+marcelo", 0, wearer=True, shout=True, rate=160),
            # The man on the ledge, a few metres up, answering in a word or two.
            _espeak("civilian", "en-us+miguel", -5, rate=150, pitch=40),
        ),
        56,
        "rain",
        0,
        replies=1,
        description="a man on a ledge: the wearer shouts over rain at 0 dB, replies in words",
    ),
    RecordingSpec(
        "d114",
        "fresh13",
        (
            _flite("officer", "awb", 0, wearer=True),
            # A French tourist, his bag taken, answering in a word or two.
            _espeak("civilian", "fr+gustave", -5, rate=150, pitch=45),
            _espeak("partner", "en-gb-x-gbclan+pedro", -4, rate=165, pitch=45),
            # A passer-by who saw it.
            _espeak("witness", "en-us+f3", -10, rate=170, pitch=58),
        ),
        58,
        "car",
        16,
        replies=1,
        description="a French tourist (espeak French) answering in words; a car cabin",
    ),
    RecordingSpec(
        "d115",
        "fresh13",
        (
            _flite("officer", "slt", 0, wearer=True),
            _flite("partner", "rms", -4),
            # The daughter on the wearer's phone, on speaker, rung after the quiet search.
            _espeak("civilian", "en-us+f5", -3, radio=True, rate=175, pitch=60),
        ),
        70,
        "wind",
        11,
        long_silences=2,
        late_voice=2,
        description="a welfare check: a daughter late on a phone on speaker, long silences",
    ),
    RecordingSpec(
        "d116",
        "fresh13",
        (
            _espeak("officer", "en-us+iven2", 0, wearer=True, rate=165, pitch=42),
            _espeak("partner", "en-gb-scotland+f3", -3, rate=168, pitch=58),
            # The two who fought, both still shouting; a friend and a bar worker.
            _flite("civilian", "kal16", -5, shout=True),
            _espeak("witness", "en-us-nyc+AnxiousAndy", -7, shout=True, rate=175, pitch=45),
            _flite("bystander", "awb", -11),
        ),
        64,
        "crowd",
        0,
        overlaps=2,
        description="a brawl's aftermath: five voices, two shouting, in a crowd at 0 dB",
    ),
)
