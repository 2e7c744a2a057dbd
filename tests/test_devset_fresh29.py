"""The fresh29 half (d237-d244), written blind in session 32, against every half before it; the
fight at a wedding reception (d244), five voices and five lines talked over, built in full. The
checks all halves share are in devset_support.py."""

from __future__ import annotations

import devset_builds as builds
import devset_support as support
from devset_support import ALL_WOMEN, accents, espeak_variant, foreign

from bodycam.transcribe import devset

#: Each recording: its true speakers (distinct labels), noise, SNR (dB) and length (s).
FRESH29 = {
    "d237": (["officer", "civilian", "witness"], "street", 13, 88),
    "d238": (["officer", "civilian", "witness", "dispatch"], "wind", 3, 86),
    "d239": (["officer", "civilian", "witness"], "car", 12, 84),
    "d240": (["officer", "civilian", "witness", "partner"], "siren", 1, 84),
    "d241": (["officer", "civilian", "witness", "partner"], "rain", 15, 82),
    "d242": (["officer", "civilian"], "crowd", 7, 82),
    "d243": (["officer", "civilian", "witness"], "dog", 11, 78),
    "d244": (["officer", "civilian", "witness", "bystander", "partner"], "music", 5, 88),
}
FRESH29_SPEAKERS = {recording: labels for recording, (labels, *_) in FRESH29.items()}
#: The languages fresh29 brings, reading English (Cantonese by its Jyutping letter rules).
NEW_ACCENTS = {"yue-latn-jyutping", "smj", "an", "ltg", "nci"}


def over(spec: devset.RecordingSpec) -> list[str]:
    """Who says each line the plan starts over the line before, in order."""
    plan = devset.turn_plan(spec)
    return [spec.voices[plan.speakers[i]].label for i in sorted(plan.overlaps)]


