"""The fresh51 half (d413-d420), written blind in session 52 (40-80 s, no accent new to the set,
the six accents heard least recently, each of the eight noises once again, at 0-20 dB, a voice
answering through a door, the voice first heard late through a window, two voices alone talking
over each other, a voice shouting through a door, one reply as the short line, an accented
short line, a short line and a late voice in one recording, the voice first heard late
accented, a radio heard through a window, five long silences), checked against every earlier
half; the allotment holder wedged in his shed in the rain (d415), two voices talking over each
other, built in full. devset_support.py holds the checks every half shares."""

from __future__ import annotations

import devset_builds as builds
import devset_support as support
from devset_support import (
    accents,
    band_limited,
    foreign,
    lines_talked_over,
    lines_written_before,
    muffled,
    near_earlier_lines,
    pointed_at,
    voice_for,
    whispering,
)

from bodycam.transcribe import devset

#: Per recording: the true speakers (distinct labels) in the order they are given, the noise,
#: the SNR in dB and the length in seconds.
FRESH51 = {
    "d413": (["officer", "civilian", "witness"], "street", 13, 67),
    "d414": (["officer", "civilian", "partner", "bystander"], "wind", 4, 80),
    "d415": (["officer", "civilian"], "rain", 10, 40),
    "d416": (["officer", "civilian", "witness", "partner", "bystander"], "crowd", 16, 68),
    "d417": (["officer", "partner", "civilian", "witness"], "car", 0, 65),
    "d418": (["officer", "civilian", "bystander", "witness"], "music", 7, 75),
    "d419": (["officer", "civilian", "witness", "dispatch"], "dog", 20, 79),
    "d420": (["officer", "dispatch", "civilian"], "siren", 12, 80),
}
SPEAKERS = {recording: spoken[0] for recording, spoken in FRESH51.items()}
#: The accents fresh51 reads its accented lines in: the six heard least recently.
SIX_ACCENTS = {"om", "tn", "qu", "kl", "an", "ltg"}
#: The halves just before this one, which had none of what the half leans on.
LAST_FOUR = ("fresh47", "fresh48", "fresh49", "fresh50")


def leans_on(spec) -> dict[str, bool]:
    """What the half leans on, one recording each, and whether ``spec`` does it."""
    short, late, answering = (voice_for(spec, f) for f in ("short_line", "late_voice", "replies"))
    return {
        "answering muffled": answering is not None and answering.muffled,
        "late muffled": late is not None and late.muffled,
        "two voices over each other": len(spec.voices) == 2 and spec.overlaps >= 2,
        "shouting muffled": any(v.shout for v in muffled(spec)),
        "one reply": short is not None and spec.short_line == spec.replies,
        "accented one line": short is not None and foreign(short),
        "short and late": short is not None and late is not None,
        "accented late": late is not None and foreign(late),
        "radio muffled": any(v.radio for v in muffled(spec)),
        "five long silences": spec.long_silences >= 5,
    }


