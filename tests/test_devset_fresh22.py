"""The fresh22 blind half of the development set (d181-d188): what each recording promises and
what makes it new against every half before it, and one of its recordings built in full. Its own
file, as fresh19's to fresh21's are; the checks every half shares are in devset_support.py, the
builder's side of scene lines in test_devset_scene_lines.py."""

from __future__ import annotations

from devset_builds import (
    built_in_full,
    check_stm_is_the_script,
    needs_voices,
    pauses_between,
    scripted_turns,
)
from devset_support import (
    ALL_WOMEN,
    accents,
    check_voices_of_their_own,
    early_voices,
    espeak_variant,
    espeak_variants,
    every_engine_and_noise,
    foreign,
    halves_before,
    scene_lines,
    unseen_half,
    women_wearers,
)

#: The fresh22 half: true speakers (distinct labels) of each recording.
FRESH22_SPEAKERS = {
    "d181": ["officer", "bystander", "civilian"],
    "d182": ["officer", "civilian", "partner", "witness"],
    "d183": ["officer", "civilian", "witness"],
    "d184": ["officer", "dispatch", "bystander", "civilian"],
    "d185": ["officer", "civilian", "partner", "dispatch"],
    "d186": ["officer", "civilian", "witness"],
    "d187": ["officer", "partner", "witness", "civilian", "dispatch"],
    "d188": ["officer", "civilian", "witness", "bystander"],
}


def words(line: str) -> int:
    return len(line.split())


