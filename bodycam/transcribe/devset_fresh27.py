"""The development set's fresh27 half (d221-d228): eight recordings written blind to the diarizer.

Written in session 30, after the fresh to fresh26 halves had been written, by someone who had
not read the diarizer nor the transcriber nor seen their scores. Like fresh21 to fresh26, every
speaker says lines written for the scene (``Voice.lines``), in the order the seed gives the
turns (``devset.turn_plan``); every line is said and the reference STM is the script. Every
recording keeps to 2-5 people, each on a voice of their own (no two on one espeak variant),
everyone but the wearer 5-15 dB under the wearer, and a woman in every scene; every espeak voice
has a rate and a pitch of its own and every flite voice its pace, and every recording is 76-88 s
long (fresh26's were 84-90 s). It brings seven accents new to the set, espeak's Malay, Bosnian,
Scottish Gaelic, Oromo, Azerbaijani, Setswana and Luxembourgish voices reading English (each
reads every word of its lines by its own letter rules, as checked with ``espeak-ng -x``; none
spells a word out), each of the eight noises once, and numbers only in words. Half of it is
ordinary on purpose (d221, d223, d225, d226: 9-17 dB, 2-4 people, a line or two talked over
at most); what each asks for is what the build realises (read from the reference RTTM below).
The module is long because it is data: eight recordings' scene lines, one spec each, kept
together as one half like every other half's module.

- d221, a spaniel shut in a car in a supermarket car park on a hot afternoon (street, 15 dB):
  the wearer's partner in espeak's Malay voice (``ms+m1``), the first officer beside the wearer
  with an accent (d207's control, on the radio, was the one other officer with one); the owner
  first heard after an 8.0 s silence, once the tannoy has called him; the shopper over the
  partner (0.80 s).
- d222, a touchline fight at a children's football match (crowd, 5 dB): the boy's father held
  back across the pitch, shouting in espeak's Bosnian voice (``bs+m5``) at -15 dB, where no
  voice with an accent before was more than 13 dB under the wearer (d215); the referee over
  him (0.69 s), the coach over the referee (0.72 s) and the wearer over the coach (1.40 s).
- d223, a courier fraud at a bank counter with the branch's music low (music, 17 dB): an old
  man in espeak's Scottish Gaelic voice (``gd+m7``) at 116 words a minute, where no voice with
  an accent before was slower than 136, the cashier who rang, and the fraudster still on the
  old man's phone on speaker (band-limited); nobody talked over.
- d224, a man on the railway line at night in a gale (wind, 3 dB): the wearer and his partner
  walking the track, control on the radio, and the man under a bridge first heard after a 7.5 s
  silence and answering in a word or two in espeak's Oromo voice (``om+m4``), where the late
  voices that answered in words before (d103, d177) had no accent; three 7.5-10.0 s silences.
- d225, a fuel drive-off at a petrol station (car, 12 dB): the wearer and the cashier alone,
  the cashier in espeak's Azerbaijani voice (``az+m3``) at 198 words a minute, where no voice
  with an accent before was faster than 182; the wearer over him once (1.17 s).
- d226, a boy's bike stolen outside a leisure centre in the rain (rain, 9 dB): a mother and her
  son of ten in espeak's Setswana voice (``tn+f2`` at pitch 60, ``tn+m3`` at pitch 84), where no
  voice with an accent before was pitched over 70; the partner's one line over the mother
  (1.29 s) and the wearer over her (1.23 s).
- d227, a stolen car followed on its tracker's app from the patrol car (siren, 6 dB): the owner
  on the wearer's phone on speaker (band-limited) and 0-0.15 s between all 28 turns, where no
  scene with turns that tight was in siren noise and one (d112, in music) had a band-limited
  voice.
- d228, a puppy sale in a lay-by, the seller's van of crated dogs barking (dog, 10 dB): five
  voices with a buyer in espeak's Luxembourgish voice (``lb+m6``), where the one scene of five
  in dog noise before (d193) had no accent; a 10.0 s silence while the partner scans the dogs
  for chips, the buyer's wife over the partner (0.83 s) and the wearer over him (0.60 s).

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH27: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d221",
        "fresh27",
        (
            # A supermarket car park on a hot afternoon: a dog shut in a car, the shopper who
            # rang, the wearer's partner with a Malay accent, and the owner back late.
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+f4",
                0,
                wearer=True,
                rate=152,
                pitch=58,
                lines=(
                    "Afternoon. You rang about a dog in a car? Which car is it?",
                    "We can if we have to. Amir, get the store to call the owner over the tannoy.",
                    "Sir, is this your car? Your dog's been in there forty minutes in this heat.",
                    "Open it up now, please, sir. Get him out and into the shade.",
                    "Thank you. Sir, what's the dog's name, and how old is he?",
                    "He's drinking, that's good. But he needs a vet today, sir.",
                ),
            ),
            # The wearer's partner: espeak's Malay voice reading English.
            _espeak(
                "partner",
                "ms+m1",
                -6,
                rate=160,
                pitch=40,
                lines=(
                    "The windows are shut, Sarge. The dog is panting hard. No water in there.",
                    "Yes, Sarge. Security is calling it now, at the customer desk.",
                    "I have water in the van, Sarge. I will fetch the bowl.",
                ),
            ),
            _espeak(
                "civilian",
                "en-gb-x-gbclan+f3",
                -8,
                rate=170,
                pitch=70,
                lines=(
                    "This black estate. The spaniel's been in there since I parked, forty minutes.",
                    "It was barking at first. Now it just lies there. Can't you break the window?",
                    "Forty minutes. I've stood here watching him the whole time.",
                ),
            ),
            # The owner, back from the tills after the tannoy: first heard after a long silence.
            _flite(
                "bystander",
                "rms",
                -7,
                rate=94,
                lines=(
                    "That's my car! What are you doing round my car?",
                    "I was only meant to be ten minutes. The queue was massive.",
                    "Bailey. He's eight. He's all right, look, he's getting up.",
                ),
            ),
        ),
        82,
        "street",
        15,
        overlaps=1,
        late_voice=3,
        description="a dog shut in a car at a supermarket: a partner with a Malay accent",
    ),
    RecordingSpec(
        "d222",
        "fresh27",
        (
            # A children's football match at half time, the parents on the touchline behind: a
            # coach punched, the referee, and the boy's father shouting from across the pitch.
            _espeak(
                "officer",
                "en-gb-x-rp+m6",
                0,
                wearer=True,
                rate=162,
                pitch=42,
                lines=(
                    "Right, who's the referee here? And who got hurt?",
                    "One at a time, please. Gary, go on, from the start.",
                    "Did he hit you? Where?",
                    "Sir! Stay over there with those parents! I'll come to you!",
                    "I will ask everybody. Gary, did anybody film it?",
                    "Donna, what did you see?",
                    "Sir, I heard you. Stay where you are, please.",
                    "Donna, is the boy hurt at all?",
                ),
            ),
            _flite(
                "civilian",
                "awb",
                -7,
                rate=100,
                lines=(
                    "Me. Gary Nolan, I coach the home side. That man punched me.",
                    "I never grabbed him! I walked him off the pitch after he kicked our keeper!",
                    "His lad went in late on our keeper. I took him by the arm. His dad ran on "
                    "and swung at me.",
                    "On the side of my head. Here. In front of all the kids.",
                    "Half the parents film every game. Ask them.",
                    "And I've got a lump the size of an egg.",
                    "Good. That man wants banning from every pitch.",
                ),
            ),
            # The referee.
            _espeak(
                "witness",
                "en-029+f4",
                -9,
                rate=172,
                pitch=64,
                lines=(
                    "I'm the referee, Donna Reid. I stopped the game for this.",
                    "I saw the tackle, then Gary holding the boy by the shirt. Then one punch.",
                    "No, he's with his mum by the car park. He was crying, but he's fine.",
                    "The league will want my report tonight. Both clubs could be in trouble.",
                ),
            ),
            # The boy's father, held back by other parents across the pitch and shouting: espeak's
            # Bosnian voice reading English, 15 dB under the wearer.
            _espeak(
                "bystander",
                "bs+m5",
                -15,
                shout=True,
                rate=148,
                pitch=34,
                lines=(
                    "He grabbed my son! He grabbed my boy by the shirt!",
                    "He is lying! Ask anybody! He put his hands on my son!",
                    "Only because he grabbed him! Any father would do the same!",
                    "Ten years old! My son is ten years old!",
                ),
            ),
        ),
        86,
        "crowd",
        5,
        overlaps=3,
        description="a touchline fight: a shouting Bosnian father 15 dB under the wearer",
    ),
    RecordingSpec(
        "d223",
        "fresh27",
        (
            # A bank branch, its music low: an old man withdrawing cash for a courier, the
            # cashier who rang, and the fraudster still on the old man's phone on speaker.
            _espeak(
                "officer",
                "en-gb-x-gbclan+m4",
                0,
                wearer=True,
                rate=150,
                pitch=40,
                lines=(
                    "Mr Macleod? I'm Constable Grant. The bank asked me for a word. Is that him?",
                    "Mr Macleod, put the phone on the counter for me. Let me talk to him.",
                    "Sir, on the phone. I'm a police officer. What's your name and your station?",
                    "Then give me your warrant number, and I'll ring Scotland Yard myself.",
                    "Mr Macleod, the real police never ask you for cash. Never. This man is a "
                    "thief.",
                    "At four. Then I'll be at the house, not him.",
                ),
            ),
            # The old man: espeak's Scottish Gaelic voice reading English, slow.
            _espeak(
                "civilian",
                "gd+m7",
                -6,
                rate=116,
                pitch=22,
                lines=(
                    "Yes. He says he is from the police in London. My money is not safe here.",
                    "He told me the girl at the counter is working with the robbers.",
                ),
            ),
            _flite(
                "witness",
                "slt",
                -8,
                rate=98,
                lines=(
                    "He wanted eight thousand pounds in cash. I said I'd have to ask my manager.",
                    "I've worked here twelve years, Mr Macleod. I knew your wife.",
                    "He's gone quiet.",
                    "Mr Macleod, please don't go. Sit down here, I'll get you a cup of tea.",
                    "He rang three times yesterday. A courier was coming to the house at four.",
                ),
            ),
            # The fraudster on the old man's mobile, on speaker: band-limited.
            _flite(
                "bystander",
                "rms",
                -10,
                radio=True,
                rate=90,
                lines=(
                    "Mister Macleod, is somebody with you? You must not talk to anyone there.",
                    "Detective Sergeant Collins, Scotland Yard. This is a secret operation.",
                    "You're obstructing a police investigation. Mister Macleod, leave the bank.",
                ),
            ),
        ),
        84,
        "music",
        17,
        description="a bank courier fraud: a slow old man with a Gaelic accent, the caller",
    ),
    RecordingSpec(
        "d224",
        "fresh27",
        (
            # A railway line at night in a gale: the wearer and his partner walking the track,
            # control on the radio, and a man found sitting under a bridge, answering in words.
            _flite(
                "officer",
                "kal16",
                0,
                wearer=True,
                rate=100,
                lines=(
                    "Control, we're on the track side now, walking north from the level crossing.",
                    "Thanks. Hello! Police! Can you hear me?",
                    "Hello! Police! We're here to help you! Shout if you can hear us!",
                    "Sir, stay where you are. We're coming to you. Are you hurt?",
                    "Found him, Control. Under the bridge, sitting down, talking. Stand by.",
                    "Good. Can you stand up for me?",
                    "Thanks, Jen. We'll walk him back to the crossing.",
                ),
            ),
            _espeak(
                "partner",
                "en-gb-scotland+f2",
                -6,
                rate=168,
                pitch=62,
                lines=(
                    "Torch is on. Nothing yet. The fence is down here, look.",
                    "There! Under the bridge, by the wall. A man sitting down.",
                    "He's shivering, Sarge. I'll give him my coat.",
                    "Come on, up you get. Mind the rail.",
                ),
            ),
            # Control on the radio, relaying the signaller.
            _espeak(
                "dispatch",
                "en-us-nyc+m3",
                -9,
                radio=True,
                rate=150,
                pitch=44,
                lines=(
                    "Received. Signaller confirms all trains are stopped. The driver saw him "
                    "near the old signal box.",
                    "Eight minutes since the sighting. Line blocked both ways.",
                    "Control to all units, any update on the male on the line?",
                ),
            ),
            # The man under the bridge, first heard after a long silence, answering in a word or
            # two: espeak's Oromo voice reading English.
            _espeak(
                "civilian",
                "om+m4",
                -8,
                rate=140,
                pitch=30,
                lines=(
                    "Here.",
                    "Not hurt.",
                ),
            ),
        ),
        88,
        "wind",
        3,
        long_silences=2,
        late_voice=3,
        replies=3,
        description="a man on the railway line in a gale: late, in words, with an Oromo accent",
    ),
    RecordingSpec(
        "d225",
        "fresh27",
        (
            # A petrol station's forecourt, engines idling at the pumps: a drive-off, the
            # cashier talking fast.
            _flite(
                "officer",
                "slt",
                0,
                wearer=True,
                rate=102,
                lines=(
                    "Hello. You rang about a drive off? I'm Constable Evans.",
                    "What time was this?",
                    "Did you get the registration?",
                    "Thank you. And the driver, a man or a woman?",
                    "Which way did they go?",
                    "Has that car been in before?",
                    "Did he pay that time?",
                    "Can I see the camera footage, please?",
                    "Can you copy it for me onto a memory stick?",
                    "One hour? Okay. Anything else?",
                ),
            ),
            # The cashier: espeak's Azerbaijani voice reading English, fast.
            _espeak(
                "civilian",
                "az+m3",
                -6,
                rate=198,
                pitch=42,
                lines=(
                    "Yes, yes. The silver car, pump seven. He filled up and he went. Sixty four "
                    "pounds twenty.",
                    "Ten past two. Twenty minutes ago. He did not even look at the shop.",
                    "Yes, I wrote it here on the paper. Four letters and three numbers.",
                    "A man, young, maybe thirty. Black cap, grey tracksuit. Another man in the "
                    "car.",
                    "Right, out onto the main road, to the motorway. Very fast.",
                    "Yes! Last week, on Tuesday. Same car, same cap. Pump three that time.",
                    "He paid on Tuesday, forty pounds, cash. I remember because he was rude.",
                    "Yes, of course. In the office. The computer is very old, but it works.",
                    "I will try. Last time it took one hour to copy.",
                    "The plates looked new. Too clean.",
                ),
            ),
        ),
        76,
        "car",
        12,
        overlaps=1,
        description="a fuel drive-off: a cashier with an Azerbaijani accent talking fast",
    ),
    RecordingSpec(
        "d226",
        "fresh27",
        (
            # Outside a leisure centre in the rain: a boy's bike stolen while he was at his
            # swimming lesson, his mother and him in espeak's Setswana voice.
            _espeak(
                "officer",
                "en-029+m5",
                0,
                wearer=True,
                rate=156,
                pitch=46,
                lines=(
                    "Hello. Was it you who rang about the bike?",
                    "Good spot. When did you go in for swimming?",
                    "So between four and five. What make of bike was it?",
                    "Have you got a photo of it, or the frame number?",
                    "A lion sticker. That helps. How old are you, young man?",
                    "I can't promise, but we'll look at the camera tonight.",
                    "Thank you. Can you send them to me? I'll give you my email.",
                    "Two big boys. That's useful, Kagiso. The camera will show them.",
                ),
            ),
            # The mother and her son of ten: espeak's Setswana voice reading English.
            _espeak(
                "civilian",
                "tn+f2",
                -6,
                rate=148,
                pitch=60,
                lines=(
                    "We came out of swimming and the lock was cut. It is lying there, look.",
                    "At four o'clock. The lesson is one hour. We came out ten minutes ago.",
                    "A red Carrera. His birthday present, from his grandmother.",
                    "Here is the photo. And this one is the receipt, two hundred pounds.",
                    "Yes. Naledi Molefe. I will send them tonight.",
                ),
            ),
            _espeak(
                "bystander",
                "tn+m3",
                -8,
                rate=176,
                pitch=84,
                lines=(
                    "It was mine. It was red, with a black seat. I locked it right here.",
                    "Mum has a photo on her phone. It has a lion sticker on the bar.",
                    "Ten. I am ten. Will I get it back?",
                    "I saw two big boys by the door when we went in.",
                ),
            ),
            # The partner's one line.
            _flite(
                "partner",
                "awb",
                -7,
                rate=104,
                lines=("There's a camera over the door, Sarge.",),
            ),
        ),
        84,
        "rain",
        9,
        overlaps=2,
        short_line=3,
        description="a boy's bike stolen in the rain: a mother and son with a Setswana accent",
    ),
    RecordingSpec(
        "d227",
        "fresh27",
        (
            # In the patrol car, siren on: the owner of a stolen car following its tracker on
            # an app, on the wearer's phone on speaker, with no room between turns.
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+m2",
                0,
                wearer=True,
                rate=172,
                pitch=44,
                lines=(
                    "Mr Shah, you're on speaker. Where's the car now?",
                    "Mill Lane. Left at the lights.",
                    "Control, stolen Audi now on Canal Street, we're two minutes behind.",
                    "Mr Shah, stay on the line, but don't go there yourself.",
                    "We're not waiting. Pull in across the shutter.",
                    "Mr Shah, stay on the line. We're going in.",
                    "Police! Stay where you are! Both of you, on the floor!",
                    "Control, two males detained at unit fourteen. Car recovered.",
                ),
            ),
            _espeak(
                "partner",
                "en-us+f1",
                -5,
                rate=182,
                pitch=70,
                lines=(
                    "Siren's on. Ring road, heading east.",
                    "Industrial estate. That's a dead end at the far side.",
                    "Turning in now. Siren off.",
                    "Unit fourteen on the left. Shutter's half up.",
                    "There's a light on inside. I can see the Audi.",
                    "Back-up's one minute out, Sarge.",
                    "Two males, Sarge. One's going out the back!",
                    "Got him! Sarge, he's down by the bins.",
                    "Engine's still warm. Keys in it.",
                ),
            ),
            # The owner on the phone, on speaker: band-limited.
            _flite(
                "civilian",
                "kal16",
                -8,
                radio=True,
                rate=96,
                lines=(
                    "The app says Mill Lane, by the retail park. It's moving fast.",
                    "Now it's stopped. No, it's moving again. It's turning into Canal Street.",
                    "It's gone past the old mill, towards the industrial estate.",
                    "It's stopped again. Unit fourteen, the map says. It's not moving.",
                    "I'm at home, I'm not going anywhere. It's still at unit fourteen.",
                    "It's still there. The little car on the map hasn't moved.",
                    "Can you see it? Is it there?",
                    "That's my car! Is it damaged?",
                    "Please be careful. They might have knives.",
                    "I'm here. I'm not going anywhere.",
                    "What's happening? Hello?",
                ),
            ),
        ),
        86,
        "siren",
        6,
        gaps=(0.0, 0.15),
        description="a stolen car's tracker read out on a phone on speaker, siren on",
    ),
    RecordingSpec(
        "d228",
        "fresh27",
        (
            # A lay-by off a country road: a couple who came to buy a puppy, the seller and his
            # van of crated dogs barking.
            _espeak(
                "officer",
                "en-gb-x-rp+f1",
                0,
                wearer=True,
                rate=148,
                pitch=56,
                lines=(
                    "Afternoon. Who rang us? What's going on here?",
                    "Let me see. Yes, it says nine hundred. Sir, are these your dogs?",
                    "None of them? Sir, where did these puppies come from?",
                    "Sir, is that true? Where were they born?",
                    "Whose farm, sir? I want a name and an address.",
                ),
            ),
            _espeak(
                "partner",
                "en-us+m4",
                -6,
                rate=164,
                pitch=38,
                lines=(
                    "Sarge, there are three more dogs in the back of his van. Crates, no water.",
                    "Sarge, none of these dogs is chipped. Not one of them.",
                    "And the one in the lady's arms. No chip either.",
                ),
            ),
            # The buyer: espeak's Luxembourgish voice reading English.
            _espeak(
                "civilian",
                "lb+m6",
                -7,
                rate=144,
                pitch=30,
                lines=(
                    "I rang. We paid this man nine hundred pounds for the puppy, and now he wants "
                    "more.",
                    "No. Nine hundred. Here is the message on my phone. Read it.",
                ),
            ),
            _espeak(
                "witness",
                "en-us-nyc+f3",
                -9,
                rate=176,
                pitch=68,
                lines=(
                    "He said on the phone the mother would be here. There's no mother, just "
                    "crates.",
                    "He said they were from his own litter. Raised in the kitchen.",
                    "The little one's shaking. Look at her.",
                    "We just wanted a dog for the kids.",
                ),
            ),
            # The seller.
            _flite(
                "bystander",
                "rms",
                -11,
                rate=96,
                lines=(
                    "The price was always twelve hundred. They knew that.",
                    "They're from a farm. I just drive them about.",
                    "A mate's farm. I don't know the address.",
                ),
            ),
        ),
        84,
        "dog",
        10,
        overlaps=2,
        long_silences=1,
        description="a puppy sale in a lay-by: five voices, a buyer with a Luxembourgish accent",
    ),
)
