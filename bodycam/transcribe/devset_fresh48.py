"""The development set's fresh48 half (d389-d396): eight recordings written blind to the diarizer.

Session 49 wrote it after the fresh to fresh47 halves, without reading the diarizer or the
transcriber or seeing a score of either. It keeps what fresh21 to fresh47 promised: every
speaker says lines written for the scene (``Voice.lines``), in the turn order the seed draws
(``devset.turn_plan``), and says all of them, so the reference STM is the script; a scene has
2-5 people, no two sharing a voice or an espeak variant, at least one of them a woman, everyone
but the camera wearer 5-15 dB under the wearer; each espeak voice has a rate and pitch of its
own and each flite voice a pace of its own (none the same as a voice of an earlier recording,
nor of another recording of this half). The recordings run 40-80 s, both ends used. As fresh35
to fresh47 did, it uses each of the eight noises once, at 0-20 dB (both ends again). No accent
is new, and every accent of the set has been heard in two recordings or more, so the six here
are the six heard least recently, in two recordings each: Lithuanian (d164, d296), Estonian
(d194, d299), Latvian (d214, d301), Czech (d215, d302), Swedish (d197, d308) and Indonesian
(d186, d312), one accented voice in each of five recordings and a Czech man and woman in a
sixth, reading every word of their lines as a word under ``espeak-ng -x`` (none spelt out letter
by letter, and none switched to English rules, as the Swedish voice does for "with" and "name":
its lines here say neither). All four flite voices are used, and women wear the camera in four
of the eight. Numbers are written as words. It leans on what fresh44 to fresh47 did not do at
all, each in one recording: the voice first heard late answering in words (none since d355),
three voices shouting (none since d349), the partner answering in words (never), a one line over
the line before (none since d356), an accented voice behind a door (none since d353), women only
(none since d344), three flite voices (none since d351), a whispering wearer (none since d350),
two voices of one accent (none since d354) and a whisper on the radio (none since d213). Each
recording asks for something no earlier recording in its noise had (the list below says what);
every overlap and silence the specs ask for is realised in the build (the figures below come
from the reference RTTM). The module is long because it is data: eight scenes' lines and their
specs.

- d389, a skimmer found on a post office's cash machine on a high street (street, 9 dB, 72 s):
  the pensioner whose card it kept, the postmaster in espeak's Lithuanian voice (``lt+m6``) over
  her (1.03 s), the wearer over him (1.04 s), and the man who fitted it, back for it after a long
  silence (8.88 s), answering in a word or two (0.75-0.98 s). The late voices answering in words
  before (d103, d177, d224, d355) were in dog, wind and music noise.
- d390, a girl's dinghy capsized beyond a harbour wall in a gale (wind, 4 dB, 64 s): her father
  in espeak's Estonian voice (``et+m2``), the sailing club's bosun and a dog walker up on the
  wall all shouting, the dog walker over the father (0.81 s), he over the wearer (1.21 s) and the
  bosun over her (1.23 s). The two recordings with three voices or more shouting before (d139,
  d349) were in crowd and street noise.
- d391, a boy stung by a wasp driven to hospital in the patrol car on blue lights (car, 17 dB,
  56 s): the partner, driving, answers in a word or two (0.81-1.98 s), control on the radio over
  the partner's first answer (0.53 s), the boy's one line over control (1.19 s, the line
  2.48 s), the partner over control (1.30 s), and his mother in espeak's Indonesian voice
  (``id+f4``) over the wearer (0.77 s). No partner answered in words before, and the one lines
  over the line before were in street, crowd, rain and dog noise.
- d392, copper cable taken from a building site at night in the rain (rain, 20 dB, 40 s): the
  security guard in espeak's Latvian voice (``lv+m7``) will not open his cabin and talks through
  its door, the site manager over him (0.69 s) and the wearer over him (0.85 s). The accented
  voices behind a door or a window before (d171, d194, d353) were in car, music and siren noise.
- d393, a chlorine leak at a leisure centre's pool as the fire engines come (siren, 0 dB, 70 s):
  only women, the wearer, her partner, the duty manager in espeak's Swedish voice (``sv+f1``) and
  a mother whose boy is coughing; the manager over the partner (1.19 s), the wearer over the
  partner (1.18 s) and the manager over the wearer (0.74 s). The recordings of women only before
  were in street, wind, music, car and rain noise.
- d394, a pickpocket held by a man in an elf's costume at a Christmas lights switch-on (crowd,
  11 dB, 80 s): three flite voices, the wearer on ``awb``, the woman whose purse he took on
  ``slt`` and the elf on ``kal16``, with the pickpocket and the partner in espeak; the woman over
  the pickpocket (1.14 s) and he over the wearer (1.17 s). The recordings with three flite
  voices or more before were in street, wind and car noise.
- d395, a Czech couple's camera bag taken from their pew during an organ recital in a cathedral
  (music, 14 dB, 62 s): the wearer whispers every line (``en-gb-x-rp+whisperf``), the husband
  (``cs+m1``) and the wife (``cs+f3``) in espeak's Czech voice and the verger answer her, the
  wearer over the wife (0.79 s), she over the wearer (1.00 s) and the wearer over her again
  (1.12 s). The whispering wearers before (d79, d350) were in street and wind noise, and every
  noise but music had two voices of one accent.
- d396, a warrant at a puppy farm as the dogs bark in its barns (dog, 7 dB, 76 s): the partner,
  hidden by the long barn, whispers on the radio (``en-us-nyc+whisperf``) what she sees loaded
  into a van, the animal welfare inspector on flite ``rms`` over her (0.78 s), and the wearer
  over the farmer (1.09 s). The one whisper on the radio before (d213, a phone on speaker) was in
  car noise.

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH48: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d389",
        "fresh48",
        (
            # A skimmer found on a post office's cash machine on a high street: the pensioner
            # whose card it caught, the postmaster, and the man who fitted it, back for it after a
            # long quiet spell, answering in a word or two.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+m3",
                0,
                wearer=True,
                rate=158,
                pitch=43,
                lines=(
                    "Morning. Is it the machine beside the post office door?",
                    "Good. Nobody touch it again, it may have prints on it.",
                    "Sir, stay there a moment. Why are you back at this machine?",
                    "Empty your pockets onto the window ledge for me, please.",
                    "A screwdriver, and two rolls of double sided tape?",
                    "You're under arrest for fraud.",
                ),
            ),
            # The pensioner whose card it kept.
            _espeak(
                "witness",
                "en+f2",
                -8,
                rate=141,
                pitch=74,
                lines=(
                    "It kept my card, then the whole front came off in my hand.",
                    "There's a pinhole above the keypad. A tiny camera on the numbers.",
                    "That's him! He was at the bus shelter all morning.",
                    "He hasn't got a bike. He walked over from the flats.",
                ),
            ),
            # The postmaster: espeak's Lithuanian voice reading English.
            _espeak(
                "bystander",
                "lt+m6",
                -10,
                rate=152,
                pitch=37,
                lines=(
                    "This one. A lady's card got stuck.",
                    "I put a sign on it and pulled the shutter down.",
                    "He came in on Tuesday, asking when the van fills it.",
                    "Look, the camera has a small memory card inside.",
                ),
            ),
            # The man who fitted it, back for it after a long quiet spell.
            _espeak(
                "civilian",
                "en-us+m7",
                -9,
                rate=173,
                pitch=47,
                lines=("Is it broken?", "Didn't touch it.", "Fixing my bike.", "Nothing to say."),
            ),
        ),
        72,
        "street",
        9,
        overlaps=2,
        late_voice=3,
        replies=3,
        description="a skimmer on a cash machine: its fitter back late, answering in words",
    ),
    RecordingSpec(
        "d390",
        "fresh48",
        (
            # A girl's dinghy capsized beyond a harbour wall in a gale: her father, the sailing
            # club's bosun and a dog walker up on the wall all shouting, the wearer on the radio.
            # The wearer.
            _espeak(
                "officer",
                "en-us+f3",
                0,
                wearer=True,
                rate=163,
                pitch=58,
                lines=(
                    "Police! Where did she go over? Show me, point at the boat.",
                    "Coastguard, harbour unit. One sailor in the water off the east wall.",
                    "Sir, stay off the slipway! If you go in, we have two of you to find.",
                    "Control, the lifeboat is launching now. Ask for the helicopter as well.",
                    "Madam, keep pointing at her. Don't take your eyes off her for a second.",
                    "Sir, sit down out of the wind. They'll bring her here.",
                ),
            ),
            # Her father, shouting: espeak's Estonian voice reading English.
            _espeak(
                "civilian",
                "et+m2",
                -7,
                shout=True,
                rate=150,
                pitch=34,
                lines=(
                    "My daughter! Her boat went over past the wall! She is fourteen!",
                    "There, the white hull! She is not on top of it!",
                    "I swim well! Let me go, I can reach her from the steps!",
                    "She has a life jacket, the red one! Please hurry!",
                ),
            ),
            # The club's bosun, shouting from the pontoon.
            _espeak(
                "bystander",
                "en-gb-scotland+m6",
                -9,
                shout=True,
                rate=171,
                pitch=27,
                lines=(
                    "The safety boat won't start! The fuel line's split!",
                    "Lifeboat's been paged! Eight minutes from the station!",
                    "Nobody else launches in this! Not one boat!",
                ),
            ),
            # A dog walker up on the harbour wall, shouting down.
            _espeak(
                "witness",
                "en-gb-x-gbclan+f5",
                -12,
                shout=True,
                rate=146,
                pitch=66,
                lines=(
                    "She's holding onto the hull! I can see her from up here!",
                    "The lifeboat's round the point! I can see its light!",
                ),
            ),
        ),
        64,
        "wind",
        4,
        overlaps=3,
        description="a girl's dinghy over beyond a harbour wall in a gale: three shouting",
    ),
    RecordingSpec(
        "d391",
        "fresh48",
        (
            # A boy stung by a wasp, his throat swelling, driven to hospital in the patrol car on
            # blue lights: his mother beside him in the back, the partner driving and answering
            # in a word or two, control on the radio, and the boy's one line.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-rp+m8",
                0,
                wearer=True,
                rate=166,
                pitch=38,
                lines=(
                    "Control, boy of nine, wasp sting, throat swelling. We're taking him in "
                    "ourselves.",
                    "Keep him sitting up, Mum. Keep talking to him.",
                    "How many stings? Did anybody see the wasp?",
                    "Has he ever needed a second pen?",
                    "His breathing's easier. The pen's doing its job.",
                ),
            ),
            # The partner, driving, answering in a word or two.
            _espeak(
                "partner",
                "en-029+m1",
                -6,
                rate=132,
                pitch=41,
                lines=("Blue lights on.", "Nearly there.", "Roundabout, hold on."),
            ),
            # His mother in the back: espeak's Indonesian voice reading English.
            _espeak(
                "witness",
                "id+f4",
                -8,
                rate=148,
                pitch=63,
                lines=(
                    "His pen was in his school bag. I gave it ten minutes ago.",
                    "Rizal, look at me. Breathe slowly.",
                    "Only one, on his neck, at his sister's sports day.",
                    "Once, last summer, after peanuts. They kept him overnight.",
                ),
            ),
            # The boy, his one line.
            _espeak(
                "civilian",
                "en-us+m5",
                -9,
                rate=175,
                pitch=88,
                lines=("Mummy, my lips feel all fat and tingly.",),
            ),
            # Control, on the radio.
            _espeak(
                "dispatch",
                "en-gb-x-gbclan+f1",
                -11,
                radio=True,
                rate=162,
                pitch=56,
                lines=(
                    "Received. I'll warn the emergency department. Is he breathing on his own?",
                    "Resus will meet you at the ambulance bay. Tell me if he gets worse.",
                ),
            ),
        ),
        56,
        "car",
        17,
        overlaps=4,
        short_line=3,
        replies=1,
        description="a boy stung by a wasp driven to hospital: the partner answering in words",
    ),
    RecordingSpec(
        "d392",
        "fresh48",
        (
            # A building site at night in the rain: its cameras caught two men at the fence, and
            # the security guard will not open his cabin, talking through its door; the site
            # manager came out with the police.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-scotland+f2",
                0,
                wearer=True,
                rate=154,
                pitch=69,
                lines=(
                    "Police! Unlock the cabin, please.",
                    "What time were you last out walking the fence?",
                    "Sir, are you on your own in there?",
                    "Did you hear a grinder at all tonight, sir?",
                    "We'll need your patrol log and the camera footage.",
                ),
            ),
            # The site manager.
            _espeak(
                "civilian",
                "en-us-nyc+m4",
                -8,
                rate=172,
                pitch=35,
                lines=(
                    "Vilis, it's Dean. The cameras caught two men at the fence.",
                    "The copper cable's gone off the big drum. There's a hole by the canal.",
                ),
            ),
            # The security guard behind his cabin door: espeak's Latvian voice reading English.
            _espeak(
                "witness",
                "lv+m7",
                -10,
                muffled=True,
                rate=143,
                pitch=52,
                lines=(
                    "I cannot open. The company says it stays locked at night.",
                    "At ten o'clock. All fine. Then I made tea by the heater.",
                    "No grinder. Only the rain, very loud on this metal roof.",
                ),
            ),
        ),
        40,
        "rain",
        20,
        overlaps=2,
        description="copper taken from a building site in the rain: the guard behind his door",
    ),
    RecordingSpec(
        "d393",
        "fresh48",
        (
            # A chlorine leak at a leisure centre's pool as the fire engines come: the wearer,
            # her partner, the duty manager and a mother whose boy is coughing; only women.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-rp+f5",
                0,
                wearer=True,
                rate=167,
                pitch=71,
                lines=(
                    "Everyone out the fire exit to the car park. Who's in charge?",
                    "Bring him out here. Sit him facing away from the building.",
                    "Is anybody still inside? Any of your staff in the plant room?",
                    "Nobody goes back in for him. The fire crew have breathing sets.",
                    "How many swimmers were in the water when it started?",
                ),
            ),
            # The duty manager: espeak's Swedish voice reading English.
            _espeak(
                "bystander",
                "sv+f1",
                -7,
                rate=145,
                pitch=60,
                lines=(
                    "Me, the duty manager. The chlorine pump is leaking in the plant room.",
                    "Our maintenance man, Gary. He went to close the valve, in a mask.",
                    "Gary is answering his radio. He says the valve is closed now.",
                    "Sixty two. The lifeguards ticked off every swimmer.",
                ),
            ),
            # A mother whose boy is coughing.
            _espeak(
                "witness",
                "en-029+f4",
                -9,
                rate=176,
                pitch=79,
                lines=(
                    "My twins were in the learner pool! One of them can't stop coughing!",
                    "He says his chest hurts. He's only six!",
                    "Thank you. Jack, hold your brother's hand and stay by me.",
                ),
            ),
            # The partner.
            _espeak(
                "partner",
                "en-us+f2",
                -6,
                rate=159,
                pitch=53,
                lines=(
                    "Fire crew are two minutes out. You can smell it from the road, like bleach.",
                    "Ambulance is coming in behind the engines. Keep him upright.",
                    "His eyes are streaming. I'll fetch water from the car to rinse them.",
                ),
            ),
        ),
        70,
        "siren",
        0,
        overlaps=3,
        description="a chlorine leak at a leisure centre's pool as the engines come: women only",
    ),
    RecordingSpec(
        "d394",
        "fresh48",
        (
            # A Christmas lights switch-on in a town square: a pickpocket held by a man in an
            # elf's costume, the woman whose purse he took, and a girl who filmed it; the wearer,
            # the woman and the elf on three flite voices.
            # The wearer, on flite.
            _flite(
                "officer",
                "awb",
                0,
                wearer=True,
                rate=118,
                lines=(
                    "Police, let me through. Sir, you can let go of his arm now.",
                    "Hands on the barrier for me. Anything sharp in your pockets?",
                    "Madam, check your purse for me. Is everything still there?",
                    "Two more purses in his coat, and four phones. Busy evening, sir.",
                    "You did well, sir. I'll need your name for a statement.",
                    "You're under arrest for theft. Come on, through the side street.",
                ),
            ),
            # The elf who grabbed him, on flite.
            _flite(
                "bystander",
                "kal16",
                -8,
                rate=86,
                lines=(
                    "I saw his hand go in her bag during the countdown, so I grabbed him.",
                    "I'm a volunteer at the grotto. Never thought I'd catch a thief in tights.",
                    "Happy to. I'm back on shift in the grotto at seven.",
                ),
            ),
            # The pickpocket.
            _espeak(
                "civilian",
                "en-gb-x-gbcwmd+m5",
                -10,
                rate=161,
                pitch=30,
                lines=(
                    "Get off me! I didn't take anything, this is assault!",
                    "It was on the ground. I was handing it in.",
                    "They're my phones. I collect them. Is that a crime now?",
                ),
            ),
            # The woman whose purse he took, on flite.
            _flite(
                "witness",
                "slt",
                -7,
                rate=83,
                lines=(
                    "That's my purse in his hand! It was zipped inside my bag a minute ago!",
                    "You had it in your hand! Forty pounds in notes and all my cards!",
                    "Handing it in? You were walking away from the help point!",
                    "My cards are all here. The notes are gone.",
                    "I only came to see the lights with my grandson.",
                    "He was so quick. I never felt a thing.",
                    "And check his back pocket for my forty pounds!",
                ),
            ),
            # The partner, keeping the crowd back.
            _espeak(
                "partner",
                "en-us-nyc+f3",
                -13,
                rate=183,
                pitch=64,
                lines=(
                    "I'm at the fountain end, Sarge. The crowd's too thick to bring the van in.",
                ),
            ),
        ),
        80,
        "crowd",
        11,
        overlaps=2,
        description="a pickpocket at a Christmas lights switch-on: three flite voices",
    ),
    RecordingSpec(
        "d395",
        "fresh48",
        (
            # An organ recital in a cathedral: a Czech couple's camera bag taken from their pew;
            # the wearer whispers every line at the back of the nave, the verger and the couple
            # answer quietly.
            # The wearer, whispering.
            _espeak(
                "officer",
                "en-gb-x-rp+whisperf",
                0,
                wearer=True,
                rate=148,
                pitch=57,
                lines=(
                    "Sorry to keep you from the music. Where were you both sitting?",
                    "Did anybody sit near you during the first half?",
                    "Passports as well. Are there cameras inside the cathedral?",
                    "Did you see a man in a long coat leave early?",
                    "I'll walk the cloister with the verger. Can I take your number?",
                ),
            ),
            # The verger.
            _espeak(
                "bystander",
                "en-us+m6",
                -11,
                rate=139,
                pitch=44,
                lines=(
                    "Fourth row, side aisle, under the window.",
                    "Two, at the west door and by the shop. Not in the nave itself.",
                    "A young man left during the second piece. I held the door for him.",
                ),
            ),
            # The husband: espeak's Czech voice reading English.
            _espeak(
                "civilian",
                "cs+m1",
                -9,
                rate=156,
                pitch=39,
                lines=(
                    "The bag was under our pew. I had my foot on the strap, then I moved it.",
                    "He coughed a lot. He went out when the organ was very loud.",
                    "Our hotel is by the river. We can stay near the phone all evening.",
                ),
            ),
            # His wife: espeak's Czech voice reading English.
            _espeak(
                "witness",
                "cs+f3",
                -10,
                rate=137,
                pitch=66,
                lines=(
                    "Only at the interval. I reached for the water and it was gone.",
                    "A man behind us, in a long coat. He smelled of cigarettes.",
                    "The camera, two lenses, and our passports. We fly home on Sunday.",
                ),
            ),
        ),
        62,
        "music",
        14,
        overlaps=3,
        description="a camera bag taken at an organ recital: the wearer whispering every line",
    ),
    RecordingSpec(
        "d396",
        "fresh48",
        (
            # A warrant at a farm suspected of breeding puppies for sale as the dogs bark in its
            # barns: the partner, hidden by the barn, whispers on the radio; the wearer is at the
            # farmhouse door with the farmer and an animal welfare inspector.
            # The wearer.
            _espeak(
                "officer",
                "en-us+m4",
                0,
                wearer=True,
                rate=151,
                pitch=33,
                lines=(
                    "Good morning. Police, with a warrant to search these buildings.",
                    "Received. Sir, who else is on the farm this morning?",
                    "Then who's loading that van, sir?",
                    "Someone is carrying crates out of your long barn.",
                    "Stay where you are, sir. How many dogs do you keep here?",
                    "My colleague can see six crates of puppies going into a van.",
                    "Ring him. Read the warrant while we count the dogs.",
                ),
            ),
            # The partner, hidden by the long barn, whispering on the radio.
            _espeak(
                "partner",
                "en-us-nyc+whisperf",
                -8,
                radio=True,
                rate=138,
                pitch=62,
                lines=(
                    "Unit at the barn. A white van is backed up to the doors, engine running.",
                    "A man is carrying crates of puppies into the van. Six crates so far.",
                    "He has seen your car. He's closing the van doors now.",
                ),
            ),
            # The farmer.
            _espeak(
                "civilian",
                "en-gb-x-gbcwmd+m2",
                -9,
                rate=177,
                pitch=48,
                lines=(
                    "A warrant? For what? I keep sheep, not dogs.",
                    "Nobody. My son's away at the market with the trailer.",
                    "A few working dogs. Five, maybe six. They're all registered.",
                    "That's a delivery. He's collecting feed sacks, nothing to do with me.",
                    "I want my solicitor here before anyone opens another door.",
                ),
            ),
            # The animal welfare inspector, on flite.
            _flite(
                "witness",
                "rms",
                -10,
                rate=84,
                lines=(
                    "Listen to that barn. That's thirty dogs at least.",
                    "I have vets on the way. Nobody moves a dog until they have seen it.",
                ),
            ),
        ),
        76,
        "dog",
        7,
        overlaps=2,
        description="a puppy farm raided as the dogs bark: the partner whispering on the radio",
    ),
)
