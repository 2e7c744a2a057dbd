"""The development set's recording specs: who speaks, how loud, in what noise, for how long.

Data only (the voices, the scripted lines and one spec per recording); :mod:`devset` builds the
audio and references from them and re-exports these names. Each spec's seed comes from its id,
so editing or appending a spec leaves every other recording's audio unchanged. The spec types
(:class:`Voice`, :class:`RecordingSpec`) live in :mod:`devset_voices` and the fresh3 to fresh51
halves' specs in :mod:`devset_fresh3`, :mod:`devset_fresh4`, :mod:`devset_fresh5`,
:mod:`devset_fresh6`, :mod:`devset_fresh7`, :mod:`devset_fresh8`, :mod:`devset_fresh9`,
:mod:`devset_fresh10`, :mod:`devset_fresh11`, :mod:`devset_fresh12`, :mod:`devset_fresh13`,
:mod:`devset_fresh14`, :mod:`devset_fresh15`, :mod:`devset_fresh16`, :mod:`devset_fresh17`,
:mod:`devset_fresh18`, :mod:`devset_fresh19`, :mod:`devset_fresh20`, :mod:`devset_fresh21`,
:mod:`devset_fresh22`, :mod:`devset_fresh23`, :mod:`devset_fresh24`, :mod:`devset_fresh25`,
:mod:`devset_fresh26`, :mod:`devset_fresh27`, :mod:`devset_fresh28`, :mod:`devset_fresh29`,
:mod:`devset_fresh30`, :mod:`devset_fresh31`, :mod:`devset_fresh32`, :mod:`devset_fresh33`,
:mod:`devset_fresh34`, :mod:`devset_fresh35`, :mod:`devset_fresh36`, :mod:`devset_fresh37`,
:mod:`devset_fresh38`, :mod:`devset_fresh39`, :mod:`devset_fresh40`, :mod:`devset_fresh41`,
:mod:`devset_fresh42`, :mod:`devset_fresh43`, :mod:`devset_fresh44`, :mod:`devset_fresh45`,
:mod:`devset_fresh46`, :mod:`devset_fresh47`, :mod:`devset_fresh48`, :mod:`devset_fresh49`,
:mod:`devset_fresh50` and :mod:`devset_fresh51`; all are re-exported here.
"""

from __future__ import annotations

from bodycam.transcribe.devset_fresh3 import FRESH3
from bodycam.transcribe.devset_fresh4 import FRESH4
from bodycam.transcribe.devset_fresh5 import FRESH5
from bodycam.transcribe.devset_fresh6 import FRESH6
from bodycam.transcribe.devset_fresh7 import FRESH7
from bodycam.transcribe.devset_fresh8 import FRESH8
from bodycam.transcribe.devset_fresh9 import FRESH9
from bodycam.transcribe.devset_fresh10 import FRESH10
from bodycam.transcribe.devset_fresh11 import FRESH11
from bodycam.transcribe.devset_fresh12 import FRESH12
from bodycam.transcribe.devset_fresh13 import FRESH13
from bodycam.transcribe.devset_fresh14 import FRESH14
from bodycam.transcribe.devset_fresh15 import FRESH15
from bodycam.transcribe.devset_fresh16 import FRESH16
from bodycam.transcribe.devset_fresh17 import FRESH17
from bodycam.transcribe.devset_fresh18 import FRESH18
from bodycam.transcribe.devset_fresh19 import FRESH19
from bodycam.transcribe.devset_fresh20 import FRESH20
from bodycam.transcribe.devset_fresh21 import FRESH21
from bodycam.transcribe.devset_fresh22 import FRESH22
from bodycam.transcribe.devset_fresh23 import FRESH23
from bodycam.transcribe.devset_fresh24 import FRESH24
from bodycam.transcribe.devset_fresh25 import FRESH25
from bodycam.transcribe.devset_fresh26 import FRESH26
from bodycam.transcribe.devset_fresh27 import FRESH27
from bodycam.transcribe.devset_fresh28 import FRESH28
from bodycam.transcribe.devset_fresh29 import FRESH29
from bodycam.transcribe.devset_fresh30 import FRESH30
from bodycam.transcribe.devset_fresh31 import FRESH31
from bodycam.transcribe.devset_fresh32 import FRESH32
from bodycam.transcribe.devset_fresh33 import FRESH33
from bodycam.transcribe.devset_fresh34 import FRESH34
from bodycam.transcribe.devset_fresh35 import FRESH35
from bodycam.transcribe.devset_fresh36 import FRESH36
from bodycam.transcribe.devset_fresh37 import FRESH37
from bodycam.transcribe.devset_fresh38 import FRESH38
from bodycam.transcribe.devset_fresh39 import FRESH39
from bodycam.transcribe.devset_fresh40 import FRESH40
from bodycam.transcribe.devset_fresh41 import FRESH41
from bodycam.transcribe.devset_fresh42 import FRESH42
from bodycam.transcribe.devset_fresh43 import FRESH43
from bodycam.transcribe.devset_fresh44 import FRESH44
from bodycam.transcribe.devset_fresh45 import FRESH45
from bodycam.transcribe.devset_fresh46 import FRESH46
from bodycam.transcribe.devset_fresh47 import FRESH47
from bodycam.transcribe.devset_fresh48 import FRESH48
from bodycam.transcribe.devset_fresh49 import FRESH49
from bodycam.transcribe.devset_fresh50 import FRESH50
from bodycam.transcribe.devset_fresh51 import FRESH51

