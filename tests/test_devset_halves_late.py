"""The blind halves of the development set fresh11 to fresh14: what each promises and what makes
it new against every half before it, and one of its recordings built in full. fresh7 to
fresh10 are in test_devset_halves.py, which grew past 700 lines with a half per session;
the checks every half shares are in devset_support.py."""

from __future__ import annotations

import numpy as np
from devset_builds import built_in_full, needs_voices, pauses_between, stm_rows
from devset_support import (
    WOMEN,
    espeak_variant,
    espeak_variants,
    every_engine_and_noise,
    halves_before,
    unseen_half,
)

from bodycam.transcribe import devset

#: The fresh11 half: true speakers (distinct labels) of each recording.
FRESH11_SPEAKERS = {
    "d93": ["officer", "civilian", "witness"],
    "d94": ["officer", "civilian", "witness"],
    "d95": ["officer", "partner", "civilian"],
    "d96": ["officer", "dispatch"],
    "d97": ["officer", "partner", "civilian", "witness"],
    "d98": ["officer", "civilian", "witness", "dispatch"],
    "d99": ["officer", "partner", "civilian", "witness", "bystander"],
    "d100": ["officer", "dispatch"],
}
#: The espeak variants fresh11 brings in (none used before it): women's, then men's.
_FRESH11_WOMEN = {"steph2", "steph3", "shelby"}
_FRESH11_MEN = {
    "travis",
    "david",
    "victor",
    "paul",
    "Lee",
    "Denis",
    "Andy",
    "ed",
    "norbert",
    "robert",
}


def test_fresh11_half_is_eight_unseen_recordings_aimed_at_failures():
    fresh11 = unseen_half("fresh11", FRESH11_SPEAKERS, shortest=50, longest=70)
    assert list(fresh11) == [f"d{n}" for n in range(93, 101)]
    earlier = halves_before("fresh11")
    engines, flite_voices, noises = every_engine_and_noise(fresh11)
    assert engines == {"espeak", "flite"} and flite_voices == {"rms", "awb", "slt", "kal16"}
    assert noises == {"crowd", "rain", "street", "wind", "music", "car"}
    snrs = {i: s.snr_db for i, s in fresh11.items()}
    assert list(snrs.values()) == [15, 17, 9, 12, 12, 18, 3, 14]
    # Most of it clean-ish, so the difficulty there is the people, not the noise.
    assert sum(snr >= 12 for snr in snrs.values()) == 6
    # Everyone but the wearer 2-14 dB quieter (before shouting).
    for spec in fresh11.values():
        assert all(-14 <= v.gain_db <= -2 and not v.wearer for v in spec.voices[1:]), spec.id
    # This espeak-ng reads "en-gb+variant" as plain en-gb (the variant is lost): none here.
    espeak = [v for s in fresh11.values() for v in s.voices if v.engine == "espeak"]
    assert all(v.voice.split("+")[0] not in ("en-gb", "en-sc") and "+" in v.voice for v in espeak)
    # Thirteen variants no earlier recording used, of women and men, in eight accents.
    new = _FRESH11_WOMEN | _FRESH11_MEN
    assert {espeak_variant(v) for v in espeak} == new | {"grandma"} and len(new) == 13
    assert not new & {espeak_variant(v) for s in earlier for v in s.voices}
    assert len({v.voice.split("+")[0] for v in espeak}) == 8
    # A shoplifter shouting each of his short answers; every earlier replier spoke calmly.
    d93 = fresh11["d93"]
    assert d93.voices[d93.replies].shout and d93.noise == "crowd"
    assert not any(s.voices[s.replies].shout for s in earlier if s.replies is not None)
    # An old woman answering through her closed door in a word or two, with long waits; no
    # earlier muffled voice replied, nor shared a scene with long silences.
    d94 = fresh11["d94"]
    door = d94.voices[d94.replies]
    assert (door.label, door.muffled, espeak_variant(door), d94.long_silences) == (
        "civilian",
        True,
        "grandma",
        2,
    )
    assert not any(s.voices[s.replies].muffled for s in earlier if s.replies is not None)
    assert not any(s.long_silences for s in earlier if any(v.muffled for v in s.voices))
    # A shout from across a bridge, quieter than any earlier shout.
    shouter = fresh11["d95"].voices[2]
    assert shouter.shout and shouter.gain_db == -14
    assert shouter.gain_db < min(v.gain_db for s in earlier for v in s.voices if v.shout)
    # The wearer alone but for dispatch's one radio reply; no earlier radio said a single line.
    d96 = fresh11["d96"]
    assert len(d96.voices) == 2 and d96.voices[1].radio and d96.short_line == d96.replies == 1
    assert not any(s.voices[s.short_line].radio for s in earlier if s.short_line is not None)
    # Long silences and lines talked over in one row; no earlier scene had both.
    d97 = fresh11["d97"]
    assert (d97.long_silences, d97.overlaps, d97.noise) == (3, 2, "music")
    assert [v.label for v in d97.voices if v.shout] == ["civilian"]
    assert not any(s.long_silences and s.overlaps for s in earlier)
    # Dispatch arriving late, over the radio; every earlier late voice was heard in person.
    d98 = fresh11["d98"]
    assert d98.voices[d98.late_voice].radio and d98.voices[d98.late_voice].label == "dispatch"
    assert not any(s.voices[s.late_voice].radio for s in earlier if s.late_voice is not None)
    # Five voices and five lines talked over at 3 dB; no earlier five-voice scene had as many.
    d99 = fresh11["d99"]
    assert (len(d99.voices), d99.overlaps, d99.snr_db) == (5, 5, 3)
    assert d99.overlaps > max(s.overlaps for s in earlier if len(s.voices) >= 5)
    # The wearer only acknowledging a radio; earlier acknowledging wearers heard a civilian.
    d100 = fresh11["d100"]
    assert d100.replies == 0 and [v.radio for v in d100.voices] == [False, True]
    assert all(not any(v.radio for v in s.voices) for s in earlier if s.replies == 0)


