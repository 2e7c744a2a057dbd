"""The fresh42 half (d341-d348), written blind in session 43 (40-80 s, no accent new to the set,
each of the eight noises once again, at 0-20 dB, four lines talked over in two recordings, two
long silences in two, a wearer shouting every line, the partner shouting on the radio, a radio
and a speakerphone in one car, women only in the rain, quick turns), checked against every
earlier half; the comedy club (d346), where a heckler shouts over a crowd at 0 dB, his friend's
one line cuts over the comedian and four lines are talked over, built in full. devset_support.py
holds the checks every half shares."""

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
    women_only,
)

from bodycam.transcribe.formats import load_rttm

#: Per recording: the true speakers (distinct labels) in the order they are given, the noise,
#: the SNR in dB and the length in seconds.
FRESH42 = {
    "d341": (["officer", "bystander", "witness", "civilian"], "street", 7, 60),
    "d342": (["officer", "civilian"], "wind", 13, 80),
    "d343": (["officer", "partner", "civilian", "dispatch", "witness"], "car", 16, 74),
    "d344": (["officer", "partner", "civilian", "witness", "bystander"], "rain", 9, 66),
    "d345": (["officer", "civilian", "witness"], "siren", 3, 56),
    "d346": (["officer", "civilian", "witness", "bystander"], "crowd", 0, 70),
    "d347": (["officer", "civilian", "witness"], "music", 11, 40),
    "d348": (["officer", "civilian", "witness", "partner"], "dog", 20, 77),
}
SPEAKERS = {recording: spoken[0] for recording, spoken in FRESH42.items()}
#: The accents fresh42 reads its accented lines in: espeak voices each heard in one recording.
FIVE_ACCENTS = {"vi", "om", "tn", "ltg", "ia"}
#: The halves just before this one, which had no four lines talked over in a recording, no two
#: long silences in one, no wearer shouting and no voice shouting on the radio.
LAST_FOUR = ("fresh38", "fresh39", "fresh40", "fresh41")


