"""The fresh19 blind half of the development set (d157-d164): what each recording promises and
what makes it new against every half before it, and one of its recordings built in full. Its own
file: test_devset_halves_newest.py (fresh15 to fresh18) is near 600 lines; the checks every half
shares are in devset_support.py."""

from __future__ import annotations

from devset_builds import built_in_full, needs_voices, pauses_between, stm_rows
from devset_support import (
    accents,
    check_voices_of_their_own,
    early_voices,
    espeak_variants,
    every_engine_and_noise,
    foreign,
    halves_before,
    unseen_half,
)

from bodycam.transcribe import devset

#: The fresh19 half: true speakers (distinct labels) of each recording.
FRESH19_SPEAKERS = {
    "d157": ["officer", "partner", "dispatch"],
    "d158": ["officer", "civilian"],
    "d159": ["officer", "partner", "dispatch", "civilian", "witness"],
    "d160": ["officer", "partner", "civilian"],
    "d161": ["officer", "civilian", "witness", "partner"],
    "d162": ["officer", "dispatch", "civilian"],
    "d163": ["officer", "civilian", "witness", "partner"],
    "d164": ["officer", "partner", "civilian", "bystander", "witness"],
}


def test_fresh19_half_is_eight_unseen_recordings_aimed_at_failures():
    # d157-d164 in order (unseen_half checks the ids against FRESH19_SPEAKERS').
    fresh19 = unseen_half("fresh19", FRESH19_SPEAKERS, shortest=50, longest=120)
    earlier = halves_before("fresh19")
    assert every_engine_and_noise(fresh19) == (
        {"espeak", "flite"},
        {"rms", "awb", "slt", "kal16"},
        {"car", "street", "wind", "siren"},
    )
    assert [s.snr_db for s in fresh19.values()] == [17, 10, 2, 3, 7, 14, 12, 16]
    assert [s.duration for s in fresh19.values()] == [112, 64, 86, 52, 74, 80, 56, 98]
    # 2-5 people, each on a voice of their own and no two on one espeak variant, the others
    # 5-15 dB under the wearer, and a woman in every scene.
    check_voices_of_their_own(fresh19)
    # No new espeak variant.
    assert espeak_variants(fresh19, earlier, set()) == {
        *("m2", "m3", "m4", "m5", "m6", "m7", "m8"),
        *("f2", "f3", "f4", "f5", "steph2", "Andrea", "Alicia"),
    }
    # Turkish and Lithuanian read English; the languages before were these ten.
    assert accents(fresh19.values()) == {"tr", "lt"}
    assert accents(earlier) == {
        *("es", "pt-br", "fr", "it", "de", "pl", "af", "sw", "vi", "ro"),
    }
    # A stakeout: two 20-28 s silences, dispatch on the car radio; no silence ran past 24 s.
    d157 = fresh19["d157"]
    assert (d157.long_silences, d157.silence, d157.noise) == (2, (20.0, 28.0), "car")
    assert [(v.label, v.gain_db) for v in d157.voices if v.radio] == [("dispatch", -9)]
    assert [(s.id, s.silence) for s in earlier if s.silence[1] >= 20] == [("d41", (18.0, 24.0))]
    # A Turkish shop owner holds the minute, the wearer heard once; the voices that held a
    # minute beside a once-heard wearer before all read English with English rules.
    d158 = fresh19["d158"]
    assert (d158.short_line, d158.replies, d158.voices[1].voice) == (0, 0, "tr+m6")
    once = [s for s in earlier if s.short_line == 0]
    assert [s.id for s in once] == ["d36", "d46", "d90", "d107", "d143", "d149"]
    assert not any(foreign(v) for s in once for v in s.voices)
    # Five voices in a gale at 2 dB, the coastguard on the radio, the friend shouting; five
    # voices in wind were at 7 dB and above.
    d159 = fresh19["d159"]
    assert (len(d159.voices), d159.noise, d159.snr_db, d159.overlaps) == (5, "wind", 2, 3)
    assert [v.label for v in d159.voices if v.radio] == ["dispatch"]
    assert [v.label for v in d159.voices if v.shout] == ["civilian"]
    five_in_wind = [s for s in earlier if s.noise == "wind" and len(s.voices) >= 5]
    assert [(s.id, s.snr_db) for s in five_in_wind] == [("d10", 18), ("d66", 11), ("d144", 7)]
    # A prisoner shouting in person in car noise at 3 dB, four lines talked over; the only
    # shouting in car noise was d63's radio at 9 dB, and car noise had three talked over at most.
    d160 = fresh19["d160"]
    prisoner = d160.voices[2]
    assert (d160.noise, d160.snr_db, d160.overlaps) == ("car", 3, 4)
    assert (prisoner.label, prisoner.shout, prisoner.radio, prisoner.muffled) == (
        "civilian",
        True,
        False,
        False,
    )
    shouted_in_car = [
        (s.id, s.snr_db, v.label, v.radio)
        for s in earlier
        if s.noise == "car"
        for v in s.voices
        if v.shout
    ]
    assert shouted_in_car == [("d63", 9, "dispatch", True)]
    assert max(s.overlaps for s in earlier if s.noise == "car") == 3
    # A neighbour first heard late, shouting in person, 8 dB under; the late voices that
    # shouted before were behind a door (d110) or on the radio (d124).
    d161 = fresh19["d161"]
    late = d161.voices[d161.late_voice]
    assert (late.label, late.shout, late.radio, late.muffled, late.gain_db) == (
        "witness",
        True,
        False,
        False,
        -8,
    )
    shouting_late = [
        s for s in earlier if s.late_voice is not None and s.voices[s.late_voice].shout
    ]
    assert [
        (s.id, s.voices[s.late_voice].muffled, s.voices[s.late_voice].radio) for s in shouting_late
    ] == [("d110", True, False), ("d124", False, True)]
    # The wearer alone before the keyholder comes late, dispatch's one radio reply between; no
    # late arrival found the wearer alone before.
    d162 = fresh19["d162"]
    dispatch = d162.voices[d162.short_line]
    assert early_voices(d162) == [0] and d162.short_line == d162.replies == 1
    assert (dispatch.label, dispatch.radio, d162.voices[d162.late_voice].label) == (
        "dispatch",
        True,
        "civilian",
    )
    assert all(len(early_voices(s)) >= 2 for s in earlier if s.late_voice is not None)
    # A husband's one reply shouted down from a window, 13 dB under; no single reply was
    # shouted before.
    d163 = fresh19["d163"]
    husband = d163.voices[d163.short_line]
    assert d163.short_line == d163.replies == 2
    assert (husband.label, husband.voice, husband.shout, husband.gain_db) == (
        "witness",
        "kal16",
        True,
        -13,
    )
    single_replies = [s for s in earlier if s.short_line is not None and s.short_line == s.replies]
    assert [s.id for s in single_replies] == [
        *("d87", "d90", "d96", "d107", "d117", "d132", "d143", "d149"),
    ]
    assert not any(s.voices[s.short_line].shout for s in single_replies)
    # Five voices with 1-2.5 s before every line, a Lithuanian mother and uncle, a siren faint at
    # 16 dB; slow turns had at most four voices, and sirens were at 11 dB and under.
    d164 = fresh19["d164"]
    assert (len(d164.voices), d164.gaps, d164.long_silences) == (5, (1.0, 2.5), 1)
    assert [(v.label, v.voice) for v in d164.voices if foreign(v)] == [
        ("civilian", "lt+f2"),
        ("witness", "lt+m8"),
    ]
    assert max(len(s.voices) for s in earlier if s.gaps[0] >= 1) == 4
    assert (d164.noise, d164.snr_db) == ("siren", 16)
    assert max(s.snr_db for s in earlier if s.noise == "siren") == 11


