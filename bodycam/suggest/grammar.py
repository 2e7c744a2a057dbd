"""Clause-shape rules: codes read from the grammar of a sentence, not from a list of phrases.

The phrase rules (``phrases.RULES``) cover the wording they were written for. These rules name
the shape a code takes in English whatever the words inside it, so new wording is found:

- a **conditional sanction**: a condition on the listener ("if you ...", "unless you ...",
  "one more step and ...", "do that again and ...") with a consequence in the future tense
  whose words name a sanction (arrest, jail, Taser, force, a ticket) - "If you come back,
  you'll be arrested"; and an option clause ("..., or [else] ...") ending in one;
- a **protest against the speaker's own body**: a second-person negative command or a
  directive aimed at "me" with a verb of contact ("Don't you dare grab me", "Get your hands
  off me"), and refusals in the first person ("I don't have to show you anything");
- a **feeling named through a clause**: "I get why you're frustrated", "you're clearly
  upset", "anyone would be scared";
- **future cooperation** by a civilian ("I'll put it down", "I'm not trying to fight
  anybody"), **reassurance** as a promise about the listener ("you're going to be okay"),
  **process** as a sequence ("first we'll ..., then ..."), **open questions** as a wh-question
  about what happened or how the person is, with the fact questions (name, date of birth)
  left out.

Each rule's detector is ``grammar:<code>.<name>``. Negations veto where they flip the meaning
("you won't be arrested", "I'm not going to hurt you").
"""

from __future__ import annotations

from .lexicon import DIRECTIVE_VERBS
from .phrases import (
    _FEELING,
    _RESOURCE,
    CIVILIAN,
    JUDGE_IN_ULTIMATUM,
    REFUSING_WONT,
    PhraseRule,
    _rule,
)

#: Feelings an officer names, beyond the phrase rules' ``_FEELING``: shame, embarrassment and
#: disappointment, and the situations that cause them.
_NAMED_FEELING = (
    _FEELING[:-1] + r"|embarrassed|embarrassing|ashamed|disappointed|disappointing|heartbroken|"
    r"humiliated|humiliating|devastated|gutted|furious|grieving|shaken)"
)
#: A sentence that opens with an order (any directive verb, after a vocative or two).
_ORDER_FIRST = r"^(\w+ ){0,2}?(" + "|".join(sorted(DIRECTIVE_VERBS)) + r"|keep|one more)\b"

#: Words that name arrest or force (stems, so tenses and the recogniser's spellings match:
#: "tase", "tased", "taser", "tazed").
FORCE = (
    r"(arrest\w*|jail|prison|a cell|custody|cuff\w*|handcuff\w*|tas(e|ed|er|ing)|taz\w*|"
    r"(pepper )?spray\w*|shoot|shot|force|charged?|booked|lock(ed)? (you )?up|"
    r"(the )?dog (will|is going to) bite|(take|taking|put|putting|bring|bringing|drag|dragging|"
    r"carry|carrying) you (in|down|out|downtown|to the ground|on the ground|in cuffs|to jail)|"
    r"the back of (my|the) (car|cruiser)|hurt|get hurt|(going|go) downtown)"
)
#: Any sanction: arrest or force, or a ticket (a sanction only when it is conditional).
SANCTION = FORCE[:-1] + r"|trespass\w*|cite|cited|citation|ticket(ed)?|summons)"
#: A consequence in the future for the listener, or from the speaker (no trailing space).
_CONSEQUENCE = (
    r"(you('ll| will| are going to|'re going to)|i('ll| will|'m going to| am going to|'ll have "
    r"to| will have to| have to)|we('ll| will|'re going to| are going to|'ll have to| have to)|"
    r"(that|this|it)('s| is| will be|'ll be)( going to)?( a| an)?|you('re| are)( going)?|"
    r"you('ll| will)( be)?( getting| get| go))"
)
#: The same, aimed at the listener: after "and" or "or" the condition is the clause before.
_AT_YOU = (
    r"(you('re| are|'ll| will)( going to)?( be| get| getting| go| going)?|i('ll| will|'m going "
    r"to| am going to)( have to)?|i('m| am))"
)
#: A negation in the consequence turns a warning into a reassurance.
_NOT_SANCTION = (
    r"\b(won't|will not|not going to|not be|nobody|no one|don't have to|do not have to|"
    r"not under|not in trouble|not arrest\w*|no need)\b"
)
#: Verbs of bodily contact an officer does to a person.
CONTACT = (
    r"(touch|grab|push|shove|hit|pull|yank|cuff|handcuff|tase|taze|shoot|hurt|choke|kick|"
    r"arrest|search|put your hands on|lay a hand on|come near|come any closer to)"
)