def test_fresh42_half_is_eight_unseen_recordings_each_noise_once():
    # d341-d348 in order, 40-80 s each and 0-20 dB (both ends of each used); both engines, all
    # four flite voices and the eight noises once each, as fresh35 to fresh41; 2-5 people each
    # on a voice of their own, 5-15 dB under the wearer, a woman in every scene, every rate,
    # pitch and pace their own, in this half too.
    fresh42, earlier = support.blind_half(
        "fresh42",
        SPEAKERS,
        40,
        80,
        [(noise, snr, length) for _, noise, snr, length in FRESH42.values()],
    )
    assert {40, 80} <= {s.duration for s in fresh42.values()}
    assert {0, 20} <= {s.snr_db for s in fresh42.values()}
    assert not support.voices_heard_before(fresh42, earlier)
    sounds = [support.sound(v) for s in fresh42.values() for v in s.voices]
    assert len(sounds) == len(set(sounds)) == 30
    assert sorted(len(s.voices) for s in fresh42.values()) == [2, 3, 3, 4, 4, 4, 5, 5]
    # Women wear the camera in four of the eight; no espeak variant new to the set.
    assert support.women_wearers(fresh42) == [False, False, False, True, True, True, False, True]
    assert support.espeak_variants(fresh42, earlier, set()) == {
        *("m2", "m3", "m4", "m8", "Gene", "Mike"),
        *("f1", "f2", "f3", "f4", "f5", "Andrea", "belinda", "grandma", "steph", "steph3"),
    }
    # No accent is new: Vietnamese, Oromo, Setswana, Latgalian and Interlingua read the
    # accented lines (15), each heard in one recording before (Setswana's two voices in one),
    # of the 55 languages that read English before; no word of those lines is a lone letter but
    # "I" and "a". No two accented voices share a language.
    heard = support.accents_heard_again(fresh42, earlier, FIVE_ACCENTS, 15)
    assert heard == ["d151", "d224", "d226", "d240", "d248"]
    assert len(accents(earlier)) == 55
    assert not support.one_accent_pairs(fresh42.values())
    # Every speaker has scene lines (a short-line speaker one); numbers only in words.
    said = support.said_in_words(
        fresh42,
        "two hundred and fifty pounds",
        "forty pounds",
        "seven minutes",
        "thirty one years",
        "three more points",
        "twenty quid",
        "four minutes",
        "half an hour",
        "ten past two",
    )
    # No line of the half is within a difflib ratio of 0.8 of a line written before it (every
    # earlier half's scene lines and the set's generic ones).
    before = lines_written_before(earlier)
    assert not near_earlier_lines(said, before)
    # Shouting in five recordings (the wearer in one, a radio voice in one); nobody is heard
    # through a door or window, and nobody whispers.
    shouting = [(s.id, v.label) for s in fresh42.values() for v in s.voices if v.shout]
    assert shouting == [
        ("d341", "civilian"),
        ("d343", "civilian"),
        ("d345", "officer"),
        ("d346", "civilian"),
        ("d348", "partner"),
    ]
    assert not any(v.muffled for s in fresh42.values() for v in s.voices)
    assert not any("whisper" in espeak_variant(v) for s in fresh42.values() for v in s.voices)
    # Band-limited voices in two recordings: control on flite kal16 and a midwife on the car's
    # speakerphone (a woman, accented) in one car, the partner on flite awb as the dogs bark.
    radios = [
        (s.id, v.label, v.engine, espeak_variant(v) in ALL_WOMEN, s.noise, len(v.lines))
        for s in fresh42.values()
        for v in band_limited(s)
    ]
    assert radios == [
        ("d343", "dispatch", "flite", False, "car", 3),
        ("d343", "witness", "espeak", True, "car", 3),
        ("d348", "partner", "flite", False, "dog", 3),
    ]
    # A voice heard once, in a short line, in two recordings, and once in a full line in one;
    # no voice first heard late and nobody answering in a word or two.
    short = [
        (s.id, s.voices[s.short_line].label) for s in fresh42.values() if s.short_line is not None
    ]
    assert short == [("d344", "bystander"), ("d346", "bystander")]
    once = [
        (s.id, v.label)
        for s in fresh42.values()
        for i, v in enumerate(s.voices)
        if len(v.lines) == 1 and i != s.short_line
    ]
    assert once == [("d341", "bystander")]
    assert not any(s.late_voice is not None or s.replies is not None for s in fresh42.values())
    # Two long silences in two recordings, four lines talked over in two, quick turns in one.
    # fresh38 to fresh41 had neither of the first two, no wearer shouting every line and no
    # voice shouting on the radio.
    silences = {s.id: support.drawn(s, "silences") for s in fresh42.values() if s.long_silences}
    assert silences == {"d342": ["civilian", "civilian"], "d348": ["civilian", "officer"]}
    overlaps = {s.id: s.overlaps for s in fresh42.values() if s.overlaps}
    assert overlaps == {"d341": 4, "d343": 2, "d344": 1, "d345": 1, "d346": 4}
    assert [(s.id, s.gaps) for s in fresh42.values() if s.gaps != (0.2, 0.9)] == [
        ("d347", (0.0, 0.1))
    ]
    four = [s for s in earlier if s.half in LAST_FOUR]
    assert len(four) == 32
    assert max(s.overlaps for s in four) == 3 and max(s.long_silences for s in four) == 1
    assert not any(s.voices[0].shout or any(v.radio and v.shout for v in s.voices) for s in four)
    assert [s.id for s in earlier if s.overlaps >= 4][-1] == "d302"
    assert [s.id for s in earlier if s.long_silences >= 2][-1] == "d294"
    assert [s.id for s in earlier if s.voices[0].shout][-1] == "d306"
    assert [s.id for s in earlier if any(v.radio and v.shout for v in s.voices)][-1] == "d212"
    # Two band-limited voices in one recording last in d315, women only last in d279.
    assert [s.id for s in earlier if len(band_limited(s)) >= 2][-1] == "d315"
    assert [s.id for s in earlier if women_only(s)][-1] == "d279"

    # A wheel clamp in a surgery's yard, street noise at 7 dB: the clamper shouting on flite
    # awb over the receptionist and the wearer, the wearer over him, the carer over the wearer;
    # the receptionist's one line in the Latgalian voice. Four or more lines were talked over
    # in street noise eight times, never with a flite voice shouting.
    d341 = fresh42["d341"]
    assert lines_talked_over(d341) == [
        ("civilian", "bystander"),
        ("civilian", "officer"),
        ("officer", "civilian"),
        ("witness", "officer"),
    ]
    assert (d341.voices[3].voice, d341.voices[3].shout) == ("awb", True)
    assert support.accented(d341) == ["ltg+f3"]
    street = [s for s in earlier if s.noise == "street" and s.overlaps >= 4]
    assert [s.id for s in street] == ["d20", "d39", "d73", "d88", "d99", "d119", "d161", "d196"]
    assert not any(v.shout and v.engine == "flite" for s in street for v in s.voices)

    # An honesty box taken from a farm stall, wind noise at 13 dB: two voices, the owner on
    # flite slt, two long silences, each broken by her; no wind recording with scene lines had
    # two voices and long silences, and the three before said the generic lines.
    d342 = fresh42["d342"]
    assert (d342.long_silences, d342.overlaps, d342.voices[1].voice) == (2, 0, "slt")
    windy = [s for s in earlier if s.noise == "wind" and s.long_silences >= 2]
    pairs = [s for s in windy if len(s.voices) == 2]
    assert [s.id for s in pairs] == ["d96", "d117", "d126"]
    assert not any(v.lines for s in pairs for v in s.voices)
    assert all(len(s.voices) >= 3 for s in windy if any(v.lines for v in s.voices))

    # A woman in labour in the patrol car, car noise at 16 dB: five voices, she shouts over
    # control, the partner over her; control on the radio and the midwife on the speakerphone
    # in the Oromo voice; no car recording had an accented woman band-limited (d207's accented
    # radio voice was a man's).
    d343 = fresh42["d343"]
    assert lines_talked_over(d343) == [("civilian", "dispatch"), ("partner", "civilian")]
    assert [v.voice for v in band_limited(d343)] == ["kal16", "om+f2"]
    car = [
        (s.id, espeak_variant(v) in ALL_WOMEN)
        for s in earlier
        if s.noise == "car"
        for v in band_limited(s)
        if foreign(v)
    ]
    assert car == [("d207", False)]

    # A crossing patrol clipped outside a school, rain noise at 9 dB: five voices, women and a
    # girl only, the driver in the Setswana voice over the wearer, the girl's one line at pitch
    # 93; no rain recording had women only.
    d344 = fresh42["d344"]
    assert women_only(d344) and support.accented(d344) == ["tn+f4"]
    assert lines_talked_over(d344) == [("witness", "officer")]
    assert d344.voices[d344.short_line].pitch == 93
    assert {s.noise for s in earlier if women_only(s)} == {"street", "wind", "music", "car"}

    # A speed camera van's driver come back, siren noise at 3 dB: the wearer, a woman, shouts
    # every line, the operator over the driver; the wearers who shouted in siren noise were men.
    d345 = fresh42["d345"]
    assert d345.voices[0].shout and espeak_variant(d345.voices[0]) in ALL_WOMEN
    assert lines_talked_over(d345) == [("witness", "civilian")]
    siren = [
        (s.id, espeak_variant(s.voices[0]) in ALL_WOMEN)
        for s in earlier
        if s.noise == "siren" and s.voices[0].shout
    ]
    assert siren == [("d108", False), ("d118", False)]

    # A pint thrown at a comedian, crowd noise at 0 dB: the heckler shouting, the comedian in
    # the Interlingua voice, the friend's one line on flite rms over her, four lines talked
    # over; the crowd recordings at 2 dB or under had two or three.
    d346 = fresh42["d346"]
    assert lines_talked_over(d346) == [
        ("bystander", "witness"),
        ("witness", "officer"),
        ("officer", "witness"),
        ("officer", "civilian"),
    ]
    assert support.accented(d346) == ["ia+f4"] and d346.voices[3].voice == "rms"
    loud = [(s.id, s.overlaps) for s in earlier if s.noise == "crowd" and s.snr_db <= 2]
    assert loud == [("d83", 3), ("d116", 2), ("d272", 3), ("d317", 2)]

    # Washing dumped at a launderette, music noise at 11 dB, 40 s: the wearer on flite rms, quick
    # turns 0-0.1 s apart; no music recording ran under 50 s.
    d347 = fresh42["d347"]
    assert (d347.voices[0].engine, d347.voices[0].voice, d347.overlaps) == ("flite", "rms", 0)
    assert min(s.duration for s in earlier if s.noise == "music") == 50

    # A quad bike taken from a farmyard, dog noise at 20 dB: the daughter in the Vietnamese
    # voice, two long silences, the partner shouting on the radio; no dog recording had a voice
    # shouting on the radio, nor the partner on the radio.
    d348 = fresh42["d348"]
    assert support.accented(d348) == ["vi+f5"]
    assert [(v.label, v.shout) for v in band_limited(d348)] == [("partner", True)]
    dog = [(s.id, v.label, v.shout) for s in earlier if s.noise == "dog" for v in band_limited(s)]
    assert {label for _, label, _ in dog} == {"dispatch", "civilian"}
    assert not any(shout for *_, shout in dog) and len(dog) == 5


