"""The development set's fresh21 half (d173-d180): eight recordings written blind to the diarizer.

Written in session 25, after the fresh to fresh20 halves had been written, by someone who had
not read the diarizer nor seen its scores, each aimed at one way a body-camera diarizer or
recogniser can fail in a plausible police scene, in combinations no earlier half tried. It is
the first half whose every speaker says lines written for the scene (``Voice.lines``): every
earlier recording drew from the same 28 generic lines, so a wearer alone in his car asked "Can
I call my sister". The lines follow the order the seed gives the turns (``devset.turn_plan``),
every line is said, and the reference STM is the script. Commands are repeated as officers
repeat them ("Show me your hands. Show me your hands!"), and in d173 two officers say the same
words. Every recording keeps to 2-5 people, each on a voice of their own (no two people on one
voice, and no two on one espeak variant), everyone but the wearer 5-15 dB under the wearer, and
a woman in every scene; four of the eight wearers are women. It brings espeak's Albanian and
Haitian Creole voices reading English and no new noise. What each asks for is what the build
realises (the overlaps and silences below are read from the reference RTTM).

- d173, a felony stop after a pursuit, the police dog barking in the van (dog, 7 dB): the
  wearer and his partner (a woman) shout every line, and the same commands word for word, to a
  driver and his passenger; two lines talked over (the passenger over the partner, the driver
  over the wearer). No dog recording before had a line talked over or more than one voice
  shouting.
- d174, a man behind his own front door, his stereo on (music, 12 dB): heard through the door,
  he holds the recording for 86 s after the wearer's one line, in turns of up to 34 words and
  11 s, with two long silences (10.4 s and 13.8 s). No muffled voice held a recording alone
  before, nor was one heard over music, and no recording with the wearer heard once had a long
  silence.
- d175, a man in a river in a storm (rain, 4 dB): the fire service's boat commander shouts on
  the radio, the man in the water shouts 14 dB under the wearer, his wife on the bank; two
  lines talked over (the wearer over the wife, she over him). No radio voice shouted in rain
  before, and no rain recording had two voices shouting.
- d176, a fight in a takeaway queue (street, 8 dB): a woman wearer, her partner, the two men,
  and a woman by the bins whose one line is a shouted warning, 12 dB under; the man who was
  hit talks over the wearer twice. The single shouted lines before were a partner's or the
  wearer's, or a civilian's reply.
- d177, a lost girl in a park at dusk (wind, 12 dB): the wearer calls the same line twice and
  the father calls too, into three long silences (9.5-11.1 s); the girl, five, first heard
  after the second, at 47 s, answers in a word or two 14 dB under the wearer. The one late
  voice before that answered in words (d103) was 7 dB under.
- d178, a row on a bus in the rain (rain, 10 dB): the driver (a woman), a man shouting that his
  pass is valid and a passenger who has had enough, with 0-0.15 s between turns and three lines
  talked over. Turns with no room between them were never in rain before.
- d179, a corner shop after a robbery (street, 14 dB): the shopkeeper's account in espeak's
  Albanian voice in turns of up to 35 words and 11 s, talking over the wearer once; the wearer
  only acknowledges, beside his partner and the shopkeeper's daughter. The scenes where the
  wearer only acknowledged had at most three voices.
- d180, a cab and a cyclist at a junction as a fire engine passes (siren, 4 dB): five voices,
  the cab driver in espeak's Haitian Creole voice, dispatch on the radio, three lines talked
  over and one long silence (6.5 s); 120 s. No siren recording before had five voices and a
  radio.

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH21: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d173",
        "fresh21",
        (
            # The wearer and his partner shout every line, and the same commands.
            _flite(
                "officer",
                "awb",
                0,
                wearer=True,
                shout=True,
                lines=(
                    "Driver, show me your hands. Show me your hands!",
                    "Driver, turn the engine off and drop the keys out of the window.",
                    "Driver, open the door from the outside and step out slowly.",
                    "Walk backwards towards my voice. Keep walking. Stop there!",
                    "Get down on your knees. Down on your knees. Cross your ankles.",
                    "You're under arrest for failing to stop. Don't move.",
                    "Passenger, show me your hands. Show me your hands!",
                    "Keep them where we can see them, the dog stays in the van.",
                ),
            ),
            _espeak(
                "partner",
                "en-gb-x-rp+f4",
                -5,
                shout=True,
                rate=170,
                pitch=58,
                lines=(
                    "Passenger, show me your hands. Show me your hands!",
                    "Passenger, keep your hands on the dashboard. Hands on the dashboard!",
                    "Use your left hand, open the door, then both hands back up.",
                    "Passenger, you're next. Show me your hands. Show me your hands!",
                    "Driver is in cuffs, the passenger is staying put for now.",
                    "Step out slowly. Show me your hands. Show me your hands!",
                ),
            ),
            # The driver, who ran because he has no licence, and his passenger.
            _espeak(
                "civilian",
                "en-us-nyc+m4",
                -8,
                rate=168,
                pitch=42,
                lines=(
                    "Okay, okay, they're up, please don't let the dog out.",
                    "The keys are out, they're on the road, look.",
                    "I can't reach the handle with my hands up, what do you want me to do?",
                    "Alright, I'm coming out, I'm coming out, don't set him on me.",
                    "I've stopped. I only ran because I haven't got a licence.",
                    "I'm down, I'm down, my knee is on broken glass.",
                    "She has nothing to do with it, she was just getting a lift home.",
                ),
            ),
            _espeak(
                "witness",
                "en-029+f2",
                -11,
                rate=165,
                pitch=60,
                lines=(
                    "I'm not doing anything, I was just getting a lift!",
                    "They're on the dashboard, please call that dog off.",
                    "He told me it was his brother's car, I swear.",
                ),
            ),
        ),
        92,
        "dog",
        7,
        overlaps=2,
        description="a felony stop with the police dog barking: two officers, the same commands",
    ),
    RecordingSpec(
        "d174",
        "fresh21",
        (
            # At his front door in a block of flats; she speaks once.
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+f1",
                0,
                wearer=True,
                rate=160,
                pitch=56,
                lines=("It's the police, Daniel. Your mum is worried about you. Talk to me.",),
            ),
            # Behind his closed door, his stereo on: heard through the wood.
            _flite(
                "civilian",
                "rms",
                -7,
                muffled=True,
                lines=(
                    "Who is it? I told the last lot I'm not opening this door, so you can go away.",
                    "My mum worries about everything. I lost my job on Friday, the landlord "
                    "wants me out by the end of the month, and now the whole street is "
                    "watching the police at my door.",
                    "I haven't done anything to myself, if that's what she told you. I just "
                    "want to be left alone for one night without somebody knocking on the "
                    "door.",
                    "You lot came round last year as well, four of you, and the neighbours "
                    "still look at me like I'm some kind of criminal every time I walk past "
                    "them on the stairs.",
                    "I put the music on so I don't have to think. That's all it is. It's "
                    "not even loud, nobody has ever complained about it.",
                    "Are you still there? I can see your shadow under the door, you know.",
                    "Fine. I'll open the door on the chain, but only for you, not your mate, "
                    "and I'm not coming out.",
                    "Give me a minute to turn the music down and find my shoes. Don't try "
                    "anything clever while I'm doing it.",
                    "And tell my mum to stop ringing you every time I don't answer my phone.",
                ),
            ),
        ),
        102,
        "music",
        12,
        short_line=0,
        long_silences=2,
        silence=(10.0, 14.0),
        description="a man behind his front door holding the minute, the wearer heard once",
    ),
    RecordingSpec(
        "d175",
        "fresh21",
        (
            _espeak(
                "officer",
                "en-gb-scotland+m3",
                0,
                wearer=True,
                rate=165,
                pitch=42,
                lines=(
                    "Control, I'm on the footpath by the weir, I can see a man in the water.",
                    "Stay here, madam, don't go near the edge. Stay back from the edge.",
                    "Sir, grab the rope! Grab the rope! It's coming to your left!",
                    "Control, he's got the line, I'm holding him against the bank.",
                    "You're doing well, Tom, keep hold, the boat is nearly here.",
                    "He's talking to them, that's a good sign. Let's get you to the ambulance.",
                    "Control, male is out of the water and with the crew.",
                    "The dog will turn up, madam. Let's get you warm first.",
                ),
            ),
            # The fire service's boat commander on the radio, shouting over the engine.
            _flite(
                "dispatch",
                "kal16",
                -6,
                radio=True,
                shout=True,
                lines=(
                    "Received, the boat is launching now, two minutes. Keep eyes on him!",
                    "Police on the bank, throw him the line from the bag! Throw him the line!",
                    "Received, hold him there, the boat is coming round the bend now.",
                    "Keep his head up! Keep his head up! We're thirty seconds out!",
                    "Boat crew has him, you can let go of the line now. Let go of the line!",
                    "Casualty is conscious and breathing, bringing him to the slipway.",
                ),
            ),
            # His wife on the bank.
            _espeak(
                "civilian",
                "en-us+f3",
                -7,
                rate=175,
                pitch=62,
                lines=(
                    "That's my husband, he went in after the dog, please get him out!",
                    "He can't swim well, he can't swim well, please hurry!",
                    "Grab it, Tom, it's right there, grab it!",
                    "Where's the dog? Can anyone see the dog?",
                    "Oh thank God. Thank God. Is he breathing?",
                    "I told him not to go in, I told him.",
                ),
            ),
            # The husband in the water, metres out, shouting.
            _espeak(
                "witness",
                "en-gb-x-gbclan+m6",
                -14,
                shout=True,
                rate=160,
                pitch=44,
                lines=(
                    "Help! I can't hold on! Help!",
                    "My legs are numb, I can't feel my legs!",
                    "I'm alright, I'm alright, where's my wife?",
                    "Has anyone got the dog?",
                ),
            ),
        ),
        88,
        "rain",
        4,
        overlaps=2,
        description="a man in a river in a storm: the boat commander shouting on the radio",
    ),
    RecordingSpec(
        "d176",
        "fresh21",
        (
            _flite(
                "officer",
                "slt",
                0,
                wearer=True,
                lines=(
                    "Both of you, stop! Police! Step away from each other!",
                    "Show me your hands. Show me your hands. Open your hand.",
                    "Sir in the black jacket, stay where you are and let my colleague deal "
                    "with him.",
                    "Nobody is under arrest yet. I need you to calm down and tell me what "
                    "happened.",
                    "Okay. And what happened after he pushed in?",
                    "Is your girlfriend the lady who shouted about the knife?",
                    "Right. Can you ask her to come over and talk to me in a minute?",
                    "Thank you. Nobody is going anywhere until I have both sides.",
                ),
            ),
            _espeak(
                "partner",
                "en-us+m7",
                -5,
                rate=165,
                pitch=44,
                lines=(
                    "Sir, in the grey top, back up against the wall. Back up against the wall.",
                    "Drop it! Drop it now! Drop whatever is in your hand!",
                    "Turn around and put your hands on the wall for me.",
                ),
            ),
            # The two men who were fighting.
            _espeak(
                "civilian",
                "en-gb-x-gbclan+m4",
                -8,
                rate=172,
                pitch=40,
                lines=(
                    "It's not a knife, it's my keys, it's just my keys!",
                    "They're keys, officer, look, a house key and a bike lock key.",
                    "He swung at me first, ask anybody in the queue.",
                ),
            ),
            _flite(
                "witness",
                "awb",
                -10,
                lines=(
                    "He started it, he smashed my phone on the floor.",
                    "Look, it's in his pocket now, check his pocket!",
                    "Why am I getting spoken to? I'm the one who got hit!",
                    "We were queueing for chips and he pushed in front of my girlfriend.",
                    "I said something, and he grabbed my phone and threw it on the floor.",
                    "Yeah, she's over there by the bins, she's really shaken up.",
                    "That's a lie, he pushed in, everybody in the queue saw it.",
                ),
            ),
            # His girlfriend, by the bins: one shouted warning.
            _espeak(
                "bystander",
                "en-gb-x-rp+steph",
                -12,
                shout=True,
                rate=170,
                pitch=62,
                lines=("He's got a knife! He's got a knife!",),
            ),
        ),
        87,
        "street",
        8,
        overlaps=2,
        short_line=4,
        description="a fight in a takeaway queue: a woman's one shouted warning",
    ),
    RecordingSpec(
        "d177",
        "fresh21",
        (
            # Calling the girl's name, again and again, into the park.
            _espeak(
                "officer",
                "en-gb-scotland+f2",
                0,
                wearer=True,
                rate=160,
                pitch=58,
                lines=(
                    "Ava! Ava, can you hear me? It's the police!",
                    "Ava! Ava, can you hear me? It's the police!",
                    "Control, still no sign, I'm checking the trees by the pond.",
                    "She's in the bushes by the fence. Ava, stay where you are, I'm coming.",
                    "Ava, are you hurt anywhere? Can you walk to me?",
                    "That's alright, I've got you. Let's go and find your daddy.",
                    "Control, the child is found safe and well with her father.",
                    "You did really well shouting back to us, Ava.",
                ),
            ),
            # Her father.
            _flite(
                "civilian",
                "rms",
                -6,
                lines=(
                    "She was on the swings, I looked at my phone for one minute and she was gone.",
                    "Ava! Ava! Daddy is here, shout if you can hear me!",
                    "She's five, she's got a pink coat on and a yellow hat.",
                    "Ava! Where are you? Keep shouting, sweetheart!",
                    "Oh thank God, thank God.",
                    "Come here, come here, you scared me so much.",
                    "Thank you, officer, thank you so much.",
                    "We're going straight home.",
                ),
            ),
            # Ava, five, in the bushes by the far fence: first heard late, in a word or two.
            _espeak(
                "witness",
                "en-us+f4",
                -14,
                rate=185,
                pitch=92,
                lines=("Daddy?", "I'm here.", "My knee hurts.", "I was following a dog."),
            ),
        ),
        101,
        "wind",
        12,
        long_silences=2,
        late_voice=2,
        replies=2,
        silence=(9.0, 13.0),
        description="a lost girl in a park at dusk: the same call into long silences",
    ),
    RecordingSpec(
        "d178",
        "fresh21",
        (
            _flite(
                "officer",
                "kal16",
                0,
                wearer=True,
                lines=(
                    "Right, what's going on here? Who called us?",
                    "Okay, sir, can I see the pass? Just hold it up for me.",
                    "I understand it's raining, but you can't stay on the bus without a valid "
                    "ticket.",
                    "Sir, step off the bus with me, please. Step off the bus.",
                    "You can wait under the shelter and get the next one if you have the fare.",
                    "Okay. You're free to go, driver, thanks for waiting.",
                    "Sir, stay under the shelter and stay out of the road.",
                    "If you want to complain, ring the bus company in the morning.",
                ),
            ),
            # The driver, at her cab door.
            _espeak(
                "civilian",
                "en-gb-x-gbcwmd+f3",
                -6,
                rate=172,
                pitch=60,
                lines=(
                    "He got on without paying and he's been swearing at me since the depot.",
                    "His pass ran out last month, I told him that three times.",
                    "It's expired, look at the date on it, it's expired.",
                    "I've got forty people who need to get home, officer.",
                    "Thank you. I'll put it in the report for the depot.",
                    "Everybody sit down, please, we're going.",
                ),
            ),
            # The man without a ticket, shouting.
            _espeak(
                "witness",
                "en-us-nyc+m2",
                -8,
                shout=True,
                rate=175,
                pitch=46,
                lines=(
                    "I showed you my pass! I showed you my pass! You didn't even look!",
                    "It's a mistake on the card, it's not my fault, it's raining!",
                    "This is a joke. I'll be soaked by the time the next one comes.",
                    "I'm not going in the road, I'm not stupid!",
                ),
            ),
            # A passenger who has had enough.
            _espeak(
                "bystander",
                "en-029+m1",
                -11,
                rate=170,
                pitch=44,
                lines=(
                    "The driver did. He won't get off and we have all been sat here twenty "
                    "minutes.",
                    "You didn't show her anything, mate, I was right behind you.",
                    "Finally.",
                    "Cheers, officer.",
                ),
            ),
        ),
        72,
        "rain",
        10,
        overlaps=3,
        gaps=(0.0, 0.15),
        description="a row on a bus in the rain: four voices with 0-0.15 s between turns",
    ),
    RecordingSpec(
        "d179",
        "fresh21",
        (
            # Listening: the wearer only acknowledges.
            _espeak(
                "officer",
                "en-gb-x-rp+m5",
                0,
                wearer=True,
                rate=162,
                pitch=44,
                lines=(
                    "Okay, sir, I'm listening.",
                    "I see.",
                    "Okay, take your time, what happened next?",
                    "Go on.",
                    "Go on, sir.",
                    "I understand.",
                    "That's really helpful.",
                    "Okay.",
                    "Thank you.",
                ),
            ),
            # The shopkeeper, Albanian: his account in long turns (espeak's Albanian voice).
            _espeak(
                "civilian",
                "sq+m3",
                -6,
                rate=160,
                pitch=42,
                lines=(
                    "I was behind the counter counting the money when he came in with his hood "
                    "up and a scarf over his face, and he went straight to the till and told "
                    "me to open it.",
                    "He had a hammer, a small one, in his right hand, and he hit the counter "
                    "with it two times, here, you can see the marks in the glass.",
                    "I gave him the money from the till, maybe three hundred pounds, and he "
                    "took two bottles of vodka from the shelf behind me as well.",
                    "Left out of the door, towards the station, running, and he dropped one of "
                    "the bottles outside the launderette.",
                    "He was young, maybe twenty, very thin, and he had a tattoo on his neck, a "
                    "star, I saw it when the scarf came down.",
                    "Twenty two years I have this shop, nobody ever did this to me before.",
                ),
            ),
            # The shopkeeper's daughter.
            _flite(
                "witness",
                "slt",
                -8,
                lines=(
                    "My dad is really shaken, he doesn't usually talk this fast, so please be "
                    "patient with him.",
                    "The camera over the door records everything, I can get you the footage "
                    "tonight.",
                    "Dad, sit down, your hands are shaking.",
                    "I'll make him a tea.",
                    "Dad, they're going to catch him, okay? Drink your tea.",
                ),
            ),
            _flite(
                "partner",
                "awb",
                -5,
                lines=(
                    "Control, on scene at the corner shop, one male made off on foot towards "
                    "the station.",
                    "Sir, did he have anything in his hands, anything at all?",
                    "Which way did he go when he left the shop?",
                    "That would be great, thank you. Control, suspect is a white male, about "
                    "twenty, slim, with a star tattoo on his neck.",
                ),
            ),
        ),
        111,
        "street",
        14,
        overlaps=1,
        replies=0,
        description="a shopkeeper's account of a robbery in long turns, with an Albanian accent",
    ),
    RecordingSpec(
        "d180",
        "fresh21",
        (
            _espeak(
                "officer",
                "en-us-nyc+f5",
                0,
                wearer=True,
                rate=168,
                pitch=58,
                lines=(
                    "Is anybody hurt? Sir, stay on the ground, don't try to get up.",
                    "Copy. Sir, where does it hurt? Can you move your fingers?",
                    "Stay still for me. The ambulance is almost here.",
                    "Affirmative, close the southbound lane, we have debris across the road.",
                    "Don't move your arm. Just keep talking to me. What is your name?",
                    "Okay, Marcus, the paramedics are here now, they'll take care of you.",
                    "Central, the cyclist is going to Kings County with a shoulder injury.",
                ),
            ),
            _espeak(
                "partner",
                "en-us+m5",
                -5,
                rate=162,
                pitch=42,
                lines=(
                    "I've got the cab driver, he's out of the car and walking.",
                    "Sir, I need your license and the registration for the cab.",
                    "Okay, these are good. Is this your current address on Flatbush Avenue?",
                    "There's a camera on the bodega on the corner, I'll ask them for the footage.",
                    "Sir, you need to stay here until we're done, but you're not in trouble.",
                ),
            ),
            # The cab driver, Haitian (espeak's Haitian Creole voice reading English).
            _espeak(
                "civilian",
                "ht+m6",
                -7,
                rate=165,
                pitch=44,
                lines=(
                    "The light was green for me, I swear to you, the light was green.",
                    "Everything is in the glove box, I'll get it for you, one second.",
                    "Yes, yes, I've been there eleven years, my wife is there now.",
                    "I didn't see him, he came so fast, he had no light on the bike.",
                    "Can I call my wife? She will be worried, I was due home an hour ago.",
                ),
            ),
            # The cyclist, on the ground.
            _flite(
                "witness",
                "rms",
                -9,
                lines=(
                    "He pulled right out in front of me, he never even looked!",
                    "My shoulder, I think something is broken in my shoulder.",
                    "It's Marcus. Marcus Hill.",
                    "I had a light, it's on the handlebars, it must have come off.",
                    "Can someone get my bike off the road?",
                ),
            ),
            _espeak(
                "dispatch",
                "en-us+m8",
                -8,
                radio=True,
                rate=172,
                pitch=40,
                lines=(
                    "Unit twelve, ambulance is three minutes out, fire is on scene.",
                    "Unit twelve, do you need traffic units for a closure at Nostrand?",
                    "Received, traffic units en route, five minutes.",
                    "Unit twelve, be advised, the cab company is asking for a call back.",
                ),
            ),
        ),
        120,
        "siren",
        4,
        overlaps=3,
        long_silences=1,
        description="a cab and a cyclist at a junction as a fire engine passes: five voices",
    ),
)
