"""The fresh36 half (d293-d300), written blind in session 37 (50-90 s, no accent new to the set,
each of the eight noises once again, at 0-20 dB), checked against every earlier half; the fire
alarm at student halls (d294), a student answering through his closed window as the sirens come
and two long silences, built in full. devset_support.py holds the checks every half shares."""

from __future__ import annotations

import devset_builds as builds
import devset_support as support
from devset_support import accents, foreign

from bodycam.transcribe import devset

#: Per recording: the true speakers (distinct labels) in the order they are given, the noise,
#: the SNR in dB and the length in seconds.
FRESH36 = {
    "d293": (["officer", "civilian", "witness", "bystander"], "street", 12, 70),
    "d294": (["officer", "witness", "civilian", "bystander"], "siren", 4, 90),
    "d295": (["officer", "civilian", "witness"], "car", 0, 64),
    "d296": (["officer", "civilian", "witness", "bystander", "partner"], "rain", 7, 77),
    "d297": (["officer", "civilian"], "crowd", 20, 75),
    "d298": (["officer", "witness", "civilian"], "music", 16, 88),
    "d299": (["officer", "civilian", "witness", "bystander"], "dog", 18, 50),
    "d300": (["officer", "civilian", "dispatch", "witness"], "wind", 2, 80),
}
SPEAKERS = {recording: spoken[0] for recording, spoken in FRESH36.items()}
#: The accents fresh36 reads its accented lines in: espeak voices each heard in one recording.
SWAHILI_LITHUANIAN_ESTONIAN = {"sw", "lt", "et"}


