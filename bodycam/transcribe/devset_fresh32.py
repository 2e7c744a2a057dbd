"""The development set's fresh32 half (d261-d268): eight recordings written blind to the diarizer.

Session 34 wrote it after the fresh to fresh31 halves, without reading the diarizer or the
transcriber or seeing a score of either. It keeps what fresh21 to fresh31 promised: every
speaker says lines written for the scene (``Voice.lines``), in the turn order the seed draws
(``devset.turn_plan``), and says all of them, so the reference STM is the script; a scene has
2-5 people, no two sharing a voice or an espeak variant, at least one of them a woman, everyone
but the camera wearer 5-15 dB under the wearer; each espeak voice has a rate and pitch of its
own and each flite voice a pace of its own (none the same as a voice of an earlier recording).
The recordings run 50-90 s, the whole range the issue asked for, and every other one has a
woman wearing the camera. No accent is new (the natural languages' voices left switch to
English or spell words out: fresh30 lists them): the three here are espeak voices heard in one
recording each before, Finnish (d190), Hungarian (d185) and Turkish (d158), each reading every
word of its lines as a word under ``espeak-ng -x``. The Finnish voice reads "it" as the letters
I T, so its lines do without the word. Every noise is used once, and numbers are written as
words. Each recording asks for one thing no earlier recording had; every overlap and silence
the specs ask for is realised in the build (the figures below come from the reference RTTM).
The module is long because it is data: eight scenes' lines and their specs.

- d261, a motorcyclist down at a crossroads as the ambulance pulls up with its siren on (siren,
  0 dB): the first siren recording at 0 dB (the lowest before, d240, was at 1 dB); the rider
  over the driver who turned across him (1.32 s), a Finnish voice (``fi+m6``), and the driver
  over the wearer (0.71 s); a woman from the bus stop on flite ``slt``.
- d262, egg thieves at a peregrines' nest on a sea cliff in a gale, watched from the reserve's
  hide (wind, 14 dB): the warden whispers (``en-gb-scotland+whisperf``), over the wearer once
  (1.13 s), and the collector is first heard after a 6.5 s silence, coming up the path. No
  whispering voice was in wind noise before (car, street, dog, rain, crowd and music).
- d263, a girl of six lost in a maize maze at a summer fair (crowd, 11 dB): she talks to the
  wearer on her brother's toy walkie-talkie (band-limited) at espeak pitch 88, over her brother
  (1.06 s) and over the farmer (1.13 s); her brother, eleven, is at pitch 80. No band-limited
  voice before was pitched over 68 (d247's).
- d264, vapes sold to children from an ice-cream van, its chimes stuck on (music, 9 dB): the
  driver answers in a word or two, six times, in espeak's Turkish voice (``tr+m3``), his first
  "Not me." said wholly inside the mother's line. No voice answered in words in music noise
  before.
- d265, a driver who rammed the car in front at the lights, stopped in a queue of traffic (car,
  5 dB): two voices, the wearer and the driver shouting on flite ``rms``, taking it in turns to
  talk over each other, seven times in the first ten lines (0.62-1.14 s). No two-voice
  recording before had more than six lines talked over (d39), and none with scene lines more
  than one.
- d266, a bottle thrown from a tower block's balcony onto a car in the rain (rain, 17 dB): a
  man shouting down from the fourth floor in espeak's Hungarian voice (``hu+m7``) and a woman's
  one line from the fifth, both 15 dB under the wearer, where no recording before had two voices
  15 dB under; the wearer over the car's owner (0.68 s) and the man over the wearer (1.28 s).
- d267, a dog handler tracking a burglar across allotments at night, her dog barking (dog,
  12 dB): control's one line on the radio, then the wearer alone for the rest of the recording,
  with a 32.2 s silence while the dog casts about for the scent. No silence before was longer
  than 28 s (d157's), and the two-voice recordings with a radio voice before (d68, d96, d100,
  d149) were in wind or car noise.
- d268, a fight outside a kebab shop at closing time (street, 3 dB): the wearer on flite
  ``kal16`` shouting every line, one of the two men shouting, his accuser, the partner and the
  door supervisor's one line; five voices in 50 s, where the shortest five-voice recordings
  before (d09, d10) ran 56 s, and three lines talked over (0.80-1.18 s). No wearer on ``kal16``
  or ``rms`` shouted before.

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH32: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d261",
        "fresh32",
        (
            # A motorcyclist down at a crossroads as the ambulance pulls up, its siren still on,
            # as loud as the voices.
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+f3",
                0,
                wearer=True,
                rate=163,
                pitch=61,
                lines=(
                    "Leave his helmet on! Don't lift him. Sir, can you hear me?",
                    "Sir, stay by your car. The ambulance is pulling up now.",
                    "They'll look after him. What's your name, love? Stay with me.",
                    "We will, Daniel. Keep still for me. Don't turn your head.",
                    "Thank you. Madam, which lane was the car in?",
                    "Sir, I need you to blow into this. We do it after every crash.",
                ),
            ),
            # The rider, on the road.
            _espeak(
                "civilian",
                "en-gb-x-rp+m2",
                -7,
                rate=138,
                pitch=36,
                lines=(
                    "My leg. I can't feel my leg.",
                    "Don't let him go! He never even stopped!",
                    "Daniel. Daniel Hughes. Ring my wife, please.",
                    "It's so cold. Why is it so cold?",
                ),
            ),
            # The driver who turned across him: espeak's Finnish voice reading English.
            _espeak(
                "witness",
                "fi+m6",
                -8,
                rate=150,
                pitch=42,
                lines=(
                    "I didn't see him. The sun was in my eyes, I swear.",
                    "I stopped! I'm here, aren't I? I rang the ambulance.",
                    "Is he going to be all right? Please tell me.",
                    "Here, take my coat. Put this over him.",
                    "The light was flashing amber. I thought I had time, I really did.",
                ),
            ),
            # A woman who saw it from the bus stop.
            _flite(
                "bystander",
                "slt",
                -9,
                rate=114,
                lines=(
                    "I saw it all. The car turned right, straight across him.",
                    "The right turn lane. The light was green for the bike.",
                    "I'll stay with him till his wife comes. I've got her number.",
                ),
            ),
        ),
        79,
        "siren",
        0,
        overlaps=2,
        description="a motorcyclist down at a crossroads: the ambulance's siren at 0 dB",
    ),
    RecordingSpec(
        "d262",
        "fresh32",
        (
            # Egg thieves at a peregrines' nest on a sea cliff in a gale, watched from the
            # reserve's hide: the warden whispers, the birds are just below; the collector comes
            # up the path after a long wait.
            _espeak(
                "officer",
                "en-gb-x-gbclan+m5",
                0,
                wearer=True,
                rate=157,
                pitch=41,
                lines=(
                    "Morning. You rang about the falcons? Where are the men you saw?",
                    "Can you see the nest from here? Has the female left it?",
                    "Right. We wait for them up here. They'll have to come up this path.",
                    "Lovely. Is that a climbing rope in your bag, sir? What's in the box?",
                    "Open the box for me, please, slowly. Put it down on the bench.",
                    "You're under arrest for taking the eggs of a wild bird. Do you understand?",
                ),
            ),
            # The reserve's warden, whispering.
            _espeak(
                "witness",
                "en-gb-scotland+whisperf",
                -6,
                rate=136,
                pitch=60,
                lines=(
                    "Two men, on ropes, on the ledge below the nest. They've been down there an "
                    "hour.",
                    "She flew off when they came down. The eggs are on their own now.",
                    "Peregrine eggs. Those are hers. Please, be careful with them.",
                    "If they're still warm, I can put them back. She might come back to them.",
                ),
            ),
            # The partner.
            _flite(
                "partner",
                "awb",
                -5,
                rate=112,
                lines=(
                    "Keep your voice down, Sam. The birds are right below us.",
                    "In his bag: cotton wool, a torch, and a little mirror on a stick.",
                    "Those aren't stones, sir. Those are eggs, three of them.",
                    "Where's your friend? The warden saw two of you on that rope.",
                ),
            ),
            # The collector, first heard when he comes up the path.
            _espeak(
                "civilian",
                "en-us+m7",
                -10,
                rate=171,
                pitch=45,
                lines=(
                    "Morning, officers. Just out for a walk. Lovely view up here.",
                    "It's nothing. Just stones from the beach.",
                    "I came on my own. I don't know anything about a second man.",
                ),
            ),
        ),
        86,
        "wind",
        14,
        overlaps=1,
        late_voice=3,
        description="egg thieves at a falcons' nest in a gale: the warden whispering in the hide",
    ),
    RecordingSpec(
        "d263",
        "fresh32",
        (
            # A girl of six lost in a maize maze at a summer fair, talking to the wearer on her
            # brother's toy walkie-talkie; her brother and the farmer lead the way in.
            _espeak(
                "officer",
                "en-029+f1",
                0,
                wearer=True,
                rate=159,
                pitch=63,
                lines=(
                    "Hello. You're her brother? Has she still got the other walkie-talkie?",
                    "Hello, Maisie. I'm Keisha, a police officer. Are you all right?",
                    "Maisie, can you read me the number on the sign?",
                    "Maisie, stay by the scarecrow. We're coming to you now.",
                    "Ollie's right here with me. Keep talking to us while we walk.",
                    "I can hear something. Maisie, can you shout for us now?",
                    "Hello, Maisie. Well done for staying put.",
                ),
            ),
            # Her brother, eleven.
            _espeak(
                "witness",
                "en-us+m3",
                -6,
                rate=176,
                pitch=80,
                lines=(
                    "Yes. She's on channel three. She keeps saying she's near a scarecrow.",
                    "Ask her what number. She can read numbers, she's six.",
                    "Tell her to stay there. Mum says always stay where you are.",
                    "Maisie, sing the song from the car. Then we'll hear you.",
                ),
            ),
            # The girl, on the toy walkie-talkie.
            _espeak(
                "civilian",
                "en-gb-x-rp+f4",
                -8,
                radio=True,
                rate=152,
                pitch=88,
                lines=(
                    "Ollie? Ollie, are you there? I can't find the way out.",
                    "I'm okay. I'm a bit scared. The corn is really tall.",
                    "It's got a red hat! And a sign with a number on it.",
                    "Okay. Can Ollie come too? I want Ollie.",
                ),
            ),
            # The farmer who runs the maze.
            _flite(
                "bystander",
                "rms",
                -9,
                rate=106,
                lines=(
                    "The maze is six acres. I've shut the gates, nobody goes in or out.",
                    "There are four scarecrows. Ask her what colour hat hers has got.",
                    "The red hat is number four, the far corner by the trees. Follow me.",
                    "Left here, then right at the bale. It's quicker through the middle.",
                    "There she is! By the scarecrow, just like she said.",
                ),
            ),
        ),
        89,
        "crowd",
        11,
        overlaps=2,
        description="a girl lost in a maize maze: her voice high on a toy walkie-talkie",
    ),
    RecordingSpec(
        "d264",
        "fresh32",
        (
            # An ice-cream van outside a secondary school selling vapes, its chimes stuck on: the
            # driver answers in a word or two.
            _espeak(
                "officer",
                "en-gb-scotland+m4",
                0,
                wearer=True,
                rate=153,
                pitch=43,
                lines=(
                    "Afternoon. Can you switch those chimes off, please? Is this your van?",
                    "Sir, do you sell vapes to children from this van?",
                    "Then whose are the vapes under your counter?",
                    "Whose money is that, sir? That's a lot of lollies.",
                    "Is this your van, sir? Are you the owner?",
                    "And where's your brother today?",
                    "Why are the chimes still going? Switch them off, please.",
                    "Right. The van stays here until trading standards have been through it.",
                    "Sir, turn the engine off and give me the keys. Now, please.",
                ),
            ),
            # The mother who rang.
            _espeak(
                "witness",
                "en+f5",
                -7,
                rate=173,
                pitch=67,
                lines=(
                    "He sells more than ice cream. My son bought a vape off him yesterday. He's "
                    "thirteen.",
                    "He parks outside the school gates every day at three. Every single day.",
                    "You can smell them from the pavement. Bubblegum, that's what they all smell "
                    "of.",
                ),
            ),
            # The driver, answering in a word or two: espeak's Turkish voice reading English.
            _espeak(
                "civilian",
                "tr+m3",
                -8,
                rate=140,
                pitch=39,
                lines=(
                    "Not me.",
                    "No, never.",
                    "My brother's.",
                    "I don't know.",
                    "It's stuck.",
                    "Okay, okay.",
                ),
            ),
            # The partner, searching the van.
            _espeak(
                "partner",
                "en-us-nyc+m7",
                -6,
                rate=179,
                pitch=47,
                lines=(
                    "There's a box of vapes under the counter. All flavours, no labels.",
                    "And there's a roll of cash in the freezer, in a bag of lollies.",
                    "Trading standards want the whole box. They're sending someone now.",
                    "Another box behind the cones. Fifty of them at least.",
                ),
            ),
        ),
        80,
        "music",
        9,
        overlaps=1,
        replies=2,
        description="an ice-cream van selling vapes: the driver answers in words over its chimes",
    ),
    RecordingSpec(
        "d265",
        "fresh32",
        (
            # A driver who rammed the car in front at the lights, stopped in a queue of traffic:
            # he and the wearer talk over each other.
            _espeak(
                "officer",
                "en-us-nyc+f3",
                0,
                wearer=True,
                rate=167,
                pitch=65,
                lines=(
                    "Sir, switch your engine off and step out of the car. Now, please.",
                    "I saw you ram his bumper twice. That's what I saw.",
                    "Stop. Listen to me. Keys out of the ignition.",
                    "He hasn't driven off. He's parked up there, with my colleague.",
                    "Sir, if you shout over me once more, this gets worse for you.",
                    "Then let's do this quickly. Is this your car? Name and date of birth.",
                    "Mr Carter, I'm reporting you for driving without due care.",
                    "There's a dent and a broken light. His dashcam has all of it.",
                    "Once I've seen your licence. Then you drive away, slowly.",
                ),
            ),
            # The driver, shouting.
            _flite(
                "civilian",
                "rms",
                -6,
                shout=True,
                rate=92,
                lines=(
                    "He cut me up! He cut right across me at the lights, you saw it!",
                    "I tapped him! I tapped him because he slammed his brakes on!",
                    "This is a joke! He drives off and I'm the one getting nicked!",
                    "Good! Then arrest him! Go and arrest him instead of me!",
                    "Worse? How can it get worse? I'm late for my daughter's nursery!",
                    "Lee Carter. Fourth of March, eighty nine. It's my car, yes.",
                    "For a tap? There isn't even a scratch on his bumper!",
                    "Fine! Fine. Write it down. Can I go and get my daughter now?",
                ),
            ),
        ),
        64,
        "car",
        5,
        overlaps=7,
        description="a driver who rammed the car in front: two voices, seven lines talked over",
    ),
    RecordingSpec(
        "d266",
        "fresh32",
        (
            # A bottle thrown from a tower block's balcony onto a car in the rain: two residents
            # call down from the fourth and fifth floors, far above the wearer.
            _espeak(
                "officer",
                "en+m2",
                0,
                wearer=True,
                rate=158,
                pitch=44,
                lines=(
                    "Which car was it, madam? And where did the bottle come from?",
                    "Sir! Stay where you are. We're coming up to speak to you.",
                    "Then whose bottle is it, sir? It's the same as the ones on your balcony.",
                    "Madam, don't touch the glass. We'll want it for prints.",
                    "Which flat are you in, sir?",
                    "We'll come up now. Put the dog inside and open the door for us.",
                    "Madam, the housing office has cameras on this side. We'll get the footage.",
                ),
            ),
            # The car's owner, beside the wearer.
            _flite(
                "witness",
                "slt",
                -6,
                rate=86,
                lines=(
                    "This one. My windscreen. It came down from up there, one of the balconies.",
                    "There. The man on the fourth floor, in the grey top. He was leaning over.",
                    "I've only had it a month. I was sitting in it a minute before.",
                    "It could have killed me. I was about to get back in.",
                    "He's gone inside. Look, he's gone in. He's closing the door.",
                ),
            ),
            # A resident on a fourth-floor balcony, shouting down: espeak's Hungarian voice
            # reading English.
            _espeak(
                "civilian",
                "hu+m7",
                -15,
                shout=True,
                rate=151,
                pitch=37,
                lines=(
                    "Don't look at me! It came from the floor above!",
                    "It's not mine! I was taking my washing in!",
                    "Four one two! I have a dog, but he doesn't bite!",
                    "Come up then! I've got nothing to hide!",
                ),
            ),
            # A woman on the fifth floor: her one line.
            _espeak(
                "bystander",
                "en-gb-x-gbcwmd+f4",
                -15,
                rate=169,
                pitch=71,
                lines=("It was him! I saw him throw it!",),
            ),
        ),
        66,
        "rain",
        17,
        overlaps=2,
        short_line=3,
        description="a bottle thrown from a balcony in the rain: two residents far above",
    ),
    RecordingSpec(
        "d267",
        "fresh32",
        (
            # A dog handler tracking a burglar across allotments at night, her dog barking:
            # control's one line on the radio, then she is alone with the dog, with a long
            # silence while it casts about for the scent.
            _espeak(
                "officer",
                "en-gb-x-rp+f5",
                0,
                wearer=True,
                rate=155,
                pitch=57,
                lines=(
                    "Control, dog unit on scene. Starting the track now.",
                    "Good boy, Bruno. Find him. Track, track.",
                    "He's got something. Through the hedge, Bruno. Steady.",
                    "Control, tracking east along the railway fence, towards the allotments.",
                    "Wait. Wait, Bruno. Good lad. Down.",
                    "Police with a dog! Come out now, or I will send the dog!",
                    "Nothing. He's gone quiet. Bruno, find him. Go on, track again.",
                    "There's a glove here, by the compost bins. Still warm.",
                    "Control, one glove found. The dog is still keen, heading for the sheds.",
                    "Shed door's open. Police with a dog! Last chance!",
                    "Hands where I can see them! Walk towards me!",
                ),
            ),
            # Control, on the radio: its one line.
            _espeak(
                "dispatch",
                "en-gb-scotland+m8",
                -9,
                radio=True,
                rate=165,
                pitch=39,
                lines=("Received. The helicopter is grounded tonight, so you're on your own.",),
            ),
        ),
        90,
        "dog",
        12,
        short_line=1,
        long_silences=1,
        silence=(30.0, 34.0),
        description="a dog handler alone on a track at night: a radio's one line, a 30 s wait",
    ),
    RecordingSpec(
        "d268",
        "fresh32",
        (
            # A fight outside a kebab shop at closing time: the wearer shouts every line; the
            # door supervisor from the club next door says one.
            _flite(
                "officer",
                "kal16",
                0,
                wearer=True,
                shout=True,
                rate=116,
                lines=(
                    "Police! Break it up! Both of you, apart, now!",
                    "Stop shouting! Sit down on the kerb! Sit down!",
                    "Don't get up! I said sit down!",
                    "Madam, step back! Back inside the shop!",
                    "Then the cameras will show it! Hands behind your back!",
                ),
            ),
            # One of the two men, shouting.
            _espeak(
                "civilian",
                "en-029+m4",
                -6,
                shout=True,
                rate=168,
                pitch=38,
                lines=(
                    "I never touched her bag! I was getting my chips!",
                    "He swung first! Check the cameras! Go on, check them!",
                ),
            ),
            # The partner.
            _espeak(
                "partner",
                "en-gb-x-gbclan+f5",
                -5,
                rate=161,
                pitch=55,
                lines=(
                    "You, in the white shirt, over by the wall. Hands where I can see them.",
                    "The other lad's bleeding. Ambulance, please, to the kebab shop.",
                    "Control, one detained, one for the ambulance.",
                ),
            ),
            # His girlfriend.
            _espeak(
                "witness",
                "en-us+f2",
                -7,
                rate=178,
                pitch=73,
                lines=(
                    "He started it! He grabbed my bag in the queue!",
                    "Look at his nose! You've broken his nose!",
                    "Liar! My boyfriend never swung at anyone!",
                ),
            ),
            # The door supervisor from the club next door: his one line.
            _espeak(
                "bystander",
                "en-gb-x-rp+m8",
                -10,
                rate=149,
                pitch=31,
                lines=("They were both thrown out ten minutes ago. Separately.",),
            ),
        ),
        50,
        "street",
        3,
        overlaps=3,
        short_line=4,
        description="a fight at a kebab shop at closing time: five voices in fifty seconds",
    ),
)
