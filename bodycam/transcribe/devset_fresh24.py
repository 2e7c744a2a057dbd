"""The development set's fresh24 half (d197-d204): eight recordings written blind to the diarizer.

Written in session 28, after the fresh to fresh23 halves had been written, by someone who had
not read the diarizer nor the transcriber nor seen their scores. Like fresh21 to fresh23, every
speaker says lines written for the scene (``Voice.lines``), in the order the seed gives the turns
(``devset.turn_plan``); every line is said and the reference STM is the script. Every recording
keeps to 2-5 people, each on a voice of their own (no two on one espeak variant), everyone but
the wearer 5-15 dB under the wearer, and a woman in every scene; every espeak voice has a rate
and a pitch of its own and every flite voice its pace, as in fresh23. Unlike fresh23's two
minutes, every recording is 40-90 s long. It brings espeak's Swedish and Catalan voices reading
English (both read it by their own letter rules: "the" is "te" and "white" a "v" or a "w" with
the vowel of "eat"), each of the eight noises once, and numbers only in words. What each asks
for is what the build realises (read from the reference RTTM below).

- d197, a row over a parking space outside a gym (street, 9 dB): two Swedish men, one accent
  and two men (``sv+m2`` at 136 words a minute and pitch 34, ``sv+m4`` at 180 and 58), and a
  woman wearer; three lines talked over (1.31, 1.12 and 1.29 s), the wearer over each man once.
- d198, a protest on the town hall steps (crowd, 5 dB): the man leading the chant through a
  megaphone, shouting every line (flite ``kal16``), the organiser in espeak's Catalan voice, and
  the partner's one line, over a chant (1.22 s) and talked over by the wearer (0.68 s).
- d199, a statement read back in the patrol car (car, 16 dB): the witness's one line, then the
  wearer (flite ``awb``) reading her statement aloud for 68 s in nine turns, nobody else heard.
- d200, a boy of nine who rang nine nine nine for his mother (dog, 11 dB): the boy at pitch 92
  and 182 words a minute, his mother (flite ``slt``, 12 dB under) first heard after an 8.5 s
  silence as she comes round, and a 6.1 s silence before the boy's question.
- d201, a paraglider down on a hillside (wind, 14 dB): control on the radio passing the air
  ambulance's questions, two waits of 9.4 and 7.8 s, the paraglider 13 dB under the wearer.
- d202, a deaf man's break in, in the rain (rain, 6 dB): his sister speaks his signed answers in
  the first person ("He says, ...") in seven turns, and he says one line aloud himself.
- d203, a shop alarm at night, the shop's music still playing (music, 12 dB): the owner on the
  wearer's phone on speaker (band-limited, flite ``kal16``), talked over by the wearer (0.63 s).
- d204, a delivery rider knocked off his moped at a roundabout as the ambulance comes (siren,
  8 dB): four lines talked over (0.68-0.86 s), two in a row twice; two Welsh officers, a woman
  and a man, and the driver in espeak's Catalan voice 11 dB under.

British espeak voices are written ``en+variant`` or with a regional name
(``en-gb+variant`` is plain ``en-gb`` in this espeak-ng; :mod:`espeak_names`).

Data only; :mod:`devset_specs` appends them to the set and :mod:`devset` builds them (only
when the half or an id is named).
"""

from __future__ import annotations

from bodycam.transcribe.devset_voices import RecordingSpec, _espeak, _flite

