"""The development set's fresh31 half (d253-d260): eight recordings written blind to the diarizer.

Session 33 wrote it after the fresh to fresh30 halves, without reading the diarizer or the
transcriber or seeing a score of either. It keeps what fresh21 to fresh30 promised: every
speaker says lines written for the scene (``Voice.lines``), in the turn order the seed draws
(``devset.turn_plan``), and says all of them, so the reference STM is the script; a scene has
2-5 people, no two sharing a voice or an espeak variant, at least one of them a woman, everyone
but the camera wearer 5-15 dB under the wearer; each espeak voice has a rate and pitch of its
own and each flite voice a pace of its own (none the same as a voice of an earlier recording).
The recordings run 59-88 s. No accent is new: the set's unused voices of natural languages
switch to English or spell words out (fresh30 lists them), so the four accents here are espeak
voices heard once each before, Polish (d137), Romanian (d151), Albanian (d179) and Norwegian
(d214), and ``espeak-ng -x`` shows each reading every word of its lines by its own rules. The
German and Italian voices (d130) were tried and not used: they switch to English for "the",
"my" and "they". Every noise is used once, and numbers are written as words. Two recordings are
ordinary on purpose (d257, d260: 12-18 dB, four people, a line talked over at most). Every
overlap and silence the specs ask for is realised in the build (the figures below come from the
reference RTTM). The module is long because it is data: eight scenes' lines and their specs.

- d253, a cyclist knocked off her bike by a car door opened into the cycle lane on a red route
  at rush hour (street, 0 dB): the first street recording at 0 dB (the lowest before, d34, was
  at 1 dB); she shouts every line (``en-gb-x-gbclan+f2``), once over the driver (flite ``rms``,
  0.90 s) and once over the wearer (1.36 s).
- d254, an arrest in a station car park in the rain (rain, 16 dB): the wearer, a Scottish woman,
  arrests a man whose one line is "No comment." (flite ``awb``, 10 dB under her) and talks on
  alone for the rest of the recording, cautioning, searching him and waiting for the van, after
  silences of 7.8 s and 9.1 s. No two-voice recording with a short line was in rain before.
- d255, a man who will not leave a cinema while the film plays (music, 9 dB: the soundtrack):
  the woman he sat beside whispers (``en-gb-x-gbcwmd+whisperf``), over the wearer once (0.72 s)
  and talked over by him once (1.29 s); the wearer on flite ``kal16``; the duty manager in
  espeak's Polish voice (``pl+m5``). No whispering voice was in music noise before, and no
  ``kal16`` wearer.
- d256, a van stalled on a level crossing with the barriers down and the crossing's two-tone
  alarm wailing (siren, 5 dB): its driver in espeak's Romanian voice (``ro+m6``) shouting four
  lines, the woman who rang the signaller with one line 11 dB under the wearer, and control on
  the radio (flite ``slt``) over the wearer once (0.89 s); the wearer over the driver twice
  (1.05 s, 0.67 s). The one accented voice that shouted in siren noise before (d217's) said one
  line.
- d257, a car meet in a retail park at night, engines idling (car, 12 dB): the organiser, a
  resident whose garden backs onto it, and the owner of a loud yellow car in espeak's Albanian
  voice (``sq+m2``); the organiser over the wearer once (0.87 s).
- d258, home time at a primary school, a father parked on the zigzags (crowd, 8 dB: the
  playground): he shouts, the head teacher, the lollipop lady's one line 12 dB under the wearer
  with the partner over it (0.90 s); five voices and four lines talked over (0.69-1.14 s),
  where the recordings in crowd noise with a short line before (d181, d198, d234, d246) had
  three or four voices.
- d259, hare coursers stopped on a farm track at dusk, their lurchers barking in the car (dog,
  6 dB): one courser answering in a word or two, seven times; the farmer shouting; control on
  the radio, the wearer over it once (0.72 s). No radio voice was in dog noise before.
- d260, a car's back window smashed at a hill car park while its owners walked (wind, 18 dB): a
  Norwegian couple (``nb+m7``, ``nb+f2``) and the car park's warden, first heard after a 6.0 s
  silence.

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH31: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d253",
        "fresh31",
        (
            # A cyclist knocked off by a car door opened into the cycle lane on a red route at
            # rush hour, the traffic as loud as the voices.
            _espeak(
                "officer",
                "en-gb-x-rp+m6",
                0,
                wearer=True,
                rate=166,
                pitch=38,
                lines=(
                    "Stay down for a second. Don't try to get up yet. Where does it hurt?",
                    "Okay. Both of you, onto the pavement, out of the traffic.",
                    "Let me see. Keep it still against your chest. An ambulance will look at it.",
                    "Sir, is this your car? I need your licence and your insurance details.",
                    "I can see that. There's a red line here. Nobody stops here, ever.",
                    "Madam, what's your name? The paramedics are ten minutes away.",
                ),
            ),
            # The cyclist, shouting.
            _espeak(
                "civilian",
                "en-gb-x-gbclan+f2",
                -6,
                shout=True,
                rate=158,
                pitch=64,
                lines=(
                    "You didn't look! You didn't even look!",
                    "My wrist! I can't move my wrist properly!",
                    "It's not about the bike! I could have gone under that bus!",
                    "I was in the cycle lane! He parked right across it!",
                    "Every single day someone does this on this road! Every day!",
                    "Hannah. Hannah Price. Can someone ring my work?",
                ),
            ),
            # The driver who opened his door.
            _flite(
                "witness",
                "rms",
                -9,
                rate=112,
                lines=(
                    "I didn't see her. I just opened my door and she was there.",
                    "I checked my mirror. I swear I checked it.",
                    "Is she all right? I'll pay for the bike, whatever it costs.",
                    "I was only dropping a parcel off. Two minutes, that's all.",
                ),
            ),
        ),
        68,
        "street",
        0,
        overlaps=2,
        description="a cyclist doored on a red route at rush hour: street noise at 0 dB",
    ),
    RecordingSpec(
        "d254",
        "fresh31",
        (
            # An arrest in a station car park in the rain: the man says nothing but "No comment."
            # and the wearer talks on alone, between two long silences.
            _espeak(
                "officer",
                "en-gb-scotland+f1",
                0,
                wearer=True,
                rate=148,
                pitch=62,
                lines=(
                    "I'm arresting you on suspicion of theft from a motor vehicle. Do you "
                    "understand?",
                    "You do not have to say anything. But it may harm your defence if you do not "
                    "mention, when questioned, something which you later rely on in court.",
                    "Anything you do say may be given in evidence. Hands behind your back for me.",
                    "Control, from two one. One male in custody at the station car park.",
                    "I'm going to search you now. Is there anything in your pockets that could "
                    "hurt me?",
                    "Nothing? Right. Keep your hands where they are, please.",
                    "A screwdriver in your left pocket. And two phones. Are these yours?",
                    "You can stay silent, that's your right. The owners will tell us whose they "
                    "are.",
                    "Turn round for me. Mind your head on the door frame.",
                    "The van will be here in five minutes. We'll wait under the shelter.",
                    "Is there anyone you'd like us to tell that you've been arrested?",
                    "Do you need any medication, or a doctor, while you're in custody?",
                    "Right. Then we wait. The custody sergeant will go through your rights again.",
                ),
            ),
            # The man arrested: his one line.
            _flite("civilian", "awb", -10, rate=108, lines=("No comment.",)),
        ),
        87,
        "rain",
        16,
        short_line=1,
        long_silences=2,
        description="an arrest in the rain: the wearer alone, the man's one line, long silences",
    ),
    RecordingSpec(
        "d255",
        "fresh31",
        (
            # A man refusing to leave a cinema during the film, the soundtrack playing: the woman
            # he sat beside whispers, the duty manager, and the man himself.
            _flite(
                "officer",
                "kal16",
                0,
                wearer=True,
                rate=108,
                lines=(
                    "Evening, sir. The manager says you've been asked to leave twice. Come out "
                    "with me, please.",
                    "Sir, we'll talk about it outside. Madam, would you come to the foyer as well?",
                    "Of course. You can stay here. We won't be long.",
                    "You've had it back, the manager says. This way, please, down the steps.",
                    "Okay. That's important. I'll come back and take a statement from you.",
                    "Good. Keep that footage for me, please. Don't delete anything.",
                ),
            ),
            # The woman, whispering: the film is still on.
            _espeak(
                "civilian",
                "en-gb-x-gbcwmd+whisperf",
                -7,
                rate=140,
                pitch=58,
                lines=(
                    "He's been touching my leg all through the film. I moved seats and he "
                    "followed me.",
                    "I don't want to walk past him. Can I stay here till he's gone?",
                    "He said he knows where I live. He saw my address on my phone.",
                    "Thank you. I'm sorry, I didn't want to make a fuss in here.",
                ),
            ),
            # The duty manager: espeak's Polish voice reading English.
            _espeak(
                "witness",
                "pl+m5",
                -8,
                rate=156,
                pitch=44,
                lines=(
                    "We gave him his money back. He threw his popcorn at my staff.",
                    "There is a camera above the screen. It records the whole row.",
                ),
            ),
            # The man, loud in the dark.
            _espeak(
                "bystander",
                "en-us-nyc+m2",
                -6,
                rate=176,
                pitch=36,
                lines=(
                    "I paid for my ticket. I'm not going anywhere till it's finished.",
                    "That's a lie. She's making that up. I was asleep most of it.",
                    "Fine. Fine! I'm going. But I want my ticket money back.",
                    "I never said that. She's lying to get me thrown out.",
                ),
            ),
        ),
        78,
        "music",
        9,
        overlaps=2,
        description="a man who will not leave a cinema: a woman whispering over the film's music",
    ),
    RecordingSpec(
        "d256",
        "fresh31",
        (
            # A van stalled on a level crossing with the barriers down and the crossing's alarm
            # wailing: the driver shouting, the woman who rang the signaller, control on the
            # radio.
            _espeak(
                "officer",
                "en-029+f5",
                0,
                wearer=True,
                rate=160,
                pitch=66,
                lines=(
                    "Out of the van! Leave it! Get off the crossing now!",
                    "Sir, your tools are not worth your life. Stand behind the yellow line.",
                    "No. We wait for the signaller. Nobody goes back on that track.",
                    "Received. Right, sir, now we push. Put it in neutral and steer.",
                ),
            ),
            # The woman who stopped and rang the number on the sign: one line, early.
            _espeak(
                "bystander",
                "en-us+f3",
                -11,
                rate=142,
                pitch=74,
                lines=("I've rung the number on the sign! They're stopping the trains!",),
            ),
            # Control on the radio, passing on the signaller.
            _flite(
                "dispatch",
                "slt",
                -9,
                radio=True,
                rate=110,
                lines=(
                    "Two one, the signaller has stopped both lines. Nothing will come through.",
                    "Two one, the signaller says you can move the van by hand now.",
                    "Two one, the signaller can see the crossing is clear on his camera. Well "
                    "done.",
                ),
            ),
            # The van driver, shouting: espeak's Romanian voice reading English.
            _espeak(
                "civilian",
                "ro+m6",
                -6,
                shout=True,
                rate=150,
                pitch=40,
                lines=(
                    "It won't start! The barrier came down on top of me!",
                    "My tools are in the back! Everything I own is in that van!",
                    "Help me push it! It's only a few metres, we can push it!",
                    "Neutral. Okay. Okay. Thank you. I'm sorry, I panicked.",
                ),
            ),
        ),
        59,
        "siren",
        5,
        overlaps=3,
        description="a van stalled on a level crossing as its alarm wails: control on the radio",
    ),
    RecordingSpec(
        "d257",
        "fresh31",
        (
            # A car meet in a retail park at night, engines idling and revving: the organiser,
            # a resident from behind the fence, and the owner of the loud yellow car.
            _espeak(
                "officer",
                "en-us+m5",
                0,
                wearer=True,
                rate=170,
                pitch=46,
                lines=(
                    "Evening, lads. Who's in charge of all this? We've had six calls about the "
                    "noise.",
                    "There are tyre marks all over the car park, lads. I can see them from here.",
                    "This car park closes at ten. It's half eleven. You're all on private land.",
                    "Whose is the yellow car with the loud exhaust?",
                    "Sir, that exhaust isn't legal on the road. I'm giving you a notice to fix it.",
                    "Right. Everyone leaves now, slowly, one car at a time. No revving.",
                    "If I see these cars here next Saturday, they'll be seized. Understood?",
                ),
            ),
            # The organiser.
            _espeak(
                "civilian",
                "en-gb-x-gbcwmd+m1",
                -7,
                rate=180,
                pitch=40,
                lines=(
                    "That's me, I suppose. It's just a meet. We're only parked up, looking at "
                    "the cars.",
                    "That wasn't any of us. Those marks have been there for weeks.",
                    "It's his. He's only had it a week. He was showing it to the lads.",
                    "We'll find somewhere else. Somewhere with no houses near it.",
                ),
            ),
            # A resident whose garden backs onto the car park.
            _espeak(
                "witness",
                "en+Annie",
                -9,
                rate=136,
                pitch=64,
                lines=(
                    "They were doing doughnuts by the garden centre an hour ago. I live right "
                    "behind that fence.",
                    "My grandson has exams. He's been awake till two every Saturday for a month.",
                    "Thank you. That's the one that sets the dogs off all down our street.",
                ),
            ),
            # The owner of the yellow car: espeak's Albanian voice reading English.
            _espeak(
                "bystander",
                "sq+m2",
                -8,
                rate=164,
                pitch=52,
                lines=(
                    "We are not racing. Nobody is racing tonight, officer.",
                    "Okay, okay. I am sorry for the noise, madam. Really.",
                    "Understood. Can I go now? My mother is waiting for the car.",
                ),
            ),
        ),
        88,
        "car",
        12,
        overlaps=1,
        description="a car meet in a retail park at night: an organiser, a resident, an accent",
    ),
    RecordingSpec(
        "d258",
        "fresh31",
        (
            # Home time at a primary school: a father parked on the zigzags shouting, the head
            # teacher, the lollipop lady's one line and the partner, over the playground.
            _espeak(
                "officer",
                "en-gb-x-gbclan+Andrea",
                0,
                wearer=True,
                rate=162,
                pitch=58,
                lines=(
                    "Afternoon. Is this your car on the zigzags, sir? The school rang us.",
                    "There's a car park behind the church, two minutes' walk. Parents use it.",
                    "Look at him, sir. Is this what you want him to see?",
                    "Then move the car, and we'll talk about it quietly over there.",
                    "Keys in your hand, please. Park behind the church and walk back for him.",
                    "If it happens again, it's a fine, and the camera footage goes to the council.",
                    "Thank you. Drive slowly, there are children all along the path.",
                ),
            ),
            # The father, shouting.
            _espeak(
                "civilian",
                "en-029+m7",
                -6,
                shout=True,
                rate=172,
                pitch=34,
                lines=(
                    "I'm two minutes! Two minutes to pick up my son! Where else am I meant to "
                    "park?",
                    "So give me a ticket then! Go on! I'll pay it and park here tomorrow!",
                    "Don't bring my son into it! This is between you and me!",
                    "Fine! I'm moving it! You've made your point!",
                    "I know there are children! I've got one of them!",
                ),
            ),
            # The head teacher.
            _espeak(
                "witness",
                "en-gb-x-rp+f3",
                -8,
                rate=150,
                pitch=70,
                lines=(
                    "Every afternoon, officer. I've asked him nicely. I've written to him twice.",
                    "A boy in year two was nearly hit here last winter. That's why the zigzags "
                    "are there.",
                    "Mr Dawson, your son is waiting by the gate. He's watching all this.",
                    "Thank you, officer. I'll keep the children inside until the road is clear.",
                    "I'll walk him over to you, Mr Dawson. He's a lovely lad.",
                ),
            ),
            # The lollipop lady's one line.
            _espeak(
                "bystander",
                "en-gb-scotland+grandma",
                -12,
                rate=128,
                pitch=72,
                lines=("He nearly had my legs on Monday, reversing out.",),
            ),
            # The partner.
            _espeak(
                "partner",
                "en-us-nyc+m6",
                -9,
                rate=158,
                pitch=44,
                lines=(
                    "Sir, lower your voice. There are children all round you.",
                    "It's not just a ticket, sir. The camera van will be here every afternoon now.",
                ),
            ),
        ),
        85,
        "crowd",
        8,
        overlaps=4,
        short_line=3,
        description="a father on a school's zigzags at home time: five voices, a short line",
    ),
    RecordingSpec(
        "d259",
        "fresh31",
        (
            # Hare coursers stopped on a farm track at dusk, their lurchers barking in the car:
            # the farmer shouting, one courser answering in a word or two, and control on the
            # radio.
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+m8",
                0,
                wearer=True,
                rate=154,
                pitch=48,
                lines=(
                    "Evening. Is this your car, sir? Engine off, and put the keys on the roof.",
                    "Received. Sir, whose dogs are these in the back?",
                    "And where's your cousin? I can see three men running off across that field.",
                    "You're telling me three strangers left their dogs in your car?",
                    "I'm seizing the car and the dogs. You're under arrest for hare coursing.",
                    "Madam, stay by your car. The team will take a statement from you tonight.",
                ),
            ),
            # The courser, answering in a word or two.
            _espeak(
                "civilian",
                "en-gb-x-gbclan+m4",
                -8,
                rate=132,
                pitch=30,
                lines=(
                    "Walking the dogs.",
                    "My cousin's.",
                    "Don't know them.",
                    "Suppose so.",
                    "No comment.",
                    "Whatever.",
                    "Wasn't me.",
                ),
            ),
            # The farmer, shouting.
            _espeak(
                "witness",
                "en-gb-scotland+f4",
                -7,
                shout=True,
                rate=146,
                pitch=60,
                lines=(
                    "They've been running those dogs across my wheat since four o'clock!",
                    "There! By the hedge! One of them had a hare in his hand!",
                    "That's the third time this month! They cut my fence with bolt croppers!",
                    "I'm not moving till I see those dogs in your van!",
                ),
            ),
            # Control on the radio.
            _espeak(
                "dispatch",
                "en-us+m1",
                -9,
                radio=True,
                rate=168,
                pitch=44,
                lines=(
                    "Two six, that car was seen coursing in the next county on Sunday.",
                    "The rural crime team are ten minutes out. They'll bring the dog van.",
                    "Two six, the drone has three men on the lane by the church.",
                ),
            ),
        ),
        71,
        "dog",
        6,
        overlaps=1,
        replies=1,
        description="hare coursers stopped on a farm track: lurchers barking, a radio, replies",
    ),
    RecordingSpec(
        "d260",
        "fresh31",
        (
            # A car's back window smashed at a hill car park while its owners walked: a Norwegian
            # couple, and the warden, first heard after a long wait.
            _espeak(
                "officer",
                "en-us+f4",
                0,
                wearer=True,
                rate=158,
                pitch=68,
                lines=(
                    "Hello. You rang about your car? Is this the one with the back window out?",
                    "Was anything left on show? A bag, a coat, a phone holder?",
                    "I'll ring the warden. He might have seen another car up here today.",
                    "Did you see anyone hanging around this afternoon?",
                ),
            ),
            # The husband: espeak's Norwegian voice reading English.
            _espeak(
                "civilian",
                "nb+m7",
                -7,
                rate=146,
                pitch=38,
                lines=(
                    "Yes. We were on the hill for five hours. We came back and the glass was "
                    "everywhere.",
                ),
            ),
            # The wife: the same accent.
            _espeak(
                "witness",
                "nb+f2",
                -8,
                rate=152,
                pitch=60,
                lines=(
                    "My rucksack was under the seat. Our passports were inside it.",
                    "Only a jacket on the back seat. It is still there. They took the rucksack.",
                ),
            ),
            # The car park's warden, first heard late.
            _espeak(
                "bystander",
                "en-gb-x-rp+m1",
                -10,
                rate=140,
                pitch=30,
                lines=(
                    "Afternoon. I saw your lights. Another window? That's the third this week.",
                    "A silver hatchback, two lads. They sat in the car for an hour and never "
                    "walked anywhere.",
                ),
            ),
        ),
        60,
        "wind",
        18,
        late_voice=3,
        description="a smashed window at a hill car park: two walkers of one accent, a warden late",
    ),
)