#: The police acting in a consequence, in any future form ("we'll", "we will", "we're going
#: to", "I'll have to", bare "we" as in "or we take you out").
_WE_ACT = (
    r"(we|i|they)('ll| will|'re going to| are going to|'m going to| am going to|'d)?( have to| "
    r"need to)?( just)?"
)
#: Verbs of an option or an offer, not of a sanction: "or we can talk inside", "or I'll give you
#: a ride home".
_OFFER_VERB = (
    r"(can|could|may|might|would|should|just|also|both|do|don't|go|will|need|want|get|talk|wait|"
    r"come|help|leave|call|give|let|stay|meet|figure|sort|find|see|try|have|ring|drive|walk|"
    r"bring|keep|check|sit|look|chat|speak|say|tell|ask|work|head|pick|drop)"
)
#: A consequence that is plainly help: "we'll take you home", "I'll get you a blanket".
_BENIGN = (
    r"\b(home|help|a ride|a lift|a blanket|some water|a drink|a coffee|alone|in peace|safe|"
    r"to the hospital|your (mum|mom|dad|family))\b"
)
#: Past participles that name a state, not a thing done to the listener ("or you'll be late",
#: "or you'll get tired").
_STATE = r"(tired|bored|scared|worried|confused|interested|used|involved|married|dressed|lost)"