@needs_voices
def test_fresh11_wearer_alone_builds_with_one_radio_reply(tmp_path):
    """d96 built in full: dispatch's one turn, a reply under a second and second in the
    recording; then the wearer alone to the end, through three 6-10 s silences."""
    built, reference = built_in_full(tmp_path, "d96", FRESH11_SPEAKERS["d96"])
    (radio,) = reference.label_timeline("dispatch")
    turns = sorted(segment for segment, _ in reference.itertracks())
    assert radio.duration < 1 and turns[1] == radio and len(turns) >= 8
    rows = [(label, text) for _, _, label, _, _, text in stm_rows(built)]
    assert [label for label, _ in rows].count("officer") == len(turns) - 1
    (said,) = [text for label, text in rows if label == "dispatch"]
    assert said in devset._REPLIES
    assert sum(6 <= gap <= 10 for gap in pauses_between(reference)) == 3


@needs_voices
def test_fresh11_domestic_builds_with_silences_and_talk_over(tmp_path):
    """d97 built in full: its four speakers, both lines talked over and all three long silences
    (none lost to an overlap drawn on the same line)."""
    built, reference = built_in_full(tmp_path, "d97", FRESH11_SPEAKERS["d97"])
    gaps = pauses_between(reference)
    assert sum(gap < 0 for gap in gaps) == built.spec.overlaps == 2
    assert sum(6 <= gap <= 10 for gap in gaps) == built.spec.long_silences == 3


#: The fresh12 half: true speakers (distinct labels) of each recording.
FRESH12_SPEAKERS = {
    "d101": ["officer", "partner", "civilian"],
    "d102": ["officer", "civilian", "partner"],
    "d103": ["officer", "civilian", "partner", "witness"],
    "d104": ["officer", "civilian", "witness", "dispatch"],
    "d105": ["officer", "partner", "civilian", "witness", "bystander"],
    "d106": ["officer", "civilian", "witness"],
    "d107": ["officer", "civilian", "partner"],
    "d108": ["officer", "civilian", "dispatch"],
}
#: The espeak variants fresh12 brings in (none used before it): a boy's, then men's.
_FRESH12_NEW = {
    "zac",
    "Mario",
    "Gene2",
    "Storm",
    "Jacky",
    "boris",
    "iven3",
    "pablo",
    "kaukovalta",
    "antonio",
    "Diogo",
    "edward",
    "sandro",
    "Nguyen",
    "rob",
}


