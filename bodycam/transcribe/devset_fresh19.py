"""The development set's fresh19 half (d157-d164): eight recordings written blind to the diarizer.

Written in session 23, after the fresh to fresh18 halves had been written, by someone who had
not read the diarizer nor seen its scores, each aimed at one way a body-camera diarizer can fail
in a plausible police scene, in combinations no earlier half tried. Every recording keeps to
2-5 people, each on a voice of their own (no two people on one voice, and no two on one espeak
variant), everyone but the wearer 5-15 dB under the wearer, and a woman in every scene. It
brings espeak's Turkish and Lithuanian voices reading English and no new noise.

- d157, a stakeout in an unmarked car (car, 17 dB), 112 s: the wearer and the partner talk low,
  dispatch comes and goes on the car radio 9 dB under, and two silences of 20-28 s fall while
  they watch the door. No silence before ran past 24 s.
- d158, a kebab shop owner's account of a glassing (street, 10 dB): espeak's Turkish voice
  reading English holds the minute, the woman wearer heard once, an acknowledgement. The voices
  that held a minute beside a once-heard wearer before all read English with English rules.
- d159, a cliff-top search for a missing walker in a gale (wind, 2 dB): five voices, the
  coastguard on the handheld radio, the walker's friend shouting into the wind, a dog walker
  11 dB under, three lines talked over. Five voices in wind were never under 7 dB.
- d160, a prisoner shouting in the back of the patrol car on the way to custody, the engine
  labouring (car, 3 dB), the partner driving: four lines talked over. The only voice that
  shouted in car noise before was d63's radio, at 9 dB, and car noise never had more than three
  lines talked over.
- d161, a noise complaint at a block of flats (street, 7 dB): the woman who rang it in, the
  partner, and, after a long silence, the neighbour storming down the stairs shouting, 8 dB
  under; four lines talked over, three of them as soon as he is there. Every late voice that
  shouted before was on the radio or behind a door.
- d162, a shop alarm at night (street, 14 dB): the wearer checks the doors alone for six lines
  and half a minute, dispatch's one reply on the radio among them, and the keyholder comes only
  after a long silence. No late arrival before found the wearer alone: someone else had always
  been talking with the wearer before it.
- d163, a welfare check on a windy night (wind, 12 dB): a woman at her door, the partner, and
  her husband's one shouted reply from an upstairs window, 13 dB under. No single reply was
  ever shouted.
- d164, an ambulance bay at night after a stabbing, a siren coming and going (siren, 16 dB):
  the boy's mother and uncle in espeak's Lithuanian voice, a nurse, the partner and the wearer,
  1-2.5 s before every line and one long silence. Slow turns had at most four voices before.

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH19: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d157",
        "fresh19",
        (
            _espeak("officer", "en-gb-x-gbclan+m3", 0, wearer=True, rate=155, pitch=40),
            _flite("partner", "slt", -5),
            # The car's own radio, turned down so the street does not hear it.
            _espeak("dispatch", "en-gb-x-rp+m6", -9, radio=True, rate=170, pitch=44),
        ),
        112,
        "car",
        17,
        long_silences=2,
        silence=(20.0, 28.0),
        description="a stakeout in an unmarked car: two 20-28 s silences, dispatch on the radio",
    ),
    RecordingSpec(
        "d158",
        "fresh19",
        (
            # The wearer lets him tell it: one acknowledgement, early.
            _espeak("officer", "en-gb-x-gbcwmd+f3", 0, wearer=True, rate=165, pitch=56),
            # The owner: espeak's Turkish voice reading English.
            _espeak("civilian", "tr+m6", -7, rate=150, pitch=44),
        ),
        64,
        "street",
        10,
        short_line=0,
        replies=0,
        description="a Turkish kebab shop owner holds the minute; the wearer heard once",
    ),
    RecordingSpec(
        "d159",
        "fresh19",
        (
            _flite("officer", "awb", 0, wearer=True),
            _espeak("partner", "en-gb-scotland+f5", -5, rate=165, pitch=57),
            # The coastguard, on the handheld radio.
            _espeak("dispatch", "en-gb-x-rp+m4", -8, radio=True, rate=172, pitch=42),
            # The missing walker's friend, shouting into the wind.
            _flite("civilian", "rms", -6, shout=True),
            _espeak("witness", "en-gb-x-gbclan+Andrea", -11, rate=168, pitch=58),
        ),
        86,
        "wind",
        2,
        overlaps=3,
        description="a cliff-top search in a gale at 2 dB: five voices, a coastguard radio",
    ),
    RecordingSpec(
        "d160",
        "fresh19",
        (
            _flite("officer", "kal16", 0, wearer=True),
            # The partner driving.
            _espeak("partner", "en-gb-x-gbclan+f4", -5, rate=165, pitch=58),
            # The prisoner in the back seat, shouting over everyone.
            _espeak("civilian", "en-gb-x-gbcwmd+m7", -6, shout=True, rate=175, pitch=42),
        ),
        52,
        "car",
        3,
        overlaps=4,
        description="a prisoner shouting in the back of the patrol car: four lines talked over",
    ),
    RecordingSpec(
        "d161",
        "fresh19",
        (
            _espeak("officer", "en+m5", 0, wearer=True, rate=160, pitch=42),
            _espeak("civilian", "en-029+steph2", -6, rate=172, pitch=58),
            # The neighbour, who comes down the stairs shouting once the landing has gone quiet.
            _espeak("witness", "en-gb-x-gbclan+m8", -8, shout=True, rate=170, pitch=40),
            _flite("partner", "slt", -5),
        ),
        74,
        "street",
        7,
        overlaps=4,
        late_voice=2,
        description="a noise complaint: the neighbour storms down late, shouting in person",
    ),
    RecordingSpec(
        "d162",
        "fresh19",
        (
            _flite("officer", "rms", 0, wearer=True),
            # Dispatch's one reply to the wearer's check, on the radio.
            _espeak("dispatch", "en-us+f2", -6, radio=True, rate=175, pitch=58),
            # The keyholder, who drives over and arrives after a long wait.
            _espeak("civilian", "en-gb-x-rp+m2", -7, rate=160, pitch=40),
        ),
        80,
        "street",
        14,
        short_line=1,
        replies=1,
        late_voice=2,
        long_silences=1,
        description="a shop alarm: the wearer alone, dispatch's one reply, the keyholder late",
    ),
    RecordingSpec(
        "d163",
        "fresh19",
        (
            _espeak("officer", "en-gb-scotland+m6", 0, wearer=True, rate=160, pitch=42),
            _espeak("civilian", "en-gb-x-rp+f5", -6, rate=170, pitch=60),
            # Her husband, leaning out of the upstairs window: one reply, shouted down.
            _flite("witness", "kal16", -13, shout=True),
            _espeak("partner", "en-us-nyc+m5", -5, rate=165, pitch=44),
        ),
        56,
        "wind",
        12,
        short_line=2,
        replies=2,
        description="a welfare check: a husband's one reply shouted down from a window",
    ),
    RecordingSpec(
        "d164",
        "fresh19",
        (
            _espeak("officer", "en-gb-x-rp+m3", 0, wearer=True, rate=150, pitch=40),
            _flite("partner", "kal16", -5),
            # The boy's mother and his uncle: espeak's Lithuanian voice reading English.
            _espeak("civilian", "lt+f2", -7, rate=145, pitch=56),
            # A nurse out of the ambulance doors.
            _espeak("bystander", "en-us+Alicia", -12, rate=170, pitch=56),
            _espeak("witness", "lt+m8", -9, rate=150, pitch=40),
        ),
        98,
        "siren",
        16,
        long_silences=1,
        gaps=(1.0, 2.5),
        description="an ambulance bay after a stabbing: five voices, 1-2.5 s before every line",
    ),
)