FRESH24: tuple[RecordingSpec, ...] = (
    RecordingSpec(
        "d197",
        "fresh24",
        (
            # Called to a row over a parking space outside a gym.
            _espeak(
                "officer",
                "en-us+f3",
                0,
                wearer=True,
                rate=160,
                pitch=62,
                lines=(
                    "Gentlemen, police. One at a time, please. Whose car is the blue one?",
                    "Nobody owns a parking space on a public road, sir. Did you touch his mirror?",
                    "Stop. Both of you, stop talking. You, sir, step over to the wall.",
                    "Right. He moves the blue car, and you both go home. Does either of you want "
                    "to make a complaint?",
                    "Then I'll write it down. Your names, please, both of you.",
                    "Thank you. Then we're done here. Have a good evening, gentlemen.",
                ),
            ),
            # Two Swedish men (espeak's Swedish voice reading English): one accent, two men, told
            # apart by their voices, pace and pitch.
            _espeak(
                "civilian",
                "sv+m2",
                -6,
                rate=136,
                pitch=34,
                lines=(
                    "This is my space. I have parked here every morning for nine years.",
                    "I touched the mirror. I did not break the mirror. Look, there is no mark.",
                    "He blocked me in. I was waiting for half an hour, officer, half an hour.",
                    "No complaint. I only want my space back.",
                ),
            ),
            _espeak(
                "witness",
                "sv+m4",
                -9,
                rate=180,
                pitch=58,
                lines=(
                    "He is crazy, this man! He bent my mirror and he shouted at my wife!",
                    "Nine years, nine years, he says this every day. This is a public road!",
                    "He put his hand on my car, officer, I saw him do this.",
                    "Fine, fine, I will move the car. But I want my complaint written down.",
                    "Anders Berg. And he is Lars Nilsson, everybody on this road knows him.",
                ),
            ),
        ),
        84,
        "street",
        9,
        overlaps=3,
        description="a three-way row over a parking space: two Swedish men, one accent",
    ),
    RecordingSpec(
        "d198",
        "fresh24",
        (
            # The inspector at the town hall steps.
            _espeak(
                "officer",
                "en-gb-x-rp+m5",
                0,
                wearer=True,
                rate=156,
                pitch=40,
                lines=(
                    "Morning. I'm the inspector in charge here today. Who's organising this?",
                    "Okay. Nuria, your people can stay on the steps, but the doors have to stay "
                    "clear.",
                    "They'll hear you, I promise. Can you ask him to keep the chanting off the "
                    "road?",
                    "Sir! Sir, with the megaphone! Back onto the pavement, please!",
                    "That's better, thank you. Nuria, how many more are coming this morning?",
                    "Then we'll close the road at eleven. Tell them to stay behind the barriers.",
                    "That one's for the councillors, not for us, I hope. Right, keep it peaceful.",
                ),
            ),
            # The man leading the chant through a megaphone, shouting every line.
            _flite(
                "bystander",
                "kal16",
                -8,
                shout=True,
                rate=92,
                lines=(
                    "Save our library! Save our library! Save our library!",
                    "What do we want? Our library! When do we want it? Now!",
                    "Books not cuts! Books not cuts! Books not cuts!",
                    "Shame on you! Shame on you! Shame on you!",
                ),
            ),
            # The organiser, a librarian: espeak's Catalan voice reading English.
            _espeak(
                "civilian",
                "ca+f2",
                -6,
                rate=150,
                pitch=64,
                lines=(
                    "I am. Nuria Puig, from the Friends of the Library. We have permission until "
                    "twelve.",
                    "Of course. We are peaceful. We only want the councillors to hear us.",
                    "Maybe two hundred, after the school run. Mothers with buggies, old people.",
                ),
            ),
            # The partner's one line, talked over.
            _flite(
                "partner",
                "rms",
                -10,
                rate=96,
                lines=("Sir, the councillors are coming out of the side door now.",),
            ),
        ),
        76,
        "crowd",
        5,
        overlaps=2,
        short_line=3,
        description="a library protest: a chant leader shouting through a megaphone",
    ),
    RecordingSpec(
        "d199",
        "fresh24",
        (
            # In the patrol car outside her house, the wearer reads the statement back to the
            # witness.
            _flite(
                "officer",
                "awb",
                0,
                wearer=True,
                rate=104,
                lines=(
                    "Right, Mrs Dunn, I've written it all down. I'll read your statement back to "
                    "you, and you stop me if anything's wrong.",
                    "This statement, consisting of two pages, each signed by me, is true to the "
                    "best of my knowledge and belief.",
                    "I am seventy four years of age and I live alone at number nine, Elm Grove. "
                    "On Sunday evening I was watching the television in my front room.",
                    "At about half past nine I heard the side gate bang. I looked through the "
                    "curtains and saw a man walking up my drive towards the garage.",
                    "He was white, about thirty years old, tall and thin, with a grey hooded top "
                    "and dark trousers. He was carrying a blue holdall.",
                    "He tried the garage door, and when it would not open, he walked round to the "
                    "back of the house. I could not see him after that.",
                    "I telephoned my son, who told me to call the police. I did not go outside. I "
                    "heard glass breaking at about twenty to ten.",
                    "When the police arrived, the back door was open and my late husband's medals "
                    "were gone from the dresser in the dining room.",
                    "I did not give anyone permission to enter my house or to take the medals. I "
                    "would recognise the man again if I saw him.",
                    "That's the end of it. Is all of that right? If it is, sign here, and here at "
                    "the bottom of each page.",
                ),
            ),
            # The witness, an old woman, says her one line and listens.
            _espeak(
                "witness",
                "en-us+f5",
                -9,
                rate=150,
                pitch=58,
                lines=(
                    "Go on, love. I haven't got my glasses, so you'll have to read it all to me.",
                ),
            ),
        ),
        88,
        "car",
        16,
        short_line=1,
        description="a statement read back in the patrol car: the wearer reading alone",
    ),
    RecordingSpec(
        "d200",
        "fresh24",
        (
            # At a house where a boy of nine rang nine nine nine, the dog barking in the garden.
            _espeak(
                "officer",
                "en+f2",
                0,
                wearer=True,
                rate=158,
                pitch=56,
                lines=(
                    "Hello, are you Ethan? You did really well ringing us. Where's your mum?",
                    "Okay, Ethan, stay here with my colleague. Mum? Can you hear me? She's "
                    "breathing.",
                    "I'm putting her on her side. Mum, my name's Claire, I'm a police officer.",
                    "She's talking to us, Ethan, that's a really good sign. Have you got any "
                    "sweets in the house?",
                    "Ethan, can you bring mummy the orange juice? Walk, don't run.",
                ),
            ),
            _flite(
                "partner",
                "rms",
                -6,
                rate=98,
                lines=(
                    "I'll shut the dog in the garden, Sarge. He's not happy with us being here.",
                    "Ambulance is eight minutes away. Ethan, does your mum take any medicine?",
                ),
            ),
            # The boy: a high, quick voice.
            _espeak(
                "civilian",
                "en-us+m4",
                -7,
                rate=182,
                pitch=92,
                lines=(
                    "She's in the kitchen. She fell down and she won't wake up. I tried shaking "
                    "her.",
                    "Mum! You fell over and you wouldn't wake up, so I rang nine nine nine!",
                    "Is she going to be okay? Is she going to hospital?",
                    "Here's the juice. I got a straw as well, because she likes a straw.",
                ),
            ),
            # His mother, on the kitchen floor: first heard after a long silence, as she comes
            # round.
            _flite(
                "witness",
                "slt",
                -12,
                rate=90,
                lines=(
                    "Ethan? What happened? Why are the police here?",
                    "Oh, sweetheart. I'm sorry. I didn't eat any lunch, and I'm diabetic.",
                    "There's orange juice in the fridge. And my kit is in my handbag, by the door.",
                    "Thank you, my brave boy. Come here and give me a cuddle.",
                ),
            ),
        ),
        88,
        "dog",
        11,
        long_silences=1,
        late_voice=3,
        description="a boy who rang for his collapsed mother; she comes round late",
    ),
    RecordingSpec(
        "d201",
        "fresh24",
        (
            # On a hillside, where a paraglider has come down in a field.
            _espeak(
                "officer",
                "en-gb-scotland+m3",
                0,
                wearer=True,
                rate=150,
                pitch=38,
                lines=(
                    "She's here, by the wall! Madam, police. Don't try to move. What's your name?",
                    "Received. Female, forties, conscious, back pain and a numb left foot.",
                    "Wind's from the west, gusting hard. Power lines along the road. The next "
                    "field is clear.",
                    "Not yet, Fiona. Stay still for me, I'm putting my coat over you.",
                ),
            ),
            # The paraglider, lying in the grass, 13 dB under the wearer.
            _espeak(
                "civilian",
                "en-us+f2",
                -13,
                rate=130,
                pitch=54,
                lines=(
                    "Fiona. My back hurts, and I can't feel my left foot properly.",
                    "Is that the helicopter? I can hear something. I'm so cold.",
                    "I can hear it now. Please don't leave me on my own.",
                ),
            ),
            # Control on the radio, passing on the air ambulance's questions.
            _flite(
                "dispatch",
                "slt",
                -8,
                radio=True,
                rate=100,
                lines=(
                    "Control to Brent Knoll, the air ambulance is airborne, twelve minutes to you.",
                    "Control, the pilot asks for the wind direction and any wires or cables near "
                    "the field.",
                    "Received. Keep her still and warm, and keep everybody back from the landing "
                    "area.",
                    "Air ambulance is two minutes out. They will land in the field to the east of "
                    "you.",
                ),
            ),
            _espeak(
                "partner",
                "en+m7",
                -5,
                rate=172,
                pitch=46,
                lines=("I'll get the canopy rolled up before the wind takes it again.",),
            ),
        ),
        86,
        "wind",
        14,
        long_silences=2,
        description="a paraglider down on a hillside: two long waits for the air ambulance",
    ),
    RecordingSpec(
        "d202",
        "fresh24",
        (
            # At a deaf man's back door in the rain, after a break in.
            _flite(
                "officer",
                "kal16",
                0,
                wearer=True,
                rate=100,
                lines=(
                    "Hello, I'm Officer Hart. You rang about a break in? Is this your brother's "
                    "house?",
                    "Thank you, Tom. Please tell him to look at me. Tom, when did you last see "
                    "the house locked?",
                    "Of course. What did he find this morning?",
                    "Does he have the serial number of the laptop, or a photo of the bike?",
                    "That's great. Has anyone been working on the house, or asking questions "
                    "about it?",
                    "Does he still have the note, or remember what the man looked like?",
                    "That helps a lot. We'll send someone to take fingerprints from the window "
                    "today.",
                    "Of course. I'll text him the crime number and my email. Megan, thank you for "
                    "interpreting.",
                ),
            ),
            # His sister, signing and speaking his answers in the first person.
            _espeak(
                "witness",
                "en-gb-x-gbclan+f4",
                -6,
                rate=168,
                pitch=60,
                lines=(
                    "Yes, I'm Megan, his sister. Tom is deaf, so I'll sign for you, and I'll "
                    "speak for him.",
                    "He says, I locked up at eleven. My hearing aids were out, so I heard nothing.",
                    "He says, the back door was open and the rain was coming in. My laptop and my "
                    "bike are gone.",
                    "He says, the bike is a green Raleigh. The receipt is in a drawer upstairs, I "
                    "will find it.",
                    "He says, a man came on Friday, selling gutter cleaning. I wrote him a note "
                    "to say no.",
                    "He says, short, bald, with a tattoo of a spider on his neck. He had a white "
                    "van.",
                    "He says thank you. And can you text him, not phone him?",
                ),
            ),
            # The deaf man says one line aloud himself.
            _flite(
                "civilian",
                "rms",
                -8,
                rate=95,
                lines=("Thank you for coming.",),
            ),
            _espeak(
                "partner",
                "en-gb-x-rp+m1",
                -10,
                rate=150,
                pitch=44,
                lines=(
                    "The kitchen window's been forced, Sarge. Mud on the sill, and footprints on "
                    "the floor.",
                ),
            ),
        ),
        88,
        "rain",
        6,
        short_line=2,
        description="a deaf man's break in: his sister interpreting, speaking for him",
    ),
    RecordingSpec(
        "d203",
        "fresh24",
        (
            # In a clothes shop at night after the alarm, the shop's music still playing.
            _espeak(
                "officer",
                "en-us+m1",
                0,
                wearer=True,
                rate=162,
                pitch=42,
                lines=(
                    "Shop door's been forced. Mr Khan, you're on speaker. We're inside now.",
                    "We're heading to the office now. Why's the music still playing?",
                    "Mr Khan, the safe's closed but somebody's had a go at it. Do you have "
                    "cameras?",
                    "Then the box is still running, that's good news. Can you come down and show "
                    "us the footage?",
                    "Thanks. Mr Khan, the back door's open as well. How long will you be?",
                    "We won't touch anything. We'll wait here for you and keep the place secure.",
                ),
            ),
            # The owner on the wearer's phone, on speaker: band-limited.
            _flite(
                "witness",
                "kal16",
                -9,
                radio=True,
                rate=98,
                lines=(
                    "The till's always empty at night, I bank the money at six. Is the safe in "
                    "the office okay?",
                    "Four cameras, and they record to a box under the counter. The music runs on "
                    "the same box, that's why it's on.",
                    "Twenty minutes. I'm coming from Rochdale. Please don't touch the box, my "
                    "cousin set it up.",
                ),
            ),
            _espeak(
                "partner",
                "en-029+f3",
                -5,
                rate=150,
                pitch=60,
                lines=(
                    "Nobody in the changing rooms. The till drawer's open and empty.",
                    "Office door's kicked in. The safe's still shut, but there are scratches "
                    "round the lock.",
                    "Sarge, the back fire door's open. They've gone out over the yard wall.",
                ),
            ),
        ),
        70,
        "music",
        12,
        overlaps=1,
        description="a shop alarm at night: the owner on a phone on speaker over the shop's music",
    ),
    RecordingSpec(
        "d204",
        "fresh24",
        (
            # At a roundabout where a car has knocked a delivery rider off his moped, an ambulance
            # arriving.
            _espeak(
                "officer",
                "en-gb-x-gbcwmd+f1",
                0,
                wearer=True,
                rate=166,
                pitch=58,
                lines=(
                    "Police. Don't get up, sir, stay on the ground. Who was driving the car?",
                    "Thanks. Sir, keep your helmet on for me. Where does it hurt?",
                    "Sir, what's your name, and is anyone expecting you?",
                    "Nobody's paying for anything yet. Ryan, the paramedics are here, they'll "
                    "look at your wrist.",
                    "Good. Keep the card in the camera, and we'll take it from you here.",
                    "I'll ring them, Ryan. You go with the paramedics. Madam, your licence, "
                    "please.",
                ),
            ),
            _espeak(
                "partner",
                "en-gb-x-gbcwmd+m2",
                -5,
                rate=152,
                pitch=40,
                lines=(
                    "Sarge, the ambulance is just coming now. I'll stop the traffic on this side.",
                    "Madam, can you move your car onto the verge? Leave the moped where it is.",
                ),
            ),
            # The rider.
            _flite(
                "civilian",
                "awb",
                -9,
                rate=104,
                lines=(
                    "She pulled out right in front of me! I had right of way, she never looked!",
                    "Ryan. My wrist, my wrist is bad. And the food's all over the road, the "
                    "customer's waiting.",
                    "Can somebody ring the restaurant? The phone's in my pocket, it keeps buzzing.",
                    "Tell them the order's late, not lost. I'll lose the job if they think I ate "
                    "it.",
                ),
            ),
            # The driver: espeak's Catalan voice reading English.
            _espeak(
                "witness",
                "ca+f5",
                -11,
                rate=140,
                pitch=70,
                lines=(
                    "Me, it was me. He came round the roundabout so fast, I did not see him.",
                    "I am so sorry. I am Montserrat Vidal. I will pay for the food, for "
                    "everything.",
                    "I have a camera in the car, on the window. The video, I can give it to you.",
                ),
            ),
        ),
        84,
        "siren",
        8,
        overlaps=4,
        description="a moped rider knocked down as the ambulance comes: four lines talked over",
    ),
)
