"""The development set's fresh47 half (d381-d388): eight recordings written blind to the diarizer.

Session 48 wrote it after the fresh to fresh46 halves, without reading the diarizer or the
transcriber or seeing a score of either. It keeps what fresh21 to fresh46 promised: every
speaker says lines written for the scene (``Voice.lines``), in the turn order the seed draws
(``devset.turn_plan``), and says all of them, so the reference STM is the script; a scene has
2-5 people, no two sharing a voice or an espeak variant, at least one of them a woman, everyone
but the camera wearer 5-15 dB under the wearer; each espeak voice has a rate and pitch of its
own and each flite voice a pace of its own (none the same as a voice of an earlier recording,
nor of another recording of this half). The recordings run 40-80 s, both ends used. As fresh35
to fresh46 did, it uses each of the eight noises once, at 0-20 dB (both ends again). No accent
is new, and every accent of the set has been heard in two recordings or more, so the six here
are the six heard least recently: Portuguese (d218, d280), Dutch (d171, d284), Italian (d130,
d285), French (d114, d287, d289), Spanish (d56, d291) and Swahili (d145, d293), each in one
recording and reading every word of its lines as a word under ``espeak-ng -x`` (none spelt out
letter by letter; the French and Portuguese voices still read some common words by English
rules, as d280's, d287's and d289's lines let them, and their lines here keep fewer of those).
All four flite voices are used, and women wear the camera in four of the eight. Numbers are
written as words. It leans on what fresh43 to fresh46 did not do at all, each in one recording:
control in an accent on the radio (none since d207), the voice first heard late talking over
another (none since d337), a voice answering in words shouting (none since d333), a whispered
one line (none since d132), a voice shouting on the radio (none since d348), everyone 12 dB or
more under the wearer (none since d271), a flite voice wearing the camera (none since d347),
control talked over (none since d343), a one line through a closed door (none since d337) and
the partner on flite (none since d348). Each recording asks for something no earlier recording
in its noise had (the list below says what); every overlap and silence the specs ask for is
realised in the build (the figures below come from the reference RTTM). The module is long
because it is data: eight scenes' lines and their specs.

- d381, a man found asleep on the back seat of a stranger's car on a terraced street at dawn
  (street, 14 dB, 72 s): the car's owner rang, its key fob playing up; control in espeak's Dutch
  voice (``nl+m6``) reads back the checks on the radio, and the man, on flite ``awb``, talks
  over the owner (1.17 s). The one control in an accent before (d207) was in car noise.
- d382, a pier's observation wheel stopped in a rising wind with two boys in its top car (wind,
  8 dB, 80 s): their mother, the operator in espeak's Italian voice (``it+m3``) over her
  (0.99 s), and the wheel's owner first heard after a long silence (7.41 s), the wearer over him
  (0.71 s) and he back over the wearer (1.33 s). The late voices that talked over before (d240,
  d337) were in siren noise.
- d383, a tractor towing hay bales with no lights at dusk, stopped in a lay-by with its engine
  running (car, 20 dB, 60 s): the farmer shouts his answers down from the cab (0.64-0.78 s), and
  the driver he nearly ran off the road, in espeak's Swahili voice (``sw+m4``), followed him.
  The voices answering in words shouting before (d93, d163, d333) were in crowd, wind and street
  noise.
- d384, a light in a garden shed at midnight in the rain (rain, 5 dB, 62 s): the householder in
  espeak's Portuguese voice (``pt+m3``), his wife's one line whispered from the back door
  (``en-us-nyc+whisperf``, 3.74 s), the wearer over the partner (0.92 s), and a vixen with her
  cubs in the shed. The one whispered one line before (d132) was in street noise.
- d385, a car on fire on the top deck of a multi-storey car park as the fire engines come
  (siren, 10 dB, 78 s): five voices, the partner up there shouting on the radio, the wearer at
  the barrier below with the car's owner, the attendant and a woman who saw a lad with a can,
  and the wearer after a long silence (9.32 s). The voices shouting on the radio before were in
  car, street, rain, crowd and dog noise.
- d386, a man sitting on a rugby ground's crossbar at half time for a dare (crowd, 0 dB, 58 s):
  the wearer on flite ``slt`` stands under him, and everyone else is 12-15 dB under her, the man
  15, the steward in espeak's French voice (``fr+f4``) 13 and his mate in the front row 12; the
  wearer over the man (0.67 s). The recordings with everyone 12 dB or more under the wearer
  before were in car, wind, street, dog and rain noise.
- d387, a driver who reversed into two parked cars at a school's summer fair as the band plays
  (music, 12 dB, 40 s): control on flite ``kal16`` on the radio finds his car uninsured, the
  driver in espeak's Spanish voice (``es+m6``) talks over control (1.37 s), and the owner of one
  of the cars over the wearer (0.70 s). Control was talked over before in car, wind, street,
  rain, siren, crowd and dog noise.
- d388, a stolen French bulldog traced by her tag to a terraced house as she barks inside (dog,
  17 dB, 66 s): the man behind the front door says his one line through it (2.68 s), the
  partner on flite ``rms`` follows the tag round the back, the wearer over him (0.83 s), and her
  owner came with them. The one lines through a door or a window before (d117, d337) were in
  wind and siren noise.

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH47: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d381",
        "fresh47",
        (
            # A man found asleep on the back seat of a stranger's car on a terraced street at
            # dawn: the car's owner rang, and control reads back the checks on the radio.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbclan+f4",
                0,
                wearer=True,
                rate=161,
                pitch=66,
                lines=(
                    "Sir, wake up. Police. This isn't your car, is it?",
                    "Your cousin's car. And where does your cousin live?",
                    "Madam, was it locked when you parked it last night?",
                    "Step out and empty your pockets onto the roof for me. Slowly.",
                    "Control, Liam Foster, fourth of June, nineteen ninety eight, no fixed abode.",
                ),
            ),
            # The man on the back seat.
            _flite(
                "civilian",
                "awb",
                -7,
                rate=88,
                lines=(
                    "What? Where am I? My head's pounding.",
                    "I thought it was my cousin's car! Same colour, same roof box.",
                    "Round here somewhere. It was his engagement party last night, at the rugby "
                    "club.",
                    "See, it was open. I didn't break anything, I just needed somewhere warm.",
                    "Phone, wallet, half a kebab. That's the lot, I swear.",
                ),
            ),
            # Control, on the radio: espeak's Dutch voice reading English.
            _espeak(
                "dispatch",
                "nl+m6",
                -10,
                radio=True,
                rate=146,
                pitch=38,
                lines=(
                    "Alma Terrace unit, that car is a Miss Okafor's, at number twelve. Not "
                    "reported stolen.",
                    "Alma Terrace unit, pass me his name and date of birth when you can.",
                    "Nothing known on him. No warrants, no markers.",
                ),
            ),
            # The car's owner, who rang.
            _espeak(
                "witness",
                "en-us+f1",
                -12,
                rate=172,
                pitch=59,
                lines=(
                    "That's me. I came out to go to work and he was snoring on my back seat.",
                    "I thought so. The fob has been playing up since the battery went flat.",
                ),
            ),
        ),
        72,
        "street",
        14,
        overlaps=1,
        description="a man asleep in a stranger's car at dawn: control on the radio, accented",
    ),
    RecordingSpec(
        "d382",
        "fresh47",
        (
            # A pier's observation wheel stopped in a rising wind with two boys in a car near the
            # top: their mother, the operator, and the wheel's owner, who comes late and argues.
            # The wearer.
            _espeak(
                "officer",
                "en-us-nyc+m5",
                0,
                wearer=True,
                rate=155,
                pitch=41,
                lines=(
                    "Police. Who's in charge of this wheel? Why has it stopped?",
                    "So how do we get them down? Is there a handle to wind it round?",
                    "Stay with me, madam. Look at me, not at the car.",
                    "Your engineer is how far away, sir? Those boys are frightened.",
                    "Then we ring the fire service. They have a rope team for exactly this.",
                    "The fire service is on its way. Sir, what wind speed does it unlock at?",
                ),
            ),
            # The boys' mother.
            _espeak(
                "witness",
                "en-gb-x-rp+f3",
                -7,
                rate=168,
                pitch=70,
                lines=(
                    "My boys are in the top car! It stopped twenty minutes ago and it's swinging.",
                    "They're seven and nine. The little one's crying, I can see him at the glass.",
                    "I don't care about your summer! Get my boys off that thing.",
                ),
            ),
            # The wheel's owner, first heard after a long silence.
            _espeak(
                "civilian",
                "en-029+m2",
                -9,
                rate=178,
                pitch=33,
                lines=(
                    "I'm the owner. Nobody touches that wheel until my engineer gets here.",
                    "Forty minutes. And if you wind it round in this wind, the car hits the frame.",
                    "You'll have the whole town watching. Nobody will ride it all summer.",
                    "Madam, they're safer up there in a locked car than swinging on a rope.",
                    "Below thirty miles an hour for ten minutes. The meter does it on its own.",
                ),
            ),
            # The operator in his booth: espeak's Italian voice reading English.
            _espeak(
                "bystander",
                "it+m3",
                -10,
                rate=140,
                pitch=47,
                lines=(
                    "The wind went over the limit, so the wheel locks itself. It is for safety.",
                    "Gusts are dropping. Twenty eight, twenty six. Look at the screen.",
                ),
            ),
        ),
        80,
        "wind",
        8,
        overlaps=3,
        late_voice=2,
        description="two boys stuck at the top of a pier's wheel: its owner late, talking over",
    ),
    RecordingSpec(
        "d383",
        "fresh47",
        (
            # A tractor towing a trailer of hay bales with no lights at dusk, stopped in a lay-by
            # with its engine running: the driver it nearly ran into a ditch followed it, and the
            # farmer shouts his answers down from the cab.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-scotland+f5",
                0,
                wearer=True,
                rate=157,
                pitch=72,
                lines=(
                    "Switch the engine off, please, and climb down from the cab.",
                    "Turn the key, sir. The engine. Off.",
                    "Is anybody hurt? Are your children all right?",
                    "Sir, where are your lights? It's nearly dark.",
                    "Both of them? And the lights on the trailer?",
                    "Madam, did you get his number plate before you followed him?",
                    "Then the trailer stays here, and you follow me to the farm.",
                ),
            ),
            # The farmer, shouting his answers over the engine.
            _espeak(
                "civilian",
                "en-gb-x-gbcwmd+m8",
                -9,
                shout=True,
                rate=149,
                pitch=29,
                lines=("Can't hear you!", "Bulb's gone!", "Right you are!"),
            ),
            # The driver he nearly ran off the road: espeak's Swahili voice reading English.
            _espeak(
                "witness",
                "sw+m4",
                -7,
                rate=163,
                pitch=45,
                lines=(
                    "No lights, in the middle of the road! I went into the verge.",
                    "My wheel is bent. My children were asleep in the back.",
                    "Nobody is hurt. But my car shakes now above forty.",
                    "No reflectors either. Bales hanging over the side.",
                    "I wrote it on my hand, and I filmed him.",
                ),
            ),
        ),
        60,
        "car",
        20,
        replies=1,
        description="a tractor with no lights at dusk: the farmer shouting his answers",
    ),
    RecordingSpec(
        "d384",
        "fresh47",
        (
            # A light moving in a garden shed at midnight in the rain: the householder rang, his
            # wife whispers her one line from the back door, and the wearer and the partner open
            # the shed.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-rp+m7",
                0,
                wearer=True,
                rate=152,
                pitch=36,
                lines=(
                    "Evening, sir. You rang about someone in your shed?",
                    "Police! Whoever is in the shed, come out where I can see you.",
                    "Stay back, sir. Go inside with your wife.",
                    "I'm opening the door. Torch on three. One, two, three.",
                    "So that was your torch. The cubs knocked over a solar lantern.",
                ),
            ),
            # The partner.
            _espeak(
                "partner",
                "en-us+f4",
                -6,
                rate=166,
                pitch=63,
                lines=(
                    "I'll cover the side gate. Keep your torch low, the path's slippery.",
                    "Gate's bolted from this side. Nobody has come out this way.",
                    "Nothing. But the door's open a crack, and there's a bike on its side.",
                    "It's a fox! A vixen, and three cubs under the potting bench.",
                    "She's dragged half a bag of dog biscuits in here as well.",
                ),
            ),
            # The householder: espeak's Portuguese voice reading English.
            _espeak(
                "civilian",
                "pt+m3",
                -8,
                rate=139,
                pitch=44,
                lines=(
                    "A torch was on inside, near my window. And a crash, like a big pot.",
                    "It is my grandson's bike. He is here for a week, asleep upstairs.",
                ),
            ),
            # His wife at the back door, whispering her one line.
            _espeak(
                "witness",
                "en-us-nyc+whisperf",
                -11,
                rate=131,
                pitch=55,
                lines=("Something's moving in there. I can hear scratching.",),
            ),
        ),
        62,
        "rain",
        5,
        overlaps=1,
        short_line=3,
        description="a light in a garden shed at midnight in the rain: a whispered one line",
    ),
    RecordingSpec(
        "d385",
        "fresh47",
        (
            # A car on fire on the top deck of a multi-storey car park as the fire engines come:
            # the partner up there shouting on the radio, the wearer at the barrier below with the
            # attendant, the car's owner and a woman who saw a lad with a can.
            # The wearer.
            _espeak(
                "officer",
                "en-029+f3",
                0,
                wearer=True,
                rate=170,
                pitch=62,
                lines=(
                    "Everybody stay back behind the barrier. Nobody goes up the ramp.",
                    "Fire engines are on the ramp now. Sir, is the car in your name?",
                    "Has anyone got a reason to go after you, or your car?",
                    "Give me his name in a minute. Sir, play me that stairwell footage.",
                ),
            ),
            # The partner on the top deck, shouting on the radio over the fire.
            _espeak(
                "partner",
                "en-us+m2",
                -8,
                radio=True,
                shout=True,
                rate=158,
                pitch=31,
                lines=(
                    "Silver hatchback on the top deck! Flames from the bonnet! Get the fire "
                    "service!",
                    "Fire crew are on it! A second car's catching, a blue van!",
                ),
            ),
            # The car's owner.
            _espeak(
                "civilian",
                "en-gb-x-gbclan+m6",
                -10,
                rate=144,
                pitch=44,
                lines=(
                    "Silver hatchback? That's mine! My laptop's in the boot!",
                    "I only parked it at lunchtime. Who sets fire to a car for nothing?",
                    "It's my wife's, but I drive it. It's on her insurance.",
                    "I reported my neighbour's son for dealing. He wears a grey tracksuit.",
                ),
            ),
            # The car park's attendant.
            _espeak(
                "bystander",
                "en+m1",
                -12,
                rate=175,
                pitch=52,
                lines=(
                    "Our cameras cover the stairwell. I can pull the footage up in the office.",
                    "Here. Four fifteen, a lad in grey with a fuel can, running.",
                ),
            ),
            # A woman who saw a lad on the stairs.
            _espeak(
                "witness",
                "en-gb-x-gbcwmd+f1",
                -9,
                rate=149,
                pitch=77,
                lines=(
                    "A lad came down the stairs in a hurry. Grey tracksuit, a red can.",
                    "He went towards the bus station. Ten minutes ago, no more.",
                ),
            ),
        ),
        78,
        "siren",
        10,
        long_silences=1,
        description="a car on fire on a car park's top deck: the partner shouting on the radio",
    ),
    RecordingSpec(
        "d386",
        "fresh47",
        (
            # Half time at a rugby league ground: a man has climbed the posts for a dare and sits
            # on the crossbar; the wearer stands under him, the steward and his mate are back at
            # the barrier, everyone 12 dB or more under the wearer.
            # The wearer, on flite.
            _flite(
                "officer",
                "slt",
                0,
                wearer=True,
                rate=87,
                lines=(
                    "You on the crossbar! Come down the way you went up, nice and slow.",
                    "The second half doesn't start until you're down. Everyone's waiting on you.",
                    "Do you want the whole ground watching the fire brigade fetch a ladder?",
                    "Hear that? Ten thousand people will know your name by tonight.",
                    "Gaz, hold the post with both hands and slide. I'll stand right under you.",
                ),
            ),
            # The man on the crossbar.
            _espeak(
                "civilian",
                "en-gb-scotland+m4",
                -15,
                rate=160,
                pitch=30,
                lines=(
                    "Fifty quid and a pie! I'm not coming down, the view is brilliant!",
                    "All right, all right! My legs have gone numb anyway.",
                ),
            ),
            # The ground's steward at the barrier: espeak's French voice reading English.
            _espeak(
                "witness",
                "fr+f4",
                -13,
                rate=150,
                pitch=68,
                lines=(
                    "A man ran on at half time. My stewards could not catch him.",
                    "The referee says ten minutes more, or no second half.",
                    "I have a medic here, and a blanket, in case.",
                ),
            ),
            # His mate in the front row.
            _espeak(
                "bystander",
                "en-us-nyc+m7",
                -12,
                rate=167,
                pitch=40,
                lines=(
                    "It's a dare! If he's up there till the second half, I owe him fifty quid!",
                    "Come on, Gaz, it's not worth it. I'll give you the money anyway.",
                    "His mum's in the family stand as well. She's waving at him.",
                ),
            ),
        ),
        58,
        "crowd",
        0,
        overlaps=1,
        description="a man on a rugby crossbar at half time: a flite wearer, everyone else far",
    ),
    RecordingSpec(
        "d387",
        "fresh47",
        (
            # A school's summer fair as the brass band plays: a driver who reversed into two
            # parked cars on the field wants to leave, control checks his insurance on the
            # radio, and the owner of one of the cars talks over the wearer.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-rp+m2",
                0,
                wearer=True,
                rate=164,
                pitch=49,
                lines=(
                    "Control, insurance check on a grey estate at the school fair, please.",
                    "Yes, he's with me. Sir, that email is a quote.",
                    "Madam, I'll take your details. Sir, I'm seizing the car.",
                ),
            ),
            # The driver: espeak's Spanish voice reading English.
            _espeak(
                "civilian",
                "es+m6",
                -7,
                rate=171,
                pitch=39,
                lines=(
                    "Officer, please, I touched it very softly. There is no damage.",
                    "The grass is wet, it slid. My daughter dances in ten minutes.",
                    "No, no, I paid it! I have the email on my phone, look!",
                ),
            ),
            # Control, on the radio.
            _flite(
                "dispatch",
                "kal16",
                -11,
                radio=True,
                rate=115,
                lines=(
                    "Go ahead with the registration.",
                    "That car has no insurance since May. Is the driver with you?",
                ),
            ),
            # The owner of one of the cars he hit.
            _espeak(
                "witness",
                "en-029+f5",
                -10,
                rate=145,
                pitch=71,
                lines=(
                    "Softly? My wing mirror is hanging off by its wires!",
                    "So who pays for my mirror?",
                ),
            ),
        ),
        40,
        "music",
        12,
        overlaps=2,
        description="a driver who hit two cars at a school fair: control talked over, uninsured",
    ),
    RecordingSpec(
        "d388",
        "fresh47",
        (
            # A stolen French bulldog traced by her tag to a terraced house as she barks inside:
            # her owner came with the police, the man behind the front door says his one line,
            # and the partner on flite follows the tag round the back.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-scotland+m1",
                0,
                wearer=True,
                rate=147,
                pitch=56,
                lines=(
                    "Police. Open the door, please. We need to speak to you about a dog.",
                    "Sir, we can all hear a dog. Open the door and we'll sort this out.",
                    "Go round the back, quickly, before he's over the wall.",
                    "Madam, stay by the car. Does she have a microchip as well as the tag?",
                    "Bring her round. We'll scan the chip in the van.",
                ),
            ),
            # The partner, on flite, following the tag on a phone.
            _flite(
                "partner",
                "rms",
                -6,
                rate=117,
                lines=(
                    "The tracker puts her inside this house, within five metres of the front room.",
                    "The tag's moving. He's carrying her towards the back of the house.",
                    "I'm at the back gate. A man's just put a dog in a shed and gone back in.",
                    "I've got her. A French bulldog with a pink collar, the tag still on it.",
                ),
            ),
            # The dog's owner.
            _espeak(
                "witness",
                "en-us+f5",
                -9,
                rate=176,
                pitch=64,
                lines=(
                    "That's her barking! That's Biscuit, I'd know that bark anywhere!",
                    "She was taken from my garden on Sunday while I hung the washing out.",
                    "Yes, it's in her vet book. I've got it on my phone.",
                ),
            ),
            # The man behind the front door, his one line.
            _espeak(
                "civilian",
                "en-us+m8",
                -11,
                muffled=True,
                rate=138,
                pitch=35,
                lines=("I haven't got any dog. Go away.",),
            ),
        ),
        66,
        "dog",
        17,
        overlaps=1,
        short_line=3,
        description="a stolen bulldog traced to a house as she barks: one line behind the door",
    ),
)
