"""The development set's fresh28 half (d229-d236): eight recordings written blind to the diarizer.

Written in session 31, after the fresh to fresh27 halves had been written, by someone who had
not read the diarizer nor the transcriber nor seen their scores. Like fresh21 to fresh27, every
speaker says lines written for the scene (``Voice.lines``), in the order the seed gives the
turns (``devset.turn_plan``); every line is said and the reference STM is the script. Every
recording keeps to 2-5 people, each on a voice of their own (no two on one espeak variant),
everyone but the wearer 5-15 dB under the wearer, and a woman in every scene; every espeak voice
has a rate and a pitch of its own and every flite voice its pace, and every recording is 76-90 s
long. It brings six accents new to the set, espeak's Papiamento, Kurdish, Serbian, Guarani,
Quechua and Greenlandic voices reading English (each reads every word of its lines by its own
letter rules, as checked with ``espeak-ng -x``; none spells a word out or switches to English),
each of the eight noises once, and numbers only in words. Half of it is ordinary on purpose
(d229, d231, d233, d234: 11-15 dB, 3-4 people, a line talked over at most); what each asks for
is what the build realises (read from the reference RTTM below). The module is long because it
is data: eight recordings' scene lines, one spec each, kept together as one half like every
other half's module.

- d229, a birthday party at one in the morning, the music turned down but still on (music,
  14 dB): the host in espeak's Papiamento voice (``pap+m3``) and the neighbour who rang (flite
  ``kal16``); the host over the neighbour once (0.71 s).
- d230, a hand car wash on a forecourt by a busy road (street, 5 dB): a customer shouting that
  the wash scratched her car, and the two brothers who run it in espeak's Kurdish voice
  (``ku+m1`` at pitch 36, ``ku+m7`` at pitch 40), where every two voices of one accent before
  were at least 13 pitch apart; three lines talked over (0.76-0.92 s).
- d231, a shed broken into on the allotments on a windy morning (wind, 13 dB): its old owner in
  espeak's Serbian voice (``sr+m6``, 140 words a minute) answering after a 6.1 s silence while
  he looks inside, the woman on the next plot, and the wearer on flite ``rms``.
- d232, a car into a garden wall at night in the rain (rain, 4 dB): the shaken driver, the
  partner, and a woman calling from an upstairs window across the road in espeak's Guarani
  voice (``gn+f4``) at -15 dB, first heard after a 9.8 s silence: 11 dB under the rain, where
  no voice with an accent before (d222's father) and no late voice (d147's witness) was more
  than 10 dB under the noise; the wearer over the driver (1.13 s).
- d233, a shunt at traffic lights, engines idling (car, 11 dB): a parcel van driver in espeak's
  Quechua voice (``qu+m4``) and the man whose car he hit; that man over the wearer (1.05 s).
- d234, a purse taken at a Saturday food market (crowd, 15 dB): the woman who lost it, the
  stallholder who saw the lad, the partner's one line; no accent and nobody talked over.
- d235, a diabetic man slumped at a bus stop as the ambulance's siren comes nearer (siren,
  8 dB): the woman who stayed with him, him answering in a word or two on flite ``kal16`` 9 dB
  under the wearer, and control on the radio, where the voices that answered in words in siren
  noise before (d118, d195) were espeak voices.
- d236, two neighbours shouting over a back-garden fence as the dog barks (dog, 3 dB): the
  dog's owner in espeak's Greenlandic voice (``kl+f3``) and the neighbour who works nights
  (``en-gb-x-gbclan+f4``), two women shouting four pitch apart, her husband 12 dB under the
  wearer, the partner, five voices with 0-0.2 s between turns and four lines talked over, where
  no scene with turns that tight was in dog noise and one (d210) had two women shouting.

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH28: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d229",
        "fresh28",
        (
            # A house party at one in the morning, the music turned down but still on: the
            # host with a Papiamento accent and the neighbour who rang.
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+f5",
                0,
                wearer=True,
                rate=150,
                pitch=60,
                lines=(
                    "Evening, both. We've had a call about the music. Who lives here?",
                    "All right. What's your name, sir, and how many people are inside?",
                    "Then whose friends are they? They came out of your house.",
                    "Thank you. And the music goes off at half past one. Not down, off.",
                    "Mr Martina, you'll clear the cans and the bottles from his garden tonight.",
                ),
            ),
            # The host: espeak's Papiamento voice reading English.
            _espeak(
                "civilian",
                "pap+m3",
                -6,
                rate=170,
                pitch=40,
                lines=(
                    "I live here. It is my birthday, officer. I turned it down already, look.",
                    "Jurgen Martina. Maybe twenty people. Friends from work, nobody is making "
                    "trouble.",
                    "Those are not my friends. I do not know those boys on the wall.",
                    "Okay, okay. Maybe they came with my cousin. I will tell them to go.",
                    "Half past one is fine. We finish the cake and everybody goes home.",
                ),
            ),
            # The neighbour who rang, in his dressing gown.
            _flite(
                "witness",
                "kal16",
                -9,
                rate=98,
                lines=(
                    "I rang. It's one in the morning and I've got work at six. Third time this "
                    "month.",
                    "You turned it down when you saw the police car. Not before.",
                    "There's people sitting on my wall, smoking, throwing cans in my garden.",
                    "They came out of his front door. I watched them from my window.",
                    "Half past one? I've got to be up at six.",
                    "And who's picking up the cans? There are bottles on my car as well.",
                    "Tonight. Not tomorrow afternoon, like last time.",
                ),
            ),
        ),
        82,
        "music",
        14,
        overlaps=1,
        description="a birthday party at one in the morning: a host with a Papiamento accent",
    ),
    RecordingSpec(
        "d230",
        "fresh28",
        (
            # A hand car wash on a garage forecourt by a busy road: a customer says the wash
            # scratched her car, and the two brothers who run it, in one Kurdish accent.
            _espeak(
                "officer",
                "en-gb-x-gbclan+m8",
                0,
                wearer=True,
                rate=158,
                pitch=46,
                lines=(
                    "Right, what's going on here? Who rang us?",
                    "Stop. One at a time, please. Who runs this place?",
                    "Thank you, Azad. Baran, did you see the car come in?",
                    "Did you tell her then, before you washed it?",
                    "Madam, what's your name, please?",
                ),
            ),
            # The older brother: espeak's Kurdish voice reading English.
            _espeak(
                "civilian",
                "ku+m1",
                -6,
                rate=164,
                pitch=36,
                lines=(
                    "She did. She will not pay for the wash. Twelve pounds, and she wants to "
                    "drive away.",
                    "Me. Azad. My brother Baran and me. We wash forty cars a day, we are very "
                    "careful.",
                    "She gets the keys when she pays. Twelve pounds. That is all.",
                    "Baran, go and get the laptop from the office. Quick.",
                ),
            ),
            # The younger brother: the same accent, a voice close to his brother's.
            _espeak(
                "witness",
                "ku+m7",
                -8,
                rate=176,
                pitch=40,
                lines=(
                    "That scratch was there before! I saw it when she came in!",
                    "Yes. I took the mats out. The scratch was on the door already, by the handle.",
                    "No. We do not say this to customers. They get angry, like now.",
                    "We have a camera on the wall. It films every car when it comes in.",
                    "Here, the laptop. Ten fifteen, her car coming in. The mark is there, look.",
                ),
            ),
            # The customer, shouting.
            _flite(
                "bystander",
                "slt",
                -7,
                shout=True,
                rate=96,
                lines=(
                    "Because they've scratched my car! Look at the door! That wasn't there this "
                    "morning!",
                    "Liar! It's a brand new car! I've had it two weeks!",
                    "Because it's rubbish! And they've got my keys! He won't give me my keys!",
                    "Julie Hughes. And I want my keys now, or I'm ringing my husband.",
                    "Then show him! Go on, show him!",
                ),
            ),
        ),
        86,
        "street",
        5,
        overlaps=3,
        description="a car wash dispute: two brothers with one Kurdish accent, close voices",
    ),
    RecordingSpec(
        "d231",
        "fresh28",
        (
            # Allotments on a windy morning: a shed broken into overnight, its old owner with a
            # Serbian accent and the woman on the next plot.
            _flite(
                "officer",
                "rms",
                0,
                wearer=True,
                rate=100,
                lines=(
                    "Morning. You rang about a break in at the allotments?",
                    "What time did you get here, sir?",
                    "Sir, can you go in and tell me what's missing? Don't touch the door.",
                    "Your grandfather's spade?",
                    "Has anyone else had a break in up here?",
                    "Is there a camera on the gate, or on the car park?",
                    "I understand. Can you describe the spade for me?",
                ),
            ),
            # The shed's owner: espeak's Serbian voice reading English, slow.
            _espeak(
                "civilian",
                "sr+m6",
                -6,
                rate=140,
                pitch=30,
                lines=(
                    "Yes, my shed. The lock is broken. The door was open when I came this morning.",
                    "Seven o'clock. Every morning seven o'clock, for my tomatoes.",
                    "The strimmer is gone. And the petrol can. And my grandfather's spade.",
                    "Please. The spade is old, but for me it is very special.",
                    "Wooden handle, very dark. My grandfather cut his name in it. Petar.",
                ),
            ),
            _espeak(
                "witness",
                "en-gb-scotland+f5",
                -9,
                rate=166,
                pitch=64,
                lines=(
                    "That was me. I'm Fiona, plot nine. But it's Dragan's shed they've done.",
                    "Mine was fine when I left last night, about eight. They've not touched it.",
                    "He brought that spade all the way from Serbia. He's shown it to all of us.",
                    "Two sheds last month, at the far end. Kids, they reckon. Nobody rang you.",
                    "There's one on the scout hut over the road. It points at the gate.",
                ),
            ),
        ),
        85,
        "wind",
        13,
        long_silences=1,
        description="a shed break-in at the allotments: an old man with a Serbian accent",
    ),
    RecordingSpec(
        "d232",
        "fresh28",
        (
            # A car into a garden wall at night in the rain: the shaken driver, the wearer's
            # partner, and a woman calling from an upstairs window across the road, far and
            # first heard late, with a Guarani accent.
            _espeak(
                "officer",
                "en-us+m2",
                0,
                wearer=True,
                rate=164,
                pitch=44,
                lines=(
                    "Sir, are you hurt? Stay in the seat for me. Don't move your neck.",
                    "Good. Sir, how fast were you going when it spun?",
                    "Another car? Did it stop?",
                    "Madam, what did you see?",
                    "Did anybody get the number?",
                    "Madam, which way did the black car go?",
                    "Thank you, madam. Stay there, we'll come over for your details.",
                ),
            ),
            _espeak(
                "partner",
                "en-029+f1",
                -6,
                rate=172,
                pitch=66,
                lines=(
                    "Sarge, there's nobody in the garden. The wall's down, the gas meter's fine.",
                    "I'll put that out, Sarge. Control, second vehicle, black, failed to stop.",
                    "Control say there's a camera at the lights on the main road.",
                    "The ambulance is five minutes away, Sarge.",
                ),
            ),
            # The driver, shaken.
            _flite(
                "civilian",
                "awb",
                -7,
                rate=104,
                lines=(
                    "I'm all right. I think I'm all right. The car just went. It spun on the bend.",
                    "Thirty. Maybe a bit more. There was another car right behind me, flashing.",
                    "I wasn't racing him. He was chasing me. He was right on my bumper.",
                ),
            ),
            # The woman at the window across the road: espeak's Guarani voice reading English,
            # 15 dB under the wearer.
            _espeak(
                "witness",
                "gn+f4",
                -15,
                rate=150,
                pitch=58,
                lines=(
                    "Hello! Officer! Up here! I saw it from my window!",
                    "Two cars racing. The black one came past after, very fast. It did not stop.",
                    "Left, to the ring road. I heard it for a long time.",
                ),
            ),
        ),
        88,
        "rain",
        4,
        overlaps=1,
        long_silences=1,
        late_voice=3,
        description="a car into a wall in the rain: a far woman at a window, late, Guarani",
    ),
    RecordingSpec(
        "d233",
        "fresh28",
        (
            # A shunt at traffic lights, engines idling: a parcel van driver with a Quechua
            # accent and the man whose car he hit.
            _espeak(
                "officer",
                "en-gb-x-rp+f3",
                0,
                wearer=True,
                rate=154,
                pitch=62,
                lines=(
                    "Right, is anybody hurt? No? Good. Whose van is this?",
                    "Okay. Sir, your name, please, and is this your car?",
                    "Thank you. Have you both got your driving licences with you?",
                    "Mr Quispe, how long have you been driving today?",
                    "Okay. Neither of you is hurt, so this is for your insurers. Swap your "
                    "details.",
                ),
            ),
            # The van driver: espeak's Quechua voice reading English.
            _espeak(
                "civilian",
                "qu+m4",
                -6,
                rate=150,
                pitch=40,
                lines=(
                    "I am sorry. The light was green, and then he stopped very suddenly.",
                    "My name is Wilmer Quispe. I drive for the parcel company. This is their van.",
                    "Yes, here. And the insurance card for the van is in the door.",
                    "Since seven. I had a break at twelve. I am not tired.",
                    "I will pay, no problem. But my company must know first.",
                ),
            ),
            _flite(
                "bystander",
                "rms",
                -8,
                rate=96,
                lines=(
                    "His. He drove straight into the back of me at the lights.",
                    "It was amber! You stop at amber!",
                    "Gareth Price. Yes, it's mine. Look at the bumper, it's hanging off.",
                    "Mine's in the glove box. Hang on.",
                    "Since five this morning, probably. They work them to death, these lads.",
                    "And what about him? He hit me.",
                ),
            ),
        ),
        80,
        "car",
        11,
        overlaps=1,
        description="a shunt at the lights: a parcel van driver with a Quechua accent",
    ),
    RecordingSpec(
        "d234",
        "fresh28",
        (
            # A Saturday food market: a woman's purse taken from her bag at a cheese stall, the
            # stallholder who saw the lad, and the partner's one line.
            _espeak(
                "officer",
                "en-us-nyc+m5",
                0,
                wearer=True,
                rate=150,
                pitch=48,
                lines=(
                    "Hello. You flagged us down? What's happened?",
                    "Which way did he run?",
                    "I'm sorry. We'll cancel the cards first. Which bank are you with?",
                    "We'll ring them together from here. Sir, did you see his face?",
                    "Good. Is there a camera on your stall, or on the hall?",
                    "Purses get dumped quickly, madam. My partner's looking in the bins now.",
                ),
            ),
            _flite(
                "civilian",
                "slt",
                -6,
                rate=100,
                lines=(
                    "I put my bag down to pay for the cheese, and when I looked, my purse was "
                    "gone.",
                    "I didn't even see him. I was counting out my change.",
                    "My bank cards, about forty pounds and a photo of my late husband.",
                    "The one on the high street. I've got the number at home, not here.",
                    "It's the photo I mind. The money doesn't matter.",
                    "Thank you. You're very kind.",
                ),
            ),
            # The stallholder.
            _espeak(
                "witness",
                "en-gb-x-rp+m7",
                -8,
                rate=170,
                pitch=34,
                lines=(
                    "Over here, officer. This lady's had her purse pinched, right in front of "
                    "my stall.",
                    "A lad in a green hoodie. He was stood right behind her, then he legged it.",
                    "Towards the bus station. Young, skinny, maybe seventeen. White trainers.",
                    "Just for a second. Spots, a thin moustache. I'd know him again.",
                    "The market office has two cameras. Ask for Dave, he'll show you.",
                    "Sit down here, love. I'll make you a cup of tea.",
                ),
            ),
            # The partner's one line.
            _espeak(
                "partner",
                "en-us+f2",
                -7,
                rate=176,
                pitch=70,
                lines=("I'll check the bins by the car park, Sarge.",),
            ),
        ),
        84,
        "crowd",
        15,
        short_line=3,
        description="a purse taken at a food market: the stallholder saw the lad",
    ),
    RecordingSpec(
        "d235",
        "fresh28",
        (
            # A man collapsed at a bus stop, his sugar low, as the ambulance's siren comes
            # nearer: the woman who stayed with him, him answering in a word or two, and
            # control on the radio.
            _espeak(
                "officer",
                "en-gb-scotland+m3",
                0,
                wearer=True,
                rate=160,
                pitch=38,
                lines=(
                    "Hello, sir. Can you hear me? What's your name?",
                    "Received. Tom, are you diabetic? Squeeze my hand if you can.",
                    "Tom, have you got sweets, or a drink with sugar in it?",
                    "That's it, Tom. Slowly. He's swallowing fine, Control.",
                    "You did the right thing staying with him. What's your name?",
                    "Control, the male is conscious, drinking, his colour is coming back.",
                ),
            ),
            _espeak(
                "witness",
                "en-gb-x-gbcwmd+f4",
                -7,
                rate=170,
                pitch=64,
                lines=(
                    "He just slid down the shelter. He was shaking, then he went all grey.",
                    "There's a bracelet on his wrist. Look, there. It says diabetic.",
                    "I've got orange juice in my bag. Proper juice, not diet.",
                    "Here, hold the carton. Small sips, love.",
                    "He's looking pinker already. He was grey as anything.",
                    "Bethan. I was waiting for the number nine. I've missed it now.",
                ),
            ),
            # The man, answering in a word or two.
            _flite(
                "civilian",
                "kal16",
                -9,
                rate=110,
                lines=(
                    "Tom.",
                    "Sugar. Low.",
                    "Pocket.",
                ),
            ),
            # Control on the radio.
            _espeak(
                "dispatch",
                "en-us+m6",
                -9,
                radio=True,
                rate=150,
                pitch=44,
                lines=(
                    "Two four, the ambulance is running to you, eight minutes.",
                    "The caller says the male may be diabetic. Any medical bracelet?",
                    "Received. The crew advise sugar if he can swallow.",
                    "Two four, the ambulance is now four minutes away.",
                ),
            ),
        ),
        76,
        "siren",
        8,
        replies=2,
        description="a diabetic man at a bus stop answering in words as the ambulance comes",
    ),
    RecordingSpec(
        "d236",
        "fresh28",
        (
            # Two back gardens over a fence, the dog barking throughout: two women shouting at
            # each other, one with a Greenlandic accent, the other's husband and the partner.
            _espeak(
                "officer",
                "en-us-nyc+f1",
                0,
                wearer=True,
                rate=168,
                pitch=68,
                lines=(
                    "Ladies! Ladies, stop shouting, please. I can't hear either of you.",
                    "Sandra, did you throw something over the fence?",
                    "That's still an offence if it could hurt the dog. Where's the dog now?",
                    "Both of you, listen. Is the dog hurt? Has anyone looked?",
                    "Sir, thank you. Madam, how long is the dog left on his own?",
                    "Right. This is for the council's noise team, not for a shouting match.",
                    "Sandra, throwing things at a dog could get you arrested. Understood?",
                    "Thank you. I'll note it for the council and send them my report.",
                ),
            ),
            # The dog's owner, shouting: espeak's Greenlandic voice reading English.
            _espeak(
                "civilian",
                "kl+f3",
                -6,
                shout=True,
                rate=172,
                pitch=56,
                lines=(
                    "And you threw a brick at my dog! A brick! Over the fence!",
                    "It hit the kennel! She could have killed him!",
                    "That is not true! My son comes at lunch and walks him!",
                ),
            ),
            # The neighbour who works nights, shouting: a voice close to the owner's.
            _espeak(
                "witness",
                "en-gb-x-gbclan+f4",
                -7,
                shout=True,
                rate=160,
                pitch=60,
                lines=(
                    "That dog has barked since six this morning! Every day! I work nights!",
                    "I threw it at the fence to make it stop barking! Not at the dog!",
                    "It's right there! Listen to it! It never stops!",
                    "Your son comes for ten minutes! Then it starts again!",
                    "We've rung the council four times. They never come.",
                    "Understood. I'm sorry about the kennel. I'm just so tired.",
                ),
            ),
            _flite(
                "partner",
                "rms",
                -8,
                rate=104,
                lines=(
                    "Sarge, there's half a brick on this side of the fence. By the kennel.",
                    "I've looked, Sarge. He's fine. No cuts. The stone hit the kennel roof.",
                ),
            ),
            # The neighbour's husband, back by their kitchen door.
            _espeak(
                "bystander",
                "en+m5",
                -12,
                rate=150,
                pitch=36,
                lines=(
                    "Sandra, come inside, love. Let the police deal with it.",
                    "It was a stone, not a brick. It missed the dog by a mile.",
                    "See? He's fine. Sandra just wants some sleep, that's all.",
                    "All day. She goes to work at eight and he howls till five.",
                ),
            ),
        ),
        90,
        "dog",
        3,
        overlaps=4,
        gaps=(0.0, 0.2),
        description="two neighbours shouting over a fence as the dog barks: close women's voices",
    ),
)
