"""The fresh39 half (d317-d324), written blind in session 40 (50-90 s, no accent new to the set,
each of the eight noises once again, at 0-20 dB, a police radio in three, two pairs of near one
voice, two quiet voices near the wearer's), checked against every earlier half; the caravan
snaking on a dual carriageway (d319), where the partner speaks twice 77 s apart in car noise at
3 dB and the driver's wife says her one line quietly in a voice near the wearer's, built in
full. devset_support.py holds the checks every half shares."""

from __future__ import annotations

import devset_builds as builds
import devset_support as support
from devset_support import ALL_WOMEN, accents, espeak_variant

from bodycam.transcribe import devset
from bodycam.transcribe.formats import load_rttm

#: Per recording: the true speakers (distinct labels) in the order they are given, the noise,
#: the SNR in dB and the length in seconds.
FRESH39 = {
    "d317": (["officer", "civilian", "bystander", "witness"], "crowd", 0, 78),
    "d318": (["officer", "witness"], "rain", 14, 73),
    "d319": (["officer", "partner", "civilian", "witness", "bystander"], "car", 3, 90),
    "d320": (["officer", "dispatch", "witness", "civilian"], "music", 12, 86),
    "d321": (["officer", "witness", "civilian", "dispatch"], "street", 20, 50),
    "d322": (["officer", "civilian", "bystander", "witness", "partner"], "wind", 9, 90),
    "d323": (["officer", "civilian", "bystander", "witness"], "dog", 16, 76),
    "d324": (["officer", "witness", "civilian", "dispatch"], "siren", 6, 82),
}
SPEAKERS = {recording: spoken[0] for recording, spoken in FRESH39.items()}
#: The accents fresh39 reads its accented lines in: espeak voices each heard in one recording.
HAITIAN_LUXEMBOURGISH_SERBIAN = {"ht", "lb", "sr"}


def near_one_voice(spec, one: int, other: int) -> tuple:
    """Two voices of a recording that should sound nearly alike: their language, whether both
    are women, their variants, the rate gap and the pitch gap."""
    a, b = spec.voices[one], spec.voices[other]
    return (
        a.voice.split("+")[0] == b.voice.split("+")[0],
        espeak_variant(a) in ALL_WOMEN and espeak_variant(b) in ALL_WOMEN,
        {espeak_variant(a), espeak_variant(b)},
        abs(a.rate - b.rate),
        abs(a.pitch - b.pitch),
    )


def one_accent_one_rate(spec) -> bool:
    """Whether a recording has two espeak voices of one language, one sex and one rate."""
    espeak = [v for v in spec.voices if v.engine == "espeak" and v.rate]
    return any(
        near_one_voice(spec, spec.voices.index(a), spec.voices.index(b))[0]
        and (espeak_variant(a) in ALL_WOMEN) == (espeak_variant(b) in ALL_WOMEN)
        and a.rate == b.rate
        for i, a in enumerate(espeak)
        for b in espeak[i + 1 :]
    )


def quiet_near_the_wearer(spec) -> list[tuple[str, float, int, int]]:
    """The voices of a recording heard once or twice, 10 dB or more under the wearer, of the
    wearer's sex and within six pitch points of the wearer's voice (espeak both): label, level,
    lines and the pitch gap."""
    wearer = spec.voices[0]
    woman = espeak_variant(wearer) in ALL_WOMEN
    return [
        (v.label, v.gain_db, len(v.lines), abs(v.pitch - wearer.pitch))
        for v in spec.voices[1:]
        if v.engine == wearer.engine == "espeak"
        and (espeak_variant(v) in ALL_WOMEN) == woman
        and abs(v.pitch - wearer.pitch) <= 6
        and v.gain_db <= -10
        and 0 < len(v.lines) <= 2
    ]


def alone_for_a_minute(spec) -> str | None:
    """The voice that holds the floor in a recording of one voice, or of two where one is heard
    once (``short_line``), by name; else None."""
    if len(spec.voices) == 1:
        return spec.voices[0].voice
    if len(spec.voices) == 2 and spec.short_line is not None:
        return spec.voices[1 - spec.short_line].voice
    return None


