"""The fresh21 blind half of the development set (d173-d180): what each recording promises and
what makes it new against every half before it, and one of its recordings built in full. Its own
file, as fresh19's and fresh20's are; the checks every half shares are in devset_support.py. The
first half with scene lines (``Voice.lines``); the builder's side of them is tested in
test_devset_scene_lines.py."""

from __future__ import annotations

import collections

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

from bodycam.transcribe import devset

#: The fresh21 half: true speakers (distinct labels) of each recording.
FRESH21_SPEAKERS = {
    "d173": ["officer", "partner", "civilian", "witness"],
    "d174": ["officer", "civilian"],
    "d175": ["officer", "dispatch", "civilian", "witness"],
    "d176": ["officer", "partner", "civilian", "witness", "bystander"],
    "d177": ["officer", "civilian", "witness"],
    "d178": ["officer", "civilian", "witness", "bystander"],
    "d179": ["officer", "civilian", "witness", "partner"],
    "d180": ["officer", "partner", "civilian", "witness", "dispatch"],
}


def words(line: str) -> int:
    return len(line.split())


def test_fresh21_half_is_eight_unseen_recordings_aimed_at_failures():
    # d173-d180 in order (unseen_half checks the ids against FRESH21_SPEAKERS').
    fresh21 = unseen_half("fresh21", FRESH21_SPEAKERS, shortest=50, longest=120)
    earlier = halves_before("fresh21")
    assert every_engine_and_noise(fresh21) == (
        {"espeak", "flite"},
        {"rms", "awb", "slt", "kal16"},
        {"dog", "music", "rain", "street", "wind", "siren"},
    )
    assert [s.snr_db for s in fresh21.values()] == [7, 12, 4, 8, 12, 10, 14, 4]
    assert [s.duration for s in fresh21.values()] == [92, 102, 88, 87, 101, 72, 111, 120]
    # 2-5 people, each on a voice of their own and no two on one espeak variant, the others
    # 5-15 dB under the wearer, and a woman in every scene; four of the wearers are women.
    check_voices_of_their_own(fresh21)
    assert women_wearers(fresh21) == [False, True, False, True, True, False, False, True]
    # No new espeak variant.
    assert espeak_variants(fresh21, earlier, set()) == {
        *("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8"),
        *("f1", "f2", "f3", "f4", "f5", "steph"),
    }
    # Albanian and Haitian Creole read English (both keep the Latin letters' own rules:
    # espeak's voices for other scripts read English as English); the languages before were
    # these fourteen.
    assert accents(fresh21.values()) == {"sq", "ht"}
    assert accents(earlier) == {
        *("es", "pt-br", "fr", "it", "de", "pl", "af", "sw", "vi", "ro", "tr", "lt", "cy", "nl"),
    }
    # Scene lines: every speaker has its own, none before did (28 generic lines of at most 14
    # words everywhere); a short-line speaker has one. Commands are repeated within a line.
    said = scene_lines(fresh21)
    assert not any(v.lines for s in earlier for v in s.voices)
    assert max(words(line) for line in devset._LINES) == 14
    hands = "show me your hands. show me your hands"
    assert sum(hands in line.lower() for line in said) == 6
    assert sum("grab the rope! grab the rope!" in line.lower() for line in said) == 1

    # A felony stop as the police dog barks: the wearer and his partner (a woman) shout every
    # line and the same commands; two lines talked over. No dog recording had any, or more
    # than one voice shouting.
    d173 = fresh21["d173"]
    assert (d173.noise, d173.snr_db, d173.overlaps) == ("dog", 7, 2)
    assert [v.label for v in d173.voices if v.shout] == ["officer", "partner"]
    officer, partner = d173.voices[:2]
    assert set(officer.lines) & set(partner.lines) == {
        "Passenger, show me your hands. Show me your hands!"
    }
    dogs = [s for s in earlier if s.noise == "dog"]
    assert [s.id for s in dogs] == ["d103", "d110", "d123", "d127", "d153"]
    assert not any(s.overlaps for s in dogs)
    assert max(sum(v.shout for v in s.voices) for s in dogs) == 1

    # A man behind his front door: muffled, he holds the recording after the wearer's one line,
    # in turns of up to 34 words, with two long silences. The one muffled voice before beside
    # a wearer heard once (d107) shared the scene with a partner; none was heard over music;
    # no recording with the wearer heard once had a long silence.
    d174 = fresh21["d174"]
    officer, man = d174.voices
    assert (d174.short_line, d174.replies, early_voices(d174)) == (0, None, [1])
    assert (man.muffled, len(officer.lines), len(man.lines)) == (True, 1, 9)
    assert (d174.long_silences, d174.silence, d174.noise) == (2, (10.0, 14.0), "music")
    assert max(words(line) for line in man.lines) == 34
    once = [s for s in earlier if s.short_line == 0]
    assert [(s.id, len(s.voices)) for s in once if any(v.muffled for v in s.voices)] == [
        ("d107", 3)
    ]
    assert not any(s.long_silences for s in once)
    assert not any(v.muffled for s in earlier if s.noise == "music" for v in s.voices)

    # A man in a river in a storm: the boat commander shouts on the radio, the man in the
    # water shouts 14 dB under; no radio voice shouted in rain, no rain scene had two shouting.
    d175 = fresh21["d175"]
    assert (d175.noise, d175.snr_db, d175.overlaps) == ("rain", 4, 2)
    assert [(v.label, v.radio, v.gain_db) for v in d175.voices if v.shout] == [
        ("dispatch", True, -6),
        ("witness", False, -14),
    ]
    shouting_radios = [(s.id, s.noise) for s in earlier for v in s.voices if v.radio and v.shout]
    assert shouting_radios == [("d63", "car"), ("d124", "street"), ("d169", "street")]
    rain = [s for s in earlier if s.noise == "rain"]
    assert max(sum(v.shout for v in s.voices) for s in rain) == 1

    # A takeaway fight: a woman by the bins shouts one warning, 12 dB under. The single
    # shouted lines before were a partner's or the wearer's, or a civilian's reply (d163).
    d176 = fresh21["d176"]
    warning = d176.voices[d176.short_line]
    assert (warning.label, warning.shout, warning.gain_db) == ("bystander", True, -12)
    assert espeak_variant(warning) in ALL_WOMEN and d176.replies is None
    assert warning.lines == ("He's got a knife! He's got a knife!",)
    shouted_once = [s for s in earlier if s.short_line is not None and s.voices[s.short_line].shout]
    assert len(shouted_once) == 10
    civilians = [s for s in shouted_once if devset.role(s.voices[s.short_line].label) != "officer"]
    assert [(s.id, s.replies == s.short_line) for s in civilians] == [("d163", True)]

    # A lost girl: the wearer calls the same line twice into long silences; the girl, first
    # heard late, answers in words 14 dB under. The one late voice before that answered in
    # words (d103) was 7 dB under.
    d177 = fresh21["d177"]
    girl = d177.voices[d177.late_voice]
    assert (d177.late_voice, d177.replies, girl.gain_db, girl.pitch) == (2, 2, -14, 92)
    assert (d177.long_silences, d177.silence) == (2, (9.0, 13.0))
    calls = collections.Counter(d177.voices[0].lines)
    assert calls.most_common(1) == [("Ava! Ava, can you hear me? It's the police!", 2)]
    assert max(words(line) for line in girl.lines) == 5
    late_replies = [
        (s.id, s.voices[s.late_voice].gain_db)
        for s in earlier
        if s.late_voice is not None and s.late_voice == s.replies
    ]
    assert late_replies == [("d103", -7)]

    # A row on a bus in the rain: 0-0.15 s between turns, three lines talked over; turns with
    # no room between them were never in rain before.
    d178 = fresh21["d178"]
    assert (d178.noise, d178.gaps, d178.overlaps, len(d178.voices)) == ("rain", (0.0, 0.15), 3, 4)
    assert [v.label for v in d178.voices if v.shout] == ["witness"]
    assert "rain" not in {s.noise for s in earlier if s.gaps[1] <= 0.15}

    # A shopkeeper's account of a robbery in Albanian-accented English, in turns of up to 35
    # words; the wearer only acknowledges, among four voices. Scenes where the wearer only
    # acknowledged had at most three.
    d179 = fresh21["d179"]
    shopkeeper = d179.voices[1]
    assert [(v.label, v.voice) for v in d179.voices if foreign(v)] == [("civilian", "sq+m3")]
    assert max(words(line) for line in shopkeeper.lines) == 35
    assert (d179.replies, d179.overlaps, len(d179.voices)) == (0, 1, 4)
    assert max(words(line) for line in d179.voices[0].lines) == 7
    assert max(len(s.voices) for s in earlier if s.replies == 0) == 3

    # A cab and a cyclist at a junction as a fire engine passes: five voices, a Haitian cab
    # driver and dispatch on the radio; no siren recording had five voices and a radio.
    d180 = fresh21["d180"]
    assert (d180.noise, d180.snr_db, len(d180.voices)) == ("siren", 4, 5)
    assert (d180.overlaps, d180.long_silences, d180.duration) == (3, 1, 120)
    assert [v.label for v in d180.voices if v.radio] == ["dispatch"]
    assert [(v.label, v.voice) for v in d180.voices if foreign(v)] == [("civilian", "ht+m6")]
    assert not any(
        len(s.voices) == 5 and any(v.radio for v in s.voices) for s in earlier if s.noise == "siren"
    )


