"""The fresh46 half (d373-d380), written blind in session 47 (40-80 s, no accent new to the set,
the six accents heard least recently, each of the eight noises once again, at 0-20 dB, an
accented voice's one line, the partner in an accent, a shouted one line, an accented wearer, a
flite voice answering in words in person, two voices talking over each other twice, the radio
first heard late, the wearer only acknowledging, a voice first heard late 5 dB under, the
partner first heard late), checked against every earlier half; the courier stopped at a
hospital's emergency entrance (d377), where two voices talk over each other once each, built in
full. devset_support.py holds the checks every half shares."""

from __future__ import annotations

import devset_builds as builds
import devset_support as support
from devset_support import (
    ALL_WOMEN,
    accents,
    band_limited,
    espeak_variant,
    foreign,
    lines_talked_over,
    lines_written_before,
    near_earlier_lines,
    voice_for,
)

from bodycam.transcribe import devset

#: Per recording: the true speakers (distinct labels) in the order they are given, the noise,
#: the SNR in dB and the length in seconds.
FRESH46 = {
    "d373": (["officer", "civilian", "witness", "bystander"], "street", 11, 66),
    "d374": (["officer", "partner", "civilian", "witness"], "wind", 6, 74),
    "d375": (["officer", "bystander", "civilian", "witness"], "car", 20, 58),
    "d376": (["officer", "civilian", "witness"], "rain", 9, 76),
    "d377": (["officer", "civilian"], "siren", 3, 40),
    "d378": (["officer", "witness", "civilian", "bystander", "dispatch"], "crowd", 12, 80),
    "d379": (["officer", "witness", "civilian"], "music", 0, 65),
    "d380": (["officer", "witness", "civilian", "partner"], "dog", 15, 68),
}
SPEAKERS = {recording: spoken[0] for recording, spoken in FRESH46.items()}
#: The accents fresh46 reads its accented lines in: the six heard least recently (in two
#: recordings each).
SIX_ACCENTS = {"tr", "hu", "cy", "hr", "sk", "de"}
#: The halves just before this one, which had none of what the half leans on.
LAST_FOUR = ("fresh42", "fresh43", "fresh44", "fresh45")


def leans_on(spec) -> dict[str, bool]:
    """What the half leans on, one recording each, and whether ``spec`` does it."""
    short, late, answering = (voice_for(spec, f) for f in ("short_line", "late_voice", "replies"))
    return {
        "accented one line": short is not None and foreign(short),
        "accented partner": any(v.label == "partner" and foreign(v) for v in spec.voices),
        "shouted one line": short is not None and short.shout,
        "accented wearer": foreign(spec.voices[0]),
        # Someone other than the wearer (whose replies are acknowledgements), in person.
        "flite answering": spec.replies not in (None, 0)
        and answering.engine == "flite"
        and not answering.radio,
        "two voices over each other": len(spec.voices) == 2 and spec.overlaps >= 2,
        "radio late": late is not None and late.radio,
        "wearer acknowledging": spec.replies == 0,
        "late 5 dB under": late is not None and late.gain_db >= -5,
        "partner late": late is not None and late.label == "partner",
    }


