"""The fresh30 half (d245-d252), written blind in session 33 and shorter than the halves before it
(54-60 s), checked against every earlier half; the wrong-way driver on the dual carriageway
(d251), five voices, four lines talked over and the partner's one line on the radio, built in
full. devset_support.py holds the checks every half shares."""

from __future__ import annotations

import devset_builds as builds
import devset_support as support
from devset_support import accents, espeak_variant, foreign

#: Per recording: the true speakers (distinct labels) in the order they are given, the noise,
#: the SNR in dB and the length in seconds.
FRESH30 = {
    "d245": (["officer", "civilian", "witness"], "street", 15, 56),
    "d246": (["officer", "civilian", "witness", "bystander"], "crowd", 6, 58),
    "d247": (["officer", "civilian", "witness"], "car", 11, 54),
    "d248": (["officer", "dispatch", "civilian", "witness"], "wind", 2, 60),
    "d249": (["officer", "civilian", "witness"], "rain", 13, 54),
    "d250": (["officer", "civilian"], "dog", 9, 58),
    "d251": (["officer", "civilian", "witness", "bystander", "partner"], "siren", 4, 60),
    "d252": (["officer", "civilian", "witness", "bystander"], "music", 12, 58),
}
SPEAKERS = {recording: spoken[0] for recording, spoken in FRESH30.items()}
#: The accents fresh30 adds: espeak's voices of four constructed languages reading English.
ESPERANTO_INTERLINGUA_LOJBAN_LFN = {"eo", "ia", "jbo", "lfn"}


