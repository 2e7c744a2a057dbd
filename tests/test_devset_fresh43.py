"""The fresh43 half (d349-d356), written blind in session 44 (40-80 s, no accent new to the set,
each of the eight noises once again, at 0-20 dB, five lines talked over in one recording, three
long silences in one, three band-limited voices in one, a man and a woman of one accent, a voice
first heard late answering in words, three voices shouting, three flite voices, a wearer
whispering every line), checked against every earlier half; the boarding kennels (d356), where
two families claim one dog as the dogs bark and five lines are talked over, the partner's one
line among them, built in full. devset_support.py holds the checks every half shares."""

from __future__ import annotations

import devset_builds as builds
import devset_support as support
from devset_support import (
    ALL_WOMEN,
    accents,
    band_limited,
    espeak_variant,
    foreign,
    late_and_answering,
    lines_talked_over,
    lines_written_before,
    near_earlier_lines,
    one_accent,
    whispering,
)

from bodycam.transcribe import devset
from bodycam.transcribe.formats import load_rttm

#: Per recording: the true speakers (distinct labels) in the order they are given, the noise,
#: the SNR in dB and the length in seconds.
FRESH43 = {
    "d349": (["officer", "civilian", "witness", "bystander"], "street", 0, 58),
    "d350": (["officer", "witness", "civilian"], "wind", 20, 78),
    "d351": (["officer", "civilian", "witness", "bystander"], "car", 12, 40),
    "d352": (["officer", "civilian", "dispatch", "partner", "witness"], "rain", 10, 72),
    "d353": (["officer", "civilian"], "siren", 6, 80),
    "d354": (["officer", "civilian", "witness", "bystander"], "crowd", 7, 64),
    "d355": (["officer", "civilian", "witness"], "music", 14, 76),
    "d356": (["officer", "civilian", "bystander", "witness", "partner"], "dog", 16, 67),
}
SPEAKERS = {recording: spoken[0] for recording, spoken in FRESH43.items()}
#: The accents fresh43 reads its accented lines in: espeak voices each heard in one recording.
FIVE_ACCENTS = {"ku", "smj", "nci", "eo", "lfn"}
#: The halves just before this one, which had none of what the half leans on: five lines talked
#: over, three long silences, three band-limited voices, two voices of one accent, a late voice
#: answering in words, three voices shouting, three flite voices or a whispering wearer.
LAST_FOUR = ("fresh39", "fresh40", "fresh41", "fresh42")
#: The long silences' range the set has used in every recording that did not give one.
DEFAULT_SILENCE = (6.0, 10.0)


