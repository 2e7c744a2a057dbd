"""A diarization development set built at test or benchmark time: scripted body-camera
encounters with exact reference turns, never a recording the diarizer was tuned on alone.

Each recording is a seeded conversation of 1 to 5 voices: espeak-ng variants (sexes, accents)
and Debian ``flite``'s ``rms``, ``awb``, ``slt`` and ``kal16``, which are resynthesized from
recordings of real people. The camera wearer is loud and close; the others stand 5-15 dB
quieter and a few metres away (top end lost, a reflection). On top: shouting, a band-limited
radio voice, a voice through a closed car window, overlaps, a single short line by one speaker,
long silences, and street, wind, car, rain, siren, crowd, music or dog noise at 0-20 dB SNR, all
synthesized. The reference RTTM has one turn per line, from its first to its last voiced sample
(pauses inside a line are capped at 0.3 s, as in the demo).

The set is split into a development half (tune on it) and a held-out half (score it only at the
end of a change), fixed by recording id. A third, ``fresh`` half (d15-d20) was written later by
someone who had not read the diarizer, to break it: it is scored only when asked for by name and
is not part of the development set (``specs()`` and ``build()`` without a half leave it out).
Once the fresh half had been looked at and tuned on, a fourth, ``fresh2`` half (d21-d28) was
written the same way, blind to the diarizer, one failure each: two same-sex flite voices taking
turns, four voices with a female radio dispatcher, a partner's single shouted command from
across the street, backup first heard after a long silence, five voices by the road, a quiet
civilian at -14 dB in 10 dB SNR street noise, a calm exchange of questions and one-to-three word
replies, and the wearer's own shouted command (two voices, one label: a shout is not a new
speaker). It too is built and scored only when asked for by name.
After fresh2 had been scored and tuned on, a fifth, ``fresh3`` half (d29-d36) was written blind
again, one difficulty each: two male officers of near-equal voice beside a civilian, a male
civilian answering in short replies to a talkative wearer, a child's high quick voice, a
distressed civilian's long account with the wearer only acknowledging ("Okay.", "Go on."), a
caller on a speakerphone (band-limited) with a quiet civilian in the back of a car, three voices
in traffic at 1 dB SNR, four accents in one scene, and two neighbours arguing over each other
while the wearer says a single command. It is built and scored only when named.
In session 7, after fresh3 had been tuned on, a sixth, ``fresh4`` half (d37-d44) was written
blind to the diarizer, none of its difficulties one an earlier half tried: a civilian pacing
(one voice, near at -4 dB and far at -15 dB), three women (two officers of near-equal voice), a
civilian and the wearer talking over each other six times, two men over one radio channel, an
18-24 s stretch of wind alone, turns with no pause between them (``RecordingSpec.gaps``), six
voices, and a whispering civilian. It too is built and scored only when named.
In session 8, after fresh4 had been scored, a seventh, ``fresh5`` half (d45-d52) was written
blind again, none of its difficulties one an earlier half tried: a civilian flipping between
calm at -8 dB and shouting at +2 dB (one speaker, at times as loud as the wearer), a far
civilian talking for a minute with the wearer heard once, two children's high voices, a 22 s
exchange of four voices, a slow, deep old man, one-word answers with no pause before them, four
men in a car at 2 dB SNR, and a partner heard in person and over the radio (one speaker, two
channels). It too is built and scored only when named.
In session 9, after fresh5 had been scored, an eighth, ``fresh6`` half (d53-d60) was written
blind again, none of its difficulties one an earlier half tried: a father and son sharing one
espeak voice a pitch apart (two speakers), a high-voiced man beside a deep-voiced woman, 90 s
of speech in islands between five 7-12 s silences, a Spanish-speaking couple answering in
English, an elderly couple with rough and breathy voices, a bystander heard only in a few short
replies, two men shouting at each other throughout, and a civilian gabbling at 235 words a
minute. It too is built and scored only when named.
In session 10, after fresh6 had been scored, a ninth, ``fresh7`` half (d61-d68) was written
blind again, none of its difficulties one an earlier half tried: twin brothers in one flite
voice at two distances, a felony stop with the wearer and the partner shouting every line, a
unit in pursuit shouting over the radio, a woman who whispers some lines and says others aloud,
four women and no man, five voices of which three are rare, an interview with 2-4 s of noise
before every line, and the wearer alone with a dispatcher who talks over him. It too is built
and scored only when named.
In session 11, after fresh7 had been scored, a tenth, ``fresh8`` half (d69-d76) was written
blind again, with two new noises (``rain``, ``siren``) and a voice heard through a closed car
window (``Voice.muffled``): a welfare check in a downpour, a crash scene as a siren wails, a
driver and passenger heard only through the glass, two officers in one espeak voice 1 dB apart,
a family row with eight lines talked over, four voices in a gale at 0 dB SNR, the car radio and
the partner heard through the patrol car's door, and a drunk man at two-thirds pace in the rain.
It too is built and scored only when named.
In session 12, after fresh8 had been scored, an eleventh, ``fresh9`` half (d77-d84) was written
blind again, with two noises that have voices in them that belong to no one in the scene
(``crowd``: a dozen wordless talkers; ``music``: a car stereo with a singer): a protest stop
before a crowd, a car stop with the stereo on, a building search where the wearer whispers and
then shouts, a man face to the chest camera louder than the wearer, a man who shouts through his
front door and opens it to talk, a mother and two daughters in one espeak voice, five voices
inside a bar's crowd at 2 dB SNR, and partygoers shouting over music. It too is built and scored
only when named.
In session 14, after fresh9 had been scored, a twelfth, ``fresh10`` half (d85-d92) was written
blind again, half of it at 15-19 dB SNR so the difficulty is the people: a lost child answering
in a word or two with her mother arriving late, a slow old man with long pauses and his daughter
on a speakerphone, a passenger who says one reply in the whole minute (``short_line`` and
``replies`` on one voice), two women in a row with no pause and seven lines talked over, four
women with one of them on the radio, a near civilian's minute-long statement with the wearer's
one acknowledgement, five voices with a radio in rain at 2 dB SNR, and a paramedic arriving late
while a siren wails. It too is built and scored only when named.
In session 15, after fresh10 had been scored, a thirteenth, ``fresh11`` half (d93-d100) was
written blind again, six of its eight at 12-18 dB SNR and thirteen espeak variants new to the
set: a shoplifter who shouts every short answer, an old woman answering through her door in a
word or two with long waits, a man shouting from across a bridge at -14 dB, the wearer alone
for a minute after dispatch's one radio reply, a domestic with long tense silences and lines
talked over in one scene, dispatch arriving late on the radio, five voices at a crash with five
lines talked over at 3 dB, and dispatch briefing over the car radio while the wearer only
acknowledges. It too is built and scored only when named.
In session 16, after fresh11 had been scored, a fourteenth, ``fresh12`` half (d101-d108) was
written blind again, four of its eight at 14-17 dB SNR, fifteen espeak variants new to the set
and a new noise (``dog``: a dog barking in bouts): two Scottish officers alike and a Scottish
driver with the wearer only acknowledging, a hiding homeowner whispering a word or two beside
the camera, a lost boy (350-400 Hz) first heard late and in words as a search dog barks, a
phone on speaker and a radio (two band-limited men, one a civilian), five men in a bar's crowd
with six lines talked over, a Brazilian tourist (espeak's Brazilian Portuguese voice) and his
interpreting daughter, a prisoner talking on behind the car's partition (muffled) with the
wearer's one acknowledgement, and the wearer shouting every line over a siren at 5 dB. It too
is built and scored only when named.
In session 17, after fresh12 had been scored, a fifteenth, ``fresh13`` half (d109-d116) was
written blind again, with thirteen espeak variants new to the set and espeak's French voice:
the wearer's own flite voice given to a son at the door, a neighbour first heard late shouting
through a closed door as a dog barks at 4 dB, a house search with five voices and three long
silences, four voices at a taxi rank with no room between turns and dispatch on the radio, the
wearer shouting over rain at 0 dB to a man answering in words, a French tourist answering in
words, a daughter late on a phone on speaker between long silences, and five voices, two
shouting, in a crowd at 0 dB. It too is built and scored only when named.
After fresh13 had been scored, a sixteenth, ``fresh14`` half (d117-d124) was written blind
again, with seven espeak variants new to the set (espeak's Klatt voice among them): the wearer
alone for a minute with a man behind a car window replying once, two officers shouting over a
siren at 2 dB to a driver answering in words, four flite voices among five at 20 dB, three
band-limited voices (two radios and a phone) beside the wearer, tight turns with two long
silences at a party in 2 dB music, two brothers on one espeak voice family, a woman whispering
her answers as a dog barks at 8 dB, and a partner first heard late, on the radio and shouting.
It too is built and scored only when named.
After fresh14 had been scored, a seventeenth, ``fresh15`` half (d125-d132) was written blind
again, three of its recordings 100-118 s long (earlier ones were at most 90 s), with two more
espeak Klatt voices and espeak's Italian and German voices reading English: a two-minute
welfare check with four voices, a man on a bridge with slow turns and three 12-18 s silences,
a police dog barking at 0 dB, five women in a salon dispute, two witnesses calling from 14-15
dB under the wearer, two tourists (Italian and German), the wearer shouting at a nightclub door
over music at 0 dB, and a long stop where a passenger whispers once and dispatch comes in late.
It too is built and scored only when named.
After fresh15, an eighteenth, ``fresh16`` half (d133-d140) was written blind again, with the
last three espeak Klatt voices and espeak's Polish voice reading English: a father heard on a
phone on speaker and then in person under one label, a camera under a raincoat muffling every
voice (the wearer's too), two sisters on one flite voice at two levels and paces, a lost boy
at espeak pitch 96 beside his grandfather, a Polish driver and a telephone interpreter with
turns 0.1-0.4 s apart, a driver 13 dB under the traffic, a brawl with four shouting voices,
and a 120 s ride home with a slurring drunk and a fast-talking friend.
It too is built and scored only when named.
After fresh16, a nineteenth, ``fresh17`` half (d141-d148) was written blind again, 2-5 people
each on a voice of their own, with espeak's Afrikaans and Swahili voices reading English:
dispatch answering every plate check in words on the radio, a wearer with an Afrikaans accent
at a festival gate, a man shouting from a balcony for a minute to a wearer heard once, a night
search of a park with five voices, long silences and talk-over, a Kenyan taxi driver and his
wife on a phone on speaker, a woman behind a custody van's partition at 0 dB engine noise, a
witness calling late from across the road 15 dB under the wearer, and a 104 s row between two
market traders with turns 0-0.15 s apart.
It too is built and scored only when named.
After fresh17, a twentieth, ``fresh18`` half (d149-d156) was written blind again, 2-5 people
each on a voice of their own, with espeak's Vietnamese and Romanian voices reading English: a
mother on a phone on speaker for a minute to a wearer heard once, dispatch faint on the
partner's radio 13 dB under the wearer in wind, a Vietnamese salon owner and a Romanian builder
shouting from scaffolding, two drivers rowing on a bridge with six lines talked over in wind at
3 dB, the wearer searching a scrapyard alone as a dog barks with the partner's one shouted
command 14 dB under, a death message with four voices and 1.5-3.5 s before every line, a woman
officer shouting at a man answering in words, and a 116 s motorway collision with five voices
and the recovery driver late.
It too is built and scored only when named.
After fresh18, a twenty-first, ``fresh19`` half (d157-d164) was written blind again, 2-5 people
each on a voice of their own, with espeak's Turkish and Lithuanian voices reading English: a
stakeout in an unmarked car with two 20-28 s silences and dispatch on the car radio, a Turkish
kebab shop owner holding the minute to a wearer heard once, a cliff-top search with five voices
in a gale at 2 dB and the coastguard on the radio, a prisoner shouting in the back of the patrol
car with four lines talked over at 3 dB, a neighbour storming down late and shouting in person,
the wearer checking an alarmed shop alone for six lines before the keyholder comes, a husband's
one reply shouted down from a window, and an ambulance bay with five voices (a Lithuanian
mother and uncle) and 1-2.5 s before every line.
It too is built and scored only when named.
After fresh19, a twenty-second, ``fresh20`` half (d165-d172) was written blind again, 2-5 people
each on a voice of their own, with espeak's Welsh and Dutch voices reading English: a crush at
football turnstiles with the match commander on the radio in the crowd and one long silence, a
Welsh farmer shouting across a flooded ford in rain at 3 dB, a man on a roof with 1.5-3 s
before every line yet three lines talked over, the wearer alone in the patrol car for over a
minute before a woman talks to him through the window, the partner's one command through a
loudhailer, a wedding row with five voices and 0-0.12 s between turns, a Dutch lorry driver
behind his closed cab window, and a cordon in the rain with three residents 12-15 dB under the
wearer.
It too is built and scored only when named.
Until session 25 every recording drew its words from one pool of generic lines (``_LINES``,
``_SHORT_LINES``, ``_REPLIES``, ``_ACKNOWLEDGEMENTS``), whatever the scene. A voice may now be
given its own (``Voice.lines``): its n-th turn says its n-th line, in place of the generic one
drawn for it (the draws, and so who speaks when, stay those of the seed: :func:`turn_plan`),
and the reference STM carries what was said. A short-line voice gets one line, a replies
voice's lines are its replies; a script with too few lines for the recording or lines it has
no room for is refused (``ValueError``, naming the recording and the voice). The recordings
written before (d01-d172) have none, and their files and cache keys are what they were.
After fresh20, a twenty-third, ``fresh21`` half (d173-d180) was written blind again, the first
whose every speaker says lines written for the scene, 2-5 people each on a voice of their own,
with espeak's Albanian and Haitian Creole voices reading English: two officers shouting the
same commands word for word at a felony stop as the police dog barks, a man behind his front
door holding the minute with two long silences and the wearer heard once, a man in a river in
a storm with the boat commander shouting on the radio, a woman's one shouted warning at a
takeaway fight, the same call into long silences in a search for a lost girl who answers late in
a word or two, a row on a bus in the rain with 0-0.15 s between turns, an Albanian shopkeeper's
account of a robbery in long turns, and a cab and a cyclist at a junction with five voices and
the radio as a fire engine passes.
It too is built and scored only when named.
After fresh21, a twenty-fourth, ``fresh22`` half (d181-d188) was written blind again, with
scene lines for every speaker, 2-5 people each on a voice of their own, with espeak's
Hungarian and Indonesian voices reading English: the wearer alone counting chest compressions
aloud in a shopping centre until a paramedic comes, a roadside breath test with the same
command again and again and a date of birth, a reading and a phone number in words, two
Scottish women rowing over a hedge in wind with no room between turns, a foot chase through
gardens at 2 dB with the helicopter's observer on the radio, a Hungarian carer's long account
of a missing resident between two long silences in the rain, a busker and the wearer shouting
over his speaker at 0 dB, five voices at a tower block fire with a radio, and a dog bite in a
park with the owner's name spelt out letter by letter as the dog barks at 2 dB.
It too is built and scored only when named.
After fresh22, a twenty-fifth, ``fresh23`` half (d189-d196) was written blind again, with
scene lines for every speaker, 2-5 people each on a voice of their own and every espeak voice
at a rate and pitch of its own, with espeak's Finnish and Estonian voices reading English: a
fare dodger on a station platform with the station's announcements cutting in from the
speakers, two Finnish sisters telling a hit-and-run in the back of the patrol car, a night
search of a storage yard with 3-5 s pauses as the officers call out and wait, a lost old man
with dementia asking the same question again at a bus station with 0-2.5 s between turns, sheep
worrying on a hill farm with five voices as the walker's dog barks, a man shouting through a
locked bathroom door in an Estonian accent over the neighbours' music, an armed cordon as
sirens pass with control's long turns on the radio, and two boys on a stolen scooter talking
fast with no room between turns at 3 dB.
It too is built and scored only when named.
After fresh23, a twenty-sixth, ``fresh24`` half (d197-d204) was written blind again, with scene
lines for every speaker, 2-5 people each on a voice of their own, every espeak voice at a rate
and pitch of its own and every recording 40-90 s long, with espeak's Swedish and Catalan voices
reading English: two Swedish men and the wearer rowing over a parking space, a library protest
with the chant leader shouting through a megaphone, a witness statement read back aloud by the
wearer in the patrol car, a boy of nine who rang for his collapsed mother and her first words
after a long silence, a paraglider down on a hillside with two long waits for the air
ambulance, a deaf man's sister speaking his signed answers, a shop owner on a phone on speaker
over the shop's music, and a moped rider knocked down as the ambulance comes with four lines
talked over.
It too is built and scored only when named.
After fresh24, a twenty-seventh, ``fresh25`` half (d205-d212) was written blind again, with
scene lines for every speaker, 2-5 people each on a voice of their own, every espeak voice at a
rate and pitch of its own and every recording 74-90 s long, with espeak's Danish, Basque,
Icelandic and Maltese voices reading English: a tour coach that clipped a parked car with three
of those accents in one scene, the wearer alone with a slumped driver as the sirens come, a
missing girl's mother on the phone on speaker talking over control on the car radio, a car blown
into a ditch on a moor and a Basque lorry driver first heard after a long silence, a widow on
the church steps in a downpour with three long silences, two women shouting at each other over
their dogs, a pub landlord's account in three long turns over the jukebox, and a steward's
loudhailer shouting over a lost boy's mother in a concert crowd.
It too is built and scored only when named.
After fresh25, a twenty-eighth, ``fresh26`` half (d213-d220) was written blind again, with
scene lines for every speaker, 2-5 people each on a voice of their own, every espeak voice at a
rate and pitch of its own and every recording 84-90 s long, with espeak's Norwegian, Latvian,
Czech, Croatian, Slovak, Portuguese and Slovenian voices reading English: a woman hiding from an
intruder whispering on a phone on speaker, a cut mooring line on a harbour wall with a
Norwegian skipper and a Latvian deckhand and no room between turns, a Czech couple's stolen
wages with the husband talking over his wife, a rugby club's terrace with five voices and five
lines talked over in a crowd, a house fire with a Slovak neighbour's one shouted warning, a
wearer with a Portuguese accent and two boys at a smashed claw machine, a young man whispering
down from his mother's loft in a thunderstorm and first heard late, and a learner driver and
the wearer, two women's voices close in pitch, in traffic at 2 dB.
It too is built and scored only when named.
After fresh26, a twenty-ninth, ``fresh27`` half (d221-d228) was written blind again, with
scene lines for every speaker, 2-5 people each on a voice of their own, every espeak voice at a
rate and pitch of its own and every recording 76-88 s long, half of it ordinary on purpose, with
espeak's Malay, Bosnian, Scottish Gaelic, Oromo, Azerbaijani, Setswana and Luxembourgish voices
reading English: a dog shut in a car with a Malay-accented partner and the owner back late, a
touchline fight with a Bosnian father shouting from across the pitch, a slow old Gaelic speaker
at a bank counter with the fraudster on his phone on speaker, a man on the railway line in a
gale answering late in a word or two, a fuel drive-off with the cashier talking fast, a mother
and her son of ten whose bike was stolen in the rain, a stolen car followed on its tracker's app
from the patrol car with no room between turns, and a puppy sale in a lay-by with five voices
as the dogs bark.
It too is built and scored only when named.
After fresh27, a thirtieth, ``fresh28`` half (d229-d236) was written blind again, with
scene lines for every speaker, 2-5 people each on a voice of their own, every espeak voice at a
rate and pitch of its own and every recording 76-90 s long, half of it ordinary on purpose, with
espeak's Papiamento, Kurdish, Serbian, Guarani, Quechua and Greenlandic voices reading English:
a birthday party at one in the morning with a Papiamento host over the music, two brothers of
one Kurdish accent four pitch apart at a car wash with the customer shouting in traffic at
5 dB, a shed break-in on the allotments with an old Serbian owner, a car into a garden wall in
the rain with a far Guarani woman at a window 15 dB under the wearer and first heard late, a
shunt at traffic lights with a Quechua van driver, a purse taken at a food market, a diabetic
man at a bus stop answering in a word or two as the ambulance comes, and two women shouting
over a back-garden fence, one with a Greenlandic accent, with five voices and 0-0.2 s between
turns as the dog barks at 3 dB.
It too is built and scored only when named.
After fresh28, a thirty-first, ``fresh29`` half (d237-d244) was written blind again, with
scene lines for every speaker, 2-5 people each on a voice of their own, every espeak voice at a
rate and pitch of its own and every recording 78-88 s long, half of it ordinary on purpose, with
espeak's Cantonese (Jyutping letter rules), Lule Saami, Aragonese, Latgalian and Nahuatl voices
reading English: a moped stolen outside a takeaway with a Cantonese owner, a camper van on a
flooding causeway in a gale at 3 dB with the wearer shouting every line and a Lule Saami couple,
the wife answering in a word or two, a van stopped for a brake light with an Aragonese driver
and a long silence, a van on its side at a roundabout in sirens at 1 dB with the Latgalian
partner first heard late on the radio, a baby locked in a car in the rain with a Nahuatl
neighbour, a spiked drink whispered to the wearer in a crowded pub by a Cantonese student (two
voices), a handbag found by a dog walker's dogs, and a fight at a wedding reception with five
voices and five lines talked over as the disco plays.
It too is built and scored only when named.
After fresh29, a thirty-second, ``fresh30`` half (d245-d252) was written blind again, with
scene lines for every speaker, 2-5 people each on a voice of their own, every espeak voice at a
rate and pitch of its own and every recording 54-60 s long (those of fresh21 to fresh29 ran
70 s or more), half of it ordinary on purpose, with espeak's Esperanto, Interlingua, Lojban and
Lingua Franca Nova voices reading English: a young driver typing at a red light with his
grandmother beside him, a son shouting in a hospital's emergency waiting room with 0-0.2 s
between turns and his father's one line, a driver asleep at a drive-through's order speaker
answering in a word or two with the woman inside heard late through the speaker, a horse loose
on a lane in a gale at 2 dB with control on the radio and the farmer late and shouting, rogue
roofers at an old woman's door in the rain, a man sleeping rough with his dog talking alone
after the wearer's one line between two long silences, a wrong-way driver stopped on a dual
carriageway as the sirens come with five voices, four lines talked over and the partner's one
line on the radio, and lockers forced at a gym over its music with a trainer heard late.
It too is built and scored only when named.
After fresh30, a thirty-third, ``fresh31`` half (d253-d260) was written blind again, with
scene lines for every speaker, 2-5 people each on a voice of their own, every espeak voice at a
rate and pitch of its own and every recording 59-88 s long, with no accent new to the set (the
Polish, Romanian, Albanian and Norwegian voices, heard once each before, read English): a
cyclist doored on a red route at rush hour, shouting, in street noise at 0 dB for the first
time, an arrest in the rain with the man's one "No comment." and the wearer alone after two long
silences, a woman whispering beside a man who will not leave a cinema as the film plays, a van
stalled on a level crossing with its Romanian driver shouting and control on the radio over the
wearer, a car meet in a retail park at night, a father shouting on a school's zigzags with five
voices, four lines talked over and the lollipop lady's one line, hare coursers stopped on a
farm track with one answering in a word or two and the first radio in dog noise, and a smashed
window at a hill car park with a Norwegian couple and the warden heard late.
It too is built and scored only when named.
After fresh31, a thirty-fourth, ``fresh32`` half (d261-d268) was written blind again, with
scene lines for every speaker, 2-5 people each on a voice of their own, every espeak voice at a
rate and pitch of its own and every recording 50-90 s long, with no accent new to the set (the
Finnish, Hungarian and Turkish voices, heard in one recording each before, read English): a
motorcyclist down at a crossroads as the ambulance comes, in siren noise at 0 dB for the first
time, egg thieves at a falcons' nest watched from a hide with the warden whispering, the first
whisper in wind, a girl lost in a maize maze talking on a toy walkie-talkie, the highest voice
yet through a radio band, an ice-cream van selling vapes with its driver answering in a word or
two over the chimes, a driver who rammed the car in front talking over the wearer and talked
over by her seven times (two voices), a bottle thrown from a balcony in the rain with two
residents 15 dB under the wearer, a dog handler alone on a track after control's one line with
a 32 s silence, and a fight at a kebab shop with the wearer on flite ``kal16`` shouting and five
voices in 50 s.
It too is built and scored only when named.
After fresh32, a thirty-fifth, ``fresh33`` half (d269-d276) was written blind again, with
scene lines for every speaker, 2-5 people each on a voice of their own, every espeak voice at a
rate and pitch of its own and every recording 50-90 s long, with no accent new to the set (the
Welsh, Croatian and Slovak voices, heard in one recording each before, read English): a car
keyed at a livestock market with twin brothers on the Welsh voice 2 words a minute and 6 pitch
apart, each blaming the other, a woman locked in her bathroom whispering 12 dB under the wearer
as a siren comes, the first whisper in siren noise, a woman with dementia missing on a towpath
in the rain with the wearer alone for six lines and her voice 14 dB under after a long silence
(two voices), a fan collapsed at a football ground with five voices and the control room on the
radio in crowd noise at 1 dB, a house party with a girl of fifteen 15 dB under the wearer over
the music, a man on a footbridge's railings in a gale with slow turns, two long silences and
the partner heard only on the radio, a shoplifter driven to custody in car noise at 20 dB for
the first time, and a delivery driver bitten at a front gate with five voices in 50 s in dog
noise.
It too is built and scored only when named.
After fresh33, a thirty-sixth, ``fresh34`` half (d277-d284) was written blind again, with
scene lines for every speaker, 2-5 people each on a voice of their own, every espeak voice at a
rate and pitch of its own and every recording 50-90 s long, with no accent new to the set (the
German, Dutch and Portuguese voices, heard in one recording each before, read English) and,
for the first time, not every noise once but mostly street, wind and car noise (three, two and
two recordings) and one in rain: a cyclist knocked off by a car door, shouting at a German
driver, a girl missing on a moor in a gale with the wearer searching alone and her voice 13 dB
under after a long silence, a boy of seven driven home with his mother on the car's
speakerphone, a cafe owner shouting at a busker with five voices and a passer-by's one line, a
man soaked in a bus shelter with slow turns and two long silences, a dog swept off a seafront
wall in wind noise at 0 dB with the husband shouting from the beach and the coastguard on the
radio, a quiet night patrol where the partner tells one long story and the wearer only
acknowledges it, and a tourist's phone snatched by a moped rider in 50 s.
It too is built and scored only when named.
After fresh34, a thirty-seventh, ``fresh35`` half (d285-d292) was written blind again, with
scene lines for every speaker, 2-5 people each on a voice of their own, every espeak voice at a
rate and pitch of its own and every recording 50-90 s long, with no accent new to the set (the
Spanish, French and Italian voices, heard in one recording each before, read English) and, as
fresh23 to fresh33 did, each of the eight noises once: an ambulance blocked by a parked car as
its siren runs, the Italian owner shouting, a family broken down on a motorway's hard shoulder
in the rain with control on the radio and a long wait, fake concert tickets outside an arena
with five voices, a French mother, her daughter shouting and the partner's one line, a taxi
driver in the patrol car talking alone for a minute after the wearer's one acknowledgement, a
dog alone in a flat for two days with a French landlord and the tenant first heard late on the
landlord's phone, on speaker, after two long silences, a trampoline blown onto a car in a storm
with the owner shouting and three lines talked over, a children's entertainer's van broken into
with a Spanish entertainer and a parent's one line in 50 s, and a man with bolt cutters at a
station's bike racks in street noise at 0 dB with the owner shouting and control on the radio.
It too is built and scored only when named.
After fresh35, a thirty-eighth, ``fresh36`` half (d293-d300) was written blind again, with
scene lines for every speaker, 2-5 people each on a voice of their own, every espeak voice at a
rate and pitch of its own and every recording 50-90 s long, with no accent new to the set (the
Swahili, Lithuanian and Estonian voices, heard in one recording each before, read English) and,
as fresh35 did, each of the eight noises once: a scaffold pole dropped beside a pram in street
noise with a wearer in the Swahili voice (the first accented wearer outside music noise) and
the mother shouting, a fire alarm at student halls as the fire engines come with a student
answering through his closed window and two long silences, a hen party's minibus in a lay-by in
car noise at 0 dB with the driver and the bride's sister both shouting, a gazebo taken on a
flooded festival campsite with five voices, a Lithuanian camper shouting and four lines talked
over, a dispersal order read outside a shopping centre in crowd noise at 20 dB with a lad's one
shouted line and the wearer alone for a minute, lead stripped from a church roof with slow
turns over the music group and the vicar heard late, a dog groomer's in 50 s with a wearer on
flite rms, the owner shouting, an Estonian groomer and her apprentice's one line, and a walker
hurt on a ridge in a gale at 2 dB with control and the mountain rescue team on two radios.
It too is built and scored only when named.
After fresh36, a thirty-ninth, ``fresh37`` half (d301-d308) was written blind again, with
scene lines for every speaker, 2-5 people each on a voice of their own, every espeak voice at a
rate and pitch of its own and every recording 50-90 s long, with no accent new to the set (the
Swedish, Latvian and Czech voices, heard in one recording each before, read English), each of
the eight noises once, as fresh35 and fresh36, and a police radio in four of the eight: a lorry
wedged under a railway bridge with its Latvian driver, a unit on the radio and a 15 s wait, the
first over 10 s in street noise, a hire boat hung up in a canal lock in the rain with its Czech
skipper shouting and five lines talked over, a boy locked in a portable toilet at a county show
heard through its door in 50 s (the first muffled voice in crowd noise), an old man fallen in
his garden as his collie barks at 20 dB with slow turns and control's one line, a woman who
pulled a welder out of his burning van talking alone for a minute as the fire engines come,
after the wearer's one acknowledgement, a car running in a lock-up garage in car noise at 0 dB
with the wearer shouting every line, the man behind his window and control talking over two
voices, a fight at a funfair over the waltzer's music with the lad's name checked in seven
lines from control on the radio, and ferries cancelled in a gale with five voices and a wearer
in the Swedish voice.
It too is built and scored only when named.
After fresh37, a fortieth, ``fresh38`` half (d309-d316) was written blind again, with scene
lines for every speaker, 2-5 people each on a voice of their own, every espeak voice at a rate
and pitch of its own and every recording 50-90 s long, with no accent new to the set (the
Brazilian Portuguese, Indonesian and Slovenian voices, heard in one recording each before, read
English), each of the eight noises once, as fresh35 to fresh37, a police radio in three of the
eight (four radio voices) and two pairs of near one voice: a cash machine that kept an old
woman's card in street noise at 3 dB with the man behind her shouting over the wearer and the
postmaster's one line, a drone flown over a prison wall as the dogs bark with two brothers of
one accent and near one voice and control's five lines on the radio, one over a brother, a hot
air balloon down in a barley field in the wind with its pilot on flite slt alone for a minute
after the wearer's one line, a man digging in a tip's skip for his wedding ring in the rain at
0 dB with control on the radio and a long wait, a catalytic converter sawn off at a leisure
centre as its alarm wails at 18 dB with a wearer in the Brazilian Portuguese voice and two women
of near one voice, a funeral held up by a parcel van in car noise with its driver shouting
behind his closed window and the daughter's one line, a car at a marathon's crossing point in
crowd noise with control and race control on two radios and a 14 s wait for a gap in the
runners, and a misspelt name at a tattoo parlour over its music at 20 dB in 50 s.
It too is built and scored only when named.
After fresh38, a forty-first, ``fresh39`` half (d317-d324) was written blind again, with scene
lines for every speaker, 2-5 people each on a voice of their own, every espeak voice at a rate
and pitch of its own and every recording 50-90 s long, with no accent new to the set (the
Haitian Creole, Luxembourgish and Serbian voices, heard in one recording each before, read
English), each of the eight noises once, as fresh35 to fresh38, a police radio in three of the
eight, two pairs of near one voice and two quiet voices near the wearer's: a fall over a
Christmas market stall's generator lead in a crowd at 0 dB with the stallholder and his son of
one accent and near one voice, a window cleaner's account from his ladder in the rain on flite
kal16 alone for a minute after the wearer's one line, a caravan snaking on a dual carriageway
in car noise at 3 dB with the partner heard at the start and the end and the driver's wife's
one quiet line, a man who won't give up a pub's karaoke microphone over its music with a woman
controller on the radio, a wedding car parked in a bus stop in street noise at 20 dB in 50 s
with control's replies of a word or two, a kitesurfer's loose board cutting a paddler in the
wind with two women of near one voice and the partner's one line, a show dog let out of her
crate as the dogs bark with the ring steward quiet near the wearer's voice, and a sports shop's
door alarm wailing over a woman who paid, with control on flite awb over the wearer.
It too is built and scored only when named.
After fresh39, a forty-second, ``fresh40`` half (d325-d332) was written blind again, with scene
lines for every speaker, 2-5 people each on a voice of their own, every espeak voice at a rate
and pitch of its own and every recording 45-75 s long, with no accent new to the set (the
Afrikaans, Malay, Bosnian, Scottish Gaelic and Papiamento voices, heard in one recording each
before, read English), each of the eight noises once, as fresh35 to fresh39, a police radio in
three of the eight, three recordings of five voices and people arguing with each other: a
bookmaker paid in forged notes at a racecourse alone for a minute in the Scottish Gaelic voice
over the crowd after the wearer's one line, two anglers fighting over one peg at a fishing lake
in the rain at 20 dB, a hotel's fire alarm at night with the guest's wife shouting from a
window 15 dB under the wearer and control on the radio, a man who wants back the dog he signed
over to a rescue centre in 26 quick turns 0-0.1 s apart as the dogs bark, a protester glued to
a links green in the wind with a marshal whispering over the wearer, a wedding cake's van
stopped for speeding in car noise with a wearer in the Malay voice and a woman controller on the
radio, stolen skates at a roller disco over its music with the mother and the shouting father
arguing, and a removal lorry across a terraced street at 0 dB with a long wait and control on
flite kal16.
It too is built and scored only when named.
After fresh40, a forty-third, ``fresh41`` half (d333-d340) was written blind again, with scene
lines for every speaker, 2-5 people each on a voice of their own, every espeak voice at a rate
and pitch of its own and every recording 40-80 s long, with no accent new to the set (the
Azerbaijani, Guarani, Quechua, Greenlandic and Aragonese voices, heard in one recording each
before, read English), each of the eight noises once, as fresh35 to fresh40, a police radio in
three of the eight, three voices first heard late, answers of a word or two and slow turns: a
van backed into a mobility scooter in the street in 40 s with its driver shouting his answers of
a word or two, a beach hut broken into in the wind at 20 dB with the wearer only acknowledging
the owner's account, a deer stalker's pickup stopped after a shot near tents in car noise with
slow turns 1.1-2.6 s apart, a cat in a bin lorry in the rain with control, a woman, first heard
late on the radio, a flood siren at a caravan park with a wife's one line through the caravan's
door and the warden first heard late on flite awb, a place taken in a queue for trainers in a
crowd with the woman first heard late in the Guarani voice, a handbag taken at a tea dance over
its band at 0 dB with its owner answering in a word or two, and a drone over a sheepdog trial
as the dogs bark with a wearer in the Quechua voice.
It too is built and scored only when named.
After fresh41, a forty-fourth, ``fresh42`` half (d341-d348) was written blind again, with scene
lines for every speaker, 2-5 people each on a voice of their own, every espeak voice at a rate and
pitch of its own and every recording 40-80 s long, with no accent new to the set (the Vietnamese,
Oromo, Setswana, Latgalian and Interlingua voices, heard in one recording each before, read
English), each of the eight noises once, as fresh35 to fresh41, four lines talked over in two of
the eight, two long silences in two, a wearer shouting every line and the partner shouting on the
radio: a wheel clamp on a home carer's car in a surgery's yard in the street with the clamper
shouting on flite awb and four lines talked over, an honesty box taken from a farm's egg stall in
the wind with two voices and two long silences as the wearer searches the verges, a woman in labour
driven to the maternity unit in car noise with control on the radio and a midwife on the
speakerphone in the Oromo voice, a school crossing patrol clipped by a car's wing mirror in the
rain with women only and a girl's one line, a speed camera van's driver come back as fire engines
pass at 3 dB with a woman wearer shouting every line, a pint thrown at a comedian in a crowd at
0 dB with the heckler shouting and four lines talked over, wet washing dumped at a launderette over
its radio in 40 s with quick turns 0-0.1 s apart, and a quad bike taken from a farmyard as the dogs
bark with two long silences and the partner shouting on the radio.
It too is built and scored only when named.
After fresh42, a forty-fifth, ``fresh43`` half (d349-d356) was written blind again, with scene
lines for every speaker, 2-5 people each on a voice of their own, every espeak voice at a rate and
pitch of its own and every recording 40-80 s long, with no accent new to the set (the Kurdish,
Lule Saami, Nahuatl, Esperanto and Lingua Franca Nova voices, heard in one recording each before,
read English), each of the eight noises once, as fresh35 to fresh42, and in one recording each
five lines talked over, three long silences, three band-limited voices, a man and a woman of one
accent, a voice first heard late answering in words, three voices shouting, three flite voices
and a wearer whispering every line: a street preacher with a loudspeaker at 0 dB with the
preacher, the baker and a heckler in the Lingua Franca Nova voice all shouting, night hawks on a
Roman fort in the wind at 20 dB with the wearer and the warden whispering in slow turns and a
digger on his phone first heard late, a car stopped with a shopping trolley across its back seat
in 40 s with three lads on three flite voices, watermelons shed on a roundabout in the rain with
control and the partner on the radio and the haulier's office on the speakerphone in the
Esperanto voice, a woman stuck in a lift as the fire engines come with her voice through its
doors in the Lule Saami voice and three long silences of 9-12 s, darts and prize money gone at a
social club in a crowd with the steward and the stewardess in one Kurdish accent, a boy missing
from a school disco over its music with the teacher in the Nahuatl voice and the boy first heard
late answering in a word or two, and two families claiming one dog at a boarding kennels as the
dogs bark with five lines talked over and the partner's one line.
It too is built and scored only when named.
After fresh43, a forty-sixth, ``fresh44`` half (d357-d364) was written blind again, with scene
lines for every speaker, 2-5 people each on a voice of their own, every espeak voice at a rate and
pitch of its own and every recording 40-80 s long, with no accent new to the set (the Catalan,
Basque, Danish, Icelandic and Maltese voices, the accents heard least recently, in two recordings
each before, and the Lojban voice, the one accent heard in one recording, read English), each of
the eight noises once, as fresh35 to fresh43, and in one recording each six lines talked over,
four long silences, three accented voices, two voices muffled, a voice first heard late shouting,
one first heard late muffled, an accented voice answering in words, the radio answering in words,
a short line on the radio and a civilian 5 dB under the wearer: a pensioner knocked down by a
hired scooter on a pavement answering in a word or two in the Maltese voice, a walker overdue off
a ridge reported at a youth hostel in a gale at 5 dB by three walkers in the Icelandic, Catalan
and Danish voices, a taxi fare at a police station with the passenger's girlfriend first heard
late shouting at the window, a car in a flooded ford in the rain at 20 dB with the wearer alone
through four long silences after control's one line on the radio, on blue lights to a machete in
a newsagent's in 40 s with control answering in a word or two on the radio, a man bolted in a
pub's toilet on a match day with the landlord 5 dB under the wearer, a regular in the Lojban
voice and the man first heard late through the cubicle's door, a house party at three in the
morning over its music at 0 dB with six lines talked over in a row and a guest in the Basque
voice, and a postman bitten at a side gate with the couple talking through their front door as
their dogs bark.
It too is built and scored only when named.
After fresh44, a forty-seventh, ``fresh45`` half (d365-d372) was written blind again, with
scene lines for every speaker, 2-5 people each on a voice of their own, every espeak voice at a
rate and pitch of its own and every recording 40-80 s long, with no accent new to the set (the
Cantonese, Polish, Romanian, Albanian, Norwegian and Finnish voices, the six accents heard least
recently, in two recordings each before, read English), each of the eight noises once, as
fresh35 to fresh44, and in one recording each five long silences, two lines talked over after
two long silences, an accented voice whispering, a phone on speaker heard through a door, a voice
answering in words through it, a voice first heard late 15 dB under the wearer, the short-line
speaker saying one reply, a voice shouting through a door, a flite voice through a car's window
and the partner 5 dB under the wearer: a man on the outside of a footbridge's railing over a high
street in 80 s, two voices and five long silences before he answers in the Finnish voice, a
cloned ticket at a football turnstile with two long waits on the ticket office and then two lines
talked over in a row and the fan in the Albanian voice, a night bus at 20 dB with a woman
whispering in the Romanian voice about the man at the back with a blade up his sleeve, a
pensioner fallen behind her chained front door answering in a word or two through it with the
ambulance call handler on her phone on speaker heard through it too and a neighbour in the Polish
voice, a car on its roof in a field as the fire engines come with the driver's girlfriend first
heard late shouting from across the field 15 dB under in the Norwegian voice, a man slumped in a
nightclub's fire exit over its music in 40 s who answers once and the wearer alone for the rest,
a man shouting through his caravan's door on a cliff top in a gale at 0 dB, and a dog left in a
hot car with its owner on flite behind his closed window, the partner 5 dB under the wearer and
the shopper who rang in the Cantonese voice.
It too is built and scored only when named.
After fresh45, a forty-eighth, ``fresh46`` half (d373-d380) was written blind again, with
scene lines for every speaker, 2-5 people each on a voice of their own, every espeak voice at a
rate and pitch of its own and every recording 40-80 s long, with no accent new to the set (the
Turkish, Hungarian, Welsh, Croatian, Slovak and German voices, the six accents heard least
recently, in two recordings each before, read English), each of the eight noises once, as
fresh35 to fresh45, and in one recording each an accented voice's one line, the partner in an
accent, a shouted one line, an accented wearer, a flite voice answering in words in person, two
voices talking over each other twice, the radio first heard late, the wearer only
acknowledging, a voice first heard late 5 dB under the wearer and the partner first heard late:
a man up a drainpipe to his own flat above a bakery with the neighbour who rang sure he is a
burglar and the baker's one line in the Croatian voice, a road shut under a church's scaffold in
a gale with the partner in the German voice, a van of stolen Christmas trees on a country lane
at 20 dB with the driver in the Turkish voice and the farmer's one line shouted, a girl missing
from her foster home found in a bandstand in the rain, answering in a word or two on flite to a
wearer in the Welsh voice, a courier's throttle bike at a hospital's emergency entrance in 40 s,
two voices each talking over the other once and the courier in the Hungarian voice, a boy's
fingers cut at an ice rink in 80 s with a steward in the Slovak voice and control first heard
late on the radio, a wedding DJ's laptop taken during the speeches over the music at 0 dB with
the wearer only acknowledging, and a terrier down a badger sett as it barks with the partner
first heard late 5 dB under the wearer.
It too is built and scored only when named.
After fresh46, a forty-ninth, ``fresh47`` half (d381-d388) was written blind again, with
scene lines for every speaker, 2-5 people each on a voice of their own, every espeak voice at a
rate and pitch of its own and every recording 40-80 s long, with no accent new to the set (the
Portuguese, Dutch, Italian, French, Spanish and Swahili voices, the six accents heard least
recently, French in three recordings before and the others in two, read English), each of the
eight noises once, as fresh35 to fresh46, and in one recording each control in an accent on the
radio, the voice first heard late talking over another, a voice answering in words shouting, a
whispered one line, a voice shouting on the radio, everyone 12 dB or more under the wearer, a
flite voice wearing the camera, control talked over, a one line through a closed door and the
partner on flite: a man found asleep on the back seat of a stranger's car at dawn with control
reading back the checks in the Dutch voice, two boys stuck at the top of a pier's observation
wheel in a gale in 80 s with the operator in the Italian voice and the wheel's owner first heard
late, then he and the wearer talking over each other, a tractor with no lights stopped at dusk
at 20 dB with the farmer shouting his answers over the engine and the driver he nearly ran off
the road in the Swahili voice, a light in a garden shed at midnight in the rain with the
householder in the Portuguese voice and his wife's one line whispered from the back door, a car
on fire on a multi-storey car park's top deck as the fire engines come with the partner shouting
on the radio, a man on a rugby ground's crossbar at half time at 0 dB with a wearer on flite and
everyone else 12-15 dB under her, the steward in the French voice, a driver who hit two parked
cars at a school fair in 40 s talking over control on flite in the Spanish voice, and a stolen
bulldog traced by her tag to a house as she barks, the man behind the front door saying his one
line through it and the partner on flite.
It too is built and scored only when named.
After fresh47, a fiftieth, ``fresh48`` half (d389-d396) was written blind again, with scene
lines for every speaker, 2-5 people each on a voice of their own, every espeak voice at a rate
and pitch of its own and every recording 40-80 s long, with no accent new to the set (the
Lithuanian, Estonian, Latvian, Czech, Swedish and Indonesian voices, the six accents heard least
recently, each in two recordings before, read English), each of the eight noises once, as
fresh35 to fresh47, and in one recording each the voice first heard late answering in words,
three voices shouting, the partner answering in words, a one line over the line before, an
accented voice behind a door, women only, three flite voices, a whispering wearer, two voices of
one accent and a whisper on the radio: a skimmer found on a post office's cash machine with the
man who fitted it back after a long silence answering in a word or two and the postmaster in the
Lithuanian voice, a girl's dinghy capsized beyond a harbour wall in a gale at 4 dB with her
father in the Estonian voice, the sailing club's bosun and a dog walker all shouting, a boy
stung by a wasp driven to hospital in the patrol car with the partner at the wheel answering in
words, the boy's one line over control and his mother in the Indonesian voice, copper taken from
a building site in the rain at 20 dB in 40 s with the guard in the Latvian voice talking through
his cabin's door, a chlorine leak at a leisure centre's pool as the fire engines come at 0 dB
with only women and the duty manager in the Swedish voice, a pickpocket held by a man in an
elf's costume at a Christmas lights switch-on in 80 s on three flite voices, a camera bag taken
at an organ recital with the wearer whispering every line to a Czech husband and wife, and a
puppy farm under a warrant as the dogs bark with the partner whispering on the radio from beside
the barn.
It too is built and scored only when named.
After fresh48, a fifty-first, ``fresh49`` half (d397-d404) was written blind again, with scene
lines for every speaker, 2-5 people each on a voice of their own, every espeak voice at a rate
and pitch of its own and every recording 40-80 s long, with no accent new to the set (the
Brazilian Portuguese, Slovenian, Serbian, Luxembourgish, Haitian Creole and Scottish Gaelic
voices, the six accents heard least recently, each in two recordings before, read English), each
of the eight noises once, as fresh35 to fresh48, and in one recording each the voice first heard
late whispering, the wearer shouting, a flite voice shouting, a man whispering, an accented
voice answering in words, no room between turns, five lines talked over, a voice first heard
late among long silences, a one line on the radio and two voices on the radio: a jeweller's
window smashed on a high street at night with the wearer searching the shop alone and the night
cleaner, hidden in the stockroom, whispering after a long silence, a bouncy castle lifted by a
gust at a village fete at 0 dB with the wearer shouting every line, the father of a boy still
inside shouting on flite and the organiser in the Slovenian voice, a drive round an estate after
a phone was taken at knifepoint with the man it was taken from whispering in the back of the
patrol car and control on flite, stolen plumbing tools on a car boot sale's table in the rain in
40 s with no room between turns and the seller answering in a word or two in the Luxembourgish
voice, a horsebox on its side on a roundabout as the fire engines come with five lines talked
over and the mare's owner in the Scottish Gaelic voice, a jackpot taken from a handbag at a
bingo hall in 80 s with long silences, the caller first heard late and the winner in the Serbian
voice, a resident's wedding ring gone during a care home's singalong at 20 dB with control's one
line on the radio and the manager in the Haitian Creole voice, and a stolen spaniel's microchip
read at a vet's as the dogs bark with control and the partner both on the radio and the vet in
the Brazilian Portuguese voice.
It too is built and scored only when named.
After fresh49, a fifty-second, ``fresh50`` half (d405-d412) was written blind again, with scene
lines for every speaker, 2-5 people each on a voice of their own, every espeak voice at a rate
and pitch of its own and every recording 40-80 s long, with no accent new to the set (the
Afrikaans, Malay, Bosnian, Azerbaijani, Papiamento and Guarani voices, the six accents heard
least recently, each in two recordings before, read English), each of the eight noises once, as
fresh35 to fresh49, and in one recording each an accented voice whispering, a flite voice behind
a window, the voice first heard late 15 dB under, six lines talked over, a civilian 5 dB under
the wearer, two voices behind a door, the voice first heard late shouting, three accented
voices, a radio answering in words and four long silences: a man watching a high street nail
bar from the bus stop opposite with the nail technician whispering in the Malay voice, a gritter
lorry that flattened a seafront promenade's bollards in a gale at 0 dB with its driver on flite
behind his shut cab window, a car on a flat tyre on a ring road at night with the driver in the
Guarani voice and her husband, asleep in the back, first heard late and faint, a queue jumped at
a taxi rank in the rain with six lines talked over and the man who says he booked the cab in the
Bosnian voice, a pharmacy's prescriptions snatched from its delivery rider as fire engines pass
in 40 s with the pharmacist at the wearer's elbow, two shoplifters shut in a department store's
stockroom on a sale day, both heard through its door, with the store detective first heard late
shouting, a wedding band's speakers taken from their van during the first dance at 20 dB with
the drummer, the singer and the hotel's manager in the Afrikaans, Azerbaijani and Papiamento
voices, and an old labrador tied to a bench at a reservoir at dusk as he barks in 80 s with
control answering in a word or two on the radio and four long silences.
It too is built and scored only when named.
After fresh50, a fifty-third, ``fresh51`` half (d413-d420) was written blind again, with scene
lines for every speaker, 2-5 people each on a voice of their own, every espeak voice at a rate
and pitch of its own and every recording 40-80 s long, with no accent new to the set (the Oromo,
Setswana, Quechua, Greenlandic, Aragonese and Latgalian voices, the six accents heard least
recently, each in two recordings before, read English), each of the eight noises once, as
fresh35 to fresh50, and in one recording each a voice answering in words through a door, the
voice first heard late through a window, two voices alone talking over each other, a voice
shouting through a door, one reply as the short line, an accented short line, a short line and a
late voice together, the voice first heard late accented, a radio heard through a window and
five long silences: a tenant who has not opened his door in nine days above a high street
takeaway answering through it in a word or two with the takeaway's owner in the Oromo voice, a
boy sheltering in a beach hut on a shingle spit in a storm first heard late through its
shutters, an allotment holder wedged in his shed in the rain in 40 s shouting through its door
over the wearer twice, a bag snatched from a pushchair on a station concourse with the mother
and the man who chased the thief in the Setswana and Quechua voices and the little girl's one
reply, a boy found on a motorway's hard shoulder in the back of the patrol car at 0 dB with the
lorry driver's one line in the Latgalian voice, a roller disco's takings taken with the DJ's one
line shouted on flite and a skater first heard late in the Greenlandic voice, a builders'
merchant's yard broken into as its guard dogs bark at 20 dB with the alarm centre on the speaker
in the locked cabin heard through its window and the man on a container in the Aragonese voice,
and a terraced street cleared for a gas leak as the fire engines arrive in 80 s with five long
silences as the wearer knocks and waits.
It too is built and scored only when named.
The backgrounds are synthesized in :mod:`devset_noise`. The specs (voices, lines, halves)
live in :mod:`devset_specs` (fresh3's to fresh51's in :mod:`devset_fresh3` to
:mod:`devset_fresh51`, the spec types in :mod:`devset_voices`) and are re-exported here.
Built files are cached under ``BODYCAM_DEVSET_CACHE`` (default: a folder in the system temp dir
named after the builder's version), so a second run reads them back.

    from bodycam.transcribe import devset
    for recording in devset.build(half="dev"):
        recording.audio_path, recording.rttm_path

The module passes 700 lines because this docstring keeps the record of every half (some 698
lines); the code below is one job, building a recording from its spec, and the halves' specs,
voices and noises already live in modules of their own (``devset_fresh*``, ``devset_voices``,
``devset_noise``, ``devset_specs``).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import signal

from bodycam.core.errors import BodycamError
from bodycam.transcribe import devset_noise

# The specs live in their own module (data, not building); they are re-exported here, so
# ``devset.specs()``, ``devset.RECORDINGS``, ``devset.Voice`` ... keep working.
from bodycam.transcribe.devset_specs import (  # noqa: F401 (re-exported)
    _ACKNOWLEDGEMENTS,
    _LINES,
    _REPLIES,
    _SHORT_LINES,
    DEVELOPMENT_HALVES,
    HALVES,
    POLICE_LABELS,
    RECORDINGS,
    RecordingSpec,
    Voice,
    role,
    specs,
)
from bodycam.transcribe.espeak_names import check_voice

SAMPLE_RATE = 16000
#: Bump when the way recordings are made changes: it names the cache folder.
BUILDER_VERSION = 2
SEED = 14
_SPEECH_RMS = 0.1
_MIX_PEAK = 0.89
_VOICED_THRESHOLD = 0.004
_LONGEST_PAUSE = 0.3
#: The line at which a late voice (``RecordingSpec.late_voice``) is first heard.
_LATE_ENTRY = 6
#: Seconds a scene's script (``Voice.lines``) may end before the recording does: about what
#: the generic lines leave (the last line ends 1-5 s before the end).
SCRIPT_TAIL = 5.0


class DevsetUnavailable(BodycamError):
    "A program the development set is synthesized with is missing"


@dataclass(frozen=True)
class Recording:
    """A built recording: its spec, its 16 kHz mono WAV, its reference RTTM and its reference
    transcript (STM: one line per turn, speaker label and text)."""

    spec: RecordingSpec
    audio_path: Path
    rttm_path: Path
    stm_path: Path

    @property
    def id(self) -> str:
        return self.spec.id


def cache_dir() -> Path:
    """Where built recordings are kept (``BODYCAM_DEVSET_CACHE`` or the temp dir)."""
    configured = os.environ.get("BODYCAM_DEVSET_CACHE")
    if configured:
        return Path(configured)
    return Path(tempfile.gettempdir()) / f"bodycam-devset-v{BUILDER_VERSION}"


def build(
    half: str | None = None, ids: list[str] | None = None, folder: Path | None = None
) -> list[Recording]:
    """Build (or read back from the cache) the recordings of ``half`` or with ``ids`` (any
    half, the fresh ones included)."""
    pool = RECORDINGS if ids is not None and half is None else specs(half)
    chosen = [spec for spec in pool if ids is None or spec.id in ids]
    return [build_recording(spec, folder or cache_dir()) for spec in chosen]


def build_recording(spec: RecordingSpec, folder: Path) -> Recording:
    """Synthesize one recording into ``folder`` unless an identical build is there."""
    folder.mkdir(parents=True, exist_ok=True)
    key = cache_key(spec)
    audio_path = folder / f"{spec.id}-{key}.wav"
    rttm_path = folder / f"{spec.id}-{key}.rttm"
    stm_path = folder / f"{spec.id}-{key}.stm"
    if not (audio_path.is_file() and rttm_path.is_file() and stm_path.is_file()):
        audio, lines = mix_lines(spec)
        _write_wav(audio_path, audio)
        _write_text(
            rttm_path,
            "".join(
                f"SPEAKER {spec.id} 1 {start:.3f} {end - start:.3f} <NA> <NA> {label} <NA> <NA>\n"
                for label, start, end, _ in lines
            ),
        )
        # Written last: a reader takes the build as complete once all three files exist.
        _write_text(
            stm_path,
            "".join(
                f"{spec.id} 1 {label} {start:.3f} {end:.3f} {text}\n"
                for label, start, end, text in lines
            ),
        )
    return Recording(spec, audio_path, rttm_path, stm_path)


def cache_key(spec: RecordingSpec) -> str:
    """The 12 hex digits a built recording's files are named with (``d01-dff9562c3b20.wav``):
    the builder's version, the seed and the spec's ``repr``, so a changed spec is built again
    and an unchanged one is read back."""
    return hashlib.sha256(f"{BUILDER_VERSION}{SEED}{spec!r}".encode()).hexdigest()[:12]


def mix(spec: RecordingSpec) -> tuple[np.ndarray, list[tuple[str, float, float]]]:
    """The recording's samples (exactly ``spec.duration`` long) and its turns
    ``(label, start, end)`` in seconds."""
    audio, lines = mix_lines(spec)
    return audio, [(label, start, end) for label, start, end, _ in lines]


@dataclass(frozen=True)
class TurnPlan:
    """What a recording's seed decides before a word is synthesized: who says each line (a
    voice index per line, more than will fit), and the lines (indices into ``speakers``) asked
    to come after a long silence and to start over the line before (never both: where the draws
    put both on one line, the overlap moves to the next free line). Lines past the recording's
    end are not said, and an overlap is dropped where the line before lasts a second or less
    (it did in d93 and d107): what is realised is in the reference RTTM."""

    speakers: tuple[int, ...]
    silences: frozenset[int]
    overlaps: frozenset[int]


def turn_plan(spec: RecordingSpec) -> TurnPlan:
    """The recording's :class:`TurnPlan`, drawn as :func:`mix_lines` draws it: what a scene's
    ``Voice.lines`` are said in (the n-th turn of a speaker in ``speakers`` says its n-th)."""
    _check_pauses(spec)
    _check_lines(spec)
    _, plan, silences, overlaps = _draw_plan(spec, np.random.default_rng(_seed(spec)))
    return TurnPlan(tuple(plan), frozenset(silences), frozenset(overlaps))


def _seed(spec: RecordingSpec) -> int:
    return SEED * 1000 + int(hashlib.sha256(spec.id.encode()).hexdigest()[:6], 16)


def _draw_plan(
    spec: RecordingSpec, rng: np.random.Generator
) -> tuple[list[int], list[int], set[int], set[int]]:
    """The draws made before the first line: the order of the generic lines, who speaks each
    line, and the lines after a long silence and talked over. In this order, always: every
    recording's audio depends on it."""
    lines = list(rng.permutation(len(_LINES)))
    plan = _speaker_plan(spec, rng)
    silences = set(rng.choice(np.arange(2, 10), spec.long_silences, replace=False).tolist())
    overlaps = set(rng.choice(np.arange(2, 10), spec.overlaps, replace=False).tolist())
    if spec.late_voice is not None:
        # A newcomer (backup arriving, a neighbour coming out) after a long quiet spell: the
        # silence is always there and nobody talks over the first line.
        arrival = plan.index(spec.late_voice)
        silences.add(arrival)
        overlaps.discard(arrival)
    for index in sorted(silences & overlaps):
        # A line cannot follow a long silence and start over the line before it: the overlap
        # used to win and the silence was lost without a word. It moves to the next line with
        # neither instead. No draw changes, and no recording before session 25 (d01-d172) drew
        # both on one line, so their audio is what it was.
        overlaps.discard(index)
        moved = index + 1
        while moved in silences or moved in overlaps:
            moved += 1
        overlaps.add(moved)
    return lines, plan, silences, overlaps