def test_fresh12_half_is_eight_unseen_recordings_aimed_at_failures():
    fresh12 = unseen_half("fresh12", FRESH12_SPEAKERS, shortest=50, longest=70)
    assert list(fresh12) == [f"d{n}" for n in range(101, 109)]
    earlier = halves_before("fresh12")
    engines, flite_voices, noises = every_engine_and_noise(fresh12)
    assert engines == {"espeak", "flite"} and flite_voices == {"rms", "awb", "slt", "kal16"}
    assert noises == {"car", "street", "dog", "crowd", "music", "rain", "siren"}
    snrs = {i: s.snr_db for i, s in fresh12.items()}
    assert list(snrs.values()) == [15, 17, 12, 12, 10, 14, 16, 5]
    assert sum(14 <= snr <= 17 for snr in snrs.values()) == 4
    assert [s.duration for s in fresh12.values()] == [58, 56, 66, 62, 64, 60, 62, 58]
    # Everyone but the wearer 3-12 dB quieter (before shouting).
    for spec in fresh12.values():
        assert all(-12 <= v.gain_db <= -3 and not v.wearer for v in spec.voices[1:]), spec.id
    # No "en-gb+variant" (read as plain en-gb); fifteen variants no earlier recording used.
    variants = espeak_variants(fresh12, earlier, _FRESH12_NEW)
    assert variants == _FRESH12_NEW | {"whisper", "f5"} and len(_FRESH12_NEW) == 15
    # Two Scottish officers at one pitch setting and a Scottish flite driver; the wearer only
    # acknowledges, which earlier wearers did only in two-voice scenes.
    d101 = fresh12["d101"]
    assert [v.voice for v in d101.voices] == [
        "en-gb-scotland+Mario",
        "en-gb-scotland+Gene2",
        "awb",
    ]
    assert d101.voices[0].pitch == d101.voices[1].pitch == 45 and d101.replies == 0
    assert all(len(s.voices) == 2 for s in earlier if s.replies == 0)
    # A whisperer answering in a word or two beside the camera; no earlier replier whispered.
    d102 = fresh12["d102"]
    hiding = d102.voices[d102.replies]
    assert (hiding.label, espeak_variant(hiding), hiding.gain_db) == ("civilian", "whisper", -3)
    repliers = [s.voices[s.replies] for s in earlier if s.replies is not None]
    assert not any("whisper" in v.voice for v in repliers)
    # A boy first heard late, in replies, as a search dog barks: no late voice replied before.
    d103 = fresh12["d103"]
    boy = d103.voices[d103.late_voice]
    assert d103.late_voice == d103.replies == 3 and (d103.noise, d103.snr_db) == ("dog", 12)
    assert (boy.label, boy.voice, boy.pitch) == ("witness", "en-us+zac", 65)
    assert not any(s.late_voice == s.replies for s in earlier if s.late_voice is not None)
    assert all(s.noise != "dog" for s in earlier)
    # Two band-limited men, a civilian on a phone and dispatch, with a civilian in person and
    # talk-over; the one earlier pair (d40) was two police alone with the wearer.
    d104 = fresh12["d104"]
    assert [(v.label, v.voice) for v in d104.voices if v.radio] == [
        ("witness", "kal16"),
        ("dispatch", "en-us+iven3"),
    ]
    assert d104.overlaps == 2 and len(d104.voices) == 4
    pairs = [s for s in earlier if len({v.label for v in s.voices if v.radio}) >= 2]
    assert [s.id for s in pairs] == ["d40"]
    assert {devset.role(v.label) for v in pairs[0].voices} == {"officer"}
    assert (len(pairs[0].voices), pairs[0].overlaps) == (3, 0)
    # Five men and no woman, six lines talked over in a crowd; every earlier five-voice scene
    # had a woman, and no crowd scene had more than three lines talked over.
    d105 = fresh12["d105"]
    assert (len(d105.voices), d105.overlaps, d105.noise, d105.snr_db) == (5, 6, "crowd", 10)
    assert not WOMEN & {espeak_variant(v) for v in d105.voices}
    for spec in earlier:
        if len({v.label for v in spec.voices}) >= 5:
            assert WOMEN & {espeak_variant(v) for v in spec.voices}, spec.id
    assert max(s.overlaps for s in earlier if s.noise == "crowd") == 3
    # English read by espeak's Brazilian Portuguese voice; Spanish was the only other language.
    d106 = fresh12["d106"]
    assert [v.voice for v in d106.voices] == ["slt", "pt-br+Diogo", "en-029+f5"]
    others = {v.voice.split("+")[0] for s in earlier for v in s.voices if v.engine == "espeak"}
    assert {base for base in others if not base.startswith("en")} == {"es"}
    # A prisoner behind the partition and the partner driving hold the minute; the wearer is
    # heard once, an acknowledgement. No earlier wearer-once scene had glass or a partner.
    d107 = fresh12["d107"]
    assert (d107.short_line, d107.replies, d107.overlaps, len(d107.voices)) == (0, 0, 3, 3)
    assert [v.label for v in d107.voices if v.muffled] == ["civilian"]
    once = [s for s in earlier if s.short_line == 0]
    assert [s.id for s in once] == ["d36", "d46", "d90"]
    assert not any(v.muffled or v.label == "partner" for s in once for v in s.voices)
    # The wearer shouting every line over a siren at 5 dB; earlier shouting wearers were in
    # street noise and earlier sirens at 6 dB and above.
    d108 = fresh12["d108"]
    assert d108.voices[0].shout and (d108.noise, d108.snr_db) == ("siren", 5)
    assert [v.label for v in d108.voices if v.radio] == ["dispatch"]
    assert {s.noise for s in earlier if s.voices[0].shout} == {"street"}
    assert min(s.snr_db for s in earlier if s.noise == "siren") == 6


