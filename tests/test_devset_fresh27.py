"""The fresh27 half (d221-d228), written blind in session 30, checked against every half
before it; the car followed on its tracker's app (d227) built in full. What every half's tests
share is in devset_support.py."""

from __future__ import annotations

import devset_builds as builds
import devset_support as support
from devset_support import accents, foreign

from bodycam.transcribe import devset

#: The fresh27 half: true speakers (distinct labels) of each recording.
FRESH27_SPEAKERS = {
    "d221": ["officer", "partner", "civilian", "bystander"],
    "d222": ["officer", "civilian", "witness", "bystander"],
    "d223": ["officer", "civilian", "witness", "bystander"],
    "d224": ["officer", "partner", "dispatch", "civilian"],
    "d225": ["officer", "civilian"],
    "d226": ["officer", "civilian", "bystander", "partner"],
    "d227": ["officer", "partner", "civilian"],
    "d228": ["officer", "partner", "civilian", "witness", "bystander"],
}
#: Each recording's noise, SNR (dB) and length (s).
SCENES = [
    *(("street", 15, 82), ("crowd", 5, 86), ("music", 17, 84), ("wind", 3, 88)),
    *(("car", 12, 76), ("rain", 9, 84), ("siren", 6, 86), ("dog", 10, 84)),
]
#: The languages fresh27 brings, reading English.
NEW_ACCENTS = {"ms", "bs", "gd", "om", "az", "tn", "lb"}


