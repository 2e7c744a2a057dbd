"""The development set's fresh7 half (d61-d68): eight recordings written blind to the diarizer.

Written in session 10, after the fresh to fresh6 halves had been scored, by someone who had not
read the diarizer nor seen its scores, each aimed at one way a body-camera diarizer can fail in
a plausible scene, none of them one an earlier half tried: twin brothers in one flite voice at
two distances (two speakers, one voice model), a felony stop where the wearer and the partner
shout every line (the wearer clipped throughout), a unit in pursuit shouting over the radio
(band-limited and clipped at once), a frightened woman who whispers some lines and speaks
others (one speaker, voiced and unvoiced), four women and no man, five voices of which three
are rare (a late arrival, one shouted command, short replies), a weary interview with 2-4 s
between every turn, and the wearer alone with a dispatcher who keeps talking over him. Data
only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only when the
half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH7: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d61",
        "fresh7",
        (
            _espeak("officer", "en-gb-x-rp+f3", 0, wearer=True, rate=165, pitch=55),
            # Twin brothers: one flite voice model, same pace, only the distance apart (one by
            # the car at -5 dB, one on the pavement at -12). The reverse of fresh4's pacing
            # civilian: here one timbre at two levels is two people.
            _flite("civilian", "awb", -5),
            _flite("witness", "awb", -12),
        ),
        58,
        "street",
        12,
        overlaps=1,
        description="twin brothers: one flite voice (awb) for two labels, at -5 and -12 dB",
    ),
    RecordingSpec(
        "d62",
        "fresh7",
        (
            # A felony stop: the wearer and the partner shout every command, so the wearer's
            # own voice, the reference everything else is heard against, is clipped throughout.
            _espeak("officer", "en-us+m3", 0, wearer=True, shout=True, rate=160, pitch=40),
            _flite("partner", "kal16", -4, shout=True),
            # The driver, hands out of the window, answers in a word or two.
            _espeak("civilian", "en-us-nyc+m1", -10, rate=160, pitch=45),
        ),
        54,
        "street",
        10,
        overlaps=2,
        replies=2,
        description="a felony stop: wearer and partner shout every line, the driver answers short",
    ),
    RecordingSpec(
        "d63",
        "fresh7",
        (
            _flite("officer", "slt", 0, wearer=True),
            _espeak("partner", "en+m3", -4, rate=165, pitch=42),
            # Another unit in a pursuit, yelling over the car radio: band-limited and
            # soft-clipped twice over (the shout, then the radio), a voice shaped like no
            # earlier one. Police, so the dispatch label.
            _flite("dispatch", "awb", -3, shout=True, radio=True),
        ),
        56,
        "car",
        9,
        overlaps=1,
        description="a unit in pursuit shouting over the car radio: band-limited and clipped",
    ),
    RecordingSpec(
        "d64",
        "fresh7",
        (
            _espeak("officer", "en-us+m4", 0, wearer=True, rate=160, pitch=44),
            # A frightened woman in the back of the car, whispering some lines (the man she
            # fears is near) and saying others aloud: two entries, one label, one pitch and
            # pace. Voiced and unvoiced are one speaker.
            _espeak("civilian", "en-us+f2", -7, rate=155, pitch=58),
            _espeak("civilian", "en-us+whisperf", -7, rate=155, pitch=58),
        ),
        58,
        "car",
        14,
        description="a woman who whispers some lines and says others aloud: one speaker",
    ),
    RecordingSpec(
        "d65",
        "fresh7",
        (
            # Four women at a school gate and no man's voice: every speaker in one pitch band,
            # told apart only by accent and timbre.
            _espeak("officer", "en+f3", 0, wearer=True, rate=165, pitch=55),
            _flite("partner", "slt", -4),
            _espeak("civilian", "en-029+f2", -8, rate=170, pitch=60),
            _espeak("witness", "en-gb-scotland+f4", -11, rate=165, pitch=58),
        ),
        60,
        "street",
        9,
        overlaps=1,
        description="four women and no man: wearer, partner, civilian and witness",
    ),
    RecordingSpec(
        "d66",
        "fresh7",
        (
            _espeak("officer", "en-us+m2", 0, wearer=True, rate=160, pitch=40),
            _flite("civilian", "kal16", -6),
            # Three rare voices in one scene: the partner's one shouted command from across
            # the road, a witness who answers in a word or two (heard once or twice), and a
            # neighbour who comes out only after a long quiet spell. Most of the time is the
            # wearer's and one man's.
            _espeak("partner", "en-us+f4", -8, shout=True, rate=165, pitch=55),
            _espeak("witness", "en-gb-x-gbcwmd+m2", -11, rate=165, pitch=48),
            _flite("bystander", "awb", -10),
        ),
        75,
        "wind",
        11,
        short_line=2,
        replies=3,
        late_voice=4,
        description="five voices, three rare: one shouted command, a short reply, a late arrival",
    ),
    RecordingSpec(
        "d67",
        "fresh7",
        (
            _flite("officer", "rms", 0, wearer=True),
            _espeak("civilian", "en-us+m5", -7, rate=150, pitch=40),
        ),
        # A weary late-night interview, question and answer in turn: every line comes after
        # 2-4 s of street noise (the first one too), so no turn sits next to another and what
        # tells one voice from the next is never a change heard across a short pause.
        70,
        "street",
        12,
        gaps=(2.0, 4.0),
        description="a weary interview: 2-4 s of street noise before every line",
    ),
    RecordingSpec(
        "d68",
        "fresh7",
        (
            _espeak("officer", "en-gb-scotland+m3", 0, wearer=True, rate=160, pitch=42),
            # The wearer alone at a cordon, talking to dispatch, who keeps stepping on him:
            # two voices, so each of the four overlaps is the radio under the wearer's own.
            _flite("dispatch", "slt", -3, radio=True),
        ),
        54,
        "wind",
        10,
        overlaps=4,
        description="the wearer alone with a dispatcher who talks over him four times",
    ),
)