# The spec types and voice constructors are shared with the fresh3-fresh51 specs' modules.
from bodycam.transcribe.devset_voices import (  # noqa: F401 (re-exported)
    RecordingSpec,
    Voice,
    _espeak,
    _flite,
)

_LINES = (
    "Good evening, I am officer Reyes with the city police department.",
    "Can you tell me what happened here tonight?",
    "I was just walking home from work when the car pulled up.",
    "Do you have any identification on you right now?",
    "My wallet is in the car, I can go and get it for you.",
    "Please stay where you are and keep your hands visible.",
    "Nobody told me anything, I only heard the shouting from upstairs.",
    "How long have you been standing out here on the corner?",
    "About twenty minutes, maybe a little longer than that.",
    "Is anyone else hurt, does anyone need an ambulance?",
    "He ran off towards the park before you got here.",
    "What was he wearing, can you describe him for me?",
    "A dark jacket and a grey hood, he was pretty tall.",
    "Alright, I am going to write this down, take your time.",
    "I already told the other officer everything I saw.",
    "We just need to make sure we have the details right.",
    "The window was broken when I came back to the shop.",
    "Did you see which way the vehicle was heading?",
    "It turned left at the lights and went over the bridge.",
    "Okay, I need you to sit down on the curb for a moment.",
    "This is my house, I have every right to be here.",
    "Nobody is saying you do not, we are just asking questions.",
    "Can I call my sister, she is expecting me at nine.",
    "In a minute, first let us finish with these questions.",
    "There was a loud bang and then the alarm went off.",
    "Do you know the person who lives in the flat downstairs?",
    "Not really, we say hello sometimes but that is it.",
    "Thank you, that is very helpful, we appreciate it.",
)
#: One command, one to two seconds: short, but a line a person says, not a single syllable.
_SHORT_LINES = (
    "Drop the knife, now!",
    "Hands where I can see them!",
    "Stop right there, police!",
    "Get down on the ground!",
)
#: Calm answers of a fraction of a second to a second: many short turns in a row.
_REPLIES = (
    "Yes.",
    "No, not yet.",
    "Okay.",
    "I think so.",
    "Not really.",
    "Right here.",
    "Yes, officer.",
    "About ten.",
    "That one.",
    "Sure.",
)
#: The wearer's replies (``RecordingSpec.replies == 0``): brief acknowledgements of someone
#: else's account, as an officer says them, not answers.
_ACKNOWLEDGEMENTS = (
    "Okay.",
    "I see.",
    "Go on.",
    "Alright.",
    "I understand.",
    "Take your time.",
    "Right.",
    "And then?",
)
#: Speaker labels of police (the wearer, a partner, dispatch on the radio); every other label
#: (civilian, witness, bystander) is a civilian. WER is reported per role: body-camera ASR is
#: known to fail on civilians far from the microphone.
POLICE_LABELS = frozenset({"officer", "partner", "dispatch"})