def mix_lines(spec: RecordingSpec) -> tuple[np.ndarray, list[tuple[str, float, float, str]]]:
    """:func:`mix` with each turn's text: ``(label, start, end, text)``, in time order."""
    _check_pauses(spec)
    _check_lines(spec)
    rng = np.random.default_rng(_seed(spec))
    total = round(spec.duration * SAMPLE_RATE)
    speech = np.zeros(total, dtype=np.float64)
    voiced = np.zeros(total, dtype=bool)
    turns: list[tuple[str, float, float, str]] = []
    lines, plan, silences, overlaps = _draw_plan(spec, rng)
    said = [0] * len(spec.voices)  # each voice's scene lines said so far (Voice.lines)
    cursor = round(rng.uniform(0.8, 2.0) * SAMPLE_RATE)
    previous_length = 0
    ending = "the plan is done"
    with tempfile.TemporaryDirectory(prefix="bodycam-devset-") as work:
        for index, speaker in enumerate(plan):
            voice = spec.voices[speaker]
            if voice.lines and said[speaker] == len(voice.lines):
                # The scene's script is done: its speech ends here, never in a generic line.
                _check_script_end(spec, speaker, cursor, total)
                ending = f"voice {speaker} has said all its lines"
                break
            # A short-line speaker who is also the replies speaker says one reply, once (a
            # passenger's only "Yes."); otherwise the one line is a command.
            short = speaker == spec.short_line and speaker != spec.replies
            text = _SHORT_LINES[int(rng.integers(len(_SHORT_LINES)))] if short else None
            if text is None and speaker == spec.replies:
                # The wearer acknowledges (listening to an account); anyone else answers. One
                # draw either way, so the recordings with a civilian's replies are unchanged.
                pool = _ACKNOWLEDGEMENTS if speaker == 0 else _REPLIES
                text = pool[int(rng.integers(len(pool)))]
            if text is None:
                text = _LINES[lines.pop(0) if lines else int(rng.integers(len(_LINES)))]
            if voice.lines:
                # The scene's own line, after the generic draw: the draws (and so the turns,
                # pauses and noise) stay those the seed gives, with or without a script.
                text = voice.lines[said[speaker]]
            line = _colour(_synthesize(voice, text, Path(work)), voice)
            # One draw each whatever the range: the defaults give the draws they always did.
            gap = rng.uniform(*spec.gaps)
            if index in silences:
                gap = rng.uniform(*spec.silence)
            start = cursor + round(gap * SAMPLE_RATE)
            if index in overlaps and previous_length > SAMPLE_RATE:
                overlap = min(rng.uniform(0.6, 1.4), previous_length / 2 / SAMPLE_RATE)
                start = cursor - round(overlap * SAMPLE_RATE)
            end = start + line.size
            if end > total - SAMPLE_RATE:
                ending = "the recording is full"
                break
            speech[start:end] += line
            voiced[start:end] = True
            turns.append((voice.label, start / SAMPLE_RATE, end / SAMPLE_RATE, text))
            said[speaker] += 1
            cursor, previous_length = max(cursor, end), line.size
    _check_all_said(spec, said, f"after {len(turns)} turns ({ending})")
    speech_power = float(np.mean(speech[voiced] ** 2))
    noise = devset_noise.noise(spec.noise, total, rng)
    noise *= np.sqrt(speech_power / 10 ** (spec.snr_db / 10) / float(np.mean(noise**2)))
    audio = speech + noise
    audio *= _MIX_PEAK / float(np.max(np.abs(audio)))
    return audio.astype(np.float32), sorted(turns, key=lambda turn: turn[1])


