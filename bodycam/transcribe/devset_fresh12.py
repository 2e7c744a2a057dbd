"""The development set's fresh12 half (d101-d108): eight recordings written blind to the diarizer.

Written in session 16, after the fresh to fresh11 halves had been scored, by someone who had
not read the diarizer nor seen its scores, each aimed at one way a body-camera diarizer can fail
in a plausible police scene, in combinations no earlier half tried, four of them at 14-17 dB
SNR so that the difficulty is the people, not the noise, and one with a new noise: a dog
barking (``dog``, voiced bursts that are no one's turn). It brings fifteen espeak variants no
earlier recording used, all men's but one boy's: ``Mario``, ``Gene2``, ``Storm`` (deep),
``Jacky``, ``zac`` (a boy, 350-400 Hz), ``boris``, ``iven3``, ``pablo``, ``kaukovalta``
(rough), ``antonio``, ``Diogo`` (on the Brazilian Portuguese voice), ``edward`` (a klatt
voice), ``sandro`` (rough and breathy), ``Nguyen`` and ``rob``.

- d101, a roadside word with a driver: three Scottish men, the two officers in one accent at
  near-equal pitch and the driver (flite ``awb``, Scottish too); the partner leads and the
  wearer only acknowledges ("Okay.", "Go on."). Earlier acknowledging wearers were in
  two-voice scenes, so the rare speaker was never one of two alike officers.
- d102, a burglary in progress: the homeowner hiding behind the door whispers his answers, a
  word or two at a time, right beside the camera (-3 dB); the partner, deep-voiced, across the
  room; traffic outside at 17 dB. Earlier whisperers spoke full lines, or were police; no
  replier was unvoiced.
- d103, a lost boy found by a search dog: the frantic father and the partner talk with the
  wearer while the dog barks in bouts (the new ``dog`` noise, at 12 dB), and only after a long
  quiet spell the boy (the highest voice in the set, 350-400 Hz, above d85's girl) is heard,
  in a word or two (``late_voice`` and ``replies`` on one voice). Barks are loud, pitched
  (350-650 Hz) and as short as his words: a cluster of barks, or the boy put in it. Earlier
  late arrivals said full lines, no child arrived late, and no noise barked.
- d104, a tenant's lock-out: the landlord on the wearer's phone on speaker and dispatch on the
  handheld, two men each heard only through a narrow band (a civilian and a police voice), with
  the tenant in person and two lines talked over, in traffic at 12 dB. The one earlier scene
  with two band-limited men (d40) had them both police, on one radio, alone with the wearer
  and never talked over: a narrow band here is no sign of the police role.
- d105, a bar fight: five men and no woman (wearer, partner, the two who fought, a bystander),
  the fighter shouting, six lines talked over inside a crowd's babble at 10 dB. Every earlier
  five-voice scene had a woman in it, and no crowd scene had more than three lines talked over.
- d106, a robbed Brazilian tourist whose daughter interprets: his English read by espeak's
  Brazilian Portuguese voice, hers Caribbean, beside a woman wearer; a street's music at
  14 dB. The set's second non-English espeak language (after d56's Spanish), the first with an
  interpreter.
- d107, a prisoner transport in the rain (16 dB on the roof): the man in the back, behind the
  partition (muffled), talks on and on and the partner driving (a woman, his accent) answers
  him and talks over him (three drawn; two land, the third follows the wearer's half-second
  acknowledgement, which the builder never talks over); the wearer, in the passenger seat,
  says that one acknowledgement in the minute (``short_line`` and ``replies`` on the wearer).
  The minute belongs to a voice behind glass and the loudest voice is heard once; no earlier
  scene with the wearer heard once had a muffled voice or a partner in it.
- d108, the end of a pursuit: the wearer shouts every line at the driver, who shouts back,
  with dispatch on the radio, over the patrol car's siren at 5 dB. Earlier shouting wearers
  were in street noise; no siren scene was below 6 dB.

British espeak voices are written ``en+variant`` (``en-gb+variant`` is plain ``en-gb`` in this
espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH12: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d101",
        "fresh12",
        (
            # The camera is on the quiet officer: he only acknowledges.
            _espeak("officer", "en-gb-scotland+Mario", 0, wearer=True, rate=160, pitch=45),
            # His partner, leading, a step beside him: the same accent, near the same pitch.
            _espeak("partner", "en-gb-scotland+Gene2", -3, rate=162, pitch=45),
            _flite("civilian", "awb", -7),
        ),
        58,
        "car",
        15,
        replies=0,
        description="two Scottish officers and a Scottish driver; the wearer only acknowledges",
    ),
    RecordingSpec(
        "d102",
        "fresh12",
        (
            _flite("officer", "kal16", 0, wearer=True),
            # The homeowner hiding behind the bedroom door, whispering at the camera's side.
            _espeak("civilian", "en-gb-x-gbcwmd+whisper", -3, rate=150, pitch=50),
            # The partner checking the room, deep-voiced, a few metres off.
            _espeak("partner", "en-us+Storm", -8, rate=155, pitch=40),
        ),
        56,
        "street",
        17,
        replies=1,
        description="a burglary: the hiding homeowner whispers a word or two beside the camera",
    ),
    RecordingSpec(
        "d103",
        "fresh12",
        (
            _espeak("officer", "en-us-nyc+f5", 0, wearer=True, rate=168, pitch=56),
            # The father, frantic and fast.
            _espeak("civilian", "en-029+Jacky", -5, rate=185, pitch=50),
            _flite("partner", "rms", -6),
            # The boy, found after a long quiet search, answering in a word or two.
            _espeak("witness", "en-us+zac", -7, rate=175, pitch=65),
        ),
        66,
        # The search dog barking in bouts, a few metres off.
        "dog",
        12,
        late_voice=3,
        replies=3,
        description="a lost boy found late by a barking search dog: a high voice late, in words",
    ),
    RecordingSpec(
        "d104",
        "fresh12",
        (
            _espeak("officer", "en-gb-x-rp+boris", 0, wearer=True, rate=160, pitch=40),
            # The tenant locked out, on the step.
            _flite("civilian", "slt", -6),
            # The landlord on the wearer's phone, on speaker in his hand: band-limited.
            _flite("witness", "kal16", -4, radio=True),
            # Dispatch on the handheld: another man through a narrow band.
            _espeak("dispatch", "en-us+iven3", -3, radio=True, rate=170, pitch=45),
        ),
        62,
        "street",
        12,
        overlaps=2,
        description="a phone on speaker and a radio: two band-limited men, one a civilian",
    ),
    RecordingSpec(
        "d105",
        "fresh12",
        (
            _espeak("officer", "en-gb-x-gbclan+pablo", 0, wearer=True, rate=160, pitch=42),
            _flite("partner", "rms", -4),
            # The two who fought: one still shouting, one sullen; the doorman further off.
            _espeak("civilian", "en-us-nyc+kaukovalta", -5, shout=True, rate=170, pitch=45),
            _espeak("witness", "en-029+antonio", -8, rate=165, pitch=45),
            _flite("bystander", "awb", -12),
        ),
        64,
        "crowd",
        10,
        overlaps=6,
        description="a bar fight: five men and no woman, six lines talked over, a crowd",
    ),
    RecordingSpec(
        "d106",
        "fresh12",
        (
            _flite("officer", "slt", 0, wearer=True),
            # A Brazilian tourist, robbed, speaking his English slowly.
            _espeak("civilian", "pt-br+Diogo", -5, rate=150, pitch=45),
            # His daughter, interpreting for him.
            _espeak("witness", "en-029+f5", -6, rate=172, pitch=58),
        ),
        60,
        "music",
        14,
        description="a robbed Brazilian tourist and his daughter interpreting; street music",
    ),
    RecordingSpec(
        "d107",
        "fresh12",
        (
            # In the passenger seat: one acknowledgement in the minute.
            _espeak("officer", "en-us+edward", 0, wearer=True, rate=160, pitch=40),
            # The prisoner behind the partition, rough-voiced, talking on and on.
            _espeak("civilian", "en-gb-x-gbclan+sandro", -5, muffled=True, rate=165, pitch=40),
            # The partner driving, answering him.
            _espeak("partner", "en-gb-x-gbclan+f5", -4, rate=170, pitch=56),
        ),
        62,
        "rain",
        16,
        overlaps=3,
        short_line=0,
        replies=0,
        description="a prisoner talks on behind the partition; the wearer's one acknowledgement",
    ),
    RecordingSpec(
        "d108",
        "fresh12",
        (
            # The end of a pursuit: the wearer shouting every line over his own siren.
            _espeak("officer", "en+Nguyen", 0, wearer=True, shout=True, rate=165, pitch=45),
            _espeak("civilian", "en-us+rob", -7, shout=True, rate=170, pitch=40),
            _flite("dispatch", "kal16", -3, radio=True),
        ),
        58,
        "siren",
        5,
        overlaps=2,
        description="a pursuit's end: the wearer shouts every line over a siren at 5 dB",
    ),
)