def test_fresh30_half_is_eight_short_unseen_recordings_each_new_in_one_way():
    # d245-d252 in order, 54-60 s each (the issue asked for 50-60 s); both engines, all four
    # flite voices and the eight noises once each; 2-5 people each on a voice of their own,
    # 5-15 dB under the wearer, a woman in every scene, every rate, pitch and pace their own.
    fresh30, earlier = support.blind_half(
        "fresh30",
        SPEAKERS,
        50,
        60,
        [(noise, snr, length) for _, noise, snr, length in FRESH30.values()],
    )
    # Not one voice is an earlier recording's voice again: the same engine, voice, rate and (for
    # espeak) pitch.
    heard_before = {support.sound(v) for s in earlier for v in s.voices}
    assert not [
        v.voice for s in fresh30.values() for v in s.voices if support.sound(v) in heard_before
    ]
    # d245, d247, d249 and d252 are ordinary on purpose: 11-15 dB, three or four people, no
    # more than one line talked over.
    plain = [fresh30[i] for i in ("d245", "d247", "d249", "d252")]
    assert [(len(s.voices), s.overlaps) for s in plain] == [(3, 1), (3, 0), (3, 1), (4, 1)]
    assert all(11 <= s.snr_db <= 15 for s in plain)
    # Every other wearer a woman, from d246 on; no espeak variant new to the set.
    assert support.women_wearers(fresh30) == [False, True] * 4
    assert support.espeak_variants(fresh30, earlier, set()) == {
        *("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "f3", "f4", "f5"),
        *("Alicia", "Andrea", "Annie", "belinda", "steph2", "steph3"),
    }
    # Esperanto, Interlingua, Lojban and Lingua Franca Nova read the accented lines (17), where
    # 51 other languages read English before; no word of those lines is a lone letter but "I"
    # and "a" (espeak-ng -x reads every word of them as a word).
    support.new_accents(fresh30, earlier, ESPERANTO_INTERLINGUA_LOJBAN_LFN, lines=17)
    assert len(accents(earlier)) == 51
    # Every speaker has scene lines (a short-line speaker one); numbers only in words.
    support.said_in_words(fresh30, "eight hundred pounds", "four thousand pounds", "junction nine")

    # A driver typing at a red light, in an Esperanto accent; his grandmother over him once.
    d245 = fresh30["d245"]
    assert [v.voice for v in d245.voices if foreign(v)] == ["eo+m7"]
    assert support.drawn(d245, "overlaps") == ["witness"]

    # A son shouting in an emergency waiting room, turns 0-0.2 s apart, three lines talked over
    # and his father's one line 11 dB under: no scene with turns that tight had a short line.
    d246 = fresh30["d246"]
    father = d246.voices[d246.short_line]
    assert (d246.gaps, father.label, father.gain_db, father.lines) == (
        (0.0, 0.2),
        "bystander",
        -11,
        ("Sit down, son. Please.",),
    )
    assert [v.label for v in d246.voices if v.shout] == ["civilian"]
    assert support.drawn(d246, "overlaps") == ["witness", "officer", "witness"]
    tight = [s for s in earlier if s.gaps[1] <= 0.2]
    assert len(tight) == 13 and all(s.short_line is None for s in tight)

    # A driver asleep at a drive-through, answering in a word or two; the woman inside first
    # heard late through the order speaker. The late voices beside a replies voice before were
    # never in car noise.
    d247 = fresh30["d247"]
    driver, speaker = d247.voices[d247.replies], d247.voices[d247.late_voice]
    assert all(len(line.split()) <= 2 for line in driver.lines) and len(driver.lines) == 5
    assert (speaker.label, speaker.radio, espeak_variant(speaker)) == ("witness", True, "steph2")
    assert d247.voices[0].voice == "awb"
    with_replies = [s for s in earlier if s.replies is not None and s.late_voice is not None]
    assert {s.noise for s in with_replies} == {"wind", "crowd", "dog", "street"}

    # A horse loose in a gale at 2 dB: control on the radio, an Interlingua driver over control,
    # the farmer late and shouting. No late voice shouted in wind before.
    d248 = fresh30["d248"]
    farmer = d248.voices[d248.late_voice]
    assert (farmer.label, farmer.shout) == ("witness", True)
    assert [(v.label, v.voice) for v in d248.voices if v.radio] == [("dispatch", "kal16")]
    assert [v.voice for v in d248.voices if foreign(v)] == ["ia+f3"]
    assert support.drawn(d248, "overlaps") == ["civilian"]
    late = [s for s in earlier if s.late_voice is not None]
    shouted_late = [(s.id, s.noise) for s in late if s.voices[s.late_voice].shout]
    assert shouted_late == [("d110", "dog"), ("d124", "street"), ("d161", "street")]

    # Rogue roofers at an old woman's door in the rain: she talks over the wearer once.
    d249 = fresh30["d249"]
    assert not accents([d249]) and support.drawn(d249, "overlaps") == ["witness"]

    # A man sleeping rough talks alone after the wearer's one line, in a Lojban accent, past
    # two long silences as his dog barks: no wearer heard once was in dog noise before, and the
    # one accented voice that held a recording so (d158) had no long silence.
    d250 = fresh30["d250"]
    assert (d250.short_line, d250.replies, d250.long_silences) == (0, 0, 2)
    assert d250.voices[1].voice == "jbo+m3" and support.drawn(d250, "silences") == ["civilian"] * 2
    heard_once = [s for s in earlier if s.short_line == 0]
    assert "dog" not in {s.noise for s in heard_once}
    accented = [(s.id, s.long_silences) for s in heard_once if any(map(foreign, s.voices))]
    assert accented == [("d158", 0)]

    # The wrong-way driver: five voices, four lines talked over and the partner's one line on
    # the radio. Five-voice siren scenes had three talked over at most (d180, d187); the short
    # lines on the radio (d96, d162, d169) came in scenes of two to four voices.
    d251 = fresh30["d251"]
    partner = d251.voices[d251.short_line]
    assert (partner.label, partner.radio, len(d251.voices), d251.overlaps) == (
        "partner",
        True,
        5,
        4,
    )
    assert support.drawn(d251, "overlaps") == ["witness", "bystander", "civilian", "witness"]
    five_in_sirens = {
        s.id: s.overlaps for s in earlier if s.noise == "siren" and len(s.voices) == 5
    }
    assert five_in_sirens == {"d70": 2, "d164": 0, "d180": 3, "d187": 3}
    radio_once = [s for s in earlier if s.short_line is not None and s.voices[s.short_line].radio]
    assert [(s.id, len(s.voices)) for s in radio_once] == [("d96", 2), ("d162", 3), ("d169", 4)]

    # Lockers forced at a gym: a Lingua Franca Nova manager over the wearer, a trainer late. No
    # late voice was in music noise before.
    d252 = fresh30["d252"]
    assert [v.voice for v in d252.voices if foreign(v)] == ["lfn+m2"]
    assert (support.drawn(d252, "overlaps"), support.drawn(d252, "silences")) == (
        ["witness"],
        ["bystander"],
    )
    assert not [s.id for s in earlier if s.late_voice is not None and s.noise == "music"]


@builds.needs_voices
def test_fresh30_wrong_way_driver_builds_with_four_lines_talked_over(tmp_path):
    """d251 built in full: 14 turns, each voice's lines in order (the STM is the script); the
    four lines talked over as the plan draws them, the lorry driver over the old man and over
    the wife, the wife over the partner's radio line and the old man over his wife; the last
    line ends at 58.02 s, when the old man, out of lines, is given the next turn."""
    labels = [
        *("officer", "civilian", "witness", "partner", "bystander", "civilian", "bystander"),
        *("witness", "bystander", "witness", "officer", "witness", "bystander", "officer"),
    ]
    _, pauses = builds.built_as_planned(
        tmp_path, "d251", SPEAKERS["d251"], labels, ([], [2, 4, 5, 7]), 58.02
    )
    assert [(i, round(p, 2)) for i, p in enumerate(pauses) if p < 0] == [
        (1, -0.67),
        (3, -0.77),
        (4, -0.84),
        (6, -1.29),
    ]
    assert len(pauses) == 13 and all(0.2 <= p <= 0.9 for p in pauses if p >= 0)
