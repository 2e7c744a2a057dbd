"""The fresh38 half (d309-d316), written blind in session 39 (50-90 s, no accent new to the set,
each of the eight noises once again, at 0-20 dB, a police radio in three, two pairs of near one
voice), checked against every earlier half; the catalytic converter sawn off at a leisure centre
(d313), where two women of one accent and near one voice take turns under a wearer in the
Brazilian Portuguese voice and three lines are talked over, built in full. devset_support.py
holds the checks every half shares."""

from __future__ import annotations

import devset_builds as builds
import devset_support as support
from devset_support import ALL_WOMEN, accents, espeak_variant, foreign

from bodycam.transcribe import devset

#: Per recording: the true speakers (distinct labels) in the order they are given, the noise,
#: the SNR in dB and the length in seconds.
FRESH38 = {
    "d309": (["officer", "civilian", "witness", "bystander"], "street", 3, 66),
    "d310": (["officer", "civilian", "bystander", "dispatch"], "dog", 9, 84),
    "d311": (["officer", "witness"], "wind", 15, 73),
    "d312": (["officer", "civilian", "witness", "dispatch"], "rain", 0, 88),
    "d313": (["officer", "witness", "bystander"], "siren", 18, 60),
    "d314": (["officer", "civilian", "witness", "bystander"], "car", 11, 64),
    "d315": (["officer", "civilian", "witness", "dispatch", "bystander"], "crowd", 6, 90),
    "d316": (["officer", "civilian", "witness", "bystander"], "music", 20, 50),
}
SPEAKERS = {recording: spoken[0] for recording, spoken in FRESH38.items()}
#: The accents fresh38 reads its accented lines in: espeak voices each heard in one recording.
PORTUGUESE_INDONESIAN_SLOVENIAN = {"pt-br", "id", "sl"}


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


def alone_for_a_minute(spec) -> str | None:
    """The voice that holds the floor in a recording of one voice, or of two where one is heard
    once (``short_line``), by name; else None."""
    if len(spec.voices) == 1:
        return spec.voices[0].voice
    if len(spec.voices) == 2 and spec.short_line is not None:
        return spec.voices[1 - spec.short_line].voice
    return None


