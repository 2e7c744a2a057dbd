"""The development set's fresh23 half (d189-d196): eight recordings written blind to the diarizer.

Written in session 27, after the fresh to fresh22 halves had been written, by someone who had
not read the diarizer nor the transcriber nor seen their scores. Like fresh21 and fresh22, every
speaker says lines written for the scene (``Voice.lines``), in the order the seed gives the turns
(``devset.turn_plan``); every line is said and the reference STM is the script. Every recording
keeps to 2-5 people, each on a voice of their own (no two on one espeak variant), everyone but
the wearer 5-15 dB under the wearer, a woman in every scene and four women wearers. Unlike
fresh22, which left espeak's defaults, every espeak voice has a rate and a pitch of its own (any
two in a scene at least 12 words a minute or 6 pitch apart) and every flite voice its pace. It
brings espeak's Finnish and Estonian voices reading English (of the voices that read English by
their own letter rules, two that say "car" with a k, where the Czech, Slovak, Croatian and
Latvian ones say "tsar"), each of the eight noises once, and numbers only in words ("nine pounds
forty", "Sierra Kilo one nine"). What each asks for is what the build realises (read from the
reference RTTM below). The module is long because it is data: eight recordings' scene lines,
one spec each, kept together as one half like every other half's module.

- d189, a fare dodger on a station platform (crowd, 7 dB): the station's announcements cut in
  four times from the platform speakers (flite ``slt``, band-limited), once over the man's
  excuse (0.61 s) and once talked over by the wearer (0.69 s); the guard, a woman, and the man,
  who gives his brother's name before his own.
- d190, a hit-and-run told in the back of the patrol car (car, 19 dB): two Finnish sisters, one
  accent and two women (``fi+f2`` at 148 words a minute and pitch 46, ``fi+f4`` at 182 and 66),
  the younger talking over the elder (1.12 s) and the elder over the wearer (1.26 s); the
  partner, over the younger (1.07 s), reads the van's plate in the phonetic alphabet.
- d191, an alarm at a storage yard at night (wind, 11 dB): five pauses of 3.1-4.9 s as the
  wearer, her partner and the keyholder go along the units calling out, the man sleeping in one
  first heard after the fourth, 12 dB under the wearer; 0.2-0.9 s between the other turns.
- d192, a lost old man with dementia at a bus station (rain, 14 dB): 0.1-2.3 s between turns,
  drawn from 0-2.5 s, so one line follows at once and the next after a long breath; the old man
  (118 words a minute, pitch 28) asks the same question three times, word for word, and control
  is on the radio.
- d193, sheep worrying on a hill farm as the walker's dog barks in the police van (dog, 8 dB):
  five voices, the partner's one line talked over by the dog's owner (1.29 s), the wearer
  talking over the owner (0.67 s) and the farmer (0.98 s).
- d194, a man locked in his bathroom after smashing the mirror, the neighbours' music through
  the ceiling (music, 10 dB): he shouts through the door (muffled) in espeak's Estonian voice,
  once over the wearer (1.24 s), and goes quiet for 9.0 s.
- d195, an armed police cordon as sirens pass (siren, 6 dB): control on the radio in turns of up
  to 32 words, once over the wearer (1.37 s), a father whose children are inside, and a
  neighbour 12 dB under answering in one to three words.
- d196, two boys on a stolen e-scooter at night (street, 3 dB): 20 turns in 77 s with 0-0.2 s
  between them and four of the first seven lines talked over (0.64-1.06 s), the boys at espeak's
  195 words a minute and flite's 0.82 of its pace.

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH23: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d189",
        "fresh23",
        (
            # The British Transport Police officer, called to the platform by the guard.
            _espeak(
                "officer",
                "en-gb-x-gbclan+m3",
                0,
                wearer=True,
                rate=158,
                pitch=40,
                lines=(
                    "Afternoon, British Transport Police. Are you the guard who called us?",
                    "Then you buy one from the guard on board, sir. Did you offer to pay her?",
                    "Sir, look at me, not at the trains. Did you offer to pay, yes or no?",
                    "The fare is nine pounds forty. Can you pay that now? What's your name?",
                    "Okay, Liam. Date of birth and address, and the train company will write to "
                    "you.",
                    "Put the cigarette away, you heard the announcement. Date of birth?",
                    "Is that right? Giving me a false name is an offence in itself. Liam or "
                    "Connor?",
                    "Thank you. Sir, your real name and date of birth, or you come to the office "
                    "with me.",
                    "It's written down. Sir?",
                    "Thank you, Connor. I'm reporting you for fare evasion and for giving a false "
                    "name.",
                ),
            ),
            # The station's announcements from the platform speakers: band-limited, as a PA is, and
            # nobody in the encounter.
            _flite(
                "bystander",
                "slt",
                -5,
                radio=True,
                rate=108,
                lines=(
                    "The train now arriving at platform three is the two fifty two to Manchester "
                    "Airport.",
                    "Platform four, the next train does not stop here. Stand well back from the "
                    "yellow line.",
                    "Customers are reminded that smoking is not allowed anywhere on this station.",
                    "The train at platform one is the three oh five to Liverpool Lime Street.",
                ),
            ),
            # The train guard who called.
            _espeak(
                "witness",
                "en-gb-x-gbcwmd+f5",
                -6,
                rate=172,
                pitch=60,
                lines=(
                    "That's me. He got on at Wigan with no ticket, and he won't give me his name.",
                    "He did not. He locked himself in the toilet from Wigan to Bolton.",
                    "Officer, last Tuesday he told me his name was Connor. Same jacket, same "
                    "story.",
                    "I never forget a face. I work this line six days a week.",
                    "And he called me a jobsworth in front of the whole carriage. Write that down.",
                    "Thank you, officer. I'll put that in my report.",
                ),
            ),
            # The man with no ticket, who gives his brother's name before his own.
            _flite(
                "civilian",
                "rms",
                -8,
                rate=94,
                lines=(
                    "The machine at Wigan was broken! It wouldn't take my card, so I just got on.",
                    "Liam Walsh. And I haven't got nine pounds forty, I've got about three quid.",
                    "Fine. Connor Walsh, the third of May, two thousand and one. Forty two Church "
                    "Lane, Ince.",
                    "Whatever. Can I go now? I'm meeting my girlfriend in town at three.",
                ),
            ),
        ),
        120,
        "crowd",
        7,
        overlaps=2,
        description="a fare dodger on a station platform: the PA announcer cutting in",
    ),
    RecordingSpec(
        "d190",
        "fresh23",
        (
            # In the patrol car, the two sisters in the back.
            _flite(
                "officer",
                "awb",
                0,
                wearer=True,
                rate=100,
                lines=(
                    "Right, ladies, you're in the warm now. Whose car is it?",
                    "Okay, one at a time. Katja, were you in the car when it happened?",
                    "Take your time. Anything you remember about the van at all.",
                    "You have a photo? That's brilliant. Can I see it, Liisa?",
                    "Brown and Sons Roofing, with a phone number on the back doors. That's very "
                    "helpful.",
                    "Katja, are you hurt at all? Did the door hit you?",
                    "I'd still like a paramedic to look at it. Can you move your fingers for me?",
                    "Nobody will blame you, Katja. He failed to stop, that's the offence.",
                    "Good. Liisa, you saw his face. Can you describe him for me?",
                ),
            ),
            # Two Finnish sisters (espeak's Finnish voice reading English): one accent, two women,
            # told apart by their voices, pace and pitch. No Finnish line has the word 'it', which
            # this espeak-ng reads as the letters I, T.
            _espeak(
                "civilian",
                "fi+f2",
                -6,
                rate=148,
                pitch=46,
                lines=(
                    "That is my car, the blue Skoda. A white van reversed into my door, very hard.",
                    "My sister has a photo on her phone. Liisa, show them the photo.",
                    "My wrist, a little. My hand was on the door when the van hit. Only a bruise, "
                    "I think.",
                    "Yes, I can move them. But the door does not close now. My husband will kill "
                    "me.",
                ),
            ),
            _espeak(
                "witness",
                "fi+f4",
                -8,
                rate=182,
                pitch=66,
                lines=(
                    "And then he drove away! He looked at us and he just drove away!",
                    "No, we were both outside, putting the shopping in the boot. I saw his face.",
                    "Here. The photo is not so clear, but you can see the ladder and the name.",
                    "The number plate is there, at the bottom, but I could not read the letters. "
                    "Very dirty.",
                    "About fifty, big, with a grey beard and a red hat. He was talking on his "
                    "phone.",
                ),
            ),
            # The partner in the driver's seat, on the radio.
            _espeak(
                "partner",
                "en-gb-scotland+m7",
                -5,
                rate=160,
                pitch=38,
                lines=(
                    "I'll put the details through to control while you talk to them.",
                    "Did either of you get the registration? Even part of it helps us.",
                    "Sierra Kilo one nine, Whiskey Bravo Tango. Control says a roofer on Leith "
                    "Walk.",
                    "Ambulance is forty minutes. I'll go and photograph the damage on the Skoda.",
                    "There's white paint on the door, and a piece of his tail light. I've bagged "
                    "it.",
                    "And the lad with the trolleys by the entrance says he saw the whole thing.",
                ),
            ),
        ),
        121,
        "car",
        19,
        overlaps=3,
        description="a hit-and-run told by two Finnish sisters: one accent, two women",
    ),
    RecordingSpec(
        "d191",
        "fresh23",
        (
            # Along the rows of units with her partner and the keyholder: they call out and wait.
            _espeak(
                "officer",
                "en-gb-x-gbclan+f1",
                0,
                wearer=True,
                rate=166,
                pitch=57,
                lines=(
                    "Control, on scene at the storage yard with the keyholder. Which gate was "
                    "open, sir?",
                    "Police! Come out slowly and show me your hands. Show me your hands.",
                    "What's your name, mate? Have you got anything on you that could hurt me?",
                    "Okay, Danny. It's minus two tonight. Did you cut that padlock?",
                    "How long have you been sleeping in here?",
                    "Sir, can you have a look inside? Does anything look like it's been moved?",
                    "Control, a second unit broken into on block C. Danny, did you see anyone "
                    "else tonight?",
                ),
            ),
            _flite(
                "partner",
                "kal16",
                -5,
                rate=104,
                lines=(
                    "Police! Anyone in here, make yourself known! Police!",
                    "Police! If you're in here, come out now. We know you're in here.",
                    "Sarge, there's a second lock cut on fifty four, and that unit's empty.",
                ),
            ),
            # The yard's keyholder, who knows the man they find.
            _espeak(
                "civilian",
                "en-gb-x-gbclan+m5",
                -6,
                rate=156,
                pitch=36,
                lines=(
                    "The side gate by the skips. The alarm is on block C.",
                    "Block C is this row on the left. Units forty to sixty, all the small ones.",
                    "That one's open. Fifty one. The padlock's on the floor, it's been cut.",
                    "I know him. That's the lad who sleeps behind the skips.",
                    "That's a customer's unit, though. That's somebody's furniture in there.",
                ),
            ),
            # The man sleeping in a unit, first heard when found, 12 dB under the wearer.
            _espeak(
                "witness",
                "en+m1",
                -12,
                rate=172,
                pitch=48,
                lines=(
                    "Alright, alright. I'm coming out. I'm not robbing anything, I swear.",
                    "Danny. Danny Moss. I've got nothing on me. I just wanted out of the wind.",
                    "No. The lock was already cut when I got here. The bolt cutters aren't mine.",
                    "Three nights. I go before the staff come in at seven. I don't touch anything.",
                    "Look, it's all still in boxes. I've just been sleeping on the rug.",
                ),
            ),
        ),
        120,
        "wind",
        11,
        long_silences=5,
        silence=(3.0, 5.0),
        late_voice=3,
        description="a night search of a storage yard: 3-5 s pauses, a quiet man found late",
    ),
    RecordingSpec(
        "d192",
        "fresh23",
        (
            _flite(
                "officer",
                "slt",
                0,
                wearer=True,
                rate=100,
                lines=(
                    "Hello, sir. I'm Emma, I'm with the police. Are you alright? You're soaked "
                    "through.",
                    "Thanks for ringing us. Sir, is your name Arthur? Arthur Bell?",
                    "Let's get you out of the rain first, Arthur. Can you stand up for me?",
                    "Control, Charlie Four Two, I think I've found him, at the bus station on "
                    "Cable Street.",
                    "Thank you. Arthur, we're going to sit somewhere warm, with a cup of tea.",
                    "We'll sort the bus out in a minute. Hold my arm, the floor is wet.",
                    "Lovely. Have you seen him here before?",
                    "That's really useful, keep hold of it. Control, can you give me his "
                    "description?",
                ),
            ),
            # An old man with dementia, slow and low, asking the same question again and again.
            _espeak(
                "civilian",
                "en-gb-x-gbclan+m4",
                -7,
                rate=118,
                pitch=28,
                lines=(
                    "Is this where I get the bus to Morecambe? My wife is waiting for me.",
                    "Arthur, yes. Is this where I get the bus to Morecambe? My wife is waiting "
                    "for me.",
                    "My legs are stiff. I've been waiting a long time. The bus is late again.",
                    "Is this where I get the bus to Morecambe? My wife is waiting for me.",
                    "Margaret will be worried. She doesn't like me being late for my tea.",
                ),
            ),
            # The bus station's supervisor, who rang.
            _espeak(
                "witness",
                "en-gb-x-gbcwmd+m2",
                -9,
                rate=168,
                pitch=46,
                lines=(
                    "He's been on that bench since before seven. No coat, no ticket, asking every "
                    "driver the same thing.",
                    "There's a heater in my office, bring him in there. I'll put the kettle on.",
                    "Mind the step. There's a blanket on the chair, it's clean.",
                    "Twice this month. Last time his daughter came for him. She left me her "
                    "number.",
                ),
            ),
            # Control on the radio.
            _espeak(
                "dispatch",
                "en-gb-x-rp+f3",
                -8,
                radio=True,
                rate=174,
                pitch=58,
                lines=(
                    "Charlie Four Two, a missing person from Ashgrove care home. Arthur Bell, "
                    "eighty four, left on foot at six.",
                    "Five foot eight, white hair, a blue cardigan and slippers, a wedding ring on "
                    "his left hand.",
                ),
            ),
        ),
        120,
        "rain",
        14,
        gaps=(0.0, 2.5),
        description="a lost old man at a bus station: 0-2.5 s between turns, one question again",
    ),
    RecordingSpec(
        "d193",
        "fresh23",
        (
            _espeak(
                "officer",
                "en-gb-x-rp+m4",
                0,
                wearer=True,
                rate=160,
                pitch=42,
                lines=(
                    "Morning. Mister Pryce? You rang about a dog in with your sheep.",
                    "Madam, is he your dog? Was he on a lead when you came over the stile?",
                    "Okay. Mister Pryce, the shotgun. Is it unloaded?",
                    "You did, sir, if it was worrying your sheep. I'm glad nobody had to. Let's "
                    "keep it calm.",
                    "I understand. How many sheep are in that field, sir?",
                    "Have you had dogs in with them before?",
                    "Madam, I need your name and address. The dog stays with us for now.",
                    "That's for a court to decide, not us, sir. Have you got a vet coming out?",
                    "Keep every receipt. The owner is liable for the vet, the ewes and the lambs.",
                    "Nobody is putting him down today. But you'll be interviewed about this, "
                    "madam.",
                ),
            ),
            # The walker whose dog it was: it barks on in the police van.
            _espeak(
                "civilian",
                "en-gb-x-rp+f4",
                -7,
                rate=178,
                pitch=64,
                lines=(
                    "He's never done anything like this! He's a family dog, he sleeps on my son's "
                    "bed!",
                    "On the lane, yes. I let him off in the top field, there were no sheep in it.",
                    "He was going to shoot him in front of me! I was screaming at him to stop!",
                    "I'll pay for them. I'll pay. Just please don't let them put Max down.",
                ),
            ),
            # The farmer, and his wife.
            _flite(
                "witness",
                "awb",
                -6,
                rate=96,
                lines=(
                    "I did. Two ewes dead and one torn open, and all of them in lamb.",
                    "It's unloaded and it's in the cab. I had every right to shoot that dog, and "
                    "you know it.",
                    "Sixty three ewes, due in three weeks. The fright alone can make them lose "
                    "their lambs.",
                    "That dog doesn't go back to her. It's tasted blood now, it'll do it again.",
                    "This afternoon. That's two hundred pounds before she even looks at them.",
                    "A ewe in lamb is worth two hundred and fifty pounds. Two dead. You do the "
                    "sums.",
                    "Forty years I've farmed this hill, and it's always the walkers. Always.",
                ),
            ),
            _espeak(
                "bystander",
                "en-gb-x-gbcwmd+f3",
                -10,
                rate=160,
                pitch=52,
                lines=(
                    "Gwyn, put the gun back in the Land Rover. The police are here now. Put it "
                    "away.",
                    "Twice last spring. We've put signs on every gate. Dogs on leads, ewes in "
                    "lamb.",
                    "Gwyn. Come and help me get the dead ones out of the field before the crows "
                    "do.",
                ),
            ),
            # The partner at the van: one line.
            _flite(
                "partner",
                "rms",
                -9,
                rate=100,
                lines=(
                    "The dog's in the back of our van, Sarge. He's got blood all round his mouth.",
                ),
            ),
        ),
        124,
        "dog",
        8,
        overlaps=3,
        short_line=4,
        description="sheep worrying as the dog barks: five voices, the partner's one line",
    ),
    RecordingSpec(
        "d194",
        "fresh23",
        (
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+m3",
                0,
                wearer=True,
                rate=162,
                pitch=42,
                lines=(
                    "Police. Is this the flat? Where is he, love?",
                    "Okay. Is he on his own in there? Has he had anything to drink tonight?",
                    "Margus, it's the police. Nobody is in trouble. I need to see that you're "
                    "okay.",
                    "Is your hand bleeding, Margus? Have you cut yourself on the glass?",
                    "Because she's scared for you. Put a towel on it and open the door for me.",
                    "It's your mirror, Margus. Nobody is arresting anybody for a mirror.",
                    "Margus, if you don't open it, we'll have to force the door. I don't want to "
                    "do that.",
                    "Yes, do it now. Madam, does he drink like this often?",
                    "Okay. You did the right thing calling us.",
                    "Margus, stay sitting down. Reach up and turn the lock. Just turn the lock.",
                ),
            ),
            # His girlfriend, who called.
            _flite(
                "witness",
                "slt",
                -7,
                rate=104,
                lines=(
                    "Margus smashed the mirror with his fist. There was blood on the sink before "
                    "he locked the door.",
                    "Since he lost his job at the factory. Every night now, a bottle of vodka.",
                    "Margus, open the door! Please, just open the door for them!",
                ),
            ),
            # Behind the locked bathroom door (muffled), shouting, in espeak's Estonian voice.
            _espeak(
                "civilian",
                "et+m6",
                -8,
                shout=True,
                muffled=True,
                rate=150,
                pitch=40,
                lines=(
                    "Go away! I did not call police! This is my flat!",
                    "I am okay! I am fine! Tell her to go to her mother!",
                    "It is nothing! A small cut! Why does she call police for a small cut?",
                    "You will arrest me. I know it. I break the mirror, you arrest me.",
                    "Wait! Wait. Give me one minute. I am putting a towel on.",
                    "There is a lot of blood. I feel dizzy. I am sitting on the floor.",
                    "Okay. Okay. It is open. Please, no handcuffs.",
                ),
            ),
            _espeak(
                "partner",
                "en-gb-x-rp+f5",
                -5,
                rate=168,
                pitch=56,
                lines=(
                    "Bathroom door's locked, Sarge. He's in there.",
                    "He's gone quiet. Margus? Margus, can you hear me?",
                    "Sarge, there's blood on the door handle as well. More than a small cut.",
                    "I'll get an ambulance on the way, just in case.",
                ),
            ),
        ),
        125,
        "music",
        10,
        overlaps=1,
        long_silences=1,
        description="a man shouting through a bathroom door in an Estonian accent, over music",
    ),
    RecordingSpec(
        "d195",
        "fresh23",
        (
            # On the outer cordon's tape.
            _espeak(
                "officer",
                "en-gb-x-rp+f1",
                0,
                wearer=True,
                rate=164,
                pitch=55,
                lines=(
                    "Sir, stop there, the road is closed. Madam, do you live on this road?",
                    "Sir, your kids are safer inside with the doors locked than out here. Stay "
                    "behind the tape.",
                    "Madam, you know him? Does he live on his own?",
                    "Control, the neighbour says the subject is a Gary Lewis, he lives alone with "
                    "a dog.",
                    "Good. Tell her to stay in the back room, away from the windows, and keep the "
                    "door shut.",
                    "I can't say, love, but you're safe here with me. Have you got somewhere warm "
                    "to go?",
                    "Then stay here with me, sir, behind the tape. What's your name?",
                ),
            ),
            # Control on the radio, in long turns.
            _flite(
                "dispatch",
                "kal16",
                -10,
                radio=True,
                rate=96,
                lines=(
                    "All units at Priory Road, armed officers are now on scene. Hold the cordon "
                    "at the junction with Mill Lane, nobody in or out, and keep the public back "
                    "behind the cars.",
                    "Cordon officer, the subject is believed to be in number sixteen, the first "
                    "floor flat. Residents from twelve to twenty are to stay inside, away from "
                    "the front windows.",
                    "Received. Pass to all units, there may be a dog in the flat. The negotiator "
                    "is ten minutes away. Cordon officer, nobody is to approach the address for "
                    "any reason.",
                    "Cordon officer, a rest centre is open at the church hall on Mill Lane. Send "
                    "any residents there, and take their names and addresses before they go.",
                ),
            ),
            # A father whose children are inside with their grandmother.
            _espeak(
                "civilian",
                "en-029+m3",
                -7,
                rate=172,
                pitch=44,
                lines=(
                    "I live at number twelve! My kids are in there with their nan, I need to get "
                    "home!",
                    "Sixteen? That's the lad above her! What's he done?",
                    "I'm ringing my mother in law, and she's not answering. Why isn't she "
                    "answering?",
                    "She's answered! They're in the back bedroom, they're fine. Thank God for "
                    "that.",
                    "I'm not going to a church hall while my kids are in there. I'm staying right "
                    "here.",
                ),
            ),
            # A neighbour, 12 dB under the wearer, answering in a word or three.
            _espeak(
                "witness",
                "en-gb-scotland+f5",
                -12,
                rate=150,
                pitch=48,
                lines=(
                    "Number fourteen.",
                    "Gary Lewis.",
                    "With his dog.",
                    "Is he dangerous?",
                ),
            ),
        ),
        104,
        "siren",
        6,
        overlaps=1,
        replies=3,
        description="an armed cordon as sirens pass: control's long turns on the radio",
    ),
    RecordingSpec(
        "d196",
        "fresh23",
        (
            _espeak(
                "officer",
                "en-gb-scotland+f3",
                0,
                wearer=True,
                rate=170,
                pitch=60,
                lines=(
                    "Stop there, both of you. Off the scooter. Two on one scooter, at night, no "
                    "lights.",
                    "What's your cousin's name? And what's yours?",
                    "Okay. So you're not sure. What's your name?",
                    "He can tell me his name, that's fine. And yours?",
                    "Right. I'm arresting you on suspicion of handling stolen goods. Not you, "
                    "Tyler.",
                    "Then you can tell us all about your cousin at the station. What's your name?",
                ),
            ),
            # The two boys on one scooter, both quick: espeak at 195 words a minute, flite at 0.82
            # of its pace.
            _espeak(
                "civilian",
                "en-gb-x-gbclan+m6",
                -7,
                rate=195,
                pitch=62,
                lines=(
                    "It's my cousin's, my cousin lent it me, he lives on Jubilee Road.",
                    "Why are you stopping us? We haven't done anything, this is harassment, man.",
                    "Don't tell them nothing, Tyler. They can't do nothing to you.",
                    "Handling? I didn't steal it! My cousin gave it me, I swear on my nan!",
                    "Reece. Reece Cole. Sixteen. Ring my mum, she'll tell you it's my cousin's.",
                ),
            ),
            _flite(
                "witness",
                "rms",
                -9,
                rate=82,
                lines=(
                    "It's his scooter, miss, I'm just getting a lift home, I've done nothing.",
                    "Miss, I swear down, I don't even know whose scooter it is.",
                    "Tyler. Tyler Grant. I'm fifteen. My mum's gonna kill me.",
                    "See, I told you. I said it was dodgy when you picked me up.",
                    "Can I go home, miss? I live right there, the house with the green door.",
                ),
            ),
            _flite(
                "partner",
                "awb",
                -5,
                rate=100,
                lines=(
                    "Stand still. Hands out of your pockets, both of you.",
                    "Because that scooter matches one reported stolen this afternoon. Same "
                    "colour, same sticker.",
                    "The frame number on the scooter ends in four four seven. That's the stolen "
                    "one.",
                    "Control, one male detained with a stolen scooter. We need a van and an "
                    "appropriate adult.",
                ),
            ),
        ),
        80,
        "street",
        3,
        overlaps=4,
        gaps=(0.0, 0.2),
        description="two boys on a stolen scooter: fast talkers, no room between turns",
    ),
)
