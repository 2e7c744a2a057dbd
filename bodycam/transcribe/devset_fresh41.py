"""The development set's fresh41 half (d333-d340): eight recordings written blind to the diarizer.

Session 42 wrote it after the fresh to fresh40 halves, without reading the diarizer or the
transcriber or seeing a score of either. It keeps what fresh21 to fresh40 promised: every
speaker says lines written for the scene (``Voice.lines``), in the turn order the seed draws
(``devset.turn_plan``), and says all of them, so the reference STM is the script; a scene has
2-5 people, no two sharing a voice or an espeak variant, at least one of them a woman, everyone
but the camera wearer 5-15 dB under the wearer; each espeak voice has a rate and pitch of its
own and each flite voice a pace of its own (none the same as a voice of an earlier recording,
nor of another recording of this half). The recordings run 40-80 s, both ends used. As fresh35
to fresh40 did, it uses each of the eight noises once, at 0-20 dB (both ends again). No accent
is new: the five here are espeak voices heard in one recording each before, Azerbaijani (d225),
Guarani (d232), Quechua (d233), Greenlandic (d236) and Aragonese (d239), each reading every word
of its lines as a word under ``espeak-ng -x``; the Quechua voice is the camera wearer's. All
four flite voices are used, and women wear the camera in four of the eight. Numbers are written
as words. It leans on what fresh38 to fresh40 did not do at all: three voices first heard late,
after a long silence (none since d298), three voices that answer in a word or two and a wearer
who only acknowledges (none since d305), and slow turns (none since d304). Three of the eight
have a band-limited police radio: control on flite ``rms`` in the street, a woman controller
first heard late in the rain, and control's one line over music at 0 dB. Three have a voice
heard once in a short line (1.63-2.51 s), one of them shouted and one through a caravan's door.
Each recording asks for something no earlier recording in its noise had (the list below says
what); every overlap and silence the specs ask for is realised in the build (the figures below
come from the reference RTTM). The module is long because it is data: eight scenes' lines and
their specs.

- d333, a van backed out of a loading bay into an old man's mobility scooter outside a bakery
  (street, 12 dB, 40 s): the van's driver shouts his two answers of a word or two (``replies``,
  0.89 s and 0.57 s), the first over the man (0.64 s), and control talks on the radio on flite
  ``rms`` (band-limited). The voices that shouted answers of a word or two before were in crowd
  and wind noise (d93, d163).
- d334, a beach hut broken into on a windy promenade in winter (wind, 20 dB, 80 s): its owner
  tells it on flite ``slt`` in eleven lines, the wearer only acknowledges, eleven times, each
  written for the scene (``replies`` on the wearer, 0.88-1.87 s), and the man from the next hut
  says his one line in espeak's Azerbaijani voice (``az+m5``, ``short_line``, 2.51 s). No wearer
  only acknowledged in wind noise before (car, dog, rain, siren and street noise had one), and
  the accented short lines before were in music and siren noise (d211, d217).
- d335, a deer stalker's pickup stopped on a forestry track at dawn after campers heard a shot,
  the engine running for the heater (car, 8 dB, 78 s): the stalker, his paying guest beside him
  and the camper who rang, at the window, in twelve slow turns 1.13-2.57 s apart (``gaps``
  1.0-2.6 s). No car recording before had slow turns: none drew its ``gaps`` over 0.2-0.9 s.
- d336, a bin lorry stopped in the rain with a cat asleep in the bin it tipped (rain, 5 dB,
  77 s): five voices, the driver over the wearer (1.33 s), a neighbour's one shouted line from
  her door (``short_line``, 1.63 s), a 9.18 s wait, and then control, a woman, on the radio
  (band-limited, ``late_voice``, first heard at 37.19 s). No rain recording before had a voice
  first heard late on the radio, nor a shouted short line.
- d337, the flood siren at a riverside caravan park, a man who won't leave his caravan (siren,
  6 dB, 78 s): his wife's one line from inside it, through its door (``muffled``,
  ``short_line``, 1.92 s), a 6.72 s wait, and the park warden on flite ``awb``, first heard at
  41.49 s (``late_voice``), once over the man (1.14 s). The short lines in siren noise before
  were men's (d206, d217, d251, d305) and the voices first heard late there espeak ones (d92,
  d240); the one short line through a door or window before was in wind noise (d117).
- d338, a queue outside a sports shop at dawn for a trainer release, a man in the place of a
  woman who went to the station's toilets (crowd, 10 dB, 80 s): the shop's guard on flite
  ``kal16`` over the wearer (1.16 s), the man in espeak's Aragonese voice (``an+m3``), an
  8.39 s wait, and the woman in espeak's Guarani voice (``gn+f2``) first heard at 35.78 s
  (``late_voice``), the wearer over her first line (0.84 s). No crowd recording before had a
  voice first heard late with an accent (the four before were in wind, rain and siren noise:
  d208, d224, d232, d240), nor two accents (the recordings with two or more were in street and
  wind noise: d130, d151, d205, d214).
- d339, a handbag taken from under a table at a tea dance in a village hall, the band playing
  (music, 0 dB, 73 s): five voices, the owner answering in a word or two (``replies``, three
  answers, 0.96-1.47 s) while her friend tells it, the wearer over the friend (1.40 s), the
  hall's caretaker in espeak's Greenlandic voice (``kl+m4``) over the wearer (1.27 s), and
  control's one line on the radio (band-limited). The one voice in music noise that answered in
  a word or two before was a man's (d264), and the music recordings at 2 dB or under had three
  voices (d121, d131, d186).
- d340, a drone over the pens at a sheepdog trial, the dogs barking (dog, 14 dB, 68 s): the
  wearer in espeak's Quechua voice (``qu+f3``), the trial's course director, the man flying it,
  and his son answering in a word or two on flite ``rms`` (``replies``, 0.85 s and 0.98 s); the
  wearer over the course director (1.18 s). No dog recording before had an accented wearer
  (d142, d218, d293, d308, d313 and d330 were in music, street, wind, siren and car noise), nor
  a flite voice answering in a word or two.

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH41: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d333",
        "fresh41",
        (
            # A van reversing out of a loading bay into an old man's mobility scooter on a high
            # street: the man, the van's driver shouting his answers in a word or two, and control
            # on the radio.
            # The wearer.
            _espeak(
                "officer",
                "en-us-nyc+f2",
                0,
                wearer=True,
                rate=151,
                pitch=61,
                lines=(
                    "Don't get up, sir. Are you hurt?",
                    "Driver, stay by your van. Did anybody see it?",
                    "Sir, is this van your own?",
                    "Then I'll have your phone and your keys, please.",
                ),
            ),
            # The scooter's rider.
            _espeak(
                "witness",
                "en-gb-x-rp+m1",
                -6,
                rate=137,
                pitch=29,
                lines=(
                    "It's my wrist. He backed into my scooter outside the bakery.",
                    "The girl from the bakery. She ran out with a chair.",
                    "He was on his phone. I saw the screen light up.",
                ),
            ),
            # The van's driver, shouting his answers.
            _espeak(
                "civilian",
                "en-gb-x-gbclan+m6",
                -7,
                shout=True,
                rate=168,
                pitch=42,
                lines=("Never touched him!", "My boss's!"),
            ),
            # Control, on the radio.
            _flite(
                "dispatch",
                "rms",
                -10,
                radio=True,
                rate=111,
                lines=(
                    "Received. An ambulance is on its way to Mill Lane.",
                    "Police, that van belongs to a plumbing firm in Hatton.",
                ),
            ),
        ),
        40,
        "street",
        12,
        overlaps=1,
        replies=2,
        description="a van backed into a mobility scooter: its driver shouts a word or two",
    ),
    RecordingSpec(
        "d334",
        "fresh41",
        (
            # A beach hut broken into on a windy promenade in winter: its owner's account, the
            # wearer only acknowledging, and the next hut's owner's one line.
            # The wearer, acknowledging.
            _espeak(
                "officer",
                "en-gb-x-rp+m2",
                0,
                wearer=True,
                rate=144,
                pitch=40,
                lines=(
                    "Morning. Which hut?",
                    "Noticed it when?",
                    "Carry on, madam.",
                    "Cut clean, right.",
                    "Still warm?",
                    "Anything missing?",
                    "That's hard.",
                    "Burnt in, yes.",
                    "Understood, madam.",
                    "Every evening?",
                    "Six o'clock. Noted.",
                ),
            ),
            # The hut's owner.
            _flite(
                "civilian",
                "slt",
                -6,
                rate=89,
                lines=(
                    "Number forty, the blue one with the white door. Somebody has cut the padlock "
                    "off.",
                    "This morning. I come down after every storm to check the shutters haven't "
                    "blown in.",
                    "The door was pulled to, but the lock was lying on the sand, cut clean "
                    "through.",
                    "Inside there's a sleeping bag on the bench and a little camping stove, and "
                    "it was still warm.",
                    "Warm to the touch. Somebody's been living in there, a week or more, by the "
                    "look of it.",
                    "My husband's fishing rods. He died in March. They were the only things of his "
                    "I kept down here.",
                    "Three rods and his old tackle box, with his initials burnt into the lid.",
                    "I'm not angry about the sleeping. It's bitter out here at night. I'd just "
                    "like the rods back.",
                    "The man at the cafe says a lad with a rucksack buys chips there every "
                    "evening.",
                    "About six, when it gets dark. He sits on the sea wall with them, on his own.",
                    "Shall I leave everything just as it is, so you can take fingerprints?",
                ),
            ),
            # The next hut's owner: espeak's Azerbaijani voice reading English, his one line.
            _espeak(
                "bystander",
                "az+m5",
                -11,
                rate=132,
                pitch=31,
                lines=("Mine too. The green one.",),
            ),
        ),
        80,
        "wind",
        20,
        short_line=2,
        replies=0,
        description="a beach hut broken into in the wind: the wearer only acknowledging",
    ),
    RecordingSpec(
        "d335",
        "fresh41",
        (
            # A deer stalker's pickup stopped on a forestry track at dawn, its engine running for
            # the heater, after campers heard a shot: the stalker, his paying guest beside him
            # and the camper who rang, at the window, in slow, careful turns over a rifle.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbclan+f2",
                0,
                wearer=True,
                rate=156,
                pitch=66,
                lines=(
                    "The engine can stay on for the heater. Is there a rifle in this vehicle?",
                    "Sir, I'll need to see your firearm certificate before anything else.",
                    "Thank you. Where exactly was the deer when it was shot?",
                    "Sound carries in a valley, sir. Did anyone see a rifle pointed at the tents?",
                    "Then we'll walk up together, and you can see the spot for yourself, sir.",
                ),
            ),
            # The stalker.
            _espeak(
                "civilian",
                "en-gb-scotland+m7",
                -6,
                rate=153,
                pitch=36,
                lines=(
                    "There is. It's in its slip behind the seats, unloaded, and the bolt's in my "
                    "pocket.",
                    "Here. And the landowner's letter for this block, signed in August.",
                    "The tents are a mile off, behind the spruce. You can't see them from the "
                    "ridge.",
                ),
            ),
            # The camper who rang, at the window.
            _espeak(
                "witness",
                "en-gb-x-rp+m5",
                -9,
                rate=166,
                pitch=47,
                lines=(
                    "They fired a shot right over the campsite. My kids were asleep in the tent.",
                    "From where we were lying, it sounded like it was right on top of us.",
                ),
            ),
            # The stalker's paying guest, beside him.
            _espeak(
                "bystander",
                "en-us+f1",
                -7,
                rate=168,
                pitch=60,
                lines=(
                    "It wasn't over anything. The stag was on the ridge, with the bank behind it.",
                    "I'll show you on the map. The beast is still lying up there.",
                ),
            ),
        ),
        78,
        "car",
        8,
        gaps=(1.0, 2.6),
        description="a stalker's pickup stopped after a shot near tents: slow, careful turns",
    ),
    RecordingSpec(
        "d336",
        "fresh41",
        (
            # A bin lorry stopped in the rain with a cat inside: her owner, the driver, a
            # neighbour's one shouted line and, after a wait, control on the radio.
            # The wearer.
            _espeak(
                "officer",
                "en-029+m2",
                0,
                wearer=True,
                rate=153,
                pitch=45,
                lines=(
                    "Stop the lorry! Driver, engine off, please!",
                    "Right. Can the back open without crushing anything?",
                    "Control, can the council send someone to open a bin lorry?",
                    "Twenty minutes. Madam, stand under the shop awning.",
                    "Thanks, control. Sir, open the side hatch, slowly.",
                    "Keep hold of her, madam. Sir, stand your depot down.",
                ),
            ),
            # The cat's owner.
            _espeak(
                "civilian",
                "en-us+f4",
                -6,
                rate=166,
                pitch=72,
                lines=(
                    "My cat's in that lorry! She sleeps in our bin when it rains!",
                    "Biscuit! Oh, come here, you daft thing!",
                ),
            ),
            # The lorry's driver.
            _espeak(
                "witness",
                "en-gb-x-gbcwmd+m8",
                -7,
                rate=149,
                pitch=31,
                lines=(
                    "We don't look inside every bin, madam. We'd be out till midnight.",
                    "The blade's stopped. But nobody's climbing in there.",
                    "I can hear something in there. Scratching, by the hatch.",
                    "There she is! A tabby, soaking wet, on a pizza box.",
                    "Nobody's ever had a cat in my lorry before.",
                ),
            ),
            # A neighbour at her door: her one line, shouted.
            _espeak(
                "bystander",
                "en+f3",
                -12,
                shout=True,
                rate=158,
                pitch=63,
                lines=("I saw her climb in at seven!",),
            ),
            # Control, on the radio, first heard after a wait.
            _espeak(
                "dispatch",
                "en-gb-scotland+f5",
                -9,
                radio=True,
                rate=170,
                pitch=52,
                lines=(
                    "Police, the depot's sending a supervisor. Twenty minutes.",
                    "Police, and the animal rescue van is on its way too.",
                ),
            ),
        ),
        77,
        "rain",
        5,
        overlaps=1,
        short_line=3,
        late_voice=4,
        description="a cat in a bin lorry in the rain: control first heard late on the radio",
    ),
    RecordingSpec(
        "d337",
        "fresh41",
        (
            # The flood siren at a riverside caravan park: a man who won't leave his caravan,
            # his wife's one line from inside it, and the park warden, who comes along the row
            # after a wait.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-rp+f3",
                0,
                wearer=True,
                rate=162,
                pitch=59,
                lines=(
                    "Sir, that's the flood siren. Everyone on this row has to leave now.",
                    "It's past the footpath already, sir. It's round your steps.",
                    "Sir, it's the water they're worried about, not the insurance.",
                    "Two minutes, sir. Then we're walking to the car park, all of us.",
                    "It doesn't end, sir. You'll be back when the water goes down.",
                ),
            ),
            # The caravan's owner.
            _espeak(
                "civilian",
                "en-gb-x-gbclan+m7",
                -6,
                rate=139,
                pitch=35,
                lines=(
                    "I've had this caravan twenty six years. The river's never come past the "
                    "footpath.",
                    "Then take the car, love. I'm staying. The insurance won't pay if it floats "
                    "off.",
                    "I'll sit on the roof if I have to. I've got a torch and a flask.",
                    "Ken, tell her. You said last winter these pitches would never flood.",
                    "Alright, alright. Let me get my coat and the photo albums.",
                    "Twenty six summers, and it ends with a cup of tea in a church hall.",
                ),
            ),
            # His wife, inside the caravan: her one line, through its door.
            _espeak(
                "bystander",
                "en-us-nyc+f5",
                -9,
                muffled=True,
                rate=149,
                pitch=67,
                lines=("Ray, I've got your tablets!",),
            ),
            # The park's warden, first heard after a wait.
            _flite(
                "witness",
                "awb",
                -8,
                rate=92,
                lines=(
                    "Officer! I'm the park warden. The bank's gone at the top field.",
                    "I said that before they built the new estate upstream, Ray.",
                    "The council's opened the church hall. There's tea and camp beds.",
                ),
            ),
        ),
        78,
        "siren",
        6,
        overlaps=1,
        short_line=2,
        late_voice=3,
        description="a flood siren at a caravan park: a wife's one line, the warden late",
    ),
    RecordingSpec(
        "d338",
        "fresh41",
        (
            # A queue outside a sports shop at dawn for a trainer release: a man who took a
            # place, the shop's guard, and the woman whose place it was, back after a wait.
            # The wearer.
            _espeak(
                "officer",
                "en-us+m6",
                0,
                wearer=True,
                rate=160,
                pitch=48,
                lines=(
                    "Morning. Who called us? What's the trouble with the queue?",
                    "And where's the lady who was at number four?",
                    "Right. Nobody moves until she's back, sir. That's her chair you're on.",
                    "Madam, the guard says you were fourth. Since when?",
                    "Show me, please. Sir, have you got anything like that?",
                    "Sir, it's her place. The back of the queue is by the bus stop.",
                    "Then you'd better get walking, sir, before it's four hundred.",
                    "That's your choice, sir. Madam, your chair.",
                ),
            ),
            # The man who took her place: espeak's Aragonese voice reading English.
            _espeak(
                "civilian",
                "an+m3",
                -6,
                rate=171,
                pitch=37,
                lines=(
                    "I was here at midnight. I went for a coffee, and now I am not in the queue.",
                    "By the bus stop? There are three hundred people there!",
                    "This is not fair. I will never buy a thing in this shop again.",
                ),
            ),
            # The woman whose place it was: espeak's Guarani voice reading English, first heard
            # after a wait.
            _espeak(
                "bystander",
                "gn+f2",
                -7,
                rate=150,
                pitch=64,
                lines=(
                    "Excuse me! That is my chair, and that is my blanket on it!",
                    "Since ten last night. I have a photo of the queue, with the time.",
                    "Here. A man in a red hat, and he is not in it anywhere.",
                ),
            ),
            # The shop's guard.
            _flite(
                "witness",
                "kal16",
                -9,
                rate=114,
                lines=(
                    "I did. That gentleman walked straight in at number four when the lady went "
                    "off.",
                    "Gone to the station for the toilets. She left her folding chair and her "
                    "flask.",
                ),
            ),
        ),
        80,
        "crowd",
        10,
        overlaps=2,
        late_voice=2,
        description="a place taken in a queue for trainers: the woman back late, accented",
    ),
    RecordingSpec(
        "d339",
        "fresh41",
        (
            # A handbag taken from under a table at a tea dance in a village hall, the band
            # playing: her friend tells it, she answers in a word or two, the caretaker has the
            # cameras, and control on the radio.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-scotland+m8",
                0,
                wearer=True,
                rate=146,
                pitch=44,
                lines=(
                    "Afternoon. Somebody rang about a handbag taken from the hall?",
                    "Madam, ring your bank now and stop the card. Sir, what does he look like?",
                    "Is he still in the building?",
                    "Thank you. Madam, were your keys in the bag?",
                    "Your house keys? Is there anything with your address on it?",
                    "Then we'll get your locks changed tonight. Control, I'm going to Brook Road.",
                ),
            ),
            # Her friend.
            _espeak(
                "civilian",
                "en-gb-x-gbcwmd+f3",
                -6,
                rate=174,
                pitch=68,
                lines=(
                    "Her handbag. We were up for the foxtrot, and it was under our table. Now it's "
                    "gone.",
                    "That's her card! That's Joan's! They're using it already!",
                ),
            ),
            # The bag's owner, answering in a word or two.
            _espeak(
                "witness",
                "en-029+f4",
                -8,
                rate=141,
                pitch=57,
                lines=("Brown leather.", "Keys. Purse.", "Doctor's letter."),
            ),
            # The hall's caretaker: espeak's Greenlandic voice reading English.
            _espeak(
                "bystander",
                "kl+m4",
                -7,
                rate=155,
                pitch=33,
                lines=(
                    "I have the camera over the hall on my screen in the kitchen. I saw a man take "
                    "it.",
                    "A tall man in a grey hoodie and a cap. He came in alone and he never danced.",
                    "No. The camera at the door has him going out at twenty past eight with a "
                    "brown bag.",
                    "I can put the film on a memory stick for you while you talk.",
                ),
            ),
            # Control, on the radio.
            _espeak(
                "dispatch",
                "en-us+m7",
                -10,
                radio=True,
                rate=167,
                pitch=40,
                lines=(
                    "Police, a bank card in the name of Joan Pike has just been used at the "
                    "petrol station on Brook Road.",
                ),
            ),
        ),
        73,
        "music",
        0,
        overlaps=2,
        replies=2,
        description="a handbag taken at a tea dance: its owner answers in a word or two",
    ),
    RecordingSpec(
        "d340",
        "fresh41",
        (
            # A drone over the pens at a sheepdog trial, the dogs barking: the trial's course
            # director, the man flying it and his son, who answers in a word or two.
            # The wearer: espeak's Quechua voice reading English.
            _espeak(
                "officer",
                "qu+f3",
                0,
                wearer=True,
                rate=148,
                pitch=62,
                lines=(
                    "Whose drone is that, hanging over the sheep pens?",
                    "Sir, bring it down now, please, and switch it off.",
                    "Sir, a drone over animals and people needs permission. Have you got a "
                    "licence for it?",
                    "I understand. Is the dog hurt?",
                    "Sir, I need your name, and I'd like to see the film on the controller.",
                    "Young man, did your dad fly it over the pens?",
                ),
            ),
            # The trial's course director.
            _espeak(
                "witness",
                "en-gb-scotland+m6",
                -6,
                rate=159,
                pitch=37,
                lines=(
                    "Officer, it's scattered the last five sheep twice. We've had to stop the "
                    "trial.",
                    "This is a working farm. The farmer said no drones when he lent us the field.",
                    "And the sheep went through a hedge onto the lane. One dog was nearly under a "
                    "tractor.",
                    "No, thank God. But the handler came a long way for a run like that.",
                ),
            ),
            # The man flying it.
            _espeak(
                "civilian",
                "en-us-nyc+m3",
                -7,
                rate=165,
                pitch=44,
                lines=(
                    "I'm only filming the dogs. I'm nowhere near the sheep.",
                    "It's coming down. But there's no sign saying I can't fly here.",
                    "Fine. It's all on there. You'll see I kept it high.",
                ),
            ),
            # His son, answering in a word or two.
            _flite(
                "bystander",
                "rms",
                -9,
                rate=115,
                lines=("My dad's.", "Only twice."),
            ),
        ),
        68,
        "dog",
        14,
        overlaps=1,
        replies=3,
        description="a drone over a sheepdog trial's pens: a wearer with a Quechua accent",
    ),
)