def _describe(spec: RecordingSpec, speaker: int) -> str:
    voice = spec.voices[speaker]
    return f"{spec.id}: voice {speaker} ({voice.label!r}, {voice.engine} {voice.voice!r})"


def _check_lines(spec: RecordingSpec) -> None:
    """Refuse scene lines (``Voice.lines``) that cannot be spoken and written to the STM as
    they are: not a tuple of strings, an empty or blank line, one over several lines (the STM
    has one turn a line) or with spaces around it (the STM's text would not be the line),
    one starting with ``-`` (espeak-ng would read it as an option) or ``<`` (the STM reader
    would take it for a label field), one with no letter or digit
    (nothing is voiced), or more than one line for the short-line speaker (it speaks once)."""
    for speaker, voice in enumerate(spec.voices):
        where = _describe(spec, speaker)
        if not isinstance(voice.lines, tuple) or not all(
            isinstance(line, str) for line in voice.lines
        ):
            raise ValueError(
                f"{where}: lines must be a tuple of strings, one per turn, got "
                f"{voice.lines!r} (for a single line write lines=('...',))"
            )
        for number, line in enumerate(voice.lines, 1):
            fault = _line_fault(line)
            if fault is not None:
                raise ValueError(
                    f"{where}: line {number} {fault} ({line!r}); give it one line of text to "
                    "say, on one line, with no spaces around it and not starting with '-' or '<'"
                )
        if speaker == spec.short_line and len(voice.lines) > 1:
            raise ValueError(
                f"{where} is the short-line speaker, heard once, but has {len(voice.lines)} "
                "lines; give it exactly one (or make it a regular voice)"
            )


