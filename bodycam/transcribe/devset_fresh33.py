"""The development set's fresh33 half (d269-d276): eight recordings written blind to the diarizer.

Session 35 wrote it after the fresh to fresh32 halves, without reading the diarizer or the
transcriber or seeing a score of either. It keeps what fresh21 to fresh32 promised: every
speaker says lines written for the scene (``Voice.lines``), in the turn order the seed draws
(``devset.turn_plan``), and says all of them, so the reference STM is the script; a scene has
2-5 people, no two sharing a voice or an espeak variant, at least one of them a woman, everyone
but the camera wearer 5-15 dB under the wearer; each espeak voice has a rate and pitch of its
own and each flite voice a pace of its own (none the same as a voice of an earlier recording).
The recordings run 50-90 s, the whole range the issue asked for, and every other one, from d270
on, has a woman wearing the camera. No accent is new: the three here are espeak voices heard in
one recording each before, Welsh (d166), Croatian (d216) and Slovak (d217), each reading every
word of its lines as a word under ``espeak-ng -x``. Every noise is used once, and numbers are
written as words. Each recording asks for one thing no earlier recording had; every overlap and
silence the specs ask for is realised in the build (the figures below come from the reference
RTTM). The module is long because it is data: eight scenes' lines and their specs.

- d269, a car keyed in a livestock market's car park on sale day (street, 12 dB): twin brothers
  in green jackets and caps, each blaming the other, on espeak's Welsh voice (``cy+m2`` and
  ``cy+m4``) 2 words a minute and 6 pitch apart, where the pairs of one accent and one sex
  before (d190, d197, d230) were 12 words a minute apart or more; Owen over Rhys (0.96 s), the
  car's owner on flite ``slt`` over Owen (0.82 s) and the wearer over Owen (1.21 s).
- d270, a woman locked in her bathroom after her ex-partner broke in, as the second crew's
  siren comes (siren, 6 dB): she whispers through the door (``en-us-nyc+whisperf``) 12 dB under
  the wearer, where no whispering voice before was in siren noise or more than 9 dB under; her
  ex-partner shouting, and the partner on flite ``awb`` over her (0.72 s).
- d271, a woman of eighty-four with dementia missing on a canal towpath at night (rain, 5 dB):
  the wearer alone for six lines, calling her name and talking to control on an earpiece the
  camera does not hear, with an 8.05 s silence, then her voice (``grandma``, 14 dB under) after
  a 9.20 s one. The only two-voice recording with a late voice before (d168) was in car noise.
- d272, a fan collapsed on a football ground's concourse at half time (crowd, 1 dB): five
  voices, the stadium's police control room heard only on the radio, the son shouting, a nurse
  from the crowd and a steward on flite ``rms``; three lines talked over (0.87-0.95 s). No radio
  voice was in crowd noise under 6 dB before (d165, d212).
- d273, a house party at two in the morning (music, 8 dB): a girl of fifteen on the front wall,
  15 dB under the wearer, where no voice in music noise before was more than 12 dB under (d84's);
  the host shouting over the music in espeak's Croatian voice (``hr+m1``), over the wearer
  (1.11 s); the neighbour's one line on flite ``kal16``.
- d274, a man on the wrong side of a footbridge's railings over a dual carriageway in a gale
  (wind, 13 dB): slow turns (0.8-2.5 s between lines) and two long silences (7.18 s and 7.85 s)
  before the wearer speaks again; the man 12 dB under her, her partner at the far end heard only
  on her radio. Of the slow recordings before (1 s or more between lines), only d86, in rain,
  had a radio voice.
- d275, a woman arrested for shoplifting, driven to custody in the back of a patrol car (car,
  20 dB): no car recording before was over 19 dB (d90); she talks most of the way, the wearer on
  flite ``awb``, control's one line on the radio (flite ``slt``), no line talked over.
- d276, a delivery driver bitten by a dog at a front gate (dog, 10 dB): five voices in 50 s,
  where the five-voice recordings in dog noise before ran 84-124 s; the owner shouting at her
  dog, the driver in espeak's Slovak voice (``sk+m6``), a neighbour's one line; the wearer over
  the partner (1.02 s) and the owner over the driver (0.89 s).

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH33: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d269",
        "fresh33",
        (
            # A car keyed in the car park of a livestock market on sale day: the owner saw a man
            # in a green jacket and cap, and twin brothers, both in green jackets and caps, each
            # say it was the other.
            _espeak(
                "officer",
                "en-gb-x-rp+m6",
                0,
                wearer=True,
                rate=172,
                pitch=38,
                lines=(
                    "Right, gents. Which of you parked by the blue Golf?",
                    "One at a time, please. Names first.",
                    "You're both in green jackets and caps. That helps neither of you.",
                    "Where were you at half past ten, Rhys?",
                    "And you, Owen? Show me your keys, please.",
                ),
            ),
            # Rhys, one of the twins: espeak's Welsh voice reading English.
            _espeak(
                "civilian",
                "cy+m2",
                -7,
                rate=158,
                pitch=42,
                lines=(
                    "Not me. I was in the market all morning, selling ewes.",
                    "Rhys Pritchard. He's Owen. We're twins, as you can see.",
                    "He's had a face on him all week, since she left him.",
                    "In the ring, with a pen of twenty ewes. Ask the auctioneer.",
                    "Go on. Show him your keys.",
                    "Look, there's blue paint on that one!",
                ),
            ),
            # Owen, his twin: the Welsh voice again on another variant, six pitch higher and two
            # words a minute faster.
            _espeak(
                "bystander",
                "cy+m4",
                -8,
                rate=160,
                pitch=48,
                lines=(
                    "Don't listen to him. He was out here at ten.",
                    "She's my ex. That doesn't mean I did anything to her car.",
                    "Here. House keys, truck keys, and the key to the shed.",
                    "That's from the gate. I painted the gate blue on Sunday.",
                ),
            ),
            # The car's owner.
            _flite(
                "witness",
                "slt",
                -8,
                rate=116,
                lines=(
                    "That's my car. Look at the door, scratched down to the wheel.",
                    "It was one of them. Green jacket and cap. I didn't see his face.",
                ),
            ),
        ),
        74,
        "street",
        12,
        overlaps=3,
        description="a car keyed at a livestock market: twin brothers, each blaming the other",
    ),
    RecordingSpec(
        "d270",
        "fresh33",
        (
            # A woman locked in her bathroom after her ex-partner broke in: she whispers through
            # the door while he is detained on the landing, and the second crew arrives with its
            # siren on.
            _espeak(
                "officer",
                "en-us+f3",
                0,
                wearer=True,
                rate=166,
                pitch=62,
                lines=(
                    "Police! Stay where you are. Step away from that door, now.",
                    "Chloe? I'm Amy, from the police. He can't get to you. Stay in there for now.",
                    "Good. Chloe, are you hurt? Is anyone in there with you?",
                    "You're doing really well. When you're ready, unlock the door. Take your time.",
                    "Chloe, he's outside in a police van. He can't get back in.",
                    "He won't. Come and sit on the bed with me. Let me look at your neck.",
                ),
            ),
            # Her ex-partner, shouting.
            _espeak(
                "civilian",
                "en-029+m5",
                -6,
                shout=True,
                rate=170,
                pitch=36,
                lines=(
                    "She's my girlfriend! I'm just trying to talk to her!",
                    "Chloe! Tell them! Tell them I never touched you!",
                ),
            ),
            # The woman in the bathroom, whispering through the door.
            _espeak(
                "witness",
                "en-us-nyc+whisperf",
                -12,
                rate=140,
                pitch=58,
                lines=(
                    "Is he gone? Please don't let him in. I've locked the door.",
                    "He came through the kitchen window. He had a knife from the drawer.",
                    "Just me. He grabbed my arm and my neck. I can't stop shaking.",
                    "Okay. I'm opening it. Please don't let him see me.",
                    "That's him. He's shouting from the van. Can you make him stop?",
                ),
            ),
            # The partner, detaining him.
            _flite(
                "partner",
                "awb",
                -7,
                rate=114,
                lines=(
                    "Turn round. Hands on the wall. I'm detaining you, mate.",
                    "Stay on the wall. The van's pulling up outside now.",
                    "Right, you're coming downstairs with me. Walk.",
                    "Sarge, the knife's on the stairs. I'm bagging it now.",
                    "He's in the van. The second crew has got him.",
                    "I'll call the paramedics. They'll want to see those marks.",
                ),
            ),
        ),
        86,
        "siren",
        6,
        overlaps=1,
        description="a woman locked in her bathroom, whispering, as the second crew's siren comes",
    ),
    RecordingSpec(
        "d271",
        "fresh33",
        (
            # A woman of eighty-four with dementia missing on a canal towpath at night in heavy
            # rain: the wearer searches alone, talking to control on his earpiece (not heard) and
            # calling her name, until she answers from under a bridge.
            _espeak(
                "officer",
                "en-gb-scotland+m3",
                0,
                wearer=True,
                rate=150,
                pitch=40,
                lines=(
                    "Control, I'm on the canal towpath by the lock. Starting the search now.",
                    "Margaret! Margaret, it's the police! Can you hear me?",
                    "Nothing by the lock gates. Checking the bank under the trees.",
                    "There's a slipper here. A pink one, in the mud by the water.",
                    "Control, one pink slipper found on the towpath, fifty yards past the lock.",
                    "Margaret! It's Paul, from the police! Shout if you can hear me!",
                    "Margaret! I'm coming. Stay where you are, love. Don't move.",
                    "Let's get you warm first. Here's my coat. Can you stand up for me?",
                    "I found it. It's in my pocket. Control, she's found, under the canal bridge.",
                    "We're taking you home first, Margaret. Your daughter's waiting for you.",
                ),
            ),
            # Margaret, first heard after a long silence, under the bridge.
            _espeak(
                "civilian",
                "en-gb-x-gbcwmd+grandma",
                -14,
                rate=128,
                pitch=62,
                lines=(
                    "Hello? I'm here. Under the bridge. I'm ever so cold.",
                    "I was going to meet Harold from the bus. He'll be waiting.",
                    "My feet are wet. I've lost my slipper somewhere.",
                    "Are you taking me to Harold?",
                    "Susan? Is Susan there? She'll be cross with me.",
                ),
            ),
        ),
        90,
        "rain",
        5,
        long_silences=1,
        late_voice=1,
        description="a woman with dementia missing on a towpath: the wearer alone, then her voice",
    ),
    RecordingSpec(
        "d272",
        "fresh33",
        (
            # A man collapsed on a football ground's concourse at half time: his son shouting for
            # help, a nurse from the crowd, a steward, and the police control room in the stadium
            # on the radio.
            _espeak(
                "officer",
                "en-gb-x-gbclan+f2",
                0,
                wearer=True,
                rate=170,
                pitch=66,
                lines=(
                    "Control, concourse by gate nine. A man has collapsed, fans all round him.",
                    "Thank you. Is he breathing? Steward, where's the nearest defib?",
                    "Go. Son, what's your dad's name? How old is he?",
                    "Stay with me, son. Hold his hand. Talk to him.",
                    "Control, he's not breathing. A nurse has started chest compressions.",
                ),
            ),
            # The stadium's police control room, on the radio.
            _espeak(
                "dispatch",
                "en-gb-x-rp+m1",
                -9,
                radio=True,
                rate=162,
                pitch=40,
                lines=(
                    "Received. Paramedics are on their way from the north stand.",
                    "Paramedics are at gate nine now, coming up to you.",
                ),
            ),
            # The steward.
            _flite(
                "bystander",
                "rms",
                -9,
                rate=88,
                lines=(
                    "Everybody back! Give them room! Back behind the barrier!",
                    "First aid room, by the bar. I'll run and get it.",
                ),
            ),
            # A nurse from the crowd.
            _espeak(
                "witness",
                "en-gb-scotland+f4",
                -8,
                rate=150,
                pitch=58,
                lines=(
                    "I'm a nurse. Let me in. Sir, can you hear me?",
                    "He's not breathing. I'm starting compressions. Count with me.",
                    "Twenty eight, twenty nine, thirty. Where's that defib?",
                    "Keep the crowd back. I need space round his head.",
                ),
            ),
            # His son, shouting.
            _espeak(
                "civilian",
                "en-us+m8",
                -6,
                shout=True,
                rate=178,
                pitch=44,
                lines=(
                    "Dad! Dad, wake up! Somebody help him, please!",
                    "Keith! He's Keith, he's sixty one! He's got a bad heart!",
                    "Is he dying? Please don't let him die!",
                    "Dad, hold on. They're here. Hold on.",
                ),
            ),
        ),
        70,
        "crowd",
        1,
        overlaps=3,
        description="a fan collapsed at half time: five voices, the control room on the radio",
    ),
    RecordingSpec(
        "d273",
        "fresh33",
        (
            # A house party at two in the morning: a girl of fifteen sitting on the front wall,
            # very quiet; the host shouting over the music; the neighbour who rang, his one line.
            _espeak(
                "officer",
                "en-us-nyc+m2",
                0,
                wearer=True,
                rate=158,
                pitch=46,
                lines=(
                    "Hello. Are you all right, sweetheart? Are you at this party?",
                    "Sir, turn the music down first, then we'll talk. Who is this girl?",
                    "She looks about fifteen. Has she been drinking in there?",
                    "Go and turn the music off, please. Then come back out to me.",
                    "You're safe with me. What's your name, and where do you live?",
                    "Then find your friend. If it isn't off in two minutes, the speaker comes "
                    "with us.",
                    "Miss, have my jacket. You're freezing.",
                ),
            ),
            # The host, shouting over the music: espeak's Croatian voice reading English.
            _espeak(
                "civilian",
                "hr+m1",
                -6,
                shout=True,
                rate=164,
                pitch=40,
                lines=(
                    "Is there a problem, officer? It is my birthday!",
                    "I don't know her! She is a friend of a friend, I think!",
                    "I don't give drinks to children! Everybody here is a student!",
                    "I cannot turn it off! The speaker is my friend's, he has the phone!",
                    "Okay, okay! I'm going! Marko! Marko, turn it off!",
                    "Officer, she is not my guest. I never saw her before tonight.",
                ),
            ),
            # The girl, very quiet.
            _espeak(
                "witness",
                "en-us+f1",
                -15,
                rate=146,
                pitch=72,
                lines=(
                    "I just want to go home. My phone's dead.",
                    "I came with my sister's friend, but she left without me.",
                    "Lily. Please don't ring my mum.",
                ),
            ),
            # The neighbour who rang: his one line.
            _flite(
                "bystander",
                "kal16",
                -9,
                rate=112,
                lines=("It's two in the morning! I've got work at six!",),
            ),
        ),
        76,
        "music",
        8,
        overlaps=1,
        short_line=3,
        description="a house party at two in the morning: a girl of fifteen, 15 dB under",
    ),
    RecordingSpec(
        "d274",
        "fresh33",
        (
            # A man on the wrong side of a footbridge's railings over a dual carriageway in a
            # gale: the wearer talks to him slowly, with long pauses; her partner, at the far end
            # of the bridge, is heard only on her radio.
            _espeak(
                "officer",
                "en-gb-x-rp+f5",
                0,
                wearer=True,
                rate=148,
                pitch=60,
                lines=(
                    "Hello. I'm Jess, from the police. Can I stand here?",
                    "Okay. I'll stay right here. What's your name?",
                    "It matters to me. You're shivering in this wind.",
                    "I'm not going anywhere. Take your time.",
                    "Daniel, what's happened tonight?",
                    "That's a lot to carry on your own.",
                    "I'm glad you haven't. Hold the railing with both hands for me.",
                ),
            ),
            # Her partner at the far end of the bridge, on the radio.
            _espeak(
                "partner",
                "en-029+m7",
                -8,
                radio=True,
                rate=165,
                pitch=44,
                lines=(
                    "Jess, I'm at the north end. Both carriageways are shut.",
                    "Negotiator's twenty minutes out. Keep him talking.",
                    "Jess, his wife's on the phone to control. She's been looking for him.",
                ),
            ),
            # The man, speaking low.
            _espeak(
                "civilian",
                "en-us+m4",
                -12,
                rate=136,
                pitch=38,
                lines=(
                    "Don't come any closer. I mean it.",
                    "Doesn't matter.",
                    "Daniel. It's Daniel.",
                    "I lost my job on Friday. I haven't told my wife.",
                    "I keep thinking I'll do it, and then I don't.",
                ),
            ),
        ),
        90,
        "wind",
        13,
        long_silences=2,
        gaps=(0.8, 2.5),
        description="a man on a footbridge's railings in a gale: slow talk, the partner on radio",
    ),
    RecordingSpec(
        "d275",
        "fresh33",
        (
            # In the back of a patrol car, a woman arrested for shoplifting driven to custody:
            # she talks most of the way; the partner drives; control's one line on the radio.
            _flite(
                "officer",
                "awb",
                0,
                wearer=True,
                rate=90,
                lines=(
                    "Seatbelt on, please. We're taking you to the custody suite at Bridge Street.",
                    "You can ring him from custody. They'll explain your rights when we get there.",
                    "That's not up to us now. The store wants to press charges.",
                    "Madam, keep your hands where I can see them, please.",
                    "Nearly there. Two more minutes.",
                ),
            ),
            # The woman, arrested: a tourist from New York.
            _espeak(
                "civilian",
                "en-us-nyc+f4",
                -6,
                rate=176,
                pitch=68,
                lines=(
                    "This is insane. It was a scarf. I was going to pay for the scarf.",
                    "A cell? I have a flight home on Thursday. My husband doesn't know where I am.",
                    "Can't you just give me a fine or a warning? I'll pay for it twice.",
                    "It's a forty dollar scarf. Pounds, whatever. Forty pounds.",
                    "I'm scratching my nose! Oh my God, this is so embarrassing.",
                ),
            ),
            # The partner, driving.
            _espeak(
                "partner",
                "en-gb-x-gbclan+m5",
                -5,
                rate=156,
                pitch=42,
                lines=(
                    "It was in your handbag, madam, with the tags cut off, past the tills.",
                    "Indicating right. Bridge Street's coming up.",
                ),
            ),
            # Control, on the radio: its one line.
            _flite(
                "dispatch",
                "slt",
                -9,
                radio=True,
                rate=84,
                lines=("Received. Custody has a cell free.",),
            ),
        ),
        58,
        "car",
        20,
        short_line=3,
        description="a shoplifter driven to custody: she talks on the way, control's one line",
    ),
    RecordingSpec(
        "d276",
        "fresh33",
        (
            # A delivery driver bitten by a dog at a front gate: the owner shouting at her dog,
            # a neighbour's one line, the partner seeing to the bite.
            _espeak(
                "officer",
                "en-029+f4",
                0,
                wearer=True,
                rate=174,
                pitch=63,
                lines=(
                    "Madam, get your dog inside and shut the door, please.",
                    "Madam, is the dog in? Is the back door shut as well?",
                    "We'll need the dog's details and your name, madam. Is he chipped?",
                    "Sir, an ambulance is on its way. Keep pressure on it.",
                ),
            ),
            # The owner, shouting at her dog.
            _espeak(
                "civilian",
                "en-gb-x-gbcwmd+f1",
                -6,
                shout=True,
                rate=168,
                pitch=70,
                lines=(
                    "Tyson! Tyson, in! Get in the house, now!",
                    "He's never bitten anyone! He was only protecting his house!",
                    "He is chipped, and he's had all his jabs! It's that van, it drives him mad!",
                ),
            ),
            # The delivery driver, bitten: espeak's Slovak voice reading English.
            _espeak(
                "witness",
                "sk+m6",
                -8,
                rate=150,
                pitch=40,
                lines=(
                    "It bit my arm. Look, I am bleeding through my jacket.",
                    "I only put a parcel on the step. I did not even open the gate.",
                    "Never? Look at this. A bite from a dog that never bites.",
                ),
            ),
            # A neighbour: his one line.
            _espeak(
                "bystander",
                "en-us+m5",
                -11,
                rate=158,
                pitch=34,
                lines=("That dog's been out of that gate every week.",),
            ),
            # The partner.
            _flite(
                "partner",
                "kal16",
                -7,
                rate=90,
                lines=("Sir, sit down on the wall for me. Let me see your arm.",),
            ),
        ),
        50,
        "dog",
        10,
        overlaps=2,
        short_line=3,
        description="a delivery driver bitten at a front gate: the owner shouting at her dog",
    ),
)
