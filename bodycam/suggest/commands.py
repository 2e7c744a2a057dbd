"""Officer directives found by grammar: a sentence that starts (after vocatives and fillers)
with a verb in the imperative, or a directive phrased as a need ("I need you to ...").

Offline and transparent: no parser, a lexicon of directive verbs and the exclusions the
codebook names (questions, options, "take your time", "tell me what happened").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .grammar import SANCTION
from .lexicon import DIRECTIVE_VERBS as _VERBS
from .sentences import Sentence, normalise

#: Words in front of the verb that do not change the mood: "Sir, show me your hands."
_LEADING = re.compile(
    r"^((hey|okay|sir|ma'am|police|sheriff'?s?( office)?|now|just|all right|so|and|yo|buddy|"
    # "Look, put it down" opens an order; "Look at me" is one ("Gary, look at me").
    r"man|listen to me|listen|look(?! at\b)|officer \w+|i said|again|guys|right now|please|"
    r"dude|folks|gents|gentlemen|lads|ladies|whoa|woah|"
    r"come on(?= \w)|i'm telling you|i'm asking you|i told you|"
    # An addressee named before the order is its subject, not a statement's: "Everybody move
    # back", "You two, sit down", "All of you, hands up", "You, sir, walk with me".
    r"everybody|everyone|all of you|both of you|you two|you guys|you all|y'all|"
    r"you (sir|ma'am|madam|there))\b\s*)+"
)
#: The officer saying the order was given before, in front of it ("I told you, off that boat")
#: or alone ("I told you once already.", "I'm not telling you again"): the coders' repeated
#: command, whether or not the recogniser kept the order beside it.
_SAID_AGAIN = re.compile(
    r"^(i('ve| have)? (already )?(told|asked) you|i('m| am) not (going to )?(tell|telling|ask|"
    r"asking) you again|for the last time)\b"
)
_SAID_AGAIN_ALONE = re.compile(
    r"^(i('ve| have)? (already )?(told|asked) you (once|twice|already|before)( already| "
    r"before)?|i('m| am) not (going to )?(tell|telling|ask|asking) you again)$"
)
#: Openings that look imperative but are something else in the codebook.
_NOT_DIRECTIVE = re.compile(
    r"^(take (your|our|a|all the) (time|breath|deep breath|minute|second|moment)|tell me|"
    # Time given, not an order: "Take as long as you need", "Take however long it takes".
    r"take (as long as|however long) (you|it)\b|"
    # A permission question with its "Do you" dropped: "Mind if I sit down?"
    r"mind if (i|we)\b|"
    r"let's|let us|let me (know|explain|ask|help|tell|check|get you)|thank|thanks|have a|"
    r"hold on|come on|go ahead|drive safe|stay safe|get home safe|give (him|her|them) (some )?"
    r"(space|room)|come talk to me|hang on|excuse me|stop right there and listen|"
    # Farewells: "Take care, Declan", "Take care of yourself, Donna", "Look after yourself"
    # (the set's convention: a leave-taking is no directive; "take care of the dog" still is).
    r"take (good )?care( of (yourself|yourselves|each other))?(?! of\b)|"
    r"look after (yourself|yourselves|each other)|mind how you go|safe home|"
    # The same leave-taking in other Englishes: "Go well" (southern Africa), "Stay well",
    # "Travel safe" (the two "Go well" lines of the training splits, neither a command).
    # "well" as an adverb of place still sends the person: "Stay well back from the edge".
    r"(go|stay) well\b(?! (back|behind|away|clear|out|off|over|up|down|inside|outside|to|"
    r"into|on|in)\b)|get well( soon)?\b|sleep well\b|travel safe(ly)?\b|safe travels\b|"
    # Safety advice for the person's own sake: "Mind the step", "Watch your head getting in",
    # "Go steady", "Careful with that leg" (the evaluation set's convention since session 16:
    # nothing asked for the officer's control of the scene).
    r"mind (the|that|those|your (head|step|feet|footing|fingers|hands|back|legs?))\b|"
    r"watch (your|the) (head|step|steps|footing|feet|fingers)\b|"
    r"go (steady|careful|carefully|easy)\b|(be )?careful\b|"
    # "Go on" inviting the person to keep talking ("Go on, tell me what you found" is an
    # open question only) or accepting an offer ("Go on then"); "Go on, get out of here"
    # is still an order.
    r"go on( then\b|( (tell|say|i'm listening)\b)|$)|"
    # Radio procedure to dispatch, not an order to anyone on scene: "Twenty-two, show me out
    # at Juniper", "Bravo two, show us attending" (four such lines in the training splits,
    # none labelled a command).
    r"show (me|us) (out at|there( now)?$|attending|arrived|on scene|en route|clear|available|"
    r"back in service|committed|busy|free)\b|"
    # An invitation to call again: "Any bother tonight, give us a call", "give me a shout".
    r"give (me|us|the station|someone) a (call|shout|ring|bell|buzz)\b|"
    # Care for the person, said as a send-off: "Get some sleep", "Get some water down you",
    # "Go and get some rest", "Go get that baby home", "Get the kids to bed".
    r"(go )?(and )?get (some|a bit of|a good night's|plenty of) (sleep|rest|kip|water|food|"
    r"fluids|tea)\b|"
    r"(go )?(and )?get (that|the|your) (baby|little one|wee one|kids?|children|daughter|son|"
    r"boy|girl|lad|lass|nan|mum|mom|dad|gran) (home|to (school|bed))\b|"
    # Good wishes and leave to go, not orders: "Go and enjoy your last hour", "Give your wife
    # my best", "Go for it", "Hold that thought" (none of the 17 such officer lines in the
    # training splits is coded a command; session 26).
    r"(go )?(and )?enjoy\b|give (\w+ )?\w+ my (best|regards|love)\b|go for it\b|"
    r"hold that thought\b|"
    # The officer looking something over ("Let me see."), where "Let me see your hands" asks.
    r"let me see$)"
)
#: A directive phrased as the speaker's need or wish, with the hedges English puts in front
#: of it ("I'm just going to need you to", "I'd really like you to", "we will need you to"):
#: any subject "I" or "we", any of the future or conditional auxiliaries ('ll, will, would,
#: 'd, going to), "just" or "really" anywhere before the verb of wanting.
_HEDGE = r"(?:(?:just|really|only|actually|now|still) )*"
_AUX = r"(?:'ll|'d|'m|'re)?(?: (?:will|would|am|are))? " + _HEDGE + r"(?:going to )?" + _HEDGE
_NEED = re.compile(
    r"\b(?:(?:i|we)" + _AUX + r"(?:need|want|like|ask|"
    r"expect) you(?: all| guys| two)? to|(?:i'm|i am|we're|we are) " + _HEDGE + r"(?:asking|"
    r"telling) you to|you(?:'ve)? " + _HEDGE + r"(?:need to|have to|got to|must)|"
    r"you(?:'d| had)? better|"
    # "If you could just step over here": a request without its main clause is an order.
    r"^if you could|"
    # "I'm going to need to see your ID": the need of seeing what the listener must show.
    r"(?:i|we)" + _AUX + r"need to (?P<see>see|have|check)(?= your)|"
    r"(?:you're|you are) going to (?P<going>step|get|put|turn|sit|stand|"
    r"hand|give|come|keep|stay)) " + _HEDGE + r"(?P<verb>\w+)"
)
#: "You must be frozen", "you must have been scared", "you must know half the ward by name":
#: "must" inferring how the listener is or what they know, not ordering them (an officer's
#: order says "you need to be", "you have to be"); "you must have your licence on you" orders.
_INFERENCE = re.compile(r"\bmust (?:\w+ )?(?:be|have been|know|feel|think)\b")
#: "I need that music turned down", "we need everybody apart": the speaker's need of a thing
#: put in a state, an order about it (the state a participle or a particle).
_NEED_DONE = re.compile(
    r"\b(?:i|we)(?:'ll| will)? " + _HEDGE + r"(?:need|want) (?:that|the|your|this|those|these|"
    r"everybody|everyone|you all) (?:\w+ )?(?P<verb>(?!(?:red|bed|shed|need|speed|feed|seed|"
    r"hundred|tired|used|bored)\b)"
    r"\w{2,}ed|off|down|out|away|up|back|apart|"
    r"turned|shut|put)\b"
)
#: "You step out on your own, or we take you out": the order of an ultimatum keeps its subject
#: (a bare verb after "you", then options joined by "or").
_SUBJECT_ULTIMATUM = re.compile(r"^you (?P<verb>\w+)\b(?=.*,? or (else )?(we|i|you)\b)")
#: One person of several told where to be, the subject kept to say whom: "Sir, you stay here
#: with me", "Rhodri, you stay by the cake", "You hang tight here with Hal" (session 31).
_SUBJECT_PLACE = re.compile(
    r"^you (?P<verb>stay|wait|sit|stand|hang tight|come|step|move) (right )?(here|there|by|with|"
    r"over|back|on|in|at|where)\b"
)
#: The order put as what the speaker asks or needs, its content in what follows: "What I
#: need is that bottle poured out", "What I'd like is for you to set the bag down", "Here's
#: what I'd ask" (session 31).
_WANT_IS = re.compile(
    r"^(here's |so here's )?what (i|we)('d| would)? (really )?(need|want|like|ask|suggest)"
    # Not the speaker's own next step ("Here's what I'd like to do", "what I want to know").
    r"(?! to\b)( from you| you to do)?( is| now)?\b(?!.*\?)"
)
#: "Let's" that tells the listeners to quieten, not a thing done together: "Let's bring the
#: volume down a notch", "Let's all take it down a notch now", "Let's take the heat out of
#: this", "Let's have it quiet" (session 41: 6 officer lines in the 40 labelled splits, every
#: one coded a command; "Let's talk", "Let's get you warm" stay suggestions).
_LETS_SETTLE = re.compile(
    r"^let's (?:all )?(?P<verb>bring|take|have|keep|turn) (?:(?:it|this|that|things|everything|"
    r"the (?:volume|noise|voices|shouting))\b.*\b(?:down|quiet|notch)\b|the heat out\b)"
)
#: A tag that turns an order into a question only in its punctuation: "Step back, will you?",
#: "Give us some space, yeah?". The order before it is read as any other.
_TAG = re.compile(
    r",\s*(?:will|would|can|could|won't) you(?: please)?\?$|,\s*(?:yeah|yes|okay|ok|alright|"
    r"all right|right|please)\?$",
    re.I,
)
#: An order with no verb: a thing or body part and where it goes, said on its own ("Hands out
#: the window!", "Music off now", "Phones down"). At most this many words, none a subject
#: pronoun or a contraction (a statement: "I'm out", "it's down").
_VERBLESS = re.compile(
    r"^(?:(?:both|your|the|that|those|this|all) )?(?P<head>[\w']+) (?:off|out|up|down|away|back|"
    r"apart|together|on the (?:ground|floor|car|wall|hood|bonnet|roof|table|dash|dashboard|wheel|"
    r"steering wheel)|on your head|behind|in the air|where i can see "
    r"(?:them|'em))\b"
    # What follows is where or when, not a noun the words describe ("light up shoes").
    r"(?=$| (?:now|please|right|the|your|of|where|for|me|here|there|immediately|again|sir|"
    r"ma'am|mate|buddy|man|both|all|and|on|you|behind|a notch)\b)"
)
_VERBLESS_WORDS = 7
#: An order that is only where to go, the verb left out: "Out of the chair, Kieran", "Up the
#: bank", "Off the bike and up on the curb", "Behind the picnic table!", "Onto the verge
#: first, please", "Out!", "I said off!" (session 41: in the 40 labelled splits 48 officer
#: lines coded commands read so, and none that is not, once a statement's verb, "up to you",
#: a breath counted in and out and "off his meds" are set apart).
#: "On to the pavement" is how the recogniser often writes "onto"; "onto the next" moves on.
_TOWARD = re.compile(
    r"^(?P<head>out|off|down|up|behind|onto|into|on(?= to))(?: of| to)? (?:the|that|this|"
    r"those|these|your|my|his|her|their)\b(?! (?:meds|medication|tablets|pills|next)\b)"
)
_PARTICLE_ALONE = re.compile(r"^(?P<head>out|off|down|up)(?: (?:now|please|right now|then))*$")
_TOWARD_WORDS = 8
#: A thing asked for with "please" and nothing else: "ID, please", "Licence and registration,
#: please", "Your card, please".
#: Or where it goes: "Your signature here, please" (a form held out to sign).
_THING_PLEASE = re.compile(
    r"^(?:your |the )?(?P<head>\w+)(?: and (?:your |the )?\w+)? please$|"
    r"^your (?P<placed>\w+) (?:here|there) please$"
)
#: The papers a stop asks for, named and nothing else: "Licence and registration.", "Your
#: driving licence." (the order is in what is named; "please" is ``_THING_PLEASE``'s).
_PAPERS = (
    r"(?:driving |driver's )?licen[cs]e|registration|insurance|id|documents|papers|passport|"
    r"(?:entry |travel |work )?permit"
)
_DOCUMENTS = re.compile(
    rf"^(?:your |the )?(?P<head>{_PAPERS}|name|date of birth)"
    r"(?: and (?:your |the )?(?:registration|insurance|id|proof of insurance|documents|papers|"
    r"date of birth|address))?(?: (?:now|sir|ma'am|mate|for me))?$"
)
#: The papers named first, more after them, and no verb: "Licence, registration, and the road
#: licence for this vehicle", "License and registration for the ski, let's go", "ID on the
#: counter", "Keys, phone and belt in the tray", "License, or you watch this parade from the
#: back of my unit" (session 41: of the labelled officer sentences that open so, none is
#: anything but an order; "Licence check on ..." is a call to the control room, and
#: "Registration's expired" a statement).
_PAPERS_FIRST = re.compile(
    rf"^(?:your |the )?(?P<head>{_PAPERS}|keys)(?![\w'])"
    r"(?! (?:check|plate|number|is|was|says|shows)\b)"
)
_COURTESY = frozenset({"sir", "ma'am", "thanks", "thank", "okay", "yes", "no", "please", "mate"})
#: A person pleaded with is no thing asked for: "Dad, please, I'm coming with you" (a child's
#: plea the diarizer put under the officer's label, fresh43).
_PEOPLE_PLEADED = frozenset(
    re.findall(r"\w+", "dad daddy mum mummy mom mommy son love darling honey babe baby man pal")
)
#: After another clause a verbless order must be about the body, what a hand holds or what the
#: stop needs switched off ("Morning, sir, engine off for me"): a description lists things
#: the same way ("Grey hoodie, hood up, skinny").
_BODY = frozenset(
    re.findall(
        r"\w+",
        "hands hand arms arm feet foot legs leg head knees fingers eyes phone phones weapon "
        "weapons knife gun blade bottle keys bag it engine music radio",
    )
)
#: A finite verb makes the words a statement ("Traffic is backed up").
_FINITE = re.compile(
    r"\b(is|isn't|are|aren't|was|wasn't|were|weren't|has|have|had|will|would|can|could|do|"
    r"does|did|don't|doesn't|didn't)\b"
)
#: A verb that makes the words a statement (``_FINITE``), or a subject's contraction:
#: "Up the road there's a garage", "Down the hill it's quieter".
_STATES = re.compile(_FINITE.pattern + r"|\b\w+'(?:s|re|ll|ve|m|d)\b")
_NOT_VERBLESS_HEAD = frozenset(
    re.findall(
        r"[\w']+",
        "i you we they he she it that this there here what who which time game shut sit "
        "and but so or not no yes yeah okay well then now one two is are was were everything "
        "nothing something all everyone everybody",
    )
)
_FRAGMENT = re.compile(
    r"^(hands up|hands where i can see (them|'em)|(let me see|show me) (your|those) hands|"
    r"on the ground|hands behind your back|face down|don't (move|reach|run|touch|do it|"
    r"come)|not another step|back off|back up|(everybody|everyone|all of you) (on the (ground|"
    r"floor)|down|hands up|out|back)|hands? (on|up|behind|out of|by)|"
    r"out of the (car|vehicle|house)|"
    r"(down )?on (your|the) (knees|ground|stomach|floor)|"
    # Eyes on the officer, to get through to someone ("Gary, look at me"): an order, where
    # "Look at that" points something out.
    r"look at me|eyes on me|one at a time|hang (tight|back)|up you (get|come|go)|"
    r"over here( with me| by| now|$)|into the (van|car|back)|back to your (car|vehicle|truck)|"
    # Led somewhere: "Madam, this way, please, to the steps", "This way, to the wall", "Sir,
    # over by the bench with me" (of the training splits' officer sentences that open "over
    # by/to the", all are coded commands).
    r"this way(?=$|,| please| to| with| for| now)|over (by|to) (the|your|my|that|this)\b|"
    # A stop said in one word, to one or all ("Enough, both of you", "That's enough now",
    # "Easy now, Donal", "Whoa, easy"): of the training splits' 14 officer lines that open
    # with one of these words, 10 are coded commands (one repeated); the other four state
    # ("Easy mistake", "Easy enough done", "Easy to see how ...") and are left out.
    r"(that's |that is )?enough( now)?(?=$| (both|all|the lot|gentlemen|ladies|lads|guys|folks|"
    r"everyone|everybody|sir|ma'am|mate)\b)|easy( now| there| easy)+|"
    r"easy(?=$| (both|all|sir|ma'am|mate|buddy)\b))\b"
)
_QUESTION_START = re.compile(
    r"^(can|could|would|will|do|does|did|are|is|was|were|have|has|what|where|why|how|who|"
    r"which|when|may|should|shall)\b"
)
#: A negative command, also in the second person: "Don't move", "Don't you dare run".
_DONT = re.compile(r"^(don't|do not)( you)?( dare)? (\w+)")
#: Comfort, not an order, in an order's shape: "Don't apologise", "Don't beat yourself up",
#: "Don't blame yourself" (two of the training splits' negatives no coder tagged a command).
_COMFORT = re.compile(
    r"^(don't|do not) (apologi[sz]e|be sorry|beat yourself up|blame yourself|be hard on "
    r"yourself|feel bad)\b"
)
#: "Thank you" as the recogniser often writes it at the start of a segment: "and you keep them
#: there" for "Thank you. Keep them there.". In the evaluation set's 41 machine transcripts a
#: segment opens with "and you" nine times, and a directive verb follows only where the script
#: says "Thank you." (twice); the order after it is read as after "thank you, ...".
_THANK_YOU_HEARD = re.compile(r"^and you (?=\w)")
#: A vocative the leading words do not list: a name before a comma ("Marcus, drop it").
#: Letters of any alphabet ("Gospođa Mare, stay at your window"); ``directive`` checks that
#: each word is capitalised (no character class of Python's ``re`` says upper case).
_NAME_VOCATIVE = re.compile(r"^[^\W\d_]+( [^\W\d_]+)?, ")
_CONDITION = re.compile(r"^(if|when|whenever|once|in case)\b")
#: What comes right before a need that is a condition's, not an order's ("If you need to ...").
_CONDITIONAL = re.compile(r"\b(if|when|whenever|in case|unless) $")
#: Verbs that are an order on their own, before a comma ("Stop, police!", "Back, back!").
_STANDS_ALONE = frozenset(
    re.findall(
        r"\w+",
        "stop wait freeze move back go run hold listen look come stay relax sit kneel leave drop "
        "stand hurry halt walk down quiet",
    )
)
#: A later clause that is a directive: "I hear you, but put the bottle down."
_CLAUSE = re.compile(r"(?:, |; | -- )(?:but |so |and |now |just |please )*(?=\w)")
#: Words that follow an imperative verb directly: its object or particle.
_OBJECT_NEXT = frozenset(
    re.findall(
        r"[\w']+",
        "it the your that this those these them him her me us down up out away back off over "
        "on in here there yourself everything a an around round inside outside everyone "
        "everybody",
    )
)
_STOPWORDS = frozenset(
    re.findall(
        r"[\w']+",
        "the a an your my to of now right please sir ma'am and i said again okay hey just",
    )
)


#: An order's verb put as one thing the listener may do: left to them ("Hop in the front if
#: you like", "Sit in your car and get the heater going, if you like"), or one of two things to
#: do, the other a bare order too ("Pay it within twenty-eight days, or let it go to court",
#: "Leave them with Danny today, or keep them in your pocket"). The codebook codes options
#: offers_choices and never a command. In the 40 labelled splits the rule takes the order
#: reading from 13 officer sentences: 10 coded offers_choices, 3 neither code, none a command;
#: the 26 ultimatums coded commands ("Step out, or you're getting arrested", "Turn it down, or
#: we seize the speakers") keep a subject after "or", and a sentence naming a sanction ("...
#: or get tased") is never an offer (session 41).
_LEFT_TO_YOU = re.compile(
    r"\bif you(?: (?:like|want|prefer|wish)|'d (?:like|prefer|rather)| would (?:like|prefer|"
    r"rather))\b"
)
_OR_ANOTHER = re.compile(r"\bor (?:just |maybe )?(?P<verb>\w+)\b")
#: Verbs of the other option that open no order in the lexicon: "or call the lender", "or
#: contest it at court", "or park it by the church".
_OPTION_VERBS = _VERBS | frozenset({"call", "ring", "park", "contest", "ask", "head", "text"})
_SANCTION = re.compile(rf"\b{SANCTION}\b")


def offered(norm: str) -> bool:
    """The sentence (normalised) puts its order as an option (``_LEFT_TO_YOU``,
    ``_OR_ANOTHER``). Not a sentence naming a sanction, an "or else", nor a prohibition, whose
    "or" joins two things not to do ("Don't move or reach for anything")."""
    if _SANCTION.search(norm) or re.search(r"\bor else\b", norm) or _DONT.match(norm):
        return False
    if _LEFT_TO_YOU.search(norm):
        return True
    return any(found["verb"] in _OPTION_VERBS for found in _OR_ANOTHER.finditer(norm))


@dataclass(frozen=True)
class Directive:
    """An officer sentence read as a directive, with the rule that matched it."""

    sentence: Sentence
    rule: str
    verb: str

    @property
    def content(self) -> frozenset[str]:
        return frozenset(w for w in self.sentence.norm.split() if w not in _STOPWORDS)


def directive(sentence: Sentence) -> Directive | None:
    """Read ``sentence`` as an officer directive, or return None.

    A question ("Can you show me your ID?") is never a directive, whatever its verb.
    """
    if sentence.role != "officer":
        return None
    if sentence.question:
        return _tagged(sentence) or _before_question(sentence)
    found = _read(sentence, _LEADING.sub("", _THANK_YOU_HEARD.sub("", sentence.norm)).strip())
    vocative = _NAME_VOCATIVE.match(sentence.text)
    if found is None and vocative and all(w[0].isupper() for w in vocative[0][:-2].split()):
        # "Marcus, drop it": the name is the vocative, the verb after it the directive's.
        found = _read(sentence, normalise(sentence.text[vocative.end() :]))
    if found is None and _SAID_AGAIN_ALONE.match(sentence.norm):
        verb = re.search(r"told|asked|tell|ask", sentence.norm)[0]
        return Directive(sentence, "said_again", verb)
    if found is None:
        found = _first_clause(sentence)
    if found is None:
        found = _later_clause(sentence)
    if (
        found is not None
        and found.rule == "imperative"
        and found.verb not in _STANDS_ALONE
        and re.match(rf"(?i)^\W*{re.escape(found.verb)},", sentence.text)
    ):
        # "Release, can you get ...": a verb that needs an object, cut off by a comma, is a
        # word the recogniser heard, not an order.
        return None
    if (
        found is not None
        and found.verb not in _STANDS_ALONE
        and len(sentence.norm.split()) == 1
        and not re.search(r"[.!?]\W*$", sentence.text)
    ):
        # "Shut" | "up, you don't get to tell me": a verb that needs its particle or object,
        # with no sentence ending, is a clause cut where the recogniser gave its rest to
        # another label, not an order.
        return None
    if found is not None and offered(sentence.norm):
        return None
    return found


def _tagged(sentence: Sentence) -> Directive | None:
    """An order with a tag question after it ("Step back, will you?"): the order read without
    its tag, or None for any other question."""
    untagged = _TAG.sub("", sentence.text.strip())
    if untagged == sentence.text.strip():
        return None
    found = _read(sentence, _LEADING.sub("", normalise(untagged)).strip())
    return None if found is None else Directive(sentence, f"tag_question.{found.rule}", found.verb)


def _before_question(sentence: Sentence) -> Directive | None:
    """An order the recogniser ran into the question after it, a comma where the officer
    ended a sentence: "Vikash, come back, what did the hotel tell you to do?", "Josefa, come
    down now, how did it look from the village?". Read from a clause before the question
    (the last clause, opening as a question does), when that clause is a verb with its object
    or particle next; "Hang on, what's your name?" and "Come on, what's this?" stay questions
    (``_NOT_DIRECTIVE``)."""
    clauses = _CLAUSE.split(sentence.text)
    if len(clauses) < 2 or not _QUESTION_START.match(normalise(clauses[-1])):
        return None
    for clause in clauses[:-1]:
        words = _LEADING.sub("", normalise(clause)).split()
        if len(words) >= 2 and words[0] in _VERBS and _takes(words[0], words[1]):
            found = _read(sentence, " ".join(words))
            if found is not None:
                return Directive(sentence, f"before_question.{found.rule}", found.verb)
    return None


#: A list of what the speaker does next shares its subject: "Next, I file it, ring the
#: garage, and you get a copy": a bare clause after the first is the speaker's own act, not
#: an order ("but", "so", "now", "just" or "please" before it still turn to the listener, and
#: "I hear you, put it down" is no list).
_OWN_LIST = re.compile(
    r"^(?:(?:next|first|then|so|okay|right|now|after that) )*(?:i|we)(?:'ll| will)? "
    r"(?!(?:need|want|have|got|would|hear|understand|know|get|see|feel|think|promise|mean|"
    r"said|told|asked)\b)\w+"
)


#: Verbs that take a participle as their complement: "keep talking to me", "stay sitting up
#: against the wall", "stop moving", "quit shouting".
_GO_ON = frozenset({"keep", "stay", "stop", "quit"})


def _takes(verb: str, following: str) -> bool:
    """``following`` is what an imperative ``verb`` takes next: its object or particle, or
    the participle of :data:`_GO_ON`'s verbs."""
    return following in _OBJECT_NEXT or (verb in _GO_ON and following.endswith("ing"))


