"""The development set's fresh50 half (d405-d412): eight recordings written blind to the diarizer.

Session 51 wrote it after the fresh to fresh49 halves, without reading the diarizer or the
transcriber or seeing a score of either. It keeps what fresh21 to fresh49 promised: every
speaker says lines written for the scene (``Voice.lines``), in the turn order the seed draws
(``devset.turn_plan``), and says all of them, so the reference STM is the script; a scene has
2-5 people, no two sharing a voice or an espeak variant, at least one of them a woman, everyone
but the camera wearer 5-15 dB under the wearer; each espeak voice has a rate and pitch of its
own and each flite voice a pace of its own (none the same as a voice of an earlier recording,
nor of another recording of this half). The recordings run 40-80 s, both ends used. As fresh35
to fresh49 did, it uses each of the eight noises once, at 0-20 dB (both ends again). No accent
is new, and every accent of the set has been heard in two recordings or more, so the six here
are the six heard least recently, in two recordings each: Afrikaans (d142, d328), Malay (d221,
d330), Bosnian (d222, d326), Azerbaijani (d225, d334), Papiamento (d229, d331) and Guarani
(d232, d338), three accented voices in one recording and one in each of three more, reading
every word of their lines as a word under ``espeak-ng -x`` (none spelt out letter by letter, and
none switched to English rules). All four flite voices are used, and women wear the camera in
four of the eight. Numbers are written as words. It leans on what fresh46 to fresh49 did not do
at all, each in one recording: an accented voice whispering (none since d367), a flite voice
behind a window (none since d372), the voice first heard late 15 dB under (none since d369), six
lines talked over (none since d363), a civilian 5 dB under the wearer (none since d362), two
voices behind a door (none since d368), the voice first heard late shouting (none since d369),
three accented voices (none since d358), a radio answering in words (none since d361) and four
long silences (none since d365). Each recording asks for something no earlier recording in its
noise had (the list below says what); every overlap and silence the specs ask for is realised
in the build (the figures below come from the reference RTTM). The module is long because it is
data: eight scenes' lines and their specs.

- d405, a man watching a high street nail bar from the bus stop opposite (street, 12 dB, 58 s):
  the nail technician whispers in espeak's Malay voice (``ms+whisperf``) so that he will not
  see her talking, over the wearer (0.68 s), and the wearer back over her (0.98 s); her
  customer thinks he has followed her for weeks. The accented voices whispering before (d242,
  d367) were in crowd and car noise.
- d406, a gritter lorry that flattened the bollards along a seafront promenade in a gale (wind,
  0 dB, 66 s): its driver will not open his cab and talks through the shut window on flite
  ``rms`` (``muffled``); the partner over the woman who jumped clear (0.69 s) and the driver over
  the partner (1.25 s). The flite voices heard through a door or window before (d71, d134,
  d174, d372) were in street, rain, music and dog noise.
- d407, a car crawling round a ring road at night on a flat tyre (car, 17 dB, 72 s): the driver
  in espeak's Guarani voice (``gn+f2``), lost on her way home from the coast, the partner over
  her (1.23 s), and after a long silence (9.71 s) her husband, asleep in the back, first heard
  faint, 15 dB under the wearer. The voices first heard late 15 dB under before (d147, d232,
  d369) were in street, rain and siren noise.
- d408, a taxi rank's queue jumped in the rain after the pubs shut (rain, 8 dB, 64 s): six lines
  talked over, the cab's driver on flite ``awb`` over the man in espeak's Bosnian voice
  (``bs+m6``, 0.70 s), the woman whose friend was pushed over over the driver (1.06 s), she over
  the wearer (0.62 s), the wearer over her (0.99 s), she over the driver again (1.06 s) and the
  wearer over her again (0.81 s). The recordings with six lines or more talked over before were
  in car, crowd, music, street and wind noise.
- d409, a pharmacy's crate of prescriptions snatched from its delivery rider at a crossing as
  fire engines pass (siren, 5 dB, 40 s): the pharmacist at the wearer's elbow, 5 dB under him,
  over him (1.18 s), control on the radio over her (1.03 s), the rider on flite ``kal16``.
  The civilians 5 dB under the wearer before were in every noise but siren.
- d410, two shoplifters shut in a department store's stockroom on the first day of its sale
  (crowd, 11 dB, 76 s): both heard through its door (``muffled``), the wearer over the man
  (0.68 s), and after a long silence (7.75 s) the store detective first heard shouting from
  across the shop floor, the woman over him (0.99 s). The recordings with two voices or more
  behind a door before were in street, rain and dog noise, and the voices first heard late and
  shouting in car, dog, siren, street and wind noise.
- d411, a wedding band's speakers taken from their van in a hotel's car park during the first
  dance (music, 20 dB, 62 s): three accented voices, the drummer in espeak's Afrikaans voice
  (``af+m8``) over the singer in its Azerbaijani voice (``az+f3``, 1.09 s), the singer over the
  wearer twice (1.04 s, 0.71 s), and the hotel's manager in its Papiamento voice (``pap+m4``).
  The two recordings with three accented voices before (d205, d358) were in street and wind
  noise.
- d412, an old labrador tied to a bench at a reservoir at dusk, barking, with a note in his
  collar (dog, 14 dB, 80 s): control answering in a word or two on the radio (0.88-1.59 s), the
  dog walker who found him on flite ``slt``, and four long silences (7.74 s, 8.45 s, 7.79 s and
  8.52 s) as the wearer waits and calls out. The radios answering in words before (d96, d141,
  d162, d361) were in wind, car, street and siren noise, and the recordings with four long
  silences or more (d55, d168, d191, d360, d365) in wind, car, rain and street noise.

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH50: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d405",
        "fresh50",
        (
            # A man watching a high street nail bar from the bus stop opposite: the nail
            # technician whispers, so that he will not see her talking, and her customer, who
            # thinks he has followed her for weeks.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbclan+m2",
                0,
                wearer=True,
                rate=151,
                pitch=38,
                lines=(
                    "Evening. Somebody rang from this nail bar about a man across the road?",
                    "Where is he standing? Don't point, just tell me.",
                    "How long has he been waiting over there?",
                    "Have you told anyone about the roses? A friend, or someone at work?",
                    "You did right to stay inside. I'm going over to speak to him.",
                ),
            ),
            # The nail technician, whispering: espeak's Malay voice reading English.
            _espeak(
                "witness",
                "ms+whisperf",
                -7,
                rate=137,
                pitch=58,
                lines=(
                    "Please, talk quietly. He is watching my customer through our window.",
                    "Next to a bank, at a bus stop. Grey coat, black hat.",
                    "Since four. Five buses stopped for him, and he got on none of them.",
                ),
            ),
            # The customer.
            _espeak(
                "civilian",
                "en-gb-x-rp+f5",
                -9,
                rate=169,
                pitch=71,
                lines=(
                    "I think he followed me from the gym. I saw that coat by the treadmills.",
                    "I've seen him before, I'm sure. Somebody left roses on my car twice this "
                    "month, with no card.",
                    "Only my sister. She said I was imagining things.",
                ),
            ),
        ),
        58,
        "street",
        12,
        overlaps=2,
        description="a man watching a nail bar: the technician whispering, accented",
    ),
    RecordingSpec(
        "d406",
        "fresh50",
        (
            # A gritter lorry that flattened the bollards along a seafront promenade in a gale:
            # its driver will not open his cab and talks through the shut window, on flite; the
            # woman who jumped clear, and the partner.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-scotland+f3",
                0,
                wearer=True,
                rate=158,
                pitch=66,
                lines=(
                    "Driver, turn your engine off and open up the cab for me, please.",
                    "Then wind your window down a little. Why were you on the promenade at all?",
                    "Madam, sit in our car out of the wind while we sort this out.",
                    "Driver, who sent you along here? It's closed to traffic.",
                    "Step out now, sir. You're under arrest for dangerous driving.",
                ),
            ),
            # The partner.
            _espeak(
                "partner",
                "en-us+m4",
                -7,
                rate=172,
                pitch=44,
                lines=(
                    "Six bollards flattened, and one's gone through the railings onto the beach.",
                    "She's got grazes on both hands. I'll fetch the first aid kit.",
                    "Control says the council never sent a gritter along here tonight.",
                    "A trailer of road salt, no number plate, and no tax since March.",
                ),
            ),
            # The woman who jumped clear.
            _espeak(
                "witness",
                "en-029+f2",
                -9,
                rate=146,
                pitch=61,
                lines=(
                    "He came up onto the promenade. I had to jump onto the sea wall.",
                    "He didn't stop for a good minute. I heard him hit every post.",
                ),
            ),
            # The gritter's driver behind his shut cab window, on flite.
            _flite(
                "civilian",
                "rms",
                -8,
                muffled=True,
                rate=89,
                lines=(
                    "I'm not opening it in this wind. The door will rip off its hinges.",
                    "A gust took the back end out. I couldn't hold it on the ice.",
                    "Somebody paid me cash to grit the lifeboat ramp. I don't ask questions.",
                    "All right. Let me get my boots on.",
                ),
            ),
        ),
        66,
        "wind",
        0,
        overlaps=2,
        description="a gritter on a seafront in a gale: its driver on flite behind his window",
    ),
    RecordingSpec(
        "d407",
        "fresh50",
        (
            # A car crawling round a ring road at night on a flat tyre: the driver, lost on her
            # way home from the coast, and her husband, asleep in the back, first heard late and
            # faint.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+m6",
                0,
                wearer=True,
                rate=148,
                pitch=33,
                lines=(
                    "Evening, madam. Engine off, please.",
                    "Which town are you making for, madam?",
                    "And who's that asleep in the back?",
                    "Sir, I'm a police officer. Nobody is hurt.",
                    "Madam, when did you last stop for a break?",
                    "We'll ring your daughter and get you both a cup of tea.",
                    "Sir, keep your belt on. The tow truck is coming.",
                ),
            ),
            # The driver: espeak's Guarani voice reading English.
            _espeak(
                "civilian",
                "gn+f2",
                -8,
                rate=134,
                pitch=72,
                lines=(
                    "Is something wrong? The road felt so bumpy.",
                    "Home, to our daughter. We left a beach at lunch.",
                    "At a garage. My husband usually drives.",
                    "Thank you. I was so frightened to stop on my own.",
                ),
            ),
            # The partner.
            _espeak(
                "partner",
                "en-us-nyc+f4",
                -9,
                rate=163,
                pitch=55,
                lines=(
                    "Sparks off that wheel for a mile. We followed you from the bypass.",
                    "Control has their daughter's number. She rang us at six.",
                ),
            ),
            # Her husband, asleep in the back seat, first heard late and faint.
            _espeak(
                "witness",
                "en-gb-x-rp+m8",
                -15,
                rate=139,
                pitch=26,
                lines=(
                    "Margaret? Why have we stopped? Are we home, love?",
                    "Tell our Susan we're sorry for the worry.",
                ),
            ),
        ),
        72,
        "car",
        17,
        overlaps=1,
        late_voice=3,
        description="a car on a flat tyre on a ring road at night: the husband late and faint",
    ),
    RecordingSpec(
        "d408",
        "fresh50",
        (
            # A taxi rank's queue jumped in the rain after the pubs shut: the woman whose friend
            # was pushed over, the man who says he booked the cab, its driver on flite, and six
            # lines talked over.
            # The wearer.
            _espeak(
                "officer",
                "en-us+f1",
                0,
                wearer=True,
                rate=166,
                pitch=63,
                lines=(
                    "Calm down, all of you. Whose cab is this?",
                    "Show me that message, sir. Hold the screen up so I can read it.",
                    "That's a booked car, sir. This is a black cab off the rank.",
                    "Sir, step back under the shelter with me. Madam, can your friend walk?",
                    "Your friend takes this cab, madam. Sir, you wait for your own car.",
                    "Push anybody else tonight, sir, and you'll ride with me instead.",
                ),
            ),
            # The cab's driver, on flite.
            _flite(
                "bystander",
                "awb",
                -8,
                rate=119,
                lines=(
                    "Mine, and nobody's getting in till you lot sort it out.",
                    "I'm pulling out in one minute, with or without a fare.",
                    "Come on then, who's getting in? The meter's running.",
                ),
            ),
            # The woman whose friend was pushed over.
            _espeak(
                "witness",
                "en-gb-x-gbclan+f2",
                -7,
                rate=153,
                pitch=68,
                lines=(
                    "We queued forty minutes in this rain, and he walked past everybody!",
                    "He shoved my friend into a puddle to get to the door first.",
                    "Her knee's bleeding and her phone screen's smashed.",
                    "Thank you. Come on, Jade, lean on me.",
                    "And he can pay for her phone. It was brand new.",
                ),
            ),
            # The man who says he booked it: espeak's Bosnian voice reading English.
            _espeak(
                "civilian",
                "bs+m6",
                -9,
                rate=142,
                pitch=39,
                lines=(
                    "I booked this car. I have a message on my phone with its number.",
                    "Fine. I will wait for my own car.",
                ),
            ),
        ),
        64,
        "rain",
        8,
        overlaps=6,
        description="a queue jumped at a taxi rank in the rain: six lines talked over",
    ),
    RecordingSpec(
        "d409",
        "fresh50",
        (
            # A pharmacy's crate of prescriptions snatched from its delivery rider at a crossing
            # as fire engines pass: the pharmacist at the wearer's elbow, the rider on flite,
            # control on the radio.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-scotland+m7",
                0,
                wearer=True,
                rate=155,
                pitch=41,
                lines=(
                    "Control, I'm at the chemist's on Station Road with the delivery rider.",
                    "What did he look like? Which way did he go?",
                    "Madam, was there anything dangerous in that crate?",
                ),
            ),
            # The pharmacist, at the wearer's elbow.
            _espeak(
                "civilian",
                "en-gb-x-gbcwmd+f1",
                -5,
                rate=160,
                pitch=75,
                lines=(
                    "Twenty bags of medicines. Some of those people can't go a day without.",
                    "Morphine patches for three patients, and insulin for two more.",
                ),
            ),
            # The delivery rider, on flite.
            _flite(
                "witness",
                "kal16",
                -8,
                rate=85,
                lines=(
                    "He grabbed the whole crate off my bike while I waited at the crossing.",
                    "Young, on an electric bike, blue helmet. He went down by the canal.",
                    "His bike had a red box on the back. I remember that.",
                ),
            ),
            # Control, on the radio.
            _espeak(
                "dispatch",
                "en-us+f3",
                -10,
                radio=True,
                rate=174,
                pitch=52,
                lines=(
                    "Received. Those engines passing you are going to a flat fire on Mill Lane.",
                    "All units, a blue helmet on an electric bike, heading for the towpath.",
                ),
            ),
        ),
        40,
        "siren",
        5,
        overlaps=2,
        description="prescriptions snatched as fire engines pass: the pharmacist at the elbow",
    ),
    RecordingSpec(
        "d410",
        "fresh50",
        (
            # Two shoplifters shut in a department store's stockroom on the first day of its
            # sale, both heard through the door, and the store detective first heard late,
            # shouting across the shop floor.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+f5",
                0,
                wearer=True,
                rate=150,
                pitch=69,
                lines=(
                    "Police. You two in the stockroom, open this door and come out.",
                    "There's only me here. Move whatever's against the door.",
                    "Nobody's grabbing anybody. I've got the key now. Come out one at a time.",
                ),
            ),
            # The man in the stockroom, through the door.
            _espeak(
                "civilian",
                "en-us+m2",
                -8,
                muffled=True,
                rate=170,
                pitch=47,
                lines=(
                    "Not a chance. There's a guard out there who'll jump on us.",
                    "Tell your guard to go away first, then we'll talk.",
                    "He's lying. We paid for that perfume at the till by the escalator.",
                    "I threw the receipt away. Who keeps receipts?",
                    "All right, we're coming out.",
                ),
            ),
            # The woman in the stockroom, through the door.
            _espeak(
                "bystander",
                "en-029+f4",
                -9,
                muffled=True,
                rate=144,
                pitch=58,
                lines=(
                    "We haven't taken anything. We only came in here to hide.",
                    "It's a rail of coats. It fell over and now it's jammed.",
                    "Please don't let him in! He grabbed my arm by the perfume counter!",
                    "They're in my pocket because I was going to pay for them.",
                ),
            ),
            # The store detective, first heard late, shouting across the shop floor.
            _espeak(
                "witness",
                "en-gb-x-rp+m4",
                -11,
                shout=True,
                rate=165,
                pitch=36,
                lines=(
                    "Officer! I've got the master key from the office! Stand aside!",
                    "She had three bottles of perfume up her sleeve! I've got it on camera!",
                    "Then where's the receipt? The tags are still in her coat pocket!",
                    "The key's by your foot! I'll be at the tills with the footage!",
                ),
            ),
        ),
        76,
        "crowd",
        11,
        overlaps=2,
        late_voice=3,
        description="two shoplifters shut in a stockroom: both through the door, one late shouting",
    ),
    RecordingSpec(
        "d411",
        "fresh50",
        (
            # A wedding band's speakers taken from their van in a hotel's car park during the
            # first dance: the drummer, the singer and the hotel's manager, three accented.
            # The wearer.
            _espeak(
                "officer",
                "en-us-nyc+m5",
                0,
                wearer=True,
                rate=161,
                pitch=45,
                lines=(
                    "Evening. Which of you rang about the van?",
                    "When did you last see the speakers in the back of your van?",
                    "Was the van locked? No broken glass that I can see.",
                    "Then someone had a key, or knew a trick with the lock. I'll need the "
                    "serial numbers.",
                ),
            ),
            # The drummer: espeak's Afrikaans voice reading English.
            _espeak(
                "civilian",
                "af+m8",
                -9,
                rate=149,
                pitch=35,
                lines=(
                    "Two speakers, very heavy. It takes two men to lift one.",
                    "A van was parked beside ours, and it is gone.",
                ),
            ),
            # The singer: espeak's Azerbaijani voice reading English.
            _espeak(
                "witness",
                "az+f3",
                -7,
                rate=138,
                pitch=70,
                lines=(
                    "Me. I am a singer in a band. We play here tonight, after dinner.",
                    "At six. We carried in drums, and left big speakers in a van for later.",
                    "Yes, locked. I have a key here, in my bag.",
                ),
            ),
            # The hotel's manager: espeak's Papiamento voice reading English.
            _espeak(
                "bystander",
                "pap+m4",
                -8,
                rate=157,
                pitch=27,
                lines=(
                    "I manage this hotel. Please, our guests are dancing. Talk out here.",
                    "A camera at our gate sees every car coming in and going out.",
                    "I can lend you our own speakers from a conference room upstairs, for tonight.",
                ),
            ),
        ),
        62,
        "music",
        20,
        overlaps=3,
        description="a wedding band's speakers taken during the first dance: three accented",
    ),
    RecordingSpec(
        "d412",
        "fresh50",
        (
            # An old labrador tied to a bench at a reservoir at dusk, barking, with a note in his
            # collar: the dog walker who found him on flite, control answering in a word or two
            # on the radio, four long silences as the wearer waits and calls out.
            # The wearer.
            _espeak(
                "officer",
                "en-us+f5",
                0,
                wearer=True,
                rate=159,
                pitch=57,
                lines=(
                    "Control, I'm with the dog at the reservoir. Has anyone checked the car?",
                    "Control, any answer yet from the owner's phone?",
                    "Control, there's a note. We need the boat team and the helicopter.",
                    "Hello? Police! Is anybody down by the water? Wave a light!",
                    "Control, a torch on the far bank by the boathouse. I'm going round.",
                ),
            ),
            # Control, answering in a word or two on the radio.
            _espeak(
                "dispatch",
                "en-gb-x-gbclan+m5",
                -9,
                radio=True,
                rate=171,
                pitch=43,
                lines=(
                    "Yes. Nobody inside.",
                    "Straight to voicemail.",
                    "Boat's launching.",
                ),
            ),
            # The dog walker who found him, on flite.
            _flite(
                "witness",
                "slt",
                -8,
                rate=119,
                lines=(
                    "I found him tied to this bench an hour ago. He hasn't stopped barking.",
                    "There's a note tucked in his collar. It says please look after Biscuit.",
                    "There! A torch, on the far bank, by the boathouse!",
                ),
            ),
        ),
        80,
        "dog",
        14,
        long_silences=4,
        replies=1,
        description="a dog tied to a bench at a reservoir: the radio answering, long silences",
    ),
)