def _line_fault(line: str) -> str | None:
    """What makes one scene line unusable, or ``None``."""
    if not line.strip():
        return "is empty or blank"
    if not all(character.isprintable() for character in line):
        return "has a line break or another control character in it"
    if line != line.strip():
        return "has spaces around it"
    if line.startswith("-"):
        return "starts with '-'"
    if line.startswith("<"):
        # wer.load_stm_lines reads a leading <...> as the STM's optional label field.
        return "starts with '<'"
    if not any(character.isalnum() for character in line):
        return "has no letter or digit to say"
    return None


def _check_script_end(spec: RecordingSpec, speaker: int, cursor: int, total: int) -> None:
    """Refuse a script that runs out while the recording still has over ``SCRIPT_TAIL`` s to
    fill: the set promises speech to the end, so the speaker was given too few lines."""
    left = (total - cursor) / SAMPLE_RATE
    if left > SCRIPT_TAIL:
        count = len(spec.voices[speaker].lines)
        raise ValueError(
            f"{_describe(spec, speaker)} has said all {count} of its lines by "
            f"{cursor / SAMPLE_RATE:.1f} s and the plan gives it turn {count + 1}, with "
            f"{left:.1f} s of the {spec.duration:g} s recording left; give it more lines "
            f"(devset.turn_plan shows whose turns come next) or make the recording at most "
            f"{cursor / SAMPLE_RATE + SCRIPT_TAIL:.0f} s long"
        )