def role(label: str) -> str:
    """``"officer"`` for police labels (:data:`POLICE_LABELS`), else ``"civilian"``."""
    return "officer" if label in POLICE_LABELS else "civilian"


#: The set: (id, half) fixed; the two halves cover the same kinds of difficulty.
RECORDINGS: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d01",
        "dev",
        (
            _espeak("officer", "en-us+m3", 0, wearer=True, rate=165, pitch=40),
            _espeak("civilian", "en-us+f3", -8, rate=170, pitch=60),
        ),
        36,
        "street",
        15,
        description="two espeak voices taking turns politely",
    ),
    RecordingSpec(
        "d02",
        "heldout",
        (
            _espeak("officer", "en+m1", 0, wearer=True, rate=160, pitch=35),
            _espeak("civilian", "en-us+f4", -7, rate=175, pitch=65),
        ),
        36,
        "car",
        12,
        description="two espeak voices, turn-taking, car idling",
    ),
    RecordingSpec(
        "d03",
        "dev",
        (_flite("officer", "rms", 0, wearer=True), _flite("civilian", "awb", -12, rate=105)),
        36,
        "car",
        10,
        description="two flite voices, far-field civilian",
    ),
    RecordingSpec(
        "d04",
        "heldout",
        (_flite("officer", "slt", 0, wearer=True), _flite("civilian", "kal16", -10)),
        36,
        "wind",
        12,
        description="two flite voices, wind",
    ),
    RecordingSpec(
        "d05",
        "dev",
        (
            _flite("officer", "rms", 0, wearer=True),
            _flite("civilian", "slt", -9),
            _flite("partner", "awb", 4, shout=True),
        ),
        42,
        "street",
        10,
        overlaps=1,
        short_line=2,
        description="three flite voices, one overlap, the partner's one line shouted",
    ),
    RecordingSpec(
        "d06",
        "heldout",
        (
            _espeak("officer", "en-us+m3", 0, wearer=True, rate=160, pitch=40),
            _espeak("civilian", "en+f2", -9, rate=170, pitch=55),
            _espeak("partner", "en-us+Michael", 4, shout=True, rate=185, pitch=60),
        ),
        42,
        "street",
        10,
        overlaps=1,
        short_line=2,
        description="three espeak voices, one overlap, the partner's one line shouted",
    ),
    RecordingSpec(
        "d07",
        "dev",
        (
            _espeak("officer", "en-us+f3", 0, wearer=True, rate=165, pitch=55),
            _flite("civilian", "kal16", -6),
            _espeak("dispatch", "en-us+m1", -3, radio=True),
            _flite("witness", "awb", -14),
        ),
        48,
        "wind",
        8,
        overlaps=2,
        description="four voices: flite and espeak, a radio, a distant witness, wind",
    ),
    RecordingSpec(
        "d08",
        "heldout",
        (
            _flite("officer", "awb", 0, wearer=True),
            _espeak("civilian", "en-gb-scotland+f2", -8),
            _flite("dispatch", "slt", -3, radio=True),
            _espeak("witness", "en-us+m4", -13),
        ),
        48,
        "car",
        8,
        overlaps=2,
        description="four voices: flite and espeak, a radio, a distant witness, car",
    ),
    RecordingSpec(
        "d09",
        "dev",
        (
            _flite("officer", "rms", 0, wearer=True),
            _flite("civilian", "slt", -6),
            _flite("witness", "awb", -11),
            _espeak("bystander", "en-gb-x-rp+m2", -15),
            _espeak("partner", "en-us+f2", -5),
        ),
        56,
        "street",
        18,
        overlaps=2,
        description="five voices around the wearer, street",
    ),
    RecordingSpec(
        "d10",
        "heldout",
        (
            _espeak("officer", "en-us+m2", 0, wearer=True, rate=160, pitch=45),
            _flite("civilian", "kal16", -7),
            _flite("witness", "slt", -12),
            _espeak("bystander", "en+m3", -15),
            _flite("partner", "rms", -5),
        ),
        56,
        "wind",
        18,
        overlaps=2,
        description="five voices around the wearer, wind",
    ),
    RecordingSpec(
        "d11",
        "dev",
        (
            _espeak("officer", "en-us+m3", 0, wearer=True, rate=165, pitch=40),
            _flite("civilian", "slt", -10),
        ),
        50,
        "car",
        0,
        long_silences=2,
        description="0 dB SNR car noise and long silences",
    ),
    RecordingSpec(
        "d12",
        "heldout",
        (_flite("officer", "kal16", 0, wearer=True), _espeak("civilian", "en+f4", -10)),
        50,
        "street",
        2,
        long_silences=2,
        description="2 dB SNR street noise and long silences",
    ),
    RecordingSpec(
        "d13",
        "dev",
        (_flite("officer", "awb", 0, wearer=True),),
        60,
        "wind",
        20,
        description="one speaker alone for a minute",
    ),
    RecordingSpec(
        "d14",
        "heldout",
        (_espeak("officer", "en+f2", 0, wearer=True, rate=165, pitch=55),),
        60,
        "street",
        20,
        description="one speaker alone for a minute",
    ),
    # The fresh half: written blind to the diarizer, each aimed at a way it could fail.
    RecordingSpec(
        "d15",
        "fresh",
        (
            _espeak("officer", "en-us+m2", 0, wearer=True, rate=165, pitch=45),
            _espeak("civilian", "en-us+m4", -5, rate=168, pitch=47),
        ),
        45,
        "car",
        12,
        overlaps=1,
        description="two male espeak voices of near-equal pitch and pace, civilian close",
    ),
    RecordingSpec(
        "d16",
        "fresh",
        (
            _flite("officer", "slt", 0, wearer=True),
            _espeak("civilian", "en-029+f2", -7, rate=172, pitch=58),
            _flite("dispatch", "kal16", -4, radio=True),
            _espeak("witness", "en-us-nyc+m3", -12, rate=175, pitch=40),
        ),
        54,
        "street",
        10,
        overlaps=3,
        description="four voices: female wearer, Caribbean civilian, radio dispatcher, witness",
    ),
    RecordingSpec(
        "d17",
        "fresh",
        (
            _espeak("officer", "en-gb-scotland+m3", 0, wearer=True, rate=160, pitch=38),
            _flite("civilian", "awb", -15),
        ),
        50,
        "wind",
        3,
        long_silences=1,
        description="quiet far civilian at -15 dB in wind at 3 dB SNR",
    ),
    RecordingSpec(
        "d18",
        "fresh",
        (
            _espeak("officer", "en-us+f4", 0, wearer=True, rate=165, pitch=60),
            _flite("civilian", "rms", -9),
            _espeak("partner", "en-us+f2", -2, shout=True, rate=175, pitch=55),
        ),
        45,
        "street",
        8,
        overlaps=2,
        short_line=2,
        description="three voices, female wearer and a female partner's one shouted line",
    ),
    RecordingSpec(
        "d19",
        "fresh",
        (_flite("officer", "kal16", 0, wearer=True), _espeak("partner", "en-us+m7", -6)),
        60,
        "car",
        15,
        short_line=1,
        description="a minute-long monologue with one brief interjection",
    ),
    RecordingSpec(
        "d20",
        "fresh",
        (
            _espeak("officer", "en-us+m5", 0, wearer=True, rate=160, pitch=42),
            _flite("civilian", "slt", -6),
            _espeak("witness", "en-029+m3", -10, rate=170, pitch=45),
            _flite("bystander", "awb", -14),
            _flite("partner", "rms", -4),
        ),
        60,
        "street",
        4,
        overlaps=4,
        description="five-voice crowd at 4 dB SNR with four overlaps",
    ),
    # The fresh2 half: written blind to the diarizer after the fresh half had been tuned on,
    # each recording aimed at a different way a body-camera diarizer can fail.
    RecordingSpec(
        "d21",
        "fresh2",
        (_flite("officer", "rms", 0, wearer=True), _flite("civilian", "kal16", -5)),
        50,
        "car",
        14,
        description="two American male flite voices taking turns, the civilian close",
    ),
    RecordingSpec(
        "d22",
        "fresh2",
        (
            _espeak("officer", "en-gb-x-gbcwmd+m6", 0, wearer=True, rate=158, pitch=36),
            _flite("civilian", "slt", -8),
            _espeak("dispatch", "en-us+Annie", -1, radio=True, rate=175, pitch=55),
            _espeak("witness", "en-gb-x-rp+m7", -11, rate=160, pitch=45),
        ),
        62,
        "car",
        16,
        overlaps=2,
        description="four voices: West Midlands wearer, a female radio dispatcher, RP witness",
    ),
    RecordingSpec(
        "d23",
        "fresh2",
        (
            _espeak("officer", "en-029+f3", 0, wearer=True, rate=170, pitch=58),
            _flite("civilian", "awb", -7),
            _flite("partner", "kal16", -6, shout=True),
        ),
        46,
        "wind",
        11,
        overlaps=1,
        short_line=2,
        description="the partner's one shouted command from across the street, at -6 dB",
    ),
    RecordingSpec(
        "d24",
        "fresh2",
        (
            _espeak("officer", "en-gb-x-rp+m1", 0, wearer=True, rate=155, pitch=40),
            _espeak("civilian", "en-us-nyc+f3", -9, rate=175, pitch=62),
            _flite("partner", "rms", -4),
        ),
        64,
        "wind",
        13,
        late_voice=2,
        description="a long silence, then backup arrives: a new voice half-way through",
    ),
    RecordingSpec(
        "d25",
        "fresh2",
        (
            _espeak("officer", "en-gb-scotland+f2", 0, wearer=True, rate=165, pitch=57),
            _flite("partner", "kal16", -3),
            _espeak("civilian", "en-029+m1", -7, rate=170, pitch=44),
            _flite("witness", "awb", -10),
            _espeak("bystander", "en-us-nyc+f4", -14, rate=180, pitch=66),
        ),
        68,
        "car",
        12,
        overlaps=3,
        description="five voices by the road, a Scottish female wearer, three overlaps",
    ),
    RecordingSpec(
        "d26",
        "fresh2",
        (
            _espeak("officer", "en-gb-x-gbclan+m3", 0, wearer=True, rate=162, pitch=42),
            _flite("civilian", "slt", -14),
        ),
        55,
        "street",
        10,
        overlaps=1,
        description="a quiet far civilian at -14 dB in street noise at 10 dB SNR",
    ),
    RecordingSpec(
        "d27",
        "fresh2",
        (
            _espeak("officer", "en-us+f5", 0, wearer=True, rate=170, pitch=52),
            _espeak("civilian", "en-gb-x-gbcwmd+f1", -6, rate=175, pitch=58),
        ),
        48,
        "street",
        18,
        replies=1,
        description="a calm two-woman exchange: questions and many one-to-three word replies",
    ),
    RecordingSpec(
        "d28",
        "fresh2",
        (
            _espeak("officer", "en-us+m6", 0, wearer=True, rate=160, pitch=38),
            # The same person as voice 0, once: a shout is not a new speaker.
            _espeak("officer", "en-us+m6", 4, wearer=True, shout=True, rate=160, pitch=38),
            _flite("civilian", "awb", -9),
        ),
        52,
        "street",
        6,
        short_line=1,
        description="the wearer shouts one command: same speaker, strained and higher",
    ),
    # The fresh3 half (d29-d36), written blind after fresh2 had been tuned on: its own module.
    *FRESH3,
    # The fresh4 half (d37-d44), written blind in session 7 after fresh3 had been tuned on.
    *FRESH4,
    # The fresh5 half (d45-d52), written blind in session 8 after fresh4 had been scored.
    *FRESH5,
    # The fresh6 half (d53-d60), written blind in session 9 after fresh5 had been scored.
    *FRESH6,
    # The fresh7 half (d61-d68), written blind in session 10 after fresh6 had been scored.
    *FRESH7,
    # The fresh8 half (d69-d76), written blind in session 11 after fresh7 had been scored.
    *FRESH8,
    # The fresh9 half (d77-d84), written blind in session 12 after fresh8 had been scored.
    *FRESH9,
    # The fresh10 half (d85-d92), written blind in session 14 after fresh9 had been scored.
    *FRESH10,
    # The fresh11 half (d93-d100), written blind in session 15 after fresh10 had been scored.
    *FRESH11,
    # The fresh12 half (d101-d108), written blind in session 16 after fresh11 had been scored.
    *FRESH12,
    # The fresh13 half (d109-d116), written blind in session 17 after fresh12 had been scored.
    *FRESH13,
    # The fresh14 half (d117-d124), written blind in session 17 after fresh13 had been scored.
    *FRESH14,
    # The fresh15 half (d125-d132), written blind in session 18 after fresh14 had been scored.
    *FRESH15,
    # The fresh16 half (d133-d140), written blind in session 19 after fresh15 had been written.
    *FRESH16,
    # The fresh17 half (d141-d148), written blind in session 21 after fresh16 had been written.
    *FRESH17,
    # The fresh18 half (d149-d156), written blind in session 22 after fresh17 had been written.
    *FRESH18,
    # The fresh19 half (d157-d164), written blind in session 23 after fresh18 had been written.
    *FRESH19,
    # The fresh20 half (d165-d172), written blind in session 24 after fresh19 had been written.
    *FRESH20,
    # The fresh21 half (d173-d180), written blind in session 25 after fresh20 had been written,
    # the first with scene lines (Voice.lines) in place of the generic ones.
    *FRESH21,
    # The fresh22 half (d181-d188), written blind in session 26 after fresh21 had been written,
    # with scene lines for every speaker as fresh21.
    *FRESH22,
    # The fresh23 half (d189-d196), written blind in session 27 after fresh22 had been written,
    # with scene lines for every speaker as fresh21 and fresh22.
    *FRESH23,
    # The fresh24 half (d197-d204), written blind in session 28 after fresh23 had been written,
    # with scene lines for every speaker as fresh21 to fresh23.
    *FRESH24,
    # The fresh25 half (d205-d212), written blind in session 29 after fresh24 had been written,
    # with scene lines for every speaker as fresh21 to fresh24.
    *FRESH25,
    # The fresh26 half (d213-d220), written blind in session 30 after fresh25 had been written,
    # with scene lines for every speaker as fresh21 to fresh25.
    *FRESH26,
    # The fresh27 half (d221-d228), written blind in session 30 after fresh26 had been written,
    # with scene lines for every speaker as fresh21 to fresh26.
    *FRESH27,
    # The fresh28 half (d229-d236), written blind in session 31 after fresh27 had been written,
    # with scene lines for every speaker as fresh21 to fresh27.
    *FRESH28,
    # The fresh29 half (d237-d244), written blind in session 32 after fresh28 had been written,
    # with scene lines for every speaker as fresh21 to fresh28.
    *FRESH29,
    # The fresh30 half (d245-d252), written blind in session 33 after fresh29 had been written,
    # with scene lines for every speaker as fresh21 to fresh29.
    *FRESH30,
    # The fresh31 half (d253-d260), written blind in session 33 after fresh30 had been written,
    # with scene lines for every speaker as fresh21 to fresh30.
    *FRESH31,
    # The fresh32 half (d261-d268), written blind in session 34 after fresh31 had been written,
    # with scene lines for every speaker as fresh21 to fresh31.
    *FRESH32,
    # The fresh33 half (d269-d276), written blind in session 35 after fresh32 had been written,
    # with scene lines for every speaker as fresh21 to fresh32.
    *FRESH33,
    # The fresh34 half (d277-d284), written blind in session 35 after fresh33 had been written,
    # with scene lines for every speaker as fresh21 to fresh33.
    *FRESH34,
    # The fresh35 half (d285-d292), written blind in session 36 after fresh34 had been written,
    # with scene lines for every speaker as fresh21 to fresh34.
    *FRESH35,
    # The fresh36 half (d293-d300), written blind in session 37 after fresh35 had been written,
    # with scene lines for every speaker as fresh21 to fresh35.
    *FRESH36,
    # The fresh37 half (d301-d308), written blind in session 38 after fresh36 had been written,
    # with scene lines for every speaker as fresh21 to fresh36.
    *FRESH37,
    # The fresh38 half (d309-d316), written blind in session 39 after fresh37 had been written,
    # with scene lines for every speaker as fresh21 to fresh37.
    *FRESH38,
    # The fresh39 half (d317-d324), written blind in session 40 after fresh38 had been written,
    # with scene lines for every speaker as fresh21 to fresh38.
    *FRESH39,
    # The fresh40 half (d325-d332), written blind in session 41 after fresh39 had been written,
    # with scene lines for every speaker as fresh21 to fresh39.
    *FRESH40,
    # The fresh41 half (d333-d340), written blind in session 42 after fresh40 had been written,
    # with scene lines for every speaker as fresh21 to fresh40.
    *FRESH41,
    # The fresh42 half (d341-d348), written blind in session 43 after fresh41 had been written,
    # with scene lines for every speaker as fresh21 to fresh41.
    *FRESH42,
    # The fresh43 half (d349-d356), written blind in session 44 after fresh42 had been written,
    # with scene lines for every speaker as fresh21 to fresh42.
    *FRESH43,
    # The fresh44 half (d357-d364), written blind in session 45 after fresh43 had been written,
    # with scene lines for every speaker as fresh21 to fresh43.
    *FRESH44,
    # The fresh45 half (d365-d372), written blind in session 46 after fresh44 had been written,
    # with scene lines for every speaker as fresh21 to fresh44.
    *FRESH45,
    # The fresh46 half (d373-d380), written blind in session 47 after fresh45 had been written,
    # with scene lines for every speaker as fresh21 to fresh45.
    *FRESH46,
    # The fresh47 half (d381-d388), written blind in session 48 after fresh46 had been written,
    # with scene lines for every speaker as fresh21 to fresh46.
    *FRESH47,
    # The fresh48 half (d389-d396), written blind in session 49 after fresh47 had been written,
    # with scene lines for every speaker as fresh21 to fresh47.
    *FRESH48,
    # The fresh49 half (d397-d404), written blind in session 50 after fresh48 had been written,
    # with scene lines for every speaker as fresh21 to fresh48.
    *FRESH49,
    # The fresh50 half (d405-d412), written blind in session 51 after fresh49 had been written,
    # with scene lines for every speaker as fresh21 to fresh49.
    *FRESH50,
    # The fresh51 half (d413-d420), written blind in session 52 after fresh50 had been written,
    # with scene lines for every speaker as fresh21 to fresh50.
    *FRESH51,
)
#: The halves that make up the development set (``specs()`` and ``build()`` with no half).
DEVELOPMENT_HALVES = ("dev", "heldout")
#: Every half; ``fresh`` to ``fresh51`` (unseen when written) are built only when named. The
#: benchmarks take their ``--devset`` choices from here. In the order the halves were written,
#: which is ``RECORDINGS``' order: a new half's specs register it, with no second list to keep.
HALVES = tuple(dict.fromkeys(spec.half for spec in RECORDINGS))


def specs(half: str | None = None) -> list[RecordingSpec]:
    """The recording specs of one half (one of :data:`HALVES`: ``"dev"``, ``"heldout"``,
    ``"fresh"`` to ``"fresh51"``), or with ``None`` the development set (dev and heldout; the
    fresh halves only by name)."""
    if half not in (None, *HALVES):
        names = ", ".join(repr(name) for name in HALVES)
        raise ValueError(f"half must be one of {names} or None, got {half!r}")
    wanted = DEVELOPMENT_HALVES if half is None else (half,)
    return [spec for spec in RECORDINGS if spec.half in wanted]