def test_fresh43_half_is_eight_unseen_recordings_each_noise_once():
    # d349-d356 in order, 40-80 s each and 0-20 dB (both ends of each used); both engines, all
    # four flite voices and the eight noises once each, as fresh35 to fresh42; 2-5 people each
    # on a voice of their own, 5-15 dB under the wearer, a woman in every scene, every rate,
    # pitch and pace their own, in this half too.
    fresh43, earlier = support.blind_half(
        "fresh43",
        SPEAKERS,
        40,
        80,
        [(noise, snr, length) for _, noise, snr, length in FRESH43.values()],
    )
    assert {40, 80} <= {s.duration for s in fresh43.values()}
    assert {0, 20} <= {s.snr_db for s in fresh43.values()}
    assert not support.voices_heard_before(fresh43, earlier)
    sounds = [support.sound(v) for s in fresh43.values() for v in s.voices]
    assert len(sounds) == len(set(sounds)) == 30
    assert sorted(len(s.voices) for s in fresh43.values()) == [2, 3, 3, 4, 4, 4, 5, 5]
    # Women wear the camera in four of the eight; no espeak variant new to the set.
    assert support.women_wearers(fresh43) == [False, True, True, False, False, False, True, True]
    assert support.espeak_variants(fresh43, earlier, set()) == {
        *("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "whisper"),
        *("f1", "f2", "f3", "f4", "f5", "steph", "whisperf"),
    }
    # No accent is new: Kurdish, Lule Saami, Nahuatl, Esperanto and Lingua Franca Nova read the
    # accented lines (20), each heard in one recording before (Kurdish's and Lule Saami's two
    # voices in one each), of the 55 languages that read English before; no word of those lines
    # is a lone letter but "I" and "a". The two Kurdish voices are a man's and a woman's, so no
    # two accented voices of one language share a sex.
    heard = support.accents_heard_again(fresh43, earlier, FIVE_ACCENTS, 20)
    assert heard == ["d230", "d238", "d241", "d245", "d252"]
    assert len(accents(earlier)) == 55
    assert not support.one_accent_pairs(fresh43.values())
    # Every speaker has scene lines (a short-line speaker one); numbers only in words.
    said = support.said_in_words(
        fresh43,
        "nine o'clock",
        "ten yards",
        "four two",
        "three coins",
        "forty minutes",
        "two hundred pounds",
        "four legs",
        "half an hour",
        "two apricot",
    )
    # No line of the half is within a difflib ratio of 0.8 of a line written before it (every
    # earlier half's scene lines and the set's generic ones).
    before = lines_written_before(earlier)
    assert not near_earlier_lines(said, before)
    # Shouting in one recording, by three voices; two voices whispering in one (the wearer's
    # among them); one voice through a lift's doors.
    shouting = [(s.id, v.label) for s in fresh43.values() for v in s.voices if v.shout]
    assert shouting == [("d349", "civilian"), ("d349", "witness"), ("d349", "bystander")]
    whispers = [(s.id, v.label) for s in fresh43.values() for v in whispering(s)]
    assert whispers == [("d350", "officer"), ("d350", "witness")]
    muffled = [(s.id, v.label) for s in fresh43.values() for v in s.voices if v.muffled]
    assert muffled == [("d353", "civilian")]
    # Band-limited voices in one recording, three of them: control on flite slt, the partner on
    # the radio and the haulier's office on the cab's speakerphone (a woman, accented).
    radios = [
        (s.id, v.label, v.engine, espeak_variant(v) in ALL_WOMEN, s.noise, len(v.lines))
        for s in fresh43.values()
        for v in band_limited(s)
    ]
    assert radios == [
        ("d352", "dispatch", "flite", True, "rain", 3),
        ("d352", "partner", "espeak", False, "rain", 4),
        ("d352", "witness", "espeak", True, "rain", 2),
    ]
    # A voice heard once, in a short line, in two recordings, and once in a full line in one
    # (first heard late); two voices first heard late, one of them answering in words.
    short = [
        (s.id, s.voices[s.short_line].label) for s in fresh43.values() if s.short_line is not None
    ]
    assert short == [("d351", "bystander"), ("d356", "partner")]
    once = [
        (s.id, v.label)
        for s in fresh43.values()
        for i, v in enumerate(s.voices)
        if len(v.lines) == 1 and i != s.short_line
    ]
    assert once == [("d350", "civilian")]
    late = [
        (s.id, s.voices[s.late_voice].label) for s in fresh43.values() if s.late_voice is not None
    ]
    assert late == [("d350", "civilian"), ("d355", "witness")]
    answering = [
        (s.id, s.voices[s.replies].label) for s in fresh43.values() if s.replies is not None
    ]
    assert answering == [("d355", "witness")]
    # Who breaks each long silence (the late voices' own silences among them), the overlaps
    # asked for, the turns' pauses and the silences' ranges.
    silences = {
        s.id: support.drawn(s, "silences") for s in fresh43.values() if devset.turn_plan(s).silences
    }
    assert silences == {
        "d350": ["civilian", "officer"],
        "d353": ["civilian", "civilian", "civilian"],
        "d355": ["witness"],
    }
    overlaps = {s.id: s.overlaps for s in fresh43.values() if s.overlaps}
    assert overlaps == {"d349": 3, "d351": 1, "d352": 1, "d354": 2, "d356": 5}
    assert [(s.id, s.gaps) for s in fresh43.values() if s.gaps != (0.2, 0.9)] == [
        ("d350", (0.6, 1.5))
    ]
    ranges = [(s.id, s.silence) for s in fresh43.values() if s.silence != DEFAULT_SILENCE]
    assert ranges == [("d353", (9.0, 12.0))]
    # fresh39 to fresh42 had none of what the half leans on.
    four = [s for s in earlier if s.half in LAST_FOUR]
    assert len(four) == 32
    assert max(s.overlaps for s in four) < 5 and max(s.long_silences for s in four) < 3
    assert max(len(band_limited(s)) for s in four) < 3
    assert not any(one_accent(s) or late_and_answering(s) for s in four)
    assert max(sum(v.shout for v in s.voices) for s in four) < 3
    assert max(sum(v.engine == "flite" for v in s.voices) for s in four) < 3
    assert not any("whisper" in espeak_variant(s.voices[0]) for s in four)
    assert all(s.silence == DEFAULT_SILENCE for s in four)
    # When each was last done, or where it was the only one.
    assert [s.id for s in earlier if s.overlaps >= 5][-1] == "d302"
    assert [s.id for s in earlier if s.long_silences >= 3][-1] == "d209"
    assert [(s.id, s.noise) for s in earlier if len(band_limited(s)) >= 3] == [("d120", "car")]
    assert [s.id for s in earlier if one_accent(s)][-1] == "d269"
    assert [s.id for s in earlier if late_and_answering(s)] == ["d103", "d177", "d224"]
    shouted = [(s.id, s.noise) for s in earlier if sum(v.shout for v in s.voices) >= 3]
    assert shouted == [("d139", "crowd")]
    flite = [s for s in earlier if sum(v.engine == "flite" for v in s.voices) >= 3]
    assert flite[-1].id == "d119" and {s.noise for s in flite} == {"street", "wind"}
    assert [s.id for s in earlier if "whisper" in espeak_variant(s.voices[0])] == ["d79"]
    assert [s.id for s in earlier if len(whispering(s)) >= 2] == ["d79"]
    assert [s.id for s in earlier if s.silence != DEFAULT_SILENCE][-1] == "d315"
    assert (9.0, 12.0) not in {s.silence for s in earlier}

    # A street preacher with a loudspeaker, street noise at 0 dB: he, the baker and a heckler in
    # the Lingua Franca Nova voice all shouting, the wearer over him and over her, she over the
    # heckler; no street recording had three voices shouting (d139's four were in a crowd).
    d349 = fresh43["d349"]
    assert lines_talked_over(d349) == [
        ("officer", "civilian"),
        ("witness", "bystander"),
        ("officer", "witness"),
    ]
    assert [v.voice for v in d349.voices if v.shout] == ["kal16", "en-gb-x-rp+f1", "lfn+m6"]
    assert support.accented(d349) == ["lfn+m6"]

    # Night hawks on a Roman fort, wind noise at 20 dB: the wearer, a woman, and the warden
    # whispering every line in slow turns, the digger on flite awb first heard late, once, 13 dB
    # under; no wearer whispered in wind, and the whispering voices in wind were not wearers.
    d350 = fresh43["d350"]
    assert [v.voice for v in whispering(d350)] == ["en-gb-x-gbclan+whisperf", "en-gb-x-rp+whisper"]
    digger = d350.voices[d350.late_voice]
    assert (digger.voice, digger.gain_db, len(digger.lines)) == ("awb", -13, 1)
    windy = [(s.id, v.label) for s in earlier if s.noise == "wind" for v in whispering(s)]
    assert windy == [("d262", "witness"), ("d329", "bystander")]

    # A shopping trolley across a car's back seat, car noise at 12 dB, 40 s: three lads on
    # three flite voices, the one under the trolley heard once on kal16, the wearer over the
    # driver; no car recording had three flite voices.
    d351 = fresh43["d351"]
    assert [v.voice for v in d351.voices if v.engine == "flite"] == ["rms", "awb", "kal16"]
    assert d351.voices[d351.short_line].voice == "kal16"
    assert lines_talked_over(d351) == [("officer", "civilian")]

    # Watermelons shed on a roundabout, rain noise at 10 dB: three band-limited voices, control
    # over the partner; no rain recording had more than one band-limited voice.
    d352 = fresh43["d352"]
    assert [v.voice for v in band_limited(d352)] == ["slt", "en-029+m3", "eo+f3"]
    assert lines_talked_over(d352) == [("dispatch", "partner")]
    assert max(len(band_limited(s)) for s in earlier if s.noise == "rain") == 1

    # A woman stuck in a lift as the engines come, siren noise at 6 dB: two voices, she through
    # the lift's doors in the Lule Saami voice, three long silences of 9-12 s; no siren
    # recording had more than two long silences (d294).
    d353 = fresh43["d353"]
    assert (len(d353.voices), d353.long_silences, d353.overlaps) == (2, 3, 0)
    assert support.accented(d353) == ["smj+f5"] and d353.voices[1].muffled
    siren = [(s.id, s.long_silences) for s in earlier if s.noise == "siren"]
    assert max(n for _, n in siren) == 2 and [i for i, n in siren if n == 2] == ["d294"]

    # Darts and prize money gone at a social club, crowd noise at 7 dB: the steward and the
    # stewardess in the Kurdish voice, a man and a woman, she over him and he over the wearer;
    # no crowd recording had two voices of one accent.
    d354 = fresh43["d354"]
    assert support.accented(d354) == ["ku+f2", "ku+m4"]
    assert [espeak_variant(v) in ALL_WOMEN for v in d354.voices if foreign(v)] == [True, False]
    assert lines_talked_over(d354) == [("witness", "bystander"), ("bystander", "officer")]
    assert not any(one_accent(s) for s in earlier if s.noise == "crowd")

    # A boy missing from a school disco, music noise at 14 dB: the teacher in the Nahuatl voice,
    # the boy first heard late under the stage, answering in a word or two at pitch 85; the
    # voices first heard late that answered in words were in dog and wind noise.
    d355 = fresh43["d355"]
    assert support.accented(d355) == ["nci+m5"]
    boy = d355.voices[d355.late_voice]
    assert late_and_answering(d355) and (boy.label, boy.pitch) == ("witness", 85)
    assert {s.noise for s in earlier if late_and_answering(s)} == {"dog", "wind"}

    # Two families claiming one dog at a boarding kennels, dog noise at 16 dB: five lines talked
    # over, the partner's one line among them; no dog recording had more than four (d236).
    d356 = fresh43["d356"]
    assert lines_talked_over(d356) == [
        ("civilian", "witness"),
        ("partner", "civilian"),
        ("witness", "bystander"),
        ("officer", "witness"),
        ("witness", "officer"),
    ]
    assert d356.voices[2].voice == "slt"
    dog = [(s.id, s.overlaps) for s in earlier if s.noise == "dog" and s.overlaps >= 4]
    assert dog == [("d236", 4)]


@builds.needs_voices
def test_fresh43_kennels_builds_with_five_lines_talked_over(tmp_path):
    """d356 built in full: 16 turns, each voice's lines in order (the STM is the script); the
    father over the other family's mother (0.81 s), the partner's one line over him (0.82 s),
    the mother over the kennels' owner (1.35 s), the wearer over the mother (1.39 s) and she over
    the wearer (0.62 s); every other pause 0.2-0.9 s; the father's last line ends at 63.04 s,
    when the wearer, out of lines, is given the next."""
    labels = ["officer", "witness", "civilian", "partner", "bystander", "witness", "civilian"]
    labels += ["witness", "officer", "witness", "civilian", "bystander", "civilian", "witness"]
    labels += ["officer", "civilian"]
    built, pauses = builds.built_as_planned(
        tmp_path, "d356", SPEAKERS["d356"], labels, ([], [2, 3, 5, 8, 9]), 63.04
    )
    assert builds.talked_over(pauses) == [
        (1, -0.81),
        (2, -0.82),
        (4, -1.35),
        (7, -1.39),
        (8, -0.62),
    ]
    others = [p for i, p in enumerate(pauses) if i not in (1, 2, 4, 7, 8)]
    assert len(pauses) == 15 and all(0.2 <= p <= 0.9 for p in others)
    turns = sorted((s, label) for s, _, label in load_rttm(built.rttm_path).itertracks(True))
    partner = [
        (round(s.start, 2), round(s.duration, 2)) for s, label in turns if label == "partner"
    ]
    assert partner == [(13.85, 2.18)]
