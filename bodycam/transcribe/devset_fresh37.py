"""The development set's fresh37 half (d301-d308): eight recordings written blind to the diarizer.

Session 38 wrote it after the fresh to fresh36 halves, without reading the diarizer or the
transcriber or seeing a score of either. It keeps what fresh21 to fresh36 promised: every
speaker says lines written for the scene (``Voice.lines``), in the turn order the seed draws
(``devset.turn_plan``), and says all of them, so the reference STM is the script; a scene has
2-5 people, no two sharing a voice or an espeak variant, at least one of them a woman, everyone
but the camera wearer 5-15 dB under the wearer; each espeak voice has a rate and pitch of its
own and each flite voice a pace of its own (none the same as a voice of an earlier recording,
nor of another recording of this half). The recordings run 50-90 s, both ends used. As fresh35
and fresh36 did, it uses each of the eight noises once, at 0-20 dB (both ends again). No accent
is new: the three here are espeak voices heard in one recording each before, Swedish (d197),
Latvian (d214) and Czech (d215), each reading every word of its lines as a word under
``espeak-ng -x``; the Swedish voice is the camera wearer's, where no accented wearer before
(d142, d218, d293) was in wind noise. All four flite voices are used, and women wear the camera
in four of the eight. Numbers are written as words. Police radio is on nearly every real
body-worn recording and the set had had few radio voices lately, so four of the eight have a
band-limited police radio, in four noises: another unit in street noise at 6 dB, control's one
line in dog noise at 20 dB, control talking over the wearer and a neighbour in car noise at
0 dB, and control's seven lines in a name check with the wearer in music noise at 12 dB. Each
recording asks for something no earlier recording in its noise had (the list below says what);
every overlap and silence the specs ask for is realised in the build (the figures below come
from the reference RTTM). The module is long because it is data: eight scenes' lines and their
specs.

- d301, a curtain-sided lorry wedged under a low railway bridge on a high street (street, 6 dB):
  its driver in espeak's Latvian voice (``lv+m4``) over the wearer (1.28 s), the driver of the
  bus stuck behind it, the unit at the far side of the bridge on the radio (band-limited), and
  a 15.21 s wait while the wearer looks at the brickwork, 90 s in all. No street recording before
  had a pause over 10 s (``silence`` 6-10 s, ``gaps`` at most 4 s).
- d302, a hire narrowboat hung up on a canal lock's cill as the paddles let the water out (rain,
  9 dB): its skipper shouting in espeak's Czech voice (``cs+m6``), the boater who opened the
  paddles, the lock's volunteer keeper on flite ``rms``; five lines talked over (0.78-1.19 s),
  where no rain recording before had more than four (d296).
- d303, a boy of eight locked in a portable toilet at a county show, its bolt jammed (crowd,
  10 dB, 50 s): the boy heard through the toilet's door (``muffled``), his mother shouting over
  his first line (0.61 s), a steward's one line (``short_line``). Crowd noise was the one noise
  with no muffled voice before.
- d304, an old man fallen in his back garden overnight, his old collie guarding him (dog, 20 dB):
  the wearer on flite ``slt``, the man 12 dB under at 124 words a minute, control's one line on
  the radio (band-limited, ``short_line``), slow turns (1.2-2.6 s between lines). No dog
  recording before had more than 0.9 s between lines (``gaps``) or was over 18 dB (d299).
- d305, a welder's van on fire on an industrial estate as the fire engines come (siren, 14 dB):
  the woman from the tyre bay who pulled him out tells it; after her first line the wearer says
  his one acknowledgement (``short_line`` and ``replies``), and she talks alone for a minute,
  twelve lines from 10.71 s to 72.59 s. No siren recording before had a wearer heard only once.
- d306, a car running in a lock-up garage behind a block of flats, a man asleep in it (car,
  0 dB): the wearer shouting every line over the engine, the man answering through his closed
  window (``muffled``), the neighbour who smelled the fumes, and control on the radio
  (band-limited) over the neighbour (0.73 s) and over the wearer (0.65 s). Car noise was the one
  noise with no shouting wearer before.
- d307, a fight at the dodgems at a travelling funfair, the waltzer's music pounding (music,
  12 dB): the wearer checks the lad's name with control on the radio (band-limited, 9 dB under),
  and it is his brother's; control has seven lines, six of them in answer to the wearer (one
  over her, 0.94 s), and the ride operator has one (flite ``awb``, ``short_line``). No radio
  voice in music noise before had more than five turns (d112).
- d308, ferries cancelled in a gale, the queue at the port (wind, 4 dB): five voices, the wearer
  in espeak's Swedish voice (``sv+f2``), a lorry driver across the lane shouting, the port's
  staff on flite ``kal16``, a father with his children in the car, the partner over the lorry
  driver (1.24 s) and the wearer over him (1.07 s). No accented wearer before was in wind noise.

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH37: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d301",
        "fresh37",
        (
            # A curtain-sided lorry wedged under a low railway bridge on a high street: its
            # Latvian driver, a bus driver stuck behind him, the unit at the far side of the
            # bridge on the radio, and a long wait while the wearer looks at the brickwork.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+m5",
                0,
                wearer=True,
                rate=157,
                pitch=42,
                lines=(
                    "Control, a lorry has hit the railway bridge on Station Road.",
                    "Nobody's hurt. Sir, engine off, and give me the keys, please.",
                    "Your boss can wait. The keys, sir, and your licence and delivery notes.",
                    "Madam, the brickwork has cracked. Nobody goes under that bridge.",
                    "You'll reverse when I say. I'm stopping the traffic behind you now.",
                    "Received. Sir, you'll wait in my car until he's seen it.",
                ),
            ),
            # The lorry driver: espeak's Latvian voice reading English.
            _espeak(
                "civilian",
                "lv+m4",
                -7,
                rate=139,
                pitch=35,
                lines=(
                    "The sign said four metres. My trailer is four metres and ten.",
                    "My boss is calling me. He will ask why I am under a bridge.",
                    "Here. The satnav sent me this way. It is a satnav for a car.",
                ),
            ),
            # The driver of the bus stuck behind the lorry.
            _espeak(
                "witness",
                "en-gb-x-gbclan+f1",
                -8,
                rate=171,
                pitch=63,
                lines=(
                    "I've got a full bus behind him, and a car right on my back bumper.",
                    "Officer, can I let my passengers off? I've got two old ladies and a "
                    "pushchair.",
                    "Then how do I get my bus out? I've got a driver change at four.",
                    "Forty minutes! I'll ring the depot. The number twelve isn't coming.",
                ),
            ),
            # The unit at the far side of the bridge, on the radio.
            _espeak(
                "partner",
                "en-us-nyc+m2",
                -10,
                radio=True,
                rate=170,
                pitch=47,
                lines=(
                    "Received. I'm at the far side. Network Rail are stopping the trains. Anyone "
                    "hurt?",
                    "The bridge examiner is forty minutes away. Keep everyone well clear of it.",
                ),
            ),
        ),
        90,
        "street",
        6,
        overlaps=1,
        long_silences=1,
        silence=(12.0, 16.0),
        description="a lorry wedged under a railway bridge: a long wait, a unit on the radio",
    ),
    RecordingSpec(
        "d302",
        "fresh37",
        (
            # A hire narrowboat hung up on a canal lock's cill in the rain, the water let out
            # under it: its Czech skipper shouting at the boater who opened the paddles, and the
            # lock's volunteer keeper; five lines talked over.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-scotland+m8",
                0,
                wearer=True,
                rate=151,
                pitch=37,
                lines=(
                    "Right, everybody, calm down. Whose boat is stuck in the lock?",
                    "Sir, is everyone off the boat now? Is anyone hurt?",
                    "Good. Madam, tell me what you saw before you opened the paddles.",
                    "So you didn't see the back of his boat at all?",
                    "How long will they be, and is the boat safe where it is?",
                ),
            ),
            # The hire boat's skipper, shouting: espeak's Czech voice reading English.
            _espeak(
                "civilian",
                "cs+m6",
                -6,
                shout=True,
                rate=146,
                pitch=45,
                lines=(
                    "Mine! It is a hire boat! She opened the paddles while we were still going "
                    "down!",
                    "My wife and children were inside! The boat was tipping, and the water was "
                    "coming in!",
                    "Yes, they are under the bridge, all wet! Nobody is hurt, but it was very "
                    "close!",
                    "She did not look! I was shouting at her, and she was talking on her phone!",
                ),
            ),
            # The boater who opened the paddles.
            _espeak(
                "witness",
                "en-gb-x-rp+f3",
                -8,
                rate=163,
                pitch=67,
                lines=(
                    "I did not! I asked you twice if you were clear, and you waved at me!",
                    "I looked down. I saw a boat at the front of the lock, and I thought it was "
                    "clear.",
                    "I'm sorry. I really am. I'll pay for anything that's been damaged inside.",
                ),
            ),
            # The lock's volunteer keeper.
            _flite(
                "bystander",
                "rms",
                -10,
                rate=105,
                lines=(
                    "Everybody stop! I've shut the paddles. The back of the boat is sitting on the "
                    "cill.",
                    "I've rung the Canal and River Trust. They're sending a team to let the water "
                    "in slowly.",
                    "An hour, maybe. It's safe if nobody touches a paddle. I'll stay by the gate.",
                ),
            ),
        ),
        72,
        "rain",
        9,
        overlaps=5,
        description="a hire boat hung up in a canal lock in the rain: five lines talked over",
    ),
    RecordingSpec(
        "d303",
        "fresh37",
        (
            # A boy of eight locked in a portable toilet at a county show, its bolt jammed: the
            # wearer talks him through it through the door as the crowd goes by, his mother
            # shouting, a steward's one line.
            # The wearer.
            _espeak(
                "officer",
                "en-us+m2",
                0,
                wearer=True,
                rate=163,
                pitch=48,
                lines=(
                    "Hello in there. I'm a policeman. What's your name?",
                    "Alfie, how old are you?",
                    "I know. Can you see the lock? Is it a round knob or a slide?",
                    "Good lad. Push the red bit up, then slide it towards the hinges.",
                    "Madam, no. Alfie, wrap your jumper round your hand.",
                ),
            ),
            # His mother, shouting.
            _espeak(
                "civilian",
                "en-gb-x-gbclan+f2",
                -6,
                shout=True,
                rate=166,
                pitch=62,
                lines=(
                    "Alfie, it's Mummy! Don't cry! They're going to get you out!",
                    "He's got little hands! He can't do it! Just break the door down!",
                ),
            ),
            # The boy, heard through the toilet's door.
            _espeak(
                "bystander",
                "en+m1",
                -8,
                muffled=True,
                rate=175,
                pitch=86,
                lines=(
                    "Alfie. The lock won't open. I've tried and tried.",
                    "Eight. It smells in here, and it's really hot.",
                    "It's a slide. It's red. It's stuck in the middle.",
                    "It moved! It's open! The door's open!",
                ),
            ),
            # A showground steward: his one line.
            _espeak(
                "witness",
                "en-gb-scotland+m4",
                -10,
                rate=145,
                pitch=33,
                lines=("The hire firm's man is ten minutes away with his tools.",),
            ),
        ),
        50,
        "crowd",
        10,
        overlaps=1,
        short_line=3,
        description="a boy locked in a portable toilet at a county show: heard through its door",
    ),
    RecordingSpec(
        "d304",
        "fresh37",
        (
            # An old man fallen in his back garden overnight, his old collie barking and guarding
            # him: slow turns between the wearer and him, and control's one line on the radio.
            # The wearer.
            _flite(
                "officer",
                "slt",
                0,
                wearer=True,
                rate=103,
                lines=(
                    "Control, I'm in the garden. I can see him by the shed. Is the ambulance far?",
                    "Arthur, I'm Sally, from the police. How long have you been lying there?",
                    "Your neighbour heard Bess barking all night. Can I come a bit closer?",
                    "Hello, Bess. Good girl. There we are. Arthur, does anything hurt?",
                    "I'm putting my coat over you. Don't try to get up.",
                    "I'll fetch it now. Bess, you stay with him. Good girl.",
                    "Lovely. Arthur, the ambulance won't be long now. Keep talking to me.",
                ),
            ),
            # The old man on the ground, slow and quiet.
            _espeak(
                "civilian",
                "en-gb-x-rp+m1",
                -12,
                rate=124,
                pitch=28,
                lines=(
                    "Don't come any closer, love. Bess won't let you near me.",
                    "Since last night. I came out to lock the shed, and my legs went.",
                    "Let her smell your hand first. She's only looking after me.",
                    "My hip hurts. I can move my toes, but I'm frozen right through.",
                    "There's a blanket on the back of my chair, in the kitchen.",
                    "She's fourteen. Deaf as a post, but she knew I was out here.",
                ),
            ),
            # Control, on the radio: its one line.
            _espeak(
                "dispatch",
                "en-gb-scotland+f5",
                -10,
                radio=True,
                rate=159,
                pitch=61,
                lines=("Ambulance is twenty minutes out, police.",),
            ),
        ),
        89,
        "dog",
        20,
        short_line=2,
        gaps=(1.2, 2.6),
        description="an old man fallen in his garden, his collie guarding him: slow turns",
    ),
    RecordingSpec(
        "d305",
        "fresh37",
        (
            # A welder's van on fire on an industrial estate, the fire engines coming: the woman
            # from the tyre bay who pulled him out tells it, the wearer heard once.
            # The wearer: his one acknowledgement.
            _espeak(
                "officer",
                "en-029+m2",
                0,
                wearer=True,
                rate=155,
                pitch=39,
                lines=("Okay. Go on.",),
            ),
            # The woman from the tyre bay.
            _espeak(
                "witness",
                "en-gb-x-gbcwmd+f2",
                -6,
                rate=172,
                pitch=59,
                lines=(
                    "I work in the tyre bay across the yard. I heard a bang, and then smoke was "
                    "pouring out of his van.",
                    "He was in the back, welding something. The doors were open, and the flames "
                    "were right up the side.",
                    "I shouted at him, and he didn't answer. So I ran over and grabbed him by his "
                    "jacket.",
                    "He was coughing and he couldn't see. I pulled him out onto the grass, by "
                    "the fence there.",
                    "Then the gas bottles started hissing, so we got right back behind the wall.",
                    "My boss rang nine nine nine. That was about ten minutes ago.",
                    "There was a dog in the cab, too. A little terrier. It jumped out and ran off "
                    "up the road.",
                    "The lads from the garage next door went after it. I think they've caught it.",
                    "He kept saying his phone was in the van. I told him to leave it. It's only a "
                    "phone.",
                    "Here they come now. That's the first fire engine turning in.",
                    "And there's the second one. They'll want those bottles cooled down, won't "
                    "they?",
                    "He's in our office with a cup of tea. His hands are burnt, but he's talking.",
                    "His name's Dean. He does the railings for the new flats on the main road.",
                ),
            ),
        ),
        75,
        "siren",
        14,
        short_line=0,
        replies=0,
        description="a welder's van on fire: the woman who pulled him out holds the floor",
    ),
    RecordingSpec(
        "d306",
        "fresh37",
        (
            # A lock-up garage behind a block of flats, a car's engine running inside: the wearer
            # shouting to the man asleep in it, who answers through his closed window, the
            # neighbour who smelled the fumes, and control on the radio.
            # The wearer, shouting over the engine.
            _espeak(
                "officer",
                "en-gb-x-rp+f1",
                0,
                wearer=True,
                shout=True,
                rate=154,
                pitch=57,
                lines=(
                    "Police! Everybody back from the garage! Get that door right up!",
                    "Sir! Turn the engine off! Now! The fumes will kill you!",
                    "Control, one male, conscious, in the car! Yes, get the hammer!",
                    "Gary! Turn the key, or I'm putting this window in!",
                    "Unlock the door and step out to me! Slowly!",
                ),
            ),
            # The neighbour who smelled the fumes.
            _espeak(
                "witness",
                "en-gb-x-gbclan+m6",
                -7,
                rate=162,
                pitch=36,
                lines=(
                    "It's up as far as it goes! The engine's been running since I came home!",
                    "It's Gary from number nine. His wife threw him out last night.",
                    "The driver's door is locked. I've tried it. Shall I get my hammer?",
                ),
            ),
            # Control, on the radio.
            _espeak(
                "dispatch",
                "en-us+f5",
                -10,
                radio=True,
                rate=147,
                pitch=65,
                lines=(
                    "Police, fire and ambulance are on their way to the garages. Five minutes.",
                    "Police, can you confirm how many people are in the vehicle?",
                    "Received. Ambulance is two minutes out.",
                ),
            ),
            # The man in the car, heard through its closed window.
            _espeak(
                "civilian",
                "en-us-nyc+m7",
                -8,
                muffled=True,
                rate=132,
                pitch=31,
                lines=(
                    "Go away. Leave me alone. I'm just sleeping it off.",
                    "I'm cold. I just wanted the heater on. Go away.",
                    "All right! All right! It's off. Don't break my window.",
                    "My head's pounding. I feel sick.",
                ),
            ),
        ),
        68,
        "car",
        0,
        overlaps=2,
        description="a car running in a lock-up garage: the wearer shouting over the engine",
    ),
    RecordingSpec(
        "d307",
        "fresh37",
        (
            # A fight at the dodgems at a travelling funfair, the waltzer's music pounding: the
            # wearer checks the lad's name with control on the radio, and it is his brother's;
            # the ride operator's one line.
            # The wearer.
            _espeak(
                "officer",
                "en-us+f4",
                0,
                wearer=True,
                rate=161,
                pitch=69,
                lines=(
                    "Control, one detained at the funfair on the rec, by the waltzer. A fight at "
                    "the dodgems.",
                    "Name given as Liam Carter, born the third of May, two thousand and six.",
                    "He says he's left his wallet at home. He's about eighteen, slim, with a "
                    "star tattooed on his neck.",
                    "Understood. Is there anyone else at that address? A brother, maybe?",
                    "Received. Can you give me a description for Connor?",
                    "That's him. Connor, I'm arresting you. You're wanted on a recall to prison.",
                ),
            ),
            # The lad.
            _espeak(
                "civilian",
                "en-029+m8",
                -6,
                rate=179,
                pitch=45,
                lines=(
                    "Detained for what? He swung at me first! Ask anyone!",
                    "For missing one appointment? You're joking. Can my mate take my phone?",
                ),
            ),
            # Control, on the radio.
            _espeak(
                "dispatch",
                "en-gb-x-rp+m4",
                -9,
                radio=True,
                rate=173,
                pitch=39,
                lines=(
                    "Received. Go ahead with his details when you're ready.",
                    "No trace under that name and date of birth. Has he got anything with his "
                    "name on?",
                    "There's a Liam Carter at that date of birth, but he's in custody in Leeds "
                    "tonight.",
                    "Stand by. Yes, a Connor Carter, born two thousand and four. He's wanted on a "
                    "recall to prison.",
                    "Five foot ten, slim build, a star tattooed on the left side of his neck.",
                    "A van is on its way to you. Five minutes.",
                    "Police, the van is at the main gate. Walk him down when you're ready.",
                ),
            ),
            # The waltzer's operator: his one line.
            _flite(
                "witness",
                "awb",
                -11,
                rate=97,
                lines=("He threw the first punch. I saw it all from my box.",),
            ),
        ),
        83,
        "music",
        12,
        overlaps=1,
        short_line=3,
        description="a fight at a funfair over the waltzer's music: a name checked with control",
    ),
    RecordingSpec(
        "d308",
        "fresh37",
        (
            # Ferries cancelled in a gale, the queue at the port: a lorry driver across the lane
            # shouting at the port's staff, a father with his children in the car, the partner;
            # the wearer in espeak's Swedish voice.
            # The wearer: espeak's Swedish voice reading English.
            _espeak(
                "officer",
                "sv+f2",
                0,
                wearer=True,
                rate=158,
                pitch=64,
                lines=(
                    "Port police. What is the problem here? Why is this lorry across the lane?",
                    "Sir, nobody knows when the next boat goes. The wind is too strong for the "
                    "ferry.",
                    "Not me, and not this lady either. Move the lorry, please, and we can talk.",
                    "You will get it in writing. And the cafe in the terminal stays open, sir.",
                ),
            ),
            # The port's staff.
            _flite(
                "witness",
                "kal16",
                -8,
                rate=107,
                lines=(
                    "All sailings are cancelled until tomorrow. He won't move back to the holding "
                    "park.",
                    "The freight office opens at eight. They'll sort out the fish, I promise you.",
                    "The gates are shut for the night now. Please don't leave your cars on the "
                    "quay.",
                    "Thank you. Bay fourteen is free, at the far end, by the fence.",
                ),
            ),
            # The partner.
            _espeak(
                "partner",
                "en-gb-x-rp+m3",
                -7,
                rate=141,
                pitch=51,
                lines=(
                    "Sir, lower your voice. There are children in that car.",
                    "I'll take the family over to the terminal, Sarge, and find them a room.",
                ),
            ),
            # The lorry driver, shouting.
            _espeak(
                "civilian",
                "en-gb-x-gbclan+m5",
                -6,
                shout=True,
                rate=164,
                pitch=40,
                lines=(
                    "They've cancelled the ferry again! I've been sat in this queue since six this "
                    "morning!",
                    "My load goes off in two days! Who pays for that? You?",
                    "Fine! But I want it in writing! I'm not losing my job over the weather!",
                    "All right, I'm moving it! Back to the holding park, like a good boy!",
                ),
            ),
            # A father in the queue with his children in the car.
            _espeak(
                "bystander",
                "en-us+m8",
                -9,
                rate=152,
                pitch=45,
                lines=(
                    "He's blocking everybody. I've got two kids in the back, and we need a hotel.",
                    "Thank you. Is there anywhere that's open to eat, for the kids?",
                ),
            ),
        ),
        84,
        "wind",
        4,
        overlaps=2,
        description="ferries cancelled in a gale: five voices, a wearer with a Swedish accent",
    ),
)