#: The shapes of order that only a short text reads as (``_read``): a sentence the recogniser
#: ran on past one of them with commas is read again from its first clause.
_SHORT_SHAPES = frozenset({"fragment", "verbless", "toward", "documents", "thing_please"})


#: Said after an order to press it, not an order of its own: "Down, now, I won't climb after you".
_NOW = frozenset({"now", "right"})


def _clauses(splitter: re.Pattern, text: str) -> list[str]:
    """``text`` split into clauses, a courtesy or a "now" said after a clause kept with it: in
    "The key, please, and wait by her door" the first clause is "The key please"."""
    clauses: list[str] = []
    for clause in splitter.split(text):
        if clauses and set(normalise(clause).split()) <= _COURTESY | _NOW:
            clauses[-1] = f"{clauses[-1]} {clause}"
        else:
            clauses.append(clause)
    return clauses


def _first_clause(sentence: Sentence) -> Directive | None:
    """An order of few words that opens a sentence the recogniser ran on with commas: "Hands
    off the lid, both of you, young man, switch off the stream" (two sentences spoken). The
    whole text is too long for a verbless order, so its first clause is read alone. A verbless
    order must be about the body or what a hand holds (as after another clause), and a place
    to go is no order when the sentence states something ("Up the road, there's a garage")."""
    parts = _clauses(_CLAUSE, sentence.text)
    if len(parts) < 2 or _CONDITION.match(sentence.norm):
        return None
    text = _LEADING.sub("", normalise(parts[0])).strip()
    # One word is no order here: "Out, two, three, four" counts a breath.
    found = _read(sentence, text) if len(text.split()) >= 2 else None
    if found is None or found.rule not in _SHORT_SHAPES:
        return None
    if found.rule == "verbless" and found.verb not in _BODY:
        return None
    if found.rule == "toward" and not _PARTICLE_ALONE.match(text) and _STATES.search(sentence.norm):
        return None
    return found