def test_fresh46_half_is_eight_unseen_recordings_each_noise_once():
    # d373-d380 in order, 40-80 s each and 0-20 dB (both ends of each used); both engines, all
    # four flite voices and the eight noises once each, as fresh35 to fresh45; 2-5 people each
    # on a voice of their own, 5-15 dB under the wearer, a woman in every scene, every rate,
    # pitch and pace their own, in this half too.
    fresh46, earlier = support.blind_half(
        "fresh46",
        SPEAKERS,
        40,
        80,
        [(noise, snr, length) for _, noise, snr, length in FRESH46.values()],
    )
    assert {40, 80} <= {s.duration for s in fresh46.values()}
    assert {0, 20} <= {s.snr_db for s in fresh46.values()}
    assert not support.voices_heard_before(fresh46, earlier)
    sounds = [support.sound(v) for s in fresh46.values() for v in s.voices]
    assert len(sounds) == len(set(sounds)) == 29
    assert sorted(len(s.voices) for s in fresh46.values()) == [2, 3, 3, 4, 4, 4, 4, 5]
    # Women wear the camera in four of the eight; no espeak variant new to the set.
    assert support.women_wearers(fresh46) == [True, False, True, False, True, False, True, False]
    assert support.espeak_variants(fresh46, earlier, set()) == {
        *("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8"),
        *("f1", "f2", "f3", "f4", "f5", "grandma"),
    }
    # No accent is new: Turkish, Hungarian, Welsh, Croatian, Slovak and German read the
    # accented lines (24), one accented voice in each of six recordings. Every one of the 55
    # languages that read English before had been heard in two recordings or more, and these
    # six are the ones heard least recently, in two recordings each (the last of them
    # d264-d277); no word of those lines is a lone letter but "I" and "a", and no two accented
    # voices of a recording share a language.
    heard = support.accents_heard_again(fresh46, earlier, SIX_ACCENTS, 24)
    assert heard == [
        *("d130", "d158", "d166", "d185", "d216", "d217"),
        *("d264", "d266", "d269", "d273", "d276", "d277"),
    ]
    assert len(accents(earlier)) == 55
    assert support.least_recent_accents(earlier) == (SIX_ACCENTS, 2, {2})
    assert [len(support.accented(s)) for s in fresh46.values()] == [1, 1, 1, 1, 1, 1, 0, 0]
    assert not support.one_accent_pairs(fresh46.values())
    # Every speaker has scene lines (a short-line speaker one); numbers only in words.
    said = support.said_in_words(
        fresh46,
        "ten minutes",
        "twelve hour",
        "forty years",
        "fifty yards",
        "eleven minutes",
        "six hundred pounds",
        "forty minutes",
        "ten past nine",
        "two metres",
    )
    # No line of the half is within a difflib ratio of 0.8 of a line written before it (every
    # earlier half's scene lines and the set's generic ones).
    before = lines_written_before(earlier)
    assert not near_earlier_lines(said, before)
    # One voice shouting, the farmer's one line; nobody behind a door or a window; one
    # band-limited voice, control first heard late.
    shouting = [(s.id, v.label) for s in fresh46.values() for v in s.voices if v.shout]
    assert shouting == [("d375", "witness")]
    assert not any(v.muffled for s in fresh46.values() for v in s.voices)
    radios = [
        (s.id, v.label, v.engine, v.voice, len(v.lines))
        for s in fresh46.values()
        for v in band_limited(s)
    ]
    assert radios == [("d378", "dispatch", "flite", "kal16", 2)]
    short = [
        (s.id, voice_for(s, "short_line").label)
        for s in fresh46.values()
        if s.short_line is not None
    ]
    assert short == [("d373", "bystander"), ("d375", "witness")]
    late = [
        (s.id, voice_for(s, "late_voice").label)
        for s in fresh46.values()
        if s.late_voice is not None
    ]
    assert late == [("d378", "dispatch"), ("d380", "partner")]
    answering = [
        (s.id, voice_for(s, "replies").label) for s in fresh46.values() if s.replies is not None
    ]
    assert answering == [("d376", "civilian"), ("d379", "officer")]
    # Who breaks each long silence (the late voices' own silences among them), the overlaps
    # asked for, and the turns' pauses and the silences' ranges, the set's own in all eight.
    silences = {
        s.id: support.drawn(s, "silences") for s in fresh46.values() if devset.turn_plan(s).silences
    }
    assert silences == {"d376": ["witness"], "d378": ["dispatch"], "d380": ["partner"]}
    overlaps = {s.id: s.overlaps for s in fresh46.values() if s.overlaps}
    assert overlaps == {"d373": 1, "d374": 1, "d375": 1, "d377": 2, "d378": 1, "d380": 1}
    assert {(s.gaps, s.silence) for s in fresh46.values()} == {((0.2, 0.9), (6.0, 10.0))}
    # Each of what the half leans on in one recording of it, and fresh42 to fresh45 had none.
    done, last, _ = support.leaned_on(leans_on, fresh46, earlier, LAST_FOUR)
    assert done == {
        "accented one line": ["d373"],
        "accented partner": ["d374"],
        "shouted one line": ["d375"],
        "accented wearer": ["d376"],
        "flite answering": ["d376"],
        "two voices over each other": ["d377"],
        "radio late": ["d378"],
        "wearer acknowledging": ["d379"],
        "late 5 dB under": ["d380"],
        "partner late": ["d380"],
    }
    # When each was last done.
    assert last == {
        "accented one line": "d334",
        "accented partner": "d277",
        "shouted one line": "d336",
        "accented wearer": "d340",
        "flite answering": "d340",
        "two voices over each other": "d265",
        "radio late": "d336",
        "wearer acknowledging": "d334",
        "late 5 dB under": "d132",
        "partner late": "d240",
    }

    # A man up a drainpipe to his own flat, street noise at 11 dB: the baker's one line in the
    # Croatian voice, the wearer over the man; the accented one lines before were in music,
    # siren and wind noise.
    d373 = fresh46["d373"]
    baker = voice_for(d373, "short_line")
    assert (baker.label, baker.voice, len(baker.lines[0].split())) == ("bystander", "hr+m7", 6)
    assert support.accented(d373) == ["hr+m7"]
    assert lines_talked_over(d373) == [("officer", "civilian")]
    once = [(s.id, s.noise) for s in earlier if leans_on(s)["accented one line"]]
    assert once == [("d211", "music"), ("d217", "siren"), ("d334", "wind")]

    # A road shut under a church scaffold in a gale, wind noise at 6 dB: the partner in the
    # German voice, the wearer over the parcel driver; the accented partners before were in
    # street and siren noise.
    d374 = fresh46["d374"]
    assert [(v.label, v.voice) for v in d374.voices if foreign(v)] == [("partner", "de+f2")]
    assert espeak_variant(d374.voices[1]) in ALL_WOMEN
    assert lines_talked_over(d374) == [("officer", "civilian")]
    partners = [(s.id, s.noise) for s in earlier if leans_on(s)["accented partner"]]
    assert partners == [("d221", "street"), ("d240", "siren"), ("d277", "street")]

    # A van of stolen Christmas trees on a lane, car noise at 20 dB: the driver in the Turkish
    # voice over his mate, the farmer's one line shouted 14 dB under; no car recording had a
    # one line shouted.
    d375 = fresh46["d375"]
    farmer = voice_for(d375, "short_line")
    assert (farmer.label, farmer.shout, farmer.gain_db) == ("witness", True, -14)
    assert support.accented(d375) == ["tr+m5"]
    assert lines_talked_over(d375) == [("civilian", "bystander")]
    shouted = {s.noise for s in earlier if leans_on(s)["shouted one line"]}
    assert "car" not in shouted and len(shouted) == 6

    # A girl in a park's bandstand in the rain, rain noise at 9 dB: the wearer in the Welsh
    # voice, the girl on flite slt answering in a word or two, her foster father after a long
    # silence; no rain recording had an accented wearer, nor a flite voice answering in words
    # in person.
    d376 = fresh46["d376"]
    girl = voice_for(d376, "replies")
    assert (d376.voices[0].voice, girl.engine, girl.voice) == ("cy+m5", "flite", "slt")
    assert all(len(line.split()) <= 3 for line in girl.lines)
    accented_wearers = {s.noise for s in earlier if leans_on(s)["accented wearer"]}
    assert accented_wearers == {"music", "street", "wind", "siren", "car", "dog"}
    flite_answers = [(s.id, s.noise) for s in earlier if leans_on(s)["flite answering"]]
    assert flite_answers == [
        ("d30", "car"),
        ("d72", "car"),
        ("d163", "wind"),
        ("d235", "siren"),
        ("d340", "dog"),
    ]

    # A courier's throttle bike at a hospital's emergency entrance, siren noise at 3 dB, 40 s:
    # two voices, the courier in the Hungarian voice, the wearer over him and he over her; the
    # two-voice recordings with two lines talked over or more before were in street, wind and
    # car noise, and no siren recording of two voices had any.
    d377 = fresh46["d377"]
    assert support.accented(d377) == ["hu+m3"]
    assert lines_talked_over(d377) == [("officer", "civilian"), ("civilian", "officer")]
    pairs = [(s.id, s.noise) for s in earlier if leans_on(s)["two voices over each other"]]
    assert pairs == [("d39", "street"), ("d68", "wind"), ("d265", "car")]
    sirens = [s for s in earlier if s.noise == "siren" and len(s.voices) == 2]
    assert sirens and not any(s.overlaps for s in sirens)

    # A boy's fingers cut at an ice rink, crowd noise at 12 dB, 80 s: five voices, the steward
    # in the Slovak voice, the friend over the wearer, control on flite kal16 first heard late
    # on the radio; the radios first heard late before were espeak voices, in car, wind,
    # street, siren, dog and rain noise.
    d378 = fresh46["d378"]
    control = voice_for(d378, "late_voice")
    assert (control.engine, control.voice, control.radio) == ("flite", "kal16", True)
    assert support.accented(d378) == ["sk+f3"]
    assert lines_talked_over(d378) == [("bystander", "officer")]
    radios_late = [s for s in earlier if leans_on(s)["radio late"]]
    assert {voice_for(s, "late_voice").engine for s in radios_late} == {"espeak"}
    assert [s.noise for s in radios_late] == [
        *("car", "wind", "street", "street"),
        *("siren", "car", "dog", "rain"),
    ]

    # A wedding DJ's laptop taken in the speeches, music noise at 0 dB: the DJ on flite awb
    # tells it, the duty manager has the camera, the wearer only acknowledges in three words or
    # fewer; no music recording had a wearer only acknowledging.
    d379 = fresh46["d379"]
    assert (d379.replies, d379.overlaps, d379.voices[2].voice) == (0, 0, "awb")
    assert all(len(line.split()) <= 3 for line in d379.voices[0].lines)
    acknowledging = {s.noise for s in earlier if leans_on(s)["wearer acknowledging"]}
    assert "music" not in acknowledging

    # A terrier down a badger sett, dog noise at 15 dB: the owner on flite rms, the wearer over
    # him, the partner first heard late 5 dB under the wearer; those first heard late 5 dB
    # under before were in wind, car and street noise, the partners first heard late in wind,
    # street and siren noise.
    d380 = fresh46["d380"]
    partner = voice_for(d380, "late_voice")
    assert (partner.label, partner.gain_db, espeak_variant(partner) in ALL_WOMEN) == (
        "partner",
        -5,
        True,
    )
    assert d380.voices[2].voice == "rms"
    assert lines_talked_over(d380) == [("officer", "civilian")]
    close = [(s.id, s.noise) for s in earlier if leans_on(s)["late 5 dB under"]]
    assert close == [
        ("d24", "wind"),
        ("d98", "car"),
        ("d115", "wind"),
        ("d124", "street"),
        ("d132", "street"),
    ]
    backup = [(s.id, s.noise) for s in earlier if leans_on(s)["partner late"]]
    assert backup == [("d24", "wind"), ("d124", "street"), ("d240", "siren")]


@builds.needs_voices
def test_fresh46_courier_builds_with_two_voices_over_each_other(tmp_path):
    """d377 built in full: 9 turns, each voice's lines in order (the STM is the script); the
    wearer over the courier (1.01 s) and the courier over the wearer (1.31 s); every other
    pause 0.2-0.9 s; the wearer's last line ends at 37.81 s, when the courier, out of lines, is
    given the next."""
    labels = ["officer", "civilian"] * 4 + ["officer"]
    _, pauses = builds.built_as_planned(
        tmp_path, "d377", SPEAKERS["d377"], labels, ([], [2, 5]), 37.81
    )
    assert builds.talked_over(pauses) == [(1, -1.01), (4, -1.31)]
    others = [p for i, p in enumerate(pauses) if i not in (1, 4)]
    assert len(pauses) == 8 and all(0.2 <= p <= 0.9 for p in others)
