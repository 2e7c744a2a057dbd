"""The development set's fresh43 half (d349-d356): eight recordings written blind to the diarizer.

Session 44 wrote it after the fresh to fresh42 halves, without reading the diarizer or the
transcriber or seeing a score of either. It keeps what fresh21 to fresh42 promised: every
speaker says lines written for the scene (``Voice.lines``), in the turn order the seed draws
(``devset.turn_plan``), and says all of them, so the reference STM is the script; a scene has
2-5 people, no two sharing a voice or an espeak variant, at least one of them a woman, everyone
but the camera wearer 5-15 dB under the wearer; each espeak voice has a rate and pitch of its
own and each flite voice a pace of its own (none the same as a voice of an earlier recording,
nor of another recording of this half). The recordings run 40-80 s, both ends used. As fresh35
to fresh42 did, it uses each of the eight noises once, at 0-20 dB (both ends again). No accent
is new: the five here are espeak voices heard in one recording each before, Kurdish (d230, its
two voices), Lule Saami (d238, its two voices), Nahuatl (d241), Esperanto (d245) and Lingua
Franca Nova (d252), each reading every word of its lines as a word under ``espeak-ng -x``. All
four flite voices are used, and women wear the camera in four of the eight. Numbers are written
as words. It leans on what fresh39 to fresh42 did not do at all: five lines talked over in one
recording (none since d302), three long silences in one (none since d209), at 9-12 s (a range no
recording had), three band-limited voices in one (d120 the only one before), a man and a woman
of one accent in one (two voices of one accent: none since d269), a voice first heard late that
answers in a word or two (none since d224), three voices shouting in one (d139 the only one
before), three flite voices in one (none since d119) and a wearer whispering every line, beside
a second voice whispering (d79's wearer, the one whispering wearer before, whispered some lines
and shouted others, on two voices). One recording has a voice heard once in a full line, first
heard late (a man on flite ``awb`` on his phone), two a voice heard once in a short line (1.46 s
on flite ``kal16`` and 2.18 s), and one a voice through a lift's doors (``Voice.muffled``). Each
recording asks for something no earlier recording in its noise had (the list below says what);
every overlap and silence the specs ask for is realised in the build (the figures below come
from the reference RTTM). The module is long because it is data: eight scenes' lines and their
specs.

- d349, a street preacher with a loudspeaker outside a bakery (street, 0 dB, 58 s): the
  preacher on flite ``kal16``, the baker and a heckler in espeak's Lingua Franca Nova voice
  (``lfn+m6``) all shouting, the wearer over the preacher (1.29 s) and over the baker (0.82 s),
  the baker over the heckler (1.14 s). No street recording had three voices shouting; the one
  recording with three or more (d139, four) was in crowd noise.
- d350, night hawks digging a Roman fort on a hill at night (wind, 20 dB, 78 s): the wearer, a
  woman, whispers every line (``en-gb-x-gbclan+whisperf``) and the heritage warden whispers
  beside her (``en-gb-x-rp+whisper``), in slow turns 0.64-1.33 s apart (``gaps`` 0.6-1.5 s);
  one of the diggers, on his phone across the ditch on flite ``awb`` 13 dB under the wearer, is
  first heard late, once, between two long silences (7.20 s and 9.39 s). No wearer whispered in
  wind noise before, and the two whispering voices in wind (d262, d329) were not the wearer's.
- d351, a car stopped at midnight with a shopping trolley across its back seat (car, 12 dB,
  40 s): three lads on three flite voices, the driver on ``rms``, his friend on ``awb`` and, his
  one line, the lad under the trolley on ``kal16`` (``short_line``, 1.46 s); the wearer over
  the driver (1.21 s). No car recording had three flite voices (the six that had three or more,
  the last d119, were in street and wind noise).
- d352, a lorry's load of watermelons spilt across a roundabout in the rain (rain, 10 dB, 72 s):
  five voices, three of them band-limited: control on the radio on flite ``slt``, the partner
  on the radio closing the far side, and the haulier's office on the cab's speakerphone in
  espeak's Esperanto voice (``eo+f3``); control over the partner (0.78 s). No rain recording had
  more than one band-limited voice; the one recording with three (d120) was in car noise.
- d353, a woman stuck in a tower block's lift as the fire engines come (siren, 6 dB, 80 s): two
  voices, the woman heard through the lift's doors in espeak's Lule Saami voice (``smj+f5``,
  muffled), and three long silences of 9-12 s (``silence``; 9.58 s, 11.46 s and 10.92 s), each
  broken by her. No siren recording had more than two long silences (d294).
- d354, a player's darts and the prize money gone from behind the bar at a social club's darts
  match (crowd, 7 dB, 64 s): the steward and the stewardess in espeak's Kurdish voice, a man and
  a woman (``ku+m4`` at pitch 23, ``ku+f2`` at pitch 64), she over him (0.69 s) and he over the
  wearer (1.38 s). No crowd recording had two voices of one accent.
- d355, a boy missing from a school disco, the music on (music, 14 dB, 76 s): the teacher in
  espeak's Nahuatl voice (``nci+m5``), and the boy, found under the stage after a long silence
  (7.80 s), first heard late and answering in a word or two at pitch 85 (``late_voice`` and
  ``replies``). The voices first heard late that answered in words (d103, d177, d224) were in dog
  and wind noise.
- d356, two families claiming one dog at a boarding kennels' collection time, the dogs barking
  (dog, 16 dB, 67 s): five lines talked over, the father over the mother of the other family
  (0.81 s), the partner's one line over him (``short_line``, 2.18 s, 0.82 s over), the mother
  over the kennels' owner on flite ``slt`` (1.35 s), the wearer over the mother (1.39 s) and she
  over the wearer (0.62 s). No dog recording had more than four lines talked over (d236).

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH43: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d349",
        "fresh43",
        (
            # A street preacher with a loudspeaker outside a bakery on a shopping street: the
            # preacher, the baker and a heckler all shouting, the wearer between them.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+m7",
                0,
                wearer=True,
                rate=153,
                pitch=37,
                lines=(
                    "Right, all three of you, stop shouting. Who called us about the loudspeaker?",
                    "You can preach here, sir, but not loud enough to drown out the whole street.",
                    "Madam, let me deal with him. And you, stop goading him or you can go home.",
                    "Ten yards down by the fountain, the volume low, or the council's noise team "
                    "takes the speaker.",
                ),
            ),
            # The preacher, shouting over his loudspeaker.
            _flite(
                "civilian",
                "kal16",
                -6,
                shout=True,
                rate=111,
                lines=(
                    "I have every right to preach on a public street! This is a free country!",
                    "I'll move along the pavement, but no heckler is going to silence me!",
                ),
            ),
            # The baker whose doorway he stands in, shouting.
            _espeak(
                "witness",
                "en-gb-x-rp+f1",
                -8,
                shout=True,
                rate=164,
                pitch=57,
                lines=(
                    "It was me! My customers can't hear a word I say at the till!",
                    "He's put his speaker on a chair right across my doorway!",
                    "The fountain's still outside the bakery! Send him to the bus station!",
                ),
            ),
            # A heckler, shouting back at the preacher: espeak's Lingua Franca Nova voice.
            _espeak(
                "bystander",
                "lfn+m6",
                -10,
                shout=True,
                rate=172,
                pitch=31,
                lines=(
                    "Half the street did! He's been bellowing at us through that box since nine "
                    "o'clock!",
                    "Tell him to switch it off then! Nobody stopped to listen to his sermon!",
                    "I'm only answering him back! It's my high street as much as it's his!",
                ),
            ),
        ),
        58,
        "street",
        0,
        overlaps=3,
        description="a street preacher with a loudspeaker: he, the baker and a heckler shouting",
    ),
    RecordingSpec(
        "d350",
        "fresh43",
        (
            # Night hawks digging a Roman fort on a hill at night, the wind blowing: the wearer and
            # the heritage warden whisper behind a wall, and one of the diggers is heard late.
            # The wearer, whispering.
            _espeak(
                "officer",
                "en-gb-x-gbclan+whisperf",
                0,
                wearer=True,
                rate=138,
                pitch=46,
                lines=(
                    "Keep down behind the wall. Are those their torches?",
                    "Control, four two. Two males digging on the Roman fort.",
                    "We wait until one of them pockets something.",
                    "Did you hear that? He's just told us what's in his pocket.",
                    "My partner is coming up the lane with his lights off.",
                    "Stay here and keep your head down.",
                ),
            ),
            # The heritage warden, whispering.
            _espeak(
                "witness",
                "en-gb-x-rp+whisper",
                -6,
                rate=127,
                pitch=33,
                lines=(
                    "Two of them, with detectors, by the east gate.",
                    "They've dug holes all over the bathhouse floor.",
                    "Listen. The beeping's stopped. He's on his phone.",
                    "A brooch from this fort could be worth thousands.",
                    "Their car is by the stile. A blue estate.",
                    "They're packing up. They must have heard the van.",
                ),
            ),
            # One of the diggers, on his phone across the ditch: heard once.
            _flite(
                "civilian",
                "awb",
                -13,
                rate=117,
                lines=("Yeah, good night, mate. Three coins and a brooch. Silver, I reckon.",),
            ),
        ),
        78,
        "wind",
        20,
        long_silences=1,
        late_voice=2,
        gaps=(0.6, 1.5),
        description="night hawks on a Roman fort in the wind: the wearer whispering every line",
    ),
    RecordingSpec(
        "d351",
        "fresh43",
        (
            # A car stopped at midnight with a shopping trolley across its back seat, the engine
            # running: three lads on three flite voices, the one under the trolley heard once.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-scotland+f4",
                0,
                wearer=True,
                rate=169,
                pitch=67,
                lines=(
                    "Evening. Do you know there's a shopping trolley sticking out of your back "
                    "window?",
                    "At midnight, with a lad wedged under it and no seatbelt on him?",
                    "That's a seatbelt offence, an insecure load and a very sore passenger.",
                ),
            ),
            # The driver.
            _flite(
                "civilian",
                "rms",
                -6,
                rate=101,
                lines=(
                    "We're taking it back, honest. It's been outside our flat for a week.",
                    "The supermarket's shut, so we were going to leave it by the trolley bay.",
                    "He's fine, he volunteered to hold it in.",
                ),
            ),
            # The front passenger.
            _flite(
                "witness",
                "awb",
                -8,
                rate=116,
                lines=(
                    "Somebody dumped it in our bin store. We thought we'd do the right thing.",
                    "Fair enough. Can we push it the rest of the way on foot?",
                ),
            ),
            # The lad under the trolley in the back, his one line.
            _flite(
                "bystander",
                "kal16",
                -11,
                rate=93,
                lines=("The handle is digging into my ribs!",),
            ),
        ),
        40,
        "car",
        12,
        overlaps=1,
        short_line=3,
        description="a shopping trolley across a car's back seat: three lads on three flite voices",
    ),
    RecordingSpec(
        "d352",
        "fresh43",
        (
            # A lorry's load of watermelons spilt across a roundabout in the rain: its driver,
            # control and the partner on the radio, and the haulier on the cab's speakerphone.
            # The wearer.
            _espeak(
                "officer",
                "en-us+m5",
                0,
                wearer=True,
                rate=147,
                pitch=43,
                lines=(
                    "Control, the roundabout by the retail park is blocked. A lorry's shed its "
                    "load.",
                    "Control, it's watermelons, hundreds, smashed across both lanes.",
                    "Driver, are you hurt? Stay in the cab with the hazards on.",
                    "Send the buses round by the ring road until the sweeper has been.",
                ),
            ),
            # The lorry's driver.
            _espeak(
                "civilian",
                "en-gb-x-gbclan+m1",
                -6,
                rate=156,
                pitch=28,
                lines=(
                    "The back doors flew open on the bend. I felt the whole load go.",
                    "I'm fine, just shaken. I'll ring my boss back about the trailer.",
                ),
            ),
            # Control, on the radio.
            _flite(
                "dispatch",
                "slt",
                -11,
                radio=True,
                rate=91,
                lines=(
                    "Received. What has it shed? Is anyone injured?",
                    "Highways are sending a sweeper lorry. They say forty minutes in this rain.",
                    "Understood. Unit two is closing the bypass slip road for you.",
                ),
            ),
            # The partner, on the radio, closing the far side of the roundabout.
            _espeak(
                "partner",
                "en-029+m3",
                -10,
                radio=True,
                rate=161,
                pitch=47,
                lines=(
                    "I'm at the far side. Cars are skidding on the pulp, I'm coning off the exit.",
                    "Somebody's stopped to fill their boot with the ones that didn't burst.",
                    "The slip road is coned. Nothing is coming round from my side now.",
                    "The buses want to know how long. I've told them an hour at least.",
                ),
            ),
            # The haulier's transport manager on the cab's speakerphone: espeak's Esperanto voice
            # reading English.
            _espeak(
                "witness",
                "eo+f3",
                -9,
                radio=True,
                rate=136,
                pitch=62,
                lines=(
                    "Hello? This is the transport office. Is our driver all right?",
                    "Then the door lock failed. I am sending a second trailer.",
                ),
            ),
        ),
        72,
        "rain",
        10,
        overlaps=1,
        description="watermelons shed on a roundabout in the rain: three band-limited voices",
    ),
    RecordingSpec(
        "d353",
        "fresh43",
        (
            # A woman stuck in a tower block's lift as the fire engines come: the wearer talks to
            # her through the doors, and three long silences while he waits for the crew.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-rp+m3",
                0,
                wearer=True,
                rate=143,
                pitch=39,
                lines=(
                    "Anyone in the lift? Police here. Shout if you can hear me.",
                    "The fire brigade are coming. Try the alarm button again.",
                    "I'm still here. I can hear the engines on the hill.",
                    "They're in the lobby. They'll wind it down from the machine room.",
                    "Sit on the floor, away from the doors. Not long now.",
                ),
            ),
            # The woman in the lift, heard through its doors: espeak's Lule Sami voice reading
            # English.
            _espeak(
                "civilian",
                "smj+f5",
                -9,
                muffled=True,
                rate=148,
                pitch=58,
                lines=(
                    "Yes! The lights went off and it stopped.",
                    "Hello? Are you still there? Nobody answers the alarm.",
                    "It's very hot in here now. Please hurry.",
                    "Are they coming? My daughter is waiting at the bus stop.",
                    "We're moving! The floor just dropped!",
                ),
            ),
        ),
        80,
        "siren",
        6,
        long_silences=3,
        silence=(9.0, 12.0),
        description="a woman stuck in a tower block's lift as the engines come: three long waits",
    ),
    RecordingSpec(
        "d354",
        "fresh43",
        (
            # A darts match at a social club, the room loud: a player's darts and the prize money
            # gone from behind the bar, and the couple who run the bar, one accent between them.
            # The wearer.
            _espeak(
                "officer",
                "en-us-nyc+m8",
                0,
                wearer=True,
                rate=157,
                pitch=45,
                lines=(
                    "Evening. Somebody rang about a theft from behind the bar?",
                    "Who else goes behind the bar apart from the two of you?",
                    "Was the shelf where anybody at the bar could reach it?",
                    "Does the club have a camera over the bar or the door?",
                    "Sir, nobody searches anybody's bags but me. Sit down.",
                    "Good. And I'll want a list of everyone who signed in tonight.",
                ),
            ),
            # The player whose darts were taken.
            _espeak(
                "civilian",
                "en-gb-x-gbcwmd+m2",
                -6,
                rate=162,
                pitch=33,
                lines=(
                    "Me. My tungsten darts, in a leather case. I left them with the steward.",
                    "Anybody leaning over could. And their team were losing by four legs.",
                    "Never mind cameras, search their bags before they leave!",
                ),
            ),
            # The stewardess: espeak's Kurdish voice reading English.
            _espeak(
                "witness",
                "ku+f2",
                -8,
                rate=144,
                pitch=64,
                lines=(
                    "I put the case on the shelf under the till, next to the prize envelope.",
                    "I told you to put it in the safe before the final started!",
                ),
            ),
            # The steward, her husband: the same Kurdish voice, a man's.
            _espeak(
                "bystander",
                "ku+m4",
                -9,
                rate=167,
                pitch=23,
                lines=(
                    "And the envelope has gone as well. The whole prize, two hundred pounds.",
                    "Only us, and the barmaid who collects the glasses.",
                    "There is one camera, over the door. I can show you now.",
                ),
            ),
        ),
        64,
        "crowd",
        7,
        overlaps=2,
        description="darts and prize money gone at a social club: a couple of one accent",
    ),
    RecordingSpec(
        "d355",
        "fresh43",
        (
            # A boy missing from a school disco, the music on: the wearer and the teacher looking,
            # and the boy, found late under the stage, answering in a word or two.
            # The wearer.
            _espeak(
                "officer",
                "en-029+f1",
                0,
                wearer=True,
                rate=155,
                pitch=72,
                lines=(
                    "When was he last seen, and what is he wearing?",
                    "Have you checked the toilets and the classrooms?",
                    "What about under the stage? That hatch at the side is open.",
                    "There you are. I'm a police officer. Are you hurt at all?",
                    "We'll get that looked at. What made you crawl in there?",
                    "Who laughed at you? Somebody at the disco?",
                    "Can you crawl out to me, or shall I come in?",
                    "No, she's not cross. She's just glad you're safe.",
                    "Right, let's get you a drink and wait for your mum.",
                ),
            ),
            # The teacher running the disco: espeak's Classical Nahuatl voice reading English.
            _espeak(
                "civilian",
                "nci+m5",
                -7,
                rate=151,
                pitch=39,
                lines=(
                    "Half an hour ago, by the snack table. A green football shirt.",
                    "The toilets, the classrooms and the playground, twice.",
                    "The caretaker keeps it locked. Somebody must have borrowed his keys.",
                    "Thank goodness. I'll tell the others to stop searching.",
                    "I'll ring his mother and tell her he's been found.",
                ),
            ),
            # The boy, first heard late under the stage, answering in a word or two.
            _espeak(
                "witness",
                "en+m6",
                -10,
                rate=176,
                pitch=85,
                lines=(
                    "Under here.",
                    "Bumped my knee.",
                    "They laughed at me.",
                    "The big kids.",
                    "Coming out.",
                    "Is Mum cross?",
                ),
            ),
        ),
        76,
        "music",
        14,
        late_voice=2,
        replies=2,
        description="a boy missing from a school disco: found late, answering in a word or two",
    ),
    RecordingSpec(
        "d356",
        "fresh43",
        (
            # Two families claiming one dog at a boarding kennels' collection time, the dogs
            # barking: five lines talked over, the kennels' owner and the partner's one line.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+steph",
                0,
                wearer=True,
                rate=160,
                pitch=53,
                lines=(
                    "Both of you, let go of the lead. The dog stays with the kennels for now.",
                    "Has either of you got a photo of her on your phone?",
                    "Then the chip decides, and nobody takes her anywhere until it does.",
                ),
            ),
            # The father of the first family.
            _espeak(
                "civilian",
                "en-us+m2",
                -7,
                rate=174,
                pitch=25,
                lines=(
                    "That's our Biscuit! We dropped her off a fortnight ago!",
                    "She came to me when I called her. She knows her name!",
                    "Every cockapoo has a patch like that! Our photos are on my wife's phone.",
                    "Fine. Scan her. She was chipped the week we got her.",
                    "And if it's hers, where's our Biscuit?",
                ),
            ),
            # The kennels' owner.
            _flite(
                "bystander",
                "slt",
                -8,
                rate=113,
                lines=(
                    "We had two apricot cockapoos in this week. One went home yesterday.",
                    "I've got a scanner in the office. The chip gives us the owner's name.",
                ),
            ),
            # The mother of the second family.
            _espeak(
                "witness",
                "en-gb-x-rp+f4",
                -9,
                rate=141,
                pitch=69,
                lines=(
                    "No, that's Toffee! Biscuit went home yesterday with the wrong family!",
                    "And you handed the wrong one over! This one is ours!",
                    "Toffee has a white patch under her chin. Look, right there!",
                    "Here. My daughter's birthday, last month, Toffee in a paper hat.",
                    "Go on then. Toffee's chip is in my name.",
                ),
            ),
            # The partner, pulling the father off the lead: one line.
            _espeak(
                "partner",
                "en-gb-scotland+m5",
                -12,
                rate=158,
                pitch=41,
                lines=("Sir, hands off the lead, now!",),
            ),
        ),
        67,
        "dog",
        16,
        overlaps=5,
        short_line=4,
        description="two families claim one dog at a boarding kennels: five lines talked over",
    ),
)