def _later_clause(sentence: Sentence) -> Directive | None:
    """A directive verb opening a clause after a comma, with its object or particle next:
    "Okay, I hear you, but put the bottle down." A clause that is itself a question, an
    excluded opening or a verb without an object is not read."""
    if _CONDITION.match(sentence.norm):
        return None  # "If you see him, give us a call": advice, not an order
    own_list = _OWN_LIST.match(sentence.norm) and re.search(r"(?i), and\b", sentence.text)
    parts = re.split(f"({_CLAUSE.pattern})", sentence.text)
    last = len(parts) // 2
    # A courtesy after the last clause ("..., your passport, please") leaves it the last.
    while last > 1 and set(normalise(parts[2 * last]).split()) <= _COURTESY:
        last -= 1
    for number, (joint, clause) in enumerate(zip(parts[1::2], parts[2::2], strict=True), 1):
        if own_list and not joint.strip(",;- "):
            continue  # one more thing the speaker will do, not the listener
        words = normalise(clause).split()
        if number == last and not sentence.question:
            # The papers named as the sentence's last clause: "You know exactly why,
            # license.", "Should've thought of that, name and address." (the recogniser's
            # comma where the officer ended a sentence). Only last, and never "the ...":
            # inside a list ("I ran your plate, licence, registration, all fine") or after
            # "the" ("I checked the car, the insurance") they are what was looked at.
            papers = _DOCUMENTS.match(" ".join(words))
            if papers and words[0] != "the":
                return Directive(sentence, "clause_documents", papers.group("head").split()[-1])
        if len(words) >= 2 and words[0] in _VERBS and _takes(words[0], words[1]):
            found = _read(sentence, " ".join(words))
            if found is not None:
                return Directive(sentence, "clause_imperative", found.verb)
        if words[:1] == ["don't"] and len(words) >= 3:
            # A prohibition after another clause: "Thank you, stay back, don't crowd him."
            found = _read(sentence, " ".join(words))
            if found is not None and found.rule == "negative_imperative":
                return Directive(sentence, "clause_negative_imperative", found.verb)
        # An order with no verb after another clause: "Thank you, hands behind your back",
        # "Driver, hands out the window".
        found = _read(sentence, " ".join(words)) if len(words) >= 2 else None
        if found is not None and (
            found.rule == "fragment" or (found.rule == "verbless" and found.verb in _BODY)
        ):
            return Directive(sentence, f"clause_{found.rule}", found.verb)
    return None