def test_fresh29_half_is_eight_unseen_recordings_aimed_at_failures():
    # d237-d244 in order, each 78-88 s, within 76-90 s; every engine, every flite voice and each
    # of the eight noises once. 2-5 people on voices of their own, the others 5-15 dB under the
    # wearer, a woman in every scene, every voice at a rate and pitch (or pace) of its own.
    fresh29, earlier = support.blind_half(
        "fresh29", FRESH29_SPEAKERS, 76, 90, [tuple(scene) for _, *scene in FRESH29.values()]
    )
    # Half of it (d237, d239, d241, d243) ordinary: 11-15 dB, 3-4 people, one line talked over
    # at most.
    ordinary = [fresh29[i] for i in ("d237", "d239", "d241", "d243")]
    assert all(11 <= s.snr_db <= 15 and 3 <= len(s.voices) <= 4 for s in ordinary)
    assert [s.overlaps for s in ordinary] == [1, 0, 1, 1]
    # Four of the wearers women; no new espeak variant.
    assert support.women_wearers(fresh29) == [True, False, False, True, False, False, True, True]
    assert support.espeak_variants(fresh29, earlier, set()) == {
        *("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "f2", "f3", "f4", "f5"),
        *("steph2", "whisperf"),
    }
    # Cantonese, Lule Saami, Aragonese, Latgalian and Nahuatl read English, none heard before
    # (46 languages were); no accented line (34) has a word of one letter but "I" and "a" (each
    # of the five read every word of these lines as a word with espeak-ng -x).
    support.new_accents(fresh29, earlier, NEW_ACCENTS, lines=34)
    assert len(accents(earlier)) == 46
    # Scene lines for every speaker, a short-line speaker's one line; numbers only in words.
    support.said_in_words(fresh29, "four thousand pounds", "half past four", "two one")

    # A moped stolen outside a takeaway: the owner in a Cantonese accent over the rider once.
    d237 = fresh29["d237"]
    assert [(v.label, v.voice) for v in d237.voices if foreign(v)] == [
        ("civilian", "yue-latn-jyutping+m2")
    ]
    assert over(d237) == ["civilian"]

    # A camper van on a flooding causeway in a gale at 3 dB: the wearer shouting every line,
    # where no wearer shouted in wind before; a Lule Saami couple, the husband shouting and the
    # wife answering in a word or two, where the accented voices that answered in words before
    # (d114, d224) were men's; control on the radio, and two lines talked over.
    d238 = fresh29["d238"]
    wearer, wife = d238.voices[0], d238.voices[d238.replies]
    assert (wearer.shout, d238.noise, d238.snr_db) == (True, "wind", 3)
    assert "wind" not in {s.noise for s in earlier if s.voices[0].shout}
    assert (wife.voice, espeak_variant(wife) in ALL_WOMEN) == ("smj+f2", True)
    assert all(len(line.split()) <= 3 for line in wife.lines)
    assert [v.voice for v in d238.voices if v.shout and foreign(v)] == ["smj+m6"]
    replies = [s.voices[s.replies] for s in earlier if s.replies is not None]
    assert [v.voice for v in replies if foreign(v)] == ["fr+gustave", "om+m4"]
    assert [v.label for v in d238.voices if v.radio] == ["dispatch"]
    assert over(d238) == ["witness", "dispatch"]

    # A van stopped for a brake light: an Aragonese driver, the wearer on flite, a long silence
    # before the wearer's answer while he checks the licence.
    d239 = fresh29["d239"]
    assert [v.voice for v in d239.voices] == ["kal16", "an+m7", "en-gb-x-gbcwmd+steph2"]
    plan = devset.turn_plan(d239)
    assert [plan.speakers[i] for i in plan.silences] == [0] and d239.overlaps == 0

    # A van on its side as the sirens come, at 1 dB: the Latgalian partner first heard late on
    # the radio, 9 dB under the wearer. No siren recording before was under 2 dB (d118), and
    # no voice first heard late on the radio (d98, d115, d124, d132) had an accent.
    d240 = fresh29["d240"]
    partner = d240.voices[d240.late_voice]
    assert (partner.label, partner.voice, partner.radio, partner.gain_db) == (
        "partner",
        "ltg+m5",
        True,
        -9,
    )
    sirens = [s for s in earlier if s.noise == "siren"]
    assert min(s.snr_db for s in sirens) == 2 and d240.snr_db == 1
    assert [s.id for s in sirens if s.snr_db == 2] == ["d118"]
    late = [(s.id, s.voices[s.late_voice]) for s in earlier if s.late_voice is not None]
    radio = [(i, v) for i, v in late if v.radio]
    assert [i for i, _ in radio] == ["d98", "d115", "d124", "d132"]
    assert not any(foreign(v) for _, v in radio)
    assert over(d240) == ["partner"]

    # A baby locked in a car in the rain: a Nahuatl neighbour, the partner's one line, the wearer
    # over the mother once.
    d241 = fresh29["d241"]
    assert [v.voice for v in d241.voices if foreign(v)] == ["nci+m4"]
    assert d241.voices[d241.short_line].label == "partner"
    assert over(d241) == ["officer"]

    # A spiked drink in a crowded pub: two voices, the student whispering in a Cantonese accent.
    # No recording in crowd noise before had two voices, and no whispering voice before had an
    # accent.
    d242 = fresh29["d242"]
    assert [v.voice for v in d242.voices] == ["en-gb-x-gbcwmd+m2", "yue-latn-jyutping+whisperf"]
    assert (d242.noise, d242.overlaps, d242.long_silences) == ("crowd", 0, 0)
    assert not [s.id for s in earlier if s.noise == "crowd" and len(s.voices) == 2]
    whispers = [v for s in earlier for v in s.voices if "whisper" in v.voice]
    assert len(whispers) == 9 and not any(foreign(v) for v in whispers)

    # A handbag found by a dog walker's dogs: no accent, the groundsman 10 dB under the wearer,
    # the wearer over the walker once.
    d243 = fresh29["d243"]
    assert not accents([d243]) and d243.voices[2].gain_db == -10
    assert over(d243) == ["officer"]

    # A fight at a wedding reception as the disco plays at 5 dB: five voices and five lines
    # talked over, three in a row as the officers come in. No recording in music noise before
    # had more than three (d112, d128, d186).
    d244 = fresh29["d244"]
    assert (len(d244.voices), d244.overlaps, d244.noise, d244.snr_db) == (5, 5, "music", 5)
    assert over(d244) == ["partner", "bystander", "witness", "civilian", "officer"]
    music = [(s.id, s.overlaps) for s in earlier if s.noise == "music"]
    assert max(n for _, n in music) == 3
    assert [i for i, n in music if n == 3] == ["d112", "d128", "d186"]


@builds.needs_voices
def test_fresh29_wedding_fight_builds_with_its_script_and_five_lines_talked_over(tmp_path):
    """d244 built in full: 25 turns, every voice's lines said in order (the STM is the script);
    the five lines talked over as asked (the partner 1.15 s over the brother, the manager 1.34 s
    over the partner, the bride 0.83 s over the manager, the brother 0.98 s over the manager,
    the wearer 1.33 s over the brother), 0.2-0.9 s between every other two turns, the last line
    ending at 85.65 s."""
    labels = [
        *("officer", "civilian", "partner", "bystander", "witness", "officer", "bystander"),
        *("civilian", "officer", "partner", "civilian", "officer", "bystander", "officer"),
        *("civilian", "officer", "civilian", "officer", "witness", "officer", "bystander"),
        *("witness", "officer", "civilian", "officer"),
    ]
    _, pauses = builds.built_as_planned(
        tmp_path, "d244", FRESH29_SPEAKERS["d244"], labels, ([], [2, 3, 4, 7, 8]), 85.65
    )
    assert [(i, round(p, 2)) for i, p in enumerate(pauses) if p < 0] == [
        (1, -1.15),
        (2, -1.34),
        (3, -0.83),
        (6, -0.98),
        (7, -1.33),
    ]
    assert len(pauses) == 24 and all(0.2 <= p <= 0.9 for p in pauses if p >= 0)
