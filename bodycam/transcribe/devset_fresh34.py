"""The development set's fresh34 half (d277-d284): eight recordings written blind to the diarizer.

Session 35 wrote it after the fresh to fresh33 halves, without reading the diarizer or the
transcriber or seeing a score of either. It keeps what fresh21 to fresh33 promised: every
speaker says lines written for the scene (``Voice.lines``), in the turn order the seed draws
(``devset.turn_plan``), and says all of them, so the reference STM is the script; a scene has
2-5 people, no two sharing a voice or an espeak variant, at least one of them a woman, everyone
but the camera wearer 5-15 dB under the wearer; each espeak voice has a rate and pitch of its
own and each flite voice a pace of its own (none the same as a voice of an earlier recording).
The recordings run 50-90 s, both ends used. Unlike the halves before it, it does not use every
noise once: as issue #14 asks of this half, it is mostly street (three), wind (two) and car
(two) noise, plus one other (rain), at 0-19 dB. No accent is new: the three here are espeak
voices heard in one recording each before, German (d130), Dutch (d171) and Portuguese (d218).
All four flite voices are used. Numbers are written as words. Every overlap and silence the
specs ask for is realised in the build (the figures below come from the reference RTTM). The
module is long because it is data: eight scenes' lines and their specs.

- d277, a cyclist knocked off by a car door opened into the cycle lane on a high street
  (street, 9 dB): the cyclist shouting, the driver in espeak's German voice (``de+m3``), a
  witness on flite ``rms``; the wearer over the driver twice (0.88 s and 1.16 s).
- d278, a girl of fourteen missing on moorland at night in a gale (wind, 4 dB): the wearer
  says six of the first seven lines alone, control's one line on the radio (flite ``slt``) the
  other; a 9.92 s silence before the girl (13 dB under) is first heard, after a 6.02 s one.
- d279, a boy of seven found alone at a bus station, driven home (car, 14 dB): his mother on
  the car's speakerphone, band-limited as a radio, 11 dB under; the boy on a high pitch
  (``en+f1``, 91); the wearer over the boy (1.36 s).
- d280, a cafe owner shouting at a busker (street, 17 dB): five voices in 65 s, the owner in
  espeak's Portuguese voice (``pt+m5``), a passer-by's one line on flite ``kal16`` 12 dB under;
  three lines talked over (0.61-0.83 s).
- d281, a man soaked in a bus shelter at night (rain, 11 dB): the wearer on flite ``awb``, the
  man 14 dB under, slow turns (0.6-1.8 s between lines) and two long silences (8.70 s and
  7.43 s).
- d282, a dog swept off a seafront wall in a gale (wind, 0 dB): the husband shouting from the
  beach 13 dB under, the coastguard on the radio; two lines talked over (0.94 s and 0.74 s).
- d283, a quiet night patrol in the car (car, 19 dB): the partner tells one long story, the
  wearer only acknowledges it (``replies``), with one 8.22 s silence.
- d284, a tourist's phone snatched by two men on a moped (street, 6 dB): she shouts after them
  in espeak's Dutch voice (``nl+f2``), control relays the camera room on the radio (flite
  ``awb``), a passer-by's one line; the wearer over her (1.01 s), 50 s in all.

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH34: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d277",
        "fresh34",
        (
            # A cyclist knocked off his bike by a car door opened into the cycle lane on a high
            # street: he shouts at the driver, who reads English in espeak's German voice; a
            # witness from the bus stop.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbclan+f3",
                0,
                wearer=True,
                rate=167,
                pitch=57,
                lines=(
                    "Police. Don't try to move him. Sir, can you hear me?",
                    "Sir, let him speak. Is this your car? Stay by it, please.",
                    "Thank you. Young man, what's your name? Does anything hurt?",
                    "Stay still for me, Callum. An ambulance is on its way.",
                    "Thank you. Can I take your name and number, sir?",
                    "Callum, we'll sort the bike out later. Keep that arm still.",
                    "The paramedics are here. Let them have a look at your shoulder.",
                ),
            ),
            # The cyclist, shouting.
            _espeak(
                "civilian",
                "en-gb-x-gbcwmd+m6",
                -6,
                shout=True,
                rate=171,
                pitch=37,
                lines=(
                    "You didn't look! You opened your door right in front of me!",
                    "Callum! My shoulder's killing me, and look at my bike!",
                    "The wheel's bent in half! That bike cost me a month's wages!",
                    "He's on his phone now! He's still on his phone!",
                    "Fine. I'll sit on the kerb. But he's paying for the wheel.",
                    "Okay. Thanks. Sorry for shouting.",
                ),
            ),
            # The driver: espeak's German voice reading English.
            _espeak(
                "partner",
                "de+m3",
                -8,
                rate=153,
                pitch=45,
                lines=(
                    "I am so sorry. I did not see him. I checked the mirror, I think.",
                    "He came very fast, on the inside, between a bus and my car.",
                    "Yes, it is my car. Here is my licence. The insurance is on my phone.",
                ),
            ),
            # A witness from the bus stop.
            _flite(
                "witness",
                "rms",
                -10,
                rate=97,
                lines=(
                    "I saw it from the bus stop. The car door opened and he went straight into it.",
                    "He wasn't going fast. He was in the cycle lane, where he should be.",
                    "Dave Lennox. I'll write my number on your pad, officer.",
                ),
            ),
        ),
        84,
        "street",
        9,
        overlaps=2,
        description="a cyclist knocked off by a car door on a high street: the cyclist shouting",
    ),
    RecordingSpec(
        "d278",
        "fresh34",
        (
            # A girl of fourteen missing on moorland at night in a gale: the wearer searches alone,
            # calling her name and talking to control, whose one line comes on the radio, until she
            # answers by the quarry fence after a long silence.
            # The wearer, alone on the moor.
            _espeak(
                "officer",
                "en-gb-x-rp+m8",
                0,
                wearer=True,
                rate=154,
                pitch=35,
                lines=(
                    "Control, I'm at the top car park on the moor. Heading up the main path now.",
                    "Control, can you get the helicopter up? It's pitch dark out here.",
                    "Ellie! Ellie, it's the police! Shout if you can hear me!",
                    "The path forks at the cairn. I'll take the left one, towards the quarry.",
                    "Footprints in the mud. Trainers, small ones, going to the quarry fence.",
                    "There's a phone on the grass by the fence. Ellie! Your mum sent me! "
                    "You're not in trouble!",
                    "Okay. I'll sit down here, a bit away from you. Is that all right?",
                    "Have my coat. Are you hurt anywhere?",
                    "Your phone's in my pocket. Your mum's in the car park. Nobody's cross with "
                    "you.",
                ),
            ),
            # Control, on the radio: its one line.
            _flite(
                "dispatch",
                "slt",
                -9,
                radio=True,
                rate=93,
                lines=("Received. The helicopter is grounded by the wind.",),
            ),
            # The girl, first heard after a long silence, quiet and far off.
            _espeak(
                "civilian",
                "en-us+f5",
                -13,
                rate=141,
                pitch=76,
                lines=(
                    "I'm here. Don't come any nearer. I just want to be on my own.",
                    "I don't know why I came up here. I just walked and walked. I'm so cold.",
                    "I fell over by the fence, that's all. I lost my phone.",
                    "Okay. I'll come down with you. Can you hold the torch for me?",
                ),
            ),
        ),
        89,
        "wind",
        4,
        short_line=1,
        long_silences=1,
        late_voice=2,
        description="a girl missing on a moor in a gale: the wearer searching alone, then her",
    ),
    RecordingSpec(
        "d279",
        "fresh34",
        (
            # A boy of seven found alone at the bus station, driven home in the patrol car: his
            # mother on the car's speakerphone (band-limited, as a radio).
            # The wearer, driving.
            _espeak(
                "officer",
                "en-us+f4",
                0,
                wearer=True,
                rate=173,
                pitch=64,
                lines=(
                    "Your mum's on the speaker now, buddy. Say hello to her.",
                    "He's fine, Mrs Okafor. A bus driver found him at the bus station, on his own.",
                    "We're on Station Road now. We'll be with you in ten minutes.",
                    "Sam, what's your address? Do you know it?",
                    "Lots of kids try it. He was very sensible, he told the driver his name.",
                    "Clever boy. Mrs Okafor, can you meet us at the front door?",
                    "Not today, buddy. Maybe when your class visits the station.",
                    "That's us. Sam, which house is yours?",
                ),
            ),
            # The boy, in the back.
            _espeak(
                "civilian",
                "en+f1",
                -7,
                rate=159,
                pitch=91,
                lines=(
                    "Hello Mummy. I'm in a police car!",
                    "I got on the wrong bus. It went to the station.",
                    "I wanted to go to Grandad's. I had my own money.",
                    "Number twelve, Elm Grove. It's got a red door and a cat.",
                    "Can I press the siren? Just once?",
                    "That one! With the red door! Mummy's outside!",
                ),
            ),
            # His mother, on the car's speakerphone.
            _espeak(
                "witness",
                "en-gb-x-gbcwmd+f2",
                -11,
                radio=True,
                rate=181,
                pitch=55,
                lines=(
                    "Sam! Oh thank God. Are you all right? Is he all right, officer?",
                    "He's seven! Sam, you stay with the lady, okay? Don't touch anything.",
                    "He's been saying he'll go to his grandad's on his own all week.",
                    "I'll wait outside. Thank you, officer. Thank you so much.",
                    "I'm outside now. I can see a police car at the end of the road.",
                    "Sam, I'm waving! Can you see me?",
                ),
            ),
        ),
        82,
        "car",
        14,
        overlaps=1,
        description="a boy of seven driven home, his mother on the car's speakerphone",
    ),
    RecordingSpec(
        "d280",
        "fresh34",
        (
            # A cafe owner shouting at a busker outside his cafe: the busker's permit, the
            # partner reading it, a passer-by's one line.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-scotland+m2",
                0,
                wearer=True,
                rate=162,
                pitch=43,
                lines=(
                    "Right, what's going on here? One at a time, please.",
                    "Sir, a permit means he can play here. The volume is another matter.",
                    "Does the permit say anything about amplifiers?",
                    "Turn it down by half and move ten yards up the street, please.",
                    "Sir, you leave him be if he does that. Agreed?",
                    "Good. Thank you both. Enjoy the rest of your day.",
                ),
            ),
            # The cafe owner, shouting: espeak's Portuguese voice reading English.
            _espeak(
                "civilian",
                "pt+m5",
                -6,
                shout=True,
                rate=166,
                pitch=49,
                lines=(
                    "Every day the same songs! Six hours, right outside my cafe!",
                    "Ten yards, okay! But not the same song every ten minutes!",
                ),
            ),
            # The busker.
            _espeak(
                "bystander",
                "en-us+m1",
                -9,
                rate=146,
                pitch=52,
                lines=(
                    "I've got a permit from the council, officer. It's on my case.",
                    "I'm allowed till six o'clock. I'm not breaking any law.",
                    "I'll turn it down. I didn't know it carried into his cafe.",
                    "It's only a small one, on a battery.",
                    "Deal. I'll learn some new songs, mate.",
                ),
            ),
            # A passer-by: his one line.
            _flite(
                "witness",
                "kal16",
                -12,
                rate=109,
                lines=("He's the best thing on this street!",),
            ),
            # The partner, reading the permit.
            _espeak(
                "partner",
                "en-029+f5",
                -8,
                rate=157,
                pitch=68,
                lines=(
                    "The permit's here, sarge. Council stamp, valid till the end of the month.",
                    "It says no amplification over a reasonable level.",
                ),
            ),
        ),
        65,
        "street",
        17,
        overlaps=3,
        short_line=3,
        description="a cafe owner shouting at a busker: five voices, a passer-by's one line",
    ),
    RecordingSpec(
        "d281",
        "fresh34",
        (
            # A man soaked and cold in a bus shelter on a ring road at night in the rain: slow
            # talk, with long silences, before he agrees to a bed at a night shelter.
            # The wearer.
            _flite(
                "officer",
                "awb",
                0,
                wearer=True,
                rate=107,
                lines=(
                    "Hello, mate. It's the police. Can you wake up for me?",
                    "Nobody says you are. How long have you been in this shelter?",
                    "What's your name, mate?",
                    "Your hands are freezing. Have you had anything to eat today?",
                    "Is there anyone we can ring for you?",
                    "There's a room of your own at Mill Lane, Frank. And it's dry.",
                    "Good man. Can you stand? Lean on me.",
                ),
            ),
            # The man in the shelter, speaking low.
            _espeak(
                "civilian",
                "en-gb-scotland+m7",
                -14,
                rate=128,
                pitch=33,
                lines=(
                    "Leave me be. I'm not doing any harm.",
                    "Since the pub shut. I don't know. A while.",
                    "Frank. A lad gave me a coffee this morning.",
                    "I'll not sleep in a room with strangers.",
                    "Nobody. My sister's in Dundee. We don't talk.",
                    "I'll come if they've a dry blanket.",
                ),
            ),
            # The partner.
            _espeak(
                "partner",
                "en-us-nyc+f1",
                -8,
                rate=168,
                pitch=67,
                lines=(
                    "Control, we're with a man in the bus shelter on the ring road. He's soaked.",
                    "I've got the foil blanket from the van. Here, let me wrap this round you.",
                    "Frank, there's a shelter on Mill Lane. They've got a bed and hot soup.",
                ),
            ),
        ),
        90,
        "rain",
        11,
        long_silences=2,
        gaps=(0.6, 1.8),
        description="a man soaked in a bus shelter at night: slow talk, two long silences",
    ),
    RecordingSpec(
        "d282",
        "fresh34",
        (
            # A dog swept off a seafront wall by a wave in a gale: the husband, gone down to the
            # beach after her, shouting from far below; the coastguard on the radio.
            # The wearer, at the sea wall.
            _espeak(
                "officer",
                "en-us+f3",
                0,
                wearer=True,
                rate=158,
                pitch=71,
                lines=(
                    "Madam, stay back from the wall! The waves are coming right over it!",
                    "Coastguard, he's on the shingle below the steps, by the groyne.",
                    "Sir, stay where you are! Don't go near the water!",
                    "Sir, get up the steps! Leave the dog to the lifeboat!",
                    "Coastguard, the dog's out of the water. He's coming up now.",
                ),
            ),
            # The dog's owner, at the wall.
            _espeak(
                "civilian",
                "en+f4",
                -7,
                rate=147,
                pitch=54,
                lines=(
                    "Our dog went over the wall! My husband went down the steps after her!",
                    "He's got her! Oh, Bramble, good girl.",
                    "He never listens. He'd go in after that dog in any weather.",
                    "Thank you, thank you so much.",
                ),
            ),
            # Her husband on the beach below, shouting.
            _espeak(
                "bystander",
                "en-029+m2",
                -13,
                shout=True,
                rate=176,
                pitch=39,
                lines=(
                    "She's here! I can see her in the foam!",
                    "I've got her collar! I've got her!",
                    "I'm coming up! She's all right, she's shaking!",
                ),
            ),
            # The coastguard, on the radio.
            _espeak(
                "dispatch",
                "en-gb-x-gbclan+m4",
                -9,
                radio=True,
                rate=161,
                pitch=47,
                lines=(
                    "Coastguard to police on the seafront. The lifeboat is launching now.",
                    "Is the man out of the water? Keep him off the shingle.",
                    "Received. Lifeboat is five minutes out.",
                    "Police, tell him to get up the steps. Waves are breaking over the groyne.",
                    "Received. Standing the lifeboat down. Thank you, officer.",
                ),
            ),
        ),
        71,
        "wind",
        0,
        overlaps=2,
        description="a dog swept off a seafront in a gale: the husband shouting from the beach",
    ),
    RecordingSpec(
        "d283",
        "fresh34",
        (
            # A quiet night patrol in the car: the partner tells a long story, the wearer only
            # acknowledges it, with one long silence.
            # The wearer, only acknowledging.
            _espeak(
                "officer",
                "en-us+m6",
                0,
                wearer=True,
                rate=149,
                pitch=41,
                lines=(
                    "Go on, then.",
                    "Really?",
                    "Right.",
                    "And then what?",
                    "No way.",
                    "Brilliant.",
                    "Fair enough.",
                    "Yeah.",
                    "Noted.",
                    "Maybe.",
                    "Don't say that.",
                ),
            ),
            # The partner, telling the story.
            _espeak(
                "partner",
                "en-gb-x-rp+f1",
                -5,
                rate=164,
                pitch=59,
                lines=(
                    "So, my first week on the job, I get sent to a burglary at a vicarage.",
                    "The vicar says someone's been in the church hall every night, eating the "
                    "biscuits.",
                    "So I sit in the hall all night with a torch, on a plastic chair.",
                    "Three in the morning, the door creaks, and in walks a fox. Bold as brass.",
                    "It goes straight to the cupboard, opens it with its nose and takes a packet "
                    "of custard creams.",
                    "I radioed it in. My sergeant laughed for a week. He still calls me Foxy.",
                    "The vicar put a lock on the cupboard, so the fox moved on to the bins.",
                    "Anyway. That's why I don't eat custard creams.",
                    "Your turn next time. The worst call you've ever been on.",
                    "Quiet night, though. Too quiet. Something will come in.",
                    "Too late. I've said it.",
                ),
            ),
        ),
        78,
        "car",
        19,
        long_silences=1,
        replies=0,
        description="a quiet night patrol: the partner tells a long story, then control calls",
    ),
    RecordingSpec(
        "d284",
        "fresh34",
        (
            # A tourist's phone snatched from her hand by two men on a moped: she shouts after
            # them (espeak's Dutch voice), control relays the camera room on the radio, a
            # passer-by's one line.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+m1",
                0,
                wearer=True,
                rate=176,
                pitch=46,
                lines=(
                    "Control, phone snatch on Market Street. Moped, two up, black helmets.",
                    "Towards the river, over the bridge. Madam, are you hurt at all?",
                    "Is find my phone on? Can you track it?",
                    "Control, the victim's tracking the phone. Stand by.",
                    "That matches. Control, the phone's moving west on the map too.",
                ),
            ),
            # The tourist, shouting: espeak's Dutch voice reading English.
            _espeak(
                "civilian",
                "nl+f2",
                -6,
                shout=True,
                rate=163,
                pitch=66,
                lines=(
                    "That way! Over the bridge! They took my phone from my hand!",
                    "My hand is scratched. All my photos from the holiday are on it!",
                ),
            ),
            # Control, on the radio.
            _flite(
                "dispatch",
                "awb",
                -10,
                radio=True,
                rate=99,
                lines=(
                    "Received. Which way are they heading?",
                    "Units to the river. The camera room is looking for the moped.",
                    "Camera room has a moped on Bridge Road, heading west.",
                    "Traffic have stopped the moped on Bridge Road. Two detained, and a phone "
                    "found.",
                ),
            ),
            # A passer-by: his one line.
            _espeak(
                "witness",
                "en-us+m3",
                -12,
                rate=150,
                pitch=29,
                lines=("They were waiting by the cash machine!",),
            ),
        ),
        50,
        "street",
        6,
        overlaps=1,
        short_line=3,
        description="a tourist's phone snatched by a moped rider: she shouts after them",
    ),
)
