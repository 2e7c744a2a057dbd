"""The development set's fresh40 half (d325-d332): eight recordings written blind to the diarizer.

Session 41 wrote it after the fresh to fresh39 halves, without reading the diarizer or the
transcriber or seeing a score of either. It keeps what fresh21 to fresh39 promised: every
speaker says lines written for the scene (``Voice.lines``), in the turn order the seed draws
(``devset.turn_plan``), and says all of them, so the reference STM is the script; a scene has
2-5 people, no two sharing a voice or an espeak variant, at least one of them a woman, everyone
but the camera wearer 5-15 dB under the wearer; each espeak voice has a rate and pitch of its
own and each flite voice a pace of its own (none the same as a voice of an earlier recording,
nor of another recording of this half). The recordings are shorter than fresh39's, 45-75 s,
both ends used. As fresh35 to fresh39 did, it uses each of the eight noises once, at 0-20 dB
(both ends again). No accent is new: the five here are espeak voices heard in one recording
each before, Afrikaans (d142), Malay (d221), Bosnian (d222), Scottish Gaelic (d223) and
Papiamento (d229), each reading every word of its lines as a word under ``espeak-ng -x``; the
Malay voice is the camera wearer's. All four flite voices are used, and women wear the camera
in four of the eight. Numbers are written as words. It leans on what earlier halves did less:
three recordings of five voices, people arguing with each other rather than with the wearer
(two anglers, a golf club's captain and a protester, a mother and a father), one recording of
26 quick turns of a few words each, a whispering man, and a voice 15 dB under the wearer. Three
of the eight have a band-limited police radio: control an espeak man in siren noise, a woman in
car noise, and flite ``kal16`` at 0 dB in the street. Three have a long silence (6.63-9.32 s)
and three a voice heard once in a short line (1.61-2.63 s, a wearer's in one). Each recording
asks for something no earlier recording in its noise had (the list below says what); every
overlap and silence the specs ask for is realised in the build (the figures below come from the
reference RTTM). The module is long because it is data: eight scenes' lines and their specs.

- d325, a bookmaker on the rails at a racecourse who was paid in forged fifty-pound notes
  (crowd, 8 dB, 75 s): she talks alone for a minute in espeak's Scottish Gaelic voice
  (``gd+f3``), eight lines from 12.00 s to 73.07 s, after the wearer's one line (``short_line``,
  2.43 s). The one voice alone for a minute in crowd noise before was a wearer's (d297), and the
  accented voices that had held the floor were men's (d158, d250).
- d326, two anglers fighting over one peg at a fishing lake at dawn, one's rod out in the water
  (rain, 20 dB): five voices, the angler whose rod went in shouting over the partner's one line
  (1.33 s) and the wearer over him (0.72 s), the one who was there first in espeak's Bosnian
  voice (``bs+m2``), and the fishery's owner. No rain recording before was over 18 dB (d86).
- d327, a hotel's fire alarm at two in the morning, the guests out in the car park (siren,
  12 dB, 68 s): five voices, the guest who set it off shouting, the night porter on flite
  ``kal16`` over him (1.01 s), a 6.63 s wait, control on the radio (band-limited) over the
  wearer (1.27 s), and the guest's wife shouting her one line down from a second-floor window,
  15 dB under the wearer (2.23 s). No siren recording before had a voice more than 14 dB under
  the wearer (d70).
- d328, a man at an animal rescue centre who wants back the dog he signed over, the dogs barking
  in the kennels (dog, 6 dB, 45 s): 26 turns 0-0.1 s apart, most of a few words (0.69-3.03 s),
  the man in espeak's Afrikaans voice (``af+m6``), the centre's manager, the kennel hand's one
  line on flite ``awb`` (``short_line``, 1.61 s), and the wearer over the kennel hand (0.80 s)
  and over the man (0.88 s). The tightest turns in dog noise before were 0-0.2 s apart (d236).
- d329, a protester who has glued her hand to the last green of a links course during the club
  championship (wind, 16 dB, 60 s): she is on flite ``slt``, the club captain talks over the
  marshal (1.25 s), and the marshal whispers, since players are putting nearby (espeak's
  ``whisper`` variant, ``en-gb-scotland+whisper``), once over the wearer (1.22 s). The one
  whispering voice in wind noise before was a woman's (d262), and the whispering voices that had
  talked over a wearer were women's (d255, d262).
- d330, a baker's van stopped for speeding through a village with a wedding cake in the back
  (car, 4 dB, 74 s): the wearer in espeak's Malay voice (``ms+f2``), the baker's assistant's one
  line (``short_line``, 2.63 s), a 9.32 s wait, and control on the radio (band-limited), a woman,
  over the wearer (0.83 s). No car recording before had an accented wearer (d142, d218, d293,
  d308 and d313 were in music, street, wind and siren noise).
- d331, a girl's stolen roller skates on a boy's feet at a roller disco (music, 10 dB, 74 s):
  five voices, the girl's mother and the boy's father arguing, the father in espeak's Papiamento
  voice (``pap+m7``), shouting, over the girl (0.73 s), the girl at pitch 88 over the wearer
  (0.66 s), and the mother over the partner on flite ``rms`` (1.37 s). No espeak voice in music
  noise before was pitched over 80 (d218).
- d332, a removal lorry across a narrow terraced street while its crew load a piano, and a nurse
  who can't get her car out for her shift (street, 0 dB, 75 s): the foreman's one line, an
  8.71 s wait while the piano goes in, and control on the radio on flite ``kal16``
  (band-limited) over the nurse (1.21 s). No street recording under 2 dB before had a long
  silence (d12 and d184 had, at 2 dB).

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH40: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d325",
        "fresh40",
        (
            # A bookmaker on the rails at a racecourse, paid in forged notes: she tells it alone
            # after the wearer's one line, over the crowd in the betting ring.
            # The wearer: his one line.
            _espeak(
                "officer",
                "en-us-nyc+m2",
                0,
                wearer=True,
                rate=158,
                pitch=44,
                lines=("Slow down. Start at the beginning.",),
            ),
            # The bookmaker: espeak's Scottish Gaelic voice reading English.
            _espeak(
                "witness",
                "gd+f3",
                -6,
                rate=149,
                pitch=63,
                lines=(
                    "Officer, over here, by the rails! It was me that rang. I'm on the fourth "
                    "pitch along.",
                    "A man in a tweed cap put three hundred pounds on the favourite for the half "
                    "past two, all in fifties.",
                    "I always hold a fifty up to the light. These had the strip, but the face in "
                    "the watermark was missing.",
                    "By the time I was looking at the third one, he had his ticket and he was off "
                    "into the crowd.",
                    "Tall, sixty or so, a grey moustache, a green waxed jacket and brown boots, "
                    "with binoculars round his neck.",
                    "There was a young lad with him, carrying a supermarket bag. The lad never "
                    "said a word.",
                    "But the bookie two pitches down took six fifties off him for the first race, "
                    "and she's only now checked them.",
                    "I've kept his notes in an envelope in my cash bag. Nobody else has touched "
                    "them.",
                    "And tell the lads on the gate to watch for that cap. You'll not see another "
                    "like it today.",
                ),
            ),
        ),
        75,
        "crowd",
        8,
        short_line=0,
        description="a bookmaker paid in forged notes: she holds the floor over the crowd",
    ),
    RecordingSpec(
        "d326",
        "fresh40",
        (
            # Two anglers fighting over one peg at a fishing lake at dawn, in the rain: the
            # fishery's owner, and the partner's one line, the shouting angler over her.
            # The wearer.
            _flite(
                "officer",
                "rms",
                0,
                wearer=True,
                rate=93,
                lines=(
                    "Morning. Somebody rang about a fight at the lake. Who runs the place?",
                    "Nobody shouts, please. Sir, why is there a rod floating out in the middle of "
                    "the lake?",
                    "I'll hear it from him. Sir, did you throw his rod in the water?",
                    "Then it's his peg today, sir, whatever you were told on the phone.",
                    "That's for you and the fishery. The rod is another matter.",
                    "Then I'll have a statement from each of you. Madam, is there a boat to fetch "
                    "the rod in?",
                ),
            ),
            # The fishery's owner.
            _espeak(
                "bystander",
                "en-gb-x-gbcwmd+f1",
                -7,
                rate=152,
                pitch=69,
                lines=(
                    "That's me. These two have been at each other since half past five.",
                    "Pegs are only booked for the Sunday matches. Any other day, it's first come.",
                ),
            ),
            # The angler whose rod went in, shouting.
            _espeak(
                "civilian",
                "en-gb-x-gbclan+m8",
                -6,
                shout=True,
                rate=158,
                pitch=36,
                lines=(
                    "It's my peg! I booked it on the phone on Wednesday!",
                    "Because he threw it in! Eight hundred pounds of rod, and the reel with it!",
                    "The lad on the phone told me it was mine! I drove an hour and a half in this!",
                    "He kicked it! I saw his boot go right under the handle!",
                ),
            ),
            # The angler who was there first: espeak's Bosnian voice reading English.
            _espeak(
                "witness",
                "bs+m2",
                -8,
                rate=144,
                pitch=41,
                lines=(
                    "I was here at four in the morning. I set up on peg twelve in the dark.",
                    "I moved it off my peg. He had laid it across my net. It rolled down the bank.",
                ),
            ),
            # The partner: her one line.
            _espeak(
                "partner",
                "en+f5",
                -9,
                rate=163,
                pitch=58,
                lines=("Both of you, stand apart, please. One at a time.",),
            ),
        ),
        73,
        "rain",
        20,
        overlaps=2,
        description="two anglers fight over one peg in the rain: one over the other's wife",
    ),
    RecordingSpec(
        "d327",
        "fresh40",
        (
            # A hotel's fire alarm at two in the morning, the guests out in the car park: the
            # night porter, the guest who set it off, his wife still at a second-floor window,
            # far off, and control on the radio.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-rp+f4",
                0,
                wearer=True,
                rate=157,
                pitch=62,
                lines=(
                    "Right. Are you the night porter? What set the alarm off?",
                    "Control, not yet. There's a lady still at a window on the second floor.",
                    "Madam, come down the stairs now, please! The fire crew are nearly here!",
                ),
            ),
            # His wife, calling down from the window.
            _espeak(
                "bystander",
                "en-029+f3",
                -15,
                shout=True,
                rate=150,
                pitch=71,
                lines=("Darren! Your phone's still on the bed!",),
            ),
            # The night porter.
            _flite(
                "witness",
                "kal16",
                -7,
                rate=101,
                lines=(
                    "Room two hundred and eleven. The smoke detector went off in there, and the "
                    "whole building went with it.",
                    "There's a vape on his bedside table. I saw it when I went up with the master "
                    "key.",
                    "Everyone else is on my list. Forty one guests, and I've ticked off forty.",
                    "The detectors in the rooms don't go off for steam. It's the third vape this "
                    "month.",
                ),
            ),
            # Control, on the radio.
            _espeak(
                "dispatch",
                "en-gb-scotland+m5",
                -9,
                radio=True,
                rate=171,
                pitch=35,
                lines=(
                    "Police, control. The fire service are two minutes away. Is the building "
                    "clear?",
                    "Received. I'll pass it to the fire crew. Any injuries?",
                ),
            ),
            # The guest who set it off, shouting.
            _espeak(
                "civilian",
                "en-us+m1",
                -6,
                shout=True,
                rate=166,
                pitch=45,
                lines=(
                    "It was steam from the shower! I told him, I was in the shower!",
                    "Leave the phone, Kerry! Just come down the stairs!",
                    "One puff by the window, that's all! The window was wide open!",
                ),
            ),
        ),
        68,
        "siren",
        12,
        overlaps=2,
        long_silences=1,
        description="a hotel's fire alarm at night: a wife far off at a window, 15 dB under",
    ),
    RecordingSpec(
        "d328",
        "fresh40",
        (
            # An animal rescue centre, the dogs barking in the kennels: a man who wants back the
            # dog he signed over, the centre's manager, and the kennel hand's one line from the
            # far end, all in short quick turns.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-scotland+f2",
                0,
                wearer=True,
                rate=161,
                pitch=57,
                lines=(
                    "Who rang us?",
                    "When was that?",
                    "Is there a form?",
                    "Is this your name, sir?",
                    "And that's your signature?",
                    "Made you how?",
                    "Is she still here?",
                    "Sir, calm down.",
                    "Can he do that?",
                    "Then that's the way to do it, sir.",
                ),
            ),
            # The man who signed his dog over: espeak's Afrikaans voice reading English.
            _espeak(
                "civilian",
                "af+m6",
                -6,
                rate=152,
                pitch=40,
                lines=(
                    "I did. They have got my dog in there.",
                    "Three weeks ago.",
                    "I was in a bad way then.",
                    "It is, yes.",
                    "My brother made me do it.",
                    "He said he would put her out on the road.",
                    "Tell me she is still here.",
                    "Then I can still have her back!",
                ),
            ),
            # The centre's manager.
            _espeak(
                "witness",
                "en-us+f5",
                -7,
                rate=168,
                pitch=64,
                lines=(
                    "He signed her over to us.",
                    "Three weeks on Friday.",
                    "Signed and dated. Here.",
                    "He wrote it all himself.",
                    "She is. A family met her on Sunday.",
                    "He'd have to apply like anyone else.",
                    "There's a form and a home visit.",
                ),
            ),
            # The kennel hand: his one line, from along the block.
            _flite(
                "bystander",
                "awb",
                -12,
                rate=109,
                lines=("She's in the end kennel!",),
            ),
        ),
        45,
        "dog",
        6,
        overlaps=2,
        short_line=3,
        gaps=(0.0, 0.1),
        description="a dog signed over to a rescue centre: quick short turns as the dogs bark",
    ),
    RecordingSpec(
        "d329",
        "fresh40",
        (
            # A protester who has glued her hand to the last green of a links course during the
            # club championship, in the wind off the sea: the club captain, and a marshal who
            # whispers because the players are putting nearby.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbclan+m3",
                0,
                wearer=True,
                rate=148,
                pitch=46,
                lines=(
                    "Morning. Somebody rang about a woman on the eighteenth green.",
                    "Madam, what have you used on your hand?",
                    "Right. Nobody pulls at her hand. We'll need something to loosen the glue.",
                    "There aren't any cameras, madam. It's a club competition.",
                    "Sir, find me some cooking oil from the kitchen. Madam, you're under arrest "
                    "for criminal damage.",
                ),
            ),
            # The protester.
            _flite(
                "civilian",
                "slt",
                -6,
                rate=99,
                lines=(
                    "This course takes a million litres of water a week out of the river. "
                    "Somebody has to say it.",
                    "I'm not in any pain. I'm staying here until the cameras come.",
                    "It's grass. It grows back. The river doesn't.",
                ),
            ),
            # The club captain.
            _espeak(
                "witness",
                "en-gb-x-rp+m7",
                -7,
                rate=139,
                pitch=33,
                lines=(
                    "She's glued her hand to the green, right by the hole, in the middle of our "
                    "championship!",
                    "They most certainly cannot! This green was relaid in March!",
                ),
            ),
            # The marshal, whispering.
            _espeak(
                "bystander",
                "en-gb-scotland+whisper",
                -9,
                rate=135,
                pitch=52,
                lines=(
                    "Officer, please, keep your voice down. They're putting on the seventeenth.",
                    "Superglue. The tube is in her coat pocket. I watched her do it.",
                    "The last group are on the tee. Can they play round her?",
                ),
            ),
        ),
        60,
        "wind",
        16,
        overlaps=2,
        description="a protester glued to a links green: the marshal whispering over the wearer",
    ),
    RecordingSpec(
        "d330",
        "fresh40",
        (
            # A baker's van stopped for speeding through a village with a wedding cake in the
            # back: her assistant's one line, and a woman controller on the radio.
            # The wearer: espeak's Malay voice reading English.
            _espeak(
                "officer",
                "ms+f2",
                0,
                wearer=True,
                rate=153,
                pitch=66,
                lines=(
                    "Control, I've stopped a white van on the Ashby road. Can you check it for me?",
                    "Madam, you came through the village at fifty two. There's a school on that "
                    "road.",
                    "Right. The cake's fine, I've had a look. Let me see your licence.",
                    "Thank you, control. Madam, you'll get a notice in the post. Thirty all the "
                    "way, please.",
                ),
            ),
            # The baker.
            _espeak(
                "civilian",
                "en-029+f4",
                -6,
                rate=172,
                pitch=60,
                lines=(
                    "Officer, I'm so sorry. There's a wedding cake in the back, and the reception "
                    "starts at three.",
                    "I know, I know. The satnav sent us the long way, and the bride has rung me "
                    "four times.",
                    "That's mine. I've had it eleven years. I've never had so much as a parking "
                    "ticket.",
                ),
            ),
            # Her assistant in the back with the cake: his one line.
            _espeak(
                "witness",
                "en-gb-x-gbcwmd+m6",
                -11,
                rate=145,
                pitch=38,
                lines=("Four tiers. I'm holding the top one.",),
            ),
            # Control, on the radio: a woman.
            _espeak(
                "dispatch",
                "en-us-nyc+f1",
                -9,
                radio=True,
                rate=163,
                pitch=53,
                lines=(
                    "Received. Go ahead when you have the details.",
                    "Police, the van's insured to a bakery in Market Street. No markers on it.",
                    "Police, and the keeper has one speeding offence, two years ago, on the same "
                    "road.",
                ),
            ),
        ),
        74,
        "car",
        4,
        overlaps=1,
        short_line=2,
        long_silences=1,
        description="a wedding cake's van stopped for speeding: a woman controller on the radio",
    ),
    RecordingSpec(
        "d331",
        "fresh40",
        (
            # A girl's stolen skates on a boy's feet at a roller disco, over its music: her
            # mother and the boy's father arguing, the girl, and the partner.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+m5",
                0,
                wearer=True,
                rate=150,
                pitch=39,
                lines=(
                    "Evening. Somebody called about stolen skates. Where's the manager?",
                    "Alright. Where's your son now, sir?",
                    "That's fair. Sir, when did your son buy them?",
                    "Show me the messages, then, sir.",
                    "Then the boy can show us inside the tongue, sir, and we'll want a word with "
                    "that seller.",
                ),
            ),
            # The girl's mother.
            _espeak(
                "civilian",
                "en-gb-x-gbclan+f5",
                -6,
                rate=165,
                pitch=67,
                lines=(
                    "They're hers. White boots, purple wheels, and her name's inside the tongue.",
                    "Then ask him to take them off, and we'll all look inside the tongue.",
                    "Her locker was forced the Saturday before Easter. We reported it that night.",
                ),
            ),
            # The girl.
            _espeak(
                "bystander",
                "en-us+f3",
                -8,
                rate=175,
                pitch=88,
                lines=(
                    "They're mine. My nan bought them for my birthday. I've got the box at home.",
                    "He's on the bench by the snack bar, with his hood up.",
                ),
            ),
            # The boy's father: espeak's Papiamento voice reading English, shouting.
            _espeak(
                "witness",
                "pap+m7",
                -7,
                shout=True,
                rate=166,
                pitch=32,
                lines=(
                    "My son bought those skates on the internet! Forty pounds, last month!",
                    "He is not hiding! He is waiting for me to take him home!",
                    "In April! From a man on a selling page! I have the messages on my phone!",
                    "Here! Look, the name of the man, and the bank transfer!",
                ),
            ),
            # The partner.
            _flite(
                "partner",
                "rms",
                -9,
                rate=110,
                lines=(
                    "The manager's in the office, ringing the owner. She says the lad's wearing "
                    "them right now.",
                    "I've seen the incident book. Three lockers were forced that night, and hers "
                    "is on the list.",
                ),
            ),
        ),
        74,
        "music",
        10,
        overlaps=3,
        description="stolen skates at a roller disco: a mother and a father argue over music",
    ),
    RecordingSpec(
        "d332",
        "fresh40",
        (
            # A removal lorry across a narrow terraced street while its crew load a piano: a
            # nurse who can't get her car out for her shift, the crew's foreman, and control on
            # the radio.
            # The wearer.
            _espeak(
                "officer",
                "en-us-nyc+f4",
                0,
                wearer=True,
                rate=146,
                pitch=60,
                lines=(
                    "Control, I'm in Orchard Terrace. There's a removal lorry across the whole "
                    "street.",
                    "Right, the piano's in. Sir, how long to get the ramp up and pull forward?",
                    "Thank you, control. Did you hear that, madam? They know you're on your way.",
                    "Yes, control, five minutes. Sir, once you're out, use the yard at the back.",
                ),
            ),
            # Control, on the radio.
            _flite(
                "dispatch",
                "kal16",
                -10,
                radio=True,
                rate=88,
                lines=(
                    "Received. The caller is a nurse on the early shift. She can't get her car "
                    "out.",
                    "Police, the ward sister has rung in. They're covering for her until she gets "
                    "there.",
                    "Police, are you free after this for a shoplifter at the chemist on the high "
                    "street?",
                ),
            ),
            # The nurse.
            _espeak(
                "civilian",
                "en-029+f5",
                -6,
                rate=160,
                pitch=69,
                lines=(
                    "That's me. I should have been on the ward at seven, and I've been ringing "
                    "them for an hour.",
                    "The piano was halfway up it forty minutes ago!",
                    "He said ten minutes at half six. I've got a patient waiting for theatre.",
                    "Thank you. I'll still have a word with whoever booked a lorry this size for "
                    "a street this narrow.",
                ),
            ),
            # The removal crew's foreman.
            _espeak(
                "witness",
                "en-gb-x-rp+m4",
                -7,
                rate=143,
                pitch=37,
                lines=(
                    "We can't move till the piano's on. The ramp's down, and it's halfway up it.",
                ),
            ),
        ),
        75,
        "street",
        0,
        overlaps=1,
        long_silences=1,
        description="a removal lorry across a terraced street: a nurse late for her shift",
    ),
)
