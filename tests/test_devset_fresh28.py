"""The fresh28 half (d229-d236), written blind in session 31, checked against every half
before it; the row over a back-garden fence (d236), five voices with tight turns, built in full.
What every half's tests share is in devset_support.py."""

from __future__ import annotations

import itertools

import devset_builds as builds
import devset_support as support
from devset_support import ALL_WOMEN, accents, espeak_variant, foreign

from bodycam.transcribe import devset

#: The fresh28 half: true speakers (distinct labels) of each recording.
FRESH28_SPEAKERS = {
    "d229": ["officer", "civilian", "witness"],
    "d230": ["officer", "civilian", "witness", "bystander"],
    "d231": ["officer", "civilian", "witness"],
    "d232": ["officer", "partner", "civilian", "witness"],
    "d233": ["officer", "civilian", "bystander"],
    "d234": ["officer", "civilian", "witness", "partner"],
    "d235": ["officer", "witness", "civilian", "dispatch"],
    "d236": ["officer", "civilian", "witness", "partner", "bystander"],
}
#: Each recording's noise, SNR (dB) and length (s).
SCENES = [
    *(("music", 14, 82), ("street", 5, 86), ("wind", 13, 85), ("rain", 4, 88)),
    *(("car", 11, 80), ("crowd", 15, 84), ("siren", 8, 76), ("dog", 3, 90)),
]
#: The languages fresh28 brings, reading English.
NEW_ACCENTS = {"pap", "ku", "sr", "gn", "qu", "kl"}


