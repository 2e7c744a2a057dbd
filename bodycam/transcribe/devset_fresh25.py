"""The development set's fresh25 half (d205-d212): eight recordings written blind to the diarizer.

Written in session 29, after the fresh to fresh24 halves had been written, by someone who had
not read the diarizer nor the transcriber nor seen their scores. Like fresh21 to fresh24, every
speaker says lines written for the scene (``Voice.lines``), in the order the seed gives the turns
(``devset.turn_plan``); every line is said and the reference STM is the script. Every recording
keeps to 2-5 people, each on a voice of their own (no two on one espeak variant), everyone but
the wearer 5-15 dB under the wearer, and a woman in every scene; every espeak voice has a rate
and a pitch of its own and every flite voice its pace, and every recording is 74-90 s long, as
in fresh24. It brings four accents new to the set, espeak's Danish, Basque, Icelandic and
Maltese voices reading English (the Danish one says a few words, "the" and "child", by English
rules and the rest by its own; the other three read every word by their own letter rules), three
of them in one scene, each of the eight noises once, and numbers only in words. What each asks
for is what the build realises (read from the reference RTTM below). The module is long because
it is data: eight recordings' scene lines, one spec each, kept together as one half like every
other half's module.

- d205, a tour coach that clipped a parked car's mirror in a narrow street (street, 12 dB):
  three accents in one scene, where no scene before had more than two: the Danish driver
  (``da+m3``), the Basque guide (``eu+f3``) and an Icelandic passenger who filmed it
  (``is+m6``, 11 dB under); three lines talked over (0.76, 1.21 and 1.31 s), the first the
  passenger over the guide, one accent over another.
- d206, a driver slumped behind his airbag after hitting a lamppost at night (siren, 7 dB): his
  one line, then the wearer alone for 71 s in eleven turns, talking to him and describing the
  scene for the camera as the fire engine and the ambulance come.
- d207, a missing girl of fifteen, looked for from the patrol car (car, 15 dB): her mother on the
  wearer's phone on speaker and control on the car's radio (espeak's Maltese voice), both
  band-limited, the mother talking over control (0.99 s) in a run of three lines talked over
  (1.32, 0.99 and 0.98 s), and the partner over the wearer (0.81 s).
- d208, an old man's car blown into a ditch on a moor road (wind, 5 dB): a lorry driver who stops
  to help, in espeak's Basque voice, first heard after an 8.7 s silence; the old man at 124 words
  a minute and pitch 30.
- d209, a widow on the church steps in a downpour on the night of her husband's funeral (rain,
  3 dB): three long silences (9.15, 9.15 and 7.04 s) before her answers and the partner's
  question, nobody talked over.
- d210, the owners of two dogs that fought in a park, the big one still barking (dog, 9 dB): two
  women shouting every line at each other (espeak's Danish ``da+f2`` and flite ``slt``), talking
  over each other twice (0.97 and 0.95 s) and over the wearer once (0.66 s).
- d211, a pub after a stool went through the mirror, the jukebox playing (music, 11 dB): the
  landlord's account in three turns of 54-57 words, 15 s each, and the barmaid's one line in
  espeak's Icelandic voice.
- d212, a boy lost after a concert (crowd, 6 dB): a steward shouting through a loudhailer
  (shouting and band-limited, flite ``awb``), once over the boy's mother in espeak's Maltese
  voice (0.64 s), and the wearer over the partner (1.08 s).

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH25: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d205",
        "fresh25",
        (
            # In a narrow street in town, where a tour coach has clipped a parked car's mirror.
            _flite(
                "officer",
                "awb",
                0,
                wearer=True,
                rate=102,
                lines=(
                    "Morning, folks. Police. Whose coach is this, and who was driving it?",
                    "Right. Nobody leaves until I have everybody's details. Sir, your licence, "
                    "please.",
                    "Thank you. Sir, with the phone, can you send that video to me?",
                    "It's good here, yes. Got the video, thank you. Madam, the owner's coming "
                    "down, ten more minutes.",
                ),
            ),
            # The coach driver: espeak's Danish voice reading English.
            _espeak(
                "civilian",
                "da+m3",
                -6,
                rate=138,
                pitch=36,
                lines=(
                    "I am the driver, Jens Madsen. The car was parked on the yellow lines.",
                    "A small touch, yes. I stopped at once, and I left a note on the window.",
                    "Here is my licence. A Danish licence, but good here, yes?",
                ),
            ),
            # The tour guide: espeak's Basque voice reading English.
            _espeak(
                "witness",
                "eu+f3",
                -7,
                rate=172,
                pitch=64,
                lines=(
                    "I am the guide, Ane Etxeberria. We must be in York by one o'clock.",
                    "Forty two people are waiting in this coach. Please, can we go now?",
                    "The insurance papers are in the coach, by the door. I will bring them.",
                ),
            ),
            # A passenger who filmed it: espeak's Icelandic voice reading English.
            _espeak(
                "bystander",
                "is+m6",
                -11,
                rate=150,
                pitch=48,
                lines=(
                    "It is our coach. I saw everything from the front window.",
                    "I filmed it on my phone. Our mirror touched the car's mirror, only a little.",
                    "Gunnar Olafsson. Yes, I send it now. What is the email address?",
                    "It is sent. Nineteen seconds, you can see the yellow lines.",
                ),
            ),
            _flite(
                "partner",
                "slt",
                -5,
                rate=94,
                lines=(
                    "Sarge, the car's registered to a woman on this street. I'll knock on the "
                    "doors.",
                    "Found her, Sarge. She's coming down now, and she's not happy.",
                ),
            ),
        ),
        88,
        "street",
        12,
        overlaps=3,
        description="a tour coach clips a parked car: three foreign accents in one scene",
    ),
    RecordingSpec(
        "d206",
        "fresh25",
        (
            # First on scene at a car into a lamppost at night, the fire engine and the ambulance
            # on their way: the wearer talks to the driver, who says one thing and no more.
            _espeak(
                "officer",
                "en-gb-x-gbclan+f5",
                0,
                wearer=True,
                rate=160,
                pitch=54,
                lines=(
                    "Sir? Sir, can you hear me? It's the police. Don't move your head, stay still "
                    "for me.",
                    "Okay, I've got you. The ambulance is coming, you can hear the sirens. Keep "
                    "your eyes open for me.",
                    "It's twenty past eleven. A blue estate car into the lamppost on Mill Road, "
                    "one man in it, the driver.",
                    "The airbag's gone off. I can smell petrol, so I'm turning the engine off and "
                    "taking the keys.",
                    "Sir, stay with me. Can you tell me your name? No? That's all right, just keep "
                    "breathing.",
                    "He's breathing, but it's fast and shallow. There's a cut above his left eye, "
                    "not bleeding much.",
                    "I'm going to hold your head still, like this. You've had a bang, so we keep "
                    "your neck straight.",
                    "There's nobody else in the car. There's a child seat in the back, but it's "
                    "empty.",
                    "Squeeze my hand if you can hear me. Good. That's good, sir, well done.",
                    "The fire engine's at the junction now, the ambulance right behind it. Two "
                    "more minutes, sir.",
                    "His eyes are open again. He's pale and sweaty, and he's breathing about "
                    "thirty times a minute.",
                    "Over here! Driver's door! He's the only one, and he's been in and out since "
                    "I got here.",
                ),
            ),
            # The driver, slumped behind the airbag: his one line.
            _flite(
                "civilian",
                "rms",
                -10,
                rate=86,
                lines=("My chest. It hurts when I breathe in.",),
            ),
        ),
        84,
        "siren",
        7,
        short_line=1,
        description="a driver slumped after a crash: the wearer alone as the sirens come",
    ),
    RecordingSpec(
        "d207",
        "fresh25",
        (
            # In the patrol car, looking for a missing girl of fifteen: the wearer on the phone to
            # her mother (on speaker), control on the car's radio, both band-limited.
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+m7",
                0,
                wearer=True,
                rate=150,
                pitch=42,
                lines=(
                    "Mrs Carter, it's Sergeant Price. You're on speaker in the car, we're driving "
                    "round the park.",
                    "Mrs Carter, hold on. Control, received, we're going to the bus station.",
                    "Control, any description of the boy? Step on it, Gareth.",
                    "Mrs Carter, does Lily know a tall lad with a red rucksack?",
                    "Mrs Carter? Did Lily talk about going away? Anybody she wanted to see?",
                    "We're nearly there. Control, can you give the dad's address to Cardiff "
                    "police?",
                ),
            ),
            _flite(
                "partner",
                "kal16",
                -5,
                rate=98,
                lines=(
                    "Nobody at the bandstand, Sarge. I'll try the skate park.",
                    "Two minutes away, Sarge. The lights are with us.",
                ),
            ),
            # The girl's mother on the wearer's phone, on speaker.
            _espeak(
                "witness",
                "en+f3",
                -7,
                radio=True,
                rate=170,
                pitch=66,
                lines=(
                    "She's got a yellow coat! With a fur hood! Is it Lily?",
                    "Her dad. He lives in Cardiff, she hasn't seen him for two years. Oh God.",
                    "She took my purse! It's gone from the kitchen drawer, I've just looked!",
                ),
            ),
            # Control on the car's radio: espeak's Maltese voice reading English.
            _espeak(
                "dispatch",
                "mt+m5",
                -9,
                radio=True,
                rate=160,
                pitch=36,
                lines=(
                    "Control to Bravo Two, a girl in a yellow coat seen at the bus station.",
                    "Received. She was with an older boy, looking at the timetable.",
                    "Tall, about eighteen, black jacket, red rucksack. Cameras being checked now.",
                    "Control, the cameras show the girl and the boy buying two tickets.",
                    "Will do. The driver will hold the Cardiff coach at the stand for you.",
                ),
            ),
        ),
        84,
        "car",
        15,
        overlaps=4,
        description="a missing girl: her mother on the phone and control on the radio at once",
    ),
    RecordingSpec(
        "d208",
        "fresh25",
        (
            # On a moor road in a gale, where an old man's car has blown into the ditch.
            _espeak(
                "officer",
                "en-gb-x-rp+f4",
                0,
                wearer=True,
                rate=154,
                pitch=58,
                lines=(
                    "Police! Are you hurt? Don't get out that side, the door's in the ditch.",
                    "Good. Sir, give me your hand. Out this side. Mind your head.",
                    "Two hours. Sir, come and sit in our car, it's warm.",
                    "Thank you, but no. If the rope snaps in this wind, somebody gets hurt.",
                    "Nobody's taking it off you, Douglas. The wind did this.",
                ),
            ),
            _espeak(
                "civilian",
                "en-gb-scotland+m4",
                -7,
                rate=124,
                pitch=30,
                lines=(
                    "I'm all right, hen. The wind took the car clean off the road.",
                    "That's kind of you, son. Would that work, officer?",
                    "Och, fair enough. I'm Douglas Reid, by the way. Eighty one next month.",
                    "Here's my licence. I hope they won't take it off me now.",
                ),
            ),
            _flite(
                "partner",
                "rms",
                -5,
                rate=100,
                lines=(
                    "Sarge, the cones keep blowing over. I'll park across the lane.",
                    "Recovery say two hours at least. They're busy on the top road.",
                ),
            ),
            # A lorry driver who stops to help, first heard after a long wait: espeak's Basque
            # voice reading English.
            _espeak(
                "bystander",
                "eu+m7",
                -10,
                rate=146,
                pitch=44,
                lines=(
                    "Hello! I have a lorry, and a rope. I can pull your car out.",
                    "Five minutes, no problem. At home I do this many times, in the snow.",
                    "Then I stay behind your car with my lights on, so nobody drives into you.",
                ),
            ),
        ),
        90,
        "wind",
        5,
        late_voice=3,
        description="a car blown into a ditch on a moor: a lorry driver stops to help, late",
    ),
    RecordingSpec(
        "d209",
        "fresh25",
        (
            # On the steps of a church at night, in a downpour: a widow who buried her husband
            # that morning, and long silences before she answers.
            _espeak(
                "officer",
                "en+m6",
                0,
                wearer=True,
                rate=152,
                pitch=40,
                lines=(
                    "Hello, madam. I'm Dan, from the police. Somebody saw you sitting out here in "
                    "the rain, and they were worried.",
                    "I'm so sorry. What was his name?",
                    "We'd like to get you somewhere dry. You'll catch your death out here.",
                    "Can we ring her for you? What's her name?",
                ),
            ),
            _espeak(
                "civilian",
                "en-us+f5",
                -8,
                rate=128,
                pitch=52,
                lines=(
                    "I'm fine. Please, just leave me alone.",
                    "We were married in this church. Fifty one years ago. I buried him this "
                    "morning.",
                    "Frank. His name was Frank.",
                    "My daughter went back to London after the funeral tea. She wanted me to go "
                    "with her. I said no.",
                    "Helen. Her number's in my bag. Please don't tell her you found me out here.",
                ),
            ),
            _flite(
                "partner",
                "slt",
                -6,
                rate=92,
                lines=(
                    "I'm Kerry. Can I sit here with you for a minute? You're soaked through.",
                    "Is there anyone at home for you tonight? A son, or a daughter?",
                ),
            ),
        ),
        82,
        "rain",
        3,
        long_silences=3,
        description="a widow on the church steps in a downpour: long silences at 3 dB",
    ),
    RecordingSpec(
        "d210",
        "fresh25",
        (
            # In a park at dusk after two dogs fought, one of them still barking: two women
            # shouting at each other and over each other.
            _espeak(
                "officer",
                "en-us-nyc+m3",
                0,
                wearer=True,
                rate=158,
                pitch=44,
                lines=(
                    "Ladies! Ladies, police! Get your dogs on their leads first, please. Then "
                    "we'll talk.",
                    "Stop. Both of you. Is the little dog badly hurt? Let me see the leg.",
                    "Nobody's dog is being taken anywhere tonight. Madam, what's your name?",
                    "That's enough shouting! Both of you, lower your voices. Karen, is Bruno "
                    "insured?",
                    "Good. Then your insurance can pay the vet. Madam, what's your name?",
                    "Thank you, Sandra. Take Poppy to the vet tonight and keep the bill. Karen, "
                    "walk Bruno home the other way.",
                ),
            ),
            # The big dog's owner, shouting: espeak's Danish voice reading English.
            _espeak(
                "civilian",
                "da+f2",
                -6,
                shout=True,
                rate=160,
                pitch=66,
                lines=(
                    "Your dog bit first! She runs at him every single day, and you never stop her!",
                    "It's a scratch! A scratch! Bruno only wanted to play, he's a puppy!",
                    "Karen Holm! And I want her name too, because she kicked my dog!",
                    "Of course he's insured! He's insured, he's chipped, he's been to puppy "
                    "school!",
                ),
            ),
            # The little dog's owner, shouting.
            _flite(
                "witness",
                "slt",
                -8,
                shout=True,
                rate=90,
                lines=(
                    "Her dog attacked my Poppy! Look at her leg, she's bleeding! That thing "
                    "should be muzzled!",
                    "A puppy? He's the size of a pony! I want him taken away!",
                    "I kicked him off my dog! What was I supposed to do, let him eat her?",
                    "Sandra Fox! And Poppy's fourteen, she's never bitten anyone in her life!",
                    "I'll be ringing the council about that dog! He's a menace!",
                ),
            ),
        ),
        74,
        "dog",
        9,
        overlaps=3,
        description="two dog owners, both women, shouting at each other over each other",
    ),
    RecordingSpec(
        "d211",
        "fresh25",
        (
            # In a pub after a stool went through the mirror, the jukebox still playing.
            _espeak(
                "officer",
                "en-gb-scotland+m1",
                0,
                wearer=True,
                rate=162,
                pitch=48,
                lines=(
                    "Evening. You rang about a fight? Are you the landlord? Can you turn the "
                    "music down a bit?",
                    "Never mind, we'll manage. Was anybody hurt? And where are the two lads now?",
                    "Did you know either of them? Have they been in before? And have you got "
                    "cameras in here?",
                    "That's brilliant, thank you. Mick, put the stick behind the bar for me, and "
                    "don't touch the stool or the glass.",
                ),
            ),
            # The landlord, in three long turns.
            _flite(
                "civilian",
                "kal16",
                -6,
                rate=104,
                lines=(
                    "I am, Mick Doyle, and I've had this pub for twenty two years, and I've never "
                    "seen anything like it. Two lads came in about nine o'clock, had a pint each, "
                    "quiet as you like, and then one of them picks up a stool and throws it "
                    "straight through the mirror behind the bar.",
                    "Nobody hurt, thank God, though Sigrun was standing right by the mirror and "
                    "she got glass in her hair. The one who threw it ran out the back door into "
                    "the car park, and his mate just sat there finishing his pint like nothing "
                    "had happened, then walked out the front, calm as anything.",
                    "Never seen them before in my life. Young, twenty or so, one in a green "
                    "tracksuit with a shaved head, the other one taller with a beard and a grey "
                    "hoodie. The cameras are on, yes, there's one over the bar and one on the "
                    "back door, and you can have the lot on a stick tonight.",
                ),
            ),
            # The barmaid's one line: espeak's Icelandic voice reading English.
            _espeak(
                "bystander",
                "is+f4",
                -9,
                rate=150,
                pitch=68,
                lines=("I cannot turn it down. The machine is broken since Friday.",),
            ),
        ),
        82,
        "music",
        11,
        short_line=2,
        description="a pub landlord's account of a fight over the jukebox, in three long turns",
    ),
    RecordingSpec(
        "d212",
        "fresh25",
        (
            # On the stairs outside an arena after a concert: a mother whose son is lost, and a
            # steward shouting through a loudhailer over the crowd.
            _espeak(
                "officer",
                "en-029+f1",
                0,
                wearer=True,
                rate=156,
                pitch=56,
                lines=(
                    "Madam, you were waving at us. What's happened? Are you all right?",
                    "Madam, look at me. When did you last see him? Take a breath.",
                    "Madam, what is he wearing? We need to tell the stewards.",
                    "That's good, that's really good. Stay with me, we'll find him.",
                    "Thank you! Madam, what's your name?",
                    "Just down these stairs, madam. Stay with me, we'll walk there together.",
                ),
            ),
            # A steward shouting through a loudhailer (band-limited), nobody in the encounter.
            _flite(
                "bystander",
                "awb",
                -8,
                shout=True,
                radio=True,
                rate=96,
                lines=(
                    "Keep moving, please! Exit through the north gates! Do not stop on the stairs!",
                    "Trains to the city centre from platform two! Keep to the left!",
                    "Stewards, look out for a boy of ten, blue shirt, black cap, name of Luca!",
                ),
            ),
            # The mother: espeak's Maltese voice reading English.
            _espeak(
                "civilian",
                "mt+f2",
                -7,
                rate=148,
                pitch=64,
                lines=(
                    "My son is lost! Luca, he is ten years old. He went to the toilet and he did "
                    "not come back.",
                    "A blue football shirt, number seven, and a black cap. He has no phone, he "
                    "is too young.",
                    "Maria Borg. Is it him? Please, is it Luca?",
                    "Thank God. Where is it? Take me there, please.",
                ),
            ),
            _espeak(
                "partner",
                "en-us+m3",
                -5,
                rate=172,
                pitch=40,
                lines=(
                    "What's Luca wearing, madam? And has he got a phone with him?",
                    "Control, all units at the arena, a missing boy, ten, name of Luca. "
                    "Description to follow.",
                    "Sarge, a steward's got a boy at the first aid room. Blue shirt, black cap.",
                    "He says his name's Luca, and he's asking for his mum.",
                ),
            ),
        ),
        86,
        "crowd",
        6,
        overlaps=2,
        description="a lost boy after a concert: a steward's loudhailer shouting over the crowd",
    ),
)
