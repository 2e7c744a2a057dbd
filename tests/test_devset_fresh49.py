"""The fresh49 half (d397-d404), written blind in session 50 (40-80 s, no accent new to the set,
the six accents heard least recently, each of the eight noises once again, at 0-20 dB, the voice
first heard late whispering, the wearer shouting, a flite voice shouting, a man whispering, an
accented voice answering in words, no room between turns, five lines talked over, a voice first
heard late among long silences, a one line on the radio, two voices on the radio), checked
against every earlier half; the stolen tools at a car boot sale in the rain (d400), where the
seller answers in a word or two with no room between turns, built in full.
devset_support.py holds the checks every half shares."""

from __future__ import annotations

import devset_builds as builds
import devset_support as support
from devset_support import (
    accents,
    band_limited,
    espeak_variant,
    foreign,
    lines_talked_over,
    lines_written_before,
    near_earlier_lines,
    pointed_at,
    voice_for,
    whispering,
)

from bodycam.transcribe import devset

#: Per recording: the true speakers (distinct labels) in the order they are given, the noise,
#: the SNR in dB and the length in seconds.
FRESH49 = {
    "d397": (["officer", "witness"], "street", 9, 64),
    "d398": (["officer", "civilian", "bystander", "witness"], "wind", 0, 77),
    "d399": (["officer", "witness", "dispatch"], "car", 13, 67),
    "d400": (["officer", "civilian", "witness", "bystander"], "rain", 6, 40),
    "d401": (["officer", "civilian", "witness", "bystander", "partner"], "siren", 12, 72),
    "d402": (["officer", "witness", "civilian", "bystander"], "crowd", 15, 80),
    "d403": (["officer", "witness", "bystander", "dispatch"], "music", 20, 62),
    "d404": (["officer", "witness", "civilian", "dispatch", "partner"], "dog", 4, 74),
}
SPEAKERS = {recording: spoken[0] for recording, spoken in FRESH49.items()}
#: The accents fresh49 reads its accented lines in: the six heard least recently.
SIX_ACCENTS = {"pt-br", "sl", "sr", "lb", "ht", "gd"}
#: The halves just before this one, which had none of what the half leans on.
LAST_FOUR = ("fresh45", "fresh46", "fresh47", "fresh48")


def leans_on(spec) -> dict[str, bool]:
    """What the half leans on, one recording each, and whether ``spec`` does it."""
    late, short, answering = (voice_for(spec, f) for f in ("late_voice", "short_line", "replies"))
    return {
        "late whispering": late is not None and "whisper" in espeak_variant(late),
        "wearer shouting": spec.voices[0].shout,
        "flite shouting": any(v.shout and v.engine == "flite" for v in spec.voices),
        # espeak's whisper variant is a man's (whisperf a woman's).
        "man whispering": any(espeak_variant(v) == "whisper" for v in spec.voices),
        "accented answering": answering is not None and foreign(answering),
        "no room between turns": spec.gaps[1] <= 0.2,
        "five talked over": spec.overlaps >= 5,
        "late and silent": late is not None and spec.long_silences >= 1,
        "one line on the radio": short is not None and short.radio,
        "two on the radio": len(band_limited(spec)) >= 2,
    }