def test_fresh51_half_is_eight_unseen_recordings_each_noise_once():
    # d413-d420 in order, 40-80 s each and 0-20 dB (both ends of each used); both engines, all
    # four flite voices and the eight noises once each, as fresh35 to fresh50; 2-5 people each
    # on a voice of their own, 5-15 dB under the wearer, a woman in every scene, every rate,
    # pitch and pace their own, in this half too.
    fresh51, earlier = support.blind_half(
        "fresh51",
        SPEAKERS,
        40,
        80,
        [(noise, snr, length) for _, noise, snr, length in FRESH51.values()],
    )
    assert {40, 80} <= {s.duration for s in fresh51.values()}
    assert {0, 20} <= {s.snr_db for s in fresh51.values()}
    assert not support.voices_heard_before(fresh51, earlier)
    sounds = [support.sound(v) for s in fresh51.values() for v in s.voices]
    assert len(sounds) == len(set(sounds)) == 29
    assert sorted(len(s.voices) for s in fresh51.values()) == [2, 3, 3, 4, 4, 4, 4, 5]
    # Women wear the camera in four of the eight; no espeak variant new to the set.
    assert support.women_wearers(fresh51) == [True, False, True, False, True, False, True, False]
    assert support.espeak_variants(fresh51, earlier, set()) == {
        *("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8"),
        *("f1", "f2", "f3", "f4", "f5"),
    }
    # No accent is new: Oromo, Setswana, Quechua, Greenlandic, Aragonese and Latgalian read the
    # accented lines (17), two accented voices in one recording and one in each of four more.
    # Every one of the 55 languages that read English before had been heard in two recordings
    # or more, and these six are the ones heard least recently, in two recordings each (the
    # last of them d338-d344); no word of those lines is a lone letter but "I" and "a", and no
    # two accented voices of a recording share a language and a sex.
    heard = support.accents_heard_again(fresh51, earlier, SIX_ACCENTS, 17)
    assert heard == [
        *("d224", "d226", "d233", "d236", "d239", "d240"),
        *("d338", "d339", "d340", "d341", "d343", "d344"),
    ]
    assert len(accents(earlier)) == 55
    assert support.least_recent_accents(earlier) == (SIX_ACCENTS, 2, {2})
    assert [len(support.accented(s)) for s in fresh51.values()] == [1, 0, 0, 2, 1, 1, 1, 0]
    assert not support.one_accent_pairs(fresh51.values())
    # Every speaker has scene lines; numbers only in words.
    said = support.said_in_words(
        fresh51,
        "nine days",
        "six years",
        "number forty",
        "forty years",
        "one second",
        "platform nine",
        "year seven",
        "an hour ago",
        "nine hundred pounds",
        "three metre fence",
        "ten past two",
    )
    # No line of the half is within a difflib ratio of 0.8 of a line written before it (every
    # earlier half's scene lines and the set's generic ones).
    before = lines_written_before(earlier)
    assert not near_earlier_lines(said, before)
    # Three voices shouting, the allotment holder, the man who chased the thief and the DJ; none
    # whispering; four behind a door or window, the tenant, the boy in the beach hut, the
    # allotment holder and the alarm centre; two band-limited voices, the alarm centre and
    # control at the gas leak.
    shouting = [(s.id, v.label) for s in fresh51.values() for v in s.voices if v.shout]
    assert shouting == [("d415", "civilian"), ("d416", "witness"), ("d418", "bystander")]
    assert not any(whispering(s) for s in fresh51.values())
    behind = [(s.id, v.label) for s in fresh51.values() for v in muffled(s)]
    assert behind == [
        *(("d413", "civilian"), ("d414", "bystander")),
        *(("d415", "civilian"), ("d419", "dispatch")),
    ]
    radios = [
        (s.id, v.label, v.engine, v.voice, len(v.lines))
        for s in fresh51.values()
        for v in band_limited(s)
    ]
    assert radios == [
        ("d419", "dispatch", "flite", "kal16", 4),
        ("d420", "dispatch", "espeak", "en-us-nyc+f5", 4),
    ]
    assert pointed_at(fresh51, "short_line") == [
        *(("d416", "bystander"), ("d417", "witness"), ("d418", "bystander")),
    ]
    assert pointed_at(fresh51, "late_voice") == [("d414", "bystander"), ("d418", "witness")]
    assert pointed_at(fresh51, "replies") == [("d413", "civilian"), ("d416", "bystander")]
    # Who breaks each long silence, the overlaps asked for, and the turns' pauses and the
    # silences' ranges: the set's own in every recording.
    silences = {
        s.id: support.drawn(s, "silences") for s in fresh51.values() if devset.turn_plan(s).silences
    }
    assert silences == {
        "d414": ["bystander"],
        "d418": ["witness"],
        "d420": ["civilian", "civilian", "dispatch", "civilian", "dispatch"],
    }
    overlaps = {s.id: s.overlaps for s in fresh51.values() if s.overlaps}
    assert overlaps == {
        **{"d413": 1, "d414": 2, "d415": 2, "d416": 2},
        **{"d417": 1, "d418": 2, "d419": 2},
    }
    assert {(s.gaps, s.silence) for s in fresh51.values()} == {((0.2, 0.9), (6.0, 10.0))}
    # Each of what the half leans on in one recording of it, and fresh47 to fresh50 had none.
    done, last, leaned = support.leaned_on(leans_on, fresh51, earlier, LAST_FOUR)
    assert done == {
        "answering muffled": ["d413"],
        "late muffled": ["d414"],
        "two voices over each other": ["d415"],
        "shouting muffled": ["d415"],
        "one reply": ["d416"],
        "accented one line": ["d417"],
        "short and late": ["d418"],
        "accented late": ["d418"],
        "radio muffled": ["d419"],
        "five long silences": ["d420"],
    }
    # When each was last done.
    assert last == {
        "answering muffled": "d368",
        "late muffled": "d362",
        "two voices over each other": "d377",
        "shouting muffled": "d371",
        "one reply": "d370",
        "accented one line": "d373",
        "short and late": "d337",
        "accented late": "d369",
        "radio muffled": "d368",
        "five long silences": "d365",
    }

    # A tenant behind his door for nine days above a takeaway, street noise at 13 dB: he answers
    # through it in a word or two, the takeaway's owner in the Oromo voice, the wearer over the
    # owner; the voices answering through a door or window before were in rain and wind noise.
    d413 = fresh51["d413"]
    tenant = voice_for(d413, "replies")
    assert tenant.muffled and all(len(line.split()) <= 3 for line in tenant.lines)
    assert support.accented(d413) == ["om+m8"]
    assert lines_talked_over(d413) == [("officer", "witness")]
    answering = {s.noise for s in earlier if leaned[s.id]["answering muffled"]}
    assert answering == {"rain", "wind"}

    # A boy in a beach hut in a storm, wind noise at 4 dB, 80 s: its owner on flite slt, and
    # after a long silence the boy first heard late through its shutters, 12 dB under, the
    # partner over him and the wearer over the owner; the late voices through a door or window
    # before were in dog, car and crowd noise.
    d414 = fresh51["d414"]
    boy = voice_for(d414, "late_voice")
    assert (boy.muffled, boy.gain_db, len(boy.lines)) == (True, -12, 3)
    assert (d414.voices[1].engine, d414.voices[1].voice) == ("flite", "slt")
    assert lines_talked_over(d414) == [("partner", "bystander"), ("officer", "civilian")]
    late_behind = [(s.id, s.noise) for s in earlier if leaned[s.id]["late muffled"]]
    assert late_behind == [("d110", "dog"), ("d168", "car"), ("d362", "crowd")]

    # An allotment holder wedged in his shed in the rain, rain noise at 10 dB, 40 s: two voices,
    # he shouting through its door over the wearer twice (built in full below); the two voices
    # over each other before were in street, wind, car and siren noise, and the voices shouting
    # through a door or window in street, dog, music, car and wind noise.
    d415 = fresh51["d415"]
    assert [(v.shout, v.muffled) for v in d415.voices] == [(False, False), (True, True)]
    assert lines_talked_over(d415) == [("civilian", "officer"), ("civilian", "officer")]
    two = [(s.id, s.noise) for s in earlier if leaned[s.id]["two voices over each other"]]
    assert two == [("d39", "street"), ("d68", "wind"), ("d265", "car"), ("d377", "siren")]
    shouted = {s.noise for s in earlier if leaned[s.id]["shouting muffled"]}
    assert shouted == {"street", "dog", "music", "car", "wind"}

    # A bag snatched from a pushchair at a station, crowd noise at 16 dB: five voices, the
    # mother in the Setswana voice over the wearer, the man who chased the thief shouting in
    # the Quechua voice, the wearer over the partner, the little girl's one reply of three
    # words; the short-line speakers saying one reply before were in every noise but crowd.
    d416 = fresh51["d416"]
    girl = voice_for(d416, "short_line")
    assert girl.lines == ("Pink, with unicorns.",) and d416.short_line == d416.replies
    assert support.accented(d416) == ["tn+f1", "qu+m2"]
    assert lines_talked_over(d416) == [("civilian", "officer"), ("officer", "partner")]
    once = {s.noise for s in earlier if leaned[s.id]["one reply"]}
    assert "crowd" not in once and len(once) == 7

    # A boy off a motorway's hard shoulder in the patrol car, car noise at 0 dB: the partner
    # driving on flite rms over the boy, the lorry driver's one line in the Latgalian voice;
    # the accented short lines before were in music, siren, wind and street noise.
    d417 = fresh51["d417"]
    driver = voice_for(d417, "short_line")
    assert (driver.voice, len(driver.lines[0].split())) == ("ltg+f5", 5)
    assert (d417.voices[1].engine, d417.voices[1].voice) == ("flite", "rms")
    assert lines_talked_over(d417) == [("partner", "civilian")]
    accented_line = [(s.id, s.noise) for s in earlier if leaned[s.id]["accented one line"]]
    assert accented_line == [
        *(("d211", "music"), ("d217", "siren")),
        *(("d334", "wind"), ("d373", "street")),
    ]

    # A roller disco's takings taken, music noise at 7 dB: the DJ's one line shouted on flite
    # awb over the wearer, the manager over the wearer, and after a long silence a skater first
    # heard late in the Greenlandic voice; a short line and a late voice together before were in
    # wind, street, crowd, rain and siren noise, and the late voices accented in wind, rain,
    # siren and crowd noise.
    d418 = fresh51["d418"]
    dj, skater = voice_for(d418, "short_line"), voice_for(d418, "late_voice")
    assert (dj.engine, dj.voice, dj.shout) == ("flite", "awb", True)
    assert (skater.voice, len(skater.lines)) == ("kl+f4", 3)
    assert lines_talked_over(d418) == [("bystander", "officer"), ("civilian", "officer")]
    both = {s.noise for s in earlier if leaned[s.id]["short and late"]}
    assert both == {"wind", "street", "crowd", "rain", "siren"}
    accented_late = {s.noise for s in earlier if leaned[s.id]["accented late"]}
    assert accented_late == {"wind", "rain", "siren", "crowd"}

    # A man on a container in a guarded yard, dog noise at 20 dB: the alarm centre's operator
    # on the speaker in the locked cabin, heard through its window on flite kal16, the man in
    # the Aragonese voice, the owner and the wearer each over him; the radios through a door or
    # window before were in street and rain noise.
    d419 = fresh51["d419"]
    assert support.accented(d419) == ["an+m5"]
    assert lines_talked_over(d419) == [("civilian", "witness"), ("officer", "witness")]
    radio_behind = [(s.id, s.noise) for s in earlier if leaned[s.id]["radio muffled"]]
    assert radio_behind == [("d75", "street"), ("d368", "rain")]

    # A street cleared for a gas leak, siren noise at 12 dB, 80 s: control on the radio and an
    # old man slow to come to his door, five long silences and nobody talked over; the five
    # long silences before were in wind and street noise.
    d420 = fresh51["d420"]
    assert not lines_talked_over(d420)
    assert (d420.long_silences, d420.voices[1].label, d420.voices[1].radio) == (5, "dispatch", True)
    waits = [(s.id, s.noise) for s in earlier if leaned[s.id]["five long silences"]]
    assert waits == [("d55", "wind"), ("d191", "wind"), ("d365", "street")]


@builds.needs_voices
def test_fresh51_allotment_shed_builds_with_two_voices_over_each_other(tmp_path):
    """d415 built in full: 10 turns, the two voices in turn, each one's lines in order (the STM
    is the script); the allotment holder, shouting through his shed's door, over the wearer
    twice (0.78 s, 0.95 s); every other pause 0.2-0.9 s; his last line ending at 37.71 s, when
    the wearer, out of lines, is given the next."""
    labels = ["officer", "civilian"] * 5
    _, pauses = builds.built_as_planned(
        tmp_path, "d415", SPEAKERS["d415"], labels, ([], [3, 7]), 37.71
    )
    assert builds.talked_over(pauses) == [(2, -0.78), (6, -0.95)]
    others = [p for i, p in enumerate(pauses) if i not in (2, 6)]
    assert len(pauses) == 9 and all(0.2 <= p <= 0.9 for p in others)
