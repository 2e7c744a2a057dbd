"""The fresh35 half (d285-d292), written blind in session 36 (50-90 s, no accent new to the set,
each of the eight noises once again, at 0-20 dB), checked against every earlier half; the dog
alone in a flat (d289), the tenant first heard late on the landlord's phone after two long
silences, built in full. devset_support.py holds the checks every half shares."""

from __future__ import annotations

import devset_builds as builds
import devset_support as support
from devset_support import accents, espeak_variant

from bodycam.transcribe import devset

#: Per recording: the true speakers (distinct labels) in the order they are given, the noise,
#: the SNR in dB and the length in seconds.
FRESH35 = {
    "d285": (["officer", "witness", "civilian", "bystander"], "siren", 8, 82),
    "d286": (["officer", "civilian", "bystander", "dispatch"], "rain", 15, 88),
    "d287": (["officer", "civilian", "witness", "bystander", "partner"], "crowd", 3, 77),
    "d288": (["officer", "civilian"], "car", 20, 75),
    "d289": (["officer", "witness", "bystander", "civilian"], "dog", 11, 90),
    "d290": (["officer", "civilian", "witness", "partner"], "wind", 6, 85),
    "d291": (["officer", "civilian", "witness", "bystander"], "music", 13, 50),
    "d292": (["officer", "civilian", "witness", "dispatch"], "street", 0, 62),
}
SPEAKERS = {recording: spoken[0] for recording, spoken in FRESH35.items()}
#: The accents fresh35 reads its accented lines in: espeak voices each heard in one recording.
SPANISH_FRENCH_ITALIAN = {"es", "fr", "it"}


