"""The development set's fresh45 half (d365-d372): eight recordings written blind to the diarizer.

Session 46 wrote it after the fresh to fresh44 halves, without reading the diarizer or the
transcriber or seeing a score of either. It keeps what fresh21 to fresh44 promised: every
speaker says lines written for the scene (``Voice.lines``), in the turn order the seed draws
(``devset.turn_plan``), and says all of them, so the reference STM is the script; a scene has
2-5 people, no two sharing a voice or an espeak variant, at least one of them a woman, everyone
but the camera wearer 5-15 dB under the wearer; each espeak voice has a rate and pitch of its
own and each flite voice a pace of its own (none the same as a voice of an earlier recording,
nor of another recording of this half). The recordings run 40-80 s, both ends used. As fresh35
to fresh44 did, it uses each of the eight noises once, at 0-20 dB (both ends again). No accent
is new, and since fresh44 every accent of the set has been heard in two recordings or more, so
the six here are the six heard least recently, each in two recordings before: Cantonese by its
Jyutping letter rules (d237, d242), Polish (d137, d255), Romanian (d151, d256), Albanian (d179,
d257), Norwegian (d214, d260) and Finnish (d190, d261), each in one recording and reading every
word of its lines as a word under ``espeak-ng -x``. All four flite voices are used, and women
wear the camera in four of the eight. Numbers are written as words. It leans on what fresh41
to fresh44 did not do at all, each in one recording: five long silences (none since d191), two
lines talked over in a recording with two long silences (none since d144), an accented voice
whispering (d242 the only one before), a radio or phone heard through a door or window (d75 the
only one before), a voice answering in words through one (none since d117), a voice first
heard late 15 dB under the wearer (none since d232), the short-line speaker saying one reply
(none since d305), a voice shouting through a door (none since d314), a flite voice heard
through a door or window (none since d174) and the partner 5 dB under the wearer (none since
d283). Each recording asks for something no earlier recording in its noise had (the list below
says what); every overlap and silence the specs ask for is realised in the build (the figures
below come from the reference RTTM). The module is long because it is data: eight scenes' lines
and their specs.

- d365, a man sitting on the outside of a railway footbridge's railing over a high street
  before dawn (street, 12 dB, 80 s): two voices, the wearer and the man in espeak's Finnish
  voice (``fi+m5``), five long silences (9.23 s, 9.17 s, 6.15 s, 6.01 s and 7.64 s) before he
  answers or she tries again. The two recordings with five before (d55, d191) were in wind
  noise.
- d366, a cloned ticket at a football ground's turnstile before kick-off (crowd, 9 dB, 72 s):
  five voices, the fan in espeak's Albanian voice (``sq+m6``), two long waits on the ticket
  office (8.37 s, 9.89 s) and then two lines talked over in a row, his friend, shouting, over
  the partner (0.77 s) and the steward over the friend (1.13 s). The recordings with two of
  each before (d97, d144) were in music and wind noise.
- d367, a night bus stopped after its driver pressed the alarm (car, 20 dB, 58 s): a woman
  whispering to the wearer in espeak's Romanian voice (``ro+whisperf``) about the man at the
  back with a blade up his sleeve, the driver on flite ``rms``, the wearer over the man
  (0.87 s). The one accented voice whispering before (d242) was in crowd noise.
- d368, a pensioner fallen in her hall on a wet night, the front door on its chain (rain,
  14 dB, 66 s): she answers in a word or two through the door (``muffled``, 0.77-1.10 s), the
  ambulance call handler on her phone on speaker beside her is heard through it too (flite
  ``slt``, ``radio`` and ``muffled``), and her neighbour in espeak's Polish voice (``pl+m1``)
  fetches the spare key. The one radio heard through a door or window before (d75) was in
  street noise.
- d369, a car on its roof in a field off a country lane at night as the fire engines arrive
  (siren, 7 dB, 70 s): the driver on the verge, the fire crew's officer on flite ``kal16``, and
  his girlfriend, first heard late after a long silence (9.27 s), shouting from far across the
  field 15 dB under the wearer in espeak's Norwegian voice (``nb+f4``); the wearer over the
  fire officer (0.85 s). The voices first heard late 15 dB under before (d147, d232) were in
  street and rain noise.
- d370, a man slumped in a nightclub's fire exit, the music through the door (music, 5 dB,
  40 s): two voices, the man's one reply (``short_line`` and ``replies``, 1.02 s) and the
  wearer alone for the rest, six lines in a row (28.65 s). No music recording had a short-line
  speaker saying one reply.
- d371, the cliff row of a holiday park's static caravans cleared in a gale (wind, 0 dB, 52 s):
  a man shouting through his caravan's door (``shout`` and ``muffled``) over the warden
  (0.78 s), the warden over the wearer (0.76 s), control's one line on flite ``rms``. The
  voices shouting through a door or window before (d81, d110, d194, d314) were in street, dog,
  music and car noise.
- d372, a dog left in a hot car at a retail park (dog, 16 dB, 62 s): its owner behind his
  closed window on flite ``awb`` (``muffled``) as the dog barks, the partner 5 dB under the
  wearer and over him (0.88 s), and the shopper who rang in espeak's Cantonese voice
  (``yue-latn-jyutping+f1``). The flite voices heard through a door or window before (d71,
  d134, d174) were in street, rain and music noise.

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH45: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d365",
        "fresh45",
        (
            # A man sitting on the outside of a railway footbridge's railing over a high street
            # before dawn; the wearer talks to him from the lamp post he will let her come to.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+f2",
                0,
                wearer=True,
                rate=146,
                pitch=63,
                lines=(
                    "Hello. I'm Claire, from the police. Can I come a bit closer?",
                    "All right, I'm staying here. What's your name?",
                    "Mikko, it's freezing. Do you want my coat?",
                    "That was hours ago. What brought you up here tonight?",
                    "I'm still here, Mikko. Take all the time you need.",
                ),
            ),
            # The man on the railing: espeak's Finnish voice reading English.
            _espeak(
                "civilian",
                "fi+m5",
                -9,
                rate=131,
                pitch=33,
                lines=(
                    "No. Stay by the lamp post.",
                    "Mikko. Nobody asks me that any more.",
                    "Keep your coat. I have sat here since the last train.",
                    "My wife took the children. The house is quiet now.",
                    "Do you have children?",
                ),
            ),
        ),
        80,
        "street",
        12,
        long_silences=5,
        description="a man on a footbridge's railing: five long silences before he answers",
    ),
    RecordingSpec(
        "d366",
        "fresh45",
        (
            # The turnstiles of a football ground before kick-off: a fan's ticket will not scan,
            # the seat was scanned in already, and his friend and the steward flare up after two
            # long waits on the ticket office.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-rp+m3",
                0,
                wearer=True,
                rate=154,
                pitch=41,
                lines=(
                    "What's the hold up at this turnstile?",
                    "Nobody goes in on that barcode till we know who's in the seat.",
                    "Sir, have you still got the seller's messages?",
                    "Then you're the victim here. Forward them to me, please.",
                ),
            ),
            # The steward on the turnstile.
            _espeak(
                "witness",
                "en+m8",
                -7,
                rate=167,
                pitch=28,
                lines=(
                    "The office says that seat was scanned in twenty minutes ago.",
                    "Lads, keep it down, there's families queuing behind you.",
                    "East stand, row twelve, seat forty. I'll radio the steward up there.",
                ),
            ),
            # The fan whose ticket will not scan: espeak's Albanian voice reading English.
            _espeak(
                "civilian",
                "sq+m6",
                -9,
                rate=139,
                pitch=47,
                lines=(
                    "The gate does not take my ticket. I paid ninety pounds.",
                    "Yes, on my phone. He wanted the money by bank transfer.",
                ),
            ),
            # His friend, who bought from the same seller, shouting.
            _espeak(
                "bystander",
                "en-us+m2",
                -11,
                shout=True,
                rate=176,
                pitch=36,
                lines=(
                    "From a bloke on a fans' forum. Mine went through fine.",
                    "So he loses his money and the cheat watches the match?",
                ),
            ),
            # The partner, beside the turnstile.
            _espeak(
                "partner",
                "en-gb-scotland+f5",
                -8,
                rate=150,
                pitch=70,
                lines=(
                    "Did you buy the ticket from the club, sir, or online?",
                    "Then it's a copy. The same barcode gets sold over and over.",
                ),
            ),
        ),
        72,
        "crowd",
        9,
        overlaps=2,
        long_silences=2,
        description="a cloned football ticket at a turnstile: flare ups and long waits",
    ),
    RecordingSpec(
        "d367",
        "fresh45",
        (
            # A night bus stopped after the driver pressed his alarm: a woman whispers to the
            # wearer about the man at the back, who has a blade up his sleeve.
            # The wearer.
            _espeak(
                "officer",
                "en-us+f1",
                0,
                wearer=True,
                rate=161,
                pitch=67,
                lines=(
                    "Police. The driver pressed his alarm. Stay in your seats, please.",
                    "You did the right thing. Did he threaten you?",
                    "Sir, both hands flat on the seat in front, where I can see them.",
                    "Then roll up your left sleeve for me. Slowly.",
                    "Front doors only, please, and keep everyone seated.",
                ),
            ),
            # The driver in his cab.
            _flite(
                "witness",
                "rms",
                -7,
                rate=85,
                lines=(
                    "The lady behind my cab said something about a knife.",
                    "Your backup's pulling in behind us. Shall I open the doors?",
                ),
            ),
            # A woman whispering: espeak's Romanian voice, whispering, reading English.
            _espeak(
                "civilian",
                "ro+whisperf",
                -7,
                rate=142,
                pitch=58,
                lines=(
                    "Do not look at him. He has a blade in his left sleeve.",
                    "He said he would cut me if I got off the bus.",
                    "That is the knife. Black handle, with tape round.",
                ),
            ),
            # The man at the back of the bus.
            _espeak(
                "bystander",
                "en-gb-x-gbclan+m7",
                -9,
                rate=158,
                pitch=25,
                lines=(
                    "Not me, mate. I'm just trying to get home.",
                    "What's she whispering about? I never said a word to her.",
                    "This is mad. I've done nothing wrong.",
                    "It's for work! I'm a carpet fitter!",
                ),
            ),
        ),
        58,
        "car",
        20,
        overlaps=1,
        description="a night bus: a woman whispering in an accent about a blade up a sleeve",
    ),
    RecordingSpec(
        "d368",
        "fresh45",
        (
            # A pensioner fallen in her hall on a wet night, the front door on its chain: she
            # answers in a word or two through it, the ambulance call handler on her phone on
            # speaker beside her, her neighbour with the spare key.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-scotland+m4",
                0,
                wearer=True,
                rate=148,
                pitch=54,
                lines=(
                    "Mrs Okafor? It's the police. Can you hear me through the letterbox?",
                    "Thank you. Mrs Okafor, are you hurt?",
                    "Has anybody got a key to this door?",
                    "Nearly there. Is anything in front of the door?",
                    "Then we'll cut the chain. Keep your head away from the door.",
                ),
            ),
            # The pensioner on her hall floor, answering in a word or two through the door.
            _espeak(
                "civilian",
                "en+grandma",
                -10,
                muffled=True,
                rate=127,
                pitch=62,
                lines=(
                    "Down here.",
                    "My left ankle.",
                    "Please hurry.",
                    "The chain's on.",
                ),
            ),
            # The ambulance service's call handler on the pensioner's phone, on speaker in the
            # hall.
            _flite(
                "dispatch",
                "slt",
                -9,
                radio=True,
                muffled=True,
                rate=117,
                lines=(
                    "Hello, ambulance service here. She rang us, and I'm still on the line.",
                    "She's been on the floor two hours and can't reach the door.",
                    "She says she's feeling faint now. The crew are about five minutes away.",
                ),
            ),
            # The neighbour: espeak's Polish voice reading English.
            _espeak(
                "witness",
                "pl+m1",
                -8,
                rate=136,
                pitch=45,
                lines=(
                    "I heard her calling from the hall when I took my bins out.",
                    "I have a spare one at home. I will get it now.",
                    "Here is the key. But I can see the chain through the gap.",
                    "I have bolt cutters in my shed, for the allotment. One minute.",
                ),
            ),
        ),
        66,
        "rain",
        14,
        replies=1,
        description="a pensioner fallen behind her door: her phone on speaker through it",
    ),
    RecordingSpec(
        "d369",
        "fresh45",
        (
            # A car on its roof in a field off a country lane at night as the fire engines
            # arrive: the driver sits on the verge; his girlfriend, who ran across the field for
            # help, first heard late and far off.
            # The wearer.
            _espeak(
                "officer",
                "en-029+m2",
                0,
                wearer=True,
                rate=157,
                pitch=38,
                lines=(
                    "Police. Stay sitting on the verge, sir. Was anyone else in the car?",
                    "Where did she go, sir?",
                    "Shout her name with me, sir. Loud as you can.",
                    "Stay where you are! We're coming to you with a torch!",
                ),
            ),
            # The fire crew's officer in charge.
            _flite(
                "witness",
                "kal16",
                -7,
                rate=91,
                lines=(
                    "The car's empty. Both front doors are open.",
                    "There's a farmhouse light across the field. She may have gone for help.",
                    "There's a ditch along that hedge. Tell her not to move.",
                    "Two of my crew are going over with a stretcher and a spotlight.",
                ),
            ),
            # The driver, on the verge.
            _espeak(
                "civilian",
                "en-us-nyc+m6",
                -8,
                rate=169,
                pitch=49,
                lines=(
                    "My girlfriend. She climbed out before I did.",
                    "That's Ingrid! Ingrid, are you hurt?",
                    "I swerved for a deer. I swear I wasn't going fast, officer.",
                    "She was only wearing a thin jumper and trainers.",
                ),
            ),
            # His girlfriend, first heard late, shouting from far across the field: espeak's
            # Norwegian voice reading English.
            _espeak(
                "bystander",
                "nb+f4",
                -15,
                shout=True,
                rate=153,
                pitch=72,
                lines=(
                    "Hello! Over here! I am by the gate of the farm!",
                    "My arm is hurting, but I can walk. Nobody is at the farm!",
                    "I can see your lights now. I am waving my phone over my head.",
                ),
            ),
        ),
        70,
        "siren",
        7,
        overlaps=1,
        late_voice=3,
        description="a car on its roof in a field: the passenger first heard late, far off",
    ),
    RecordingSpec(
        "d370",
        "fresh45",
        (
            # A man slumped in a nightclub's fire exit, the music through the door behind him:
            # he answers once, and the wearer does the rest of the talking.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-rp+f3",
                0,
                wearer=True,
                rate=155,
                pitch=59,
                lines=(
                    "Sir, can you hear me? Open your eyes for me. What's your name?",
                    "Kieran, I'm a police officer. Stay awake and keep talking to me.",
                    "Have you taken anything tonight apart from drink? Squeeze my hand for yes.",
                    "That's a squeeze. I'm rolling you onto your side so you don't choke.",
                    "Control, ambulance to the fire exit of the Palace, male breathing but barely "
                    "responsive.",
                    "Kieran, stay with me. Who did you come out with tonight?",
                    "I can hear the ambulance. Just a couple of minutes more, mate.",
                ),
            ),
            # The man in the doorway, answering once.
            _espeak(
                "civilian",
                "en-gb-x-gbcwmd+m5",
                -11,
                rate=122,
                pitch=31,
                lines=("Kieran Walsh.",),
            ),
        ),
        40,
        "music",
        5,
        short_line=1,
        replies=1,
        description="a man slumped in a nightclub's fire exit: he answers once, the wearer alone",
    ),
    RecordingSpec(
        "d371",
        "fresh45",
        (
            # A holiday park on a cliff top in a gale: the row of static caravans nearest the
            # edge is being cleared, and one man shouts through his caravan's door that he is
            # staying.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbclan+f4",
                0,
                wearer=True,
                rate=164,
                pitch=73,
                lines=(
                    "Last caravan on the cliff row. Is this the one, the green one?",
                    "Mr Pike, it's the police. The wind is lifting the roofs. Open the door, "
                    "please.",
                    "The straps on your corner have snapped. I can see them flapping.",
                    "You've got two minutes, sir, then we open the door ourselves.",
                    "Bring the cat in its basket.",
                ),
            ),
            # Control on the radio: one line.
            _flite(
                "dispatch",
                "rms",
                -9,
                radio=True,
                rate=114,
                lines=("All units, the coastguard want the cliff row cleared within the hour.",),
            ),
            # The man inside, shouting through the caravan's door.
            _espeak(
                "civilian",
                "en+m1",
                -8,
                shout=True,
                muffled=True,
                rate=151,
                pitch=44,
                lines=(
                    "I've paid for this week! I'm not going anywhere!",
                    "It's tied down! It's been through worse storms than this!",
                    "All right! Let me find my shoes and the cat!",
                ),
            ),
            # The park's warden.
            _espeak(
                "witness",
                "en-029+Annie",
                -10,
                rate=143,
                pitch=55,
                lines=(
                    "That's it. Mr Pike's been in there all day with his cat.",
                    "The awning next door blew clean over the fence an hour ago.",
                    "Everyone else went up to the clubhouse after lunch.",
                ),
            ),
        ),
        52,
        "wind",
        0,
        overlaps=2,
        description="a caravan on a cliff top in a gale: a man shouting through its door",
    ),
    RecordingSpec(
        "d372",
        "fresh45",
        (
            # A dog left in a hot car at a retail park: its owner comes back, gets in and will
            # not wind the window down, the dog barking on the back seat.
            # The wearer.
            _espeak(
                "officer",
                "en-us+m8",
                0,
                wearer=True,
                rate=144,
                pitch=30,
                lines=(
                    "Sir, we've had a call about your dog. Wind the window down, please.",
                    "It's twenty six degrees out here, sir. It's far hotter in there.",
                    "Window down now, or I break the glass to get the dog out.",
                    "That's better. Pass me his lead through the window.",
                    "We'll need your name and address, sir, and the dog's details.",
                ),
            ),
            # The partner, at the passenger side, close by.
            _espeak(
                "partner",
                "en+steph3",
                -5,
                rate=166,
                pitch=77,
                lines=(
                    "His tongue's hanging out and he won't stop barking.",
                    "Engine on, and the air conditioning up full, right now.",
                    "There's a water bowl in the van. I'll go and fetch it.",
                ),
            ),
            # The owner, behind his closed window.
            _flite(
                "civilian",
                "awb",
                -9,
                muffled=True,
                rate=115,
                lines=(
                    "I'm not winding anything down. I know my rights.",
                    "I was gone ten minutes. The sunroof was open a crack.",
                    "The dog is fine. He always barks at uniforms.",
                ),
            ),
            # The shopper who rang: espeak's Cantonese voice (by its Jyutping letter rules)
            # reading English.
            _espeak(
                "witness",
                "yue-latn-jyutping+f1",
                -10,
                rate=148,
                pitch=66,
                lines=(
                    "I waited by the car for forty minutes. The dog was panting all the time.",
                    "Forty minutes, not ten. I have photos with the time on them.",
                ),
            ),
        ),
        62,
        "dog",
        16,
        overlaps=1,
        description="a dog in a hot car: the owner behind his closed window, a partner close by",
    ),
)
