"""The fresh25 half (d205-d212), written blind in session 29, checked against every half
before it; the missing girl (d207), three lines talked over in a row, built in full. What every
half's tests share is in devset_support.py."""

from __future__ import annotations

import devset_builds as builds
import devset_support as support
from devset_support import ALL_WOMEN, accents, espeak_variant, foreign, words

from bodycam.transcribe import devset

#: The fresh25 half: true speakers (distinct labels) of each recording.
FRESH25_SPEAKERS = {
    "d205": ["officer", "civilian", "witness", "bystander", "partner"],
    "d206": ["officer", "civilian"],
    "d207": ["officer", "partner", "witness", "dispatch"],
    "d208": ["officer", "civilian", "partner", "bystander"],
    "d209": ["officer", "civilian", "partner"],
    "d210": ["officer", "civilian", "witness"],
    "d211": ["officer", "civilian", "bystander"],
    "d212": ["officer", "bystander", "civilian", "partner"],
}

#: Each recording's noise, SNR (dB) and length (s).
SCENES = [
    *(("street", 12, 88), ("siren", 7, 84), ("car", 15, 84), ("wind", 5, 90)),
    *(("rain", 3, 82), ("dog", 9, 74), ("music", 11, 82), ("crowd", 6, 86)),
]


def test_fresh25_half_is_eight_unseen_recordings_aimed_at_failures():
    # d205-d212 in order, each 74-90 s as fresh24's 70-88 s; every engine, every flite voice,
    # and each of the eight noises once: per recording its noise, SNR and length. 2-5 people,
    # each on a voice of their own and no two on one espeak variant, the others 5-15 dB under the
    # wearer, a woman in every scene, every voice at a rate and pitch (or pace) of its own.
    fresh25, earlier = support.blind_half("fresh25", FRESH25_SPEAKERS, 74, 90, SCENES)
    # Three of the wearers women; no new espeak variant.
    assert support.women_wearers(fresh25) == [False, True, False, True, False, False, False, True]
    assert support.espeak_variants(fresh25, earlier, set()) <= {
        *("m1", "m2", "m3", "m4", "m5", "m6", "m7", "f1", "f2", "f3", "f4", "f5"),
    }
    # Danish, Basque, Icelandic and Maltese read English, none heard before; no Danish line says
    # "it" (this espeak-ng's Danish voice reads it as the letters, as its Finnish voice does).
    support.new_accents(fresh25, earlier, {"da", "eu", "is", "mt"})
    danish = [
        line for s in fresh25.values() for v in s.voices if v.voice[:3] == "da+" for line in v.lines
    ]
    assert len(danish) == 7 and not any("it" in words(line) for line in danish)
    # Scene lines for every speaker, a short-line speaker's one line; numbers only in words.
    support.said_in_words(fresh25, "forty two people", "eighty one next month")

    # A tour coach that clipped a parked car: three accents in one scene, the passenger (one
    # accent) talking over the guide (another) in the first line talked over. No scene before
    # had more than two languages reading English.
    d205 = fresh25["d205"]
    assert [v.voice for v in d205.voices if foreign(v)] == ["da+m3", "eu+f3", "is+m6"]
    assert max(len(accents([s])) for s in earlier) == 2
    plan = devset.turn_plan(d205)
    first = min(plan.overlaps)
    over = [d205.voices[plan.speakers[i]].voice for i in (first - 1, first)]
    assert (sorted(plan.overlaps), over) == ([6, 7, 9], ["eu+f3", "is+m6"])

    # The driver's one line after the wearer's first, then the wearer alone in eleven turns as the
    # sirens come. The wearer alone before (d19, d96, d117, d153, d199) was in car, wind and dog
    # noise.
    d206 = fresh25["d206"]
    assert (len(d206.voices), d206.short_line, len(d206.voices[0].lines)) == (2, 1, 12)
    alone = [s for s in earlier if len(s.voices) == 2 and s.short_line == 1]
    assert [s.id for s in alone] == ["d19", "d96", "d117", "d153", "d199"]
    assert {s.noise for s in alone} == {"car", "wind", "dog"}

    # A missing girl: her mother on the phone on speaker talking over control on the car radio,
    # two band-limited voices, one over the other, and control in a Maltese accent. Before, a
    # line talked over beside a band-limited voice always had a voice in the open on its other
    # side, and the one band-limited voice with an accent was a civilian's (d145's phone).
    d207 = fresh25["d207"]
    radio = [i for i, v in enumerate(d207.voices) if v.radio]
    assert [(d207.voices[i].label, d207.voices[i].voice) for i in radio] == [
        ("witness", "en+f3"),
        ("dispatch", "mt+m5"),
    ]
    assert radio_over_radio(d207) == [3] and sorted(devset.turn_plan(d207).overlaps) == [2, 3, 4, 9]
    several = [s for s in earlier if sum(v.radio for v in s.voices) >= 2]
    assert [s.id for s in several] == ["d40", "d104", "d120"]
    assert not any(radio_over_radio(s) for s in several)
    accented = [(s.id, v.label) for s in earlier for v in s.voices if v.radio and foreign(v)]
    assert accented == [("d145", "witness")]

    # A car blown into a ditch on a moor: a lorry driver with a Basque accent first heard after
    # a long silence. No late voice before had an accent.
    d208 = fresh25["d208"]
    lorry = d208.voices[d208.late_voice]
    assert (lorry.label, lorry.voice, d208.noise, d208.snr_db) == ("bystander", "eu+m7", "wind", 5)
    assert not any(foreign(s.voices[s.late_voice]) for s in earlier if s.late_voice is not None)

    # A widow on the church steps: three long silences in rain at 3 dB. Long silences in rain
    # before (d76's late neighbour, d86, d94, d154, d172, d185) were at 8-18 dB.
    d209 = fresh25["d209"]
    assert (d209.noise, d209.snr_db, d209.long_silences, d209.overlaps) == ("rain", 3, 3, 0)
    quiet = [
        s for s in earlier if s.noise == "rain" and (s.long_silences or s.late_voice is not None)
    ]
    assert [s.id for s in quiet] == ["d76", "d86", "d94", "d154", "d172", "d185"]
    assert min(s.snr_db for s in quiet) == 8

    # Two women shouting every line at each other over their dogs, the one over the other twice.
    # Every scene before with two people shouting had a man among them.
    d210 = fresh25["d210"]
    assert shouting_women(d210) == {"civilian": True, "witness": True}
    plan = devset.turn_plan(d210)
    labels = [d210.voices[i].label for i in plan.speakers]
    both = [
        i for i in sorted(plan.overlaps) if {labels[i - 1], labels[i]} == {"civilian", "witness"}
    ]
    assert both == [5, 8]
    shouting = [shouting_women(s) for s in earlier if len(shouting_women(s)) >= 2]
    assert len(shouting) == 11 and not any(all(women.values()) for women in shouting)

    # A pub landlord's account in three turns of 54-57 words, where no line before had more
    # than 36, and the barmaid's one line in an Icelandic accent, the first short line with one.
    d211 = fresh25["d211"]
    assert [len(line.split()) for line in d211.voices[1].lines] == [54, 54, 57]
    assert max(len(line.split()) for s in earlier for v in s.voices for line in v.lines) == 36
    assert d211.voices[d211.short_line].voice == "is+f4"
    assert not any(foreign(s.voices[s.short_line]) for s in earlier if s.short_line is not None)

    # A lost boy after a concert: a steward shouting through a loudhailer (shouting and
    # band-limited) over the crowd, once over the Maltese mother. Such voices before were in
    # car, street and rain noise.
    d212 = fresh25["d212"]
    assert [(v.label, v.voice) for v in d212.voices if v.shout and v.radio] == [
        ("bystander", "awb")
    ]
    assert d212.noise == "crowd" and d212.voices[2].voice == "mt+f2"
    hailers = {s.noise for s in earlier for v in s.voices if v.shout and v.radio}
    assert hailers == {"car", "street", "rain"}


