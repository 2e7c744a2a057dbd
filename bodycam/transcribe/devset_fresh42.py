"""The development set's fresh42 half (d341-d348): eight recordings written blind to the diarizer.

Session 43 wrote it after the fresh to fresh41 halves, without reading the diarizer or the
transcriber or seeing a score of either. It keeps what fresh21 to fresh41 promised: every
speaker says lines written for the scene (``Voice.lines``), in the turn order the seed draws
(``devset.turn_plan``), and says all of them, so the reference STM is the script; a scene has
2-5 people, no two sharing a voice or an espeak variant, at least one of them a woman, everyone
but the camera wearer 5-15 dB under the wearer; each espeak voice has a rate and pitch of its
own and each flite voice a pace of its own (none the same as a voice of an earlier recording,
nor of another recording of this half). The recordings run 40-80 s, both ends used. As fresh35
to fresh41 did, it uses each of the eight noises once, at 0-20 dB (both ends again). No accent
is new: the five here are espeak voices heard in one recording each before, Vietnamese (d151),
Oromo (d224), Setswana (d226, its two voices), Latgalian (d240) and Interlingua (d248), each
reading every word of its lines as a word under ``espeak-ng -x`` (the Vietnamese voice spelt
out "dogs", so its line says "kennels"). All four flite voices are used, and women wear the
camera in four of the eight. Numbers are written as words. It leans on what fresh38 to fresh41
did not do at all: four lines talked over in one recording (none since d302), two long silences
in one recording (none since d294), a wearer shouting every line (none since d306) and a voice
shouting on the radio (none since d212); and it has two band-limited voices in one recording (a
radio and a speakerphone; none since d315) and a scene of women only (none since d279). Two of
the eight have a band-limited police radio (control on flite ``kal16`` in the car, the partner
shouting on flite ``awb`` as the dogs bark), one a midwife on a speakerphone; two have a voice
heard once in a short line (2.35 s and 2.45 s), a girl's and, over the woman he interrupts, a
man's on flite ``rms``, and one a receptionist heard once in a full line (5.20 s). Each
recording asks for something no earlier recording in its noise had (the list below says what);
every overlap and silence the specs ask for is realised in the build (the figures below come
from the reference RTTM). The module is long because it is data: eight scenes' lines and their
specs.

- d341, a wheel clamp on a home carer's car in the yard behind a dental surgery (street, 7 dB,
  60 s): the clamper shouts on flite ``awb``, over the receptionist who rang (0.75 s) and over
  the wearer (0.95 s), the wearer over him (1.08 s) and the carer over the wearer (1.33 s); the
  receptionist's one line is in espeak's Latgalian voice (``ltg+f3``). Four or more lines were
  talked over in street noise eight times before (d20, d39, d73, d88, d99, d119, d161, d196),
  never with a flite voice shouting.
- d342, an honesty box prised off its post at a farm's egg stall on a hill road (wind, 13 dB,
  80 s): two voices, the wearer and the stall's owner on flite ``slt``, and two long silences
  (6.38 s and 8.95 s) while he searches the verges, each broken by her. No wind recording since
  scene lines came in (fresh21) had two voices and long silences; the three before (d96, d117,
  d126) said the set's generic lines.
- d343, a woman in labour driven to the maternity unit in the patrol car (car, 16 dB, 74 s):
  five voices, the woman shouting over control (0.99 s) and the partner over her (1.28 s), two
  of them band-limited: control on the radio on flite ``kal16`` and the midwife on the car's
  speakerphone in espeak's Oromo voice (``om+f2``). No car recording before had an accented
  woman band-limited (the one accented band-limited voice in car noise was a man's, d207).
- d344, a school crossing patrol clipped by a car's wing mirror outside a primary school (rain,
  9 dB, 66 s): five voices, all women and a girl, the wearer, the partner, the patrol in
  ``grandma``, the driver in espeak's Setswana voice (``tn+f4``) over the wearer (0.69 s), and
  the girl's one line at pitch 93 (``short_line``, 2.35 s). No rain recording before had women
  only (the seven before were in street, wind, music and car noise).
- d345, a mobile speed camera van on a verge, a driver it caught come back to bang on its window
  as fire engines go past (siren, 3 dB, 56 s): the wearer, a woman, shouts every line, and the
  van's operator talks over the driver (1.33 s). The wearers who shouted every line in siren
  noise before were men (d108, d118).
- d346, a pint thrown at a comedian by a heckler at a comedy club (crowd, 0 dB, 70 s): the
  heckler shouting, the comedian in espeak's Interlingua voice (``ia+f4``), his friend's one
  line on flite ``rms`` over her (``short_line``, 2.45 s, 1.12 s over), she over the wearer
  (0.74 s), and the wearer over her (1.37 s) and over him (0.97 s). The crowd recordings at 2 dB
  or under had two or three lines talked over (d83, d116, d272, d317).
- d347, wet washing dumped on a launderette's floor, the radio on (music, 11 dB, 40 s): the
  wearer on flite ``rms``, the man whose washing it was and the woman who wanted the machine, in
  ten turns 0.02-0.10 s apart (``gaps`` 0-0.1 s). No music recording before ran under 50 s.
- d348, a quad bike taken from a farmyard at night, the dogs barking in the kennels (dog, 20 dB,
  77 s): the farmer, his daughter in espeak's Vietnamese voice (``vi+f5``), two long silences
  (8.30 s and 6.37 s) listening for its engine, and the partner shouting on the radio on flite
  ``awb`` (band-limited) as he chases it. No dog recording before had a voice shouting on the
  radio, nor the partner on the radio.

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH42: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d341",
        "fresh42",
        (
            # A wheel clamp on a home carer's car in the yard behind a dental surgery: the
            # surgery's receptionist, who rang, the carer, and the clamper shouting over them.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+Gene",
                0,
                wearer=True,
                rate=149,
                pitch=38,
                lines=(
                    "Right, both of you, a step apart. Who rang us about a fight in this yard?",
                    "Sir, did you take hold of her arm?",
                    "Clamping on private land has been against the law for years, sir.",
                    "Then that clamp comes off her wheel now, or I report you for demanding money.",
                ),
            ),
            # The surgery's receptionist, who rang: espeak's Latgalian voice reading English.
            _espeak(
                "bystander",
                "ltg+f3",
                -12,
                rate=139,
                pitch=58,
                lines=("I rang. He grabbed her arm when she tried to get into her car.",),
            ),
            # The home carer whose car it is.
            _espeak(
                "witness",
                "en-029+f5",
                -8,
                rate=171,
                pitch=63,
                lines=(
                    "He's clamped me while I was upstairs giving Mrs Dale her insulin!",
                    "There's no board on this side at all, it's hidden behind the skip!",
                    "And he's had a hundred pounds off me already, in cash!",
                ),
            ),
            # The clamper, shouting.
            _flite(
                "civilian",
                "awb",
                -6,
                shout=True,
                rate=113,
                lines=(
                    "She's not leaving this yard without paying, I don't care who she is!",
                    "I put my hand on the door, that's all! Two hundred and fifty pounds to "
                    "release it, it's on the board!",
                    "The man who rents the yard says I can, and he pays me per wheel!",
                    "Fine! It's coming off! But she's getting a notice on her windscreen!",
                    "That was the call out fee, love! Taking it off is a separate charge!",
                ),
            ),
        ),
        60,
        "street",
        7,
        overlaps=4,
        description="a wheel clamp in a surgery's yard: the clamper and a carer over each other",
    ),
    RecordingSpec(
        "d342",
        "fresh42",
        (
            # An honesty box prised off its post at a farm's egg stall on a hill road, the wind
            # blowing: its owner and the wearer, who goes quiet twice to search the verges.
            # The wearer.
            _espeak(
                "officer",
                "en-us+Mike",
                0,
                wearer=True,
                rate=141,
                pitch=33,
                lines=(
                    "Morning. You rang about the honesty box by the gate?",
                    "The whole box? Not just the cash that was in it?",
                    "Stay by the stall. I'll walk down the verge in case they've dumped it.",
                    "Nothing this way. The screws are still in the post. I'll try the other side.",
                    "Nothing that side either. When did you last fill the stall?",
                    "And you didn't hear a vehicle stop at all?",
                    "Then send me this morning's clip. I'll try the other stalls on the hill.",
                ),
            ),
            # The stall's owner.
            _flite(
                "civilian",
                "slt",
                -7,
                rate=111,
                lines=(
                    "It's gone, box and tin. It had yesterday's egg and jam money in it.",
                    "About forty pounds in coins, and six jars of marmalade as well.",
                    "Anything down there? They usually throw the tin once it's empty.",
                    "My grandson made that box at school. It has a hen painted on the front.",
                    "At seven this morning. Nobody has touched it in eleven years of selling.",
                    "Not from the milking shed. But the camera on the yard gate points at the "
                    "lane.",
                ),
            ),
        ),
        80,
        "wind",
        13,
        long_silences=2,
        description="an honesty box taken from a farm stall in the wind: two long silences",
    ),
    RecordingSpec(
        "d343",
        "fresh42",
        (
            # A woman in labour driven to the maternity unit in the patrol car: the partner in
            # the back with her, control on the radio and a midwife on the car's speakerphone.
            # The wearer, driving.
            _espeak(
                "officer",
                "en-gb-x-rp+m8",
                0,
                wearer=True,
                rate=158,
                pitch=41,
                lines=(
                    "Control, we've a woman in labour in the back. Heading for the maternity unit.",
                    "Seven minutes if the bypass is clear. Keep her talking, Sam.",
                    "Control, can you get word to her husband? He's at work in Leeds.",
                    "Roundabout coming up. Hold on to her, both of you.",
                    "Main entrance. There's a porter with a wheelchair at the door.",
                ),
            ),
            # The partner, in the back beside her.
            _espeak(
                "partner",
                "en-gb-x-gbclan+steph3",
                -6,
                rate=166,
                pitch=64,
                lines=(
                    "Breathe out slowly, that's it. How far apart are they?",
                    "Not yet. Two minutes apart, she says, and her waters went at the bus stop.",
                    "She wants to push. What do I tell her?",
                ),
            ),
            # The woman in labour, shouting.
            _espeak(
                "civilian",
                "en-us+f4",
                -7,
                shout=True,
                rate=147,
                pitch=59,
                lines=(
                    "It's coming now, I can feel it coming!",
                    "My husband's on a night shift in Leeds! Somebody ring him!",
                ),
            ),
            # Control, on the radio.
            _flite(
                "dispatch",
                "kal16",
                -12,
                radio=True,
                rate=117,
                lines=(
                    "Received. I'm putting the labour ward through to your car phone.",
                    "Traffic units are holding the lights on the bypass for you.",
                    "Her husband has been reached at his work. He is on his way.",
                ),
            ),
            # The midwife on the car's speakerphone: espeak's Oromo voice reading English.
            _espeak(
                "witness",
                "om+f2",
                -10,
                radio=True,
                rate=133,
                pitch=54,
                lines=(
                    "Hello, this is the labour ward. Can you see the baby's head yet?",
                    "Then tell her to pant, short breaths, and not to push until she is with us.",
                    "Hold her hand and count the breaths with her. We have a room ready.",
                ),
            ),
        ),
        74,
        "car",
        16,
        overlaps=2,
        description="a woman in labour in the patrol car: a midwife on speaker and control",
    ),
    RecordingSpec(
        "d344",
        "fresh42",
        (
            # A school crossing patrol clipped by a car's wing mirror outside a primary school
            # in the rain: only women and a girl, the driver with an accent, the girl's one line.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbclan+f1",
                0,
                wearer=True,
                rate=152,
                pitch=57,
                lines=(
                    "Sit still, Maureen, the ambulance is on its way. Where does it hurt?",
                    "The children were still crossing behind her, madam.",
                    "Her sign is as tall as you are, and she's in a yellow coat.",
                ),
            ),
            # The partner, who takes the driver.
            _espeak(
                "partner",
                "en-us-nyc+belinda",
                -6,
                rate=163,
                pitch=71,
                lines=(
                    "Madam, come over to our car with me, please. I need your licence.",
                    "You'll be asked for a sample of breath. Blow into this until it beeps.",
                    "Thank you, that reads zero. Sit in our car out of the rain while I take your "
                    "details.",
                ),
            ),
            # The crossing patrol.
            _espeak(
                "civilian",
                "en-gb-x-gbcwmd+grandma",
                -7,
                rate=133,
                pitch=40,
                lines=(
                    "My elbow and my hip. The mirror caught me as I stepped off the kerb.",
                    "Thirty one years I've done this crossing and never been touched.",
                ),
            ),
            # The driver: espeak's Setswana voice reading English.
            _espeak(
                "witness",
                "tn+f4",
                -9,
                rate=175,
                pitch=66,
                lines=(
                    "It was me. I am so sorry, my windscreen was all steamed up from the rain.",
                    "I did not see her until my mirror folded in.",
                    "I was late for my son's nursery, just round the corner.",
                    "Of course. I have not had a drink, I was only doing a school run.",
                ),
            ),
            # A girl of nine, her one line.
            _espeak(
                "bystander",
                "en+f3",
                -11,
                rate=181,
                pitch=93,
                lines=("Miss, her lollipop sign's snapped in half!",),
            ),
        ),
        66,
        "rain",
        9,
        overlaps=1,
        short_line=4,
        description="a crossing patrol clipped outside a school in the rain: only women",
    ),
    RecordingSpec(
        "d345",
        "fresh42",
        (
            # A mobile speed camera van on a verge, a driver it caught come back to bang on its
            # window, as fire engines go past: the wearer shouting every line over the sirens.
            # The wearer, shouting.
            _espeak(
                "officer",
                "en-us-nyc+f3",
                0,
                wearer=True,
                shout=True,
                rate=150,
                pitch=52,
                lines=(
                    "Sir, away from the van! Both hands where I can see them!",
                    "I can't hear you over the engines! One at a time!",
                    "Filming a road is no crime, sir! Nor is measuring your speed!",
                    "Madam, are you hurt? Did he touch you or just the van?",
                    "Spitting on her lens isn't knocking, sir! Sit on that wall and stay there!",
                ),
            ),
            # The driver who came back.
            _espeak(
                "civilian",
                "en-gb-scotland+m2",
                -7,
                rate=161,
                pitch=28,
                lines=(
                    "She's hiding behind a hedge to catch folk out. It's a trap!",
                    "I said she's parked on a bend where nobody sees her until it's too late.",
                    "I drive for a living. Three more points and my licence is gone.",
                    "I knocked on her glass, that's all. I never laid a finger on her.",
                ),
            ),
            # The camera van's operator.
            _espeak(
                "witness",
                "en+steph",
                -9,
                rate=154,
                pitch=61,
                lines=(
                    "He ran across the road and started hitting my window with his fist!",
                    "No, but he spat on the lens. Look at the glass, it's all over it.",
                    "I'm in a marked van in a yellow jacket. That's hardly hiding.",
                ),
            ),
        ),
        56,
        "siren",
        3,
        overlaps=1,
        description="a speed camera van's driver come back as fire engines pass: all shouted",
    ),
    RecordingSpec(
        "d346",
        "fresh42",
        (
            # A pint thrown at a comedian by a heckler at a comedy club, the audience loud: the
            # heckler shouting, the comedian, his friend's one line, and four lines talked over.
            # The wearer.
            _espeak(
                "officer",
                "en-029+f2",
                0,
                wearer=True,
                rate=158,
                pitch=69,
                lines=(
                    "Which of you threw the pint? Everyone else, sit back down.",
                    "Madam, let me see your hand. Is it bleeding?",
                    "Sir, stop shouting at her. You're coming outside with me.",
                    "Plastic or not, throwing it at her is an assault.",
                    "Did anyone film it? I'll want the club's cameras as well.",
                    "Sir, you're under arrest for assault. Turn round, hands behind your back.",
                    "You can shout in the van. Walk with me.",
                    "Mind the steps. Madam, I'll come back for your statement.",
                ),
            ),
            # The heckler, shouting.
            _espeak(
                "civilian",
                "en-gb-x-gbclan+m4",
                -6,
                shout=True,
                rate=152,
                pitch=34,
                lines=(
                    "She started on me first! She called me a walking haircut!",
                    "It was a plastic cup, it was only lager!",
                    "I paid twenty quid to get in. I'll shout what I want!",
                    "Get off me! I want my ticket money back!",
                ),
            ),
            # The comedian: espeak's Interlingua voice reading English.
            _espeak(
                "witness",
                "ia+f4",
                -8,
                rate=148,
                pitch=62,
                lines=(
                    "He has been talking over my set for twenty minutes.",
                    "The cup hit my hand, and the lager went all over the microphone lead.",
                    "A comic expects to be heckled. Not to have a drink thrown at her.",
                    "There is a camera over every table. The manager can give you the clip.",
                ),
            ),
            # The heckler's friend, his one line.
            _flite(
                "bystander",
                "rms",
                -10,
                rate=87,
                lines=("Leave it, Gaz, they're all filming you!",),
            ),
        ),
        70,
        "crowd",
        0,
        overlaps=4,
        short_line=3,
        description="a pint thrown at a comedian: the heckler shouting, four lines talked over",
    ),
    RecordingSpec(
        "d347",
        "fresh42",
        (
            # Wet washing dumped on a launderette's floor, the radio on: the man whose it was
            # and the woman who wanted the machine, in quick turns with no room between them.
            # The wearer.
            _flite(
                "officer",
                "rms",
                0,
                wearer=True,
                rate=119,
                lines=(
                    "Calm down, the pair of you. Whose washing is on the floor?",
                    "Madam, you took it out of the drum yourself?",
                    "Soaking wet, on a dirty floor. You can't do that to a man's clothes.",
                    "Sir, pick it up. Madam, the next machine is yours.",
                ),
            ),
            # The man whose washing it was.
            _espeak(
                "civilian",
                "en-gb-scotland+m3",
                -6,
                rate=172,
                pitch=45,
                lines=(
                    "Mine! She slung it on the tiles while it was still dripping!",
                    "It had four minutes to go! I was only next door for a sandwich!",
                    "My work shirts are in that heap. I start at six.",
                ),
            ),
            # The woman who wanted the machine.
            _espeak(
                "witness",
                "en-gb-x-rp+f2",
                -8,
                rate=177,
                pitch=75,
                lines=(
                    "It had stopped! The light was off and he was nowhere!",
                    "I've been stood here half an hour with three bags of towels.",
                    "Fine. But the notice says twenty minutes at the most.",
                ),
            ),
        ),
        40,
        "music",
        11,
        gaps=(0.0, 0.1),
        description="wet washing dumped at a launderette: quick turns over the radio",
    ),
    RecordingSpec(
        "d348",
        "fresh42",
        (
            # A quad bike taken from a farmyard at night, the dogs barking in the kennels: the
            # farmer and his daughter, two long silences listening for its engine, and the
            # partner shouting on the radio as he chases it.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-rp+Andrea",
                0,
                wearer=True,
                rate=157,
                pitch=55,
                lines=(
                    "You rang at ten past two? Tell me what you heard.",
                    "Unit two, it's heading for the wood above the farm. Can you see any lights?",
                    "Stay with it, but don't follow them into the ford.",
                    "Keep the dogs in. Which way would they go from the bridge?",
                    "They'll be on foot now. We'll take a torch up and bring your quad back.",
                ),
            ),
            # The farmer.
            _espeak(
                "civilian",
                "en-gb-x-gbclan+m2",
                -6,
                rate=144,
                pitch=27,
                lines=(
                    "The dogs went mad. I came down and the shed door was hanging off.",
                    "Listen. That's her, up by the wood. Nothing else sounds like that exhaust.",
                    "It's got a tracker under the seat. The app says it's stopped by the old "
                    "railway bridge.",
                ),
            ),
            # His daughter: espeak's Vietnamese voice reading English.
            _espeak(
                "witness",
                "vi+f5",
                -9,
                rate=150,
                pitch=66,
                lines=(
                    "I heard an engine start, and then a man laughing down in the yard.",
                    "There were two of them, and one was carrying a can of fuel.",
                    "Dad, the kennels are still going mad. Shall I let Bess out?",
                ),
            ),
            # The partner, shouting on the radio as he chases it.
            _flite(
                "partner",
                "awb",
                -9,
                radio=True,
                shout=True,
                rate=91,
                lines=(
                    "Two, I've a quad with no lights crossing the lane in front of me!",
                    "It's gone through a hedge! Two riders! I'm out on foot!",
                    "Lost them at the bridge! The quad's on its side in a ditch!",
                ),
            ),
        ),
        77,
        "dog",
        20,
        long_silences=2,
        description="a quad bike taken from a farmyard as the dogs bark: two long silences",
    ),
)