GRAMMAR_RULES: tuple[PhraseRule, ...] = (
    # --------------------------------------------------------- escalation
    _rule(
        "threat_of_arrest_or_force",
        "conditional_sanction",
        # Condition then consequence, the consequence then the condition, or a count-down.
        rf"\b(if|unless) you\b.*\b{_CONSEQUENCE} (\w+ ){{0,5}}?(be )?{SANCTION}\b|"
        rf"\b{_CONSEQUENCE} (\w+ ){{0,5}}?(be )?{SANCTION}\b.*\b(if|unless) you\b|"
        rf"\b(one more (step|word|time|move|inch)|once more|(do|try) (that|it|this) again|keep "
        rf"(it|this|that) up)\b.*\b(and|then)\b.*\b{SANCTION}\b|"
        # A count given as the deadline ("When I get to three, you're face down in the sand"):
        # the consequence is the threat whatever the recogniser made of its words.
        rf"\b(when|by the time) i get to (three|3|five|5|ten|10),? {_AT_YOU}\b|"
        # "Next time, you're getting arrested"; "Do you want to go to jail?" (rhetorical);
        # "Don't make me use force".
        rf"\bnext time\b.*\b{_CONSEQUENCE} (\w+ ){{0,3}}?(be )?{FORCE}\b|"
        rf"\b(do you|you) want to (go to jail|get (tased|arrested|hurt|shot|sprayed|cuffed))\b|"
        rf"\bdon't make me (use|tase|taze|spray|shoot|hurt|arrest|cuff|put|take|drag)\b",
        score=0.8,
        unless=_NOT_SANCTION + r"|\bwhether\b",
        kind="grammar",
    ),
    _rule(
        "threat_of_arrest_or_force",
        "ultimatum",
        # "Come any closer and you're getting sprayed", "..., or else I'll have to cuff you":
        # a clause joined by "and"/"or" whose consequence is arrest or force aimed at "you".
        rf"\b(and|or) (then |else )?{_AT_YOU} (\w+ ){{0,3}}?{FORCE}\b|"
        # The handcuffs as the consequence's subject: "On the pavement, or the handcuffs go
        # on!", "If I have to ask a third time, the handcuffs come out."
        r"\b(or (else )?|(if|unless) .*,? )(the )?(hand)?cuffs (go|come|are going|will|'ll)\b",
        score=0.8,
        unless=_NOT_SANCTION + r"|\bor not\b|\bwhether\b|\bunder arrest\b",
        kind="grammar",
    ),
    # The station or the jail as the other option (session 43): "You can do it here, or you
    # can do it at the county jail", "You open it here, or we go to the station and open it
    # there", "Then you spend tonight in the Meade County jail", "Out of the car, or my
    # colleagues take you out". No verb of force, so ``ultimatum_open`` read none of them. On
    # the training scripts it reads 15 officer lines, all coded threats (a bus station and a
    # driving test at the station are options offered, not threats).
    _rule(
        "threat_of_arrest_or_force",
        "ultimatum_station",
        r"\bor (we|you|you'll)( \w+){0,5} (at|to|in) (the )?(\w+ ){0,3}(station|jail|cells|"
        r"custody|lockup|nick|watch house)\b|\b(spend|spends) (tonight|the night|the day|the "
        r"weekend) (in|at) (the |a )?(\w+ ){0,3}(jail|cells|custody|lockup|station)\b|"
        r"\bor my (colleagues|partner|officers) (will )?(take|put|drag|pull|carry)\b",
        score=0.75,
        question=False,
        unless=r"\b(bus|train|petrol|gas|fire|service|railway) station\b|\bsit (our|the|a) test\b",
        kind="grammar",
    ),
    _rule(
        "threat_of_arrest_or_force",
        "ultimatum_open",
        # An order, then "or" and what the police will do to the listener or their things, any
        # verb: "Turn it down, or we seize the speakers", "You step out, or we take you out",
        # "Move, or I'll move you". Or the listener made to undergo something, any participle:
        # "Music off now, or you're getting nicked", "or you'll be removed".
        rf"\bor (else )?{_WE_ACT} (?!{_OFFER_VERB}\b)\w+ (you|your|it|the|them|those|that|him|"
        rf"her|this|these|everything)\b|\bor (else )?you('re| are|'ll| will)( going to)?( be| get|"
        rf" getting| be getting) (?!{_STATE}\b)(\w+ed|\w+en|nicked|done|lifted)\b",
        score=0.75,
        question=False,
        # "You can wait here or we take you home": two options offered, not an ultimatum.
        # (An order "and" what the listener will undergo is ``and_consequence``.)
        unless=r"\b(can|could|may|might|rather|prefer|whichever|either|if you (want|like|'d "
        r"like|prefer))\b.*\bor\b|\bor not\b|\bwhether\b|" + _BENIGN,
        kind="grammar",
    ),
    _rule(
        "threat_of_arrest_or_force",
        "and_consequence",
        # An order, then "and" what the listener will undergo: "Keep twisting like that and
        # you're getting a face full of pavement", "Touch him again and you'll be nicked". The
        # order is the condition, as in "one more step and ...".
        _ORDER_FIRST + r".*\band (then )?you('re| are|'ll| will)( going to)? (be |get |getting |"
        r"be getting )(?!" + _STATE + r"\b)(\w+ed|\w+en|nicked|done|lifted|a \w+ (full of|"
        r"in|on|through|into|across|round|against) )",
        score=0.75,
        question=False,
        unless=_BENIGN + r"|\b(a (coffee|drink|ride|lift|chance|break|minute|second|copy|"
        r"receipt|call|card))\b",
        kind="grammar",
    ),
    _rule(
        "threat_of_arrest_or_force",
        "conditional_open",
        # A refusal or a keeping-on as the condition, and the police acting on the listener as
        # the consequence, any verb: "If you don't leave, we'll have to remove you", "If you
        # keep this up, I'm going to ask you to leave", "Then they'll ask me to remove you".
        rf"\b(if you|unless you|if he|if she)( (don't|do not|won't|will not|can't|refuse|keep|"
        rf"carry on|continue|still|go back|come back))\b.*\b{_WE_ACT} (?!{_OFFER_VERB}\b)\w+ "
        rf"(you|your|him|her|them)\b|\b{_WE_ACT} (have to |need to )?(ask|tell|make) (me |us )?"
        rf"(you |me )?to (remove|arrest|escort|take|move) you\b",
        score=0.75,
        unless=_NOT_SANCTION + r"|" + _BENIGN + r"|\bif you (don't|do not) mind\b",
        kind="grammar",
    ),
    _rule(
        "profanity_or_insult",
        "name_calling",
        # "You" or "you're (a)" followed by a term of abuse, any adjectives between.
        r"\b(you|you're|you are)( (a|an|such a|some|the|little|stupid|dumb|fucking|damn|crazy|"
        r"lazy|worthless|pathetic|useless|sorry|big|dirty))* (idiot|moron|asshole|dumbass|"
        r"psycho|loser|clown|punk|jerk|bum|scumbag|lowlife|creep|brat|thug|junkie|crackhead|"
        r"freak|coward|pig|bitch|bastard|dick|prick|garbage|trash|nutcase|lunatic|savage|"
        r"animal|idiots|morons|punks|animals)\b|\b(fuck\w*|shit\w*|bullshit|goddamn\w*)\b|"
        r"\byour (fat |sorry |lazy |dumb )?ass\b|\b(you're|you are) (a |an |such a )?(disgrace|"
        r"joke|embarrassment|waste of \w+)\b|\b(smart ?mouth|smart ?ass|wise ?guy|tough guy)\b|"
        r"\b(acting|act|behaving|crying|whining) like a "
        r"(\w+ )?(child|baby|kid|idiot|animal|brat|girl)\b",
        score=0.8,
        kind="grammar",
    ),
    _rule(
        "interrupts_or_dismisses",
        "brushes_aside",
        r"\b(i|we) (don't|do not) (care|want to hear)\b|\b(save|spare) (it|me)\b|"
        r"\b(nobody|no one) (asked|cares)\b|\bjust answer (my|the) question\b|"
        r"\b(i'm|i am) not (here|going) to (argue|debate|discuss)\b|"
        r"\b(that's|it's|that is|it is) not (my|our) (problem|concern)\b|"
        r"\btell (it|that) to the judge\b|\b(be quiet|quiet down)\b|\bi don't need your\b|"
        r"\b(i've|i have) heard (it all|enough)\b|^whatever\b",
        score=0.75,
        unless=JUDGE_IN_ULTIMATUM,
        kind="grammar",
        # "Whatever" dismisses only as the turn's first word; after a comma it is an offer or
        # a concession ("we can stand here or go inside, whatever works for you").
        clauses=False,
    ),
    # The sarcastic brush-off (session 43): the officer's answer to a demand for a badge number,
    # a supervisor, a lawyer or an embassy, or to a complaint, that answers nothing: "Good luck
    # with that", "Tell them I said hi", "Ask somebody who cares", "Tough.", "Phone whoever you
    # like", "Knock yourself out", "Cry me a river", "Not my problem". On the training scripts
    # the rule reads 21 officer lines, 20 coded so (the other, "Good for you, Mister Rights",
    # coded an insult).
    _rule(
        "interrupts_or_dismisses",
        "sarcastic",
        r"\bgood luck with that\b|\btell (them|him|her) i said (hi|hello)\b|"
        r"^good for (him|her|them)$|\bask (somebody|someone|anybody|anyone) who cares\b|^tough$|"
        r"^(\w+ )?(call|phone|ring|write to|tell) (whoever|anyone|anybody) you (like|want|please)$|"
        r"\bbe my guest\b|\bknock yourself out\b|\bcry me a river\b|\bwhatever you say\b|"
        r"^(\w+ )?(not my|your \w+ (is|are) not my) (problem|fault)\b|"
        r"\byou (wrecked|ruined|brought) (it|this|that) (on )?yourself\b",
        score=0.75,
        kind="grammar",
    ),
    _rule(
        "resistance_2_verbal",
        "refuses_or_protests",
        # Refusing in the first person, protecting one's own body, denying the officer's power.
        rf"\bi (refuse|ain't|am not going to|'m not going to|don't have to|do not have to)\b|"
        rf"{REFUSING_WONT}|"
        rf"\bdon't (you )?(dare )?{CONTACT}( \w+)? me\b|"
        rf"\b(get|take|keep) your (\w+ )?hands? off\b|\byou can't (\w+ )?(make|arrest|search|"
        rf"touch|stop|hold|keep|tell|order|force) me\b|\byou (have|got) no (right|reason)\b|"
        rf"\b(i'm|i am) not (going|leaving|moving) (anywhere|nowhere)\b|"
        rf"\b(i'll|i will|i'm going to) (hurt|kill|stab|cut|hit|fight|shoot) (you|him|her|them|"
        rf"somebody|anybody|anyone|everybody)\b|\b(come|step) (any )?closer and\b|"
        rf"\b(touch|grab|hit|push) me and\b|\bi know my rights\b|\b(i'm|i am) not (showing|"
        rf"telling|talking to|answering|signing|opening|letting)\b|"
        # Any phrasal action refused ("I'm not handing it over", "not turning it down"), one's
        # own will set against the order ("I'll stand where I want", "Why should I?"), a
        # warning to the other ("you're gonna be real sorry"). (Ordering the officer off one's
        # ground, "Get out of my yard", is agitation: ``civilian_agitated``.)
        rf"\b(i'm|i am) not \w+ing (it|that|this|them) (over|back|up|down|out|in|off)\b|"
        rf"\bi('ll| will) \w+ (where|what|whatever|wherever|when|however) i (want|like|please)\b|"
        rf"^(\w+ )?why should i\b|"
        rf"\byou('re| are|'ll| will) (going to )?(be )?(real |really |so )?sorry\b",
        roles=CIVILIAN,
        score=0.7,
        unless=r"\bsorry i won't\b|\bnot going to (do anything|hurt|cause|fight|run|resist)|"
        r"\bi won't (hurt|"
        r"do anything|run|fight|resist|cause)",
        kind="grammar",
    ),
    _rule(
        "resistance_2_verbal",
        "not_doing",
        # Any act refused in the progressive, "I'm not paying it", "I'm not turning around till
        # somebody tells me what I did", "I'm not boxing nothing" (session 52): of the training
        # splits' civilian lines with it, 119 carry an escalation code and 28 none, 27 of the
        # 119 read by no rule. Not the promises and denials said the same way ("I'm not going
        # to do anything", "not trying to", "not stealing anything", "not hiding anything",
        # "not having a go", "I'm not running", "I'm not resisting", "I'm not looking for
        # trouble"), and no evidence for moving an officer's
        # sentence to the civilian (roles._WORDS_BOTH_SAY): officers reassure in these words
        # ("I'm not arresting you", "I'm not writing you a ticket").
        r"\b(i'm|i am) not (?!(going|trying|stealing|hiding|bothering|being|having|fighting|"
        r"dying|sleeping|spending|doing|hurting|running|kidding|joking|lying|judging|"
        r"blaming|asking|telling|resisting|looking|arguing|complaining|causing|threatening)\b)"
        r"\w{2,}ing\b",
        roles=CIVILIAN,
        score=0.65,
        unless=r"\bsorry\b",
        kind="grammar",
    ),
    _rule(
        "resistance_2_verbal",
        "no_way",
        # "No way" refusing, not judging what could have been ("No way you could've known").
        # Its own rule because officers say it too, in surprise ("No way, that's faster than my
        # car"): ``roles.unclaimed_civilian_words`` does not move a sentence on it alone.
        r"\bno way\b(?! (\w+ ){1,2}(could|would|should|might)('ve| have)\b)",
        roles=CIVILIAN,
        score=0.7,
        kind="grammar",
    ),
    _rule(
        "civilian_agitated",
        "hostile_question",
        r"\bwhy (are|do|did) you (keep )?(\w+ing|bother|hassle|harass|pick on|mess with) me\b|"
        r"\bwhat('s| is) your (problem|deal)\b|\b(this|that)('s| is) (bullshit|crazy|ridiculous|"
        r"insane|a joke|unfair|not fair|racist|messed up)\b|\b(i'm|i am) (sick|tired) "
        r"of\b|\b(screw|to hell with) (you|this|that)\b|\bare you (kidding|serious|joking)\b",
        roles=CIVILIAN,
        score=0.6,
        kind="grammar",
    ),
    # --------------------------------------------------------- de-escalation
    _rule(
        "names_feelings",
        "feeling_clause",
        # "I get why you're frustrated": a verb of understanding over a clause about the person.
        r"\bi (can |totally |completely |really )?(see|tell|understand|hear|get|know|imagine|"
        r"appreciate) (that |how |why )?(you('re| are| must be| might be| feel| 'd be| would be|"
        r"'ve been| have been)|this (is|has been|must be)|that('s| is| must be))\b.*\b"
        + _FEELING
        + r"|\byou('re| are| seem| sound| look| feel| must be| must feel| might be|'ve been| have "
        r"been)( (really|so|very|pretty|kind of|a little|a bit|quite|clearly|obviously|"
        r"understandably|just))* "
        + _NAMED_FEELING.replace("hurt|", "")
        # The situation named for what it feels like: "That's very frustrating", "That's
        # humiliating" (all 22 training officer lines that say "that's" and a feeling, and the
        # 17 that name shame, embarrassment or disappointment, are coded so).
        + r"\b|\bthat('s| is| was| must be| must have been)( (really|so|very|pretty|quite|a bit|"
        r"a little))* "
        + _NAMED_FEELING
        # Not a judgement of a claim: "That's hard to believe".
        + r"\b(?! to \w)|\b(anyone|anybody|everyone|most people) would (be|feel) "
        + _FEELING
        + r"|\b(that's|it's|that is|it is) (understandable|normal|natural|okay to feel)\b|"
        r"\b(that's|it's|this is) a lot to (deal with|handle|take in|go through)\b",
        score=0.75,
        unless=r"\byou('re| are) not (really )?(scared|afraid|upset|angry|mad)\b|\bdon't\b",
        kind="grammar",
    ),
    _rule(
        "reassurance",
        "promise_about_listener",
        r"\byou('re| are) (going to|gonna) be (okay|fine|all right|safe)\b|"
        r"\b(we|i)('re| are|'m| am) (here|going) to (help|keep you safe|make sure you('re| are) "
        r"(safe|okay)|get you (help|home|some help))\b|\b(we've|i've|we have|i have) got you\b|"
        r"\byou('re| are) doing (great|fine|good|well|the right thing)\b|\bnothing (bad )?(is going"
        r" to|will) happen to you\b|\b(i'm|i am|we're|we are) not (going to )?(arrest|take|leave|"
        r"touch|hurt)(ing)? you\b|\byou('re| are) not alone\b|"
        r"\b(we're|we are|i'm|i am) not here to (arrest|hurt|judge|take|get) (you|anybody|anyone|"
        r"your)\b|\byou (haven't|didn't|have not|did not) (done |do )?(anything|nothing) wrong\b|"
        r"\b(nobody|no one)('s| is) (taking|going to take) (you|your)\b|\bmake sure you "
        r"(\w+ ){0,2}(safe|okay|all right)\b|\bno one('s| is) (mad|angry) at "
        r"you\b|\byou('re| are) not (going to jail|being arrested|under arrest)\b",
        score=0.8,
        kind="grammar",
    ),
    _rule(
        "reassurance",
        "about_someone",
        # The listener's family or the person in question said to be well or safe ("Your
        # daughter's okay", "She's in good hands"), nobody acting against anyone ("Nobody's
        # slamming anybody", "Nobody's in trouble", "Nobody gets fired for that"), a sanction
        # denied in the third person ("He's not getting arrested today").
        r"\b(your \w+|he|she|they|he's|she's)('s| is|'re| are)? ?(okay|ok|fine|safe|all right|"
        r"alright|not hurt|in good hands|being looked after|doing (fine|okay|well|good|great))\b|"
        r"\b(nobody|no one)('s| is| gets| will| is going to|'s going to)? ?(\w+ing (anybody|"
        r"anyone|you|your|him|her|them|nobody)|in (any )?trouble|here (about|for|to arrest) \w+|"
        r"(get|be|getting|being) (fired|arrested|hurt|charged|sacked|nicked|in trouble))\b|"
        r"\b(he|she|they|you)('s| is|'re| are) not (getting|being|going to be|going to get) "
        r"(arrested|charged|nicked|locked up|in trouble|taken|sacked|fired)\b",
        score=0.75,
        question=False,
        unless=r"\b(if|unless|not okay|isn't okay|if he's|if she's|is he|is she)\b",
        kind="grammar",
    ),
    _rule(
        "states_reason",
        "calls_received",
        # "We've had three calls about the music", "The shop's rung us because ...": calls or
        # reports received, or someone having called the police, in any number or tense.
        r"\b(we|i)('ve| have)? (had|got|gotten|received|get) (a |an |some |a few |several |"
        r"\w+ )?(calls?|reports?|complaints?|911 calls?)\b|"
        r"\b\w+('s| has| have|'ve)? (rung|rang|called|phoned|contacted) (us|me|the police|911|"
        r"nine one one)( because| about| to say| over| for)\b",
        score=0.75,
        unless=r"\bdo you know why\b|\bif (you|we)\b",
        kind="grammar",
    ),
    _rule(
        "states_reason",
        "someone_called_about",
        # The call named without saying who took it ("Somebody's rung in about a tractor",
        # "You rang about your drive", "Roxy rang us, she wants you out", "A bus driver
        # radioed that you were standing in the lane"): whoever called, but the officer ("I
        # rang about ..." is the officer's own business). Not "called that" ("would've called
        # that a good morning's work").
        r"\b(?!(i|we)\b)\w+('s| has| have|'ve)? ((rung|rang|called|phoned|radioed)( in| us| the "
        r"police)?( about| because| to say| over|,)|(rung|rang|phoned|radioed) us\b|"
        r"(rung|rang|phoned|radioed)( in| us)? that\b)",
        score=0.75,
        question=False,
        unless=r"\bdo you know why\b|\bif (you|we)\b|\b(should|could|would|will|can)\b",
        kind="grammar",
    ),
    _rule(
        "states_reason",
        "asked_to_check",
        # Someone else's concern as the reason for coming ("The vicar asked us to pop in and
        # check you're alright", "The chair's asked me to walk you out", "Some people have
        # been worried about you"): the reason given as who sent the officer and why.
        r"\b(?!(i|we|you)\b)\w+('s| has| have|'ve)? (just )?(asked|wanted) (us |me )?to "
        r"(pop|come|check|look|have a word|walk|see|make sure)\b|"
        r"\b(?!(i|we)\b)\w+( have been| has been|'s been| was| were| is| are|'s| got) (a bit "
        r"|really )?worried (about|that) you\b",
        score=0.75,
        question=False,
        kind="grammar",
    ),
    _rule(
        "explains_process",
        "next_steps",
        # What happens next said through who will do it: another party's future action
        # ("They'll ring you this week"), where a person is being taken ("He's going to the
        # custody suite"), a purpose ("so we can work out who did what", "That way, ..."), the
        # paperwork ("I'll need a statement from her", "I'm writing it up as an assault").
        r"\b(they|he|she|the \w+|someone|somebody)('ll| will|'re going to| are going to|'s "
        r"going to| is going to) (talk|speak|take|check|look|meet|explain|decide|be in touch|send|"
        r"assess|sort|tell|(ring|call|phone|contact) you (\w+ )?(about|this|tomorrow|tonight|in|"
        r"on|when|to|next|within|after|and))\b|"
        r"\b(he|she|they|you)('s| is|'re| are) (going|being taken) (to|down to) (the |a )?(\w+ )?"
        r"(station|van|custody|cells|hospital|court|precinct|jail|nick|suite)\b|"
        r"\bso (that )?(i|we|they|the \w+) can (talk|speak|work out|sort|figure|check|get|"
        r"make sure|look)\b|^that way\b|\bwhat('ll| will) happen (is|now|next)\b|"
        r"\b(i|we)('ll| will|'m going to|'re going to)( just)? (need|take|get|write|file) (a |"
        r"your |the )?(statement|report|details)\b|\b(i'm|we're) (writing|putting) (it|this|"
        r"that) (up|down) as\b",
        score=0.7,
        # "Put it down or you're going to jail": the place is the ultimatum's sanction.
        unless=r"\b(tase|taser|shoot|hurt)\b|\bor (else )?(you|we|i)\b",
        kind="grammar",
    ),
    _rule(
        "separates_parties",
        "away_from_them",
        # Moving a person away from the others: "Come stand over here, away from his mates",
        # "Everybody move back from him", "Let's get her over there, away from all this".
        r"\b(away|back) from (him|her|them|his \w+|her \w+|their \w+|each other|everyone|"
        r"everybody|all (of )?(this|that|them)|the (others|crowd|rest))\b",
        score=0.7,
        question=None,
        unless=r"\b(stay|keep|get) (\w+ )?away from (me|my)\b",
        kind="grammar",
    ),
    _rule(
        "disengages",
        "clears_scene",
        # Leaving the person be: "I'm clear at the hospital, no further action", "I'll hand
        # you over to her now".
        r"\bno further action\b|\b(i'm|we're|i am|we are) clear (at|from|of)\b|"
        r"\b(i'll|we'll|i will|we will|i'm going to) (hand|leave) you (over )?(to|with)\b",
        score=0.7,
        kind="grammar",
    ),
    _rule(
        "explains_process",
        "sequence",
        # "First we'll ..., then ...", "once I ..., you can ...", why a step is needed.
        r"\b(first|next|then|after that|once|as soon as) (i|we|they|you)('ll| will| are going to|"
        r"'re going to| can|'ve| have)\b|\b(this|it)('s| is) (just )?(standard|routine|procedure|"
        r"for (your|my|everyone's|our) safety)\b|"
        r"\b(the reason|that's why) (i|we)('m| am|'re| are| need| have| want| ask)\b|"
        r"\b(i|we) (just )?(have|need) to (check|make sure|confirm|verify|run)\b|"
        r"\b(i'm|we're|i am|we are) (just )?going to (run|check|look up|write|verify|confirm|"
        r"talk to|get your|grab your|sort)\b|"
        r"\b(this|that|it)('s| is) (just )?so (that )?(everyone|everybody|we|you|nobody)\b",
        score=0.7,
        unless=r"\b(tase|taser|shoot|jail)\b",
        kind="grammar",
    ),
    _rule(
        "explains_process",
        "the_rule",
        # What the law or a place's rules say of an act: "Kites are banned in the city now",
        # "Playing for money in the pool is against the bath rules", "Throwing water on people is
        # not allowed", "Feeding the apes is an offence". Of the training splits' 36 officer
        # lines that say so, 24 are coded explanations and 11 more reasons for the stop,
        # reassurance or choices (de-escalation too); a person told they are banned is warned.
        r"\b(is|are|'s|'re)( not| also| still)? (not allowed|allowed|against the (\w+ )?"
        r"(law|rules)|a crime|illegal|banned|an offen[cs]e|assault|forbidden|prohibited|"
        r"tolerated)\b",
        score=0.7,
        question=False,
        unless=r"\b(you|you're|you are|he's|she's|they're) (banned|not allowed)\b|\bcrime scene\b",
        kind="grammar",
    ),
    _rule(
        "open_question",
        "account_asked",
        # The person's own account asked for anywhere in the sentence, where the recogniser ran
        # it on after a name or another clause ("Going up now you, what's going on", "So now
        # you, what did you see tonight?", "... now you tell me how it looks from your window").
        # Of the training splits' 62 officer lines that ask so, 60 are coded open questions;
        # the other two ask what day it is (orientation after a blow to the head).
        r"\bwhat (did you see|went on|can you tell me|brought you)\b|"
        r"\btell me (what|how|everything)\b",
        score=0.7,
        unless=r"\bwhat (day|year|month|time)\b|\bwhere (we|you) are\b",
        kind="grammar",
    ),
    _rule(
        "open_question",
        "wh_about_person",
        # A question about what happened or how the person is; fact questions left out.
        r"^(\w+ ){0,4}(what|how)('s|'re)? (\w+ ){0,4}?(happen\w*|going on|going through|feel\w*|"
        r"holding up|doing|need|think|want|mean|like to|bring\w* you|help)\b|"
        # "How have things been?", "How are things at home?": the person's own account.
        r"^(\w+ ){0,4}how (have|are|were|has|is) (things|everything|it all|life)\b|"
        # How it came about, or why they did it, asked of them: "How did you end up on the
        # bypass?", "How did her phone land on that roof?", "Why does this spot matter so
        # much?". Of the training splits' officer lines that ask "how did", 33 of 34 are coded
        # open questions, and all three that ask "why did/does/do"; the civilians' "Why do you
        # need my licence?" is another speaker's, which this rule never reads.
        r"\bhow did\b|"
        r"\bwhy (did|does|do) (you|this|that|it|the \w+|he|she|they)\b",
        score=0.7,
        question=True,
        unless=r"\b(name|date of birth|birthday|address|license|licence|insurance|registration|"
        r"old are you|how many|how much|how long|what time|phone number|doing here)\b",
        kind="grammar",
    ),
    _rule(
        "active_listening",
        "reflects_back",
        r"\b(you mentioned|you told me|earlier you said|what you're (saying|telling me)|you're "
        r"saying|you are saying|if i (heard|understand|got) (you|that) (right|correctly)|"
        r"let me make sure i|correct me if)\b",
        score=0.7,
        # Thanks for having been told is appreciation, not the content said back.
        unless=r"\b(glad|thank you for|thanks for|good that) (you )?(told|telling) me\b",
        kind="grammar",
    ),
    _rule(
        "tactical_pause",
        "waits",
        # Waiting for the person, not for one's own ride or lawyer (merged voices).
        r"\b(i'm|we're|i am|we are|i'll|we'll|i will|we will|we can|i can) (just )?(going to )?"
        r"(wait|waiting)( (right )?here| until you| for you| as long as)\b|"
        r"\b(i'm|we're|i am|we are) (not in a hurry|in no hurry)\b|"
        r"\b(we've|we have|we) got (time|all night|all day)\b|\bno (rush|hurry)\b|"
        r"^(\w+ )?take (a|your) (minute|second|moment|breath|breather)\b|\blet's (just )?(pause|"
        r"wait|take a (minute|second|moment|breather))\b|\bwhenever you('re| are) ready\b",
        score=0.7,
        unless=r"\bwait for (backup|the cuffs)\b",
        kind="grammar",
    ),
    _rule(
        "states_reason",
        "rule_or_violation",
        # The reason for contact given as the rule broken or the violation seen.
        r"\byou (can't|cannot|aren't allowed to|are not allowed to|shouldn't|should not) (be )?"
        r"(\w+ )?(\w+ )?(here|there|on (this|these|that|the)|in (this|these|that|the))\b|"
        r"\b(this|it)('s| is) (private property|a no \w+ zone|closed|against the law|illegal)\b|"
        r"\byou (were|was) (going|driving|doing) (\w+ ){0,3}(in a|over|miles)\b|"
        r"\byou (ran|went through|rolled through|didn't stop at|blew) (a|the) (red|stop)\b",
        score=0.75,
        question=False,
        # A civilian's objection in merged voices: "You can't come in here without a warrant".
        unless=r"\b(without|warrant|come in|search)\b",
        kind="grammar",
    ),
    _rule(
        "states_reason",
        "report_or_dispatch",
        r"\b(someone|somebody|a \w+|your \w+|the \w+|they|he|she|people|dispatch) (reported|"
        r"complained)\b|"
        r"\b(dispatch|they|someone|somebody) sent us\b|\b(we're|we are|i'm|i am) responding to\b",
        score=0.75,
        kind="grammar",
    ),
    _rule(
        "disengages",
        "lets_go",
        r"\byou('re| are) (good|all set|okay|fine) to go\b|\byou('re| are) all set\b|\byou (can|"
        r"may) (go|leave)\b(?! (to|ahead))",
        score=0.75,
        kind="grammar",
    ),
    _rule(
        "creates_distance",
        "moves_back_together",
        r"\b(let's|let us|we'll|we will|we're going to) (all )?(back up|step back|move back|back "
        r"off|give (him|her|them|you) (some )?(space|room))\b",
        score=0.75,
        kind="grammar",
    ),
    _rule(
        "requests_resources",
        "will_bring_help",
        # The speaker will bring in a person suited to the situation, a few words between.
        r"\b(i'll|we'll|i will|we will|let me|let's|i'm going to|we're going to|i can|we can) "
        r"(get|call|bring|have|radio for|ask for) (\w+ ){0,3}?"
        + _RESOURCE[:-1]
        + r"|nurse|doctor|social worker|case ?worker|mobile (crisis )?team|someone who speaks "
        r"\w+|\w+ speaker)\b",
        score=0.75,
        kind="grammar",
    ),
    _rule(
        "active_listening",
        "follow_up_question",
        # A question that restates what the person said: "So you got home and it was open?"
        r"^(okay |all right |and )?so (you|he|she|they|your \w+|the \w+) (\w+ )?(\w+ed|was|were|"
        r"had|did|said|told|took|went|came|got|left|saw|threw|broke|lost|heard|found|thought)\b",
        score=0.65,
        question=True,
        kind="grammar",
    ),
    _rule(
        "builds_rapport",
        "self_disclosure",
        r"\b(i've got|i have|i had|i used to have|my (kid|kids|son|daughter|wife|husband) (has|"
        r"had|loves|plays)) (a |an )?(\w+ ){0,3}(just like|like that|too|the same)\b|"
        r"\bi used to (\w+ ){0,3}(here|too|when i was)\b",
        score=0.65,
        kind="grammar",
    ),
    _rule(
        "offers_choices",
        "conditional_offer",
        # Two options: a single offer ("If you want, I can call him") is not a choice.
        r"\bif you('d| would)? (like|prefer|rather|want)\b.*\b(we|i|you) (can|could)\b.*\bor\b|"
        r"\b(it's )?your (call|choice|decision)\b|^(you|do you|would you) (want|like|prefer)\b.*"
        r"\bor\b|^(\w+ )?(we|you) (can|could) (\w+ ){1,6}or (\w+ )?(we|you|go|stay|sit|do|"
        r"talk|wait|call|ring|come)\b|\b(decide|choose|pick)\b.*"
        r"\bor\b|\b(which|what) (would you|do you) "
        r"(prefer|rather)\b|\beither\b.*\bor\b",
        score=0.75,
        unless=r"\bor (you're|you are|you'll|i'll|i will|we'll|we will|else)\b|" + SANCTION,
        kind="grammar",
    ),
    # --------------------------------------------------------- civilian de-escalation
    # "Sorry" anywhere in a civilian's statement ("I'm just good, sorry, I shouldn't have pushed
    # her"): the recogniser runs the apology into the words around it. Not someone else's
    # sorrow ("he's sorry"), a denial ("not sorry") or a threat ("you'll be sorry"). It was
    # "sorry" as the first or second word only until session 21; anywhere, LOSO over the 18
    # training splits finds 13 more de-escalation moments for 15 more suggestions on the
    # machine transcripts, 3 for 3 on the script text.
    _rule(
        "civilian_calming_statement",
        "apologises",
        r"\bsorry\b",
        roles=CIVILIAN,
        score=0.7,
        unless=r"\b(he|she|they|you|we)('s|'re| is| are| was| were)? sorry\b|\bnot sorry\b|"
        r"\bbe (\w+ )?sorry\b",
        question=False,
        kind="grammar",
    ),
    _rule(
        "civilian_calming_statement",
        "cooperates",
        # Future cooperation, apology, "I mean no harm" in any wording.
        r"\bi('ll| will) (put|step|come out|sit|show|give|hand|drop|turn|cooperate|calm|answer|"
        r"do what you say|do it)\b|\bi('ll| will) do (whatever|what|everything) you\b|"
        r"\b(i'm|i am) not (trying|going|here) to (hurt|do anything|cause|fight|run|resist|make "
        r"trouble)\b|\b(i'm|i am|we're|we are) not (looking for|trying to (start|cause|make)) "
        r"(any )?(trouble|problems|a fight)\b|\bi (didn't|did not) mean (to|it|any)\b|"
        r"\b(my bad|my fault|my apologies|i apologi[sz]e)\b|"
        r"\b(i'm|i am) (calm|calming down|cooperating|complying)\b",
        roles=CIVILIAN,
        score=0.7,
        unless=r"\bi('ll| will) (do|get|show|give|tell) (you|him|her|them) (what|something|"
        r"nothing)\b|\bi('ll| will) (get|sue|report) (you|your|a lawyer|my lawyer)\b",
        kind="grammar",
    ),
)
