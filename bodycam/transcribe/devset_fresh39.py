"""The development set's fresh39 half (d317-d324): eight recordings written blind to the diarizer.

Session 40 wrote it after the fresh to fresh38 halves, without reading the diarizer or the
transcriber or seeing a score of either. It keeps what fresh21 to fresh38 promised: every
speaker says lines written for the scene (``Voice.lines``), in the turn order the seed draws
(``devset.turn_plan``), and says all of them, so the reference STM is the script; a scene has
2-5 people, no two sharing a voice or an espeak variant, at least one of them a woman, everyone
but the camera wearer 5-15 dB under the wearer; each espeak voice has a rate and pitch of its
own and each flite voice a pace of its own (none the same as a voice of an earlier recording,
nor of another recording of this half). The recordings run 50-90 s, both ends used. As fresh35
to fresh38 did, it uses each of the eight noises once, at 0-20 dB (both ends again). No accent
is new: the three here are espeak voices heard in one recording each before, Haitian Creole
(d180), Luxembourgish (d228) and Serbian (d231), each reading every word of its lines as a word
under ``espeak-ng -x``. All four flite voices are used, and women wear the camera in four of the
eight. Numbers are written as words. Three of the eight have a band-limited police radio, each
used otherwise than fresh38's: a woman controller in music noise, a controller whose four lines
are a word or two each (0.57-0.77 s), and control on flite ``awb`` over the wearer. Two
recordings have two people of one sex and near one voice taking turns (one accent, one rate,
six pitch points apart), the men's pair in a crowd at 0 dB; three have a voice heard once in a
short line (0.76-1.69 s); two have a quiet voice (12 and 13 dB under) of the wearer's sex, six
pitch points from the wearer's, heard once or twice, where it may be folded into the wearer.
Each recording asks for something no earlier recording in its noise had (the list below says
what); every overlap and silence the specs ask for is realised in the build (the figures below
come from the reference RTTM). The module is long because it is data: eight scenes' lines and
their specs.

- d317, a woman down on the cobbles of a Christmas market, her foot caught in a stall's
  generator lead (crowd, 0 dB, 78 s): the stallholder and his son, two men of one accent and
  near one voice (``en-gb-x-rp`` ``m3`` and ``m6``, both at 162 words a minute, pitch 39 and
  33), the woman over the son (1.39 s) and the son over his father (1.31 s). No crowd recording
  before had two voices of one accent at one rate.
- d318, a window cleaner in the rain who watched two lads break in next door from his ladder
  (rain, 14 dB): he talks alone on flite ``kal16`` for a minute, fourteen lines from 8.89 s to
  70.34 s, after the wearer's one line (``short_line``, 1.50 s). The one voice alone for a
  minute in rain noise before was an espeak woman's (d254).
- d319, a car and caravan stopped on a dual carriageway's hard shoulder after the caravan
  snaked across both lanes (car, 3 dB, 90 s): the partner speaks twice, at 6.55 s and 83.24 s,
  the lorry driver who rang it in talks over the wearer (1.22 s), the wearer waits 7.75 s, and
  the driver's wife says her one line 12 dB under the wearer, six pitch points from her voice
  (``short_line``, 1.69 s). No partner with two lines in car noise before was under 15 dB (d207,
  d275).
- d320, a man who will not give a pub's karaoke microphone back (music, 12 dB): he is in
  espeak's Serbian voice (``sr+m4``), shouting, and talks over the wearer (0.73 s); the landlady,
  and control on the radio (band-limited), a woman (``en-gb-scotland+f1``), with three lines. No
  radio voice in music noise before was a woman's (d112, d203, d223, d307).
- d321, a vintage wedding car parked in a bus stop outside the church (street, 20 dB, 50 s): its
  chauffeur on flite ``rms``, the bus driver shouting over the wearer (0.63 s), and control on
  the radio (band-limited) with four lines of a word or two (0.57-0.77 s). No radio voice before
  had only lines under six words (d275, d304).
- d322, a kitesurfer's loose board has cut a woman paddling off a windy beach (wind, 9 dB,
  90 s): the kitesurfer in espeak's Luxembourgish voice (``lb+m7``), the woman and her friend,
  two women of one accent and near one voice (``en-us+f1`` and ``en-us+f4``, both at 159 words
  a minute, pitch 61 and 67), the partner's one line on flite ``slt`` (``short_line``, 0.76 s),
  an 8.91 s wait for the ambulance and the wearer over the friend (1.19 s). No wind recording
  before had two voices of one accent at one rate.
- d323, a show dog let out of her crate at a championship show as the other dogs bark (dog,
  16 dB): the handler, the rival she blames in espeak's Haitian Creole voice (``ht+m1``), over
  her (1.19 s), and the ring steward 13 dB under the wearer, six pitch points from his voice,
  heard twice, at 6.30 s and 59.40 s. No dog recording before had a quiet voice near the
  wearer's.
- d324, a sports shop's door alarm wailing over a woman who says she paid for her coat (siren,
  6 dB): the guard who stopped her, a 7.08 s wait, and control on the radio on flite ``awb``
  (band-limited), once over the wearer (0.65 s). No radio voice in siren noise before was
  ``awb``, and no ``awb`` radio voice had talked over a wearer.

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH39: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d317",
        "fresh39",
        (
            # A woman down on the cobbles of a Christmas market, her foot caught in a stall's
            # generator lead: the stallholder and his son, two men of one accent and near one
            # voice, in a crowd at 0 dB.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbclan+f4",
                0,
                wearer=True,
                rate=151,
                pitch=64,
                lines=(
                    "Everyone stand back, please. Madam, don't try to get up yet. Where does it "
                    "hurt?",
                    "Who's in charge of this stall? Can you switch the generator off for me?",
                    "Thank you. Now, was there a mat over the cable when she fell?",
                    "Is there a camera on this stall, or on the one opposite?",
                    "Good. The paramedics are coming through the crowd from the cathedral end.",
                    "Stay with her, please. I'll take both your names for the market office.",
                ),
            ),
            # The stallholder.
            _espeak(
                "civilian",
                "en-gb-x-rp+m3",
                -6,
                rate=162,
                pitch=39,
                lines=(
                    "That's my generator lead. It runs up to the lights on the roof of the hut.",
                    "If I turn it off, the mulled wine goes cold and half the row loses power.",
                    "There was at ten o'clock. Somebody must have kicked it into the crowd.",
                    "The cheese man across the way has one, pointing at his till.",
                    "We've had this pitch for eleven years. Nobody has ever gone over that lead.",
                ),
            ),
            # His son: the same accent, another variant, at his father's rate and six pitch
            # points under him.
            _espeak(
                "bystander",
                "en-gb-x-rp+m6",
                -7,
                rate=162,
                pitch=33,
                lines=(
                    "She went straight over the cable! We had a rubber mat over it, look!",
                    "Dad, just turn it off. The market manager's on his way anyway.",
                    "I'll go and find the mat. It's probably under the carousel by now.",
                ),
            ),
            # The woman who fell.
            _espeak(
                "witness",
                "en-us+f2",
                -9,
                rate=143,
                pitch=70,
                lines=(
                    "My ankle. I never saw the cable. It was buried under the pine needles.",
                    "Thank you, officer. Could somebody ring my daughter? She's at the carousel.",
                ),
            ),
        ),
        78,
        "crowd",
        0,
        overlaps=2,
        description="a fall over a market stall's lead: a father and son of near one voice",
    ),
    RecordingSpec(
        "d318",
        "fresh39",
        (
            # A window cleaner in the rain who watched, from his ladder, two lads break into
            # the house next door: he tells it alone for a minute after the wearer's one line.
            # The wearer: her one line.
            _espeak(
                "officer",
                "en-us+f5",
                0,
                wearer=True,
                rate=155,
                pitch=61,
                lines=("Go on, tell me.",),
            ),
            # The window cleaner.
            _flite(
                "witness",
                "kal16",
                -6,
                rate=97,
                lines=(
                    "Officer! Up here, on the ladder! I'm the one who rang you about next door.",
                    "I've done the windows on this road every fourth Tuesday for nine years.",
                    "I was on the bathroom window of number twelve. You can see right into the "
                    "gardens from there.",
                    "Two lads came over the back fence from the alley, both in grey hoodies with "
                    "the hoods up.",
                    "One of them had a crowbar. He had the patio door open in about ten seconds.",
                    "The family are away in Cornwall. She asked me to keep an eye on the place.",
                    "I shouted down at them. The bigger one looked straight up at me and laughed.",
                    "Then the rain came down hard, and I had to hang on with both hands.",
                    "They came out with a games console and a laptop bag, and went back over the "
                    "fence.",
                    "By the time I was down, they'd gone off towards the allotments.",
                    "I took a photo as they went over. It's blurry, but you can see his trainers.",
                    "White, with a red flash on the side. Nobody round here has shoes that clean.",
                    "Mrs Okafor at number ten saw them too. She was out with her recycling.",
                    "I'll give you the photo now. My phone's in the van, out of the wet.",
                    "I've got a key for the front. I'll let you in, if you want to see the back.",
                ),
            ),
        ),
        73,
        "rain",
        14,
        short_line=0,
        description="a window cleaner's account from his ladder in the rain: he holds the floor",
    ),
    RecordingSpec(
        "d319",
        "fresh39",
        (
            # A car and caravan stopped on a dual carriageway's hard shoulder after the caravan
            # snaked across both lanes: the lorry driver who rang it in, the caravan's driver,
            # his wife's one quiet line, and the partner heard only at the start and the end.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-scotland+f2",
                0,
                wearer=True,
                rate=149,
                pitch=63,
                lines=(
                    "Control, we've stopped the car and caravan on the hard shoulder.",
                    "Sir, this driver rang us from his cab. Your caravan was snaking.",
                    "Thank you. Did anything come off it?",
                    "What have you got loaded in the caravan, sir?",
                    "An outboard motor? Where is it?",
                    "That motor goes in the boot before you move.",
                    "Thanks. We may ring you for a statement.",
                    "Then the barbecue goes in the caravan instead.",
                    "And keep it under fifty until it's been weighed.",
                ),
            ),
            # The partner, at the back of the caravan: at the start and at the end.
            _espeak(
                "partner",
                "en-gb-x-gbcwmd+m2",
                -6,
                rate=158,
                pitch=46,
                lines=(
                    "I'll put the cones out and check the hitch.",
                    "The nearside tyre is down to the canvas. It's going nowhere.",
                ),
            ),
            # The caravan's driver.
            _espeak(
                "civilian",
                "en-us-nyc+m7",
                -7,
                rate=167,
                pitch=36,
                lines=(
                    "What's wrong, officer? I was only doing fifty.",
                    "The awning, gas bottles, and the outboard motor.",
                    "By the door. It's the only place it fits.",
                    "Nobody told me that. The man said it tows like a dream.",
                    "The boot's full of the dog's things and the barbecue.",
                    "All right. Give me a hand with it, love.",
                ),
            ),
            # The lorry driver who rang it in.
            _espeak(
                "witness",
                "en-gb-x-rp+m5",
                -8,
                rate=145,
                pitch=30,
                lines=(
                    "It was all over both lanes. I nearly hit it.",
                    "I flashed him three times. He just kept going.",
                    "A bike came off the rack at the roundabout.",
                    "All the weight's behind the axle. It'll wag like a dog's tail.",
                    "Can I get on? I've got chilled food on.",
                ),
            ),
            # His wife: her one line, quiet, in a voice near the wearer's.
            _espeak(
                "bystander",
                "en-gb-scotland+f3",
                -12,
                rate=153,
                pitch=57,
                lines=("I told him it was swaying.",),
            ),
        ),
        90,
        "car",
        3,
        overlaps=1,
        short_line=4,
        long_silences=1,
        description="a caravan snaking on a dual carriageway: the partner at the start and end",
    ),
    RecordingSpec(
        "d320",
        "fresh39",
        (
            # A karaoke night in a pub: a man who will not give the microphone back, the
            # landlady, and a woman controller on the radio, over the pub's music.
            # The wearer.
            _espeak(
                "officer",
                "en-us+m6",
                0,
                wearer=True,
                rate=146,
                pitch=47,
                lines=(
                    "Evening. We've had a call about a man who won't give up the microphone.",
                    "Control, received. Sir, put the microphone down on the table for me, please.",
                    "Control, can you check a name for me? Milan, born in nineteen eighty one.",
                    "Thank you, control. Sir, it seems you've been asked to leave here before.",
                    "And where is your wife tonight, sir?",
                    "Sir, you're leaving now. We'll talk about the screen outside.",
                ),
            ),
            # Control, on the radio: a woman.
            _espeak(
                "dispatch",
                "en-gb-scotland+f1",
                -9,
                radio=True,
                rate=172,
                pitch=60,
                lines=(
                    "Police, the caller is the licensee. She says he threw a glass at the screen.",
                    "Police, stand by. He has a warning from this pub last summer, for the same "
                    "thing.",
                    "Police, the licensee wants him off the premises. Do you need another unit?",
                ),
            ),
            # The landlady.
            _espeak(
                "witness",
                "en-gb-x-gbcwmd+f5",
                -7,
                rate=157,
                pitch=66,
                lines=(
                    "He's sung the same song six times, officer. The other customers are leaving.",
                    "He can record it in his car. I want him out, and I want the screen paid for.",
                    "And he's barred. Tell him he's barred from every pub on this street.",
                ),
            ),
            # The man with the microphone: espeak's Serbian voice reading English, shouting.
            _espeak(
                "civilian",
                "sr+m4",
                -6,
                shout=True,
                rate=150,
                pitch=38,
                lines=(
                    "I paid for three songs! She has cut me off in the middle of my best one!",
                    "The glass fell! I did not throw it! My hand was dancing!",
                    "Last summer was a different song. This time I am singing for my wife.",
                    "At home, with her sister. I will record it on my phone and send it to her.",
                ),
            ),
        ),
        86,
        "music",
        12,
        overlaps=1,
        description="a man who won't give up a pub's karaoke microphone: control a woman",
    ),
    RecordingSpec(
        "d321",
        "fresh39",
        (
            # A vintage wedding car parked in a bus stop outside the church: its chauffeur, the
            # bus driver shouting from his cab door, and control's replies of a word or two.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-rp+f2",
                0,
                wearer=True,
                rate=160,
                pitch=58,
                lines=(
                    "Control, from Castle Street. A wedding car is parked in the bus stop.",
                    "Control, can you check a white Rolls Royce by the church gate?",
                    "Sir, you can't leave her in a bus stop.",
                    "Move her to the taxi rank, please. I'll tell the ushers.",
                    "Thank you, control. The car's moving. I'll stay till the bus is in.",
                ),
            ),
            # The chauffeur.
            _flite(
                "witness",
                "rms",
                -7,
                rate=102,
                lines=(
                    "The bride's in the church. I was told to wait by the door.",
                    "She's a nineteen fifty four model. I can't take her round the block.",
                ),
            ),
            # The bus driver, shouting from his cab door.
            _espeak(
                "civilian",
                "en-gb-x-gbclan+m1",
                -6,
                shout=True,
                rate=170,
                pitch=42,
                lines=(
                    "I can't get the bus in to the kerb! I've got a lady with a pram waiting!",
                    "Then wait round the corner like everyone else! I'm six minutes late!",
                    "Tell him! There's a taxi rank behind the church, and it's empty!",
                ),
            ),
            # Control, on the radio: a word or two each time.
            _espeak(
                "dispatch",
                "en-us-nyc+m8",
                -10,
                radio=True,
                rate=163,
                pitch=34,
                lines=(
                    "Go ahead.",
                    "Stand by.",
                    "No markers.",
                    "Received.",
                ),
            ),
        ),
        50,
        "street",
        20,
        overlaps=1,
        description="a wedding car in a bus stop: control's replies a word or two on the radio",
    ),
    RecordingSpec(
        "d322",
        "fresh39",
        (
            # A kitesurfer's loose board has cut a woman paddling off a windy beach: her friend,
            # two women of one accent and near one voice, the kitesurfer, and the partner's one
            # short line.
            # The wearer.
            _espeak(
                "officer",
                "en-029+m3",
                0,
                wearer=True,
                rate=150,
                pitch=40,
                lines=(
                    "Who's hurt? Madam, keep the towel pressed on your leg.",
                    "Sir, was there a leash on your board?",
                    "Good. Wave to them so they know where to come.",
                    "So you went out in this wind with no leash?",
                    "Sir, I need your name and address. I'm taking the board.",
                    "Stay with her, please. The paramedics are nearly here.",
                    "Thank you, sir. Where are you staying?",
                    "Madam, the paramedics are here. You're in good hands.",
                ),
            ),
            # The kitesurfer: espeak's Luxembourgish voice reading English.
            _espeak(
                "civilian",
                "lb+m7",
                -6,
                rate=141,
                pitch=47,
                lines=(
                    "I am so sorry. The wind took the kite, and the board went without me.",
                    "The leash broke last week. I was going to buy a new one.",
                    "Take it. I will not go out again today.",
                    "The little hotel above the harbour. I am there all week.",
                ),
            ),
            # Her friend.
            _espeak(
                "bystander",
                "en-us+f4",
                -8,
                rate=159,
                pitch=67,
                lines=(
                    "It's my friend's leg. The board came off the water and hit her.",
                    "The ambulance is at the slipway. They're bringing a stretcher.",
                    "They've seen us. Jess, do you want me to ring anyone for you?",
                ),
            ),
            # The woman who was hurt: the same accent as her friend, a close variant, at her
            # rate and six pitch points under her.
            _espeak(
                "witness",
                "en-us+f1",
                -7,
                rate=159,
                pitch=61,
                lines=(
                    "It's cut right through my wetsuit. I was only paddling in the shallows.",
                    "There's no leash on it. I saw it skimming along the sand on its own.",
                    "Ring my sister, please. Not my husband, he'll only panic.",
                    "There's a sign saying no kites near the bathing area. He was right in it.",
                ),
            ),
            # The partner: her one line.
            _flite(
                "partner",
                "slt",
                -10,
                rate=101,
                lines=("Here's the kit.",),
            ),
        ),
        90,
        "wind",
        9,
        overlaps=1,
        short_line=4,
        long_silences=1,
        description="a kitesurfer's loose board cuts a paddler: two women of near one voice",
    ),
    RecordingSpec(
        "d323",
        "fresh39",
        (
            # A show dog let out of her crate at a championship show as the other dogs bark: the
            # handler, the rival she blames, and the ring steward, quiet, in a voice near the
            # wearer's, twice.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+m4",
                0,
                wearer=True,
                rate=154,
                pitch=42,
                lines=(
                    "Right, you're the lady who rang. What's happened to your dog?",
                    "Nobody's accusing you yet, sir. Madam, was the crate shut?",
                    "Madam, did you see anyone near the crates before you went?",
                    "Sir, lower your voice. Steward, did anyone see who went near the crates?",
                    "Thank you. Sir, what colour is the jacket on the back seat of your car?",
                ),
            ),
            # The handler whose dog was let out.
            _espeak(
                "civilian",
                "en-gb-x-rp+f3",
                -6,
                rate=164,
                pitch=68,
                lines=(
                    "Somebody let Bramble out of her crate while I was collecting my ring number.",
                    "It has a clip on it. You can't undo that clip by accident, and it was lying "
                    "on the floor.",
                    "No, but her lead has been cut. Look, officer, sliced clean through with a "
                    "blade.",
                    "He's beaten us at three shows this year. He wants her out of the final.",
                ),
            ),
            # The ring steward: twice, quiet, in a voice near the wearer's.
            _espeak(
                "bystander",
                "en-gb-x-gbcwmd+m8",
                -13,
                rate=151,
                pitch=48,
                lines=(
                    "Her crate was open when she came back from the secretary's tent.",
                    "A man in a green wax jacket was hanging round the crates at about eleven.",
                ),
            ),
            # The rival handler: espeak's Haitian Creole voice reading English.
            _espeak(
                "witness",
                "ht+m1",
                -8,
                rate=148,
                pitch=31,
                lines=(
                    "Don't look at me! I was in the ring with my own dog the whole time!",
                    "She left her on the grass in the sun. Anyone could open it to give the dog "
                    "air.",
                    "That's a chewed lead! Anybody can see that it has been chewed!",
                ),
            ),
        ),
        76,
        "dog",
        16,
        overlaps=1,
        description="a show dog let out of her crate: the steward quiet, near the wearer's voice",
    ),
    RecordingSpec(
        "d324",
        "fresh39",
        (
            # A sports shop's door alarm wailing over a woman who says she paid for her coat:
            # the guard who stopped her, and control on flite awb, over the wearer.
            # The wearer.
            _espeak(
                "officer",
                "en-us-nyc+m5",
                0,
                wearer=True,
                rate=157,
                pitch=37,
                lines=(
                    "Can somebody switch that alarm off? Right, madam, what's going on here?",
                    "Control, yes, I'm at the shop. Madam, can I see the receipt?",
                    "Take your time. Sir, can you turn that alarm off now, please?",
                    "Control, no second unit needed. Sir, this coat has been paid for.",
                    "Madam, the tag is still on it. The till should have taken it off.",
                ),
            ),
            # The shop's guard.
            _espeak(
                "witness",
                "en-gb-x-gbclan+m6",
                -7,
                rate=166,
                pitch=44,
                lines=(
                    "She walked straight past the tills, officer. I watched her on the camera.",
                    "Fair enough. I'm sorry, madam. I'll get the tag off for you now.",
                ),
            ),
            # The woman with the coat.
            _espeak(
                "civilian",
                "en-029+f2",
                -6,
                rate=171,
                pitch=59,
                lines=(
                    "I paid for this coat! The girl on the till forgot to take the tag off!",
                    "It's on my phone. They emailed it. Give me a second, the signal is terrible.",
                    "There! Look. One winter coat, paid by card, at ten past two.",
                    "I told you! I want an apology from him, in front of everybody!",
                    "And I want my bus fare home. I've missed the half past two now.",
                ),
            ),
            # Control, on the radio: flite awb, once over the wearer.
            _flite(
                "dispatch",
                "awb",
                -9,
                radio=True,
                rate=93,
                lines=(
                    "Police, control. Are you at the sports shop on the high street?",
                    "Police, the manager says the key to the alarm panel is with the guard.",
                    "Police, are you asking for a second unit to the sports shop?",
                    "Received. Control out.",
                ),
            ),
        ),
        82,
        "siren",
        6,
        overlaps=1,
        long_silences=1,
        description="a sports shop's door alarm over a woman who paid: control over the wearer",
    ),
)
