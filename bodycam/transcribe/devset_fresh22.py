"""The development set's fresh22 half (d181-d188): eight recordings written blind to the diarizer.

Written in session 26, after the fresh to fresh21 halves had been written, by someone who had
not read the diarizer nor the transcriber nor seen their scores. Like fresh21, every speaker says
lines written for the scene (``Voice.lines``), in the order the seed gives the turns
(``devset.turn_plan``); every line is said and the reference STM is the script. Every recording
keeps to 2-5 people, each on a voice of their own (no two on one espeak variant), everyone but
the wearer 5-15 dB under the wearer, and a woman in every scene. It brings espeak's Hungarian and
Indonesian voices reading English (both keep their own letter rules; espeak's voices for other
scripts read English as English), each of the eight noises once, and what police speech is full
of: numbers, names and plates in words ("fifty one", "oh seven seven one two", "K, E, R, R"; a
recogniser writing "51" is wrong against the reference), and the same command said again and
again word for word. What each asks for is what the build realises (read from the reference
RTTM below).

- d181, a man in cardiac arrest in a shopping centre (crowd, 9 dB): the wearer, a woman, alone
  from 1.7 s to 57.9 s counting chest compressions aloud ("twenty one, twenty two ..."), the
  security guard heard once for one line; a 7.7 s silence, then the paramedic takes over.
- d182, a roadside breath test (car, 11 dB): the wearer and his partner are two West Midlands
  men (espeak's West Midlands voice, m6 and m2); "Keep blowing, keep blowing, keep blowing" in
  two lines, a date of birth, a reading, a limit and a phone number in words; one line talked
  over.
- d183, two neighbours rowing over a hedge (wind, 5 dB): two Scottish women (f1, f3) and a
  Scottish wearer, 0-0.1 s between turns and four lines talked over (0.66-1.26 s).
- d184, a foot chase through back gardens at night (street, 2 dB): the wearer shouts every line,
  the police helicopter's observer guides him on the radio with house numbers in words, a
  resident's one line, the man he chases first heard when found; 9.7 s, 6.5 s and 7.7 s
  silences and one line talked over.
- d185, a care home's missing resident in the rain (rain, 16 dB): the night carer in espeak's
  Hungarian voice gives her account in turns of up to 36 words and 11 s, control on the radio,
  two long silences (7.7 s, 8.8 s) as the garden is searched.
- d186, a busker outside a shop (music, 0 dB: his own speaker): the wearer, a woman, and the
  busker (espeak's Indonesian voice) both shout, "Turn it down!" again and again, three lines
  talked over.
- d187, a tower block fire (siren, 14 dB): five voices, the fire officer (a woman) shouting the
  same orders, a resident whose mother is on the ninth floor, control on the radio; three lines
  talked over and one 10.0 s silence.
- d188, a dog bite in a park as the dog barks (dog, 2 dB): the owner spells his name letter by
  letter and gives his number in words, a witness 13 dB under answers in a word or two, the
  runner who was bitten is heard three times; two long silences (7.5 s, 9.2 s).

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH22: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d181",
        "fresh22",
        (
            # Alone with the man on the floor for six lines: she counts the compressions aloud.
            _espeak(
                "officer",
                "en-gb-x-rp+f3",
                0,
                wearer=True,
                lines=(
                    "Sir, can you hear me? Sir! Open your eyes for me. He's not breathing.",
                    "Control, Charlie Two Four, I need an ambulance to the Riverside Centre, a "
                    "man in cardiac arrest, I'm starting CPR.",
                    "One, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, "
                    "thirteen, fourteen, fifteen.",
                    "Sixteen, seventeen, eighteen, nineteen, twenty, twenty one, twenty two, "
                    "twenty three, twenty four, twenty five.",
                    "Twenty six, twenty seven, twenty eight, twenty nine, thirty. Everybody "
                    "stand back, give him room!",
                    "Come on, sir, stay with me. Stay with me. One, two, three, four, five, six.",
                    "About four minutes. I've done three rounds of thirty, and the defibrillator "
                    "is on its way.",
                    "Seven, eight, nine, ten, eleven, twelve, thirteen, fourteen, fifteen, "
                    "sixteen.",
                    "Clear. Nobody touching him. Stand back, please, stand back.",
                    "One, two, three, four, five, six, seven, eight, nine, ten.",
                    "Control, Charlie Two Four, we have a pulse, the paramedics are with him.",
                ),
            ),
            # The centre's security guard: one line, and he runs for the defibrillator.
            _flite(
                "bystander",
                "kal16",
                -9,
                lines=("The defibrillator is by the lifts, I'll run and get it!",),
            ),
            # The paramedic, first heard after a long silence, who takes over.
            _espeak(
                "civilian",
                "en-us+m6",
                -7,
                lines=(
                    "Paramedics, we'll take over. How long has he been down?",
                    "Okay, keep going on compressions while I get the pads on. Keep going.",
                    "Pads are on. Stop compressions. Everybody stand clear. Stand clear!",
                    "Shock delivered. Back on the chest, thirty compressions. Go.",
                    "He's got a pulse. I've got a pulse. Stop compressions.",
                    "Well done, officer. We're taking him to the Royal in the next five minutes.",
                ),
            ),
        ),
        117,
        "crowd",
        9,
        short_line=1,
        late_voice=2,
        silence=(7.0, 9.0),
        description="CPR in a shopping centre: the wearer counting alone, the guard's one line",
    ),
    RecordingSpec(
        "d182",
        "fresh22",
        (
            # The wearer and his partner: two West Midlands men, the same accent.
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+m6",
                0,
                wearer=True,
                lines=(
                    "Evening. I stopped you because you were weaving across the lanes on the "
                    "Bristol Road. Engine off, please.",
                    "I'm going to ask you to take a roadside breath test. Take a deep breath and "
                    "blow into the tube. Keep blowing, keep blowing, keep blowing.",
                    "Again, one long breath. Keep blowing, keep blowing, keep blowing. And stop.",
                    "That's a fail. The reading is fifty one, and the limit is thirty five. I'm "
                    "arresting you on suspicion of driving with excess alcohol.",
                    "You do not have to say anything, but it may harm your defence if you do not "
                    "mention when questioned something you later rely on in court.",
                    "We'll sort that out at the station. Your car will be recovered to the pound "
                    "on Kings Norton Road.",
                ),
            ),
            # The driver: her mother's number in words.
            _espeak(
                "civilian",
                "en-gb-x-gbclan+f2",
                -7,
                lines=(
                    "I've had one glass of wine with my dinner, that's all, about two hours ago.",
                    "I can't blow any harder than that, I've got asthma.",
                    "Oh my God. Can Darren drive it home? He's got his licence in his wallet.",
                    "What about my daughter? She's at my mum's, I'm supposed to pick her up at "
                    "eleven.",
                    "Please ring my mum, her number is oh seven seven one two, four four nine, "
                    "eight six three.",
                ),
            ),
            _espeak(
                "partner",
                "en-gb-x-gbcwmd+m2",
                -5,
                lines=(
                    "Sir, stay in the car, please. Stay in the car. Let my colleague talk to the "
                    "driver.",
                    "What's your name, sir, and what's your date of birth?",
                    "Darren, is this your car or hers? The insurance comes back to a Miss Kelly "
                    "Brennan.",
                    "Sir, you just told me you don't drive. Sit back in the car for me, please.",
                    "Recovery is twenty minutes away. I'll wait with the car and the passenger.",
                ),
            ),
            # Her passenger, who says he doesn't drive.
            _flite(
                "witness",
                "awb",
                -11,
                lines=(
                    "She's fine, officer, she's only had the one. We've come from a birthday.",
                    "Darren Hughes, the ninth of July, nineteen ninety one.",
                    "It's hers. It's Kelly's car. I don't drive.",
                    "Fifty one? That machine is broken, she's had one glass!",
                ),
            ),
        ),
        114,
        "car",
        11,
        overlaps=1,
        description="a roadside breath test: the same command again and again, numbers in words",
    ),
    RecordingSpec(
        "d183",
        "fresh22",
        (
            # A Scottish wearer between two Scottish women of one age: tight turns, talked over.
            _espeak(
                "officer",
                "en-gb-scotland+m5",
                0,
                wearer=True,
                lines=(
                    "Right, ladies, I'm Constable Reid. Who phoned us about the hedge?",
                    "One at a time. One at a time. Fiona, is it? Put the saw down on the grass "
                    "for me.",
                    "Thank you. Moira, where does your garden stop and hers start?",
                    "Okay. Nobody is cutting anything else tonight. Is that understood?",
                    "Ladies. This is a civil matter about a boundary. It's not a police matter "
                    "unless somebody gets hurt.",
                    "Fiona, did you say those words to her? Think carefully.",
                    "Then I'll speak to Mister Campbell at number twelve. Both of you, back "
                    "inside your own gardens.",
                    "Fiona, I'm giving you a warning about your behaviour. If I'm called back "
                    "tonight, someone will be arrested.",
                    "For threatening your neighbour. Goodnight, both of you. Goodnight.",
                ),
            ),
            # Moira, whose late husband planted the hedge.
            _espeak(
                "civilian",
                "en-gb-scotland+f1",
                -6,
                lines=(
                    "I did. She's been out here with a chainsaw cutting my hedge down to nothing.",
                    "The deeds say two metres past the post. My late husband planted that hedge "
                    "in nineteen eighty two.",
                    "She's already cut half of it! Look at the state of it!",
                    "Your boy can dry his washing at the launderette like everybody else.",
                    "She threatened me. She said she'd cut me down next, with the saw in her hand.",
                    "She did, and Mister Campbell at number twelve heard her say it.",
                    "And she can pay for my hedge!",
                ),
            ),
            # Fiona, with the chainsaw.
            _espeak(
                "witness",
                "en-gb-scotland+f3",
                -8,
                lines=(
                    "It's not your hedge, Moira, it's on my side of the fence and it's been "
                    "blocking my light for six years!",
                    "It's off. It's not even running. Look, it's off.",
                    "At the fence post, and she knows fine well it's at the fence post.",
                    "Because it's thirty feet tall, Moira! My boy can't even dry his washing!",
                    "Oh, listen to her. Listen to her. That's what I've had for six years.",
                    "I said nothing of the sort! I said I'd cut it down to the fence!",
                    "Fine. But I'm not paying for a fence, I'm telling you that now.",
                    "Arrested? For cutting a hedge? Unbelievable.",
                ),
            ),
        ),
        99,
        "wind",
        5,
        overlaps=4,
        gaps=(0.0, 0.1),
        description="two Scottish women rowing over a hedge in wind: tight turns, talked over",
    ),
    RecordingSpec(
        "d184",
        "fresh22",
        (
            # Running, shouting every line.
            _espeak(
                "officer",
                "en-gb-x-rp+m1",
                0,
                wearer=True,
                shout=True,
                lines=(
                    "Stop! Police! Stop! Police! Stop right there!",
                    "He's gone over the wall! Stop! Police! Control, I'm chasing on foot, Elm "
                    "Grove!",
                    "Forty seven! I'm going in. Police! Come out! Come out from behind the shed!",
                    "Stay on the ground! Stay on the ground! Hands behind your back!",
                    "Control, one detained. Why did you run? What's in the bag?",
                    "Received, India Nine Nine. We'll search the allotment. You're under arrest "
                    "on suspicion of burglary.",
                    "Anything in your pockets that could hurt me? Any needles, any blades?",
                    "Cutting through six gardens at midnight. Stand up slowly. Stand up slowly.",
                ),
            ),
            # The police helicopter's observer on the radio, guiding him garden by garden.
            _espeak(
                "dispatch",
                "en+f2",
                -7,
                radio=True,
                lines=(
                    "India Nine Nine has eyes on him, a male in a grey hoodie, running north on "
                    "Elm Grove towards the allotments.",
                    "He's hiding in the garden of number forty seven, he's crouched down behind "
                    "the shed.",
                    "He's moving, he's moving, over the back fence into number forty nine, he's "
                    "lying flat in the long grass.",
                    "India Nine Nine, the ground unit has him, we're staying overhead.",
                    "Any further units, the suspect is detained in the garden of number forty "
                    "nine Elm Grove.",
                    "India Nine Nine, he threw something over the fence into the allotment as he "
                    "ran, about twenty metres north of you.",
                    "Bravo Three One is on Elm Grove now, they'll take your prisoner.",
                ),
            ),
            # A resident at his back door: one line.
            _flite(
                "bystander",
                "rms",
                -12,
                lines=("He went over my back fence, he's in the next garden!",),
            ),
            # The man he is chasing, first heard when he is found.
            _espeak(
                "civilian",
                "en-gb-x-gbclan+m7",
                -8,
                lines=(
                    "Alright, alright! I'm here, I'm here, don't hurt me!",
                    "I ran because I panicked. There's nothing in the bag, it's just my gym stuff.",
                    "No, nothing, I swear. I was just cutting through.",
                ),
            ),
        ),
        121,
        "street",
        2,
        overlaps=1,
        short_line=2,
        long_silences=2,
        late_voice=3,
        description="a foot chase through gardens at 2 dB: the helicopter observer on the radio",
    ),
    RecordingSpec(
        "d185",
        "fresh22",
        (
            _flite(
                "officer",
                "slt",
                0,
                wearer=True,
                lines=(
                    "Control, Papa Two Six, on scene at Willow Court care home, speaking to the "
                    "night staff now.",
                    "Does he ever go out at night? Is there somewhere he tries to get to?",
                    "Albert! Albert, it's the police! Can you hear me, Albert?",
                    "Check the pond carefully, the rain has made the bank really slippy.",
                    "Brilliant. Control, Papa Two Six, missing person found safe in the grounds.",
                    "Can you bring a blanket and a towel? We'll walk him back in slowly.",
                    "Control, Papa Two Six, we'll stay with him until the nurse has checked him "
                    "over.",
                ),
            ),
            # The night carer, Hungarian (espeak's Hungarian voice reading English): long turns.
            _espeak(
                "civilian",
                "hu+f3",
                -6,
                lines=(
                    "I checked his room, room fourteen, at one o'clock and he was asleep, and at "
                    "twenty past two the bed was empty and the fire door at the end of the "
                    "corridor was open.",
                    "Oh thank God. He always says he has to go to work at the bakery, he worked "
                    "there forty years, in Budapest, and at night he thinks it is morning and he "
                    "must open the shop.",
                    "Maria was his wife, she died six years ago. I will bring two blankets, and "
                    "I will make him a hot chocolate, he likes that.",
                ),
            ),
            _espeak(
                "partner",
                "en-gb-x-gbclan+m1",
                -5,
                lines=(
                    "Is the fire door alarmed? Did anybody hear an alarm go off?",
                    "Nothing in the car park. I'm going round the back towards the pond.",
                    "Found him! He's in the summerhouse at the bottom of the garden, he's wet "
                    "through but he's talking.",
                    "He's asking for Maria. Is that somebody here?",
                ),
            ),
            # Control on the radio.
            _flite(
                "dispatch",
                "kal16",
                -9,
                radio=True,
                lines=(
                    "Received, Papa Two Six. The missing person is Albert Kovacs, eighty seven, "
                    "he has dementia and no coat.",
                    "Papa Two Six, the dog unit is forty minutes away. Search the grounds first.",
                ),
            ),
        ),
        116,
        "rain",
        16,
        long_silences=2,
        description="a care home's missing resident in the rain: a Hungarian carer's long account",
    ),
    RecordingSpec(
        "d186",
        "fresh22",
        (
            # Shouting over the busker's speaker: the same command again and again.
            _espeak(
                "officer",
                "en+f4",
                0,
                wearer=True,
                shout=True,
                lines=(
                    "Sir! Turn it down! Turn it down! Police!",
                    "Turn it down, please! Turn it down! I can't hear you over the speaker!",
                    "Sir, turn the volume down now, or I will seize the speaker. Last chance.",
                    "Thank you. Show me the licence. What's your name?",
                    "Mister Santoso, this licence says acoustic only, between ten and four. It's "
                    "half past four.",
                    "You're done for today. Pack up the speaker, move the van, and come back "
                    "tomorrow at ten, acoustic only.",
                    "Thank you, sir. And you, sir, ring the council about the fire exit, not us.",
                ),
            ),
            # The busker, Indonesian (espeak's Indonesian voice reading English), shouting too.
            _espeak(
                "civilian",
                "id+m2",
                -6,
                shout=True,
                lines=(
                    "I have a licence! I have a licence from the council, number four one seven!",
                    "It is a small speaker! Only a small one! Everybody plays a speaker here!",
                    "Okay, okay! I turn it down! Look, I turn it down!",
                    "My name is Budi Santoso. Here, the licence. I move the van at five o'clock.",
                    "Half an hour! Only half an hour more, please, this is my rent money!",
                    "Okay. Okay. Tomorrow, acoustic only. I am sorry, madam.",
                ),
            ),
            # The manager of the shop he plays outside.
            _espeak(
                "witness",
                "en-gb-x-gbcwmd+m4",
                -9,
                lines=(
                    "He's been at it since nine this morning, right outside my shop door, I "
                    "can't hear my customers.",
                    "His licence says no amplifiers. It's on the back of the card, read it.",
                    "Small? They can hear it in the car park, mate.",
                    "And he's blocking the fire exit with his van at the back, every single day.",
                    "Every day it's half an hour more. Every single day.",
                ),
            ),
        ),
        92,
        "music",
        0,
        overlaps=3,
        description="a busker over his own speaker at 0 dB: two voices shouting, one Indonesian",
    ),
    RecordingSpec(
        "d187",
        "fresh22",
        (
            _espeak(
                "officer",
                "en-029+m6",
                0,
                wearer=True,
                lines=(
                    "Everybody out! Everybody out of the building! Use the stairs, not the lift!",
                    "Sir, sir, look at me. What is your mother's name?",
                    "Fire officer, we have a wheelchair user in flat sixty three, ninth floor, "
                    "Grace Adeyemi!",
                    "They're going up for her now, sir. I need you to stay here behind the tape "
                    "with me.",
                    "Did you hear that, sir? They've got your mum. She's talking.",
                    "They'll bring her out at the main doors, and the paramedics are waiting "
                    "there.",
                    "Come with me, sir, walk with me to the ambulance, slowly.",
                ),
            ),
            _flite(
                "partner",
                "kal16",
                -5,
                lines=(
                    "I'll take the east stairwell. Keep them moving towards the car park.",
                    "East stairwell is clear, about forty residents out. Nobody is left on the "
                    "first six floors.",
                    "Sir, the crew are on the ninth floor now. They'll bring her down the stairs "
                    "in a chair.",
                    "Control, all residents accounted for from the east stairwell, one casualty "
                    "coming out now.",
                ),
            ),
            # The fire service's officer in charge, shouting the same orders at the cordon.
            _espeak(
                "witness",
                "en-gb-x-rp+f1",
                -7,
                shout=True,
                lines=(
                    "Police, keep everyone behind the cones! Everybody out! Everybody out!",
                    "Crew going up now with breathing apparatus! Keep him back! Keep him back!",
                    "Crew has her! Crew has the lady from sixty three, she's conscious and "
                    "talking!",
                    "Everybody stay back from the main doors! Stay back! Clear a path!",
                ),
            ),
            # A resident whose mother is still on the ninth floor.
            _flite(
                "civilian",
                "awb",
                -9,
                lines=(
                    "My mother is still up there! Flat sixty three, ninth floor, she can't walk "
                    "down!",
                    "She's eighty one, she's in a wheelchair, the lift is her only way out!",
                    "Grace. Grace Adeyemi. Flat sixty three. Please, please get her.",
                    "Why is it taking so long? It's been ten minutes! Ten minutes!",
                    "Oh, thank you. Thank you. Where will they bring her out?",
                ),
            ),
            # Control on the radio.
            _espeak(
                "dispatch",
                "en-us+m8",
                -10,
                radio=True,
                lines=(
                    "All units, the fire service reports smoke on the eighth and ninth floors. "
                    "Keep the cordon at fifty metres.",
                    "Received, flat sixty three, ninth floor, passed to the fire service now.",
                ),
            ),
        ),
        120,
        "siren",
        14,
        overlaps=3,
        long_silences=1,
        description="a tower block fire: five voices, the fire officer shouting, a radio",
    ),
    RecordingSpec(
        "d188",
        "fresh22",
        (
            _espeak(
                "officer",
                "en-gb-x-gbclan+m4",
                0,
                wearer=True,
                lines=(
                    "Control, I'm with the injured woman by the bandstand. Sir, get that dog on "
                    "a lead now. Get it on a lead!",
                    "Keep pressure on it with this. Press hard. Madam, did you see it happen?",
                    "Right, sir, I need your details. Your full name?",
                    "Yes, please stay, madam, I'll need a statement from you. Sir, your full name.",
                    "Madam, was the dog on a lead when it bit her?",
                    "Madam, you're very pale. How are you feeling?",
                    "Sit down, sit down. Keep the hand up above your heart. What's your name, "
                    "love?",
                    "Mister Kerr, I'm seizing the dog under the Dangerous Dogs Act. A dog "
                    "handler is on the way.",
                    "Your phone number, please, so the dog handler can contact you.",
                ),
            ),
            # The runner who was bitten.
            _espeak(
                "civilian",
                "en-gb-x-rp+Andrea",
                -7,
                lines=(
                    "It went for my hand. My hand, look, it's bleeding right through my glove.",
                    "I'm feeling a bit faint. Can I sit down on the bench?",
                    "Priya. Priya Shah. I was out for a run, I do this loop every morning.",
                ),
            ),
            # The dog's owner: his name spelt out, his phone number in words.
            _flite(
                "witness",
                "awb",
                -9,
                lines=(
                    "He's on the lead, he's on the lead. He's never done anything like this "
                    "before, I promise you.",
                    "She ran past him and he thought it was a game, that's all it was.",
                    "Graham Kerr. That's Kerr, K, E, R, R. Forty one Hollybank Road.",
                    "He was, he was, until she ran past us.",
                    "For two seconds, two seconds, to have a drink from the fountain.",
                    "You can't take Bruno! He's a family dog, he's three, my kids will be "
                    "heartbroken!",
                    "Oh seven nine four six, three three one, two eight zero.",
                ),
            ),
            # A woman who saw it, 13 dB under: replies of a word or two.
            _espeak(
                "bystander",
                "en-gb-x-gbcwmd+f2",
                -13,
                lines=(
                    "Ambulance is coming.",
                    "Yes, everything.",
                    "Shall I stay?",
                    "Of course.",
                    "No. Off lead.",
                ),
            ),
        ),
        118,
        "dog",
        2,
        long_silences=2,
        replies=3,
        description="a dog bite in a park as the dog barks at 2 dB: a name spelt out, replies",
    ),
)