@needs_voices
def test_fresh12_boy_builds_late_in_replies_with_barks_in_the_silence(tmp_path):
    """d103 built in full: the boy's first turn is the seventh, after a 6-10 s silence, and
    every turn of his is a reply; in that silence the dog's loudest barks are as loud as the
    speech, over a yard ten times quieter."""
    built, reference = built_in_full(tmp_path, "d103", FRESH12_SPEAKERS["d103"])
    turns = sorted((segment, label) for segment, _, label in reference.itertracks(yield_label=True))
    first = [label for _, label in turns].index("witness")
    assert first == 6 and 6 <= turns[6][0].start - turns[5][0].end <= 10
    said = [text for _, _, label, _, _, text in stm_rows(built) if label == "witness"]
    assert len(said) >= 3 and all(text in devset._REPLIES for text in said)
    audio = devset.read_audio(built.audio_path)
    speech = np.concatenate([audio[int(s.start * 16000) : int(s.end * 16000)] for s, _ in turns])
    quiet = audio[int(turns[5][0].end * 16000) : int(turns[6][0].start * 16000)]
    frames = np.sqrt((quiet[: quiet.size // 512 * 512].reshape(-1, 512) ** 2).mean(axis=1))
    level = float(np.sqrt(np.mean(speech**2)))
    assert frames.max() > level > 10 * np.median(frames), (frames.max(), level)


#: The fresh13 half: true speakers (distinct labels) of each recording.
FRESH13_SPEAKERS = {
    "d109": ["officer", "civilian", "witness"],
    "d110": ["officer", "civilian", "witness"],
    "d111": ["officer", "partner", "civilian", "bystander", "witness"],
    "d112": ["officer", "civilian", "witness", "dispatch"],
    "d113": ["officer", "civilian"],
    "d114": ["officer", "civilian", "partner", "witness"],
    "d115": ["officer", "partner", "civilian"],
    "d116": ["officer", "partner", "civilian", "witness", "bystander"],
}
#: The espeak variants fresh13 brings in (none used before it), all men's.
_FRESH13_NEW = {
    "adam",
    "benjamin",
    "caleb",
    "john",
    "max",
    "Alex",
    "Hugo",
    "marcelo",
    "miguel",
    "pedro",
    "gustave",
    "iven2",
    "AnxiousAndy",
}


def test_fresh13_half_is_eight_unseen_recordings_aimed_at_failures():
    # d109-d116 in order (unseen_half checks the ids against FRESH13_SPEAKERS').
    fresh13 = unseen_half("fresh13", FRESH13_SPEAKERS, shortest=50, longest=70)
    earlier = halves_before("fresh13")
    assert every_engine_and_noise(fresh13) == (
        {"espeak", "flite"},
        {"rms", "awb", "slt", "kal16"},
        {"street", "dog", "music", "rain", "car", "wind", "crowd"},
    )
    assert [s.snr_db for s in fresh13.values()] == [14, 4, 14, 9, 0, 16, 11, 0]
    assert [s.duration for s in fresh13.values()] == [58, 64, 70, 60, 56, 58, 70, 64]
    for spec in fresh13.values():
        assert all(-12 <= v.gain_db <= -3 and not v.wearer for v in spec.voices[1:]), spec.id
    # No "en-gb+variant" (read as plain en-gb); thirteen variants no earlier recording used.
    variants = espeak_variants(fresh13, earlier, _FRESH13_NEW)
    assert variants == _FRESH13_NEW | {"f2", "f3", "f4", "f5"} and len(_FRESH13_NEW) == 13
    # The wearer's own flite voice given to the son; earlier, the wearer's voice went to
    # another label only once, a partner's (d72; d61's twins were two civilians).
    wearer, son = fresh13["d109"].voices[:2]
    assert (wearer.engine, wearer.voice) == (son.engine, son.voice) == ("flite", "rms")
    assert son.label == "civilian" and son.gain_db == -4
    doubles = [
        (s.id, v.label)
        for s in earlier
        for v in s.voices
        if (v.engine, v.voice) == (s.voices[0].engine, s.voices[0].voice)
        and v.label != s.voices[0].label
    ]
    assert doubles == [("d72", "partner")]
    # A late voice shouting through a closed door while a dog barks at 4 dB; earlier late
    # voices neither shouted nor were muffled, and the dog barked at 12 dB.
    d110 = fresh13["d110"]
    late = d110.voices[d110.late_voice]
    assert late.shout and late.muffled and (d110.noise, d110.snr_db) == ("dog", 4)
    late_before = [s.voices[s.late_voice] for s in earlier if s.late_voice is not None]
    assert not any(v.shout or v.muffled for v in late_before)
    assert {s.snr_db for s in earlier if s.noise == "dog"} == {12}
    # Five voices, three long silences, one heard once; long silences had at most four voices.
    d111 = fresh13["d111"]
    assert (len(d111.voices), d111.long_silences, d111.short_line) == (5, 3, 3)
    assert max(len({v.label for v in s.voices}) for s in earlier if s.long_silences) == 4
    # Four voices and a radio with no room between turns; tight turns had at most three
    # voices and never a radio.
    d112 = fresh13["d112"]
    assert d112.gaps == (0.0, 0.12) and d112.overlaps == 3 and len(d112.voices) == 4
    assert [v.label for v in d112.voices if v.radio] == ["dispatch"]
    tight = [s for s in earlier if s.gaps[1] <= 0.15]
    assert [s.id for s in tight] == ["d42", "d50", "d88"]
    assert max(len(s.voices) for s in tight) == 3
    assert not any(v.radio for s in tight for v in s.voices)
    # The wearer shouting over rain at 0 dB to a man answering in words; shouting wearers were
    # in street noise or a siren, and rain never below 2 dB.
    d113 = fresh13["d113"]
    assert d113.voices[0].shout and (d113.noise, d113.snr_db, d113.replies) == ("rain", 0, 1)
    assert {s.noise for s in earlier if s.voices[0].shout} == {"street", "siren"}
    assert min(s.snr_db for s in earlier if s.noise == "rain") == 2
    # A French voice answering in words; Spanish and Brazilian Portuguese came before, and
    # neither only replied.
    d114 = fresh13["d114"]
    assert d114.voices[d114.replies].voice == "fr+gustave"
    others = {v.voice.split("+")[0] for s in earlier for v in s.voices if v.engine == "espeak"}
    assert {base for base in others if not base.startswith("en")} == {"es", "pt-br"}
    repliers = [s.voices[s.replies].voice for s in earlier if s.replies is not None]
    assert not any(not voice.startswith("en") and "+" in voice for voice in repliers)
    # A civilian late on a phone on speaker between long silences; the only earlier late
    # radio voice was dispatch (d98), with no other silence.
    d115 = fresh13["d115"]
    daughter = d115.voices[d115.late_voice]
    assert daughter.radio and daughter.label == "civilian" and d115.long_silences == 2
    late_radio = [s for s in earlier if s.late_voice is not None and s.voices[s.late_voice].radio]
    assert [(s.id, s.voices[s.late_voice].label, s.long_silences) for s in late_radio] == [
        ("d98", "dispatch", 0)
    ]
    # Five voices, two shouting, in a crowd at 0 dB; 0 dB scenes had at most four voices and
    # crowds were at 2 dB and above.
    d116 = fresh13["d116"]
    assert (len(d116.voices), d116.noise, d116.snr_db) == (5, "crowd", 0)
    assert [v.label for v in d116.voices if v.shout] == ["civilian", "witness"]
    assert max(len(s.voices) for s in earlier if s.snr_db == 0) == 4
    assert min(s.snr_db for s in earlier if s.noise == "crowd") == 2


@needs_voices
def test_fresh13_taxi_rank_builds_with_no_room_between_four_voices(tmp_path):
    """d112 built in full: every pause between turns is 0-0.12 s but the three lines talked
    over, and the four voices (dispatch on the radio among them) each take turns."""
    built, reference = built_in_full(tmp_path, "d112", FRESH13_SPEAKERS["d112"])
    gaps = pauses_between(reference)
    assert sum(gap < 0 for gap in gaps) == built.spec.overlaps == 3
    assert all(0 <= gap <= 0.12 for gap in gaps if gap >= 0) and len(gaps) == 20
    labels = [label for _, _, label in reference.itertracks(yield_label=True)]
    assert {label: labels.count(label) for label in set(labels)} == {
        "officer": 9,
        "civilian": 3,
        "witness": 4,
        "dispatch": 5,
    }


#: The fresh14 half: true speakers (distinct labels) of each recording.
FRESH14_SPEAKERS = {
    "d117": ["officer", "civilian"],
    "d118": ["officer", "partner", "civilian"],
    "d119": ["officer", "civilian", "witness", "bystander", "partner"],
    "d120": ["officer", "dispatch", "partner", "civilian", "witness"],
    "d121": ["officer", "civilian", "witness"],
    "d122": ["officer", "civilian", "witness", "partner"],
    "d123": ["officer", "civilian", "witness"],
    "d124": ["officer", "civilian", "witness", "partner"],
}
#: The espeak variants fresh14 brings in (none used before it), all men's.
_FRESH14_NEW = {"Marco", "Henrique", "michel", "edward2", "iven", "iven4", "klatt"}


def test_fresh14_half_is_eight_unseen_recordings_aimed_at_failures():
    # d117-d124 in order (unseen_half checks the ids against FRESH14_SPEAKERS').
    fresh14 = unseen_half("fresh14", FRESH14_SPEAKERS, shortest=50, longest=70)
    earlier = halves_before("fresh14")
    assert every_engine_and_noise(fresh14) == (
        {"espeak", "flite"},
        {"rms", "awb", "slt", "kal16"},
        {"wind", "siren", "street", "car", "music", "rain", "dog"},
    )
    assert [s.snr_db for s in fresh14.values()] == [6, 2, 20, 12, 2, 10, 8, 8]
    assert [s.duration for s in fresh14.values()] == [62, 56, 64, 66, 60, 58, 54, 62]
    for spec in fresh14.values():
        assert all(-12 <= v.gain_db <= -3 and not v.wearer for v in spec.voices[1:]), spec.id
        assert len({v.voice for v in spec.voices}) == len(spec.voices), spec.id
    # No "en-gb+variant" (read as plain en-gb); seven variants no earlier recording used.
    variants = espeak_variants(fresh14, earlier, _FRESH14_NEW)
    assert variants - _FRESH14_NEW == {"f1", "f2", "f4", "m2", "m4", "m5", "m6", "m7", "whisperf"}
    # The wearer alone but for one muffled reply; no muffled voice was heard only once, nor in
    # a two-voice scene.
    d117 = fresh14["d117"]
    man = d117.voices[1]
    assert len(d117.voices) == 2 and man.muffled and d117.short_line == d117.replies == 1
    assert not any(s.voices[s.short_line].muffled for s in earlier if s.short_line is not None)
    assert min(len(s.voices) for s in earlier if any(v.muffled for v in s.voices)) == 3
    # Two officers shouting over a siren at 2 dB, the driver in words; sirens were at 5 dB and
    # above, and never with a voice answering in words.
    d118 = fresh14["d118"]
    assert [v.label for v in d118.voices if v.shout] == ["officer", "partner"]
    assert (d118.noise, d118.snr_db, d118.replies) == ("siren", 2, 2)
    sirens = [s for s in earlier if s.noise == "siren"]
    assert min(s.snr_db for s in sirens) == 5 and all(s.replies is None for s in sirens)
    # Every flite voice in one five-voice scene at 20 dB; scenes had at most three.
    d119 = fresh14["d119"]
    assert [v.voice for v in d119.voices if v.engine == "flite"] == ["rms", "slt", "kal16", "awb"]
    assert max(sum(v.engine == "flite" for v in s.voices) for s in earlier) == 3
    # Three band-limited voices beside the wearer; scenes had at most two.
    d120 = fresh14["d120"]
    assert [v.label for v in d120.voices if v.radio] == ["dispatch", "partner", "witness"]
    assert max(sum(v.radio for v in s.voices) for s in earlier) == 2
    # Tight turns with two long silences in music at 2 dB; tight turns had no long silence and
    # music was at 3 dB and above.
    d121 = fresh14["d121"]
    assert (d121.gaps, d121.long_silences, d121.noise, d121.snr_db) == ((0.0, 0.15), 2, "music", 2)
    assert not any(s.long_silences for s in earlier if s.gaps[1] <= 0.3)
    assert min(s.snr_db for s in earlier if s.noise == "music") == 3
    # Two brothers on one named espeak voice, a step apart; the named voices with numbered
    # siblings (Gene and Gene2, steph and steph2, iven2 and iven3) never met in one scene.
    brothers = [v.voice for v in fresh14["d122"].voices if v.label in ("civilian", "witness")]
    assert brothers == ["en-us+iven", "en-us+iven4"]
    for spec in earlier:
        named = [
            espeak_variant(v).rstrip("0123456789") for v in spec.voices if v.engine == "espeak"
        ]
        named = [name for name in named if len(name) > 1 and name != "whisper"]
        assert len(named) == len(set(named)), spec.id
    # Whispered replies while a dog barks at 8 dB; whispers were in car and street noise at
    # 12 dB and above.
    d123 = fresh14["d123"]
    assert d123.voices[d123.replies].voice == "en-us+whisperf"
    assert (d123.noise, d123.snr_db) == ("dog", 8)
    whispers = [s for s in earlier if any("whisper" in v.voice for v in s.voices)]
    assert {s.noise for s in whispers} == {"car", "street"}
    assert min(s.snr_db for s in whispers) == 12
    # A late partner on the radio and shouting; the one earlier shouting radio spoke early.
    d124 = fresh14["d124"]
    partner = d124.voices[d124.late_voice]
    assert partner.radio and partner.shout and partner.label == "partner"
    shouting_radio = [s for s in earlier if any(v.radio and v.shout for v in s.voices)]
    assert [(s.id, s.late_voice) for s in shouting_radio] == [("d63", None)]


@needs_voices
def test_fresh14_whispered_replies_build_in_words_between_the_barks(tmp_path):
    """d123 built in full: the whispering woman's five turns are each one reply under 1.5 s,
    the neighbour and the wearer say full lines, and nobody talks over anyone."""
    built, reference = built_in_full(tmp_path, "d123", FRESH14_SPEAKERS["d123"])
    whispers = list(reference.label_timeline("civilian"))
    assert len(whispers) == 5 and all(turn.duration < 1.5 for turn in whispers)
    assert not any(gap < 0 for gap in pauses_between(reference))
    rows = [(label, text) for _, _, label, _, _, text in stm_rows(built)]
    assert [label for label, _ in rows].count("officer") == 8
    for label, text in rows:
        pool = devset._REPLIES if label == "civilian" else devset._LINES
        assert text in pool, (label, text)