def test_fresh49_half_is_eight_unseen_recordings_each_noise_once():
    # d397-d404 in order, 40-80 s each and 0-20 dB (both ends of each used); both engines, all
    # four flite voices and the eight noises once each, as fresh35 to fresh48; 2-5 people each
    # on a voice of their own, 5-15 dB under the wearer, a woman in every scene, every rate,
    # pitch and pace their own, in this half too.
    fresh49, earlier = support.blind_half(
        "fresh49",
        SPEAKERS,
        40,
        80,
        [(noise, snr, length) for _, noise, snr, length in FRESH49.values()],
    )
    assert {40, 80} <= {s.duration for s in fresh49.values()}
    assert {0, 20} <= {s.snr_db for s in fresh49.values()}
    assert not support.voices_heard_before(fresh49, earlier)
    sounds = [support.sound(v) for s in fresh49.values() for v in s.voices]
    assert len(sounds) == len(set(sounds)) == 31
    assert sorted(len(s.voices) for s in fresh49.values()) == [2, 3, 4, 4, 4, 4, 5, 5]
    # Women wear the camera in four of the eight (one of them shouting); no espeak variant new
    # to the set.
    assert support.women_wearers(fresh49) == [False, True, True, False, True, False, True, False]
    assert support.espeak_variants(fresh49, earlier, set()) == {
        *("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8"),
        *("f1", "f2", "f3", "f4", "f5", "whisper", "whisperf"),
    }
    # No accent is new: Brazilian Portuguese, Slovenian, Serbian, Luxembourgish, Haitian Creole
    # and Scottish Gaelic read the accented lines (21), one accented voice in each of six
    # recordings. Every one of the 55 languages that read English before had been heard in two
    # recordings or more, and these six are the ones heard least recently, in two recordings
    # each (the last of them d313-d325); no word of those lines is a lone letter but "I" and
    # "a", and no two accented voices of a recording share a language and a sex.
    heard = support.accents_heard_again(fresh49, earlier, SIX_ACCENTS, 21)
    assert heard == [
        *("d106", "d180", "d220", "d223", "d228", "d231"),
        *("d313", "d316", "d320", "d322", "d323", "d325"),
    ]
    assert len(accents(earlier)) == 55
    assert support.least_recent_accents(earlier) == (SIX_ACCENTS, 2, {2})
    assert [len(support.accented(s)) for s in fresh49.values()] == [0, 1, 0, 1, 1, 1, 1, 1]
    assert not support.one_accent_pairs(fresh49.values())
    # Every speaker has scene lines (a short-line speaker one); numbers only in words.
    said = support.said_in_words(
        fresh49,
        "ten until two",
        "nine children",
        "five minutes from you",
        "four hundred quid",
        "two letters",
        "five hundred kilos",
        "she is twelve",
        "four hundred pounds",
        "eleven years",
        "nineteen fifty eight",
        "five today",
        "two more dogs",
    )
    # No line of the half is within a difflib ratio of 0.8 of a line written before it (every
    # earlier half's scene lines and the set's generic ones).
    before = lines_written_before(earlier)
    assert not near_earlier_lines(said, before)
    # Two voices shouting, the wearer and the boy's father at the fete; two whispering, the
    # cleaner in the jeweller's and the man in the back of the patrol car; nobody behind a door;
    # four band-limited voices, control in the car, at the care home and at the vet's, and the
    # partner at the vet's.
    shouting = [(s.id, v.label) for s in fresh49.values() for v in s.voices if v.shout]
    assert shouting == [("d398", "officer"), ("d398", "civilian")]
    whispers = [(s.id, v.label) for s in fresh49.values() for v in whispering(s)]
    assert whispers == [("d397", "witness"), ("d399", "witness")]
    assert not any(v.muffled for s in fresh49.values() for v in s.voices)
    radios = [
        (s.id, v.label, v.engine, v.voice, len(v.lines))
        for s in fresh49.values()
        for v in band_limited(s)
    ]
    assert radios == [
        ("d399", "dispatch", "flite", "rms", 4),
        ("d403", "dispatch", "espeak", "en-gb-x-rp+m3", 1),
        ("d404", "dispatch", "espeak", "en-us+f5", 2),
        ("d404", "partner", "espeak", "en-us-nyc+m7", 2),
    ]
    assert pointed_at(fresh49, "short_line") == [("d403", "dispatch")]
    assert pointed_at(fresh49, "late_voice") == [("d397", "witness"), ("d402", "bystander")]
    assert pointed_at(fresh49, "replies") == [("d400", "civilian")]
    # Who breaks each long silence, the overlaps asked for, and the turns' pauses and the
    # silences' ranges: the set's own in all but the car boot sale, which leaves no room.
    silences = {
        s.id: support.drawn(s, "silences") for s in fresh49.values() if devset.turn_plan(s).silences
    }
    assert silences == {"d397": ["witness"], "d402": ["civilian", "bystander", "officer"]}
    overlaps = {s.id: s.overlaps for s in fresh49.values() if s.overlaps}
    assert overlaps == {
        **{"d398": 3, "d399": 2, "d400": 2, "d401": 5},
        **{"d402": 2, "d403": 2, "d404": 3},
    }
    pauses = {s.id: (s.gaps, s.silence) for s in fresh49.values()}
    assert pauses.pop("d400") == ((0.0, 0.1), (6.0, 10.0))
    assert set(pauses.values()) == {((0.2, 0.9), (6.0, 10.0))}
    # Each of what the half leans on in one recording of it, and fresh45 to fresh48 had none.
    done, last, leaned = support.leaned_on(leans_on, fresh49, earlier, LAST_FOUR)
    assert done == {
        "late whispering": ["d397"],
        "wearer shouting": ["d398"],
        "flite shouting": ["d398"],
        "man whispering": ["d399"],
        "accented answering": ["d400"],
        "no room between turns": ["d400"],
        "five talked over": ["d401"],
        "late and silent": ["d402"],
        "one line on the radio": ["d403"],
        "two on the radio": ["d404"],
    }
    # When each was last done.
    assert last == {
        "late whispering": "d219",
        "wearer shouting": "d345",
        "flite shouting": "d349",
        "man whispering": "d350",
        "accented answering": "d357",
        "no room between turns": "d347",
        "five talked over": "d363",
        "late and silent": "d350",
        "one line on the radio": "d360",
        "two on the radio": "d352",
    }

    # A jeweller's window smashed at night, street noise at 9 dB: the wearer alone for six lines,
    # then after a long silence the cleaner hidden in the stockroom whispers her three; the one
    # voice first heard late whispering before was in rain noise.
    d397 = fresh49["d397"]
    cleaner = voice_for(d397, "late_voice")
    assert (cleaner.voice, len(cleaner.lines)) == ("en-us+whisperf", 3)
    assert devset.turn_plan(d397).speakers[:7] == (0, 0, 0, 0, 0, 0, 1)
    assert not support.accented(d397) and not lines_talked_over(d397)
    late = [(s.id, s.noise) for s in earlier if leaned[s.id]["late whispering"]]
    assert late == [("d219", "rain")]

    # A bouncy castle lifted at a village fete, wind noise at 0 dB: the wearer shouting every
    # line, the boy's father shouting on flite awb, the organiser in the Slovenian voice; the
    # wearer over the first aider, the father over him and the wearer over the organiser; the
    # wearer and a flite voice had both shouted before in street, siren, crowd and dog noise.
    d398 = fresh49["d398"]
    father = d398.voices[1]
    assert (father.engine, father.voice, father.shout) == ("flite", "awb", True)
    assert support.accented(d398) == ["sl+f2"]
    assert lines_talked_over(d398) == [
        ("officer", "witness"),
        ("civilian", "witness"),
        ("officer", "bystander"),
    ]
    shouted = ("wearer shouting", "flite shouting")
    both = {s.noise for s in earlier if all(leaned[s.id][name] for name in shouted)}
    assert both == {"street", "siren", "crowd", "dog"}

    # A drive round an estate after a robbery, car noise at 13 dB: the man robbed crouches in
    # the back and whispers over control on flite rms, the wearer over control; the men
    # whispering before were in street, rain and wind noise.
    d399 = fresh49["d399"]
    assert [v.voice for v in whispering(d399)] == ["en-gb-x-gbclan+whisper"]
    assert lines_talked_over(d399) == [("witness", "dispatch"), ("officer", "dispatch")]
    men = [(s.id, s.noise) for s in earlier if leaned[s.id]["man whispering"]]
    assert men == [
        *(("d79", "street"), ("d102", "street"), ("d219", "rain")),
        *(("d329", "wind"), ("d350", "wind")),
    ]

    # Stolen tools at a car boot sale, rain noise at 6 dB, 40 s: no room between turns, the
    # seller in the Luxembourgish voice answering in a word or three, his first answer over the
    # plumber on flite kal16 and the wearer over the plumber's wife; the accented voices
    # answering in words before were in car, wind, music and street noise.
    d400 = fresh49["d400"]
    seller = voice_for(d400, "replies")
    assert seller.voice == "lb+m2" and support.accented(d400) == ["lb+m2"]
    assert all(len(line.split()) <= 3 for line in seller.lines)
    assert (d400.voices[3].engine, d400.voices[3].voice) == ("flite", "kal16")
    assert lines_talked_over(d400) == [("civilian", "bystander"), ("officer", "witness")]
    answered = [(s.id, s.noise) for s in earlier if leaned[s.id]["accented answering"]]
    assert answered == [
        *(("d114", "car"), ("d224", "wind"), ("d238", "wind")),
        *(("d264", "music"), ("d357", "street")),
    ]

    # A horsebox on its side on a roundabout, siren noise at 12 dB: five lines talked over, a
    # man at the bus stop over the owner in the Scottish Gaelic voice, the driver over him, the
    # partner over the driver, the owner over the wearer and the wearer back over her; the
    # recordings with five or more talked over before were in every noise but siren.
    d401 = fresh49["d401"]
    assert support.accented(d401) == ["gd+f5"]
    assert lines_talked_over(d401) == [
        ("witness", "bystander"),
        ("civilian", "witness"),
        ("partner", "civilian"),
        ("bystander", "officer"),
        ("officer", "bystander"),
    ]
    five = {s.noise for s in earlier if leaned[s.id]["five talked over"]}
    assert "siren" not in five and len(five) == 7

    # A jackpot taken at a bingo hall, crowd noise at 15 dB, 80 s: long silences before the
    # winner's friend, before the caller on flite slt (first heard late, her one line) and
    # after her; the winner in the Serbian voice over the friend and the wearer over him; the
    # voices first heard late among long silences before were in car, dog, rain, street and
    # wind noise.
    d402 = fresh49["d402"]
    caller = voice_for(d402, "late_voice")
    assert (caller.engine, caller.voice, len(caller.lines)) == ("flite", "slt", 1)
    assert support.accented(d402) == ["sr+f1"]
    assert lines_talked_over(d402) == [("officer", "civilian"), ("witness", "civilian")]
    silent = {s.noise for s in earlier if leaned[s.id]["late and silent"]}
    assert silent == {"car", "dog", "rain", "street", "wind"}

    # A ring gone at a care home's singalong, music noise at 20 dB: control's one line on the
    # radio over the manager in the Haitian Creole voice, the wearer over her; the one lines on
    # the radio before were in every noise but crowd and music.
    d403 = fresh49["d403"]
    assert support.accented(d403) == ["ht+f4"]
    assert lines_talked_over(d403) == [("dispatch", "bystander"), ("officer", "bystander")]
    radio_lines = {s.noise for s in earlier if leaned[s.id]["one line on the radio"]}
    assert radio_lines == {"wind", "street", "siren", "dog", "car", "rain"}

    # A stolen spaniel's microchip read at a vet's, dog noise at 4 dB: control and the partner
    # on the radio, the vet in the Brazilian Portuguese voice; the wearer over the vet, the man
    # over the wearer and the vet over the wearer; the recordings with two voices or more on
    # the radio before were in car, street, wind, crowd and rain noise.
    d404 = fresh49["d404"]
    assert [v.label for v in band_limited(d404)] == ["dispatch", "partner"]
    assert support.accented(d404) == ["pt-br+f3"]
    assert lines_talked_over(d404) == [
        ("officer", "witness"),
        ("civilian", "officer"),
        ("witness", "officer"),
    ]
    two = {s.noise for s in earlier if leaned[s.id]["two on the radio"]}
    assert two == {"car", "street", "wind", "crowd", "rain"}


