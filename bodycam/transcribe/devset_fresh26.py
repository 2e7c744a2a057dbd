"""The development set's fresh26 half (d213-d220): eight recordings written blind to the diarizer.

Written in session 30, after the fresh to fresh25 halves had been written, by someone who had
not read the diarizer nor the transcriber nor seen their scores. Like fresh21 to fresh25, every
speaker says lines written for the scene (``Voice.lines``), in the order the seed gives the
turns (``devset.turn_plan``); every line is said and the reference STM is the script. Every
recording keeps to 2-5 people, each on a voice of their own (no two on one espeak variant),
everyone but the wearer 5-15 dB under the wearer, and a woman in every scene; every espeak voice
has a rate and a pitch of its own and every flite voice its pace, and every recording is 84-90 s
long (fresh25's were 74-90 s). It brings seven accents new to the set, espeak's Norwegian,
Latvian, Czech, Croatian, Slovak, Portuguese and Slovenian voices reading English (each reads
every word by its own letter rules, as checked with ``espeak-ng -x``; none reads "it" as the
letters), each of the eight noises once, and numbers only in words. What each asks for is what
the build realises (read from the reference RTTM below). The module is long because it is data:
eight recordings' scene lines, one spec each, kept together as one half like every other half's
module.

- d213, a woman hiding in her wardrobe from an intruder, on the wearer's phone on speaker as the
  patrol car drives to her (car, 12 dB): she whispers every line (``en-gb-x-rp+whisperf``) and
  the phone band-limits the whisper, where no band-limited voice before whispered; nobody
  talked over.
- d214, a fishing boat's mooring line cut in the night, on a harbour wall (wind, 8 dB): a
  Norwegian skipper (``nb+m2``) and a Latvian deckhand (``lv+m5``) beside a Scottish wearer and
  the harbour master, 0-0.1 s between all 23 turns, where no scene with turns that tight had an
  accent in it.
- d215, a Czech couple's wages stolen from their caravan on a fruit farm as the farm dog barks
  (dog, 13 dB): a man and a woman on espeak's Czech voice (``cs+m4`` at -6 dB, ``cs+f1`` at
  -13 dB, on the caravan's step), the husband over his wife (1.09 s), one accent over itself
  7 dB apart where it was 2 dB before (d56, d145, d190); three lines talked over (1.09, 0.97
  and 0.92 s).
- d216, a rugby club's terrace after a cup final (crowd, 4 dB): five voices with a Croatian
  prop (``hr+m6``) and five lines talked over (0.79-1.33 s), where no scene with five lines
  talked over had an accent.
- d217, a house on fire as the engines come (siren, 10 dB): a Slovak neighbour's one shouted
  warning (``sk+m7``), the first short line both shouted and with an accent; the mother at
  pitch 70.
- d218, two boys of fourteen with a bag of prizes from a smashed claw machine in a bowling
  alley (music, 8 dB): the wearer a woman with a Portuguese accent (``pt+f4``), the first
  woman wearer with an accent, beside two boys at pitch 80 and 72; the wearer over one boy
  (1.00 s).
- d219, a young man missing from a ward, hiding in his mother's loft in a thunderstorm (rain,
  7 dB): he whispers down through the hatch (``en-gb-x-gbcwmd+whisper``), first heard after a
  7.3 s silence, the first late voice to whisper; the partner's one line after a 10.0 s
  silence.
- d220, a learner driver into a parked van at a junction (street, 2 dB): the wearer and the
  learner two women four pitch apart (60 and 64), and the instructor in espeak's Slovenian
  voice (``sl+m3``) over the wearer (1.15 s).

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH26: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d213",
        "fresh26",
        (
            # In the patrol car on the way to a house where a woman is hiding from an intruder:
            # she whispers on the wearer's phone, on speaker (band-limited).
            _espeak(
                "officer",
                "en-gb-x-gbclan+m2",
                0,
                wearer=True,
                rate=158,
                pitch=38,
                lines=(
                    "Madam, it's Sergeant Hughes. Are you still in the wardrobe? Just whisper.",
                    "Stay where you are, phone to your mouth. Anyone else in the house?",
                    "We're close. Don't go out to him. Did you see his face?",
                    "Twenty three. Madam, we're in your road now.",
                    "Park across its front so it can't pull out.",
                    "Madam, we're at your door. My colleague's going round the back.",
                    "Go. Madam, stay on the line. Not a sound now.",
                    "Police! Stay where you are! Madam, stay in the wardrobe!",
                    "He's out the back! Chris, he's coming to you!",
                ),
            ),
            _flite(
                "partner",
                "rms",
                -6,
                rate=96,
                lines=(
                    "Four minutes out, Sarge. Blue lights off now.",
                    "Turning into Willow Close. Which number?",
                    "Grey van outside twenty five, engine running, nobody in it.",
                    "Done. Lima Kilo seven one, Romeo Tango Papa.",
                    "Back gate's open, Sarge. Going round the side.",
                    "Got him! On the ground! Stay down!",
                ),
            ),
            # The woman hiding in her wardrobe: a whisper on the phone, on speaker.
            _espeak(
                "civilian",
                "en-gb-x-rp+whisperf",
                -7,
                radio=True,
                rate=140,
                pitch=56,
                lines=(
                    "Yes. He's downstairs. I can hear him in the kitchen.",
                    "Just me. My husband works nights.",
                    "No. A dark hoodie. I heard the back door glass go.",
                    "He's coming up the stairs. Please hurry.",
                    "He's running. He's running back down the stairs.",
                ),
            ),
        ),
        85,
        "car",
        12,
        description="a woman hiding from an intruder whispers on the phone on speaker",
    ),
    RecordingSpec(
        "d214",
        "fresh26",
        (
            # On a harbour wall in a stiff wind, where a fishing boat's mooring line was cut.
            _espeak(
                "officer",
                "en-gb-scotland+f3",
                0,
                wearer=True,
                rate=156,
                pitch=60,
                lines=(
                    "Morning. Police. Who rang about the rope?",
                    "Sir, your name, and the boat's?",
                    "Cut, you say? Not the wind?",
                    "Mrs Grant, any cameras on the pontoon?",
                    "We'll look anyway. You, sir, with the coffee. Your name?",
                    "Were you on the pontoon last night, Janis?",
                    "Has there been trouble between the two boats?",
                    "Right. I'll take the camera, and statements from all three.",
                    "Olav first, then Janis. Inside, please, out of the wind.",
                ),
            ),
            # The skipper: espeak's Norwegian voice reading English.
            _espeak(
                "civilian",
                "nb+m2",
                -6,
                rate=140,
                pitch=34,
                lines=(
                    "I rang. Somebody cut my mooring line. My boat was nearly on the rocks.",
                    "Olav Berg. The Solveig. Nine years in this harbour.",
                    "And that man was on the pontoon last night! Ask him!",
                    "Old, but it works. I saw the red light.",
                ),
            ),
            # A deckhand from the next boat: espeak's Latvian voice reading English.
            _espeak(
                "witness",
                "lv+m5",
                -9,
                rate=170,
                pitch=46,
                lines=(
                    "Not me. I came to see the shouting.",
                    "Janis Ozols. I work on the Maria, the blue boat.",
                    "At eleven, yes. To the toilet block. I did not touch his rope.",
                ),
            ),
            _flite(
                "bystander",
                "slt",
                -7,
                rate=104,
                lines=(
                    "Harbour master, Fiona Grant. I saw her swinging loose at six.",
                    "Look at the end. That's a clean cut. A knife did that.",
                    "One, on the fuel berth. It's old, mind.",
                    "In daylight it works. At night, I'd not promise.",
                    "The toilets are the other way, mind. Not past the Solveig.",
                    "All summer. Two boats, one berth, shouting every morning.",
                    "The office is open. The kettle's on.",
                ),
            ),
        ),
        85,
        "wind",
        8,
        gaps=(0.0, 0.1),
        description="a cut mooring line: a Norwegian skipper and a Latvian deckhand, tight turns",
    ),
    RecordingSpec(
        "d215",
        "fresh26",
        (
            # A fruit farm's caravan site at night, the farm dog barking: a Czech couple's wages
            # stolen from under their bed.
            _espeak(
                "officer",
                "en-029+m3",
                0,
                wearer=True,
                rate=150,
                pitch=44,
                lines=(
                    "Evening. Police. Somebody rang about money stolen from a caravan?",
                    "How much was in the tin, sir?",
                    "Okay. When did you last see it?",
                    "And the caravan was locked all day?",
                    "Was anybody else on the site today?",
                    "Which caravan is Marek's?",
                    "What car does he drive?",
                ),
            ),
            _flite(
                "witness",
                "awb",
                -8,
                rate=98,
                lines=(
                    "That's right. I'm the farmer, Tom Willis. Pavel and his wife pick for me.",
                    "I've said I'll help with the bank. Nobody listens to me.",
                    "It's all in the office, his passport copy and his car. I'll fetch it.",
                ),
            ),
            # The wife, at the caravan's step, and the husband beside the wearer: espeak's Czech
            # voice reading English, a woman and a man 7 dB apart.
            _espeak(
                "bystander",
                "cs+f1",
                -13,
                rate=164,
                pitch=62,
                lines=(
                    "I told him, put it in the bank. Every week I told him.",
                    "This morning at six, before the field. The tin was there.",
                    "Everybody knows because you tell everybody!",
                    "Marek. He said he was sick. He played music all day.",
                ),
            ),
            _espeak(
                "civilian",
                "cs+m4",
                -6,
                rate=146,
                pitch=36,
                lines=(
                    "All our money. Six weeks of strawberries, in a tin under the bed.",
                    "The bank wants an address, papers. How can I open a bank?",
                    "Two thousand four hundred pounds. All twenty pound notes.",
                    "Locked, yes. But the back window does not close. Everybody knows.",
                    "Number nine, by the gate. But his car is gone since lunch.",
                    "A silver car, an old one. I do not know the number.",
                    "Please, officer. This money is for our daughter's school at home.",
                ),
            ),
        ),
        84,
        "dog",
        13,
        overlaps=3,
        description="a Czech couple's stolen wages: one accent, a man over his wife",
    ),
    RecordingSpec(
        "d216",
        "fresh26",
        (
            # On a rugby club's terrace after a cup final, the bar's crowd behind: a fan with a
            # bloody nose says the club's Croatian prop punched him.
            _espeak(
                "officer",
                "en-us+m7",
                0,
                wearer=True,
                rate=166,
                pitch=42,
                lines=(
                    "Right, everybody calm down! Who's hurt? Who rang us?",
                    "One at a time! Madam, stay there, I'll come to you.",
                    "Everybody stop talking! Big man, did you hit him?",
                    "I'll ask everybody. Sir, sit down. What's your name?",
                    "Noted, Darren. Big man, your name, please.",
                    "Did the glass hit her? Where's your wife now?",
                    "Ivan, is your wife happy to talk to me?",
                    "Darren, my colleague's taking you to the ambulance. Then we'll talk.",
                ),
            ),
            # The prop: espeak's Croatian voice reading English.
            _espeak(
                "civilian",
                "hr+m6",
                -6,
                rate=142,
                pitch=30,
                lines=(
                    "Nobody is hurt. He fell over by himself. I only held his arm.",
                    "Ivan Horvat. I play for this club. Three seasons, never trouble.",
                    "He threw a glass at my wife. I took his arm, then he fell.",
                    "Inside, with ice on her hand. The glass cut her fingers.",
                    "It slipped five metres, over two tables.",
                    "Yes. She is angry, but she will talk. Come, I show you.",
                ),
            ),
            _espeak(
                "witness",
                "en-gb-x-rp+f5",
                -10,
                rate=172,
                pitch=66,
                lines=(
                    "I'm the club secretary, Jo Harper. I saw all of it from the door.",
                    "That's true. Darren threw beer at the players all night.",
                ),
            ),
            _flite(
                "bystander",
                "kal16",
                -8,
                rate=92,
                lines=(
                    "He punched me! Look at my face! In front of everybody!",
                    "He did! Everybody saw it! Ask anybody!",
                    "Darren Cole. And I want him arrested tonight!",
                    "Rubbish! It slipped out of my hand!",
                    "So that's it? He gets a chat and I get a broken nose?",
                ),
            ),
            _espeak(
                "partner",
                "en-gb-x-gbcwmd+m1",
                -5,
                rate=182,
                pitch=48,
                lines=(
                    "Sarge, this one's got a bloody nose. Says the big lad hit him.",
                    "Sir, sit on the bench for me. Head forward, pinch your nose.",
                ),
            ),
        ),
        90,
        "crowd",
        4,
        overlaps=5,
        description="a rugby club's terrace: a Croatian prop, five voices, five lines talked over",
    ),
    RecordingSpec(
        "d217",
        "fresh26",
        (
            # Outside a house on fire at night as the fire engines come: a mother whose son may
            # still be inside, and a neighbour's one shouted warning.
            _espeak(
                "officer",
                "en-gb-x-rp+m4",
                0,
                wearer=True,
                rate=168,
                pitch=46,
                lines=(
                    "Is everybody out of the house? Madam! Is everybody out?",
                    "Everybody back behind the cars, now! Madam, when did you see Kyle?",
                    "Madam, has Kyle got a phone? Ring him, right now.",
                    "Keep trying. Which window is his?",
                    "Control, persons reported, a boy of fifteen, rear bedroom, first floor.",
                    "Madam, look. Is that Kyle?",
                    "Control, update, the boy is out. Ambulance to check him over.",
                    "Madam, stay back from the house. Kyle, sit on the kerb for me.",
                ),
            ),
            _espeak(
                "civilian",
                "en-us-nyc+f4",
                -7,
                rate=176,
                pitch=70,
                lines=(
                    "My son! Kyle's room is at the back! I don't know if he's out!",
                    "He went to bed at ten. I smelled smoke and I ran. I shouted for him.",
                    "It's ringing. It's ringing. He's not answering!",
                    "The left one, at the back, over the kitchen.",
                    "Kyle! Oh, thank God! Come here!",
                    "The house. Everything we own is in there.",
                ),
            ),
            _flite(
                "partner",
                "slt",
                -5,
                rate=100,
                lines=(
                    "Fire service two minutes away, Sarge. I'll close the road.",
                    "Gas in the shed, Sarge. I'll tell the crew when they pull up.",
                    "Sarge! There's a lad in the garden next door! Came over the fence!",
                    "He's coughing, but he's walking. He climbed out onto the kitchen roof.",
                    "Fire crew's here, Sarge. I've told them about the gas bottles.",
                ),
            ),
            # The neighbour's one shouted warning: espeak's Slovak voice reading English.
            _espeak(
                "bystander",
                "sk+m7",
                -9,
                shout=True,
                rate=150,
                pitch=40,
                lines=("The gas bottles! He keeps gas bottles in the shed!",),
            ),
        ),
        86,
        "siren",
        10,
        short_line=3,
        description="a house fire as the engines come: a neighbour's one shouted Slovak warning",
    ),
    RecordingSpec(
        "d218",
        "fresh26",
        (
            # A bowling alley's arcade, the music loud: the wearer, with a Portuguese accent,
            # and two boys of fourteen found with a bag of prizes from a smashed claw machine.
            _espeak(
                "officer",
                "pt+f4",
                0,
                wearer=True,
                rate=150,
                pitch=58,
                lines=(
                    "Hello, boys. The manager says the claw machine is broken. You know something?",
                    "Okay. I want to hear everybody. Boys, your names, please?",
                    "Jayden, I am not saying you did. How old are you?",
                    "We must ring both mums. And your name?",
                    "Sir, please, let him answer. Tyler, is this true?",
                    "Sir, do you have cameras on the machines?",
                    "Good. Tyler, did you see who left the bag?",
                    "Sir, can we look at the fire door camera, please?",
                ),
            ),
            _flite(
                "witness",
                "rms",
                -8,
                rate=108,
                lines=(
                    "Found it. Forty quid of prizes, and the glass on the machine in bits.",
                    "That's Tyler. He's banned already, since the summer.",
                    "Told off and banned. His photo's on the board in the office.",
                    "Two cameras. One on the machines, one on the fire door.",
                ),
            ),
            # Two boys of fourteen, high and quick.
            _espeak(
                "civilian",
                "en-us+m5",
                -6,
                rate=190,
                pitch=80,
                lines=(
                    "No! We were just bowling. Lane six. Ask anybody.",
                    "Jayden Price. I didn't do anything, I swear down.",
                    "He wasn't banned! He just got told off!",
                ),
            ),
            _espeak(
                "bystander",
                "en-gb-x-gbclan+m1",
                -7,
                rate=174,
                pitch=72,
                lines=(
                    "We only found the bag. It was on the floor by the toilets.",
                    "We're both fourteen. Please don't ring my mum.",
                    "The cameras will show we found it. I'm not lying.",
                    "Three older lads. One had a red jacket. They ran out the fire door.",
                    "You'll see. It was them, not us.",
                ),
            ),
        ),
        88,
        "music",
        8,
        overlaps=1,
        description="a smashed claw machine: a wearer with a Portuguese accent and two boys",
    ),
    RecordingSpec(
        "d219",
        "fresh26",
        (
            # A house in a thunderstorm: a young man missing from a hospital ward is hiding in
            # his mother's loft, and whispers down to her, first heard after a long silence.
            _flite(
                "officer",
                "kal16",
                0,
                wearer=True,
                rate=102,
                lines=(
                    "Mrs Okafor? I'm PC Walsh. You heard something in the loft?",
                    "Daniel, who's missing from the hospital since Tuesday? Is the hatch open?",
                    "Daniel, my name's Sam. I'm staying down here. Are you hurt at all?",
                    "No handcuffs, Daniel. I promise. I just need to see you're safe.",
                ),
            ),
            _espeak(
                "civilian",
                "en-029+f2",
                -6,
                rate=146,
                pitch=62,
                lines=(
                    "Up there. Footsteps, and something dragging. I think it's my son. Daniel.",
                    "Daniel? It's Mum. The police are here, but nobody is angry with you.",
                    "He hid up there when he was little. Whenever there was thunder.",
                    "Nobody's taking you anywhere tonight, love. Just come down.",
                    "Ask him yourself. He's at the bottom of the ladder.",
                    "See? Come on, love. One foot at a time. We've got the ladder.",
                ),
            ),
            # The son in the loft, whispering down through the hatch.
            _espeak(
                "bystander",
                "en-gb-x-gbcwmd+whisper",
                -9,
                rate=136,
                pitch=40,
                lines=(
                    "Tell them to go away, Mum. I'm not going back to that ward.",
                    "Is the policeman going to put handcuffs on me?",
                ),
            ),
            _flite(
                "partner",
                "slt",
                -8,
                rate=96,
                lines=("Ladder's down, Sarge.",),
            ),
        ),
        88,
        "rain",
        7,
        long_silences=2,
        late_voice=2,
        short_line=3,
        description="a man hiding in his mother's loft in a storm: whispering, late",
    ),
    RecordingSpec(
        "d220",
        "fresh26",
        (
            # At a busy junction where a learner driver has run into a parked van.
            _espeak(
                "officer",
                "en-gb-x-gbclan+f1",
                0,
                wearer=True,
                rate=150,
                pitch=60,
                lines=(
                    "Is anyone hurt? Miss, are you all right? Engine off for me.",
                    "Nobody's hurt, that's the main thing. Whose is the van?",
                    "Miss, what's your name, and how long have you been learning?",
                    "Chloe, have you got your provisional licence with you?",
                    "Thank you. Sir, is the car insured for learners?",
                    "Chloe, come onto the pavement with me, out of the traffic.",
                    "Thanks. Has anyone found the van's owner?",
                ),
            ),
            # The learner: a woman's voice four pitch from the wearer's.
            _espeak(
                "civilian",
                "en-us+f2",
                -6,
                rate=164,
                pitch=64,
                lines=(
                    "I'm fine. I'm so sorry. I pressed the wrong pedal.",
                    "I don't know. It was parked on the corner. I was turning left.",
                    "Chloe Bennett. Three months. My test is on Friday.",
                    "The man from the chip shop went to look for him.",
                ),
            ),
            # The driving instructor: espeak's Slovenian voice reading English.
            _espeak(
                "witness",
                "sl+m3",
                -8,
                rate=144,
                pitch=38,
                lines=(
                    "I am her instructor, Marko Kovac. I braked, but too late.",
                    "Three months. She is a good driver. This is the first problem.",
                    "It is in her bag, in the back. I will get it.",
                    "Of course. The school's insurance. The papers are in the glove box.",
                    "Here is her licence. And the insurance, policy four seven two nine.",
                    "I will leave a note on the van also, with my number.",
                ),
            ),
        ),
        86,
        "street",
        2,
        overlaps=1,
        description="a learner driver into a parked van: two women's voices close, at 2 dB",
    ),
)