@needs_voices
def test_fresh19_shop_alarm_builds_with_the_wearer_alone_then_the_keyholder(tmp_path):
    """d162 built in full: the wearer's six lines (20.5 s of speech) and dispatch's one reply,
    third and under a second, fill the first 32 s; a 6-10 s silence after the reply and another
    before the keyholder, who is first heard after 40 s and then takes turns with the wearer to
    the end; no other pause over a second."""
    built, reference = built_in_full(tmp_path, "d162", FRESH19_SPEAKERS["d162"])
    turns = sorted((segment, label) for segment, _, label in reference.itertracks(yield_label=True))
    labels = [label for _, label in turns]
    alone = ["officer", "officer", "dispatch", *["officer"] * 4]
    assert labels == [*alone, *["civilian", "officer"] * 4, "civilian"]
    assert turns[6][0].end < 32
    assert 20 < sum(s.duration for s, label in turns[:7] if label == "officer") < 21
    (reply,) = reference.label_timeline("dispatch")
    assert reply.duration < 1
    (said,) = [text for _, _, label, _, _, text in stm_rows(built) if label == "dispatch"]
    assert said == "That one." and said in devset._REPLIES
    keyholder = list(reference.label_timeline("civilian"))
    assert keyholder[0].start > 40 and len(keyholder) == 5
    # The long silences: after the reply (turn 2) and before the keyholder (turn 7).
    pauses = pauses_between(reference)
    assert [(i, round(p, 1)) for i, p in enumerate(pauses) if p > 1] == [(2, 6.5), (6, 10.0)]
    assert min(pauses) > 0
