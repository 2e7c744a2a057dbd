"""The development set's fresh29 half (d237-d244): eight recordings written blind to the diarizer.

Written in session 32 by someone who had read neither the diarizer nor the transcriber nor seen
a score of theirs, after the fresh to fresh28 halves. It keeps the promises fresh21 to fresh28
made: scene lines for every speaker (``Voice.lines``), said in the order the seed deals the
turns (``devset.turn_plan``), all of them, so the reference STM is the script; 2-5 people a
scene, no two on one voice or one espeak variant, a woman among them, everyone but the wearer
5-15 dB quieter than the wearer; every espeak voice at a rate and a pitch of its own, every
flite voice at a pace of its own. Its recordings run 78-88 s. Five accents are new to the set:
espeak's Cantonese (read by its Jyutping letter rules, ``yue-latn-jyutping``), Lule Saami,
Aragonese, Latgalian and Nahuatl voices reading English. ``espeak-ng -x`` shows each reading
every word of its lines by its own letter rules, spelling none out and never switching to
English; the Uzbek, Turkmen, Hawaiian, K'iche' and Persian-in-Latin-letters voices switch for a
letter or a word, and the Latin voice reads "I" as a numeral, so none of them is used. Each of
the eight noises comes once, and numbers are written only in words. Four recordings are
ordinary on purpose (d237, d239, d241, d243: 11-15 dB, 3-4 people, no more than one line talked
over). Every overlap and silence asked for is in the build (read from the reference RTTM, below).
As every half's module, this one is long because it is data: eight scenes' lines and specs.

- d237, a delivery rider's moped taken from outside a Chinese takeaway (street, 13 dB): the
  owner in espeak's Cantonese voice (``yue-latn-jyutping+m2``) over the rider (flite ``awb``)
  once (0.78 s).
- d238, a camper van stalled on a tidal causeway in a gale (wind, 3 dB): the wearer shouting
  every line, where no wearer before shouted in wind; a couple in espeak's Lule Saami voice, the
  husband shouting from the cab (``smj+m6``) and his wife answering in a word or two
  (``smj+f2``), where the voices with an accent that answered in words before (d114, d224) were
  men's; control on the radio; two lines talked over (0.72-0.80 s), her "Help us." said wholly
  inside his line.
- d239, a van stopped in a lay-by for a brake light, engines idling past (car, 12 dB): the
  driver in espeak's Aragonese voice (``an+m7``), his partner from the Black Country, the wearer
  on flite ``kal16``, and a 7.4 s silence while the wearer checks the licence.
- d240, a van on its side at a roundabout as the fire engines come (siren, 1 dB): the trapped
  driver, a cyclist who saw it, and the partner closing the far side, first heard after an
  8.4 s silence on the radio in espeak's Latgalian voice (``ltg+m5``), 9 dB under the wearer:
  no siren recording before was under 2 dB (d118), and no voice first heard late on the radio
  (d98, d115, d124, d132) had an accent; the partner over the wearer once (1.00 s).
- d241, a baby locked in a car in the rain (rain, 15 dB): her mother (flite ``slt``), the
  neighbour in espeak's Nahuatl voice (``nci+m4``) who opens it, the partner's one line, and the
  wearer over the mother once (1.29 s).
- d242, a spiked drink in a crowded pub on a Friday night (crowd, 7 dB): two voices, the wearer
  and a student whispering in espeak's Cantonese voice (``yue-latn-jyutping+whisperf``), in 17
  turns that take it in turns, where no recording in crowd noise before had two voices and no
  whispering voice before (nine of them) had an accent.
- d243, a handbag found under a hedge by a man's dogs (dog, 11 dB): the dog walker, the
  groundsman 10 dB under the wearer, the wearer on flite ``slt`` over the walker once (1.19 s);
  no accent.
- d244, a fight at a wedding reception as the disco plays (music, 5 dB): the bride's brother
  shouting, the bride, the hotel's duty manager on flite ``kal16`` and the partner, five voices
  with five lines talked over (0.83-1.34 s; three in a row as the officers come in), where no
  recording in music noise before had more than three (d112, d128, d186).

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH29: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d237",
        "fresh29",
        (
            # A delivery rider's moped taken from outside a Chinese takeaway on a busy road:
            # the rider, and the owner with a Cantonese accent.
            _espeak(
                "officer",
                "en-gb-x-rp+f2",
                0,
                wearer=True,
                rate=156,
                pitch=64,
                lines=(
                    "Hello. You rang about a stolen moped? Who was riding it?",
                    "Okay. What make is it, and what colour?",
                    "Which way did it go? Did anybody see?",
                    "Is the moped yours, or the shop's?",
                    "Is there a camera over the door, Mr Chan?",
                    "We'll check the cameras on the main road. Have you got the moped's papers?",
                    "Yes, ring them. Mr Chan, I'll give you a crime number for the insurance.",
                ),
            ),
            # The owner: espeak's Cantonese voice (Jyutping letter rules) reading English.
            _espeak(
                "civilian",
                "yue-latn-jyutping+m2",
                -6,
                rate=158,
                pitch=40,
                lines=(
                    "He left the key in it. Every night I tell him, take the key inside.",
                    "Mine. Four thousand pounds it cost me, and no tracker. Too expensive, I said.",
                    "In my office. The spare key is there too, so maybe he is right, they pushed "
                    "it.",
                    "Thank you, officer. Please, take some food back for the station.",
                ),
            ),
            # The rider.
            _flite(
                "witness",
                "awb",
                -8,
                rate=106,
                lines=(
                    "Me. I came out with the next order and it was gone. Two minutes, tops.",
                    "I did not leave the key! It's on my lanyard, look.",
                    "A white Honda, with a red box on the back that says Golden Dragon.",
                    "A lad on a bike went past laughing, towards the park. Maybe him.",
                    "The shop's. Mr Chan owns it, I just ride it.",
                    "It points at the tables, not the road. I told him to move it.",
                    "And the food's going cold. Should I ring the customer?",
                ),
            ),
        ),
        88,
        "street",
        13,
        overlaps=1,
        description="a moped stolen outside a takeaway: the owner with a Cantonese accent",
    ),
    RecordingSpec(
        "d238",
        "fresh29",
        (
            # A camper van stalled on a tidal causeway in a gale as the tide comes in: the
            # wearer shouting every line, a couple with a Lule Saami accent, and control on the
            # radio passing on the coastguard's messages.
            _espeak(
                "officer",
                "en-gb-scotland+m7",
                0,
                wearer=True,
                shout=True,
                rate=150,
                pitch=38,
                lines=(
                    "Police! Get out of the van! The tide is coming in!",
                    "Leave the van! Is anybody else inside?",
                    "Control, two adults! Madam, can you walk?",
                    "Take my hand! Mind the rocks, they're slippery!",
                    "Forget the bag! Sir, come out now! Out the side door!",
                    "Nils! Leave the keys! Come to me!",
                    "Received! Both of you, follow me! Hold on to the rail!",
                    "I know! Keep going! Ten more steps!",
                    "The times are on the sign! Half past four today! Up the ladder!",
                    "Control, all three of us are in the refuge tower! Nobody hurt!",
                ),
            ),
            # The husband, shouting from the driver's seat: espeak's Lule Saami voice.
            _espeak(
                "civilian",
                "smj+m6",
                -6,
                shout=True,
                rate=140,
                pitch=30,
                lines=(
                    "It stopped in the water! I try and try, it will not start!",
                    "I am coming! The water is over my knees already!",
                    "They told us the road is open until six!",
                ),
            ),
            # His wife at the passenger window, answering in a word or two: the same accent.
            _espeak(
                "witness",
                "smj+f2",
                -9,
                rate=156,
                pitch=58,
                lines=(
                    "Engine dead.",
                    "Help us.",
                    "Yes. Walk.",
                    "Passports. Bag.",
                    "Nils! Come!",
                    "He comes.",
                    "Cold. So cold.",
                    "Thank you.",
                ),
            ),
            # Control on the radio.
            _espeak(
                "dispatch",
                "en-us+m1",
                -8,
                radio=True,
                rate=168,
                pitch=46,
                lines=(
                    "Two one, the coastguard says the causeway floods in twenty minutes.",
                    "Two one, the lifeboat is launching. How many people in the vehicle?",
                    "Received. The lifeboat is ten minutes away. Get them to the refuge tower.",
                    "Two one, the refuge tower is fifty metres east of you.",
                    "Two one, the lifeboat is with you in four minutes.",
                ),
            ),
        ),
        86,
        "wind",
        3,
        overlaps=2,
        replies=2,
        description="a camper van on a flooding causeway: the wearer shouting in a gale",
    ),
    RecordingSpec(
        "d239",
        "fresh29",
        (
            # A van stopped in a lay-by for a brake light, engines idling past: the driver with
            # an Aragonese accent, his partner from the Black Country, the wearer on flite.
            _flite(
                "officer",
                "kal16",
                0,
                wearer=True,
                rate=96,
                lines=(
                    "Afternoon. I stopped you because your brake light's out. Is this your van?",
                    "Can I see your licence, please, sir?",
                    "That's fine, it's valid here. Give me a minute to check it on the system.",
                    "Right, the licence is fine. But the van isn't insured in your name, sir.",
                    "It's still showing the last owner's policy. Have you got an email from the "
                    "insurer?",
                    "Then today it's not insured, and I can't let you drive it away.",
                    "Ring him. Until he's here, the van stays in this lay-by.",
                ),
            ),
            # The driver: espeak's Aragonese voice reading English.
            _espeak(
                "civilian",
                "an+m7",
                -6,
                rate=148,
                pitch=36,
                lines=(
                    "Yes, my van. I did not know about the light. I am sorry.",
                    "Yes, I have the email. One moment. Here. Ah. The policy starts tomorrow.",
                    "Okay. I am sorry, officer. In Spain the insurance is different, I think.",
                ),
            ),
            _espeak(
                "witness",
                "en-gb-x-gbcwmd+steph2",
                -9,
                rate=172,
                pitch=66,
                lines=(
                    "He only bought it on Tuesday. We've had nothing but trouble with it.",
                    "It's a Spanish one, is that all right? He's only been over since March.",
                    "Go on, Javi, give it him. It's in the glove box with the papers.",
                    "What? He paid for insurance on the phone. I heard him.",
                    "Javi! You put the wrong date in!",
                    "My brother's insured on any car. He can come and get it, he's twenty "
                    "minutes away.",
                ),
            ),
        ),
        84,
        "car",
        12,
        long_silences=1,
        description="a van stopped for a brake light: the driver with an Aragonese accent",
    ),
    RecordingSpec(
        "d240",
        "fresh29",
        (
            # A van on its side at a roundabout as the fire engines and the ambulance come: the
            # driver trapped, a cyclist who saw it, and the partner closing the far side of the
            # roundabout, first heard late on the radio, with a Latgalian accent.
            _espeak(
                "officer",
                "en-029+f4",
                0,
                wearer=True,
                rate=164,
                pitch=66,
                lines=(
                    "Sir, can you hear me? Don't try to climb out. Are you hurt?",
                    "Stay still. The fire service are nearly here. Is anyone else in the van?",
                    "Thanks, Janis. Tell the fire crew there's diesel leaking and the driver's "
                    "talking.",
                    "Yes, please stay by the kerb. I'll need your name and what you saw.",
                    "We'll ring him later. Keep your head still for me.",
                ),
            ),
            # The driver, trapped in the cab.
            _flite(
                "civilian",
                "rms",
                -6,
                rate=104,
                lines=(
                    "My shoulder. I think it's my shoulder. The door's above me.",
                    "No, just me. Can you smell diesel? I can smell diesel.",
                    "Can somebody ring my boss? The van belongs to the company.",
                    "The passenger side. I fell across when it went over.",
                ),
            ),
            _espeak(
                "witness",
                "en-gb-x-gbcwmd+m3",
                -8,
                rate=172,
                pitch=40,
                lines=(
                    "I saw it. He came round too fast and it just tipped over.",
                    "There's diesel spreading under the front. Shall I get back?",
                    "Do you need me for anything? I can wait.",
                ),
            ),
            # The partner on the radio: espeak's Latgalian voice reading English.
            _espeak(
                "partner",
                "ltg+m5",
                -9,
                radio=True,
                rate=150,
                pitch=46,
                lines=(
                    "Sarge, it's Janis. I have closed the roundabout from the bypass side.",
                    "Received. The ambulance is two minutes behind the fire engine.",
                    "Sarge, a car has driven round the cones. I am turning him back.",
                    "The fire crew are asking which side the driver is lying on.",
                ),
            ),
        ),
        84,
        "siren",
        1,
        overlaps=1,
        late_voice=3,
        description="a van on its side as the sirens come: the partner late on the radio",
    ),
    RecordingSpec(
        "d241",
        "fresh29",
        (
            # A baby locked in a car in the rain: her mother, the neighbour with a Nahuatl
            # accent who opens it, and the partner's one line.
            _espeak(
                "officer",
                "en-gb-x-gbclan+m3",
                0,
                wearer=True,
                rate=156,
                pitch=36,
                lines=(
                    "Hello, madam. You rang about a baby locked in a car?",
                    "Is the engine off? Is it warm inside?",
                    "Okay. Sir, what would you need to open it?",
                    "We'll try without breaking it first. Sir?",
                    "Go on then. Madam, is there a spare key anywhere?",
                    "Then we'll let Mr Ortega try first. If it takes too long, I'll break the "
                    "glass.",
                ),
            ),
            # The mother.
            _flite(
                "civilian",
                "slt",
                -6,
                rate=96,
                lines=(
                    "She's in the back. The keys are on the seat and the doors locked themselves.",
                    "Oh, thank God. I thought she'd passed out.",
                    "It's off, and it's cold in there, not hot. I only went back for my umbrella.",
                    "Please, just break the window. I don't care about the window.",
                    "The spare's at my husband's work. That's forty minutes away.",
                    "She's waking up. It's all right, baby, mummy's here.",
                    "Oh, come here, sweetheart. She's fine. She's laughing at me.",
                ),
            ),
            # The neighbour: espeak's Nahuatl voice reading English.
            _espeak(
                "witness",
                "nci+m4",
                -8,
                rate=148,
                pitch=48,
                lines=(
                    "I heard her shouting from my garage. I am her neighbour. I can open it, no "
                    "damage.",
                    "A wedge and a long rod. I have them here, from my garage.",
                    "The wedge goes in the top of the door. Then the rod pulls the handle.",
                    "Nearly. The rod is on the handle. Now, pull. Open!",
                ),
            ),
            # The partner's one line.
            _espeak(
                "partner",
                "en-us-nyc+f5",
                -7,
                rate=176,
                pitch=70,
                lines=("The baby's asleep in her seat, Sarge. Breathing fine.",),
            ),
        ),
        82,
        "rain",
        15,
        overlaps=1,
        short_line=3,
        description="a baby locked in a car in the rain: a neighbour with a Nahuatl accent",
    ),
    RecordingSpec(
        "d242",
        "fresh29",
        (
            # A crowded pub on a Friday night: a student whispers to the wearer that a man at
            # the bar put something in her friend's drink. Two voices, her whisper with a
            # Cantonese accent.
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+m2",
                0,
                wearer=True,
                rate=158,
                pitch=44,
                lines=(
                    "Hello. You waved me over? What's happened?",
                    "Okay. Did you see him do it?",
                    "Where's your friend now?",
                    "What's your name, and your friend's?",
                    "Thank you, Mei. Is the glass still on the table?",
                    "Good. Leave it exactly as it is. I'll have it bagged.",
                    "I won't. There are more officers coming in the front door now.",
                    "We'll speak to the barman too. Can you go and stay with Chloe?",
                    "I'll get one called now. You did exactly the right thing, Mei.",
                ),
            ),
            # The student, whispering: espeak's Cantonese voice, whispered.
            _espeak(
                "civilian",
                "yue-latn-jyutping+whisperf",
                -6,
                rate=150,
                pitch=62,
                lines=(
                    "Please, speak quietly. The man at the bar, in the blue shirt. He put "
                    "something in my friend's drink.",
                    "Yes. He dropped something small in her glass when she went to the toilet.",
                    "She is still in the toilet. She drank half of it. She feels dizzy.",
                    "My name is Mei. My friend is Chloe. We are students at the university.",
                    "Yes, I put my coat over it. Nobody touched it.",
                    "He is looking at us now. Please, do not point.",
                    "He has done this before, I think. The barman knows him.",
                    "Yes. Should I call an ambulance for her? She is very pale.",
                ),
            ),
        ),
        82,
        "crowd",
        7,
        description="a spiked drink whispered in a crowded pub: two voices, a Cantonese whisper",
    ),
    RecordingSpec(
        "d243",
        "fresh29",
        (
            # A handbag dumped under a hedge in the park, found by a man's dogs, which bark
            # throughout: the dog walker and the groundsman.
            _flite(
                "officer",
                "slt",
                0,
                wearer=True,
                rate=98,
                lines=(
                    "Hello, sir. You rang about a handbag in the hedge?",
                    "Thank you. Has anybody touched it at all?",
                    "Did you report that one?",
                    "That's all right. Sir, did you report the one last month?",
                    "Please don't take anything out. I'll bag it as it is.",
                    "That's useful. Is there a camera anywhere near the gap?",
                    "Please do. Here's my card, with the reference number on the back.",
                ),
            ),
            # The dog walker.
            _espeak(
                "civilian",
                "en-gb-scotland+m1",
                -6,
                rate=150,
                pitch=40,
                lines=(
                    "That's right. The dogs found it. Sorry, they won't stop barking at it.",
                    "It's under the holly there. The purse is open, and there's no cash in it.",
                    "Only Bramble. She had it by the strap before I could stop her.",
                    "Bramble, leave it! Sit! Sorry, officer.",
                    "There's a bank card in the side pocket. Margaret Doyle, it says.",
                    "There's one on the tennis courts. It points this way, I think.",
                ),
            ),
            # The groundsman.
            _espeak(
                "witness",
                "en+m8",
                -10,
                rate=164,
                pitch=30,
                lines=(
                    "I'm the groundsman. I told him not to touch it till you came.",
                    "There was another one last month, by the bowling green. Purse empty, same "
                    "as this.",
                    "I handed it in at the station on Mill Road. They said a student had lost it.",
                    "There's a gap in the fence behind the holly. The kids use it as a short cut.",
                    "It does. I can ask the council for the footage. It takes a day or two.",
                ),
            ),
        ),
        78,
        "dog",
        11,
        overlaps=1,
        description="a handbag found by a dog walker's dogs under a hedge in the park",
    ),
    RecordingSpec(
        "d244",
        "fresh29",
        (
            # A fight at a wedding reception, the disco still playing: the bride's brother
            # shouting, the bride, the hotel's duty manager and the partner, five lines talked
            # over as the officers come in.
            _espeak(
                "officer",
                "en-us+f3",
                0,
                wearer=True,
                rate=168,
                pitch=70,
                lines=(
                    "Police! Everybody step back! Step away from him now!",
                    "Is anybody hurt? Does anybody need an ambulance?",
                    "Sir, I won't ask you again. Sit down on that chair.",
                    "Madam, what's your name, please?",
                    "Leave the music. Madam, your name?",
                    "Sir, let her answer for herself.",
                    "Kelly, did you see what happened?",
                    "Who threw the first punch?",
                    "Dean, I'm arresting you on suspicion of assault. You don't have to say "
                    "anything.",
                    "You can tell us all that at the station. Walk with my colleague, please.",
                ),
            ),
            # The bride's brother, shouting.
            _espeak(
                "civilian",
                "en-029+m3",
                -6,
                shout=True,
                rate=170,
                pitch=40,
                lines=(
                    "He started it! He's been mouthing off about my sister all night!",
                    "He deserved it! Ask anyone in here what he said!",
                    "Three pints! That's all! It's my sister's wedding!",
                    "Her name's Kelly! And she's my little sister!",
                    "Fine. Fine. I'm sorry, Kell.",
                    "Arrest me? He's the one you want! Ask him what he said!",
                ),
            ),
            # The bride.
            _espeak(
                "witness",
                "en-gb-x-rp+f5",
                -7,
                rate=178,
                pitch=78,
                lines=(
                    "Stop it, Dean! It's my wedding! You've ruined my wedding!",
                    "Gary made a joke about my ex in his speech. Dean went over after, and it all "
                    "went off.",
                    "Dean, you swung first? You promised Mum.",
                ),
            ),
            # The hotel's duty manager.
            _flite(
                "bystander",
                "kal16",
                -9,
                rate=94,
                lines=(
                    "I'm the duty manager. I rang you. They've smashed two tables.",
                    "The best man's got a cut on his head. He's in the kitchen with a cloth on it.",
                    "The DJ's outside having a smoke. I can't find how to turn it down.",
                    "I saw it from the bar. The lad in the grey suit swung first, then the tables "
                    "went.",
                ),
            ),
            _espeak(
                "partner",
                "en-us-nyc+m8",
                -8,
                rate=156,
                pitch=46,
                lines=(
                    "Sir, hands where I can see them. Come over here with me.",
                    "He's sitting, Sarge. He's had a fair bit to drink.",
                ),
            ),
        ),
        88,
        "music",
        5,
        overlaps=5,
        description="a fight at a wedding reception: five lines talked over as the disco plays",
    ),
)
