"""The development set's fresh46 half (d373-d380): eight recordings written blind to the diarizer.

Session 47 wrote it after the fresh to fresh45 halves, without reading the diarizer or the
transcriber or seeing a score of either. It keeps what fresh21 to fresh45 promised: every
speaker says lines written for the scene (``Voice.lines``), in the turn order the seed draws
(``devset.turn_plan``), and says all of them, so the reference STM is the script; a scene has
2-5 people, no two sharing a voice or an espeak variant, at least one of them a woman, everyone
but the camera wearer 5-15 dB under the wearer; each espeak voice has a rate and pitch of its
own and each flite voice a pace of its own (none the same as a voice of an earlier recording,
nor of another recording of this half). The recordings run 40-80 s, both ends used. As fresh35
to fresh45 did, it uses each of the eight noises once, at 0-20 dB (both ends again). No accent
is new, and every accent of the set has been heard in two recordings or more, so the six here
are the six heard least recently, each in two recordings before: Turkish (d158, d264),
Hungarian (d185, d266), Welsh (d166, d269), Croatian (d216, d273), Slovak (d217, d276) and
German (d130, d277), each in one recording and reading every word of its lines as a word under
``espeak-ng -x`` (the German voice's lines keep clear of the words it reads as English, "the",
"they", "to" and the like, which d277's lines let it switch for). All four flite voices are
used, and women wear the camera in four of the eight. Numbers are written as words. It leans on
what fresh42 to fresh45 did not do at all, each in one recording: an accented voice's one line
(none since d334), the partner in an accent (none since d277), a shouted one line (none since
d336), an accented wearer (none since d340), a flite voice answering in words in person (none
since d340), two voices talking over each other twice (none since d265), the radio first heard
late (none since d336), the wearer only acknowledging (none since d334), a voice first heard
late 5 dB under the wearer (none since d132) and the partner first heard late (none since
d240). Each recording asks for something no earlier recording in its noise had (the list below
says what); every overlap and silence the specs ask for is realised in the build (the figures
below come from the reference RTTM). The module is long because it is data: eight scenes' lines
and their specs.

- d373, a man seen climbing a drainpipe to an open first-floor window above a high street
  bakery just after seven in the morning (street, 11 dB, 66 s): he is the tenant, locked out
  after a night shift with his key snapped in the lock; the neighbour who rang is sure he is a
  burglar, and the baker's one line in espeak's Croatian voice (``hr+m7``, 2.34 s) says he lives
  there; the wearer over the man (1.07 s). The accented one lines before (d211, d217, d334) were
  in music, siren and wind noise.
- d374, a road shut under a church tower in a gale as the sheeting on its scaffold tears loose
  (wind, 6 dB, 74 s): the partner in espeak's German voice (``de+f2``), a parcel driver who wants
  through to a care home, the vicar watching the poles; the wearer over the driver (1.19 s). The
  accented partners before (d221, d240, d277) were in street and siren noise.
- d375, a van stopped on a country lane at night with a load of fresh cut Christmas trees behind
  its string-tied doors (car, 20 dB, 58 s): the driver in espeak's Turkish voice (``tr+m5``) over
  his mate (0.89 s), and the farmer who followed the van shouting his one line from his pickup
  (2.52 s). No car recording had a one line shouted.
- d376, a girl of thirteen missing from her foster home, found in a park's bandstand at midnight
  in the rain (rain, 9 dB, 76 s): the wearer in espeak's Welsh voice (``cy+m5``), the girl on
  flite ``slt`` answering in a word or two (0.91-1.20 s), her foster father after a long silence
  (7.66 s). The accented wearers before were in music, street, wind, siren, car and dog noise,
  and the flite voices answering in words in person in car, wind, siren and dog noise.
- d377, a food courier stopped outside a hospital's emergency entrance for riding a bike with a
  throttle along the pavement (siren, 3 dB, 40 s): two voices, the courier in espeak's Hungarian
  voice (``hu+m3``), the wearer over him (1.01 s) and he over her (1.31 s). The two-voice
  recordings with two lines talked over or more before (d39, d68, d265) were in street, wind and
  car noise.
- d378, an ice rink's public session stopped after a man tripped a boy and skated over his
  fingers (crowd, 12 dB, 80 s): five voices, the rink's steward in espeak's Slovak voice
  (``sk+f3``), the boy's friend over the wearer (0.65 s), and control on flite ``kal16`` on the
  radio, first heard after a long silence (6.93 s). The radios first heard late before were
  espeak voices in car, wind, street, siren, dog and rain noise.
- d379, a wedding DJ's laptop taken from his booth during the speeches at a hotel (music, 0 dB,
  65 s): the DJ on flite ``awb`` tells it and the duty manager has the camera, while the wearer
  only acknowledges (0.87-1.66 s). No music recording had a wearer only acknowledging.
- d380, a man digging into a badger sett in a wood for his terrier, barking underground (dog,
  15 dB, 68 s): the owner on flite ``rms``, the walker who rang, the wearer over the owner
  (1.05 s), and the partner first heard after a long silence (7.08 s), 5 dB under the wearer,
  with a thermal camera from the van. The voices first heard late 5 dB under before were in
  wind, car and street noise, and the partners first heard late in wind, street and siren noise.

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH46: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d373",
        "fresh46",
        (
            # A man seen climbing a drainpipe to an open first-floor window above a high street
            # bakery just after seven in the morning: the neighbour who rang is sure he is a
            # burglar, the baker's one line says otherwise.
            # The wearer.
            _espeak(
                "officer",
                "en-us+f5",
                0,
                wearer=True,
                rate=163,
                pitch=69,
                lines=(
                    "Police. You on the drainpipe, climb down slowly, please.",
                    "Feet on the ground first, then we'll work out whose flat it is.",
                    "Have you got anything with this address on it? A letter, a bank card?",
                    "Madam, the landlord's number is on the letting sign. I'm ringing him.",
                    "The landlord says you're his tenant, Mr Dawson. He's sending a locksmith.",
                ),
            ),
            # The man on the drainpipe.
            _espeak(
                "civilian",
                "en-gb-x-gbclan+m4",
                -8,
                rate=171,
                pitch=37,
                lines=(
                    "I live up there! My key snapped off in the front door lock.",
                    "See? Ivan knows me. I've just done a twelve hour night shift.",
                    "I moved in last month. I'm on nights, so you'd never see me, would you?",
                    "My driving licence still has my mum's address. The post is on the mat inside.",
                    "Told you. Can I sit on the step till he comes? I'm shattered.",
                ),
            ),
            # The neighbour across the street who rang.
            _espeak(
                "witness",
                "en+grandma",
                -11,
                rate=135,
                pitch=58,
                lines=(
                    "That's what they all say. He's been up that pipe ten minutes.",
                    "Forty years I've lived on this street, and I've never laid eyes on him.",
                    "He could have snapped that key himself, to make it look right.",
                ),
            ),
            # The baker, in his shop doorway: espeak's Croatian voice reading English, his one
            # line.
            _espeak(
                "bystander",
                "hr+m7",
                -13,
                rate=141,
                pitch=42,
                lines=("He lives upstairs. I know him.",),
            ),
        ),
        66,
        "street",
        11,
        overlaps=1,
        short_line=3,
        description="a man up a drainpipe to his own flat: the baker's one line, accented",
    ),
    RecordingSpec(
        "d374",
        "fresh46",
        (
            # A road closed under a church tower in a gale, the plastic sheeting on its scaffold
            # tearing loose: a parcel driver wants through to a care home, the vicar watches
            # the poles. The partner is a woman with a German accent.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-scotland+m3",
                0,
                wearer=True,
                rate=158,
                pitch=39,
                lines=(
                    "Road's shut, sir. That sheeting on the tower could come down any minute.",
                    "Not through here, it isn't. Round by the school, please.",
                    "Then it stays shut until they've been. Is the fire service coming?",
                    "Good idea. Sir, the rest of your round goes the long way.",
                ),
            ),
            # The partner: espeak's German voice reading English.
            _espeak(
                "partner",
                "de+f2",
                -7,
                rate=150,
                pitch=64,
                lines=(
                    "I have put cones across both ends. Gusts are pulling each tie loose.",
                    "No walking beneath it either. One sheet could knock you flat.",
                    "Yes. A fire engine is bringing a ladder platform.",
                    "Give me that care home's parcel. I will take it round.",
                ),
            ),
            # The parcel driver.
            _espeak(
                "civilian",
                "en-us-nyc+m8",
                -9,
                rate=174,
                pitch=30,
                lines=(
                    "I've got forty parcels and a slot at the care home. It's fifty yards, mate.",
                    "That's a mile of one way streets. Let me just carry the boxes through.",
                    "Brilliant. So the old folk get their tablets tomorrow, do they?",
                    "Fair enough. Cheers. It's the blue bag with the chemist's label.",
                ),
            ),
            # The vicar.
            _espeak(
                "witness",
                "en-gb-x-rp+m6",
                -12,
                rate=137,
                pitch=46,
                lines=(
                    "It began flapping after morning prayer. Then a pole clanged onto the path.",
                    "The scaffolders won't come out until the wind drops below forty.",
                    "There goes another pole! Everybody back behind the lych gate!",
                ),
            ),
        ),
        74,
        "wind",
        6,
        overlaps=1,
        description="a road shut under a church scaffold in a gale: a partner with an accent",
    ),
    RecordingSpec(
        "d375",
        "fresh46",
        (
            # A van stopped on a country lane at night, its back doors tied with string over a
            # load of fresh cut Christmas trees: the driver says he bought them, and the farmer
            # who followed it pulls up behind and shouts his one line.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+f3",
                0,
                wearer=True,
                rate=152,
                pitch=71,
                lines=(
                    "Evening. Your back doors are tied shut with string. What's in the van?",
                    "Sir, stay by your pickup. Driver, have you got a receipt for them?",
                    "The saw in your footwell has fresh sap all over its teeth.",
                    "Every trunk has this farm's green tag on it. You're both under arrest for "
                    "theft.",
                ),
            ),
            # The driver's mate.
            _espeak(
                "bystander",
                "en+m2",
                -10,
                rate=179,
                pitch=44,
                lines=(
                    "Christmas trees. We sell them outside the garden centre.",
                    "Who's he? We've never seen that bloke in our lives.",
                    "Don't look at me. I only came along to do the lifting.",
                ),
            ),
            # The driver: espeak's Turkish voice reading English.
            _espeak(
                "civilian",
                "tr+m5",
                -7,
                rate=137,
                pitch=36,
                lines=(
                    "We bought them this afternoon from a man with a farm by the river.",
                    "My friend, please, calm down. We paid cash for every tree.",
                    "No receipt. The man said he does not write receipts.",
                    "That saw is just for trimming the trunks.",
                ),
            ),
            # The farmer, behind in his pickup: his one line, shouted.
            _espeak(
                "witness",
                "en-gb-x-gbclan+m8",
                -14,
                shout=True,
                rate=160,
                pitch=27,
                lines=("Those are my trees! Cut from my plantation!",),
            ),
        ),
        58,
        "car",
        20,
        overlaps=1,
        short_line=3,
        description="a van of stolen Christmas trees on a lane: the farmer's one line, shouted",
    ),
    RecordingSpec(
        "d376",
        "fresh46",
        (
            # A girl of thirteen missing from her foster home, found in a park's bandstand at
            # midnight in the rain: she answers in a word or two, her foster father explains.
            # The wearer: espeak's Welsh voice reading English.
            _espeak(
                "officer",
                "cy+m5",
                0,
                wearer=True,
                rate=148,
                pitch=43,
                lines=(
                    "Hello. Are you Seren? Your foster dad has been out looking for you.",
                    "Can I sit on this bench, out of the rain? I won't come closer.",
                    "Seren, is this about your brother? Where does he live now?",
                    "Were you trying to get to Newport tonight?",
                    "I would miss my brother too. Shall we ask about a visit?",
                    "I promise. Now, are you cold? There is a blanket in my car.",
                ),
            ),
            # The girl, answering in a word or two.
            _flite(
                "civilian",
                "slt",
                -8,
                rate=115,
                lines=("Not going back.", "Suit yourself.", "You promise?", "Freezing, yeah."),
            ),
            # Her foster father.
            _espeak(
                "witness",
                "en-us+m4",
                -10,
                rate=162,
                pitch=33,
                lines=(
                    "Seren, love, you're soaked through. Nobody's angry with you.",
                    "She's been quiet all week. Her brother's birthday was on Tuesday.",
                    "He's with another family over in Newport. They haven't met since the summer.",
                    "There's a train timetable in her bag. She's been saving her pocket money.",
                    "I'll ring her first thing. I'll drive you there myself, Seren.",
                    "Come on, then. Hot chocolate at home.",
                ),
            ),
        ),
        76,
        "rain",
        9,
        long_silences=1,
        replies=1,
        description="a girl in a bandstand in the rain: a wearer with an accent, she answers",
    ),
    RecordingSpec(
        "d377",
        "fresh46",
        (
            # A food courier stopped outside a hospital's emergency entrance for riding a bike
            # with a throttle along the pavement past the ambulance doors: two voices, each
            # talking over the other once.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-rp+f5",
                0,
                wearer=True,
                rate=168,
                pitch=66,
                lines=(
                    "Stop there. You just rode along the pavement past the ambulance doors.",
                    "That's no reason to race past patients. Is that a throttle?",
                    "With a throttle, it's a motorbike. It needs insurance and a plate.",
                    "I'm seizing it. A letter will tell you how to get it back.",
                    "Ring the app and tell them. And walk, from now on.",
                ),
            ),
            # The courier: espeak's Hungarian voice reading English.
            _espeak(
                "civilian",
                "hu+m3",
                -6,
                rate=173,
                pitch=40,
                lines=(
                    "The road is full of ambulances! I have a hot order and eleven minutes left.",
                    "Yes, but everybody has one. The shop sold it to me like this.",
                    "Nobody told me that! I paid six hundred pounds for this bike last month.",
                    "And the customer's noodles? They are going cold.",
                ),
            ),
        ),
        40,
        "siren",
        3,
        overlaps=2,
        description="a courier's throttle bike at a hospital: two voices, each over the other",
    ),
    RecordingSpec(
        "d378",
        "fresh46",
        (
            # An ice rink's public session stopped after a man tripped a boy and skated over his
            # fingers: the boy, his friend, the rink's steward, and control on the radio, first
            # heard after a wait.
            # The wearer.
            _espeak(
                "officer",
                "en-029+m7",
                0,
                wearer=True,
                rate=151,
                pitch=34,
                lines=(
                    "Police. Keep his hand up high, and keep pressing on the towel.",
                    "Control, ambulance to the ice rink. A boy with a deep cut to his hand.",
                    "Then the office has his name. Don't let him leave.",
                ),
            ),
            # The rink's steward: espeak's Slovak voice reading English.
            _espeak(
                "witness",
                "sk+f3",
                -9,
                rate=145,
                pitch=68,
                lines=(
                    "I have stopped the music and cleared the ice. Nobody has left.",
                    "Our first aider has proper dressings. I will bring the kit.",
                    "The man in the red hat has a season ticket. I know his face.",
                    "Two of my team are standing by the hire desk now.",
                    "Here is the dressing. Let me wrap it, I am trained.",
                ),
            ),
            # The boy.
            _espeak(
                "civilian",
                "en-us+m6",
                -11,
                rate=165,
                pitch=52,
                lines=(
                    "It really stings. I can't feel the ends of two fingers.",
                    "Can I still play in the match on Saturday?",
                ),
            ),
            # His friend.
            _espeak(
                "bystander",
                "en-gb-x-gbcwmd+f2",
                -7,
                rate=170,
                pitch=61,
                lines=(
                    "A man in a red hat tripped him, then skated over his fingers.",
                    "He's over there by the skate hire, taking his skates off!",
                    "His mum's on her way from work. She'll be here in ten minutes.",
                    "He laughed when he did it. Everyone along the barrier saw.",
                    "Forget the match, Jake. You're going to need stitches.",
                ),
            ),
            # Control, on the radio, first heard after a wait.
            _flite(
                "dispatch",
                "kal16",
                -12,
                radio=True,
                rate=87,
                lines=(
                    "Ice rink unit, the ambulance is forty minutes away. Can you take him in "
                    "yourselves?",
                    "Ice rink unit, take him straight to the minor injuries entrance at the "
                    "hospital.",
                ),
            ),
        ),
        80,
        "crowd",
        12,
        overlaps=1,
        late_voice=4,
        description="a boy's fingers cut at an ice rink: control first heard late on the radio",
    ),
    RecordingSpec(
        "d379",
        "fresh46",
        (
            # A wedding DJ's laptop taken from his booth during the speeches at a hotel, the
            # music now on his phone: he tells it, the duty manager has the camera, and the
            # wearer only acknowledges.
            # The wearer, acknowledging.
            _espeak(
                "officer",
                "en-gb-scotland+f4",
                0,
                wearer=True,
                rate=149,
                pitch=61,
                lines=(
                    "Right. Tell me.",
                    "When, roughly?",
                    "Fifteen minutes?",
                    "Please do.",
                    "Anyone hanging about?",
                    "Grey hoodie. Noted.",
                    "Ten past nine.",
                ),
            ),
            # The hotel's duty manager.
            _espeak(
                "witness",
                "en-us-nyc+f1",
                -10,
                rate=157,
                pitch=55,
                lines=(
                    "I'm the duty manager. None of the staff went behind the decks, I checked.",
                    "There's a camera over the fire door by the stage. I'll pull up the footage.",
                    "A young lad in a grey hoodie asked reception for the toilets. He wasn't a "
                    "guest.",
                    "The footage has him going out of the fire door with it at ten past nine.",
                ),
            ),
            # The DJ.
            _flite(
                "civilian",
                "awb",
                -7,
                rate=89,
                lines=(
                    "My laptop's gone from the booth. Every song for tonight was on it, and the "
                    "first dance.",
                    "During the speeches. I went to the bar for a lime and soda, and it was gone "
                    "when I got back.",
                    "Ten at most. I've been playing off my phone since, but the battery's on nine "
                    "percent.",
                    "It's silver, with a sticker of a record on the lid. My whole business is on "
                    "it.",
                    "The bride's brother saw someone with a rucksack by the side exit after the "
                    "speeches.",
                    "That's him. I'd know that rucksack anywhere, it's got a flag sewn on it.",
                ),
            ),
        ),
        65,
        "music",
        0,
        replies=0,
        description="a wedding DJ's laptop taken in the speeches: the wearer only acknowledging",
    ),
    RecordingSpec(
        "d380",
        "fresh46",
        (
            # A man digging into a badger sett in a wood for his terrier, barking underground:
            # the walker who rang, and the partner first heard late, close by, with a thermal
            # camera from the van.
            # The wearer.
            _espeak(
                "officer",
                "en-us-nyc+m1",
                0,
                wearer=True,
                rate=156,
                pitch=47,
                lines=(
                    "Put the spade down, sir, and step back from that hole.",
                    "Sir, digging into a badger sett is a crime, whatever's down there.",
                    "Nobody's leaving him. The fire service has a team for animals underground.",
                    "Can you see him moving?",
                    "Then we wait for the specialists. They dig by hand.",
                ),
            ),
            # The walker who rang.
            _espeak(
                "witness",
                "en-gb-x-gbclan+f5",
                -12,
                rate=170,
                pitch=57,
                lines=(
                    "That's a badger sett. I've watched it for years. He's been digging since ten.",
                    "I've got photos of him with the spade, if you need them.",
                ),
            ),
            # The terrier's owner.
            _flite(
                "civilian",
                "rms",
                -8,
                rate=113,
                lines=(
                    "My terrier's stuck down there! He went in after a fox.",
                    "So I just leave him to die? Listen to him barking under there.",
                    "Two metres. I was nearly through to him.",
                    "He's barking, isn't he? That means he's alive.",
                    "Fine. But I'm not leaving this wood until he's out.",
                ),
            ),
            # The partner, first heard late, close to the wearer.
            _espeak(
                "partner",
                "en-us+f3",
                -5,
                rate=147,
                pitch=75,
                lines=(
                    "I've brought the thermal camera from the van. The dog's about two metres in.",
                    "And nearly through to the chamber. There'll be a sow with cubs in there now.",
                ),
            ),
        ),
        68,
        "dog",
        15,
        overlaps=1,
        late_voice=3,
        description="a terrier down a badger sett as it barks: the partner first heard late, close",
    ),
)
