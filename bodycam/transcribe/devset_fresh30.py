"""The development set's fresh30 half (d245-d252): eight recordings written blind to the diarizer.

Session 33 wrote it after the fresh to fresh29 halves, without reading the diarizer or the
transcriber or seeing a score of either. What fresh21 to fresh29 promised still holds: each
speaker has lines written for the scene (``Voice.lines``), spoken in the turn order the seed
draws (``devset.turn_plan``) and every one of them said, so the reference STM is the script;
a scene has 2-5 people, no two sharing a voice or an espeak variant, at least one of them a
woman, and everyone but the camera wearer 5-15 dB below the wearer; each espeak voice has its
own rate and pitch and each flite voice its own pace (none of them the same as any voice of an
earlier recording). Unlike the halves since fresh21 (70-125 s), these recordings are 54-60 s
long, as the issue asked for this half. Four accents are new to the set, all of them espeak
voices of constructed languages reading English: Esperanto, Interlingua, Lojban and Lingua
Franca Nova, whose letter rules give the lines a continental sound. ``espeak-ng -x`` shows each
of them reading every word of its lines as a word (Lojban with a short stop after most words,
so the man in d250 speaks haltingly). The voices of natural languages this espeak-ng still
had unused do not: Irish, Maori, Mandarin in pinyin, Latin American Spanish, Belgian and Swiss
French, southern Vietnamese, Hakka and every language written in another script switch to
English for a word or more or spell one out. Every noise is used once, and numbers are written
as words. Four recordings are ordinary on purpose (d245, d247, d249, d252: 11-15 dB,
3-4 people, no more than one line talked over). Every overlap and silence the specs ask for is
realised in the build (the figures below come from the reference RTTM). The module is long
because it is data: eight scenes' lines and their specs.

- d245, a driver stopped on a high street after typing on his phone at a red light (street,
  15 dB): he reads English by espeak's Esperanto rules (``eo+m7``); his grandmother in the
  passenger seat speaks up for him and once over him (1.12 s).
- d246, a son shouting in a hospital's emergency waiting room at two in the morning (crowd,
  6 dB): his father has waited nine hours; the nurse in charge is on flite ``slt`` and the
  father says one line 11 dB below the wearer. Turns are 0-0.2 s apart and three lines are
  talked over (0.94-1.30 s); no earlier scene with turns that tight had a short line.
- d247, a driver asleep at a drive-through's order speaker (car, 11 dB): the wearer is on
  flite ``awb``; the driver answers in a word or two, five times; the woman taking orders is
  first heard after a 6.0 s silence, through the speaker (band-limited). The late voices in
  earlier scenes with a replies voice were in wind, crowd, dog or street noise, none in a car.
- d248, a horse loose on a country lane at night in a gale (wind, 2 dB): control on the radio
  (flite ``kal16``); the driver who nearly hit it in espeak's Interlingua voice (``ia+f3``),
  once over control (0.78 s); and the farmer, first heard after a 9.2 s silence, shouting at
  his horse. The late voices that shouted before (d110, d124, d161) were in dog or street noise.
- d249, rogue roofers at an old woman's door in the rain (rain, 13 dB): she has been asked for
  four thousand pounds, her neighbour's son rang, and she talks over the wearer once (0.81 s).
- d250, a man sleeping rough in a shop doorway with his dog on a freezing night (dog, 9 dB):
  after his first line, in espeak's Lojban voice (``jbo+m3``), the wearer says her one line
  ("It's not that."), and he talks alone for the rest of the recording, six more turns, with
  silences of 7.8 s and 9.0 s. No wearer heard only once was in dog noise before, and the one
  accented voice that held a recording like this (d158) had no long silence.
- d251, an old man who drove the wrong way down a dual carriageway, stopped on the verge by a
  lorry driver as the sirens come (siren, 4 dB): the old man (flite ``rms``), the lorry driver
  shouting, his wife, and the partner's one line on the radio. Five voices and four lines
  talked over (0.67-1.29 s), where the five-voice siren recordings before (d70, d164, d180,
  d187) had three at most, and the short lines on the radio before (d96, d162, d169) were in
  scenes of two to four voices.
- d252, lockers forced in a gym's changing room with the gym's music on (music, 12 dB): the
  wearer on flite ``slt``, the woman whose keys and purse were taken, the manager in espeak's
  Lingua Franca Nova voice (``lfn+m2``) over the wearer once (1.02 s), and a trainer first
  heard after a 9.0 s silence. No late voice was in music noise before.

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH30: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d245",
        "fresh30",
        (
            # A young driver stopped on a busy high street after the wearer watched him typing
            # on his phone at a red light, his grandmother in the passenger seat speaking up
            # for him.
            _espeak(
                "officer",
                "en-gb-x-gbclan+m5",
                0,
                wearer=True,
                rate=160,
                pitch=46,
                lines=(
                    "Afternoon. You had your phone in your hand at the lights.",
                    "I watched you for the whole red light. You were typing.",
                    "One message is enough. Your licence, please.",
                    "Under two years, six points means you lose your licence.",
                    "I'm sorry, that's the law for new drivers. The letter comes in the post.",
                ),
            ),
            # The driver: espeak's Esperanto voice reading English.
            _espeak(
                "civilian",
                "eo+m7",
                -6,
                rate=150,
                pitch=34,
                lines=(
                    "It fell off the holder. I picked it up from the floor.",
                    "One message to my cousin, that we are late. I promise.",
                    "Here. I passed my test only last summer.",
                    "For one message? Then how does my grandma get to the hospital?",
                ),
            ),
            # His grandmother.
            _espeak(
                "witness",
                "en-gb-scotland+belinda",
                -8,
                rate=138,
                pitch=62,
                lines=(
                    "He was only looking at the map. I can't read the little writing.",
                    "He's taking me to the hospital. My appointment's at three.",
                    "Tell her you're sorry, Tomas! Go on!",
                    "Oh, Tomas. Your father will be furious.",
                ),
            ),
        ),
        56,
        "street",
        15,
        overlaps=1,
        description="a phone at the wheel on a high street: a driver with an Esperanto accent",
    ),
    RecordingSpec(
        "d246",
        "fresh30",
        (
            # Two in the morning in a hospital's emergency waiting room: a son shouting that his
            # father has waited nine hours, the nurse in charge, and the father's one line.
            _espeak(
                "officer",
                "en-gb-x-rp+Andrea",
                0,
                wearer=True,
                rate=158,
                pitch=60,
                lines=(
                    "Sir, the nurse rang us. What's going on here?",
                    "Lower your voice, sir, or you'll leave in the back of my car.",
                    "You hear that? His heart trace was normal.",
                    "You can't wreck the place because you're scared for him.",
                    "If it happens again you'll be arrested. Go and sit with your dad.",
                    "Nurse, can you tell them roughly how long it'll be?",
                    "Thank you. I'll stay until he's been seen.",
                ),
            ),
            # The son, shouting.
            _espeak(
                "civilian",
                "en-029+m6",
                -6,
                shout=True,
                rate=160,
                pitch=34,
                lines=(
                    "Nine hours! My dad's been in that chair for nine hours!",
                    "I kicked it over! I didn't throw it at anyone! Look at him, he's grey!",
                    "He's eighty one with chest pains! Nobody's even looked at him!",
                    "Then tell me how long! Nobody tells us anything in here!",
                    "I know. I'm sorry about the chair. I'm just frightened.",
                    "Okay. Okay. Dad, I'm sorry.",
                ),
            ),
            # The nurse in charge.
            _flite(
                "witness",
                "slt",
                -8,
                rate=106,
                lines=(
                    "He threw a chair at the reception window. My staff are frightened.",
                    "He was seen at triage. His heart trace was normal. He's on the list.",
                    "There are forty people waiting tonight. Everyone is waiting.",
                    "About two hours. I'll check his blood pressure again now.",
                ),
            ),
            # The father's one line.
            _espeak(
                "bystander",
                "en+m4",
                -11,
                rate=126,
                pitch=24,
                lines=("Sit down, son. Please.",),
            ),
        ),
        58,
        "crowd",
        6,
        overlaps=3,
        short_line=3,
        gaps=(0.0, 0.2),
        description="a son shouting in an emergency waiting room: tight turns, a father's line",
    ),
    RecordingSpec(
        "d247",
        "fresh30",
        (
            # A driver asleep at a fast-food drive-through's order speaker, reported by the
            # staff: he answers in a word or two, and the woman inside is heard late through the
            # order point's speaker.
            _flite(
                "officer",
                "awb",
                0,
                wearer=True,
                rate=94,
                lines=(
                    "Sir, turn the engine off for me. Thank you. Have you been drinking tonight?",
                    "The staff rang us. They say you fell asleep at the speaker.",
                    "How much have you had to drink today? Be honest with me.",
                    "Thanks, Jade. Sir, I need you to do a breath test. Will you do it?",
                    "Yes please, Jade. Sir, one long breath into this, until I say stop.",
                ),
            ),
            # The driver, answering in a word or two.
            _espeak(
                "civilian",
                "en-gb-x-gbcwmd+m4",
                -7,
                rate=128,
                pitch=38,
                lines=(
                    "Not really.",
                    "Maybe. Tired.",
                    "Two pints.",
                    "Fine. Whatever.",
                    "My burger?",
                ),
            ),
            # The woman taking orders inside, through the order point's speaker.
            _espeak(
                "witness",
                "en-gb-x-gbclan+steph2",
                -9,
                radio=True,
                rate=176,
                pitch=68,
                lines=(
                    "Officer, it's Jade inside. He's been at this speaker twenty minutes. He "
                    "ordered four times.",
                    "There's a queue behind him now. Shall I send them round the other side?",
                    "I'll bring his food out to you. He did pay for it.",
                ),
            ),
        ),
        54,
        "car",
        11,
        late_voice=2,
        replies=1,
        description="a driver asleep at a drive-through: replies in words, the order speaker late",
    ),
    RecordingSpec(
        "d248",
        "fresh30",
        (
            # A horse loose on a country lane at night in a gale: control on the radio, the
            # driver who nearly hit it, and the farmer who comes late, shouting at the horse.
            _espeak(
                "officer",
                "en-gb-scotland+f4",
                0,
                wearer=True,
                rate=162,
                pitch=58,
                lines=(
                    "Control, two four. There's a horse loose on the bend on Hollow Lane.",
                    "Madam, are you hurt? Stay behind your car, off the road.",
                    "Easy, boy. Easy now. Stay on the verge for me.",
                    "Is he yours, sir? He nearly came through this lady's windscreen.",
                    "There's a tow rope in my boot. I'll hold the lane.",
                ),
            ),
            # Control on the radio: flite.
            _flite(
                "dispatch",
                "kal16",
                -8,
                radio=True,
                rate=106,
                lines=(
                    "Two four, the farm on Hollow Lane thinks it's theirs. The farmer's on his "
                    "way.",
                ),
            ),
            # The driver: espeak's Interlingua voice reading English.
            _espeak(
                "civilian",
                "ia+f3",
                -7,
                rate=148,
                pitch=68,
                lines=(
                    "It came out of the dark right in front of me! I missed it by a metre!",
                    "I am not hurt. Only my heart is going very fast.",
                    "I nearly went into the ditch. Look, my mirror is broken.",
                ),
            ),
            # The farmer, shouting at his horse, first heard late.
            _espeak(
                "witness",
                "en+m7",
                -9,
                shout=True,
                rate=150,
                pitch=30,
                lines=(
                    "Whoa, Duke! Whoa! Stand still, you daft lump!",
                    "He is! Some walker left the top gate open! Have you got a rope?",
                ),
            ),
        ),
        60,
        "wind",
        2,
        overlaps=1,
        late_voice=3,
        description="a loose horse on a lane in a gale: the farmer late and shouting, a radio",
    ),
    RecordingSpec(
        "d249",
        "fresh30",
        (
            # Rogue roofers at an old woman's house in the rain: her neighbour's son rang.
            _espeak(
                "officer",
                "en-029+m5",
                0,
                wearer=True,
                rate=158,
                pitch=44,
                lines=(
                    "Hello, Mrs Pike. Your neighbour's son rang us about some roofers?",
                    "Have you paid them anything yet, Mrs Pike?",
                    "Did they give you a receipt, or a card with a name on it?",
                    "Thank you. And where are the men now?",
                    "You're not silly. They do this to lots of people. We'll be here at two.",
                ),
            ),
            # The neighbour's son.
            _espeak(
                "civilian",
                "en-gb-x-gbcwmd+m7",
                -7,
                rate=174,
                pitch=48,
                lines=(
                    "Two men on her roof since eight. They want four thousand pounds in cash.",
                    "I went up the ladder. The chimney's fine. They've just broken some tiles.",
                ),
            ),
            # Mrs Pike.
            _espeak(
                "witness",
                "en-gb-x-rp+Annie",
                -6,
                rate=132,
                pitch=66,
                lines=(
                    "They said my chimney would fall through the ceiling. They showed me a photo.",
                    "Eight hundred pounds yesterday, for the materials. They drove me to the bank.",
                    "Only a phone number on an envelope. I've got it here somewhere.",
                    "Gone for more slates. They're coming back at two for the rest.",
                    "Oh dear. I feel such a silly old woman.",
                ),
            ),
        ),
        54,
        "rain",
        13,
        overlaps=1,
        description="rogue roofers at an old woman's door in the rain",
    ),
    RecordingSpec(
        "d250",
        "fresh30",
        (
            # A man sleeping in a shop doorway with his dog on a freezing night: the wearer's
            # one line, and then he talks, between two long silences, as the dog barks.
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+Alicia",
                0,
                wearer=True,
                rate=160,
                pitch=56,
                lines=("It's not that.",),
            ),
            # The man: espeak's Lojban voice reading English.
            _espeak(
                "civilian",
                "jbo+m3",
                -8,
                rate=168,
                pitch=36,
                lines=(
                    "Evening, officer. If it's the barking, he barks at the van lights.",
                    "Oh. The outreach lady sent you? About the shelter?",
                    "They said at the library too. Minus six tonight.",
                    "But the shelter won't take Bruno. No dogs, every time.",
                    "Sorry. He doesn't like your radio. Quiet, Bruno. Good lad.",
                    "He's been with me four years. Since before I lost the flat.",
                    "Find me a place that takes a dog, and I'll go tonight.",
                ),
            ),
        ),
        58,
        "dog",
        9,
        short_line=0,
        replies=0,
        long_silences=2,
        description="a man sleeping rough with his dog holds the minute: the wearer's one line",
    ),
    RecordingSpec(
        "d251",
        "fresh30",
        (
            # An old man who drove the wrong way down a dual carriageway, stopped on the verge
            # by a lorry driver as the units arrive: his wife, and the partner's one radio line.
            _espeak(
                "officer",
                "en-gb-x-rp+m8",
                0,
                wearer=True,
                rate=164,
                pitch=40,
                lines=(
                    "Sir, engine off, and leave the keys where they are. Are you both hurt?",
                    "Thank you, sir. I'll take your details. Wait by your cab, please.",
                    "Nobody's being arrested. Madam, have you got your daughter's number?",
                ),
            ),
            # The old driver.
            _flite(
                "civilian",
                "rms",
                -7,
                rate=118,
                lines=(
                    "We're not hurt. I don't understand. The signs all said the other way.",
                    "I came off at the services and went back on the way I came.",
                ),
            ),
            # The lorry driver who blocked him, shouting.
            _espeak(
                "witness",
                "en-gb-x-gbclan+m7",
                -8,
                shout=True,
                rate=172,
                pitch=28,
                lines=(
                    "He came straight at me in the fast lane! I had to swerve onto the verge!",
                    "He could have killed somebody! There were cars behind me doing seventy!",
                    "I flashed my lights at him for a mile! He just kept coming!",
                    "I'm not going anywhere! I'm shaking like a leaf!",
                ),
            ),
            # His wife.
            _espeak(
                "bystander",
                "en-gb-scotland+f5",
                -9,
                rate=144,
                pitch=64,
                lines=(
                    "I told him at the roundabout, Ron. He wouldn't listen.",
                    "He's been getting muddled. Our daughter says he shouldn't drive.",
                    "I know, love. I'm so sorry. Thank God you saw us.",
                    "Will he be arrested, officer? He's never been in trouble in his life.",
                ),
            ),
            # The partner's one line, on the radio.
            _espeak(
                "partner",
                "en-us-nyc+m1",
                -8,
                radio=True,
                rate=178,
                pitch=48,
                lines=("Sarge, the road's closed at junction nine. Nothing's coming.",),
            ),
        ),
        60,
        "siren",
        4,
        overlaps=4,
        short_line=4,
        description="a wrong-way driver stopped on a dual carriageway as the sirens come",
    ),
    RecordingSpec(
        "d252",
        "fresh30",
        (
            # Lockers forced in a gym's changing room, the gym's music pumping: the woman whose
            # keys and purse went, the manager, and a trainer who saw a man, heard late.
            _flite(
                "officer",
                "slt",
                0,
                wearer=True,
                rate=88,
                lines=(
                    "Hello. You rang about the lockers? Whose were broken into?",
                    "When did you last see your things?",
                    "Did anyone see somebody go in there who shouldn't have?",
                    "Thanks. Is there a camera on the front door?",
                    "How long do you keep the recordings?",
                    "Madam, is your car still in the car park?",
                ),
            ),
            _espeak(
                "civilian",
                "en-gb-x-rp+steph3",
                -6,
                rate=170,
                pitch=72,
                lines=(
                    "Mine, and the two either side. My car keys and purse have gone.",
                    "Half six, before my spin class. I came back at half seven.",
                    "I don't know! The fob was on my keys!",
                ),
            ),
            # The manager: espeak's Lingua Franca Nova voice reading English.
            _espeak(
                "witness",
                "lfn+m2",
                -8,
                rate=150,
                pitch=40,
                lines=(
                    "Three lockers, all forced with something flat.",
                    "Yes, over the door. I will get it up on the office computer.",
                    "Thirty days. It is all on the computer in my office.",
                ),
            ),
            # The trainer, fetched from the gym floor.
            _espeak(
                "bystander",
                "en+m8",
                -10,
                rate=178,
                pitch=52,
                lines=(
                    "I did. A man in a grey hoodie came out of the women's corridor about seven.",
                ),
            ),
        ),
        58,
        "music",
        12,
        overlaps=1,
        late_voice=3,
        description="lockers forced at a gym over its music: a trainer heard late, an accent",
    ),
)