@builds.needs_voices
def test_fresh49_car_boot_sale_builds_with_no_room_between_turns_and_the_seller_answering(
    tmp_path,
):
    """d400 built in full: 14 turns, each voice's lines in order (the STM is the script); the
    seller's first answer over the plumber (1.39 s) and the wearer over the wife (1.20 s); every
    other pause 0-0.1 s; the seller's answers 1.07-1.82 s; the wearer's last line ends at
    38.26 s, when the wife, out of lines, is given the next."""
    labels = [
        *("officer", "bystander", "civilian", "witness", "civilian", "officer"),
        *("bystander", "witness", "officer", "witness", "bystander", "officer"),
        *("civilian", "officer"),
    ]
    built, pauses = builds.built_as_planned(
        tmp_path, "d400", SPEAKERS["d400"], labels, ([], [2, 8]), 38.26
    )
    assert builds.talked_over(pauses) == [(1, -1.39), (7, -1.2)]
    others = [p for i, p in enumerate(pauses) if i not in (1, 7)]
    assert len(pauses) == 13 and all(0 <= p <= 0.1 for p in others)
    answers = [
        round(float(end) - float(start), 2)
        for _, _, label, start, end, _ in builds.stm_rows(built)
        if label == "civilian"
    ]
    assert answers == [1.46, 1.07, 1.82]
