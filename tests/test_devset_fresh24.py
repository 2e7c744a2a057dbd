"""The fresh24 half (d197-d204), written blind in session 28, checked against every half
before it; the boy who rang for his mother (d200) built in full with its two long silences.
What every half's tests share is in devset_support.py."""

from __future__ import annotations

import devset_builds as builds
import devset_support as support
from devset_support import ALL_WOMEN, espeak_variant, foreign

from bodycam.transcribe import devset

#: The fresh24 half: true speakers (distinct labels) of each recording.
FRESH24_SPEAKERS = {
    "d197": ["officer", "civilian", "witness"],
    "d198": ["officer", "bystander", "civilian", "partner"],
    "d199": ["officer", "witness"],
    "d200": ["officer", "partner", "civilian", "witness"],
    "d201": ["officer", "civilian", "dispatch", "partner"],
    "d202": ["officer", "witness", "civilian", "partner"],
    "d203": ["officer", "witness", "partner"],
    "d204": ["officer", "partner", "civilian", "witness"],
}

#: Each recording's noise, SNR (dB) and length (s).
SCENES = [
    *(("street", 9, 84), ("crowd", 5, 76), ("car", 16, 88), ("dog", 11, 88)),
    *(("wind", 14, 86), ("rain", 6, 88), ("music", 12, 70), ("siren", 8, 84)),
]