def test_fresh28_half_is_eight_unseen_recordings_aimed_at_failures():
    # d229-d236 in order, each 76-90 s, within fresh25's 74-90 s; every engine, every flite
    # voice, and each of the eight noises once: per recording its noise, SNR and length; half of
    # it (d229, d231, d233, d234) ordinary at 11-15 dB. 2-5 people, each on a voice of their own
    # and no two on one espeak variant, the others 5-15 dB under the wearer, a woman in every
    # scene, every voice at a rate and pitch (or pace) of its own.
    fresh28, earlier = support.blind_half("fresh28", FRESH28_SPEAKERS, 74, 90, SCENES)
    ordinary = [fresh28[i] for i in ("d229", "d231", "d233", "d234")]
    assert all(11 <= s.snr_db <= 15 and len(s.voices) <= 4 and s.overlaps <= 1 for s in ordinary)
    # Three of the wearers women; no new espeak variant.
    assert support.women_wearers(fresh28) == [True, False, False, False, True, False, False, True]
    assert support.espeak_variants(fresh28, earlier, set()) == {
        *("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "f1", "f2", "f3", "f4", "f5"),
    }
    # Papiamento, Kurdish, Serbian, Guarani, Quechua and Greenlandic read English, none heard
    # before; no accented line (30) has a word of one letter but "I" and "a" (each of the six
    # read every word of these lines as a word with espeak-ng -x, none switching to English).
    support.new_accents(fresh28, earlier, NEW_ACCENTS, lines=30)
    # Scene lines for every speaker, a short-line speaker's one line; numbers only in words.
    support.said_in_words(fresh28, "one in the morning", "twelve pounds")

    # A birthday party at one in the morning: the host in a Papiamento accent over the music,
    # talking over the neighbour who rang (flite kal16) once.
    d229 = fresh28["d229"]
    assert [(v.label, v.voice) for v in d229.voices] == [
        ("officer", "en-gb-x-gbcwmd+f5"),
        ("civilian", "pap+m3"),
        ("witness", "kal16"),
    ]
    plan = devset.turn_plan(d229)
    assert [d229.voices[plan.speakers[i]].label for i in sorted(plan.overlaps)] == ["civilian"]

    # A car wash: two brothers in one Kurdish accent four pitch apart, the customer shouting,
    # three lines talked over in traffic at 5 dB. Every two voices of one accent in a scene
    # before were at least 13 pitch apart (d56's Spanish couple).
    d230 = fresh28["d230"]
    brothers = [v for v in d230.voices if foreign(v)]
    assert [(v.voice, v.rate, v.pitch) for v in brothers] == [
        ("ku+m1", 164, 36),
        ("ku+m7", 176, 40),
    ]
    assert [v.label for v in d230.voices if v.shout] == ["bystander"]
    assert sorted(devset.turn_plan(d230).overlaps) == [3, 5, 9]
    pairs = [
        (s.id, abs(one.pitch - other.pitch))
        for s in earlier
        for one, other in itertools.combinations([v for v in s.voices if foreign(v)], 2)
        if one.voice.split("+")[0] == other.voice.split("+")[0]
    ]
    assert min(apart for _, apart in pairs) == 13 and ("d56", 13) in pairs

    # A shed break-in on the allotments: an old man in a Serbian accent at 140 words a minute,
    # the first to speak after a long silence, the wearer on flite rms. The accented voices
    # after a long silence before were d164's, d208's and d224's.
    d231 = fresh28["d231"]
    plan = devset.turn_plan(d231)
    (after,) = plan.silences
    assert (d231.voices[0].voice, d231.voices[plan.speakers[after]].voice) == ("rms", "sr+m6")
    assert d231.voices[1].rate == 140
    plans = {s.id: devset.turn_plan(s) for s in earlier}
    silent = [
        s.id
        for s in earlier
        if any(foreign(s.voices[plans[s.id].speakers[i]]) for i in plans[s.id].silences)
    ]
    assert silent == ["d164", "d208", "d224"]

    # A car into a wall in the rain at 4 dB: a woman at a window across the road in a Guarani
    # accent, 15 dB under the wearer and first heard late, 11 dB under the noise. No voice with
    # an accent before (d222's father) and no late voice (d147's) was over 10 dB under it.
    d232 = fresh28["d232"]
    woman = d232.voices[d232.late_voice]
    assert (woman.label, woman.voice, woman.gain_db, d232.snr_db + woman.gain_db) == (
        "witness",
        "gn+f4",
        -15,
        -11,
    )
    assert min(s.snr_db + v.gain_db for s in earlier for v in s.voices if foreign(v)) == -10
    late = [s for s in earlier if s.late_voice is not None]
    assert min(s.snr_db + s.voices[s.late_voice].gain_db for s in late) == -10

    # A shunt at the lights: a parcel van driver in a Quechua accent, the man he hit talking
    # over the wearer once. The accents heard in car noise before were these five.
    d233 = fresh28["d233"]
    assert [v.voice for v in d233.voices if foreign(v)] == ["qu+m4"]
    plan = devset.turn_plan(d233)
    assert [d233.voices[plan.speakers[i]].label for i in sorted(plan.overlaps)] == ["bystander"]
    assert accents(s for s in earlier if s.noise == "car") == {"fr", "nl", "fi", "mt", "az"}

    # A purse taken at a food market: no accent, nobody talked over, the partner's one line.
    d234 = fresh28["d234"]
    assert not accents([d234]) and d234.overlaps == 0
    assert d234.voices[d234.short_line].label == "partner"

    # A diabetic man at a bus stop as the ambulance comes: him answering in a word or two on
    # flite kal16, 9 dB under the wearer, and control on the radio. The voices that answered in
    # words in siren noise before (d118, d195) were espeak voices.
    d235 = fresh28["d235"]
    man = d235.voices[d235.replies]
    assert (man.label, man.engine, man.voice, man.gain_db) == ("civilian", "flite", "kal16", -9)
    assert all(len(line.split()) <= 2 for line in man.lines)
    assert [v.label for v in d235.voices if v.radio] == ["dispatch"]
    sirens = [s for s in earlier if s.replies is not None and s.noise == "siren"]
    assert [(s.id, s.voices[s.replies].engine) for s in sirens] == [
        ("d118", "espeak"),
        ("d195", "espeak"),
    ]

    # Two neighbours over a fence as the dog barks at 3 dB: two women shouting four pitch
    # apart, one in a Greenlandic accent, five voices, 0-0.2 s between turns and four lines
    # talked over. No scene with turns that tight was in dog noise, and one (d210) had two
    # women shouting.
    d236 = fresh28["d236"]
    shouting = [(v.voice, v.pitch) for v in d236.voices if v.shout]
    assert shouting == [("kl+f3", 56), ("en-gb-x-gbclan+f4", 60)]
    assert (len(d236.voices), d236.gaps, d236.overlaps) == (5, (0.0, 0.2), 4)
    tight = [s for s in earlier if s.gaps[1] <= 0.2]
    assert "dog" not in {s.noise for s in tight}
    two = [
        s.id
        for s in earlier
        if sum(v.shout and espeak_variant(v) in ALL_WOMEN for v in s.voices) > 1
    ]
    assert two == ["d210"]


@builds.needs_voices
def test_fresh28_fence_row_builds_with_its_script_and_no_room_between_turns(tmp_path):
    """d236 built in full: 23 turns, every voice's lines said in order (the STM is the script),
    the four lines talked over, 0-0.2 s between every other two turns, the last line ending at
    88.75 s."""
    labels = [
        *("officer", "witness", "bystander", "civilian", "partner", "bystander", "civilian"),
        *("officer", "witness", "officer", "witness", "officer", "partner", "bystander"),
        *("officer", "bystander", "civilian", "witness", "officer", "witness", "officer"),
        *("witness", "officer"),
    ]
    _, pauses = builds.built_as_planned(
        tmp_path, "d236", FRESH28_SPEAKERS["d236"], labels, ([], [3, 5, 6, 9]), 88.75
    )
    assert len(pauses) == 22 and sum(p < 0 for p in pauses) == 4
    assert all(0 <= p <= 0.2 for p in pauses if p >= 0)
