"""The fresh26 half (d213-d220), written blind in session 30, checked against every half
before it; the cut mooring line (d214) built in full with no room between turns. What every
half's tests share is in devset_support.py."""

from __future__ import annotations

import itertools

import devset_builds as builds
import devset_support as support
from devset_support import ALL_WOMEN, accents, espeak_variant, foreign

from bodycam.transcribe import devset

#: The fresh26 half: true speakers (distinct labels) of each recording.
FRESH26_SPEAKERS = {
    "d213": ["officer", "partner", "civilian"],
    "d214": ["officer", "civilian", "witness", "bystander"],
    "d215": ["officer", "witness", "bystander", "civilian"],
    "d216": ["officer", "civilian", "witness", "bystander", "partner"],
    "d217": ["officer", "civilian", "partner", "bystander"],
    "d218": ["officer", "witness", "civilian", "bystander"],
    "d219": ["officer", "civilian", "bystander", "partner"],
    "d220": ["officer", "civilian", "witness"],
}
#: Each recording's noise, SNR (dB) and length (s).
SCENES = [
    *(("car", 12, 85), ("wind", 8, 85), ("dog", 13, 84), ("crowd", 4, 90)),
    *(("siren", 10, 86), ("music", 8, 88), ("rain", 7, 88), ("street", 2, 86)),
]
#: The languages fresh26 brings, reading English.
NEW_ACCENTS = {"nb", "lv", "cs", "hr", "sk", "pt", "sl"}


def test_fresh26_half_is_eight_unseen_recordings_aimed_at_failures():
    # d213-d220 in order, each 84-90 s, within fresh25's 74-90 s; every engine, every flite
    # voice, and each of the eight noises once: per recording its noise, SNR and length. 2-5
    # people, each on a voice of their own and no two on one espeak variant, the others 5-15 dB
    # under the wearer, a woman in every scene, every voice at a rate and pitch (or pace) of its
    # own.
    fresh26, earlier = support.blind_half("fresh26", FRESH26_SPEAKERS, 84, 90, SCENES)
    # Three of the wearers women; no new espeak variant.
    assert support.women_wearers(fresh26) == [False, True, False, False, False, True, False, True]
    assert support.espeak_variants(fresh26, earlier, set()) <= {
        *("m1", "m2", "m3", "m4", "m5", "m6", "m7", "f1", "f2", "f3", "f4", "f5"),
        *("whisper", "whisperf"),
    }
    # Norwegian, Latvian, Czech, Croatian, Slovak, Portuguese and Slovenian read English, none
    # heard before; no accented line (39) has a word of one letter but "I" and "a" (this
    # espeak-ng's Danish and Finnish voices read "it" as the letters; these seven read it as a
    # word).
    support.new_accents(fresh26, earlier, NEW_ACCENTS, lines=39)
    # Scene lines for every speaker, a short-line speaker's one line; numbers only in words.
    support.said_in_words(fresh26, "two thousand four hundred pounds", "four seven two nine")

    # A woman hiding from an intruder whispers on the phone on speaker: a band-limited whisper.
    # No band-limited voice before whispered.
    d213 = fresh26["d213"]
    assert [(v.label, v.voice) for v in d213.voices if v.radio] == [
        ("civilian", "en-gb-x-rp+whisperf")
    ]
    assert not [s.id for s in earlier for v in s.voices if v.radio and "whisper" in v.voice]

    # A cut mooring line: a Norwegian skipper and a Latvian deckhand with 0-0.1 s between turns.
    # No scene before with turns that tight (0-0.2 s at most) had an accent in it.
    d214 = fresh26["d214"]
    assert d214.gaps == (0.0, 0.1) and accents([d214]) == {"nb", "lv"}
    tight = [s for s in earlier if s.gaps[1] <= 0.2]
    assert len(tight) == 10 and not accents(tight)

    # A Czech couple's stolen wages: the husband talking over his wife, one accent over itself,
    # 7 dB apart. One accent over itself before (d56, d145, d190) was 2 dB apart.
    d215 = fresh26["d215"]
    assert [(v.voice, v.gain_db) for v in d215.voices[2:]] == [("cs+f1", -13), ("cs+m4", -6)]
    assert same_accent_over(d215) == [(4, 7)]
    before = {s.id: same_accent_over(s) for s in earlier if same_accent_over(s)}
    assert before == {"d56": [(2, 2)], "d145": [(2, 2)], "d190": [(3, 2)]}

    # A rugby club's terrace: five voices, a Croatian prop, five lines talked over in a crowd at
    # 4 dB. No scene with five or more lines talked over had an accent before.
    d216 = fresh26["d216"]
    assert (len(d216.voices), d216.overlaps, d216.voices[1].voice) == (5, 5, "hr+m6")
    assert sorted(devset.turn_plan(d216).overlaps) == [2, 5, 6, 7, 9]
    busy = [s for s in earlier if s.overlaps >= 5]
    assert len(busy) == 8 and not accents(busy)

    # A house fire: a Slovak neighbour's one shouted warning, the first short line shouted with
    # an accent (d211's Icelandic barmaid's was said).
    d217 = fresh26["d217"]
    neighbour = d217.voices[d217.short_line]
    assert (neighbour.voice, neighbour.shout, len(neighbour.lines)) == ("sk+m7", True, 1)
    short = [s for s in earlier if s.short_line is not None and foreign(s.voices[s.short_line])]
    assert [s.id for s in short] == ["d211"] and not short[0].voices[short[0].short_line].shout

    # A smashed claw machine: the wearer a woman with a Portuguese accent beside two boys at
    # pitch 80 and 72. The one wearer with an accent before (d142, Afrikaans) was a man.
    d218 = fresh26["d218"]
    assert d218.voices[0].voice == "pt+f4" and espeak_variant(d218.voices[0]) in ALL_WOMEN
    assert [v.pitch for v in d218.voices[2:]] == [80, 72]
    assert [(s.id, s.voices[0].voice) for s in earlier if foreign(s.voices[0])] == [
        ("d142", "af+m2")
    ]

    # A young man hiding in his mother's loft in a storm: he whispers, first heard after a long
    # silence. No late voice before whispered.
    d219 = fresh26["d219"]
    late = d219.voices[d219.late_voice]
    assert (late.voice, d219.long_silences, d219.short_line) == ("en-gb-x-gbcwmd+whisper", 2, 3)
    lates = [s.voices[s.late_voice].voice for s in earlier if s.late_voice is not None]
    assert len(lates) == 24 and not any("whisper" in voice for voice in lates)

    # A learner driver: the wearer and the learner two women four pitch apart, in traffic at
    # 2 dB, the Slovenian instructor over the wearer. Two women that close at 2 dB before
    # (d159, d188) were neither of them the wearer.
    d220 = fresh26["d220"]
    assert [(v.voice, v.pitch) for v in d220.voices[:2]] == [
        ("en-gb-x-gbclan+f1", 60),
        ("en-us+f2", 64),
    ]
    close = {s.id: close_women(s) for s in earlier if s.snr_db <= 2 and close_women(s)}
    assert list(close) == ["d159", "d188"]
    assert not any(s.voices[0] in pair for s in earlier if s.id in close for pair in close[s.id])


