"""The fresh41 half (d333-d340), written blind in session 42 (40-80 s, no accent new to the set,
each of the eight noises once again, at 0-20 dB, a police radio in three, three voices first
heard late, answers in a word or two, a wearer who only acknowledges, slow turns), checked
against every earlier half; the queue outside a sports shop (d338), where the woman whose place
was taken comes back after a long wait in an accent and the wearer talks over her first line,
built in full. devset_support.py holds the checks every half shares."""

from __future__ import annotations

import devset_builds as builds
import devset_support as support
from devset_support import (
    ALL_WOMEN,
    accents,
    espeak_variant,
    foreign,
    lines_talked_over,
    lines_written_before,
    near_earlier_lines,
)

from bodycam.transcribe.formats import load_rttm

#: Per recording: the true speakers (distinct labels) in the order they are given, the noise,
#: the SNR in dB and the length in seconds.
FRESH41 = {
    "d333": (["officer", "witness", "civilian", "dispatch"], "street", 12, 40),
    "d334": (["officer", "civilian", "bystander"], "wind", 20, 80),
    "d335": (["officer", "civilian", "witness", "bystander"], "car", 8, 78),
    "d336": (["officer", "civilian", "witness", "bystander", "dispatch"], "rain", 5, 77),
    "d337": (["officer", "civilian", "bystander", "witness"], "siren", 6, 78),
    "d338": (["officer", "civilian", "bystander", "witness"], "crowd", 10, 80),
    "d339": (["officer", "civilian", "witness", "bystander", "dispatch"], "music", 0, 73),
    "d340": (["officer", "witness", "civilian", "bystander"], "dog", 14, 68),
}
SPEAKERS = {recording: spoken[0] for recording, spoken in FRESH41.items()}
#: The accents fresh41 reads its accented lines in: espeak voices each heard in one recording.
FIVE_ACCENTS = {"az", "gn", "qu", "kl", "an"}
#: The halves just before this one, which had no voice first heard late, no answers of a word
#: or two and no slow turns.
LAST_THREE = ("fresh38", "fresh39", "fresh40")


def late(spec):
    """The voice first heard after a long silence (``late_voice``), or None."""
    return None if spec.late_voice is None else spec.voices[spec.late_voice]


def answering(spec):
    """The voice that answers in a word or two (``replies``; the wearer's acknowledgements), or
    None."""
    return None if spec.replies is None else spec.voices[spec.replies]


def slow(spec) -> bool:
    """Whether a recording's turns are drawn slower than the set's 0.2-0.9 s."""
    return spec.gaps[0] >= 0.5