def test_fresh38_half_is_eight_unseen_recordings_each_noise_once():
    # d309-d316 in order, 50-90 s each and 0-20 dB (both ends of each used); both engines, all
    # four flite voices and the eight noises once each, as fresh35 to fresh37; 2-5 people each
    # on a voice of their own, 5-15 dB under the wearer, a woman in every scene, every rate,
    # pitch and pace their own, in this half too.
    fresh38, earlier = support.blind_half(
        "fresh38",
        SPEAKERS,
        50,
        90,
        [(noise, snr, length) for _, noise, snr, length in FRESH38.values()],
    )
    assert {50, 90} <= {s.duration for s in fresh38.values()}
    assert {0, 20} <= {s.snr_db for s in fresh38.values()}
    assert not support.voices_heard_before(fresh38, earlier)
    sounds = [support.sound(v) for s in fresh38.values() for v in s.voices]
    assert len(sounds) == len(set(sounds)) == 30
    assert sorted(len(s.voices) for s in fresh38.values()) == [2, 3, 4, 4, 4, 4, 4, 5]
    # Women wear the camera in four of the eight; no espeak variant new to the set.
    assert support.women_wearers(fresh38) == [False, True, False, True, False, True, False, True]
    assert support.espeak_variants(fresh38, earlier, set()) == {
        *("m3", "m4", "m5", "m6", "m7", "m8", "f1", "f2", "f3", "f4", "f5"),
    }
    # No accent is new: Brazilian Portuguese, Indonesian and Slovenian read the accented lines
    # (13), each heard in one recording before, of the 55 languages that read English before;
    # no word of those lines is a lone letter but "I" and "a". No two accented voices share a
    # language.
    heard = support.accents_heard_again(fresh38, earlier, PORTUGUESE_INDONESIAN_SLOVENIAN, 13)
    assert heard == ["d106", "d186", "d220"]
    assert len(accents(earlier)) == 55
    assert not support.one_accent_pairs(fresh38.values())
    # Every speaker has scene lines (a short-line speaker one); numbers only in words.
    support.said_in_words(
        fresh38,
        "two thousand feet",
        "forty metres",
        "a hundred and forty drops",
        "eighty six",
        "marshal twelve",
        "mile twenty",
    )
    # Shouting in four recordings (none a wearer's); one voice behind glass, shouting.
    shouting = [(s.id, v.label) for s in fresh38.values() for v in s.voices if v.shout]
    assert shouting == [
        ("d309", "civilian"),
        ("d312", "witness"),
        ("d314", "civilian"),
        ("d315", "civilian"),
    ]
    assert [s.id for s in fresh38.values() if any(v.muffled for v in s.voices)] == ["d314"]
    # A police radio (band-limited) in three recordings, four voices, each used otherwise:
    # control's five lines in dog noise, control at 0 dB in rain, and control and race control
    # on two radios in crowd noise.
    radios = [
        (s.id, v.label, s.noise, s.snr_db, len(v.lines))
        for s in fresh38.values()
        for v in s.voices
        if v.radio
    ]
    assert radios == [
        ("d310", "dispatch", "dog", 9, 5),
        ("d312", "dispatch", "rain", 0, 3),
        ("d315", "dispatch", "crowd", 6, 4),
        ("d315", "bystander", "crowd", 6, 3),
    ]
    # A voice heard once, in a short line, in four recordings (a wearer's in one).
    short = [
        (s.id, s.voices[s.short_line].label) for s in fresh38.values() if s.short_line is not None
    ]
    assert short == [
        ("d309", "bystander"),
        ("d311", "officer"),
        ("d314", "bystander"),
        ("d316", "bystander"),
    ]

    # A card kept by a village cash machine: the man behind her shouting over the wearer twice,
    # the postmaster's one line on flite awb, and the old woman at 134 words a minute, where no
    # espeak woman's voice in street noise was under 138 (d245).
    d309 = fresh38["d309"]
    assert support.drawn(d309, "overlaps") == ["civilian", "civilian"]
    assert (d309.voices[3].voice, d309.short_line, d309.voices[2].rate) == ("awb", 3, 134)
    street_women = [
        (v.rate, s.id)
        for s in earlier
        if s.noise == "street"
        for v in s.voices
        if v.engine == "espeak" and espeak_variant(v) in ALL_WOMEN and v.rate
    ]
    assert min(street_women) == (138, "d245")

    # A drone over a prison wall as the dogs bark: two brothers of one accent and near one voice
    # (m8 and m7 at one rate, six pitch points apart), taking turns, and control's five lines on
    # the radio, one over the younger brother; no radio voice in dog noise said more than three
    # lines or talked over anyone.
    d310 = fresh38["d310"]
    assert near_one_voice(d310, 1, 2) == (True, False, {"m7", "m8"}, 0, 6)
    assert devset.turn_plan(d310).speakers[:5] == (0, 3, 1, 2, 3)
    assert support.drawn(d310, "overlaps") == ["dispatch", "bystander"]
    dog_radios = [
        (s.id, len(v.lines), v.label in support.drawn(s, "overlaps"))
        for s in earlier
        if s.noise == "dog"
        for v in s.voices
        if v.radio
    ]
    assert dog_radios == [
        ("d259", 3, False),
        ("d267", 1, False),
        ("d289", 3, False),
        ("d304", 1, False),
    ]

    # A hot air balloon down in a barley field: the pilot on flite slt alone for a minute after
    # the wearer's one line (twelve lines); the voices alone for a minute in wind noise were
    # men's, and slt had held the floor nowhere.
    d311 = fresh38["d311"]
    assert (len(d311.voices), d311.short_line, d311.replies) == (2, 0, None)
    assert devset.turn_plan(d311).speakers[:14] == (1, 0) + (1,) * 12
    assert (d311.voices[1].voice, len(d311.voices[1].lines)) == ("slt", 13)
    alone = {s.id: (s.noise, alone_for_a_minute(s)) for s in earlier if alone_for_a_minute(s)}
    assert {i: voice for i, (noise, voice) in alone.items() if noise == "wind"} == {
        "d13": "awb",
        "d46": "rms",
        "d96": "en-029+paul",
        "d117": "en-us+Marco",
    }
    assert "slt" not in {voice for _, voice in alone.values()}

    # A man digging in a tip's skip for his ring, at 0 dB: Indonesian, over control; control's
    # three lines on the radio, the operative shouting, a wait while he digs; no radio voice in
    # rain was under 2 dB (d91).
    d312 = fresh38["d312"]
    assert support.accented(d312) == ["id+m5"]
    assert support.drawn(d312, "overlaps") == ["civilian"]
    assert support.drawn(d312, "silences") == ["officer"]
    rain_radios = [
        (s.snr_db, s.id) for s in earlier if s.noise == "rain" and any(v.radio for v in s.voices)
    ]
    assert min(rain_radios) == (2, "d91")

    # A catalytic converter sawn off at a leisure centre as its alarm wails, at 18 dB: the
    # wearer in the Brazilian Portuguese voice, two women of one accent and near one voice (f2
    # and f5 at one rate, six pitch points apart), three lines talked over; no siren recording
    # had an accented wearer (d142, d218, d293, d308 before) or was over 16 dB (d164).
    d313 = fresh38["d313"]
    assert support.accented(d313) == ["pt-br+m4"] and foreign(d313.voices[0])
    assert near_one_voice(d313, 1, 2) == (True, True, {"f2", "f5"}, 0, 6)
    assert support.drawn(d313, "overlaps") == ["witness", "bystander", "officer"]
    accented_wearers = {s.id: s.noise for s in earlier if foreign(s.voices[0])}
    assert accented_wearers == {"d142": "music", "d218": "music", "d293": "street", "d308": "wind"}
    assert max((s.snr_db, s.id) for s in earlier if s.noise == "siren") == (16, "d164")

    # A funeral held up by a parcel van: its driver shouting behind his closed window, the
    # wearer over the funeral director, the daughter's one line; no car recording had a
    # shouting voice behind glass.
    d314 = fresh38["d314"]
    driver = d314.voices[1]
    assert (driver.label, driver.shout, driver.muffled) == ("civilian", True, True)
    assert support.drawn(d314, "overlaps") == ["officer"]
    shouting_behind_glass = {
        s.id: s.noise for s in earlier for v in s.voices if v.shout and v.muffled
    }
    assert shouting_behind_glass == {"d81": "street", "d110": "dog", "d194": "music"}

    # A car at a marathon's crossing point: five voices, two radios (control, and race control
    # on flite rms), control over the driver, and a 12-16 s wait for a gap in the runners; no
    # crowd recording had two radio voices or a pause over 10 s.
    d315 = fresh38["d315"]
    assert [v.voice for v in d315.voices if v.radio] == ["en-gb-x-rp+f4", "rms"]
    assert (d315.long_silences, d315.silence) == (1, (12.0, 16.0))
    assert support.drawn(d315, "silences") == ["civilian"]
    assert support.drawn(d315, "overlaps") == ["civilian", "dispatch"]
    two_radios = {s.noise for s in earlier if sum(v.radio for v in s.voices) >= 2}
    assert two_radios == {"car", "street", "wind"}
    crowd = [s for s in earlier if s.noise == "crowd" and (s.long_silences or s.late_voice)]
    assert max(s.silence[1] for s in crowd) == 10.0

    # A misspelt name at a tattoo parlour over its music, at 20 dB: the Slovenian customer, the
    # tattooist on flite kal16, the wearer over the customer, the girlfriend's one line; no music
    # recording was over 17 dB (d223).
    d316 = fresh38["d316"]
    assert (support.accented(d316), d316.voices[2].voice) == (["sl+m8"], "kal16")
    assert support.drawn(d316, "overlaps") == ["officer"]
    assert max((s.snr_db, s.id) for s in earlier if s.noise == "music") == (17, "d223")


@builds.needs_voices
def test_fresh38_leisure_centre_builds_with_two_women_of_near_one_voice(tmp_path):
    """d313 built in full: 12 turns, each voice's lines in order (the STM is the script); the
    mother who filmed the thieves and the car's owner, two women of near one voice, answer each
    other three times in the first five turns, the owner over the mother (0.91 s), the mother
    over the wearer (1.18 s) and the wearer back over her (0.98 s); the wearer's fifth line ends
    at 58.43 s, when the owner, out of lines, is given the next."""
    labels = ["officer", "bystander", "witness", "bystander", "witness", "officer", "bystander"]
    labels += ["officer", "bystander", "officer", "witness", "officer"]
    _, pauses = builds.built_as_planned(
        tmp_path, "d313", SPEAKERS["d313"], labels, ([], [4, 6, 7]), 58.43
    )
    assert builds.talked_over(pauses) == [(3, -0.91), (5, -1.18), (6, -0.98)]
    assert len(pauses) == 11 and all(0.2 <= round(p, 2) <= 0.9 for p in pauses if p >= 0)
