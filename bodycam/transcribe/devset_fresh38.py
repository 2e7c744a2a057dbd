"""The development set's fresh38 half (d309-d316): eight recordings written blind to the diarizer.

Session 39 wrote it after the fresh to fresh37 halves, without reading the diarizer or the
transcriber or seeing a score of either. It keeps what fresh21 to fresh37 promised: every
speaker says lines written for the scene (``Voice.lines``), in the turn order the seed draws
(``devset.turn_plan``), and says all of them, so the reference STM is the script; a scene has
2-5 people, no two sharing a voice or an espeak variant, at least one of them a woman, everyone
but the camera wearer 5-15 dB under the wearer; each espeak voice has a rate and pitch of its
own and each flite voice a pace of its own (none the same as a voice of an earlier recording,
nor of another recording of this half). The recordings run 50-90 s, both ends used. As fresh35
to fresh37 did, it uses each of the eight noises once, at 0-20 dB (both ends again). No accent
is new: the three here are espeak voices heard in one recording each before, Brazilian
Portuguese (d106), Indonesian (d186) and Slovenian (d220), each reading every word of its lines
as a word under ``espeak-ng -x``; the Brazilian Portuguese voice is the camera wearer's, where
no accented wearer before (d142, d218, d293, d308) was in siren noise. All four flite voices
are used, and women wear the camera in four of the eight. Numbers are written as words. Three
of the eight have a band-limited police radio, four radio voices in all, each used otherwise:
control's five lines in dog noise at 9 dB, one of them over a civilian, control at 0 dB in rain,
and two radios in one crowd recording, control on the wearer's and race control on a marshal's,
control over the driver there. Two recordings have two people of one sex and near one voice
taking turns (one accent, a variant close to the other's, one rate, six pitch points apart), and
four have a voice heard once in a short line (1.51-2.10 s). Each recording asks for something
no earlier recording in its noise had (the list below says what); every overlap and silence the
specs ask for is realised in the build (the figures below come from the reference RTTM). The
module is long because it is data: eight scenes' lines and their specs.

- d309, a cash machine outside a village post office that has kept an old woman's card (street,
  3 dB): she speaks slowly (espeak ``en-gb-x-gbcwmd+f4`` at 134 words a minute), the man who
  stood behind her shouts his denials over the wearer twice (1.25 s, 1.02 s), and the postmaster
  says his one line on flite ``awb`` (``short_line``, 2.10 s). No espeak woman's voice in street
  noise before was under 138 words a minute (d245).
- d310, a drone flown over a prison wall from the field behind it, the dog section's dogs
  barking (dog, 9 dB): two brothers of one accent and near one voice (``en-gb-x-gbclan`` ``m8``
  and ``m7``, both at 166 words a minute, pitch 46 and 40), and control on the radio
  (band-limited) with five lines, one of them over the younger brother (1.10 s). No radio voice in
  dog noise before said more than three lines (d259, d289) or talked over anyone.
- d311, a hot air balloon put down in a field of young barley as the wind got up (wind, 15 dB):
  the pilot on flite ``slt`` talks alone for a minute, twelve lines from 9.46 s to 69.78 s,
  after the wearer's one line (``short_line``, 1.67 s). The voices alone for a minute in wind
  noise before were men's (d13, d46, d96, d117), and ``slt`` had held the floor nowhere.
- d312, a man in the garden-waste container at a council tip in the rain, digging for the
  wedding ring that came off with his glove (rain, 0 dB): he is in espeak's Indonesian voice
  (``id+m5``) and talks over control (1.20 s), the site's operative shouts at him, control has
  three lines on the radio (band-limited), and the wearer waits 6.63 s while he digs. No radio
  voice in rain before was under 2 dB (d91).
- d313, a catalytic converter sawn off a car in a leisure centre's car park, its alarm wailing
  (siren, 18 dB, 60 s): the wearer in espeak's Brazilian Portuguese voice (``pt-br+m4``), the
  car's owner and the mother who filmed the thieves, two women of one accent and near one voice
  (``en+f2`` and ``en+f5``, both at 165 words a minute, pitch 62 and 56), three lines talked over
  (0.91-1.18 s). No siren recording before had an accented wearer or was over 16 dB (d164).
- d314, a funeral held up in a single-track lane to the crematorium by a parcel van (car,
  11 dB): its driver shouting from his cab with the window up (``muffled``), the wearer over the
  funeral director (0.96 s), and the dead woman's daughter's one line (``short_line``, 1.51 s).
  No car recording before had a shouting voice behind glass (d81, d110 and d194 had, in street,
  dog and music noise).
- d315, a city marathon's course between a man and his mother, who has fallen at home (crowd,
  6 dB, 90 s): five voices, the driver shouting over the marshal (0.94 s), control on the
  wearer's radio over him (0.79 s), race control on the marshal's radio on flite ``rms`` (both
  band-limited), and a 13.94 s wait for a gap in the runners. No crowd recording before had two
  radio voices or a pause over 10 s.
- d316, a tattoo parlour over its own music, a customer whose daughter's name was spelt the
  other way refusing to pay (music, 20 dB, 50 s): the customer in espeak's Slovenian voice
  (``sl+m8``), the tattooist on flite ``kal16``, the wearer over the customer (1.29 s), and his
  girlfriend's one line (``short_line``, 1.71 s). No music recording before was over 17 dB (d223).

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH38: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d309",
        "fresh38",
        (
            # A cash machine outside a village post office has kept an old woman's card: the
            # man who stood behind her and "helped" her type her number in again shouts that he
            # never looked, and the postmaster says his one line.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+m3",
                0,
                wearer=True,
                rate=152,
                pitch=46,
                lines=(
                    "Morning. You rang about the cash machine. Which one of you is Mrs Pritchard?",
                    "Sir, stay where you are, please. Madam, could he see the keys when you typed?",
                    "Nobody is accusing anybody. Just step away from the machine for me.",
                    "Not yet. There's a strip of grey plastic poking out of the card slot.",
                    "Thank you, madam. Sir, empty your coat pockets onto the bench, please.",
                ),
            ),
            # The man who stood behind her, shouting.
            _espeak(
                "civilian",
                "en-gb-x-rp+m7",
                -6,
                shout=True,
                rate=168,
                pitch=38,
                lines=(
                    "I was only trying to help her! I've never met the woman in my life!",
                    "I wasn't watching her fingers! Why would I watch an old lady's fingers?",
                    "Fine! I'm stepping back! Can I go now? My bus is in five minutes!",
                    "That's nothing to do with me! It was stuck there when I turned up!",
                ),
            ),
            # The old woman whose card was kept.
            _espeak(
                "witness",
                "en-gb-x-gbcwmd+f4",
                -7,
                rate=134,
                pitch=58,
                lines=(
                    "That's me. The machine swallowed my card, and this gentleman told me to put "
                    "my number in again.",
                    "He kept saying it happens all the time, and I should try once more.",
                    "Oh, good heavens. Is that my bank card in his hand?",
                ),
            ),
            # The postmaster: his one line.
            _flite(
                "bystander",
                "awb",
                -11,
                rate=103,
                lines=("He's been at that machine all morning.",),
            ),
        ),
        66,
        "street",
        3,
        overlaps=2,
        short_line=3,
        description="a card kept by a village cash machine: the man behind her shouting",
    ),
    RecordingSpec(
        "d310",
        "fresh38",
        (
            # A drone flown over a prison wall at dusk from the field behind it, the dog
            # section's dogs barking in their runs: two brothers of one accent and near one
            # voice, and control on the radio, over one of them.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-scotland+f2",
                0,
                wearer=True,
                rate=156,
                pitch=60,
                lines=(
                    "Control, I'm in the field behind the prison wall. Two males with a drone.",
                    "Which one of you is Kyle? And what's that hanging under the drone?",
                    "Fishing, in a field, at half past eight at night. Open the rucksack.",
                    "Then you won't mind me looking. Kyle, put the controller on the grass.",
                    "Control, can you ask the prison if anything has landed on the wing?",
                    "You're both under arrest for trying to get items into a prison.",
                    "Control, can I have the dog unit to search along the wall as well?",
                ),
            ),
            # Kyle, the older brother.
            _espeak(
                "civilian",
                "en-gb-x-gbclan+m8",
                -8,
                rate=166,
                pitch=46,
                lines=(
                    "We're only filming the sunset for my channel. That's not against the law.",
                    "You can't arrest him! Jordan didn't even know what was in it!",
                ),
            ),
            # Jordan, the younger brother: the same accent, a close variant, six pitch points
            # under him at his rate.
            _espeak(
                "bystander",
                "en-gb-x-gbclan+m7",
                -7,
                rate=166,
                pitch=40,
                lines=(
                    "It's his drone, not mine. I only came along for the ride.",
                    "That's a fishing line. We were going fishing at the lake after.",
                    "There's nothing in it. Just batteries and a charger, honest.",
                    "He's not saying a word till he gets a solicitor. Are you, Kyle?",
                    "That wasn't us. Loads of people fly drones round here.",
                ),
            ),
            # Control, on the radio.
            _espeak(
                "dispatch",
                "en+m5",
                -10,
                radio=True,
                rate=171,
                pitch=33,
                lines=(
                    "Received. The prison reports a drone over the exercise yard on the east wing.",
                    "Police, the car in the gateway comes back to a Kyle Mercer. He's got a "
                    "drugs marker.",
                    "Stand by. The prison say a parcel has been found on the roof, tied with "
                    "fishing line.",
                    "Received. Transport is on its way from custody.",
                    "The dog unit is at the prison already. They'll walk the field with you.",
                ),
            ),
        ),
        84,
        "dog",
        9,
        overlaps=2,
        description="a drone flown over a prison wall: two brothers of near one voice, a radio",
    ),
    RecordingSpec(
        "d311",
        "fresh38",
        (
            # A hot air balloon put down in a field of young barley as the wind got up: the
            # pilot tells it alone for a minute after the wearer's one line.
            # The wearer: his one line.
            _espeak(
                "officer",
                "en-029+m4",
                0,
                wearer=True,
                rate=146,
                pitch=35,
                lines=("Right. What happened?",),
            ),
            # The balloon's pilot.
            _flite(
                "witness",
                "slt",
                -6,
                rate=105,
                lines=(
                    "Over here, officer! Nobody's badly hurt. Everyone is out of the basket.",
                    "We took off from the rugby club at six. The forecast said light winds "
                    "until nine.",
                    "By seven it was blowing twice that, with power lines ahead of us. I had to "
                    "put her down.",
                    "So I picked this field. It looked flat and empty from up there.",
                    "We came in too fast. The basket hit the ground, bounced, and tipped on its "
                    "side.",
                    "It dragged us about forty metres through the barley before the envelope "
                    "let go of the wind.",
                    "I've got eight passengers. One lady has hurt her wrist. The rest are just "
                    "shaken up.",
                    "There's a couple from Derby. He had just proposed to her at two thousand "
                    "feet.",
                    "My crew are driving round the lanes looking for us. I've sent them a pin on "
                    "the map.",
                    "The farmer came down on his quad bike shouting about his crop. I don't "
                    "blame him.",
                    "I've told him the company will pay for every square metre we've flattened.",
                    "Twenty years I've been flying, and that's the worst landing I've ever had.",
                    "The envelope needs folding before the wind picks it up again. Can you help "
                    "me hold it?",
                ),
            ),
        ),
        73,
        "wind",
        15,
        short_line=0,
        description="a hot air balloon down in a barley field: its pilot holds the floor",
    ),
    RecordingSpec(
        "d312",
        "fresh38",
        (
            # A man in the garden-waste container at a council tip in the rain, digging for the
            # wedding ring that came off with his glove: the site's operative shouting at him,
            # control on the radio at 0 dB, and a long wait while he digs.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-rp+f1",
                0,
                wearer=True,
                rate=148,
                pitch=55,
                lines=(
                    "Control, I'm at the tip on Mill Lane. There's a man inside the green waste "
                    "container.",
                    "Sir, I know, but it's slippery in there. Give me your hand and climb out.",
                    "Okay. Control, he's not injured. Hold the fire service for now.",
                    "Anything yet? You're soaked to the skin.",
                    "Pass it up to me, and I'll hold on to it while you climb out.",
                    "Control, he's out of the container, and he's got his ring back.",
                ),
            ),
            # The man in the container: espeak's Indonesian voice reading English.
            _espeak(
                "civilian",
                "id+m5",
                -9,
                rate=144,
                pitch=42,
                lines=(
                    "I am not hurt! My ring is in here! My wedding ring came off with my glove!",
                    "Please, five minutes only. It was my grandfather's ring. I will find it.",
                    "I threw the glove with the hedge cuttings, in a black bag. The bag is here "
                    "somewhere.",
                    "Yes! Here! The black bag with the yellow tie! Wait, wait!",
                ),
            ),
            # The site's operative, shouting.
            _espeak(
                "witness",
                "en-gb-x-gbclan+f3",
                -7,
                shout=True,
                rate=160,
                pitch=66,
                lines=(
                    "Get out of there! I've told you, nobody goes in the skips!",
                    "The compactor's off, or he'd be in pieces! I'm writing this up for the "
                    "council!",
                ),
            ),
            # Control, on the radio.
            _espeak(
                "dispatch",
                "en-us+m7",
                -10,
                radio=True,
                rate=151,
                pitch=30,
                lines=(
                    "Received. Is he injured? Do you want the fire service to get him out?",
                    "Police, the site manager says the compactor is isolated and switched off.",
                    "Police, an update, please. Do you still need the fire service?",
                ),
            ),
        ),
        88,
        "rain",
        0,
        overlaps=1,
        long_silences=1,
        description="a man digging in a tip's skip for his ring: control on the radio at 0 dB",
    ),
    RecordingSpec(
        "d313",
        "fresh38",
        (
            # A catalytic converter sawn off a car in a leisure centre's car park, its alarm
            # wailing: the owner back from the pool and the mother who filmed the thieves, two
            # women of one accent and near one voice; the wearer in espeak's Brazilian
            # Portuguese voice, three lines talked over.
            # The wearer: espeak's Brazilian Portuguese voice reading English.
            _espeak(
                "officer",
                "pt-br+m4",
                0,
                wearer=True,
                rate=150,
                pitch=41,
                lines=(
                    "Hello. I am from the police. Who called us about the car in the corner?",
                    "I am sorry, madam. And you, can I see the video on your phone?",
                    "Good. Stop it there. Can you send this video to me?",
                    "Maybe. First I need your name and your phone number, please.",
                    "Do not drive it. I will give you a crime number for your insurance.",
                ),
            ),
            # The car's owner.
            _espeak(
                "witness",
                "en+f2",
                -6,
                rate=165,
                pitch=62,
                lines=(
                    "That's my car! I've only been in the pool for an hour. What have they done "
                    "to it?",
                    "My catalytic converter? Not again! They took the last one in March!",
                    "How am I supposed to get home? It'll sound like a tractor now.",
                ),
            ),
            # The mother who filmed them from her car, waiting for her daughter's swimming
            # lesson: the same accent as the owner, a close variant, at her rate and six pitch
            # points under her.
            _espeak(
                "bystander",
                "en+f5",
                -8,
                rate=165,
                pitch=56,
                lines=(
                    "Me. I was sat in my car. Two men in yellow jackets were under hers with a "
                    "saw.",
                    "They cut something off underneath, and put it in a white van. Then the "
                    "alarm went off.",
                    "Yes, here. You can see the van's number plate at the end, look.",
                    "Of course. Will I have to go to court?",
                ),
            ),
        ),
        60,
        "siren",
        18,
        overlaps=3,
        description="a catalytic converter sawn off at a leisure centre: two women, near one voice",
    ),
    RecordingSpec(
        "d314",
        "fresh38",
        (
            # A funeral held up in a single-track lane to the crematorium by a parcel van: its
            # driver shouting behind his closed window, the funeral director, the daughter's one
            # line.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-rp+f5",
                0,
                wearer=True,
                rate=147,
                pitch=57,
                lines=(
                    "Whose van is this? There's a funeral trying to get up to the crematorium.",
                    "Sir, wind your window down. Move the van now, please.",
                    "Hand me the parcel. I'll take it up to the farm myself. Move your van.",
                    "There's a passing place just past the cattle grid. Wait in there.",
                    "Thank you. Drive slowly past the cars, please.",
                ),
            ),
            # The parcel van's driver, shouting from his cab with its window up.
            _espeak(
                "civilian",
                "en-us-nyc+m4",
                -6,
                shout=True,
                muffled=True,
                rate=172,
                pitch=43,
                lines=(
                    "I'm delivering! I've got a hundred and forty drops today, and they time "
                    "every one!",
                    "Two minutes! One more parcel for the farm, then I'm gone!",
                    "All right! I'm going! Sorry for your loss and that.",
                ),
            ),
            # The funeral director.
            _espeak(
                "witness",
                "en-gb-scotland+m3",
                -7,
                rate=138,
                pitch=35,
                lines=(
                    "We're booked in for two o'clock, officer. The family have been sitting here "
                    "ten minutes.",
                    "The hearse can't reverse down here. There's a stone wall on both sides.",
                    "We've only got a forty minute slot. If we miss it, there's another family "
                    "after us.",
                    "Thank you, officer. I'll tell the family we'll be moving in a minute.",
                ),
            ),
            # The dead woman's daughter: her one line.
            _espeak(
                "bystander",
                "en-gb-x-gbcwmd+f2",
                -10,
                rate=150,
                pitch=69,
                lines=("It's my mum's funeral.",),
            ),
        ),
        64,
        "car",
        11,
        overlaps=1,
        short_line=3,
        description="a funeral held up by a parcel van: its driver shouting behind his window",
    ),
    RecordingSpec(
        "d315",
        "fresh38",
        (
            # A city marathon's course between a man and his mother, who has fallen at home: the
            # wearer, the marshal at the crossing point, the man shouting, control on the
            # wearer's radio and race control on the marshal's, and a long wait for a gap in
            # the runners.
            # The wearer.
            _espeak(
                "officer",
                "en-us+m3",
                0,
                wearer=True,
                rate=159,
                pitch=49,
                lines=(
                    "Sir, switch the engine off, please. Nobody drives across the course.",
                    "Control, received. Sir, your mum has got an ambulance coming from her side.",
                    "Walk it across, sir. I'll walk in front of your car.",
                    "Sir, they're with your mum now. Control, I'll stay at the crossing.",
                ),
            ),
            # The man in the car, shouting.
            _espeak(
                "civilian",
                "en-gb-scotland+m6",
                -6,
                shout=True,
                rate=176,
                pitch=37,
                lines=(
                    "My mother's fallen in her kitchen! She's eighty six! She lives just over "
                    "there!",
                    "Is that it? After the rhino? Can I go now?",
                ),
            ),
            # The marshal at the crossing point.
            _espeak(
                "witness",
                "en-gb-x-gbclan+f1",
                -7,
                rate=170,
                pitch=63,
                lines=(
                    "I've told him twice. The crossing point is shut until the sweeper bus comes.",
                    "Race control, marshal twelve. A gap in two minutes, received. I'll hold the "
                    "tape.",
                    "Yes! Go now, slowly! Straight across and up the side road!",
                ),
            ),
            # Control, on the wearer's radio.
            _espeak(
                "dispatch",
                "en-gb-x-rp+f4",
                -9,
                radio=True,
                rate=180,
                pitch=56,
                lines=(
                    "Police, the ambulance service have that call. They're coming from the north "
                    "side.",
                    "Police, the ambulance is five minutes from the address.",
                    "Police, the ambulance is at the address now. The crew are with her.",
                    "Received. Log updated.",
                ),
            ),
            # Race control, on the marshal's radio.
            _flite(
                "bystander",
                "rms",
                -11,
                radio=True,
                rate=107,
                lines=(
                    "Marshal twelve, race control. We can give you a gap in the runners in two "
                    "minutes.",
                    "Marshal twelve, the gap is coming after the man in the rhino costume.",
                    "All marshals, race control. The sweeper bus is at mile twenty.",
                ),
            ),
        ),
        90,
        "crowd",
        6,
        overlaps=2,
        long_silences=1,
        silence=(12.0, 16.0),
        description="a car at a marathon's crossing point: two radios and a wait for a gap",
    ),
    RecordingSpec(
        "d316",
        "fresh38",
        (
            # A tattoo parlour over its own music: a customer whose daughter's name was spelt
            # the other way will not pay, the tattooist, the customer's girlfriend's one line.
            # The wearer.
            _espeak(
                "officer",
                "en-029+f1",
                0,
                wearer=True,
                rate=153,
                pitch=67,
                lines=(
                    "Right, one at a time. Who rang us?",
                    "Let me see your arm. What should it say?",
                    "And did you check the drawing before he started?",
                    "Okay. It's a civil matter, sir, but you can't block his door.",
                    "Both of you sit down, and we'll talk it through.",
                ),
            ),
            # The customer: espeak's Slovenian voice reading English.
            _espeak(
                "civilian",
                "sl+m8",
                -6,
                rate=158,
                pitch=40,
                lines=(
                    "Because he spelt my daughter's name wrong! Look at my arm!",
                    "Sophia, like my mother! He has written it the Spanish way!",
                    "I was looking at my phone. I trusted him. He is the artist!",
                    "So who pays to fix my arm? Not me!",
                ),
            ),
            # The tattooist.
            _flite(
                "witness",
                "kal16",
                -8,
                rate=99,
                lines=(
                    "I did. He won't pay, and he's blocking my door.",
                    "He signed the form with that spelling.",
                ),
            ),
            # The customer's girlfriend: her one line.
            _espeak(
                "bystander",
                "en-us+f4",
                -12,
                rate=174,
                pitch=61,
                lines=("I told him it looked wrong.",),
            ),
        ),
        50,
        "music",
        20,
        overlaps=1,
        short_line=3,
        description="a misspelt name at a tattoo parlour over its music: the customer won't pay",
    ),
)
