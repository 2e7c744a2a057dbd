"""The development set's fresh36 half (d293-d300): eight recordings written blind to the diarizer.

Session 37 wrote it after the fresh to fresh35 halves, without reading the diarizer or the
transcriber or seeing a score of either. It keeps what fresh21 to fresh35 promised: every
speaker says lines written for the scene (``Voice.lines``), in the turn order the seed draws
(``devset.turn_plan``), and says all of them, so the reference STM is the script; a scene has
2-5 people, no two sharing a voice or an espeak variant, at least one of them a woman, everyone
but the camera wearer 5-15 dB under the wearer; each espeak voice has a rate and pitch of its
own and each flite voice a pace of its own (none the same as a voice of an earlier recording,
nor of another recording of this half). The recordings run 50-90 s, both ends used. As fresh23
to fresh33 and fresh35 did, it uses each of the eight noises once, at 0-20 dB (both ends
again). No accent is new: the three here are espeak voices heard in one recording each before,
Swahili (d145), Lithuanian (d164) and Estonian (d194), each reading every word of its lines as
a word under ``espeak-ng -x``; the Swahili voice is the camera wearer's, where the only
accented wearers before (d142, d218) were in music noise. All four flite voices are used, and
women wear the camera in four of the eight. Numbers are written as words. Each recording asks
for something no earlier recording in its noise had (the list below says what); every overlap
and silence the specs ask for is realised in the build (the figures below come from the
reference RTTM). The module is long because it is data: eight scenes' lines and their specs.

- d293, a scaffold pole rolled off a building site's top lift onto the pavement, a metre from a
  pram (street, 12 dB): the wearer in espeak's Swahili voice (``sw+m6``), the mother shouting,
  the scaffolder calling down on flite ``awb`` 13 dB under, the site manager; the mother over
  the scaffolder (0.75 s) and the manager over the wearer (0.71 s).
- d294, a fire alarm at student halls at three in the morning as the fire engines come (siren,
  4 dB): a student answering through his closed window (``muffled``, 11 dB under), over the fire
  marshal (1.38 s), the night warden on flite ``kal16``, and silences of 7.15 s and 9.53 s. No
  muffled voice before was in siren noise, and no siren recording had two long silences.
- d295, a hen party's minibus stopped in a lay-by on a bypass (car, 0 dB): the driver (flite
  ``rms``) and the bride's sister shouting at each other, three voices in all, three lines
  talked over (0.68-0.81 s). No car recording before had two voices shouting.
- d296, a gazebo taken from a flooded pitch on a festival campsite in a storm (rain, 7 dB): five
  voices, the owner shouting in espeak's Lithuanian voice (``lt+m3``), the couple who took it,
  the partner on flite ``slt``; four lines talked over (0.64-1.32 s), where no rain recording
  before had more than three (d178).
- d297, a dispersal order read to teenagers outside a shopping centre on a Friday night (crowd,
  20 dB): after the wearer's first line, a lad's one shouted line (``short_line``), and she talks
  alone for a minute, ten lines from 11.48 s to 73.22 s. No crowd recording before was over
  16 dB (d85) or had one voice alone for a minute.
- d298, lead stripped from a church roof as the music group rehearses inside (music, 16 dB):
  slow turns (1.0-2.5 s between lines), an old churchwarden 12 dB under, and the vicar first
  heard after a 6.24 s silence. No recording with slow turns before was in music noise.
- d299, a dog groomer's, the dogs barking in their pens (dog, 18 dB): the wearer on flite
  ``rms``, the owner shouting over a nick on his dog's ear, the groomer in espeak's Estonian
  voice (``et+f5``), her apprentice's one line; the wearer over the apprentice (0.72 s) and over
  the owner (0.62 s). No ``rms`` wearer before was in dog noise, and no dog recording was over
  13 dB (d215).
- d300, a walker hurt on a ridge in a gale at dusk (wind, 2 dB): his friend, control on the
  radio (flite ``kal16``) and the mountain rescue team leader on a second channel (both
  band-limited); control over the team (0.85 s), the wearer over control (0.86 s) and a 6.26 s
  wait. The recordings with two band-limited voices before (d40, d104, d120, d207) were in car
  or street noise.

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH36: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d293",
        "fresh36",
        (
            # A scaffold pole rolled off a building site's top lift onto the pavement, a metre from
            # a pram: the wearer with espeak's Swahili accent, the mother shouting, the scaffolder
            # calling down from the scaffold, and the site manager.
            # The wearer: espeak's Swahili voice reading English.
            _espeak(
                "officer",
                "sw+m6",
                0,
                wearer=True,
                rate=152,
                pitch=41,
                lines=(
                    "Everybody back behind the barrier, please. Who is in charge of this scaffold?",
                    "Madam, I hear you. Take the pram over the road, please.",
                    "So the pavement was open under a loading bay. Who opened it?",
                    "Sir, I am closing this pavement now, until the fans are up.",
                ),
            ),
            # The pram's mother, shouting.
            _espeak(
                "civilian",
                "en-gb-x-gbclan+f5",
                -6,
                shout=True,
                rate=170,
                pitch=64,
                lines=(
                    "Nobody's hurt? That pole came down a metre from my baby's pram!",
                    "One second! Do you know what one second is, with a baby underneath?",
                    "There's no net, no fans, nothing! Look at the state of it!",
                ),
            ),
            # The scaffolder, calling down from the scaffold.
            _flite(
                "witness",
                "awb",
                -13,
                rate=95,
                lines=(
                    "It rolled off the top lift! I had my back to it for one second!",
                    "I'm coming down. The toe board was off on that bay, that's how it went.",
                    "Boss, the gate man had the path open. It should have been shut.",
                    "Not me. I was up top all morning. Ask the gate man, he's gone for his lunch.",
                ),
            ),
            # The site manager.
            _espeak(
                "bystander",
                "en-us-nyc+m8",
                -9,
                rate=160,
                pitch=33,
                lines=(
                    "That's me. Dave Kerr, site manager. Nobody's hurt, thank God.",
                    "Madam, I understand. Jay, come down off there now.",
                    "The fans were booked for Monday. The hoist firm let us down.",
                ),
            ),
        ),
        70,
        "street",
        12,
        overlaps=2,
        description="a scaffold pole dropped beside a pram: a wearer with a Swahili accent",
    ),
    RecordingSpec(
        "d294",
        "fresh36",
        (
            # A fire alarm in student halls at three in the morning, the fire engines coming with
            # their sirens: everyone out in the car park but one student, who answers through his
            # closed window; two long waits.
            # The wearer.
            _espeak(
                "officer",
                "en-029+f2",
                0,
                wearer=True,
                rate=168,
                pitch=60,
                lines=(
                    "Control, I'm at Beech Court halls. Everyone's out in the car park.",
                    "Tom! It's the police. Open your window and climb out, now, please.",
                    "Thank you. Tom, last chance. Open the window, or they'll force your door.",
                    "Warden, get your master key. We may need that door.",
                    "Leave the shoes. Hand me the laptop, then climb out onto the bench.",
                    "That's enough. Tom, stand here by me, and don't move.",
                ),
            ),
            # The halls' night warden.
            _flite(
                "witness",
                "kal16",
                -7,
                rate=113,
                lines=(
                    "I'm the night warden. I've knocked three times. He's got the door bolted on "
                    "the inside.",
                    "The panel says smoke in zone four. That's his corridor, right by his door.",
                ),
            ),
            # The student who is her floor's fire marshal.
            _espeak(
                "civilian",
                "en-gb-x-rp+f4",
                -9,
                rate=184,
                pitch=70,
                lines=(
                    "Officer, I'm the fire marshal for block C. Everyone's out except Tom, in "
                    "room twelve.",
                    "He was cooking at two in the morning. I could smell it all down the corridor.",
                    "The fire engines are here. They're coming round the back of the block.",
                    "He won't listen. He never does, not to any of us.",
                    "Tom, you idiot. Half the block is out here in the cold.",
                ),
            ),
            # The student in his room, heard through his closed window.
            _espeak(
                "bystander",
                "en-us+m1",
                -11,
                muffled=True,
                rate=146,
                pitch=44,
                lines=(
                    "It's a false alarm! It goes off every single week!",
                    "All right, all right! I'm opening it! Give me a second to find my shoes!",
                ),
            ),
        ),
        90,
        "siren",
        4,
        overlaps=1,
        long_silences=2,
        description="students out of halls at three in the morning: one behind his window",
    ),
    RecordingSpec(
        "d295",
        "fresh36",
        (
            # A hen party's minibus stopped in a lay-by on a bypass at night, its engine running:
            # the driver and the bride's sister shouting at each other.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+m4",
                0,
                wearer=True,
                rate=149,
                pitch=30,
                lines=(
                    "Evening. Control says there's a row on a minibus in this lay-by. What's "
                    "going on?",
                    "Right, both of you, stop shouting. Sir, is anyone hurt?",
                    "Madam, where were you all heading tonight?",
                    "Nobody is walking on a bypass. Sir, ring your firm and ask for another "
                    "driver.",
                    "Then you'll both keep it for the firm. Madam, get everyone back on the bus, "
                    "seat belts on.",
                ),
            ),
            # The bride's sister, shouting.
            _espeak(
                "civilian",
                "en-us+f3",
                -6,
                shout=True,
                rate=176,
                pitch=58,
                lines=(
                    "One drink! One! And he's left us at the side of the bypass in the dark!",
                    "It's my sister's hen do! We paid six hundred pounds for this bus!",
                    "Fine! But he's not getting a tip, and I'm putting it on every review site!",
                ),
            ),
            # The minibus driver, shouting.
            _flite(
                "witness",
                "rms",
                -7,
                shout=True,
                rate=99,
                lines=(
                    "I'm not driving them another mile! They've been throwing drinks at me since "
                    "Leicester!",
                    "It went down my neck and all over the dashboard! I could have crashed!",
                    "You paid for a driver, not a punchbag! Read the booking!",
                    "Nottingham! A bar on the canal! And they can walk it from here!",
                    "Go on, then! I've got it all on the camera, love, every drink!",
                ),
            ),
        ),
        64,
        "car",
        0,
        overlaps=3,
        description="a hen party's minibus in a lay-by: the driver and a sister both shouting",
    ),
    RecordingSpec(
        "d296",
        "fresh36",
        (
            # A gazebo taken from a flooded pitch on a festival campsite in a storm: the camper it
            # belongs to shouting in espeak's Lithuanian voice, the couple who took it, the
            # partner; five voices and four lines talked over.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+f1",
                0,
                wearer=True,
                rate=158,
                pitch=76,
                lines=(
                    "Right, who flagged us down? And whose gazebo is this?",
                    "Enough, all of you. Sir, what's the name on the leg?",
                    "Then it's his. Sir, you'll give it back, and you'll help him carry it.",
                    "Yes, it's dry and it's warm. Go now, before it fills up.",
                ),
            ),
            # The gazebo's owner, shouting: espeak's Lithuanian voice reading English.
            _espeak(
                "civilian",
                "lt+m3",
                -6,
                shout=True,
                rate=150,
                pitch=36,
                lines=(
                    "That is my gazebo! It has my name on the leg, written in pen!",
                    "My tent is under water! I have my sleeping bag in a bin bag!",
                    "I do not want the pegs! I want a dry place for my sleeping bag!",
                ),
            ),
            # The man who took it.
            _espeak(
                "witness",
                "en-gb-scotland+m5",
                -8,
                rate=174,
                pitch=47,
                lines=(
                    "It was lying in the mud, honest. We thought nobody wanted it.",
                    "Anyone could write a name on a leg. Where's your receipt, then?",
                    "In this? It weighs a ton wet. And the pegs are bent.",
                ),
            ),
            # His partner, with their baby in the tent.
            _espeak(
                "bystander",
                "en+f4",
                -10,
                rate=162,
                pitch=54,
                lines=(
                    "It's ours now. Ours blew away in the night, and this one was just lying in "
                    "the mud.",
                    "We've got a baby in that tent. Where is she meant to sleep?",
                    "Then share it! There's room for everybody under there!",
                    "Is it dry? Can we take the baby there too?",
                ),
            ),
            # The partner.
            _flite(
                "partner",
                "slt",
                -9,
                rate=95,
                lines=(
                    "Sarge, this is the man who rang us. His whole pitch is flooded.",
                    "Sir, calm down. We'll sort it out, but stop shouting.",
                    "Sarge, it says Tomas, in black pen, on all four legs.",
                    "The stewards have opened the big tent by the main gate for anyone flooded "
                    "out.",
                ),
            ),
        ),
        77,
        "rain",
        7,
        overlaps=4,
        description="a gazebo taken on a flooded festival campsite: five voices, four talked over",
    ),
    RecordingSpec(
        "d297",
        "fresh36",
        (
            # A dispersal order read to a crowd of teenagers outside a shopping centre on a Friday
            # night: one lad's shouted line, then the wearer alone for a minute.
            # The wearer, reading the order and what it means.
            _espeak(
                "officer",
                "en-gb-x-rp+f2",
                0,
                wearer=True,
                rate=145,
                pitch=55,
                lines=(
                    "Right, everyone, listen to me, please. Turn the music down and listen.",
                    "I can, and I'm going to tell you why. There's been a dispersal order on this "
                    "area since six o'clock tonight.",
                    "It covers the shopping centre, the bus station and the car park behind the "
                    "cinema.",
                    "It runs until six o'clock on Sunday morning. That's forty-eight hours.",
                    "If I tell you to leave, you must leave, and not come back inside that area "
                    "until it ends.",
                    "If you come back, you can be arrested. It's an offence, and it goes on your "
                    "record.",
                    "Anyone under sixteen still out here after nine, we'll take home to your "
                    "parents.",
                    "I'm not here to spoil your night. There were three fights here last Friday, "
                    "and a lad lost two teeth.",
                    "So this is what happens now. My colleague will take your names and dates of "
                    "birth.",
                    "You'll each get a notice with a map on the back. Keep it, and read it.",
                    "Then you head off home, or into town, anywhere outside the red line on that "
                    "map.",
                ),
            ),
            # A lad in the crowd: his one line, shouted.
            _espeak(
                "civilian",
                "en-029+m3",
                -11,
                shout=True,
                rate=186,
                pitch=52,
                lines=("You can't make us go anywhere! We're not doing nothing!",),
            ),
        ),
        75,
        "crowd",
        20,
        short_line=1,
        description="a dispersal order outside a shopping centre: the wearer alone for a minute",
    ),
    RecordingSpec(
        "d298",
        "fresh36",
        (
            # Lead stripped from a church roof overnight, the music group rehearsing inside: an old
            # churchwarden, slow turns, and the vicar, heard late, after a long wait.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-rp+m7",
                0,
                wearer=True,
                rate=141,
                pitch=45,
                lines=(
                    "Morning. You rang about the roof? I'm told it's the lead.",
                    "When was it last checked?",
                    "Is there a camera anywhere on the churchyard?",
                    "I'll give you the number before I go. Did anyone hear anything in the night?",
                ),
            ),
            # The churchwarden, old and slow, further off.
            _espeak(
                "witness",
                "en-gb-scotland+m2",
                -12,
                rate=128,
                pitch=26,
                lines=(
                    "Aye. All of it, off the north aisle. I found it this morning.",
                    "Sunday. I go up the tower after the service, to wind the clock.",
                    "No. We asked the diocese for one. Nothing came of it.",
                    "This is our vicar, the Reverend Ruth Penrose.",
                    "They'd need long ladders. And a good hour up there.",
                    "It's not our ladder. Ours is padlocked behind the boiler house.",
                ),
            ),
            # The vicar, out of the vestry late.
            _espeak(
                "civilian",
                "en-us-nyc+f3",
                -8,
                rate=160,
                pitch=61,
                lines=(
                    "Sorry to keep you. The insurers were on the phone. They want a crime number.",
                    "The rain's coming in over the font. The band have moved their drums twice.",
                    "Mrs Lloyd across the lane saw a white van at the gate on Tuesday night.",
                    "And they've left a ladder against the vestry wall, bold as brass.",
                ),
            ),
        ),
        88,
        "music",
        16,
        late_voice=2,
        gaps=(1.0, 2.5),
        description="lead stripped from a church roof: slow talk over the music group",
    ),
    RecordingSpec(
        "d299",
        "fresh36",
        (
            # A dog groomer's, the dogs barking in their pens: an owner shouting over a nick on his
            # dog's ear, the groomer in espeak's Estonian voice, her apprentice's one line.
            # The wearer.
            _flite(
                "officer",
                "rms",
                0,
                wearer=True,
                rate=109,
                lines=(
                    "Police. Somebody rang about a dispute over a dog?",
                    "Sir, lower your voice, please. Let me have a look at the dog.",
                    "It's stopped bleeding. Has he been to a vet?",
                    "Sir, that's between you and the shop. It's not a crime.",
                ),
            ),
            # The dog's owner, shouting.
            _espeak(
                "civilian",
                "en-gb-x-gbclan+m1",
                -6,
                shout=True,
                rate=170,
                pitch=38,
                lines=(
                    "Look at his ear! There's blood on it! I left him here this morning without a "
                    "mark on him!",
                    "I'm not paying for a vet for that! And I'm not paying her forty pounds "
                    "either!",
                ),
            ),
            # The groomer: espeak's Estonian voice reading English.
            _espeak(
                "witness",
                "et+f5",
                -8,
                rate=147,
                pitch=63,
                lines=(
                    "I rang. This man is shouting at my staff, and he will not leave my shop.",
                    "It is a small cut. I put powder on it, and I told him when he came in.",
                    "He can keep his money. I do not want him here again, or his dog.",
                ),
            ),
            # Her apprentice: her one line.
            _espeak(
                "bystander",
                "en-us+f2",
                -12,
                rate=190,
                pitch=72,
                lines=("He wriggled when I was doing his ears. It was only a tiny nick.",),
            ),
        ),
        50,
        "dog",
        18,
        overlaps=2,
        short_line=3,
        description="a dog groomer's as the dogs bark: the owner shouting, an Estonian groomer",
    ),
    RecordingSpec(
        "d300",
        "fresh36",
        (
            # A walker hurt on a ridge in a gale at dusk: his friend, control on the wearer's radio
            # and the mountain rescue team on a second channel.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-scotland+f3",
                0,
                wearer=True,
                rate=163,
                pitch=56,
                lines=(
                    "Control, I'm with the two walkers on the ridge, above the second stile. One "
                    "has a bad ankle.",
                    "Understood. We'll keep him warm. Have you got a spare layer in that bag?",
                    "Put the fleece on him and the blanket over the top. Keep his boot on.",
                    "Control, can you give the team an update? Casualty is cold and shivering.",
                    "I'm flashing my torch now, three times. Can you see it?",
                    "Get down in the lee of the rocks with him. Keep him talking.",
                    "Received. Thank you, control. We're staying put.",
                ),
            ),
            # The hurt walker's friend.
            _espeak(
                "civilian",
                "en-gb-x-rp+m6",
                -7,
                rate=155,
                pitch=39,
                lines=(
                    "He went over on a rock coming down. He can't put any weight on it at all.",
                    "A fleece and a foil blanket. And a flask, if it's not gone cold.",
                    "He's shivering now. His lips are going a bit blue.",
                    "There! Lights, down by the wall. I can see them coming.",
                ),
            ),
            # Control, on the radio.
            _flite(
                "dispatch",
                "kal16",
                -10,
                radio=True,
                rate=103,
                lines=(
                    "Received. The helicopter is grounded in this wind, so it's the team on foot.",
                    "Police, the ambulance will meet the team at the car park.",
                ),
            ),
            # The mountain rescue team leader, on the radio's other channel.
            _espeak(
                "witness",
                "en-us+m5",
                -9,
                radio=True,
                rate=178,
                pitch=46,
                lines=(
                    "Police, this is the mountain rescue team leader. We're at the car park, "
                    "kitting up now.",
                    "Police, we're at the first stile. Can you show us a light?",
                    "We see your light. Twenty minutes, maybe less. Keep him still.",
                ),
            ),
        ),
        80,
        "wind",
        2,
        overlaps=2,
        long_silences=1,
        description="a walker hurt on a ridge in a gale: control and the rescue team on radios",
    ),
)