def same_accent_over(spec: devset.RecordingSpec) -> list[tuple[int, float]]:
    """The lines a recording's plan has start over the line before where both voices are one
    language reading English, with the dB between them."""
    plan = devset.turn_plan(spec)
    out = []
    for i in sorted(plan.overlaps):
        one, other = (spec.voices[plan.speakers[j]] for j in (i - 1, i))
        if foreign(one) and foreign(other) and one.voice.split("+")[0] == other.voice.split("+")[0]:
            out.append((i, abs(one.gain_db - other.gain_db)))
    return out


def close_women(spec: devset.RecordingSpec) -> list[tuple]:
    """The pairs of women's espeak voices in a recording at most four pitch apart."""
    women = [v for v in spec.voices if v.engine == "espeak" and espeak_variant(v) in ALL_WOMEN]
    return [
        (one, other)
        for one, other in itertools.combinations(women, 2)
        if abs(one.pitch - other.pitch) <= 4
    ]


@builds.needs_voices
def test_fresh26_mooring_line_builds_with_its_script_and_no_room_between_turns(tmp_path):
    """d214 built in full: 23 turns, every voice's lines said in order (the STM is the script),
    nothing talked over and 0-0.1 s between every two turns, the Norwegian skipper and the
    Latvian deckhand each answered or answering with no room, the last line ending at 81.35 s."""
    labels = [
        *("officer", "witness", "civilian", "bystander", "officer", "civilian", "officer"),
        *("bystander", "civilian", "officer", "bystander", "civilian", "bystander", "officer"),
        *("witness", "officer", "witness", "bystander", "officer", "bystander", "officer"),
        *("bystander", "officer"),
    ]
    _, pauses = builds.built_as_planned(
        tmp_path, "d214", FRESH26_SPEAKERS["d214"], labels, ([], []), 81.35
    )
    assert len(pauses) == 22 and all(0 <= p <= 0.1 for p in pauses)
    assert round(max(pauses), 2) == 0.09