def _check_all_said(spec: RecordingSpec, said: list[int], ending: str) -> None:
    """Refuse scene lines the recording had no room for: the reference must be the script."""
    for speaker, voice in enumerate(spec.voices):
        if voice.lines and said[speaker] < len(voice.lines):
            first, last = said[speaker] + 1, len(voice.lines)
            unsaid = f"line {last}" if first == last else f"lines {first}-{last}"
            raise ValueError(
                f"{_describe(spec, speaker)}: the speech ends {ending} with its {unsaid} of "
                f"{last} unsaid; make the recording longer, drop those lines or give the "
                "others more"
            )


def _check_pauses(spec: RecordingSpec) -> None:
    """Refuse a pause range that is not ``(shortest, longest)`` seconds, both >= 0."""
    for field in ("gaps", "silence"):
        shortest, longest = getattr(spec, field)
        if not 0 <= shortest <= longest:
            raise ValueError(
                f"{spec.id}: {field} must be (shortest, longest) in seconds with "
                f"0 <= shortest <= longest, got {getattr(spec, field)!r}"
            )


def _speaker_plan(spec: RecordingSpec, rng: np.random.Generator) -> list[int]:
    """Who speaks each line: every regular voice early, the wearer most often, no one twice
    in a row (when there is someone else), the short-line speaker once, third or fourth, and
    the late voice first at line ``_LATE_ENTRY``, then like the others."""
    if spec.late_voice is not None and spec.late_voice in (0, spec.short_line):
        raise ValueError(
            f"{spec.id}: late_voice must be a voice other than the wearer (0) and the "
            f"short-line speaker, got {spec.late_voice}"
        )
    regular = [i for i in range(len(spec.voices)) if i != spec.short_line]
    # With no late voice, early == regular: the random draws are the earlier ones exactly.
    early = [i for i in regular if i != spec.late_voice]
    plan = [early[0], *rng.permutation(early[1:]).tolist()]
    weights = np.array([3.0 if i == 0 else 1.0 for i in regular])
    while len(plan) < 40:
        if spec.late_voice is not None and len(plan) == _LATE_ENTRY:
            plan.append(spec.late_voice)
            continue
        present = early if len(plan) < _LATE_ENTRY else regular
        choices = [i for i in present if i != plan[-1]] or present
        chosen_weights = weights[[regular.index(i) for i in choices]]
        plan.append(int(rng.choice(choices, p=chosen_weights / chosen_weights.sum())))
    if spec.short_line is not None:
        plan.insert(min(len(regular), 3), spec.short_line)
    return plan