def test_fresh22_half_is_eight_unseen_recordings_aimed_at_failures():
    # d181-d188 in order (unseen_half checks the ids against FRESH22_SPEAKERS').
    fresh22 = unseen_half("fresh22", FRESH22_SPEAKERS, shortest=90, longest=125)
    earlier = halves_before("fresh22")
    # Every engine, every flite voice and each of the eight noises once.
    assert every_engine_and_noise(fresh22) == (
        {"espeak", "flite"},
        {"rms", "awb", "slt", "kal16"},
        {"crowd", "car", "wind", "street", "rain", "music", "siren", "dog"},
    )
    assert [s.noise for s in fresh22.values()] == [
        *("crowd", "car", "wind", "street", "rain", "music", "siren", "dog"),
    ]
    assert [s.snr_db for s in fresh22.values()] == [9, 11, 5, 2, 16, 0, 14, 2]
    assert [s.duration for s in fresh22.values()] == [117, 114, 99, 121, 116, 92, 120, 118]
    # 2-5 people, each on a voice of their own and no two on one espeak variant, the others
    # 5-15 dB under the wearer, a woman in every scene; three of the wearers are women.
    check_voices_of_their_own(fresh22)
    assert women_wearers(fresh22) == [True, False, False, False, True, True, False, False]
    # No new espeak variant.
    assert espeak_variants(fresh22, earlier, set()) == {
        *("m1", "m2", "m4", "m5", "m6", "m7", "m8", "f1", "f2", "f3", "f4", "Andrea"),
    }
    # Hungarian and Indonesian read English (both keep their own rules for the Latin letters);
    # the languages before were these sixteen.
    assert accents(fresh22.values()) == {"hu", "id"}
    assert accents(earlier) == {
        *("es", "pt-br", "fr", "it", "de", "pl", "af", "sw", "vi", "ro", "tr", "lt", "cy", "nl"),
        *("sq", "ht"),
    }
    # Scene lines for every speaker, a short-line speaker's one line; numbers, plates and
    # phone numbers only in words (a recogniser's "51" is an error against "fifty one"), and
    # the same commands said again and again word for word.
    said = scene_lines(fresh22)
    assert not any(character.isdigit() for line in said for character in line)
    lowered = " ".join(said).lower()
    assert lowered.count("keep blowing, keep blowing, keep blowing") == 2
    assert lowered.count("turn it down") == 6
    assert lowered.count("everybody out! everybody out") == 2
    assert lowered.count("stop! police!") == 3
    assert "k, e, r, r" in lowered and "oh seven seven one two" in lowered

    # CPR in a shopping centre: the wearer alone for the first seven lines (the guard's one
    # line aside), counting compressions, before the paramedic arrives. Scenes where the
    # wearer was alone before a late voice (d162, d168) were never in a crowd.
    d181 = fresh22["d181"]
    assert (early_voices(d181), d181.short_line, d181.late_voice) == ([0], 1, 2)
    assert (d181.noise, d181.long_silences, d181.silence) == ("crowd", 0, (7.0, 9.0))
    assert sum("twenty one, twenty two" in line.lower() for line in d181.voices[0].lines) == 1
    alone = [s.id for s in earlier if early_voices(s) == [0] and s.late_voice is not None]
    assert alone == ["d162", "d168"]
    assert "crowd" not in {s.noise for s in earlier if s.id in alone}

    # A breath test: the wearer and his partner are two West Midlands men (as d101's two
    # Scottish officers, in a car, were one accent); one line talked over.
    d182 = fresh22["d182"]
    officer, _, partner, _ = d182.voices
    assert (officer.voice, partner.voice, d182.overlaps) == (
        "en-gb-x-gbcwmd+m6",
        "en-gb-x-gbcwmd+m2",
        1,
    )

    # Two Scottish women rowing over a hedge in wind: 0-0.1 s between turns and four lines
    # talked over. Turns with no room between them were never in wind before, and no scene
    # had two Scottish women.
    d183 = fresh22["d183"]
    assert (d183.noise, d183.gaps, d183.overlaps) == ("wind", (0.0, 0.1), 4)
    assert [v.voice for v in d183.voices[1:]] == ["en-gb-scotland+f1", "en-gb-scotland+f3"]
    assert "wind" not in {s.noise for s in earlier if s.gaps[1] <= 0.15}
    assert not any(
        sum(
            v.voice.startswith("en-gb-scotland+") and espeak_variant(v) in ALL_WOMEN
            for v in s.voices
        )
        >= 2
        for s in earlier
    )

    # A foot chase: the wearer shouts, the helicopter observer on the radio, a resident once,
    # the man chased late, two long silences, at 2 dB. A radio at 2 dB or less was only in
    # rain and wind (d91, d159); a radio beside a short line and a late voice was at 8-14 dB.
    d184 = fresh22["d184"]
    assert [v.label for v in d184.voices if v.shout] == ["officer"]
    assert [v.label for v in d184.voices if v.radio] == ["dispatch"]
    assert (d184.short_line, d184.late_voice, d184.long_silences, d184.overlaps) == (2, 3, 2, 1)
    radios = [(s.id, s.noise) for s in earlier if s.snr_db <= 2 and any(v.radio for v in s.voices)]
    assert radios == [("d91", "rain"), ("d159", "wind")]
    both = [
        s.snr_db
        for s in earlier
        if s.late_voice is not None and s.short_line is not None and any(v.radio for v in s.voices)
    ]
    assert both == [8, 14]

    # A Hungarian carer's account in turns of up to 36 words, between two long silences; an
    # accented voice had been beside at most one long silence (d164, d180).
    d185 = fresh22["d185"]
    carer = d185.voices[1]
    assert [(v.label, v.voice) for v in d185.voices if foreign(v)] == [("civilian", "hu+f3")]
    assert max(words(line) for line in carer.lines) == 36
    assert d185.long_silences == 2
    accented = [(s.id, s.long_silences) for s in earlier if any(foreign(v) for v in s.voices)]
    assert [pair for pair in accented if pair[1]] == [("d164", 1), ("d180", 1)]

    # A busker shouting over his own speaker at 0 dB in espeak's Indonesian voice, the wearer
    # shouting too, three lines talked over. Accented voices had shouted only in street and
    # rain (d151, d166), never over music.
    d186 = fresh22["d186"]
    assert [(v.label, v.voice) for v in d186.voices if v.shout] == [
        ("officer", "en+f4"),
        ("civilian", "id+m2"),
    ]
    assert (d186.noise, d186.snr_db, d186.overlaps) == ("music", 0, 3)
    shouted = [(s.id, s.noise) for s in earlier for v in s.voices if foreign(v) and v.shout]
    assert shouted == [("d151", "street"), ("d166", "rain")]

    # A tower block fire: five voices, a woman fire officer shouting, a radio, three lines
    # talked over and a long silence. No five-voice siren recording had anyone shouting.
    d187 = fresh22["d187"]
    assert (len(d187.voices), d187.overlaps, d187.long_silences) == (5, 3, 1)
    assert [(v.label, espeak_variant(v)) for v in d187.voices if v.shout] == [("witness", "f1")]
    sirens = [s for s in earlier if s.noise == "siren" and len(s.voices) == 5]
    assert [s.id for s in sirens] == ["d70", "d164", "d180"]
    assert not any(v.shout for s in sirens for v in s.voices)

    # A dog bite as the dog barks at 2 dB: a witness 13 dB under replies in a word or two,
    # two long silences. Replies in dog noise were at most 8 dB under; the one dog recording
    # with long silences (d153) had two voices.
    d188 = fresh22["d188"]
    witness = d188.voices[d188.replies]
    assert (d188.replies, witness.gain_db, d188.long_silences) == (3, -13, 2)
    assert max(words(line) for line in witness.lines) == 3
    dogs = [s for s in earlier if s.noise == "dog"]
    assert min(s.voices[s.replies].gain_db for s in dogs if s.replies is not None) == -8
    assert [(s.id, len(s.voices)) for s in dogs if s.long_silences] == [("d153", 2)]


@needs_voices
def test_fresh22_foot_chase_builds_with_its_script_its_silences_and_its_overlap(tmp_path):
    """d184 built in full: 19 turns, every voice's lines said in order (the STM is the
    script); the silence before the observer's second line (9.7 s), the observer talked over
    by the wearer (0.84 s), the silence before the man chased is first heard (6.5 s) and the
    one after him (7.7 s), as asked, and nowhere else a second between lines."""
    built, reference = built_in_full(tmp_path, "d184", FRESH22_SPEAKERS["d184"])
    turns, labels, plan = scripted_turns(built, reference)
    assert labels == [
        *("officer", "dispatch", "officer", "bystander", "dispatch", "officer", "dispatch"),
        *("civilian", "dispatch", "officer", "dispatch", "officer", "dispatch", "civilian"),
        *("officer", "dispatch", "officer", "civilian", "officer"),
    ]
    assert (sorted(plan.silences), sorted(plan.overlaps)) == ([4, 7, 8], [5])
    pauses = pauses_between(reference)
    assert [(i, round(p, 2)) for i, p in enumerate(pauses) if p < 0 or p > 1] == [
        (3, 9.74),
        (4, -0.84),
        (6, 6.48),
        (7, 7.72),
    ]
    assert round(turns[-1][0].end, 2) == 118.64
    # The STM is the script: each voice's lines, in order, and nothing from the generic pool.
    check_stm_is_the_script(built)