@builds.needs_voices
def test_fresh42_comedy_club_builds_with_four_lines_talked_over(tmp_path):
    """d346 built in full: 17 turns, each voice's lines in order (the STM is the script); the
    friend's one line over the comedian (1.12 s), she over the wearer (0.74 s), the wearer over
    her (1.37 s) and over the heckler (0.97 s); every other pause 0.2-0.9 s; the wearer's last
    line ends at 67.96 s, when the heckler, out of lines, is given the next."""
    labels = ["officer", "civilian", "witness", "bystander", "officer", "witness", "officer"]
    labels += ["civilian", "officer", "witness", "officer", "witness", "officer", "civilian"]
    labels += ["officer", "civilian", "officer"]
    built, pauses = builds.built_as_planned(
        tmp_path, "d346", SPEAKERS["d346"], labels, ([], [3, 5, 6, 8]), 67.96
    )
    assert builds.talked_over(pauses) == [(2, -1.12), (4, -0.74), (5, -1.37), (7, -0.97)]
    others = [p for i, p in enumerate(pauses) if i not in (2, 4, 5, 7)]
    assert len(pauses) == 16 and all(0.2 <= p <= 0.9 for p in others)
    turns = sorted((s, label) for s, _, label in load_rttm(built.rttm_path).itertracks(True))
    friend = [
        (round(s.start, 2), round(s.duration, 2)) for s, label in turns if label == "bystander"
    ]
    assert friend == [(13.37, 2.45)]
