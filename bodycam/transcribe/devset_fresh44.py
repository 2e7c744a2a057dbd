"""The development set's fresh44 half (d357-d364): eight recordings written blind to the diarizer.

Session 45 wrote it after the fresh to fresh43 halves, without reading the diarizer or the
transcriber or seeing a score of either. It keeps what fresh21 to fresh43 promised: every
speaker says lines written for the scene (``Voice.lines``), in the turn order the seed draws
(``devset.turn_plan``), and says all of them, so the reference STM is the script; a scene has
2-5 people, no two sharing a voice or an espeak variant, at least one of them a woman, everyone
but the camera wearer 5-15 dB under the wearer; each espeak voice has a rate and pitch of its
own and each flite voice a pace of its own (none the same as a voice of an earlier recording,
nor of another recording of this half). The recordings run 40-80 s, both ends used. As fresh35
to fresh43 did, it uses each of the eight noises once, at 0-20 dB (both ends again). No accent
is new, but only Lojban (d250) was left of the accents heard in one recording, so the six here
are it and the five heard least recently, each in two recordings before: Catalan (d198, d204),
Basque (d205, d208), Danish (d205, d210), Icelandic (d205, d211) and Maltese (d207, d212), each
reading every word of its lines as a word under ``espeak-ng -x``. All four flite voices are
used, and women wear the camera in four of the eight. Numbers are written as words. It leans on
what fresh40 to fresh43 did not do at all, each in one recording: six lines talked over (none
since d265), four long silences (none since d191), three accented voices (d205 the only one
before), two voices muffled (none since d134), a voice first heard late shouting (none since
d248; all four before were men's) and one first heard late muffled (none since d168), an
accented voice answering in words (none since d264), the radio answering in words (none since
d162), a short line on the radio (none since d304) and a civilian 5 dB under the wearer (none
since d189). Each recording asks for something no earlier recording in its noise had (the list
below says what); every overlap and silence the specs ask for is realised in the build (the
figures below come from the reference RTTM). The module is long because it is data: eight
scenes' lines and their specs.

- d357, a pensioner knocked down on the pavement outside a post office by a hired e-scooter
  (street, 11 dB, 65 s): he answers in a word or two (0.54-1.62 s) in espeak's Maltese voice
  (``mt+m3``), the rider on flite ``kal16`` talks over the wearer (1.36 s) and the postmistress
  saw it. The accented voices that answered in words before (d114, d224, d238, d264) were in
  car, wind and music noise.
- d358, a walker overdue off a ridge, reported at a youth hostel on a moor in a gale (wind, 5 dB,
  77 s): three walkers of three accents, espeak's Icelandic, Catalan and Danish voices
  (``is+f3``, ``ca+f5``, ``da+m7``), the Icelandic woman over the missing man's brother (0.65 s)
  and he over the wearer (1.07 s). The one recording with three accented voices before (d205)
  was in street noise.
- d359, a taxi pulled up outside a police station over a fare the passenger will not pay (car,
  16 dB, 60 s): the driver on flite ``awb``, the passenger over the wearer (0.76 s), and his
  girlfriend on the pavement, first heard late after a long silence (9.88 s), shouting at the
  window 12 dB under the wearer. No car recording had a voice first heard late shouting (those
  before were in dog, street and wind noise, and men's).
- d360, a car in a flooded ford at night (rain, 20 dB, 80 s): two voices, the wearer alone
  telling the camera what she finds through four long silences (8.28 s, 6.40 s, 8.20 s and
  6.80 s) after control's one line on the radio on flite ``rms`` (``short_line``, 2.74 s). No
  rain recording had more than three long silences (d209) or a short line on the radio, and
  the three recordings with four or more (d55, d168, d191) had no short line.
- d361, on blue lights to a man with a machete in a newsagent's (siren, 8 dB, 40 s): the wearer
  asks and control on flite ``slt`` answers in a word or two on the radio (1.02-1.37 s), the
  partner driving. The radio voices that answered in words before (d96, d141, d162) were in
  wind, car and street noise.
- d362, a man bolted in a pub's toilet on a match day (crowd, 13 dB, 66 s): the landlord at
  the wearer's elbow 5 dB under, a regular in espeak's Lojban voice (``jbo+f4``) and the man,
  first heard late after a long silence (9.53 s), through the cubicle's door (``muffled``). The
  voices first heard late and muffled before (d110, d168) were in dog and car noise.
- d363, a house party at three in the morning, the music still on (music, 0 dB, 62 s): six
  lines talked over in a row, the host over the partner (0.72 s), the neighbour, shouting, over
  the host (0.87 s), the wearer over a guest in espeak's Basque voice (``eu+m4``, 1.01 s), the
  guest over the wearer (1.31 s), the host over the guest (0.99 s) and the wearer over the host
  (0.69 s). No music recording had more than five lines talked over.
- d364, a postman bitten at a house's side gate (dog, 7 dB, 70 s): the couple talk through their
  front door (both ``muffled``) as their dogs bark, the wearer over the husband (1.23 s). No dog
  recording had more than one voice muffled; the three with two or more (d71, d75, d134) were
  in street and rain noise.

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH44: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d357",
        "fresh44",
        (
            # A pensioner knocked down on the pavement outside a post office by a hired
            # e-scooter: he answers in a word or two, the rider wants to go, the postmistress saw.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+f3",
                0,
                wearer=True,
                rate=158,
                pitch=61,
                lines=(
                    "Police. Nobody move him, please. Who was riding the scooter?",
                    "Sir, keep still for me. Does anything hurt apart from your hip?",
                    "An ambulance is coming. Is there someone we can ring for you?",
                    "You're staying right here. Park the scooter by the wall and show me some "
                    "identification.",
                    "Do you have his number, sir, or is it in your phone?",
                    "I've got it. I'll ring him while we wait for the crew.",
                ),
            ),
            # The pensioner on the pavement, answering in a word or two: espeak's Maltese voice
            # reading English.
            _espeak(
                "civilian",
                "mt+m3",
                -9,
                rate=128,
                pitch=28,
                lines=("My hip.", "My wrist too.", "My son, Joseph.", "In my coat."),
            ),
            # The rider of the hired scooter.
            _flite(
                "bystander",
                "kal16",
                -7,
                rate=89,
                lines=(
                    "Me. He stepped off the kerb right in front of me, I couldn't stop in time.",
                    "Look, I'll pay for his shopping. Can I go? I'm late for my shift.",
                    "These scooters are legal now, aren't they? I hired it on the app.",
                ),
            ),
            # The postmistress, who saw it from behind her counter.
            _espeak(
                "witness",
                "en-gb-x-rp+aunty",
                -11,
                rate=137,
                pitch=68,
                lines=(
                    "He was on the pavement, not the road. You were going far too fast.",
                    "That scooter comes down this pavement every morning. I watch it from the "
                    "counter.",
                    "Hired ones aren't allowed on the pavement. It says so on the handlebars.",
                ),
            ),
        ),
        65,
        "street",
        11,
        overlaps=1,
        replies=1,
        description="a pensioner knocked down by a scooter: he answers in a word or two, accented",
    ),
    RecordingSpec(
        "d358",
        "fresh44",
        (
            # A youth hostel on a moor in a gale at dusk: three walkers of three countries report
            # the fourth of their party overdue off the ridge.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-scotland+m8",
                0,
                wearer=True,
                rate=149,
                pitch=36,
                lines=(
                    "You rang about a walker overdue off the ridge. Which of you saw him last?",
                    "How long ago was that, and which path were you on?",
                    "Has anyone tried his phone since you got down to the hostel?",
                    "The signal up there comes and goes, and in this wind he may not hear it.",
                    "Nobody goes back up in this wind. Control, mountain rescue to the youth "
                    "hostel, please.",
                    "Good, keep that for the rescue team. Does he have any medical problems?",
                ),
            ),
            # An Icelandic walker: espeak's Icelandic voice reading English.
            _espeak(
                "civilian",
                "is+f3",
                -7,
                rate=141,
                pitch=63,
                lines=(
                    "He stopped to take his gloves off and told us to walk on without him.",
                    "About two hours. The north path, the one with the wooden posts.",
                    "He has walked in our mountains in worse weather than this.",
                    "A red jacket and a grey woollen hat. I have a photo on my camera.",
                ),
            ),
            # A Catalan walker: espeak's Catalan voice reading English.
            _espeak(
                "witness",
                "ca+f5",
                -9,
                rate=163,
                pitch=74,
                lines=(
                    "All three of us were together at the cairn, and then the fog came down.",
                    "He has asthma. But look, a torch up on the path, by the wall!",
                ),
            ),
            # The missing man's brother: espeak's Danish voice reading English.
            _espeak(
                "bystander",
                "da+m7",
                -11,
                rate=134,
                pitch=30,
                lines=(
                    "His name is Anders. He is my brother, and he has no torch with him.",
                    "Every five minutes. The phone rings and rings and nobody answers.",
                    "But the light is going. I can walk as far as the stile and call his name.",
                ),
            ),
        ),
        77,
        "wind",
        5,
        overlaps=2,
        description="a walker overdue off a ridge in a gale: three walkers of three accents",
    ),
    RecordingSpec(
        "d359",
        "fresh44",
        (
            # A taxi pulled up outside a police station at two in the morning, its engine
            # running, over a fare the passenger will not pay; his girlfriend, who walked on
            # ahead, first heard late, shouting through the window.
            # The wearer.
            _espeak(
                "officer",
                "en-us-nyc+m1",
                0,
                wearer=True,
                rate=146,
                pitch=44,
                lines=(
                    "Evening. The driver waved me over. What's the problem?",
                    "Sir, the diversion is real. I drove round it an hour ago.",
                    "Who's that at the window?",
                    "Did you agree a price at the rank?",
                    "Then thirty it is, sir, and the driver gives you a receipt.",
                ),
            ),
            # The taxi driver.
            _flite(
                "witness",
                "awb",
                -6,
                rate=110,
                lines=(
                    "The bridge is shut for roadworks. I went the only way there is.",
                    "His girlfriend. She got out at the lights and walked on ahead.",
                    "About thirty, I said. It went up because of the diversion.",
                ),
            ),
            # The passenger.
            _espeak(
                "civilian",
                "en-gb-x-gbcwmd+m2",
                -8,
                rate=171,
                pitch=38,
                lines=(
                    "He drove me round the ring road three times to push the meter up.",
                    "Forty two pounds for a ten minute ride? I'm not paying that.",
                    "Then he should have said so before we set off!",
                ),
            ),
            # His girlfriend on the pavement, first heard late, shouting through the window.
            _espeak(
                "bystander",
                "en+steph2",
                -12,
                shout=True,
                rate=157,
                pitch=71,
                lines=(
                    "Darren! Just pay the man! I'm freezing out here!",
                    "He's got the cash in his wallet! Darren, the night bus has gone!",
                ),
            ),
        ),
        60,
        "car",
        16,
        overlaps=1,
        late_voice=3,
        description="a taxi fare at a police station: the girlfriend late, shouting at the window",
    ),
    RecordingSpec(
        "d360",
        "fresh44",
        (
            # A car in a flooded ford at night in the rain: the wearer alone, telling the camera
            # what she finds, control's one line on the radio, four long silences as she looks.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbclan+linda",
                0,
                wearer=True,
                rate=143,
                pitch=58,
                lines=(
                    "Control, four seven at the Mill Lane ford. A car's in the water, lights on.",
                    "At the water's edge. Driver's door open, nobody inside.",
                    "Hello? Police! Anyone out here? Shout if you can hear me!",
                    "Footprints in the mud on the far bank, up to the farm gate.",
                    "Twenty past one, heavy rain, and the ford is running fast.",
                    "A handbag on the fence post. A purse and a woman's driving licence.",
                    "There's a light on at the farmhouse. I'm going up to knock.",
                    "No answer. A car in the yard, its bonnet still warm.",
                    "The fire crew's lights are coming down the lane. Back to the ford.",
                ),
            ),
            # Control on the radio: one line.
            _flite(
                "dispatch",
                "rms",
                -9,
                radio=True,
                rate=116,
                lines=("Received, fire are on their way.",),
            ),
        ),
        80,
        "rain",
        20,
        short_line=1,
        long_silences=4,
        description="a car in a flooded ford: the wearer alone, four long silences, one radio line",
    ),
    RecordingSpec(
        "d361",
        "fresh44",
        (
            # On blue lights to a man with a machete in a newsagent's, the siren on: the wearer
            # asks, control answers in a word or two on the radio, the partner drives.
            # The wearer.
            _espeak(
                "officer",
                "en-029+f4",
                0,
                wearer=True,
                rate=174,
                pitch=69,
                lines=(
                    "Control, four one, on blue lights to the newsagent's. Is he still inside?",
                    "Control, any weapon seen, or only what the caller said?",
                    "Is the shopkeeper out of the building?",
                    "Have we got a taser officer coming, and how far behind us?",
                ),
            ),
            # The partner, driving.
            _espeak(
                "partner",
                "en-gb-x-rp+m5",
                -6,
                rate=160,
                pitch=33,
                lines=(
                    "Two minutes out. Hold on, this roundabout's tight.",
                    "Cyclist! Right, clear. Left at the lights, then the corner.",
                    "I'll kill the siren at the corner so we don't spook him.",
                ),
            ),
            # Control on the radio, answering in a word or two.
            _flite(
                "dispatch",
                "slt",
                -10,
                radio=True,
                rate=109,
                lines=(
                    "Still inside.",
                    "Machete seen.",
                    "Behind the counter.",
                    "Three minutes behind.",
                    "Dog unit too.",
                ),
            ),
        ),
        40,
        "siren",
        8,
        replies=2,
        description="on blue lights to a machete in a shop: the radio answering in words",
    ),
    RecordingSpec(
        "d362",
        "fresh44",
        (
            # A busy pub on a match day: a man bolted in the gents' end cubicle for an hour, the
            # landlord right beside the wearer, a regular, and the man first heard late through
            # the cubicle's door.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-rp+m2",
                0,
                wearer=True,
                rate=152,
                pitch=47,
                lines=(
                    "Evening. You rang about somebody locked in the toilets?",
                    "Show me the way. Sir, police! Can you hear me in there?",
                    "Nobody's going to hurt you. Who took them, the lads you came with?",
                ),
            ),
            # The landlord, at the wearer's elbow.
            _espeak(
                "witness",
                "en-gb-x-gbclan+m4",
                -5,
                rate=166,
                pitch=26,
                lines=(
                    "In the gents, end cubicle. He's been in there an hour and won't answer.",
                    "The bolt's on from inside and I can't reach over the top.",
                    "Well, he's alive at least.",
                    "I threw two lads out earlier, after a scuffle by the fruit machine.",
                ),
            ),
            # A regular at the bar: espeak's Lojban voice reading English.
            _espeak(
                "bystander",
                "jbo+f4",
                -9,
                rate=147,
                pitch=60,
                lines=(
                    "I heard him being sick, then nothing.",
                    "He came in with the away fans, very drunk.",
                ),
            ),
            # The man in the cubicle, first heard late, through its door.
            _espeak(
                "civilian",
                "en-us+m7",
                -10,
                muffled=True,
                rate=136,
                pitch=41,
                lines=(
                    "Go away. I'm not coming out.",
                    "They took my coach ticket and my phone. I've no way of getting home.",
                    "Two of them, in blue shirts. And I've been sick all down my own shirt.",
                ),
            ),
        ),
        66,
        "crowd",
        13,
        late_voice=3,
        description="a man bolted in a pub's toilet: first heard late, through the door",
    ),
    RecordingSpec(
        "d363",
        "fresh44",
        (
            # A house party at three in the morning, the music still on: the host, the neighbour
            # shouting, a guest trying to calm it down, six lines talked over.
            # The wearer.
            _espeak(
                "officer",
                "en-us+f5",
                0,
                wearer=True,
                rate=163,
                pitch=76,
                lines=(
                    "Police! Turn the music down! Who lives here?",
                    "Leave the speaker. Sir, is this your house, and did you invite everyone?",
                    "Enough. The music goes off in the next minute or the equipment comes with us.",
                    "I can, under a noise abatement notice. The council's officer is on call.",
                    "Off, not down. And everyone who doesn't live here leaves by the front.",
                ),
            ),
            # The neighbour, shouting.
            _espeak(
                "witness",
                "en-gb-scotland+f1",
                -8,
                shout=True,
                rate=148,
                pitch=52,
                lines=(
                    "It's three in the morning! I've got twins upstairs who won't go back to "
                    "sleep!",
                    "Thank you! I've been banging on his door since midnight!",
                ),
            ),
            # A guest trying to calm it down: espeak's Basque voice reading English.
            _espeak(
                "bystander",
                "eu+m4",
                -11,
                rate=139,
                pitch=35,
                lines=(
                    "Please, everybody calm down. I will turn the speaker off myself.",
                    "He posted the address online. Half of these people he has never met.",
                ),
            ),
            # The host.
            _espeak(
                "civilian",
                "en-029+m3",
                -6,
                rate=178,
                pitch=43,
                lines=(
                    "It's my birthday! It's my house! I can have music on my birthday!",
                    "So what? The more the better! Nobody asked the neighbours to listen!",
                    "You can't take my decks. They cost me two thousand pounds.",
                    "Fine, fine. I'll turn it down a bit.",
                ),
            ),
            # The partner, in the garden.
            _espeak(
                "partner",
                "en-gb-x-gbcwmd+m7",
                -9,
                rate=155,
                pitch=29,
                lines=("There's forty people in the garden and more coming over the back fence.",),
            ),
        ),
        62,
        "music",
        0,
        overlaps=6,
        description="a house party at three in the morning: six lines talked over the music",
    ),
    RecordingSpec(
        "d364",
        "fresh44",
        (
            # A postman bitten at a house's side gate: the couple will not open the front door
            # and talk through it as their dogs bark behind them.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbclan+m6",
                0,
                wearer=True,
                rate=141,
                pitch=51,
                lines=(
                    "Police, Mr and Mrs Hale? We need a word about your dog and the postman "
                    "this morning.",
                    "He's had six stitches in his hand, sir. He says the dog came round the "
                    "side gate.",
                    "Then you won't mind us looking at it. Will you come out to the gate with us?",
                    "Thank you. Can you open the front door now, just on the chain?",
                ),
            ),
            # The partner, at the side gate.
            _espeak(
                "partner",
                "en-us+f3",
                -7,
                rate=167,
                pitch=64,
                lines=(
                    "Then shut them in the kitchen first. We'll wait out here.",
                    "The padlock on the side gate is hanging open. Somebody's cut through it.",
                ),
            ),
            # The husband, behind the front door.
            _espeak(
                "civilian",
                "en-gb-x-rp+Andy",
                -9,
                muffled=True,
                rate=138,
                pitch=34,
                lines=(
                    "We're not opening the door. The dogs will go for you.",
                    "The postman put his hand through the letterbox. What did he expect?",
                    "The side gate's been padlocked since the spring.",
                    "You're wasting your time. Our dogs don't bite people.",
                ),
            ),
            # The wife, behind the front door.
            _espeak(
                "witness",
                "en+belinda",
                -11,
                muffled=True,
                rate=153,
                pitch=57,
                lines=(
                    "It wasn't our Duke that bit him. Duke was in the garden all morning.",
                    "Give me a minute. I'm putting them in the utility room.",
                    "Duke's shut in. Bella won't settle, she's scratching at the door.",
                    "That's not right. Robert, did you cut it for the bin men?",
                ),
            ),
        ),
        70,
        "dog",
        7,
        overlaps=1,
        description="a postman bitten: the couple talk through their front door as the dogs bark",
    ),
)