def over_the_wearer(spec) -> list[str]:
    """Who says each line the plan puts over one of the wearer's, in order."""
    plan = devset.turn_plan(spec)
    return [
        spec.voices[plan.speakers[line]].label
        for line in sorted(plan.overlaps)
        if plan.speakers[line - 1] == 0
    ]


def test_fresh39_half_is_eight_unseen_recordings_each_noise_once():
    # d317-d324 in order, 50-90 s each and 0-20 dB (both ends of each used); both engines, all
    # four flite voices and the eight noises once each, as fresh35 to fresh38; 2-5 people each
    # on a voice of their own, 5-15 dB under the wearer, a woman in every scene, every rate,
    # pitch and pace their own, in this half too.
    fresh39, earlier = support.blind_half(
        "fresh39",
        SPEAKERS,
        50,
        90,
        [(noise, snr, length) for _, noise, snr, length in FRESH39.values()],
    )
    assert {50, 90} <= {s.duration for s in fresh39.values()}
    assert {0, 20} <= {s.snr_db for s in fresh39.values()}
    assert not support.voices_heard_before(fresh39, earlier)
    sounds = [support.sound(v) for s in fresh39.values() for v in s.voices]
    assert len(sounds) == len(set(sounds)) == 32
    assert sorted(len(s.voices) for s in fresh39.values()) == [2, 4, 4, 4, 4, 4, 5, 5]
    # Women wear the camera in four of the eight; no espeak variant new to the set.
    assert support.women_wearers(fresh39) == [True, True, True, False, True, False, False, False]
    assert support.espeak_variants(fresh39, earlier, set()) == {
        *("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "f1", "f2", "f3", "f4", "f5"),
    }
    # No accent is new: Haitian Creole, Luxembourgish and Serbian read the accented lines (11),
    # each heard in one recording before, of the 55 languages that read English before; no
    # word of those lines is a lone letter but "I" and "a". No two accented voices share a
    # language.
    heard = support.accents_heard_again(fresh39, earlier, HAITIAN_LUXEMBOURGISH_SERBIAN, 11)
    assert heard == ["d180", "d228", "d231"]
    assert len(accents(earlier)) == 55
    assert not support.one_accent_pairs(fresh39.values())
    # Every speaker has scene lines (a short-line speaker one); numbers only in words.
    support.said_in_words(
        fresh39,
        "ten o'clock",
        "eleven years",
        "every fourth tuesday",
        "number twelve",
        "under fifty",
        "nineteen eighty one",
        "nineteen fifty four",
        "ten past two",
    )
    # Shouting in two recordings (neither a wearer's); nobody behind glass.
    shouting = [(s.id, v.label) for s in fresh39.values() for v in s.voices if v.shout]
    assert shouting == [("d320", "civilian"), ("d321", "civilian")]
    assert not any(v.muffled for s in fresh39.values() for v in s.voices)
    # A police radio (band-limited) in three recordings, each used otherwise than fresh38's: a
    # woman controller in music noise, a controller of a word or two a line in street noise,
    # and control on flite awb over the wearer in siren noise.
    radios = [
        (s.id, v.label, v.engine, espeak_variant(v) in ALL_WOMEN, s.noise, len(v.lines))
        for s in fresh39.values()
        for v in s.voices
        if v.radio
    ]
    assert radios == [
        ("d320", "dispatch", "espeak", True, "music", 3),
        ("d321", "dispatch", "espeak", False, "street", 4),
        ("d324", "dispatch", "flite", False, "siren", 4),
    ]
    # A voice heard once, in a short line, in three recordings (a wearer's in one).
    short = [
        (s.id, s.voices[s.short_line].label) for s in fresh39.values() if s.short_line is not None
    ]
    assert short == [("d318", "officer"), ("d319", "bystander"), ("d322", "partner")]
    # Two quiet voices near the wearer's: 12 and 13 dB under, of the wearer's sex, six pitch
    # points from the wearer's voice, heard once and twice.
    quiet = {s.id: quiet_near_the_wearer(s) for s in fresh39.values() if quiet_near_the_wearer(s)}
    assert quiet == {"d319": [("bystander", -12, 1, 6)], "d323": [("bystander", -13, 2, 6)]}

    # A fall over a market stall's generator lead in a crowd at 0 dB: the stallholder and his
    # son of one accent and near one voice (m3 and m6 at one rate, six pitch points apart),
    # taking turns, the son over his father; no crowd recording had two voices of one accent
    # at one rate.
    d317 = fresh39["d317"]
    assert near_one_voice(d317, 1, 2) == (True, False, {"m3", "m6"}, 0, 6)
    assert devset.turn_plan(d317).speakers[:7] == (0, 2, 3, 1, 0, 1, 2)
    assert support.drawn(d317, "overlaps") == ["witness", "bystander"]
    assert not any(one_accent_one_rate(s) for s in earlier if s.noise == "crowd")

    # A window cleaner in the rain: flite kal16 alone for a minute after the wearer's one line
    # (fourteen lines after it); the one voice alone for a minute in rain noise was an espeak
    # woman's (d254).
    d318 = fresh39["d318"]
    assert (len(d318.voices), d318.short_line, d318.replies) == (2, 0, None)
    assert devset.turn_plan(d318).speakers[:16] == (1, 0) + (1,) * 14
    assert (d318.voices[1].voice, len(d318.voices[1].lines)) == ("kal16", 15)
    alone = {s.id: (s.noise, alone_for_a_minute(s)) for s in earlier if alone_for_a_minute(s)}
    rain = {i: voice for i, (noise, voice) in alone.items() if noise == "rain"}
    assert rain == {"d254": "en-gb-scotland+f1"}

    # A caravan snaking on a dual carriageway, car noise at 3 dB: the partner's two lines, the
    # first and the last of 23, the wife's one quiet line; no partner with two lines in car
    # noise was under 15 dB (d207, d275).
    d319 = fresh39["d319"]
    speakers = devset.turn_plan(d319).speakers
    assert [i for i, voice in enumerate(speakers[:23]) if voice == 1] == [1, 22]
    assert speakers[23] == 0 and sum(len(v.lines) for v in d319.voices) == 23
    assert (support.drawn(d319, "silences"), over_the_wearer(d319)) == (["officer"], ["witness"])
    car_partners = [
        (s.id, s.snr_db)
        for s in earlier
        if s.noise == "car"
        for v in s.voices
        if v.label == "partner" and 0 < len(v.lines) <= 2
    ]
    assert car_partners == [("d207", 15), ("d275", 20)]

    # A man who won't give a pub's karaoke microphone back, over its music: Serbian and
    # shouting, over the wearer; control on the radio a woman. No radio voice in music noise
    # was a woman's.
    d320 = fresh39["d320"]
    assert support.accented(d320) == ["sr+m4"] and d320.voices[3].shout
    assert over_the_wearer(d320) == ["civilian"]
    music_radios = {
        s.id: espeak_variant(v) in ALL_WOMEN
        for s in earlier
        if s.noise == "music"
        for v in s.voices
        if v.radio
    }
    assert music_radios == {"d112": False, "d203": False, "d223": False, "d307": False}

    # A wedding car in a bus stop, street noise at 20 dB in 50 s: control's four lines of one
    # or two words, the bus driver shouting over the wearer; no radio voice with scene lines
    # had only lines under six words (d275 and d304 said six).
    d321 = fresh39["d321"]
    control = d321.voices[3]
    assert [len(support.words(line)) for line in control.lines] == [2, 2, 2, 1]
    assert over_the_wearer(d321) == ["civilian"]
    shortest = min(
        (max(len(support.words(line)) for line in v.lines), s.id)
        for s in earlier
        for v in s.voices
        if v.radio and v.lines
    )
    assert shortest == (6, "d275")

    # A kitesurfer's loose board on a windy beach: Luxembourgish, two women of one accent and
    # near one voice (f1 and f4 at one rate, six pitch points apart) taking turns, the
    # partner's one line on flite slt, a long wait, the wearer over the friend; no wind
    # recording had two voices of one accent at one rate.
    d322 = fresh39["d322"]
    assert support.accented(d322) == ["lb+m7"]
    assert near_one_voice(d322, 2, 3) == (True, True, {"f1", "f4"}, 0, 6)
    assert (d322.voices[d322.short_line].voice, d322.short_line) == ("slt", 4)
    assert support.drawn(d322, "silences") == ["bystander"]
    assert support.drawn(d322, "overlaps") == ["officer"]
    assert not any(one_accent_one_rate(s) for s in earlier if s.noise == "wind")

    # A show dog let out of her crate as the dogs bark: the rival in Haitian Creole over the
    # handler, the steward heard twice, 13 dB under the wearer near his voice; no dog
    # recording had a quiet voice near the wearer's, and none anywhere was 13 dB under.
    d323 = fresh39["d323"]
    assert support.accented(d323) == ["ht+m1"]
    assert support.drawn(d323, "overlaps") == ["witness"]
    assert [i for i, voice in enumerate(devset.turn_plan(d323).speakers[:15]) if voice == 2] == [
        1,
        11,
        14,
    ]
    near = {s.id: s.noise for s in earlier if quiet_near_the_wearer(s)}
    assert near == {"d187": "siren", "d291": "music", "d301": "street", "d316": "music"}
    assert min(g for s in earlier for _, g, _, _ in quiet_near_the_wearer(s)) == -12

    # A sports shop's door alarm wailing: a long wait, and control on flite awb over the
    # wearer; no radio in siren noise was awb, and no awb radio voice talked over a wearer.
    d324 = fresh39["d324"]
    assert [v.voice for v in d324.voices if v.radio] == ["awb"]
    assert over_the_wearer(d324) == ["dispatch"]
    assert support.drawn(d324, "silences") == ["officer"]
    siren_radios = {v.voice for s in earlier if s.noise == "siren" for v in s.voices if v.radio}
    assert "awb" not in siren_radios
    assert not [
        s.id
        for s in earlier
        for v in s.voices
        if v.radio and v.voice == "awb" and v.label in over_the_wearer(s)
    ]


@builds.needs_voices
def test_fresh39_caravan_builds_with_the_partner_at_both_ends(tmp_path):
    """d319 built in full: 23 turns, each voice's lines in order (the STM is the script); the
    partner's two lines are the first after the wearer's and the last, 76.69 s apart; the
    wife's one line (1.69 s) comes fourth; the wearer waits 7.75 s before her third line and
    the lorry driver talks over her (1.22 s); the partner's last line ends at 87.05 s, when the
    wearer, out of lines, is given the next."""
    labels = ["officer", "partner", "civilian", "bystander", "witness", "officer", "witness"]
    labels += ["officer", "witness", "officer", "civilian", "officer", "civilian", "witness"]
    labels += ["civilian", "officer", "witness", "officer", "civilian", "officer", "civilian"]
    labels += ["officer", "partner"]
    built, pauses = builds.built_as_planned(
        tmp_path, "d319", SPEAKERS["d319"], labels, ([5], [8]), 87.05
    )
    assert builds.talked_over(pauses) == [(7, -1.22)]
    assert round(pauses[4], 2) == 7.75
    others = [round(p, 2) for i, p in enumerate(pauses) if i not in (4, 7)]
    assert len(pauses) == 22 and all(0.2 <= p <= 0.9 for p in others)
    turns = sorted((s, label) for s, _, label in load_rttm(built.rttm_path).itertracks(True))
    partner = [round(s.start, 2) for s, label in turns if label == "partner"]
    wife = [round(s.duration, 2) for s, label in turns if label == "bystander"]
    assert (partner, wife) == ([6.55, 83.24], [1.69])