def test_fresh35_half_is_eight_unseen_recordings_each_noise_once():
    # d285-d292 in order, 50-90 s each and 0-20 dB (both ends of each used); both engines, all
    # four flite voices and the eight noises once each, as fresh23 to fresh33 (fresh34 was
    # mostly street, wind and car); 2-5 people each on a voice of their own, 5-15 dB under the
    # wearer, a woman in every scene, every rate, pitch and pace their own, in this half too.
    fresh35, earlier = support.blind_half(
        "fresh35",
        SPEAKERS,
        50,
        90,
        [(noise, snr, length) for _, noise, snr, length in FRESH35.values()],
    )
    assert {50, 90} <= {s.duration for s in fresh35.values()}
    assert {0, 20} <= {s.snr_db for s in fresh35.values()}
    assert not support.voices_heard_before(fresh35, earlier)
    sounds = [support.sound(v) for s in fresh35.values() for v in s.voices]
    assert len(sounds) == len(set(sounds)) == 31
    # Women wear the camera in four of the eight; no espeak variant new to the set.
    assert support.women_wearers(fresh35) == [True, False, False, True, False, True, False, True]
    assert support.espeak_variants(fresh35, earlier, set()) == {
        *("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "f1", "f2", "f3", "f4", "f5"),
    }
    # No accent is new: Spanish, French and Italian read the accented lines (17), each heard in
    # one recording before, of the 55 languages that read English before; no word of those
    # lines is a lone letter but "I" and "a". The two French voices are in two recordings.
    heard = support.accents_heard_again(fresh35, earlier, SPANISH_FRENCH_ITALIAN, 17)
    assert heard == ["d56", "d114", "d130"]
    assert len(accents(earlier)) == 55
    assert not support.one_accent_pairs(fresh35.values())
    # Every speaker has scene lines (a short-line speaker one); numbers only in words.
    support.said_in_words(
        fresh35,
        "number forty",
        "one hundred and sixty pounds",
        "thirty eight pounds forty",
        "seven four one nine nine two zero eight",
    )
    # Shouting in four recordings, a band-limited voice (radio or phone on speaker) in three.
    shouting = [s.id for s in fresh35.values() if any(v.shout for v in s.voices)]
    assert shouting == ["d285", "d287", "d290", "d292"]
    radio = [s.id for s in fresh35.values() if any(v.radio for v in s.voices)]
    assert radio == ["d286", "d289", "d292"]

    # An ambulance blocked by a parked car as its siren runs: the owner shouting in the Italian
    # voice, a paramedic on flite rms; the wearer over the neighbour, the neighbour over her.
    d285 = fresh35["d285"]
    assert (support.accented(d285), [v.label for v in d285.voices if v.shout]) == (
        ["it+m2"],
        ["civilian"],
    )
    assert (d285.voices[1].voice, d285.voices[1].gain_db) == ("rms", -7)
    assert support.drawn(d285, "overlaps") == ["officer", "bystander"]

    # A family on a motorway's hard shoulder in the rain: the wearer on flite awb, the son on a
    # high pitch, control on the radio after a long wait.
    d286 = fresh35["d286"]
    control, son = d286.voices[3], d286.voices[2]
    assert (d286.voices[0].voice, control.voice, control.radio) == ("awb", "kal16", True)
    assert (espeak_variant(son), son.pitch) == ("m4", 81)
    assert support.drawn(d286, "silences") == ["dispatch"]

    # Fake concert tickets in a crowd at 3 dB: five voices, the French mother, the daughter
    # shouting, the partner's one line on flite slt 12 dB under, two lines talked over.
    d287 = fresh35["d287"]
    assert (len(d287.voices), support.accented(d287)) == (5, ["fr+f2"])
    partner = d287.voices[d287.short_line]
    assert (partner.label, partner.voice, partner.gain_db) == ("partner", "slt", -12)
    assert [v.label for v in d287.voices if v.shout] == ["witness"]
    assert support.drawn(d287, "overlaps") == ["bystander", "civilian"]

    # A taxi driver's runner told in the patrol car: the wearer's one acknowledgement second,
    # then he talks alone to the end (fourteen lines in all).
    d288 = fresh35["d288"]
    assert (len(d288.voices), d288.short_line, d288.replies) == (2, 0, 0)
    assert devset.turn_plan(d288).speakers[:15] == (1, 0) + (1,) * 13
    assert (len(d288.voices[0].lines), len(d288.voices[1].lines)) == (1, 14)

    # A dog alone in a flat: the French landlord; the tenant late on the landlord's phone on
    # speaker, 11 dB under. No late radio or phone voice before was in dog noise.
    d289 = fresh35["d289"]
    tenant = d289.voices[d289.late_voice]
    assert (tenant.label, tenant.radio, tenant.gain_db) == ("civilian", True, -11)
    assert support.accented(d289) == ["fr+m5"]
    late_radio = {
        s.noise for s in earlier if s.late_voice is not None and s.voices[s.late_voice].radio
    }
    assert late_radio == {"car", "wind", "street", "siren"}
    assert support.drawn(d289, "silences") == ["officer", "civilian"]

    # A trampoline blown onto a car in a storm: the owner shouting, three lines talked over.
    d290 = fresh35["d290"]
    assert [v.label for v in d290.voices if v.shout] == ["civilian"]
    assert support.drawn(d290, "overlaps") == ["partner", "partner", "officer"]

    # An entertainer's van broken into outside a party: 50 s, the shortest music recording yet;
    # the Spanish entertainer, a parent's one line.
    d291 = fresh35["d291"]
    assert (d291.duration, support.accented(d291)) == (50, ["es+f4"])
    assert d291.voices[d291.short_line].label == "bystander"
    assert min((s.duration, s.id) for s in earlier if s.noise == "music") == (52, "d131")

    # A man with bolt cutters at a station's bike racks in street noise at 0 dB: the owner
    # shouting, control on the radio; the owner over him and control over the wearer.
    d292 = fresh35["d292"]
    assert [(v.label, v.shout, v.radio) for v in d292.voices[2:]] == [
        ("witness", True, False),
        ("dispatch", False, True),
    ]
    assert (d292.voices[1].voice, d292.voices[1].rate) == ("kal16", 105)
    assert support.drawn(d292, "overlaps") == ["witness", "dispatch"]


@builds.needs_voices
def test_fresh35_dog_alone_builds_with_the_tenant_late_on_the_phone(tmp_path):
    """d289 built in full: 16 turns, each voice's lines in order (the STM is the script); a
    long silence at the door before the wearer's second line, another before the tenant is first
    heard on the landlord's phone (the seventh line), then the four take turns; the last line
    ends at 87.19 s, when the neighbour, out of lines, is given the next."""
    labels = ["officer", "witness", "bystander", "officer", "bystander", "officer", "civilian"]
    labels += ["bystander", "officer", "witness", "officer", "civilian", "officer", "witness"]
    labels += ["civilian", "officer"]
    _, pauses = builds.built_as_planned(
        tmp_path, "d289", SPEAKERS["d289"], labels, ([3, 6], []), 87.19
    )
    assert not builds.talked_over(pauses)
    assert [(i, round(p, 2)) for i, p in enumerate(pauses) if p > 1] == [(2, 7.32), (5, 9.99)]
    assert len(pauses) == 15 and all(0.2 <= p <= 0.9 for p in pauses if p <= 1)