def radio_over_radio(spec: devset.RecordingSpec) -> list[int]:
    """The lines a recording's plan has start over the line before where both are band-limited."""
    plan = devset.turn_plan(spec)
    radio = {i for i, v in enumerate(spec.voices) if v.radio}
    return [
        i
        for i in sorted(plan.overlaps)
        if plan.speakers[i - 1] in radio and plan.speakers[i] in radio
    ]


def shouting_women(spec: devset.RecordingSpec) -> dict[str, bool]:
    """Each shouting speaker's label and whether the voice is a woman's."""
    return {v.label: espeak_variant(v) in ALL_WOMEN for v in spec.voices if v.shout}


@builds.needs_voices
def test_fresh25_missing_girl_builds_with_its_script_and_its_overlaps(tmp_path):
    """d207 built in full: 16 turns, every voice's lines said in order (the STM is the script);
    the three lines talked over in a row as asked, the mother on the phone 0.99 s over control on
    the radio between control over the partner (1.32 s) and the wearer over the mother (0.98 s),
    the partner over the wearer (0.81 s), 0.2-0.9 s between every other line."""
    labels = [
        *("officer", "partner", "dispatch", "witness", "officer", "dispatch", "officer"),
        *("dispatch", "officer", "partner", "officer", "witness", "dispatch", "witness"),
        *("officer", "dispatch"),
    ]
    built, pauses = builds.built_as_planned(
        tmp_path, "d207", FRESH25_SPEAKERS["d207"], labels, ([], [2, 3, 4, 9]), 79.41
    )
    assert [(i, round(p, 2)) for i, p in enumerate(pauses) if p < 0] == [
        (1, -1.32),
        (2, -0.99),
        (3, -0.98),
        (8, -0.81),
    ]
    assert all(0.2 <= p <= 0.9 for p in pauses if p >= 0)
    radio = {v.label for v in built.spec.voices if v.radio}
    assert {labels[2], labels[3]} == radio == {"dispatch", "witness"}
