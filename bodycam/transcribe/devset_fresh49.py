"""The development set's fresh49 half (d397-d404): eight recordings written blind to the diarizer.

Session 50 wrote it after the fresh to fresh48 halves, without reading the diarizer or the
transcriber or seeing a score of either. It keeps what fresh21 to fresh48 promised: every
speaker says lines written for the scene (``Voice.lines``), in the turn order the seed draws
(``devset.turn_plan``), and says all of them, so the reference STM is the script; a scene has
2-5 people, no two sharing a voice or an espeak variant, at least one of them a woman, everyone
but the camera wearer 5-15 dB under the wearer; each espeak voice has a rate and pitch of its
own and each flite voice a pace of its own (none the same as a voice of an earlier recording,
nor of another recording of this half). The recordings run 40-80 s, both ends used. As fresh35
to fresh48 did, it uses each of the eight noises once, at 0-20 dB (both ends again). No accent
is new, and every accent of the set has been heard in two recordings or more, so the six here
are the six heard least recently, in two recordings each: Brazilian Portuguese (d106, d313),
Slovenian (d220, d316), Serbian (d231, d320), Luxembourgish (d228, d322), Haitian Creole (d180,
d323) and Scottish Gaelic (d223, d325), one accented voice in each of six recordings, reading
every word of their lines as a word under ``espeak-ng -x`` (none spelt out letter by letter, and
none switched to English rules). All four flite voices are used, and women wear the camera in
four of the eight. Numbers are written as words. It leans on what fresh45 to fresh48 did not do
at all, each in one recording: the voice first heard late whispering (none since d219), the
wearer shouting (none since d345), a flite voice shouting (none since d349), a man whispering
(none since d350), an accented voice answering in words (none since d357), no room between
turns (none since d347), five lines talked over (none since d363), a voice first heard late
among long silences of their own (none since d350), a one line on the radio (none since d360)
and two voices on the radio (none since d352). Each recording asks for something no earlier
recording in its noise had (the list below says what); every overlap and silence the specs ask
for is realised in the build (the figures below come from the reference RTTM). The module is
long because it is data: eight scenes' lines and their specs.

- d397, a jeweller's window smashed on a high street at night (street, 9 dB, 64 s): the wearer
  searches the shop alone for six lines, calling out, and after a long silence (8.48 s) the
  night cleaner, hidden in the stockroom, whispers (``en-us+whisperf``) her three lines to him.
  The one voice first heard late whispering before (d219) was in rain noise.
- d398, a bouncy castle lifted by a gust at a village fete with a boy still inside (wind, 0 dB,
  77 s): the wearer shouts every line, the boy's father shouts on flite ``awb``, the organiser
  in espeak's Slovenian voice (``sl+f2``) and a first aider answer; the wearer over the first
  aider (1.30 s), the father over him (1.15 s) and the wearer over the organiser (1.09 s). The
  recordings where the wearer and a flite voice both shouted before were in street, siren, crowd
  and dog noise.
- d399, a drive round an estate after a phone was taken at knifepoint (car, 13 dB, 67 s): the
  man it was taken from crouches in the back of the patrol car and whispers
  (``en-gb-x-gbclan+whisper``), over control on flite ``rms`` (0.61 s), and the wearer, driving,
  over control (0.98 s). The men whispering before (d79, d102, d219, d329, d350) were in street,
  rain and wind noise.
- d400, stolen plumbing tools on a car boot sale's table in the rain (rain, 6 dB, 40 s): no room
  between turns (0-0.1 s), the seller in espeak's Luxembourgish voice (``lb+m2``) answering in a
  word or two (1.07-1.82 s), his first answer over the plumber on flite ``kal16`` (1.39 s), the
  wearer over the plumber's wife (1.20 s). The accented voices answering in words before (d114,
  d224, d238, d264, d357) were in car, wind, music and street noise.
- d401, a horsebox on its side on a roundabout as the fire engines come (siren, 12 dB, 72 s):
  five lines talked over, a man at the bus stop over the mare's owner in espeak's Scottish
  Gaelic voice (``gd+f5``, 1.15 s), the driver over him (1.23 s), the partner over the driver
  (0.88 s), the owner over the wearer (1.08 s) and the wearer back over her (1.16 s). The
  recordings with five lines or more talked over before were in every noise but siren.
- d402, a jackpot taken from a handbag at a bingo hall (crowd, 15 dB, 80 s): long silences
  before the winner's friend (7.51 s), before the caller on flite ``slt``, first heard late with
  her one line (6.65 s), and after her (9.07 s); the winner in espeak's Serbian voice (``sr+f1``)
  over the friend (0.62 s) and the wearer over him (1.06 s). The voices first heard late among
  long silences before were in car, dog, rain, street and wind noise.
- d403, a resident's wedding ring gone during a care home's afternoon singalong (music, 20 dB,
  62 s): control's one line on the radio (3.67 s) over the manager in espeak's Haitian Creole
  voice (``ht+f4``, 0.62 s), and the wearer over her (0.72 s), with the resident's son. The one
  lines on the radio before were in wind, street, siren, dog, car and rain noise.
- d404, a spaniel brought to a vet's with a cut paw, her microchip a stolen dog's, as the dogs in
  the waiting room bark (dog, 4 dB, 74 s): control (``en-us+f5``) and the partner by the man's
  van (``en-us-nyc+m7``) both on the radio, the vet in espeak's Brazilian Portuguese voice
  (``pt-br+f3``), the wearer over the vet (0.86 s), the man over the wearer (1.37 s) and the vet
  over the wearer again (0.86 s). The recordings with two voices or more on the radio before
  were in car, street, wind, crowd and rain noise.

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH49: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d397",
        "fresh49",
        (
            # A jeweller's window smashed on a high street at night: the wearer searches the shop
            # alone, calling out, and after a long silence the cleaner, hidden in the stockroom,
            # whispers.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+m8",
                0,
                wearer=True,
                rate=147,
                pitch=36,
                lines=(
                    "Police! Is anybody inside the shop? Call out to me!",
                    "Glass right across the pavement, and the window trays are empty.",
                    "I'm coming in over the glass. If you're in here, show me your hands.",
                    "They've pulled the alarm box off the wall behind the counter.",
                    "The back door's still bolted on the inside. So nobody left that way.",
                    "There's a light under the stockroom door. Police, come out slowly.",
                    "They've gone, madam. You're safe now. Open the door for me.",
                    "Can I take your name? Have you cleaned here for long?",
                ),
            ),
            # The night cleaner, hidden in the stockroom, whispering.
            _espeak(
                "witness",
                "en-us+whisperf",
                -7,
                rate=133,
                pitch=47,
                lines=(
                    "Please, don't shout. Have they gone? I'm only the cleaner.",
                    "I heard the glass break and hid behind the boxes of watch straps.",
                    "Marta. Three years, every night from ten until two.",
                ),
            ),
        ),
        64,
        "street",
        9,
        late_voice=1,
        description="a jeweller's window smashed at night: the cleaner whispers, late",
    ),
    RecordingSpec(
        "d398",
        "fresh49",
        (
            # A bouncy castle lifted by a gust at a village fete: the wearer shouts every line, the
            # father of a boy still inside shouts on flite, the organiser and a first aider answer.
            # The wearer, shouting every line.
            _espeak(
                "officer",
                "en-gb-x-rp+f4",
                0,
                wearer=True,
                shout=True,
                rate=160,
                pitch=63,
                lines=(
                    "Everyone back from the ropes! Keep away from the castle!",
                    "Is one of them a little boy in a yellow raincoat?",
                    "Sir, stop! Don't climb onto it! Let me look first!",
                    "Everyone grab the edge with me! Lift when I say! Now!",
                    "Ambulance to the village green! A boy and a girl, both awake!",
                    "Leave it to me! Everyone stay off the field until it's flat!",
                ),
            ),
            # The father of a boy still inside, shouting, on flite.
            _flite(
                "civilian",
                "awb",
                -6,
                shout=True,
                rate=121,
                lines=(
                    "My boy was on it! Oscar! Has anybody seen Oscar?",
                    "Then he's still inside it! It's rolling towards the road!",
                    "I can hear him crying! He's under the side wall!",
                    "Oscar! Daddy's here! Crawl towards the light, mate!",
                ),
            ),
            # The fete's organiser: espeak's Slovenian voice reading English.
            _espeak(
                "bystander",
                "sl+f2",
                -8,
                rate=146,
                pitch=67,
                lines=(
                    "The wind pulled the pegs out. The whole castle went up like a kite.",
                    "I counted nine children off before it lifted. Nine, I am sure.",
                    "I told the hire company the ground was too soft for a castle.",
                    "The blower is still running. I will pull out its plug.",
                ),
            ),
            # A first aider from the fete's tent.
            _espeak(
                "witness",
                "en-us+m7",
                -10,
                rate=168,
                pitch=41,
                lines=(
                    "I have two children here by the tombola. Both of them are talking.",
                    "No, two girls. One has a cut on her chin, not deep.",
                    "I have him. He is holding my hand. No blood anywhere on him.",
                ),
            ),
        ),
        77,
        "wind",
        0,
        overlaps=3,
        description="a bouncy castle lifted at a fete: the wearer and a flite voice shouting",
    ),
    RecordingSpec(
        "d399",
        "fresh49",
        (
            # A drive round an estate after a phone was taken at knifepoint: the man it was taken
            # from crouches in the back of the patrol car and whispers, control on the radio on
            # flite.
            # The wearer, driving.
            _espeak(
                "officer",
                "en-us-nyc+f1",
                0,
                wearer=True,
                rate=157,
                pitch=62,
                lines=(
                    "Control, I've got the victim in the back. We're driving round the estate now.",
                    "Stay low against the seat. Nobody can see in through the back glass.",
                    "Hold it for now. My victim thinks they're in the play park.",
                    "How sure are you? Take your time, we're only driving past.",
                    "And the other one? The one who took your phone off you?",
                    "Control, two males at the swings, grey hood and a red jacket on a bike.",
                ),
            ),
            # The man robbed of his phone, crouched in the back, whispering.
            _espeak(
                "witness",
                "en-gb-x-gbclan+whisper",
                -7,
                rate=141,
                pitch=35,
                lines=(
                    "Keep going. Not here. Those boys on the swings, go past them.",
                    "The tall one with the grey hood. He had the knife at my neck.",
                    "Red jacket, on the bike. That's my phone case in his hand.",
                ),
            ),
            # Control, on the radio, on flite.
            _flite(
                "dispatch",
                "rms",
                -9,
                radio=True,
                rate=122,
                lines=(
                    "Received. The camera operator lost them by the launderette on Heron Way.",
                    "Do you want the dog van? It is free and five minutes from you.",
                    "Understood. Two units are parked up on the main road, out of sight.",
                    "Received. Units are going in from both ends of the park now.",
                ),
            ),
        ),
        67,
        "car",
        13,
        overlaps=2,
        description="a drive round an estate after a robbery: a man whispering in the back",
    ),
    RecordingSpec(
        "d400",
        "fresh49",
        (
            # Stolen plumbing tools on a car boot sale's table in the rain: the plumber on flite,
            # his wife, and the seller answering in a word or two, with no room between turns.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-scotland+m5",
                0,
                wearer=True,
                rate=155,
                pitch=46,
                lines=(
                    "Right, whose tools are these on the pasting table?",
                    "Open the lid for me, sir. Let's read the inside.",
                    "Sir, who sold you these, and what did you pay?",
                    "What was the man's name, the one who sold them?",
                    "Then the tools come with me as evidence, and so do you.",
                ),
            ),
            # The seller, answering in a word or two: espeak's Luxembourgish voice reading English.
            _espeak(
                "civilian",
                "lb+m2",
                -9,
                rate=138,
                pitch=33,
                lines=(
                    "I bought everything.",
                    "From a man.",
                    "No name. Sorry.",
                ),
            ),
            # The plumber's wife.
            _espeak(
                "witness",
                "en-gb-x-gbcwmd+f1",
                -8,
                rate=171,
                pitch=70,
                lines=(
                    "He's lying. The blue case still has our postcode painted inside.",
                    "And the drill has green tape round the handle. Same as the rest.",
                    "Ask him for a receipt. He won't have one.",
                ),
            ),
            # The plumber whose van was broken into, on flite.
            _flite(
                "bystander",
                "kal16",
                -7,
                rate=83,
                lines=(
                    "Mine! My pipe cutters, my press fitter, the lot. Taken off my van on Friday.",
                    "There. Our postcode, in white paint, in my own writing.",
                    "Four hundred quid of kit, soaking wet.",
                ),
            ),
        ),
        40,
        "rain",
        6,
        overlaps=2,
        replies=1,
        gaps=(0.0, 0.1),
        description="stolen tools at a car boot sale in the rain: the seller answering, accented",
    ),
    RecordingSpec(
        "d401",
        "fresh49",
        (
            # A horsebox on its side on a roundabout as the fire engines come: the mare's owner, the
            # driver, a man who saw it from the bus stop and the partner, five lines talked over.
            # The wearer.
            _espeak(
                "officer",
                "en-us+f2",
                0,
                wearer=True,
                rate=162,
                pitch=59,
                lines=(
                    "Police! Is anybody still in the cab? Is the driver out?",
                    "Sir, sit down on the kerb. Are you hurt anywhere? Your head?",
                    "Nobody touches the ramp until the fire crew says so.",
                    "Madam, is there a vet we can call? Her own vet?",
                    "Sir, an ambulance crew is pulling up. Show them that knee.",
                ),
            ),
            # The horsebox's driver.
            _espeak(
                "civilian",
                "en-gb-x-rp+m6",
                -8,
                rate=176,
                pitch=30,
                lines=(
                    "A van cut in front of me at the exit! I had to brake hard!",
                    "My knee's bleeding through my jeans. I didn't feel it till now.",
                ),
            ),
            # A man who saw it from the bus stop.
            _espeak(
                "witness",
                "en-gb-x-gbcwmd+m1",
                -10,
                rate=158,
                pitch=53,
                lines=(
                    "I saw it all from the bus stop. The trailer tipped on the bend.",
                    "The van didn't stop. White, with a ladder on its roof.",
                    "Part of the plate had two letters, then a seven. That's all I saw.",
                ),
            ),
            # The mare's owner: espeak's Scottish Gaelic voice reading English.
            _espeak(
                "bystander",
                "gd+f5",
                -7,
                rate=143,
                pitch=69,
                lines=(
                    "My mare is inside the box! She is on her side and kicking!",
                    "Do not open the ramp! She will come out fighting, into the road!",
                    "Five hundred kilos. She is twelve. Her name is Morag.",
                ),
            ),
            # The partner.
            _espeak(
                "partner",
                "en-029+m3",
                -6,
                rate=150,
                pitch=43,
                lines=(
                    "Fire crew are coming round now. I've shut the roundabout both ways.",
                    "Control want the van's plate. Did anyone catch any of it?",
                    "The fire officer's asking for the mare's weight and her age.",
                    "They're cutting the side panel off. Keep everyone back past the cones.",
                ),
            ),
        ),
        72,
        "siren",
        12,
        overlaps=5,
        description="a horsebox on its side on a roundabout as the engines come: five talked over",
    ),
    RecordingSpec(
        "d402",
        "fresh49",
        (
            # A jackpot taken from a handbag at a bingo hall: the winner, her friend back from a
            # smoke, and the caller first heard late, with long silences between.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-scotland+m3",
                0,
                wearer=True,
                rate=149,
                pitch=28,
                lines=(
                    "Evening. Which of you won the jackpot that went missing?",
                    "Were you sitting with her the whole time, sir?",
                    "Thank you. Can you hold the next game until we've spoken to everyone?",
                    "Did he come to your table while you were both away?",
                ),
            ),
            # The winner: espeak's Serbian voice reading English.
            _espeak(
                "witness",
                "sr+f1",
                -6,
                rate=139,
                pitch=64,
                lines=(
                    "Me. Four hundred pounds, in a brown envelope, in my handbag.",
                    "When I came back, the zip was open. The envelope was gone.",
                    "I have played here every Thursday for eleven years. Never a problem.",
                    "Yes, a thin boy in a cap. He's by the bar now, putting his coat on.",
                ),
            ),
            # Her friend at the table.
            _espeak(
                "civilian",
                "en-us-nyc+m8",
                -9,
                rate=167,
                pitch=45,
                lines=(
                    "She left the bag hanging on her chair when she went to the toilets.",
                    "I went out for a smoke. Ten minutes at most, by the fire door.",
                    "There was a young lad selling raffle tickets round the tables.",
                    "Twice before that. Always hanging about our end of the hall.",
                ),
            ),
            # The caller, first heard late, on flite.
            _flite(
                "bystander",
                "slt",
                -11,
                rate=80,
                lines=("Officer, our cameras cover this side. The manager has the screen.",),
            ),
        ),
        80,
        "crowd",
        15,
        overlaps=2,
        long_silences=2,
        late_voice=3,
        description="a jackpot taken at a bingo hall: the caller late, long silences",
    ),
    RecordingSpec(
        "d403",
        "fresh49",
        (
            # A resident's wedding ring gone during a care home's afternoon singalong: her son, the
            # manager, and control's one line on the radio.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+f3",
                0,
                wearer=True,
                rate=153,
                pitch=74,
                lines=(
                    "Afternoon. I'm here about a ring. Who made the call?",
                    "Received. Has anyone new started working here this month?",
                    "Was your mum at this singalong when it went missing?",
                    "Don't blame yourself yet. It may have slipped off somewhere.",
                ),
            ),
            # The resident's son.
            _espeak(
                "witness",
                "en-us+m6",
                -7,
                rate=145,
                pitch=31,
                lines=(
                    "I did. Mum's wedding ring was on her finger at lunch. Now it's gone.",
                    "She sleeps through most of it. The ring got loose when she lost weight.",
                    "Dad bought it in nineteen fifty eight. Their initials are inside.",
                ),
            ),
            # The care home's manager: espeak's Haitian Creole voice reading English.
            _espeak(
                "bystander",
                "ht+f4",
                -8,
                rate=136,
                pitch=60,
                lines=(
                    "We checked her room, her chair and the laundry bags. Nothing yet.",
                    "Two new carers, both on days. One is here now, serving the tea.",
                    "Loose rings we tape, or lock in the office safe. This one we missed.",
                    "I will check inside every chair cushion when the singing ends.",
                ),
            ),
            # Control, on the radio, its one line.
            _espeak(
                "dispatch",
                "en-gb-x-rp+m3",
                -11,
                radio=True,
                rate=170,
                pitch=42,
                lines=("Control to you, the pawn shop on the parade closes at five today.",),
            ),
        ),
        62,
        "music",
        20,
        overlaps=2,
        short_line=3,
        description="a ring gone at a care home's singalong: control's one line on the radio",
    ),
    RecordingSpec(
        "d404",
        "fresh49",
        (
            # A spaniel brought to a vet's with a cut paw, her microchip a stolen dog's: the vet,
            # the man who brought her, and control and the partner on the radio as the dogs in the
            # waiting room bark.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbclan+m4",
                0,
                wearer=True,
                rate=144,
                pitch=35,
                lines=(
                    "Morning. The surgery rang about a dog's microchip?",
                    "Sir, do you have anything to show you bought her? A receipt, a message?",
                    "Control, can you ask the family for a photo of their dog?",
                    "Sir, the dogs in your van. Are they yours as well?",
                    "Then your mate can ring me. For now, nobody drives that van.",
                ),
            ),
            # The vet: espeak's Brazilian Portuguese voice reading English.
            _espeak(
                "witness",
                "pt-br+f3",
                -7,
                rate=141,
                pitch=66,
                lines=(
                    "I scanned her for her injections. The chip is not in his name.",
                    "She has had puppies, maybe twice. And her nails were never cut.",
                    "Look at her tail. She knows the name Poppy, watch her.",
                ),
            ),
            # The man who brought the spaniel in.
            _espeak(
                "civilian",
                "en+m1",
                -8,
                rate=174,
                pitch=40,
                lines=(
                    "She's my dog. I bought her off a website, fair and square.",
                    "Messages on my old phone. The seller was called Jay. That's all I know.",
                    "I'm only minding them for a mate. I don't know where he got them.",
                ),
            ),
            # Control, on the radio.
            _espeak(
                "dispatch",
                "en-us+f5",
                -10,
                radio=True,
                rate=165,
                pitch=57,
                lines=(
                    "Control to you. That chip is a spaniel reported stolen from a garden in May.",
                    "Received. The owner is on her way. She was crying on the phone.",
                ),
            ),
            # The partner, on the radio from the car park.
            _espeak(
                "partner",
                "en-us-nyc+m7",
                -9,
                radio=True,
                rate=152,
                pitch=47,
                lines=(
                    "I'm by his van in the car park. There are two more dogs in crates in here.",
                    "One crate has no water in it. They're panting in there.",
                ),
            ),
        ),
        74,
        "dog",
        4,
        overlaps=3,
        description="a stolen spaniel's microchip read at a vet's: two voices on the radio",
    ),
)