def test_fresh27_half_is_eight_unseen_recordings_aimed_at_failures():
    # d221-d228 in order, each 76-88 s, within fresh25's 74-90 s; every engine, every flite
    # voice, and each of the eight noises once: per recording its noise, SNR and length; half of
    # it (d221, d223, d225, d226) ordinary at 9-17 dB. 2-5 people, each on a voice of their own
    # and no two on one espeak variant, the others 5-15 dB under the wearer, a woman in every
    # scene, every voice at a rate and pitch (or pace) of its own.
    fresh27, earlier = support.blind_half("fresh27", FRESH27_SPEAKERS, 74, 90, SCENES)
    # Three of the wearers women; no new espeak variant.
    assert support.women_wearers(fresh27) == [True, False, False, False, True, False, False, True]
    assert support.espeak_variants(fresh27, earlier, set()) == {
        *("m1", "m2", "m3", "m4", "m5", "m6", "m7", "f1", "f2", "f3", "f4"),
    }
    # Malay, Bosnian, Scottish Gaelic, Oromo, Azerbaijani, Setswana and Luxembourgish read
    # English, none heard before; no accented line (32) has a word of one letter but "I" and "a"
    # (this espeak-ng's Danish and Finnish voices read "it" as the letters; these seven read it
    # as a word, and none spells out a word of these lines).
    support.new_accents(fresh27, earlier, NEW_ACCENTS, lines=32)
    # Scene lines for every speaker, a short-line speaker's one line; numbers only in words.
    support.said_in_words(fresh27, "sixty four pounds twenty", "eight thousand pounds")

    # A dog shut in a car: the wearer's partner with a Malay accent, the owner back late. The
    # officers with an accent before were two wearers (d142, d218) and control on the radio
    # (d207).
    d221 = fresh27["d221"]
    assert [(v.label, v.voice) for v in d221.voices if foreign(v)] == [("partner", "ms+m1")]
    assert d221.voices[d221.late_voice].label == "bystander"
    officers = [
        (s.id, v.label)
        for s in earlier
        for v in s.voices
        if foreign(v) and v.label in devset.POLICE_LABELS
    ]
    assert officers == [("d142", "officer"), ("d207", "dispatch"), ("d218", "officer")]

    # A touchline fight: the boy's father shouting in a Bosnian accent from across the pitch,
    # 15 dB under the wearer, talked over by the referee. No voice with an accent before was
    # more than 13 dB under the wearer (d215's Czech wife).
    d222 = fresh27["d222"]
    father = d222.voices[3]
    assert (father.voice, father.gain_db, father.shout) == ("bs+m5", -15, True)
    assert sorted(devset.turn_plan(d222).overlaps) == [3, 4, 7]
    assert min(v.gain_db for s in earlier for v in s.voices if foreign(v)) == -13

    # A courier fraud at a bank: an old man in a Scottish Gaelic accent at 116 words a minute,
    # the fraudster on his phone on speaker. No voice with an accent before was slower than 136.
    d223 = fresh27["d223"]
    assert [(v.voice, v.rate) for v in d223.voices if foreign(v)] == [("gd+m7", 116)]
    assert [(v.label, v.engine) for v in d223.voices if v.radio] == [("bystander", "flite")]
    assert min(v.rate or 165 for s in earlier for v in s.voices if foreign(v)) == 136

    # A man on the railway line in a gale at 3 dB: first heard after a long silence, answering
    # in a word or two, in an Oromo accent. The late voices that answered in words before
    # (d103, d177) had no accent.
    d224 = fresh27["d224"]
    man = d224.voices[d224.late_voice]
    assert (d224.late_voice, d224.replies, man.voice, d224.long_silences) == (3, 3, "om+m4", 2)
    assert all(len(line.split()) <= 3 for line in man.lines)
    both = [s for s in earlier if s.late_voice is not None and s.late_voice == s.replies]
    assert [s.id for s in both] == ["d103", "d177"] and not accents(both)

    # A fuel drive-off: the wearer and the cashier alone, the cashier in an Azerbaijani accent
    # at 198 words a minute. No voice with an accent before was faster than 182.
    d225 = fresh27["d225"]
    assert [(v.voice, v.rate) for v in d225.voices] == [("slt", 102), ("az+m3", 198)]
    assert max(v.rate or 165 for s in earlier for v in s.voices if foreign(v)) == 182

    # A boy's bike stolen in the rain: a mother and her son of ten in a Setswana accent, the
    # son at pitch 84, and the partner's one line over the mother. No voice with an accent
    # before was pitched over 70.
    d226 = fresh27["d226"]
    assert [(v.voice, v.pitch) for v in d226.voices if foreign(v)] == [("tn+f2", 60), ("tn+m3", 84)]
    assert d226.voices[d226.short_line].label == "partner"
    assert max(v.pitch for s in earlier for v in s.voices if foreign(v)) == 70

    # A stolen car followed on its tracker's app: the owner on the phone on speaker and 0-0.15 s
    # between turns as the siren wails. No scene with turns that tight was in siren noise, and
    # one (d112, in music) had a band-limited voice.
    d227 = fresh27["d227"]
    assert (d227.gaps, d227.noise, [v.label for v in d227.voices if v.radio]) == (
        (0.0, 0.15),
        "siren",
        ["civilian"],
    )
    tight = [s for s in earlier if s.gaps[1] <= 0.2]
    assert "siren" not in {s.noise for s in tight}
    assert [s.id for s in tight if any(v.radio for v in s.voices)] == ["d112"]

    # A puppy sale in a lay-by: five voices with a Luxembourgish buyer as the dogs bark, a long
    # silence. The one scene of five in dog noise before (d193) had no accent.
    d228 = fresh27["d228"]
    assert (len(d228.voices), d228.voices[2].voice, d228.long_silences) == (5, "lb+m6", 1)
    five = [s for s in earlier if len(s.voices) == 5 and s.noise == "dog"]
    assert [s.id for s in five] == ["d193"] and not accents(five)


@builds.needs_voices
def test_fresh27_tracked_car_builds_with_its_script_and_no_room_between_turns(tmp_path):
    """d227 built in full: 28 turns, every voice's lines said in order (the STM is the script),
    nothing talked over and 0-0.15 s between every two turns, the owner on the phone answered
    and answering with no room, the last line ending at 82.86 s."""
    labels = [
        *("officer", "partner", "civilian", "officer", "civilian", "officer", "civilian"),
        *("partner", "civilian", "officer", "civilian", "partner", "civilian", "partner"),
        *("civilian", "partner", "civilian", "partner", "officer", "civilian", "officer"),
        *("civilian", "officer", "partner", "civilian", "partner", "officer", "partner"),
    ]
    _, pauses = builds.built_as_planned(
        tmp_path, "d227", FRESH27_SPEAKERS["d227"], labels, ([], []), 82.86
    )
    assert len(pauses) == 27 and all(0 <= p <= 0.15 for p in pauses)
    assert round(max(pauses), 2) == 0.15
