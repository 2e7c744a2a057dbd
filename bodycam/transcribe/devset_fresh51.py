"""The development set's fresh51 half (d413-d420): eight recordings written blind to the diarizer.

Session 52 wrote it after the fresh to fresh50 halves, without reading the diarizer or the
transcriber or seeing a score of either. It keeps what fresh21 to fresh50 promised: every
speaker says lines written for the scene (``Voice.lines``), in the turn order the seed draws
(``devset.turn_plan``), and says all of them, so the reference STM is the script; a scene has
2-5 people, no two sharing a voice or an espeak variant, at least one of them a woman, everyone
but the camera wearer 5-15 dB under the wearer; each espeak voice has a rate and pitch of its
own and each flite voice a pace of its own (none the same as a voice of an earlier recording,
nor of another recording of this half). The recordings run 40-80 s, both ends used. As fresh35
to fresh50 did, it uses each of the eight noises once, at 0-20 dB (both ends again). No accent
is new, and every accent of the set has been heard in two recordings or more, so the six here
are the six heard least recently, in two recordings each: Oromo (d224, d343), Setswana (d226,
d344), Quechua (d233, d340), Greenlandic (d236, d339), Aragonese (d239, d338) and Latgalian
(d240, d341), two accented voices in one recording and one in each of four more, reading every
word of their lines as a word under ``espeak-ng -x`` (none spelt out letter by letter, and none
switched to English rules). All four flite voices are used, and women wear the camera in four
of the eight. Numbers are written as words. It leans on what fresh47 to fresh50 did not do at
all, each in one recording: a voice answering in words through a door (none since d368), the
voice first heard late through a window (none since d362), two voices alone talking over each
other (none since d377), a voice shouting through a door (none since d371), the short-line
speaker saying one reply (none since d370), an accented voice saying the one short line (none
since d373), a short line and a voice first heard late in one recording (none since d337), the
voice first heard late accented (none since d369), a radio heard through a window (none since
d368) and five long silences (none since d365). Each recording asks for something no earlier
recording in its noise had (the list below says what); every overlap and silence the specs ask
for is realised in the build (the figures below come from the reference RTTM). The module is
long because it is data: eight scenes' lines and their specs.

- d413, a tenant who has not opened his door in nine days, above a high street takeaway (street,
  13 dB, 67 s): he answers through the door in a word or two (``muffled``, 0.78-1.88 s), the
  takeaway's owner who rang in espeak's Oromo voice (``om+m8``), the wearer over him (0.94 s).
  The voices answering through a door or window before (d94, d117, d368) were in rain and wind
  noise.
- d414, a beach hut at the end of a shingle spit found with its padlock cut in a storm (wind,
  4 dB, 80 s): its owner on flite ``slt``, and after a long silence (9.23 s) a boy sheltering
  inside, first heard late through its shutters (``muffled``), 12 dB under the wearer; the
  partner over him (0.96 s) and the wearer over the owner (1.07 s). The voices first heard late
  through a door or window before (d110, d168, d362) were in dog, car and crowd noise.
- d415, an allotment holder who has wedged himself into his shed in the rain on the morning the
  plots are cleared (rain, 10 dB, 40 s): two voices, he shouting through its door (``shout`` and
  ``muffled``) over the wearer twice (0.78 s, 0.95 s). The recordings with two voices talking
  over each other twice before (d39, d68, d265, d377) were in street, wind, car and siren noise,
  and the voices shouting through a door or window (d81, d110, d194, d314, d371) in street,
  dog, music, car and wind noise.
- d416, a bag snatched from the back of a pushchair on a station concourse at rush hour (crowd,
  16 dB, 68 s): five voices, the mother in espeak's Setswana voice (``tn+f1``) over the wearer
  (1.08 s), the man who chased the thief shouting in its Quechua voice (``qu+m2``), the wearer
  over the partner (1.07 s), and the mother's little girl heard once, in a reply of three words
  (``short_line`` and ``replies``, 1.62 s). The short-line speakers saying one reply before were
  in every noise but crowd.
- d417, a boy found walking along a motorway's hard shoulder after he left his school trip, in
  the back of the patrol car (car, 0 dB, 65 s): the partner driving on flite ``rms`` over the boy
  (1.15 s), and the lorry driver who stopped for him saying one line at the window in espeak's
  Latgalian voice (``ltg+f5``, 2.18 s). The accented voices saying the one short line before
  (d211, d217, d334, d373) were in music, siren, wind and street noise.
- d418, a roller disco's takings taken from the rink's office (music, 7 dB, 75 s): the DJ's one
  line on his microphone, shouted on flite ``awb`` over the wearer (1.19 s), the manager over
  the wearer (1.38 s), and after a long silence (9.41 s) as the lights come up a skater first
  heard late in espeak's Greenlandic voice (``kl+f4``). The recordings with a short line and a
  late voice before were in wind, street, crowd, rain and siren noise, and the accented voices
  first heard late in wind, rain, siren and crowd noise.
- d419, a builders' merchant's yard broken into at night as its guard dogs bark (dog, 20 dB,
  79 s): the alarm company's operator on the speaker in the locked cabin, heard through its
  window on flite ``kal16`` (``radio`` and ``muffled``), the man stuck on a container in espeak's
  Aragonese voice (``an+m5``), the yard's owner over him (1.17 s) and the wearer over him
  (0.73 s). The radios heard through a door or window before (d75, d368) were in street and rain
  noise.
- d420, a terraced street cleared for a gas leak as the fire engines arrive (siren, 12 dB,
  80 s): control on the radio and an old man slow to come to his door, five long silences
  (8.34 s, 8.27 s, 8.46 s, 8.48 s and 9.34 s) as the wearer knocks and waits. The recordings
  with five long silences before (d55, d191, d365) were in wind and street noise.

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH51: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d413",
        "fresh51",
        (
            # A tenant who has not opened his door in nine days, above a high street takeaway:
            # he answers through it in a word or two; the takeaway's owner rang.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-rp+f2",
                0,
                wearer=True,
                rate=157,
                pitch=64,
                lines=(
                    "Hello? Police. Mr Danso, are you in there? We've come to see you're safe.",
                    "Thank you, I can see the letters. Mr Danso, nobody's in any trouble.",
                    "Your landlord downstairs is worried sick. When did you last eat?",
                    "Have you got any food in the flat? Anything to drink?",
                    "Mr Danso, would you talk to your sister if she rang you?",
                    "Please fetch it for me. Mr Danso, do you take any tablets?",
                    "Then a doctor will sort you some more today. I'll wait on the landing.",
                ),
            ),
            # The tenant, answering in a word or two through his door.
            _espeak(
                "civilian",
                "en-us+m3",
                -10,
                muffled=True,
                rate=131,
                pitch=34,
                lines=(
                    "Leave it, please.",
                    "Not today, thanks.",
                    "Tuesday, maybe.",
                    "Only tap water.",
                    "They finished.",
                ),
            ),
            # The takeaway's owner, who rang: espeak's Oromo voice reading English.
            _espeak(
                "witness",
                "om+m8",
                -8,
                rate=147,
                pitch=42,
                lines=(
                    "He has not come down for nine days. His letters are piled on the stairs.",
                    "Every morning he buys bread from me. For six years, and now nothing.",
                    "I will bring him soup from my kitchen. Lentil soup, he likes it.",
                    "His sister lives in Leeds. Her number is on a card behind my till.",
                ),
            ),
        ),
        67,
        "street",
        13,
        overlaps=1,
        replies=1,
        description="a tenant behind his door for nine days: answering through it",
    ),
    RecordingSpec(
        "d414",
        "fresh51",
        (
            # A beach hut at the end of a shingle spit found with its padlock cut in a storm:
            # its owner, the partner, and a boy sheltering inside, first heard late through its
            # shutters.
            # The wearer.
            _espeak(
                "officer",
                "en-us-nyc+m7",
                0,
                wearer=True,
                rate=162,
                pitch=40,
                lines=(
                    "Morning. You rang about your beach hut? Which one is it?",
                    "From inside? Stand back, please. Police! Come out of the hut!",
                    "Thank you, madam. Son, what's your name? Is anyone in there with you?",
                    "All right, Callum. Nobody's angry. Slide the bolt and come out slowly.",
                    "Callum, have you run away from somewhere? People will be out looking.",
                ),
            ),
            # The hut's owner, on flite.
            _flite(
                "civilian",
                "slt",
                -8,
                rate=81,
                lines=(
                    "The blue one at the end, number forty. The padlock is cut clean through.",
                    "I came to shut the shutters, and the door was bolted from inside.",
                    "There's a camping stove in there, and my husband's old sleeping bag.",
                    "Oh, he's only a lad. I won't be pressing charges over a padlock.",
                    "I'll put the kettle on in my car. He must be frozen.",
                ),
            ),
            # The partner.
            _espeak(
                "partner",
                "en-gb-scotland+f1",
                -7,
                rate=152,
                pitch=67,
                lines=(
                    "There are bolt cutters in the shingle behind it, and footprints.",
                    "He sounds young. Ask him his name, and whether he's on his own.",
                    "The gusts are getting up. We want him off this spit before the tide turns.",
                ),
            ),
            # The boy inside, first heard late through the hut's shutters.
            _espeak(
                "bystander",
                "en-gb-x-gbcwmd+m1",
                -12,
                muffled=True,
                rate=143,
                pitch=58,
                lines=(
                    "Please don't break the door. I'm only sheltering from the wind.",
                    "It's Callum. Just me. The lock was already cut when I got here.",
                    "From my foster home. We had a row, and I walked here in the dark.",
                ),
            ),
        ),
        80,
        "wind",
        4,
        overlaps=2,
        late_voice=3,
        description="a boy in a beach hut in a storm: first heard late through its shutters",
    ),
    RecordingSpec(
        "d415",
        "fresh51",
        (
            # An allotment holder who has wedged himself into his shed in the rain on the
            # morning the plots are cleared: two voices, he shouting through its door.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbclan+f5",
                0,
                wearer=True,
                rate=160,
                pitch=61,
                lines=(
                    "Mr Harker? Police. The bailiffs asked me to have a word.",
                    "I know, and I'm sorry. But they have a court order.",
                    "Is there a heater in there with you? Anything burning?",
                    "Please turn that stove off. The fumes in a shut shed could kill you.",
                    "Then open the window, and we'll talk face to face.",
                ),
            ),
            # The allotment holder, shouting through his shed's door.
            _espeak(
                "civilian",
                "en-gb-scotland+m5",
                -9,
                shout=True,
                muffled=True,
                rate=146,
                pitch=30,
                lines=(
                    "I'm not coming out! Forty years I've grown leeks on this plot!",
                    "A court order for a car park! Tell them to read it out in the rain!",
                    "A paraffin stove, and I'm keeping it lit! My hands are numb!",
                    "Then I'll open the window, not the door!",
                    "Fine! But that digger doesn't move while I'm in here!",
                ),
            ),
        ),
        40,
        "rain",
        10,
        overlaps=2,
        description="a man wedged in his allotment shed in the rain: two voices, he shouting",
    ),
    RecordingSpec(
        "d416",
        "fresh51",
        (
            # A bag snatched from the back of a pushchair on a station concourse at rush hour:
            # the mother, the man who chased the thief, the partner, and the mother's little
            # girl, heard once.
            # The wearer.
            _espeak(
                "officer",
                "en-029+m6",
                0,
                wearer=True,
                rate=154,
                pitch=46,
                lines=(
                    "Police. Who's had a bag taken? Come over by the ticket machines.",
                    "Madam, what was in the bag, apart from your little girl's things?",
                    "Sir, get your breath back first. What did he look like?",
                    "Stay with my colleague, both of you. I'm going after him.",
                ),
            ),
            # The mother: espeak's Setswana voice reading English.
            _espeak(
                "civilian",
                "tn+f1",
                -8,
                rate=139,
                pitch=66,
                lines=(
                    "It was on the back of the pushchair. I looked up at the board for one second.",
                    "My purse, my phone and both our passports. We fly home tonight.",
                ),
            ),
            # The man who chased the thief, shouting, out of breath: espeak's Quechua voice
            # reading English.
            _espeak(
                "witness",
                "qu+m2",
                -9,
                shout=True,
                rate=163,
                pitch=37,
                lines=(
                    "It was her bag! I ran after him to the escalator, and then I lost him!",
                    "Tall, in a green tracksuit and a cap! He pushed an old man on the stairs!",
                    "There! By platform nine, the green tracksuit! He is running for the train!",
                ),
            ),
            # The partner.
            _espeak(
                "partner",
                "en-us+f4",
                -7,
                rate=168,
                pitch=56,
                lines=(
                    "Pink with unicorns, got it. I'll put that out and ask the station for "
                    "cameras.",
                    "The station staff are stopping the escalators and checking the toilets.",
                    "The old man's all right. First aiders have sat him down by the florist.",
                ),
            ),
            # The mother's little girl, heard once, in a word or two.
            _espeak(
                "bystander",
                "en-gb-x-rp+f3",
                -11,
                rate=140,
                pitch=90,
                lines=("Pink, with unicorns.",),
            ),
        ),
        68,
        "crowd",
        16,
        overlaps=2,
        short_line=4,
        replies=4,
        description="a bag snatched from a pushchair at a station: the girl's one reply",
    ),
    RecordingSpec(
        "d417",
        "fresh51",
        (
            # A boy found walking along a motorway's hard shoulder after he left his school
            # trip, in the back of the patrol car: the partner, on flite, drives; the lorry
            # driver who stopped for him says one line at the window.
            # The wearer.
            _espeak(
                "officer",
                "en-us-nyc+f3",
                0,
                wearer=True,
                rate=165,
                pitch=58,
                lines=(
                    "In you get, in the back. Seat belt on. You're safe now.",
                    "Thank you, madam, you did right to stop. What's your name, young man?",
                    "Theo, why did you leave the services? Did something happen on the coach?",
                    "That's not on, Theo. We'll talk to your teacher about those boys.",
                    "Your mum will just be glad you're safe. We'll ring her together.",
                ),
            ),
            # The partner, driving, on flite.
            _flite(
                "partner",
                "rms",
                -6,
                rate=121,
                lines=(
                    "Not with us. Sit tight while I thank this lady.",
                    "Indicating, and pulling out. Next junction, then back to the services.",
                    "Control says his school reported him missing from the services an hour ago.",
                ),
            ),
            # The boy, in the back.
            _espeak(
                "civilian",
                "en-gb-x-rp+m4",
                -9,
                rate=170,
                pitch=76,
                lines=(
                    "Am I in trouble? I only wanted to walk home.",
                    "Theo Baptiste. I'm in year seven at Parkside.",
                    "Some boys took my phone and threw my bag out of the window.",
                    "Please don't tell Mum I walked on the motorway. She'll go mad.",
                    "Okay. Can you open my window a bit? I feel sick.",
                ),
            ),
            # The lorry driver at the window, one line: espeak's Latgalian voice reading English.
            _espeak(
                "witness",
                "ltg+f5",
                -8,
                rate=150,
                pitch=52,
                lines=("He walked between the lorries!",),
            ),
        ),
        65,
        "car",
        0,
        overlaps=1,
        short_line=3,
        description="a boy off a motorway's hard shoulder: the lorry driver's one line, accented",
    ),
    RecordingSpec(
        "d418",
        "fresh51",
        (
            # A roller disco's takings taken from the rink's office: the manager, the DJ's one
            # line on his microphone, and after the lights come up a skater first heard late.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-scotland+m2",
                0,
                wearer=True,
                rate=149,
                pitch=36,
                lines=(
                    "Evening. You're the manager? Tell me about the office.",
                    "How much was in it, roughly? And who knew where you kept it?",
                    "Ask your DJ to bring the lights up and keep everyone inside.",
                    "Thank you. What did he look like, and where did he go?",
                    "Then he may be long gone. Does your camera cover that corridor?",
                    "Madam, watch the fire door. Miss, show me which door.",
                ),
            ),
            # The rink's manager.
            _espeak(
                "civilian",
                "en-gb-x-gbclan+f3",
                -7,
                rate=171,
                pitch=62,
                lines=(
                    "The office door was propped open for a pizza, and the cash tin's gone.",
                    "About nine hundred pounds, tonight's takings. Only my staff know.",
                    "He's doing it now. Nobody's left since the last song, the doors are locked.",
                    "There's a fire door at the end of that corridor. Its alarm is broken.",
                ),
            ),
            # The DJ, one line on his microphone, shouting over the music, on flite.
            _flite(
                "bystander",
                "awb",
                -8,
                shout=True,
                rate=120,
                lines=("Everybody off the rink!",),
            ),
            # A skater, first heard late: espeak's Greenlandic voice reading English.
            _espeak(
                "witness",
                "kl+f4",
                -10,
                rate=141,
                pitch=74,
                lines=(
                    "Excuse me. I saw a man by the lockers with a tin under his coat.",
                    "He had silver skates round his neck and a yellow hat. He went into the gents.",
                    "That one. His skates are under the door.",
                ),
            ),
        ),
        75,
        "music",
        7,
        overlaps=2,
        short_line=2,
        late_voice=3,
        description="a roller disco's takings taken: the DJ's one line, a skater late, accented",
    ),
    RecordingSpec(
        "d419",
        "fresh51",
        (
            # A builders' merchant's yard broken into at night, its guard dogs barking: a man
            # stuck on top of a container, the yard's owner, and the alarm company's operator on
            # the speaker in the locked cabin, heard through its window.
            # The wearer.
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+f2",
                0,
                wearer=True,
                rate=153,
                pitch=70,
                lines=(
                    "Police! Whoever's up on that container, stay exactly where you are.",
                    "Sir, can you shut your dogs in their run? Then we can get him down.",
                    "Control, a second suspect on foot from the yard, with a torch.",
                    "Stop talking for a moment. Are you hurt? Did the wire cut you?",
                    "Yes, please, all of them. I can hardly see him.",
                    "Slowly, down the ladder at the end. Hands where I can see them.",
                ),
            ),
            # The yard's owner.
            _espeak(
                "civilian",
                "en-us+m8",
                -8,
                rate=158,
                pitch=29,
                lines=(
                    "I drove straight over. My dogs won't let him down.",
                    "A shortcut over a three metre fence with razor wire on top?",
                ),
            ),
            # The man on the container: espeak's Aragonese voice reading English.
            _espeak(
                "witness",
                "an+m5",
                -9,
                rate=136,
                pitch=48,
                lines=(
                    "Please, call back the dogs! I am not a thief, I only took a shortcut!",
                    "That is my cousin. He said the yard was empty. He said there were no dogs.",
                    "My hand is bleeding a little, from the wire. And my trousers are torn.",
                    "The dogs are gone. Can I climb down now? Slowly?",
                ),
            ),
            # The alarm company's operator on the speaker in the locked cabin, heard through its
            # window, on flite.
            _flite(
                "dispatch",
                "kal16",
                -10,
                radio=True,
                muffled=True,
                rate=118,
                lines=(
                    "Alarm centre here. The timber store door was opened at ten past two.",
                    "Our camera shows a second man with a torch, leaving by the gate.",
                    "Do you want the floodlights? I can switch them on from here.",
                    "Floodlights on. And the cabin door is unlocked for you now.",
                ),
            ),
        ),
        79,
        "dog",
        20,
        overlaps=2,
        description="a man on a container in a guarded yard: the alarm centre through a window",
    ),
    RecordingSpec(
        "d420",
        "fresh51",
        (
            # A terraced street cleared for a gas leak as the fire engines arrive: the wearer
            # knocks and waits; control on the radio, and an old man slow to come to his door.
            # The wearer.
            _espeak(
                "officer",
                "en-029+m4",
                0,
                wearer=True,
                rate=167,
                pitch=44,
                lines=(
                    "Control, Tanner Street, door to door.",
                    "Gas under the road, sir. Everyone has to go now.",
                    "I'll help you with her. Where's her basket?",
                ),
            ),
            # Control, on the radio.
            _espeak(
                "dispatch",
                "en-us-nyc+f5",
                -9,
                radio=True,
                rate=175,
                pitch=60,
                lines=(
                    "Received. Everybody out as far as the chapel, please.",
                    "Fire crews are shutting the main. How many houses left?",
                    "Tanner Street, the engineer wants a head count.",
                    "Tanner Street, are you clear? The cordon's moving back.",
                ),
            ),
            # The old man at number twelve.
            _espeak(
                "civilian",
                "en-gb-x-rp+m6",
                -8,
                rate=134,
                pitch=24,
                lines=(
                    "Coming! What's all the banging?",
                    "Not without Mabel. She's hiding under my bed.",
                    "Got her. Mind your fingers, she scratches.",
                ),
            ),
        ),
        80,
        "siren",
        12,
        long_silences=5,
        description="a street cleared for a gas leak: five long silences at the doors",
    ),
)