def test_fresh36_half_is_eight_unseen_recordings_each_noise_once():
    # d293-d300 in order, 50-90 s each and 0-20 dB (both ends of each used); both engines, all
    # four flite voices and the eight noises once each, as fresh35; 2-5 people each on a voice
    # of their own, 5-15 dB under the wearer, a woman in every scene, every rate, pitch and pace
    # their own, in this half too.
    fresh36, earlier = support.blind_half(
        "fresh36",
        SPEAKERS,
        50,
        90,
        [(noise, snr, length) for _, noise, snr, length in FRESH36.values()],
    )
    assert {50, 90} <= {s.duration for s in fresh36.values()}
    assert {0, 20} <= {s.snr_db for s in fresh36.values()}
    assert not support.voices_heard_before(fresh36, earlier)
    sounds = [support.sound(v) for s in fresh36.values() for v in s.voices]
    assert len(sounds) == len(set(sounds)) == 29
    assert sorted(len(s.voices) for s in fresh36.values()) == [2, 3, 3, 4, 4, 4, 4, 5]
    # Women wear the camera in four of the eight; no espeak variant new to the set.
    assert support.women_wearers(fresh36) == [False, True, False, True, True, False, False, True]
    assert support.espeak_variants(fresh36, earlier, set()) == {
        *("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "f1", "f2", "f3", "f4", "f5"),
    }
    # No accent is new: Swahili, Lithuanian and Estonian read the accented lines (10), each
    # heard in one recording before, of the 55 languages that read English before; no word of
    # those lines is a lone letter but "I" and "a". No two accented voices share a language.
    heard = support.accents_heard_again(fresh36, earlier, SWAHILI_LITHUANIAN_ESTONIAN, 10)
    assert heard == ["d145", "d164", "d194"]
    assert len(accents(earlier)) == 55
    assert not support.one_accent_pairs(fresh36.values())
    # Every speaker has scene lines (a short-line speaker one); numbers only in words.
    support.said_in_words(
        fresh36,
        "room twelve",
        "six hundred pounds",
        "forty-eight hours",
        "forty pounds",
        "twenty minutes",
    )
    # Shouting in five recordings; band-limited voices in one (two radios), a muffled one in one.
    shouting = [s.id for s in fresh36.values() if any(v.shout for v in s.voices)]
    assert shouting == ["d293", "d295", "d296", "d297", "d299"]
    radio = [(s.id, sum(v.radio for v in s.voices)) for s in fresh36.values()]
    assert [(recording, count) for recording, count in radio if count] == [("d300", 2)]
    assert [s.id for s in fresh36.values() if any(v.muffled for v in s.voices)] == ["d294"]

    # A scaffold pole dropped beside a pram: the wearer in the Swahili voice, where the only
    # accented wearers before (d142, d218) were in music noise; the mother shouting, the
    # scaffolder on flite awb 13 dB under; the mother over him, the manager over the wearer.
    d293 = fresh36["d293"]
    assert support.accented(d293) == ["sw+m6"] and foreign(d293.voices[0])
    assert {s.noise for s in earlier if foreign(s.voices[0])} == {"music"}
    assert (d293.voices[2].voice, d293.voices[2].gain_db) == ("awb", -13)
    assert support.drawn(d293, "overlaps") == ["civilian", "bystander"]

    # Student halls' fire alarm as the fire engines come: the student behind his closed window
    # (muffled, 11 dB under) over the fire marshal, two long silences; no muffled voice before
    # was in siren noise, and no siren recording had more than one long silence.
    d294 = fresh36["d294"]
    student = d294.voices[3]
    assert (student.label, student.muffled, student.gain_db) == ("bystander", True, -11)
    assert "siren" not in {s.noise for s in earlier if any(v.muffled for v in s.voices)}
    assert max(s.long_silences for s in earlier if s.noise == "siren") == 1
    assert support.drawn(d294, "silences") == ["officer", "civilian"]

    # A hen party's minibus in a lay-by at 0 dB: the driver (flite rms) and the bride's sister
    # both shouting, three lines talked over; no car recording before had two voices shouting.
    d295 = fresh36["d295"]
    assert [(v.label, v.voice) for v in d295.voices if v.shout] == [
        ("civilian", "en-us+f3"),
        ("witness", "rms"),
    ]
    assert not [s.id for s in earlier if s.noise == "car" and sum(v.shout for v in s.voices) > 1]
    assert support.drawn(d295, "overlaps") == ["officer", "witness", "witness"]

    # A gazebo taken on a flooded campsite: five voices, the Lithuanian owner shouting, four
    # lines talked over, where no rain recording before had more than three (d178).
    d296 = fresh36["d296"]
    assert (len(d296.voices), support.accented(d296)) == (5, ["lt+m3"])
    assert [v.label for v in d296.voices if v.shout] == ["civilian"]
    assert max((s.overlaps, s.id) for s in earlier if s.noise == "rain") == (3, "d178")
    assert support.drawn(d296, "overlaps") == ["civilian", "partner", "witness", "bystander"]

    # A dispersal order at 20 dB: a lad's one shouted line second, then the wearer alone to the
    # end (eleven lines); no crowd recording before was over 16 dB (d85) or had one voice alone.
    d297 = fresh36["d297"]
    lad = d297.voices[d297.short_line]
    assert (lad.label, lad.shout, lad.gain_db) == ("civilian", True, -11)
    assert devset.turn_plan(d297).speakers[:12] == (0, 1) + (0,) * 10
    assert len(d297.voices[0].lines) == 11
    assert max((s.snr_db, s.id) for s in earlier if s.noise == "crowd") == (16, "d85")

    # Lead stripped from a church roof: slow turns (1-2.5 s between lines) under the music
    # group, the churchwarden 12 dB under, the vicar late; no slow recording was in music.
    d298 = fresh36["d298"]
    assert (d298.gaps, d298.voices[d298.late_voice].label) == ((1.0, 2.5), "civilian")
    assert d298.voices[1].gain_db == -12
    assert "music" not in {s.noise for s in earlier if s.gaps[0] >= 0.6}
    assert support.drawn(d298, "silences") == ["civilian"]

    # A dog groomer's at 18 dB: the wearer on flite rms, where no rms wearer before was in dog
    # noise and no dog recording was over 13 dB (d215); the Estonian groomer, the apprentice's
    # one line, which the wearer talks over, as he does the owner.
    d299 = fresh36["d299"]
    assert (d299.voices[0].voice, d299.voices[0].rate) == ("rms", 109)
    assert "dog" not in {s.noise for s in earlier if s.voices[0].voice == "rms"}
    assert max((s.snr_db, s.id) for s in earlier if s.noise == "dog") == (13, "d215")
    assert (support.accented(d299), d299.voices[d299.short_line].label) == (["et+f5"], "bystander")
    assert support.drawn(d299, "overlaps") == ["officer", "officer"]

    # A walker hurt on a ridge in a gale at 2 dB: control (flite kal16) and the rescue team on
    # two radios, control over the team; the recordings with two band-limited voices before
    # (d40, d104, d120, d207) were in car or street noise.
    d300 = fresh36["d300"]
    assert [(v.label, v.voice) for v in d300.voices if v.radio] == [
        ("dispatch", "kal16"),
        ("witness", "en-us+m5"),
    ]
    two_radios = {s.id: s.noise for s in earlier if sum(v.radio for v in s.voices) > 1}
    assert two_radios == {"d40": "car", "d104": "street", "d120": "car", "d207": "car"}
    assert support.drawn(d300, "overlaps") == ["dispatch", "officer"]
    assert support.drawn(d300, "silences") == ["civilian"]


@builds.needs_voices
def test_fresh36_student_halls_build_with_a_voice_through_a_window(tmp_path):
    """d294 built in full: 15 turns, each voice's lines in order (the STM is the script); the
    student behind his window talks over the fire marshal's first line, a long silence before
    the wearer's second line and another before the fire marshal says the engines are here;
    the last line ends at 87.86 s, when the fire marshal, out of lines, is given the next."""
    labels = ["officer", "civilian", "bystander", "witness", "officer", "civilian", "witness"]
    labels += ["civilian", "officer", "civilian", "officer", "bystander", "officer", "civilian"]
    labels += ["officer"]
    _, pauses = builds.built_as_planned(
        tmp_path, "d294", SPEAKERS["d294"], labels, ([4, 7], [2]), 87.86
    )
    assert builds.talked_over(pauses) == [(1, -1.38)]
    assert [(i, round(p, 2)) for i, p in enumerate(pauses) if p > 1] == [(3, 7.15), (6, 9.53)]
    assert len(pauses) == 14 and all(0.2 <= round(p, 2) <= 0.9 for p in pauses if 0 <= p <= 1)