def _synthesize(voice: Voice, text: str, work: Path) -> np.ndarray:
    """Speak ``text`` with the voice's engine; voiced samples at 16 kHz, levelled RMS."""
    from bodycam.demo.voices import _shorten_pauses

    wav_path = work / "line.wav"
    program = shutil.which("espeak-ng" if voice.engine == "espeak" else "flite")
    if program is None:
        package = "espeak-ng" if voice.engine == "espeak" else "flite"
        raise DevsetUnavailable(
            f"the development set needs {package}: install it with apt-get install -y {package} "
            "(scripts/setup does)"
        )
    if voice.engine == "espeak":
        check_voice(program, voice.voice)
        speed, pitch = voice.rate or 165, voice.pitch
        if voice.shout:
            speed, pitch = speed + 15, min(99, pitch + 20)
        command = [program, "-v", voice.voice, "-s", str(speed), "-p", str(pitch)]
        command += ["-w", str(wav_path), text]
    else:
        stretch = (voice.rate or 100) / 100 * (0.9 if voice.shout else 1.0)
        command = [program, "-voice", voice.voice, "--setf", f"duration_stretch={stretch}"]
        command += ["-t", text, "-o", str(wav_path)]
    subprocess.run(command, check=True, capture_output=True)
    with wave.open(str(wav_path), "rb") as reader:
        rate = reader.getframerate()
        audio = np.frombuffer(reader.readframes(reader.getnframes()), "<i2") / 32768.0
    if rate != SAMPLE_RATE:
        divisor = np.gcd(rate, SAMPLE_RATE)
        audio = signal.resample_poly(audio, SAMPLE_RATE // divisor, rate // divisor)
    loud = np.flatnonzero(np.abs(audio) > _VOICED_THRESHOLD)
    audio = _shorten_pauses(audio[loud[0] : loud[-1] + 1], SAMPLE_RATE)
    return audio * (_SPEECH_RMS / float(np.sqrt(np.mean(audio**2))))


def _colour(audio: np.ndarray, voice: Voice) -> np.ndarray:
    """Level, strain, radio band or distance, a car window: how the voice reaches the camera."""
    audio = audio * 10 ** (voice.gain_db / 20)
    if voice.shout:
        knee = 4 * _SPEECH_RMS
        audio = np.tanh(2.5 * audio / knee) * knee / 2.5 * 1.6
    if voice.radio:
        band = signal.butter(4, [300, 3400], btype="bandpass", fs=SAMPLE_RATE, output="sos")
        audio = np.tanh(signal.sosfilt(band, audio) * 6) / 6
    elif not voice.wearer:
        lowpass = signal.butter(2, 4000, fs=SAMPLE_RATE, output="sos")
        audio = signal.sosfilt(lowpass, audio)
        delay = int(0.03 * SAMPLE_RATE)
        audio[delay:] += 0.2 * audio[:-delay].copy()
    if voice.muffled:
        # A closed car window: the glass passes the low voice band and little of the consonants
        # and upper formants above it, so the voice loses most of what sets it apart.
        glass = signal.butter(4, 1000, fs=SAMPLE_RATE, output="sos")
        audio = signal.sosfilt(glass, audio)
    return audio


def read_audio(path: Path) -> np.ndarray:
    """A built recording's samples as mono float32 (16 kHz, as written)."""
    with wave.open(str(path), "rb") as reader:
        return (
            np.frombuffer(reader.readframes(reader.getnframes()), "<i2").astype(np.float32) / 32768
        )


def _partial(path: Path) -> Path:
    # One per process: test workers and a benchmark may build the same recording at once into
    # the shared cache; each writes its own file and renames it into place whole.
    return path.with_name(f"{path.name}.{os.getpid()}.part")


def _write_text(path: Path, text: str) -> None:
    partial = _partial(path)
    partial.write_text(text)
    partial.replace(path)


def _write_wav(path: Path, audio: np.ndarray) -> None:
    pcm = np.round(np.clip(audio, -1.0, 1.0) * 32767).astype("<i2")
    partial = _partial(path)
    with wave.open(str(partial), "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(SAMPLE_RATE)
        writer.writeframes(pcm.tobytes())
    partial.replace(path)