def test_fresh41_half_is_eight_unseen_recordings_each_noise_once():
    # d333-d340 in order, 40-80 s each and 0-20 dB (both ends of each used); both engines, all
    # four flite voices and the eight noises once each, as fresh35 to fresh40; 2-5 people each
    # on a voice of their own, 5-15 dB under the wearer, a woman in every scene, every rate,
    # pitch and pace their own, in this half too.
    fresh41, earlier = support.blind_half(
        "fresh41",
        SPEAKERS,
        40,
        80,
        [(noise, snr, length) for _, noise, snr, length in FRESH41.values()],
    )
    assert {40, 80} <= {s.duration for s in fresh41.values()}
    assert {0, 20} <= {s.snr_db for s in fresh41.values()}
    assert not support.voices_heard_before(fresh41, earlier)
    sounds = [support.sound(v) for s in fresh41.values() for v in s.voices]
    assert len(sounds) == len(set(sounds)) == 33
    assert sorted(len(s.voices) for s in fresh41.values()) == [3, 4, 4, 4, 4, 4, 5, 5]
    # Women wear the camera in four of the eight; no espeak variant new to the set.
    assert support.women_wearers(fresh41) == [True, False, True, False, True, False, False, True]
    assert support.espeak_variants(fresh41, earlier, set()) == {
        *("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "f1", "f2", "f3", "f4", "f5"),
    }
    # No accent is new: Azerbaijani, Guarani, Quechua, Greenlandic and Aragonese read the
    # accented lines (17), each heard in one recording before, of the 55 languages that read
    # English before; no word of those lines is a lone letter but "I" and "a". No two accented
    # voices share a language.
    heard = support.accents_heard_again(fresh41, earlier, FIVE_ACCENTS, 17)
    assert heard == ["d225", "d232", "d233", "d236", "d239"]
    assert len(accents(earlier)) == 55
    assert not support.one_accent_pairs(fresh41.values())
    # Every speaker has scene lines (a short-line speaker one); numbers only in words.
    said = support.said_in_words(
        fresh41,
        "number forty",
        "twenty six years",
        "twenty minutes",
        "number four",
        "ten last night",
        "three hundred people",
        "twenty past eight",
        "last five sheep",
        "a mile off",
    )
    # No line of the half is within a difflib ratio of 0.8 of a line written before it (every
    # earlier half's scene lines and the set's generic ones).
    before = lines_written_before(earlier)
    assert not near_earlier_lines(said, before)
    # Shouting in two recordings (no wearer), one voice through a door; nobody whispers.
    shouting = [(s.id, v.label) for s in fresh41.values() for v in s.voices if v.shout]
    assert shouting == [("d333", "civilian"), ("d336", "bystander")]
    muffled = [(s.id, v.label) for s in fresh41.values() for v in s.voices if v.muffled]
    assert muffled == [("d337", "bystander")]
    assert not any("whisper" in espeak_variant(v) for s in fresh41.values() for v in s.voices)
    # A police radio (band-limited) in three recordings: control on flite rms in the street, a
    # woman first heard late in the rain, and an espeak man's one line over music.
    radios = [
        (s.id, v.label, v.engine, espeak_variant(v) in ALL_WOMEN, s.noise, len(v.lines))
        for s in fresh41.values()
        for v in s.voices
        if v.radio
    ]
    assert radios == [
        ("d333", "dispatch", "flite", False, "street", 2),
        ("d336", "dispatch", "espeak", True, "rain", 2),
        ("d339", "dispatch", "espeak", False, "music", 1),
    ]
    # A voice heard once, in a short line, in three recordings; no long silence but the one
    # before each of the three voices first heard late.
    short = [
        (s.id, s.voices[s.short_line].label) for s in fresh41.values() if s.short_line is not None
    ]
    assert short == [("d334", "bystander"), ("d336", "bystander"), ("d337", "bystander")]
    assert not any(s.long_silences for s in fresh41.values())
    arrivals = {s.id: support.drawn(s, "silences") for s in fresh41.values() if late(s)}
    assert arrivals == {"d336": ["dispatch"], "d337": ["witness"], "d338": ["bystander"]}
    # Answers of a word or two (one to three words each) in four recordings, the wearer's own
    # acknowledgements in one; slow turns in one. fresh38 to fresh40 had none of the three.
    replies = {s.id: answering(s).label for s in fresh41.values() if answering(s)}
    assert replies == {
        "d333": "civilian",
        "d334": "officer",
        "d339": "witness",
        "d340": "bystander",
    }
    assert all(
        1 <= len(line.split()) <= 3
        for s in fresh41.values()
        if answering(s)
        for line in answering(s).lines
    )
    assert [(s.id, s.gaps) for s in fresh41.values() if s.gaps != (0.2, 0.9)] == [
        ("d335", (1.0, 2.6))
    ]
    three = [s for s in earlier if s.half in LAST_THREE]
    assert len(three) == 24 and not any(late(s) or answering(s) or slow(s) for s in three)

    # A van backed into a mobility scooter, street noise at 12 dB, 40 s: the driver shouts his
    # two answers, the first over the man on the scooter; the voices that shouted answers of a
    # word or two before were in crowd and wind noise.
    d333 = fresh41["d333"]
    assert lines_talked_over(d333) == [("civilian", "witness")]
    assert d333.voices[3].voice == "rms" and len(d333.voices[2].lines) == 2
    shouted = [(s.id, s.noise) for s in earlier if answering(s) and answering(s).shout]
    assert shouted == [("d93", "crowd"), ("d163", "wind")]

    # A beach hut broken into, wind noise at 20 dB: the owner's eleven lines on flite slt, the
    # wearer's eleven acknowledgements, the next hut's owner's one line in the Azerbaijani
    # voice; no wearer only acknowledged in wind noise, and the accented short lines were in
    # music and siren noise.
    d334 = fresh41["d334"]
    assert (d334.replies, d334.short_line, support.accented(d334)) == (0, 2, ["az+m5"])
    assert [len(v.lines) for v in d334.voices] == [11, 11, 1]
    assert d334.voices[1].voice == "slt"
    acknowledged = {s.noise for s in earlier if s.replies == 0}
    assert acknowledged == {"car", "dog", "rain", "siren", "street"}
    accented_short = [
        (s.id, s.noise)
        for s in earlier
        if s.short_line is not None and foreign(s.voices[s.short_line])
    ]
    assert accented_short == [("d211", "music"), ("d217", "siren")]

    # A deer stalker's pickup after a shot near tents, car noise at 8 dB: slow turns 1.0-2.6 s
    # apart, nobody talked over; no car recording drew its turns slower than 0.2-0.9 s.
    d335 = fresh41["d335"]
    assert (d335.overlaps, d335.short_line, d335.replies, d335.late_voice) == (0, None, None, None)
    assert sum(len(v.lines) for v in d335.voices) == 12
    assert max(s.gaps[1] for s in earlier if s.noise == "car") == 0.9
    assert [s.id for s in earlier if slow(s) and s.noise == "car"] == []

    # A cat in a bin lorry in the rain at 5 dB: five voices, the driver over the wearer, a
    # neighbour's one shouted line, control (a woman) first heard late on the radio; no rain
    # recording had a voice first heard late on the radio, nor a shouted short line.
    d336 = fresh41["d336"]
    assert lines_talked_over(d336) == [("witness", "officer")]
    assert late(d336).radio and d336.voices[d336.short_line].shout
    late_radio = [(s.id, s.noise) for s in earlier if late(s) and late(s).radio]
    assert "rain" not in {noise for _, noise in late_radio} and len(late_radio) == 7
    shouted_short = {
        s.noise for s in earlier if s.short_line is not None and s.voices[s.short_line].shout
    }
    assert shouted_short == {"crowd", "dog", "siren", "street", "wind"}

    # A flood siren at a caravan park at 6 dB: the wife's one line through the caravan's door,
    # the warden on flite awb first heard late and over the man; the short lines in siren noise
    # were men's, its late voices espeak ones, and the one short line through a door or window
    # was in wind noise (d117).
    d337 = fresh41["d337"]
    wife = d337.voices[d337.short_line]
    assert (wife.muffled, espeak_variant(wife) in ALL_WOMEN) == (True, True)
    assert (late(d337).engine, late(d337).voice) == ("flite", "awb")
    assert lines_talked_over(d337) == [("witness", "civilian")]
    siren_short = [
        (s.id, espeak_variant(s.voices[s.short_line]) in ALL_WOMEN)
        for s in earlier
        if s.noise == "siren" and s.short_line is not None
    ]
    assert siren_short == [("d206", False), ("d217", False), ("d251", False), ("d305", False)]
    siren_late = [(s.id, late(s).engine) for s in earlier if s.noise == "siren" and late(s)]
    assert siren_late == [("d92", "espeak"), ("d240", "espeak")]
    through = [s.id for s in earlier if s.short_line is not None and s.voices[s.short_line].muffled]
    assert through == ["d117"]

    # A place taken in a queue for trainers, crowd noise at 10 dB: the guard on flite kal16 over
    # the wearer, the man in the Aragonese voice, the woman in the Guarani voice first heard
    # late, the wearer over her first line; no crowd recording had a voice first heard late
    # with an accent, nor two accents.
    d338 = fresh41["d338"]
    assert support.accented(d338) == ["an+m3", "gn+f2"] and foreign(late(d338))
    assert lines_talked_over(d338) == [("witness", "officer"), ("officer", "bystander")]
    accented_late = [(s.id, s.noise) for s in earlier if late(s) and foreign(late(s))]
    assert accented_late == [
        ("d208", "wind"),
        ("d224", "wind"),
        ("d232", "rain"),
        ("d240", "siren"),
    ]
    two = [
        (s.id, s.noise)
        for s in earlier
        if len({v.voice.split("+")[0] for v in s.voices if foreign(v)}) >= 2
    ]
    assert two == [("d130", "street"), ("d151", "street"), ("d205", "street"), ("d214", "wind")]

    # A handbag taken at a tea dance, music noise at 0 dB: five voices, the owner's three
    # answers of a word or two, the wearer over her friend, the caretaker in the Greenlandic
    # voice over the wearer; the one voice in music noise that answered in a word or two was a
    # man's (d264), and the music recordings at 2 dB or under had three voices.
    d339 = fresh41["d339"]
    assert support.accented(d339) == ["kl+m4"] and espeak_variant(answering(d339)) in ALL_WOMEN
    assert lines_talked_over(d339) == [("officer", "civilian"), ("bystander", "officer")]
    music = [
        (s.id, espeak_variant(answering(s)) in ALL_WOMEN)
        for s in earlier
        if s.noise == "music" and answering(s)
    ]
    assert music == [("d264", False)]
    loud = [(s.id, len(s.voices)) for s in earlier if s.noise == "music" and s.snr_db <= 2]
    assert loud == [("d121", 3), ("d131", 3), ("d186", 3)]

    # A drone over a sheepdog trial's pens, dog noise at 14 dB: the wearer in the Quechua voice,
    # the son's answers on flite rms, the wearer over the course director; no dog recording had
    # an accented wearer, nor a flite voice answering in a word or two.
    d340 = fresh41["d340"]
    assert support.accented(d340) == ["qu+f3"] and d340.voices[0].wearer
    assert (answering(d340).engine, answering(d340).voice) == ("flite", "rms")
    assert lines_talked_over(d340) == [("officer", "witness")]
    wearers = {s.id: s.noise for s in earlier if foreign(s.voices[0])}
    assert wearers == {
        "d142": "music",
        "d218": "music",
        "d293": "street",
        "d308": "wind",
        "d313": "siren",
        "d330": "car",
    }
    flite_answers = {s.noise for s in earlier if answering(s) and answering(s).engine == "flite"}
    assert flite_answers == {"car", "siren", "street", "wind"}


@builds.needs_voices
def test_fresh41_queue_builds_with_the_woman_back_late_and_talked_over(tmp_path):
    """d338 built in full: 16 turns, each voice's lines in order (the STM is the script); the
    guard over the wearer (1.16 s), an 8.39 s wait before the woman's first line at 35.78 s, the
    wearer over it (0.84 s); every other pause 0.2-0.9 s; the wearer's last line ends at
    78.34 s, when the woman, out of lines, is given the next."""
    labels = ["officer", "witness", "civilian", "officer", "witness", "officer", "bystander"]
    labels += ["officer", "bystander", "officer", "bystander", "officer", "civilian", "officer"]
    labels += ["civilian", "officer"]
    built, pauses = builds.built_as_planned(
        tmp_path, "d338", SPEAKERS["d338"], labels, ([6], [4, 7]), 78.34
    )
    assert builds.talked_over(pauses) == [(3, -1.16), (6, -0.84)]
    assert round(pauses[5], 2) == 8.39
    others = [p for i, p in enumerate(pauses) if i not in (3, 5, 6)]
    assert len(pauses) == 15 and all(0.2 <= p <= 0.9 for p in others)
    turns = sorted((s, label) for s, _, label in load_rttm(built.rttm_path).itertracks(True))
    woman = [
        (round(s.start, 2), round(s.duration, 2)) for s, label in turns if label == "bystander"
    ]
    assert woman[0] == (35.78, 4.95) and len(woman) == 3