@needs_voices
def test_fresh21_junction_builds_with_its_script_and_its_overlaps(tmp_path):
    """d180 built in full: 26 turns, every voice's lines said in order (the STM is the
    script), three lines talked over by 0.75-1.38 s, as asked, and the one long silence
    (6.5 s) before the partner reads the driver's address; the speech ends 2.35 s before the
    recording does, where the plan gives the wearer a turn her script does not have."""
    built, reference = built_in_full(tmp_path, "d180", FRESH21_SPEAKERS["d180"])
    turns, labels, _ = scripted_turns(built, reference)
    assert labels == [
        *("officer", "partner", "witness", "civilian", "dispatch", "officer", "partner"),
        *("civilian", "partner", "civilian", "officer", "dispatch", "officer", "witness"),
        *("officer", "partner", "witness", "dispatch", "partner", "civilian", "officer"),
        *("civilian", "witness", "dispatch", "officer", "witness"),
    ]
    # Talked over: the cyclist over the partner, dispatch over the driver, the driver over the
    # partner; then the silence, and nowhere else a second between lines.
    pauses = pauses_between(reference)
    assert [(i, round(p, 2)) for i, p in enumerate(pauses) if p < 0 or p > 1] == [
        (1, -1.04),
        (3, -0.75),
        (7, 6.48),
        (8, -1.38),
    ]
    assert round(turns[-1][0].end, 2) == 117.65
    # The STM is the script: each voice's lines, in order, and nothing from the generic pool.
    check_stm_is_the_script(built)
