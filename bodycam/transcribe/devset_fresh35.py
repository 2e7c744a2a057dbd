"""The development set's fresh35 half (d285-d292): eight recordings written blind to the diarizer.

Session 36 wrote it after the fresh to fresh34 halves, without reading the diarizer or the
transcriber or seeing a score of either. It keeps what fresh21 to fresh34 promised: every
speaker says lines written for the scene (``Voice.lines``), in the turn order the seed draws
(``devset.turn_plan``), and says all of them, so the reference STM is the script; a scene has
2-5 people, no two sharing a voice or an espeak variant, at least one of them a woman, everyone
but the camera wearer 5-15 dB under the wearer; each espeak voice has a rate and pitch of its
own and each flite voice a pace of its own (none the same as a voice of an earlier recording,
nor of another recording of this half). The recordings run 50-90 s, both ends used. As fresh23
to fresh33 did, and unlike fresh34, it uses each of the eight noises once, at 0-20 dB (both
ends again). No accent is new: the three here are espeak voices heard in one recording each before,
Spanish (d56), French (d114) and Italian (d130), each reading every word of its lines as a word
under ``espeak-ng -x``. All four flite voices are used, and women wear the camera in four of
the eight. Numbers are written as words. Every overlap and silence the specs ask for is
realised in the build (the figures below come from the reference RTTM). The module is long
because it is data: eight scenes' lines and their specs.

- d285, an ambulance blocked in a narrow terraced street by a parked car, its siren still going
  (siren, 8 dB): the car's owner shouting in espeak's Italian voice (``it+m2``), a paramedic on
  flite ``rms``, the neighbour who rang for the old woman; the wearer over the neighbour
  (0.75 s) and the neighbour over the wearer (1.18 s).
- d286, a family broken down on a motorway's hard shoulder at night (rain, 15 dB): the wearer
  on flite ``awb``, the mother, her son of twelve (``en+m4``, pitch 81), control on the radio
  (flite ``kal16``), and a 6.30 s wait before control says the lane is closed.
- d287, fake concert tickets outside an arena as the crowd goes in (crowd, 3 dB): five voices,
  the mother in espeak's French voice (``fr+f2``), her daughter shouting, the tout 11 dB under,
  the partner's one line on flite ``slt`` 12 dB under; the tout over the mother (0.65 s) and the
  mother over the wearer (0.69 s).
- d288, a taxi driver whose fare ran off, telling it in the patrol car (car, 20 dB): after his
  first line the wearer, on flite ``slt``, says her one acknowledgement (``short_line`` and
  ``replies``), and he talks alone for a minute, thirteen lines from 10.53 s to 73.74 s.
- d289, a dog shut alone in a flat for two days, barking (dog, 11 dB): a neighbour, the landlord
  with a key in espeak's French voice (``fr+m5``), and the tenant, rung at work, first heard on
  the landlord's phone on speaker (band-limited, 11 dB under) after a 9.99 s silence, the
  wearer's second line having come after a 7.32 s wait at the door. No late voice on a radio
  or phone before was in dog noise.
- d290, a trampoline blown over a garden fence onto a neighbour's car in a storm (wind, 6 dB):
  the car's owner shouting, the trampoline's owner, the partner on flite ``awb``; three lines
  talked over (0.93 s, 1.31 s and 1.38 s).
- d291, a children's entertainer's van broken into outside a community hall while her party
  goes on inside (music, 13 dB): the entertainer in espeak's Spanish voice (``es+f4``), the
  hall's manager on flite ``rms``, a parent's one line 12 dB under; 50 s, where no music
  recording before was shorter than 52 s (d131).
- d292, a man with bolt cutters at the bike racks outside a railway station (street, 0 dB): the
  bike's owner shouting, the man on flite ``kal16``, control on the radio reading the camera
  and the bike register; the owner over the man (1.15 s) and control over the wearer (0.90 s).

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH35: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d285",
        "fresh35",
        (
            # An ambulance blocked in a narrow terraced street by a parked car, its siren still
            # going: the car's owner shouting in espeak's Italian voice, a paramedic, and the
            # neighbour who rang for the old woman who fell.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbclan+f4",
                0,
                wearer=True,
                rate=171,
                pitch=61,
                lines=(
                    "Whose is the silver car? It's blocking the ambulance in!",
                    "Sir, move the car now, please. Right now.",
                    "Madam, not now. Sir, your keys. Where are your keys?",
                    "Go. I'll get the car out of your way.",
                    "Sir, that's a double yellow line. You'll get a ticket for that.",
                ),
            ),
            # A paramedic from the ambulance.
            _flite(
                "witness",
                "rms",
                -7,
                rate=103,
                lines=(
                    "Officer, our patient is at number forty. We can't get the stretcher past.",
                    "We'll carry the chair round by hand. We can't wait for him.",
                    "Thank you, love. Mind the step, it's broken.",
                    "Control, we're with the patient now. Query broken hip.",
                ),
            ),
            # The car's owner, shouting: espeak's Italian voice reading English.
            _espeak(
                "civilian",
                "it+m2",
                -6,
                shout=True,
                rate=157,
                pitch=43,
                lines=(
                    "It is mine! I stop for five minutes, only five minutes!",
                    "In my jacket, in the shop! Why do you shout at me?",
                    "Here! Here are the keys! I move it, I move it now!",
                    "Okay, okay! To the corner! You don't tell me how to drive!",
                    "A ticket? A lady is hurt and I get a ticket?",
                ),
            ),
            # The neighbour who rang for the old woman.
            _espeak(
                "bystander",
                "en-029+f3",
                -10,
                rate=147,
                pitch=63,
                lines=(
                    "She's ninety-one, that's Mrs Hale. She fell in her kitchen.",
                    "He always parks there! Every single day, right across the road!",
                    "I'll hold the gate open for you. Her door's on the latch.",
                    "Reverse it right back to the corner, not just a foot.",
                    "She's broken her hip, and you're worried about a ticket?",
                ),
            ),
        ),
        82,
        "siren",
        8,
        overlaps=2,
        description="an ambulance blocked by a parked car as its siren runs: the owner shouting",
    ),
    RecordingSpec(
        "d286",
        "fresh35",
        (
            # A family broken down on a motorway's hard shoulder at night in the rain: the
            # mother, her son of twelve, the traffic officer wearing the camera, control on the
            # radio, and a long wait for a lane to close.
            # The wearer.
            _flite(
                "officer",
                "awb",
                0,
                wearer=True,
                rate=101,
                lines=(
                    "Control, I'm with the broken down car on the hard shoulder, past junction "
                    "nine.",
                    "No, stay behind the barrier, both of you. Cars hit the hard shoulder.",
                    "Here, have my jacket. Control, can you get a lane closed?",
                    "Thank you. Madam, have you got breakdown cover at all?",
                    "Received. Did you see any warning lights before it stopped?",
                    "Where are you heading tonight?",
                    "It sounds like the alternator. The truck will take you to a garage.",
                    "Ask the driver. Most of them will take you home, if it's not too far.",
                ),
            ),
            # The mother.
            _espeak(
                "civilian",
                "en-gb-x-rp+f5",
                -7,
                rate=163,
                pitch=57,
                lines=(
                    "Nobody's hurt. The engine just died, and then all the lights went off.",
                    "The battery light came on at the services. I thought I'd make it home.",
                    "Leeds. My sister's. We've been at my mum's all weekend.",
                    "Can it take us home instead? I can't afford a garage tonight.",
                    "Okay. Thank you for staying with us. I was really scared.",
                ),
            ),
            # Her son of twelve.
            _espeak(
                "bystander",
                "en+m4",
                -9,
                rate=169,
                pitch=81,
                lines=(
                    "Mum, I'm soaked. Can we get back in the car now?",
                    "But it's freezing. My trainers are full of water.",
                ),
            ),
            # Control, on the radio.
            _flite(
                "dispatch",
                "kal16",
                -10,
                radio=True,
                rate=95,
                lines=(
                    "Received. Recovery is on its way, about twenty minutes. Is anyone hurt?",
                    "Lane one is closed from junction nine. The signs are on.",
                    "Police, recovery is now ten minutes out. It's a flatbed.",
                    "Police, the flatbed is behind you now, amber lights.",
                ),
            ),
        ),
        88,
        "rain",
        15,
        long_silences=1,
        description="a family broken down on a motorway's hard shoulder in the rain: a radio",
    ),
    RecordingSpec(
        "d287",
        "fresh35",
        (
            # Fake concert tickets outside an arena as the crowd goes in: a mother in espeak's
            # French voice, her daughter shouting, the tout, and the partner's one line.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+m3",
                0,
                wearer=True,
                rate=161,
                pitch=39,
                lines=(
                    "Right, madam, you flagged us down. What's the problem?",
                    "Sir, take your hands out of your pockets, and put those tickets on the wall.",
                    "Did he give you a receipt, or a name, anything at all?",
                    "We'll ask the box office. Sir, how many of these have you sold tonight?",
                    "That's up to you. You're under arrest on suspicion of fraud.",
                ),
            ),
            # The mother, who paid: espeak's French voice reading English.
            _espeak(
                "civilian",
                "fr+f2",
                -6,
                rate=151,
                pitch=56,
                lines=(
                    "This man sold me two tickets, and the scanner at the gate says they are fake.",
                    "I paid him one hundred and sixty pounds, in cash.",
                    "He said his name was Steve, and he showed me a photo of his own ticket.",
                    "Calm down, my darling. The police are here now.",
                    "I want my money back. Can I have it back tonight?",
                ),
            ),
            # The daughter, sixteen, shouting.
            _espeak(
                "witness",
                "en-us+f1",
                -8,
                shout=True,
                rate=174,
                pitch=77,
                lines=(
                    "He's lying! The gate said they've already been used!",
                    "You took Mum's money right there, by the burger van!",
                    "I've waited a whole year for this. It's my birthday!",
                    "Can we still get in? Please say we can still get in!",
                    "Yes! Mum, did you hear that?",
                ),
            ),
            # The tout.
            _espeak(
                "bystander",
                "en-gb-x-gbclan+m6",
                -11,
                rate=183,
                pitch=35,
                lines=(
                    "They're not fake, they're real. The scanners are always playing up.",
                    "I don't even know these two. I've never seen them before.",
                    "It was a fair price. It's sold out, everyone knows that.",
                    "No comment. I want a solicitor.",
                ),
            ),
            # The partner: her one line.
            _flite(
                "partner",
                "slt",
                -12,
                rate=107,
                lines=("Sarge, he's got a stack more in his jacket.",),
            ),
        ),
        77,
        "crowd",
        3,
        overlaps=2,
        short_line=4,
        description="fake concert tickets outside an arena: the daughter shouting, a tout",
    ),
    RecordingSpec(
        "d288",
        "fresh35",
        (
            # A taxi driver whose fare ran off without paying tells it from the back of the
            # patrol car: he holds the minute, the wearer is heard once.
            # The wearer: her one acknowledgement.
            _flite(
                "officer",
                "slt",
                0,
                wearer=True,
                rate=97,
                lines=("Right. Go on.",),
            ),
            # The taxi driver, telling it.
            _espeak(
                "civilian",
                "en-gb-x-gbcwmd+m7",
                -6,
                rate=158,
                pitch=38,
                lines=(
                    "So I pick him up outside the Crown at about half eleven. Smart lad, suit, "
                    "no coat.",
                    "He wants Holly Lane, out past the golf course. Twenty five minutes, easy "
                    "money.",
                    "He's on his phone the whole way, laughing, talking about some wedding.",
                    "We get to Holly Lane and he says, no, it's the next one, keep going.",
                    "Then the next one. Then he says, pull in here, by the gate, my wife's got "
                    "the cash.",
                    "So I pull in. The meter says thirty eight pounds forty.",
                    "He gets out, walks up the drive, nice and slow, and waves at me.",
                    "And then he's over the side fence and gone. Into the fields, in his good "
                    "shoes.",
                    "I knocked on the door. An old lady answered. Never seen him in her life.",
                    "The thing is, he left his phone on my back seat.",
                    "It's been ringing ever since. Somebody called Mum, nine times.",
                    "So here it is. I reckon his mum will know where he lives.",
                    "I don't want him locked up. I just want my thirty eight pounds forty.",
                    "And maybe for him to say sorry. That would be nice.",
                ),
            ),
        ),
        75,
        "car",
        20,
        short_line=0,
        replies=0,
        description="a taxi driver's runner told in the patrol car: he holds the minute",
    ),
    RecordingSpec(
        "d289",
        "fresh35",
        (
            # A dog shut in a flat on its own for two days, barking: a neighbour, the landlord
            # with a key (espeak's French voice), and the tenant, rung at work, heard late on the
            # landlord's phone on speaker after a long wait.
            # The wearer.
            _espeak(
                "officer",
                "en-us-nyc+m2",
                0,
                wearer=True,
                rate=156,
                pitch=47,
                lines=(
                    "Police! Is anyone in there? Hello!",
                    "Nothing. Just the dog. Sir, try ringing her again, on speaker.",
                    "Let it ring. We'll give her a minute.",
                    "Madam, it's the police. Is your dog on its own in there?",
                    "Madam, has the dog got food and water?",
                    "Well, he hasn't been. We're going in with the landlord's key.",
                    "Right. Biscuit, good boy. Stay back, let me in.",
                ),
            ),
            # The neighbour.
            _espeak(
                "witness",
                "en-gb-scotland+f2",
                -8,
                rate=167,
                pitch=66,
                lines=(
                    "That dog's been barking since Saturday night. Nobody's been in or out.",
                    "Two days, it's been on its own! Two whole days!",
                    "There's a bowl by the back door. It's been empty since Sunday.",
                ),
            ),
            # The landlord, with a key: espeak's French voice reading English.
            _espeak(
                "bystander",
                "fr+m5",
                -9,
                rate=141,
                pitch=41,
                lines=(
                    "I am the landlord. I have a key, but I do not go in without you.",
                    "I have tried a lot of times. Okay, I try again now.",
                    "It is your landlord. The police are at your flat, for the dog.",
                ),
            ),
            # The tenant, rung at work: heard late, on the landlord's phone on speaker.
            _espeak(
                "civilian",
                "en-us+f4",
                -11,
                radio=True,
                rate=179,
                pitch=53,
                lines=(
                    "Hello? Who's this? Why are you ringing me at work?",
                    "My brother was meant to feed him. He said he'd go round every day.",
                    "Oh no. Okay. His name's Biscuit. He's friendly, he won't bite.",
                ),
            ),
        ),
        90,
        "dog",
        11,
        long_silences=1,
        late_voice=3,
        description="a dog alone in a flat for two days: the tenant late on a phone on speaker",
    ),
    RecordingSpec(
        "d290",
        "fresh35",
        (
            # A trampoline blown over a garden fence onto a neighbour's car in a storm: the car's
            # owner shouting, the trampoline's owner, the partner lifting it off with the wearer.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-rp+f1",
                0,
                wearer=True,
                rate=166,
                pitch=69,
                lines=(
                    "Police. Is everyone all right? Nobody was in the car?",
                    "Right, let's get the trampoline off the car before it goes any further.",
                    "On three. One, two, three. Lift.",
                    "Sir, was anyone hurt? Were you near the car when it landed?",
                    "Thank you. Sir, take photos of the car for your insurer.",
                    "That's all you need. It's between the two of you now.",
                ),
            ),
            # The car's owner, shouting over the wind.
            _espeak(
                "civilian",
                "en-us+m8",
                -7,
                shout=True,
                rate=162,
                pitch=31,
                lines=(
                    "Look at my windscreen! It's smashed right through! Who's paying for that?",
                    "I was in the kitchen! I heard a bang like a bomb going off!",
                    "Fine! But that trampoline goes in the shed tonight!",
                ),
            ),
            # The trampoline's owner.
            _espeak(
                "witness",
                "en+f3",
                -9,
                rate=152,
                pitch=58,
                lines=(
                    "Nobody was in it. It's our trampoline. The wind just lifted it over the "
                    "fence.",
                    "We'll pay, of course we will. I'm so sorry. It was pegged down.",
                    "My husband's insurance details are on the fridge. I'll go and get them.",
                    "Here. The policy number and his mobile. He's at work till seven.",
                ),
            ),
            # The partner.
            _flite(
                "partner",
                "awb",
                -8,
                rate=111,
                lines=(
                    "Sarge, the fence panels are down all along here. Two more are loose.",
                    "Stand back from the fence, sir, it's still moving in the wind!",
                    "The pegs have pulled straight out of the lawn. Look at them.",
                    "I'll take this end. Sir, can you grab the leg on your side?",
                    "Mind the glass. Put it flat on the grass, upside down.",
                    "Sarge, I'll ring the council about the fence. It's right across the path.",
                ),
            ),
        ),
        85,
        "wind",
        6,
        overlaps=3,
        description="a trampoline blown onto a car in a storm: the car's owner shouting",
    ),
    RecordingSpec(
        "d291",
        "fresh35",
        (
            # A children's entertainer's van broken into outside a community hall while the party
            # goes on inside: the entertainer in espeak's Spanish voice, the hall's manager, a
            # parent's one line.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-scotland+m1",
                0,
                wearer=True,
                rate=159,
                pitch=44,
                lines=(
                    "You rang about a van broken into? Which one is it?",
                    "Good. What was in the bag, madam?",
                    "Is there anything with your name on it?",
                    "Right. I'll put that out to the other units.",
                ),
            ),
            # The entertainer: espeak's Spanish voice reading English.
            _espeak(
                "civilian",
                "es+f4",
                -6,
                rate=148,
                pitch=62,
                lines=(
                    "That is my van. They broke the back window and took a bag of my things.",
                    "My speaker, the bubble machine, all my costumes. I have a party tomorrow.",
                    "The speaker has a sticker. Rosa's Parties, with a pink balloon.",
                    "Thank you. I go back in now, before the cake is gone.",
                ),
            ),
            # The hall's manager.
            _flite(
                "witness",
                "rms",
                -10,
                rate=91,
                lines=(
                    "The white one by the bins. It's our entertainer's. She's inside with the "
                    "kids.",
                    "The camera over the door should have them. I can get it up on my laptop.",
                ),
            ),
            # A parent: his one line.
            _espeak(
                "bystander",
                "en-029+m5",
                -12,
                rate=172,
                pitch=49,
                lines=("I saw two lads on bikes by the bins, about an hour ago.",),
            ),
        ),
        50,
        "music",
        13,
        short_line=3,
        description="an entertainer's van broken into outside a children's party",
    ),
    RecordingSpec(
        "d292",
        "fresh35",
        (
            # A man with bolt cutters at the bike racks outside a railway station: the bike's
            # owner arrives shouting, control checks the frame number on the radio.
            # The wearer.
            _espeak(
                "officer",
                "en-us+f5",
                0,
                wearer=True,
                rate=177,
                pitch=72,
                lines=(
                    "Control, one detained at the bike racks outside the station. Bolt cutters "
                    "in his bag.",
                    "Madam, stay back a moment. Is this your bike?",
                    "Received. Madam, do you know the frame number?",
                    "Then you'll know what's in the saddle bag, won't you, sir?",
                    "Madam, read the number out for me, slowly.",
                    "Control, frame number seven four one nine nine two zero eight.",
                ),
            ),
            # The man with the bolt cutters.
            _flite(
                "civilian",
                "kal16",
                -7,
                rate=105,
                lines=(
                    "It's my bike, I'm telling you. I lost the key to the lock, that's all.",
                    "She's making it up. Half the bikes in town look like that.",
                    "A puncture kit and a spare tube. Everybody's got those.",
                ),
            ),
            # The bike's owner, shouting.
            _espeak(
                "witness",
                "en-gb-x-gbcwmd+f1",
                -8,
                shout=True,
                rate=164,
                pitch=52,
                lines=(
                    "That's my bike! Get your hands off my bike!",
                    "There's a birthday card in the saddle bag, from my nan! And the number's on "
                    "my phone!",
                    "Seven, four, one, nine, nine, two, zero, eight.",
                ),
            ),
            # Control, on the radio.
            _espeak(
                "dispatch",
                "en-029+m6",
                -10,
                radio=True,
                rate=153,
                pitch=36,
                lines=(
                    "Received. Do you need another unit?",
                    "Control to unit, the bike register is up if you have a frame number.",
                    "Unit, the station camera has a male cutting a lock at that rack, ten "
                    "minutes ago.",
                ),
            ),
        ),
        62,
        "street",
        0,
        overlaps=2,
        description="a man with bolt cutters at a station's bike racks: the owner shouting",
    ),
)