def test_fresh24_half_is_eight_unseen_recordings_aimed_at_failures():
    # d197-d204 in order, each 40-90 s (fresh23's ran to two minutes); every engine, every flite
    # voice and each of the eight noises once: per recording its noise, SNR and length. 2-5
    # people, each on a voice of their own and no two on one espeak variant, the others 5-15 dB
    # under the wearer, a woman in every scene, every espeak voice at a rate and a pitch of its
    # own, any two in a scene at least 12 words a minute or 6 pitch apart, and every flite voice
    # at a pace of its own.
    fresh24, earlier = support.blind_half("fresh24", FRESH24_SPEAKERS, 40, 90, SCENES)
    # No new espeak variant.
    assert support.espeak_variants(fresh24, earlier, set()) <= {
        *("m1", "m2", "m3", "m4", "m5", "m6", "m7", "f1", "f2", "f3", "f4", "f5"),
    }
    # Swedish and Catalan read English, neither heard before.
    support.new_accents(fresh24, earlier, {"sv", "ca"})
    # Scene lines for every speaker, a short-line speaker's one line; numbers only in words.
    support.said_in_words(fresh24, "nine nine nine", "seventy four years of age")

    # Two Swedish men rowing with the wearer, three lines talked over: one accent, two men, told
    # apart by pace and pitch. Every pair in one foreign accent before had a woman in it (d56's
    # Spanish, d145's Swahili and d164's Lithuanian couples, d190's Finnish sisters).
    d197 = fresh24["d197"]
    men = [(v.voice, v.rate, v.pitch) for v in d197.voices if foreign(v)]
    assert men == [("sv+m2", 136, 34), ("sv+m4", 180, 58)] and d197.overlaps == 3
    shared = {}
    for spec in earlier:
        languages = [v.voice.split("+")[0] for v in spec.voices if foreign(v)]
        if len(languages) > len(set(languages)):
            shared[spec.id] = {espeak_variant(v) in ALL_WOMEN for v in spec.voices if foreign(v)}
    assert list(shared) == ["d56", "d145", "d164", "d190"]
    assert all(True in women for women in shared.values())

    # A library protest in a crowd at 5 dB: the chant leader shouting through a megaphone in
    # every line, nobody in the encounter (a bystander); the partner's one line, talked over.
    # The shouting voices in a crowd before were all in the encounter.
    d198 = fresh24["d198"]
    assert [(v.label, v.voice) for v in d198.voices if v.shout] == [("bystander", "kal16")]
    assert (d198.snr_db, d198.overlaps, d198.voices[d198.short_line].label) == (5, 2, "partner")
    crowd_shouts = {v.label for s in earlier if s.noise == "crowd" for v in s.voices if v.shout}
    assert "bystander" not in crowd_shouts and crowd_shouts

    # A statement read back in the patrol car: the witness's one line, then the wearer reads on
    # alone in nine turns of 17-27 words. The wearer alone before (d19, d96, d117, d153) said
    # the set's generic lines.
    d199 = fresh24["d199"]
    reading = d199.voices[0].lines[1:]
    assert (len(d199.voices), d199.short_line, len(reading)) == (2, 1, 9)
    assert min(len(line.split()) for line in reading) >= 17
    alone = [s for s in earlier if len(s.voices) == 2 and s.short_line == 1]
    assert [s.id for s in alone] == ["d19", "d96", "d117", "d153"]
    assert not any(v.lines for s in alone for v in s.voices)

    # A boy who rang for his mother, at pitch 92, and his mother first heard late, on flite,
    # after a long silence, with one more long silence. Flite late voices before: d24, d66, d79.
    d200 = fresh24["d200"]
    boy, mother = d200.voices[2], d200.voices[d200.late_voice]
    assert (boy.pitch, boy.rate, mother.engine, mother.gain_db) == (92, 182, "flite", -12)
    assert d200.long_silences == 1
    late = [s for s in earlier if s.late_voice is not None]
    flite_late = [s.id for s in late if s.voices[s.late_voice].engine == "flite"]
    assert flite_late == ["d24", "d66", "d79"]

    # A paraglider down on a hillside: control on the radio and two long waits, the paraglider
    # 13 dB under the wearer.
    d201 = fresh24["d201"]
    assert [v.label for v in d201.voices if v.radio] == ["dispatch"]
    assert (d201.long_silences, d201.voices[1].gain_db) == (2, -13)

    # A deaf man's sister speaking his signed answers in the first person ("He says, ..."), his
    # one line said aloud himself. No line before was relayed so.
    d202 = fresh24["d202"]
    sister = d202.voices[1]
    assert all(line.startswith("He says") for line in sister.lines[1:])
    assert d202.voices[d202.short_line].lines == ("Thank you for coming.",)
    assert not any(
        line.startswith("He says") for s in earlier for v in s.voices for line in v.lines
    )

    # A shop owner on a phone on speaker over the shop's music: a band-limited civilian voice
    # was never in music noise.
    d203 = fresh24["d203"]
    assert [(v.label, v.voice) for v in d203.voices if v.radio] == [("witness", "kal16")]
    assert devset.role("witness") == "civilian"
    civilian_radios = {
        s.noise for s in earlier for v in s.voices if v.radio and devset.role(v.label) == "civilian"
    }
    assert civilian_radios == {"car", "crowd", "rain", "street", "wind"}

    # A moped rider knocked down as the ambulance comes: four lines talked over, the wearer and
    # her partner on one Welsh voice, a woman and a man (the one such pair of officers before,
    # d66's, was American).
    d204 = fresh24["d204"]
    wearer, partner = d204.voices[0], d204.voices[1]
    assert (wearer.voice, partner.voice, d204.overlaps) == (
        "en-gb-x-gbcwmd+f1",
        "en-gb-x-gbcwmd+m2",
        4,
    )
    pairs = [
        s.id
        for s in earlier
        for v in s.voices[1:]
        if v.label == "partner"
        and v.engine == s.voices[0].engine == "espeak"
        and v.voice.split("+")[0] == s.voices[0].voice.split("+")[0]
        and (espeak_variant(v) in ALL_WOMEN) != (espeak_variant(s.voices[0]) in ALL_WOMEN)
    ]
    assert pairs == ["d66"]


@builds.needs_voices
def test_fresh24_boy_and_his_mother_builds_with_its_script_and_its_silences(tmp_path):
    """d200 built in full: 15 turns, every voice's lines said in order (the STM is the script);
    the mother first heard after an 8.49 s silence, the boy's question after one of 6.05 s, 0.2-0.9
    s between every other line and none talked over; the mother 12 dB under the wearer."""
    labels = [
        *("officer", "partner", "civilian", "officer", "partner", "officer", "witness"),
        *("civilian", "witness", "civilian", "officer", "witness", "officer", "civilian"),
        "witness",
    ]
    _, pauses = builds.built_as_planned(
        tmp_path, "d200", FRESH24_SPEAKERS["d200"], labels, ([6, 9], []), 86.59
    )
    assert [(i, round(p, 2)) for i, p in enumerate(pauses) if p > 1] == [(5, 8.49), (8, 6.05)]
    assert all(0.2 <= p <= 0.9 for p in pauses if p <= 1)
    assert labels.index("witness") == 6