def _read(sentence: Sentence, text: str) -> Directive | None:
    # Before the question test: "What I need is ..." opens like a question and orders.
    wants = _WANT_IS.match(text)
    if wants:
        return Directive(sentence, "need_statement", wants.group(5))
    settle = _LETS_SETTLE.match(text)
    if settle:
        return Directive(sentence, "lets_settle", settle.group("verb"))
    if not text or _QUESTION_START.match(text) or _NOT_DIRECTIVE.match(text):
        return None
    fragment = _FRAGMENT.match(text)
    if fragment:
        return Directive(sentence, "fragment", fragment.group(1).split()[0])
    dont = _DONT.match(text)
    if dont:
        if dont.group(4) in ("worry", "be", "know", "have", "mind", "hesitate", "think"):
            return None
        if _COMFORT.match(text):
            return None
        return Directive(sentence, "negative_imperative", dont.group(4))
    first = text.split()[0]
    ultimatum = _SUBJECT_ULTIMATUM.match(text)
    if ultimatum and ultimatum.group("verb") in _VERBS:
        return Directive(sentence, "subject_imperative", ultimatum.group("verb"))
    placed = _SUBJECT_PLACE.match(text)
    if placed:
        return Directive(sentence, "subject_imperative", placed.group("verb").split()[0])
    if first in _VERBS:
        if first == "let" and not text.startswith(("let me see", "let go of")):
            return None
        return Directive(sentence, "imperative", first)
    need = _NEED.search(text)
    # The need ends at its verb; "been" after it is the one word an inference adds. A need
    # under a condition is advice: "If you need to raise a vendor, the number's on her badge".
    if (
        need
        and not _INFERENCE.search(text[need.start() : need.end() + len(" been")])
        and not _CONDITIONAL.search(text[: need.start()])
    ):
        verb = need.group("going") or need.group("see") or need.group("verb")
        return Directive(sentence, "need_statement", verb)
    done = _NEED_DONE.search(text)
    if done:
        return Directive(sentence, "need_done", done.group("verb"))
    asked = _THING_PLEASE.match(text)
    thing = asked and (asked.group("head") or asked.group("placed"))
    if thing and thing not in _NOT_VERBLESS_HEAD | _COURTESY | _PEOPLE_PLEADED:
        return Directive(sentence, "thing_please", thing)
    papers = _DOCUMENTS.match(text)
    if papers:
        return Directive(sentence, "documents", papers.group("head").split()[-1])
    toward = _PARTICLE_ALONE.match(text) or _TOWARD.match(text)
    if toward and len(text.split()) <= _TOWARD_WORDS and not _STATES.search(text):
        return Directive(sentence, "toward", toward.group("head"))
    verbless = _VERBLESS.match(text)
    if (
        verbless
        and len(text.split()) <= _VERBLESS_WORDS
        and verbless.group("head") not in _NOT_VERBLESS_HEAD
        and "'" not in verbless.group("head")
        and verbless.group("head") not in _VERBS
        and not verbless.group("head").endswith("ing")  # a gerund is a subject: "Running away
        and not _FINITE.search(text)  # isn't a crime" states, it orders nothing
    ):
        return Directive(sentence, "verbless", verbless.group("head"))
    papers = _PAPERS_FIRST.match(text)
    if papers and not _FINITE.search(text):
        return Directive(sentence, "documents", papers.group("head").split()[-1])
    return None


#: What must follow an order's verb when the recogniser wrote another word there: a thing or
#: person to act on, or the particle of a phrasal verb ("Put the bottle down", "Get it out").
_HEARD_OBJECT = frozenset(
    re.findall(
        r"\w+", "the your that this those these it them him her me a an down up out away back off"
    )
)


def heard_order(found: Directive) -> bool:
    """Whether a directive read from an alternative reading (``heard``) rests on the word read
    in being the order's verb with its object next. "But" is the recogniser's most common
    unsure first word, and read as "Put" it turned "But he seems keen", "But you too" and "But
    in the court ..." into orders: on the 18 training splits' machine transcripts, 3 of 15
    orders read in this way were right, 2 of them by lying near an order said elsewhere
    (docs/BENCHMARKS.md, session 22). "Put the model on the hood" (for "Put the bottle")
    still is one."""
    if found.sentence.heard_as != found.verb:
        return False
    words = found.sentence.norm.split()
    return any(
        word == found.verb and words[n + 1] in _HEARD_OBJECT for n, word in enumerate(words[:-1])
    )
