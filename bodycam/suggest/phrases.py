"""Phrase rules: a regular expression over a normalised sentence, per code.

Each rule names itself (``rule:<code>.<name>``) so a reviewer sees why a moment was suggested.
Patterns are written against ``sentences.normalise`` output: lower case, no punctuation but
apostrophes, "gonna" already expanded. ``unless`` vetoes a match (negations, questions that only
look like statements), so "I'm not going to hurt you" never reads as a threat.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bodycam.core.vocabulary import SPEAKER_ROLES

OFFICER = frozenset({"officer"})
CIVILIAN = frozenset({"civilian", "other", "unknown"})
ANYONE = frozenset(SPEAKER_ROLES)


@dataclass(frozen=True)
class PhraseRule:
    code_id: str
    name: str
    pattern: re.Pattern
    roles: frozenset[str]
    score: float = 0.8
    unless: re.Pattern | None = None
    #: Only sentences that end with a question mark (``True``), only others (``False``), or any.
    question: bool | None = None
    #: ``rule`` for a phrase, ``grammar`` for a clause shape (``grammar.GRAMMAR_RULES``).
    kind: str = "rule"
    #: Also read each clause after a comma as a sentence of its own (``detection._readings``).
    clauses: bool = True

    @property
    def detector(self) -> str:
        return f"{self.kind}:{self.code_id}.{self.name}"


def _rule(
    code,
    name,
    pattern,
    roles=OFFICER,
    score=0.8,
    unless=None,
    question=None,
    kind="rule",
    clauses=True,
):
    return PhraseRule(
        code,
        name,
        re.compile(pattern),
        roles,
        score,
        re.compile(unless) if unless else None,
        question,
        kind,
        clauses,
    )


_NEG = r"\b(not|never|n't|no one|nobody)\b|n't\b"
#: A civilian refusing to be directed at all ("Don't tell me where to stand, man"): refusal
#: and agitation both, as all three training lines that say so are coded.
_NOT_TOLD = r"\b(don't|do not) (you )?tell me (what|where|how|when) (to|i)\b"
_FEELING = (
    r"(scared|afraid|frightened|frustrated|upset|angry|mad|hurt|sad|worried|overwhelmed|"
    r"exhausted|worn out|tired|stressed|confused|nervous|anxious|hard|tough|scary|awful|"
    r"frustrating|difficult|painful|terrible|lonely|exhausting|overwhelming|frightening|"
    r"stressful|upsetting|heartbreaking)"
)
#: A report relayed by radio or a caller ("caller says a male is not breathing", "possible
#: overdose"): not a crisis indicator on scene, which the codebook tags when a person shows it.
RELAYED = (
    r"\b(caller|callers|complainant|reporting party|rp|possible|reported|reports of|advises|"
    r"advised|subject|en route)\b"
)
#: Negated self-harm and substance use ("I'm not going to hurt myself", "I haven't been
#: drinking"): the denial is not the indicator.
_NOT_SELF_HARM = (
    r"\b(not|never|wouldn't|won't|n't) (going to |trying to |want to )?(kill|hurt|harm|cut) "
    r"(myself|himself|herself)\b|\bnot suicidal\b"
)
_NOT_USING = (
    r"\b(haven't|have not|hasn't|didn't|did not|never|wasn't|not) (been )?(drinking|drunk|high|"
    r"take|taken|took|use|used|smoked|had)\b|\b(i'm|i am|he's|she's) not (drunk|high|wasted)\b"
)
#: "Sign it, or you're going downtown and you can tell it to the judge": the judge joined by
#: "and" to an ultimatum's consequence is the sanction (court), said once as the threat, not a
#: dismissal of what the person said ("Save it, tell it to the judge").
JUDGE_IN_ULTIMATUM = (
    r"\bor (you('re| are|'ll| will)|i('ll| will|'m| am)|we('ll| will|'re| are))\b.* and (you "
    r"can )?tell (it|that) to the judge\b"
)
#: "I won't" refuses only what was asked (to go, move, get out, sign, ...), or after "no": on
#: its own it is as often a promise ("Okay. Sorry. I won't.", "I won't say another word to
#: her", "I won't grab for it"). None of the nine training splits' labelled lines with "I won't"
#: is a refusal; on their machine transcripts the bare "I won't" gave 7 resistance suggestions,
#: 1 of them right (docs/BENCHMARKS.md, session 11, #15).
REFUSING_WONT = (
    r"\bi (won't|will not) (go|move|leave|get|step|come|put|sit|stand|turn|give|hand|show|sign|"
    r"answer|open|let|stop|comply|cooperate|do (it|that|what|as|anything you))\b|"
    r"\bno i (won't|will not)\b"
)
#: Swearing at a person, name-calling: the officer's ``profanity_or_insult``, a civilian's
#: hostility (``civilian_agitated.insult``) - the same words whichever label they fall under.
INSULT = (
    r"\b(shut (the )?(fuck|hell) up|fuck you|fucking (idiot|moron|asshole)|you('re| are)? "
    r"(a |an |such a )?(fucking )?(idiot|moron|asshole|dumbass|stupid|psycho|loser|piece of "
    r"shit|clown|pig)|(stupid|dumb) (child|bitch|ass|kid)|like a (stupid|dumb|spoiled) \w+|"
    r"you (little |stupid |dumb |fucking )?(idiot|moron|asshole|psycho|dumbass|clown|punk|"
    r"jerk|bum|scumbag|lowlife|creep|brat|loser|pig)|dumbass|asshole|son of a bitch)\b"
)
_RESOURCE = (
    r"(crisis (team|unit|worker|counsell?or)|cit|clinician|mental health (team|clinician|unit|"
    r"worker)?|ems|medics?|an ambulance|ambulance|paramedics|a supervisor|supervisor|"
    r"(a |my |the )?sergeant|sarge|an? (interpreter|translator)|interpreter|translator|"
    r"language line|fire rescue|counsell?or)"
)

RULES: tuple[PhraseRule, ...] = (
    # ------------------------------------------------------------ opening and procedure
    _rule(
        "introduces_self",
        "name_or_agency",
        r"\b(i'm|i am|this is|my name is|my name's)\s+(officer|deputy|sergeant|detective|"
        r"corporal|trooper|lieutenant)\b|\bmy name is\b|\bmy name's\b|"
        r"\b(i'm|i am|we're|we are) (\w+ )?(with|from) the (\w+ ){0,3}(police|sheriff'?s?|"
        r"department|office|patrol)",
        score=0.9,
    ),
    _rule(
        "states_reason",
        "because_or_call",
        r"\b(pulled|stopped) you( over)? (because|for)\b|\bthe reason (i|we) (stopped|pulled|"
        r"came|are here|'re here)|\b(we|i) (got|received|had) a (call|report|complaint)\b|"
        r"\b(somebody|someone|a neighbou?r|your \w+|the \w+( \w+)?|they) called (us |911 )?"
        r"(because|about|to say|and said|for)\b|\b(i'm|we're|i am|we are) here because\b|"
        r"\bwe came (out )?because\b|\b(\w+ )?asked (us|me) to (check on|come|look in on|"
        r"stop by)\b|"
        # A welfare check's reason: others are worried, the officer came to check on them.
        r"\b(people|someone|somebody|everyone|everybody|your (\w+ )?\w+|they|\w+'s) ((have|has) "
        r"been |are |is |were |was |got |get )?(really |so |pretty )?worried about you\b|"
        r"\b(came|come|here|out|by|up) to check (in on you|on you|in)\b",
        score=0.85,
        unless=r"\bdo you know why\b",
    ),
    _rule(
        "explains_process",
        "what_happens_next",
        r"\b(i'm|i am|we're|we are) going to (run|check|look up|write|call|ask|talk|get|have|"
        r"take a look|need|wait|sort|pat|search|frisk)\b|"
        r"\b(it'll|it will|this will|that'll) (take|only take)\b|"
        r"\bwhat('s| is) going to happen\b|\byou're being detained\b|\bnot under arrest\b|"
        r"\bhere's what\b|\b(they|the paramedics|the medics|the doctors?) (are|'re) going to "
        r"(check|look|take|decide|talk)|\bthen (they|we|i) ('ll|will)\b|\bthen they'll\b",
        score=0.75,
        # "I'm going to need you to step out" is a directive, not an explanation.
        unless=r"\b(citation|ticket|arrest|tase|taser|jail)\b|\bgoing to (step|back|move)\b|"
        r"\bgoing to need (you to|to see your)\b",
    ),
    _rule(
        "open_question",
        "invites_account",
        r"^(so |okay |and |hey |sir |ma'am )*((can|could|would|will) you (please )?)?"
        r"(what happened|what's going on|what is going on|"
        r"what's been (going on|happening)|what has been going on|tell me (what|about|how|"
        r"more|your side)|how can (i|we) help|how are you (doing|feeling)|what do you need|"
        r"what can (i|we) do|help me understand|walk me through|what's (wrong|the matter)|"
        r"how did (this|that|it) start)|"
        # The account asked for after another question ("What's your name, and what happened
        # here?") or of one side ("And what happened, from your end?").
        r"\b(and|so|but) what happened\b|\bwhat happened (here|tonight|today|from your)\b",
        score=0.8,
        # "Can you tell me what day it is?" checks orientation after a blow to the head.
        unless=r"\bwhat (day|year|month|time) it is\b",
    ),
    _rule(
        "active_listening",
        "paraphrase",
        r"^(so )?(you said|so you('re| are) saying|what i'm hearing|if i understand|"
        r"so you (lost|were|had|did|have|got|went|feel|think))\b",
        score=0.7,
    ),
    _rule(
        "names_feelings",
        "feeling_word",
        r"\byou (sound|seem|look)( like you're)? (really |so |pretty |very |kind of )?"
        + _FEELING
        + r"|\b(that|this|it) (sounds|must be|must have been|seems) (really |so |very |pretty )?"
        + _FEELING
        # "It sounds like you've been really frightened": the feeling named through a clause.
        + r"|\b(it|that) (sounds|seems|looks) like you('ve| have| are|'re| were)? (been )?"
        r"(really |so |very |pretty )?"
        + _FEELING
        + r"|\bi (can )?(see|tell|understand|hear) (that )?(you're|you are|how|why you)\b|"
        r"\bi'd be \w+ too\b|\bi would be \w+ too\b|"
        r"\bthat makes (complete |total |perfect )?sense\b|"
        r"\bit's okay to be\b",
        score=0.8,
        unless=r"\bi hear you\b$",
    ),
    _rule(
        "reassurance",
        "safe_or_help",
        r"\byou('re| are) not in (any )?trouble\b|\b(nobody|no one)('s| is)? (going to|"
        r"wants to|will) hurt you\b|\b(i'm|i am|we're|we are) not going to hurt you\b|"
        r"\b(we're|we are|i'm|i am) (just )?here to help\b|\byou('re| are) safe\b|"
        r"\b(it's|it is|everything's|everything is) going to be (okay|all right|fine)\b|"
        r"\bdon't worry\b|\bhelp is on the way\b|\byou('re| are) (okay|all right)\b",
        score=0.85,
    ),
    # Nobody will be hurt, blamed or taken away; a promise; the person is not at fault. LOSO over
    # the 18 training splits (session 21): 10 more de-escalation moments for 14 more suggestions
    # on the machine transcripts, 7 for 8 on the script text ("Sir, you're next, I promise" is
    # one that is none).
    _rule(
        "reassurance",
        "nobody_or_promise",
        r"\b(nobody|no one)('s| is)? ((going to|gonna|wants to|will) (hurt|shoot|harm|arrest|"
        r"touch|judge|blame|rush|grab( at)?) you|(judging|blaming|accusing|hurting|rushing) (you|"
        r"anyone|anybody|anything)|(getting|going) (locked up|arrested|nicked|carted off|to "
        r"jail)|in (any )?trouble|decided anything|broken any (law|rule)s?)\b|\bi promise\b|"
        r"\bdon't beat yourself up\b|\byou're doing the best you can\b|"
        # Nothing done wrong, nothing written up: "You did nothing wrong", "Nobody here has
        # done anything wrong today", "Neither of you goes in my notebook today", "No one gets
        # a fine from me" (all eleven training officer lines that say so are coded so).
        r"\byou (did|have done|'ve done) nothing wrong\b|\b(nobody|no one|neither of you)( here)? "
        r"(has|have) done anything wrong\b|\b(nobody|no one|neither of you) (gets|is getting|"
        r"goes|go) (a fine|a ticket|in my notebook|a report)\b",
        score=0.8,
    ),
    _rule(
        "respectful_address",
        "courtesy",
        # "Miss" as a title, not the verb ("you'll miss your bus"); thanks in its other words
        # ("cheers", "appreciate it").
        r"\b(sir|ma'am|madam|please|thank you|thanks|cheers|(i )?appreciate (it|that|you)|sorry|"
        r"excuse me|(mr|mrs|ms) \w+|"
        r"miss (?!(your|my|the|a|an|it|him|her|them|us|out|that|this|me|you|his|their)\b)\w+|"
        # The courtesy titles of the languages officers meet, said in English ("Drive carefully,
        # señora", "Gospa Milena, your turn"): 34 of the training splits' 39 officer lines
        # that use one are coded respectful address; the others name a third person.
        r"madame|senora?|senhora?|signora?|signore|monsieur|mademoiselle|gospa|gospoda|"
        r"gospodine|dona|amca|teyze|hanim|efendim|bhai|didi|sahib|memsahib|bwana|mzee|"
        r"khanum|ajumma|ahjussi|kuya|bapak|ibu|mbak|encik|puan|khun)\b",
        score=0.7,
        unless=r"\b(fuck\w*|shit\w*|bitch|asshole|idiot|stupid|moron|dumbass)\b",
    ),
    _rule(
        "offers_choices",
        "or_options",
        r"\b(do|would) you (want|like|rather|prefer)\b.* \bor\b|\byou can .* or (you|we|i) "
        r"(can|could)\b|\bwhichever (you|is)\b|\bit's (your|up to you)\b|\bup to you\b|"
        r"\bwould you rather\b|\bor (would you|do you) rather\b|\byou can .* or .* whichever\b|"
        # The choice asked about a third person, the officer offering the other way, the
        # options announced ("Does she want ..., or ...", "or shall I ask?", "couple options").
        r"\b(does|would) (she|he|they) (want|like|rather|prefer)\b.* \bor\b|\bor (shall|should) "
        r"(i|we)\b|\b(a )?(couple|two|few) (of )?options\b|\byou get a say\b|"
        # Two things the person can do, the second without its subject, where the recogniser
        # dropped the "Which?" after them ("You can shake hands and go home, or play one last
        # game"): 38 of the 42 training officer lines of this shape are coded choices, the
        # other four threats (the jail or the back of the car as the other way, left out below).
        r"\byou can [^.?!]*,? or (?!(i|we|else)\b)\w+",
        score=0.8,
        unless=r"\bor (you're|you are|you'll|i'll|i will|we'll|we will) (going to )?(jail|"
        r"be arrested|get|go to)\b|\bor i\b(?! (shall|should)\b)|\b(jail|cells?|custody|"
        r"back of my)\b",
    ),
    _rule(
        "builds_rapport",
        "small_talk",
        r"\bis that your (dog|cat|car|kid|bike)\b|\bwhat's (his|her|their) name\b|"
        r"\bhappy birthday\b|\bi grew up\b|\bnice (car|dog|bike|shirt)\b|\bgo (team|\w+s)\b",
        score=0.7,
    ),
    # ------------------------------------------------------------ tactics said aloud
    _rule(
        "tactical_pause",
        "slow_down",
        r"\b(let's|let us|we can|we're going to|we'll) (all )?(slow (this |things |it )?down|"
        r"take (a|our) (breath|minute|second|moment|time))\b|\btake your time\b|"
        r"\b(there's|there is) no (rush|hurry)\b|\b(we have|we've got|we got) (all the|plenty "
        r"of) time\b|\bno rush\b",
        score=0.8,
    ),
    _rule(
        "creates_distance",
        "step_back",
        r"\b(i'm|i am|we're|we are) (going to )?(step|stepping|back|backing|move|moving) "
        r"(back|away)\b|\b(i'll|i will|we'll) (stay|keep) (right )?(here|back|over here|"
        r"my distance)\b|\bgive (him|her|them|you) (some )?(space|room)\b|"
        r"\b(i'm|i am) not (going to )?(come|coming) (any )?closer\b|"
        r"\b(everybody|everyone|guys) back (up|off)\b",
        score=0.8,
        # Staying with a person is staying close: reassurance, not distance.
        unless=r"\bwith (you|him|her|them)\b",
    ),
    _rule(
        "requests_resources",
        "asks_for_help",
        r"\b(get|send|sending|start|starting|request|requesting|need|call|have|bring|roll|rolling)"
        r"( me| us)? (a |an |the "
        r")?(mobile |another |other |on call |on duty )?"
        + _RESOURCE
        + r"\b|\bcan (we|you|i) (get|have|send)( me| us)? (a |an |the )?"
        + _RESOURCE
        # Offering the person a supervisor to take a complaint to.
        + r"\b|\byou can (talk|speak) (to|with) (my|a|the) (sergeant|supervisor|lieutenant)\b",
        score=0.85,
    ),
    _rule(
        "disengages",
        "free_to_go",
        r"\byou('re| are) free to go\b|\byou can (go|leave) now\b|\bwe('re| are) (going to )?"
        r"(leave|leaving|head out)\b",
        score=0.8,
    ),
    _rule(
        "separates_parties",
        "come_over_here",
        r"\b(come|step) (talk to me |over )?(over )?here\b.*\b(with me|kitchen|talk|over here)\b|"
        r"\bcome talk to me\b|\blet's (go|step) over (here|there)\b",
        score=0.7,
    ),
    _rule(
        "officer_recognises_crisis",
        "asks_about_condition",
        r"\b(are you|have you been) (thinking|planning) (about|of|on) (hurting|killing|harming)"
        r" yourself\b|\bare you hearing voices\b|\b(are you|have you been) (taking|on) (your|"
        r"any) (medication|meds)\b|\b(off|stopped taking) (his|her|their) (meds|medication)\b|"
        r"\b(have you|did you) (taken|take|had|have|used|use) (any|anything)( \w+){0,2} "
        r"(drugs|medication|pills|to drink|tonight|today)\b|\b(in|having) a (mental health )?"
        r"crisis\b",
        score=0.85,
    ),
    # ------------------------------------------------------------ escalation
    _rule(
        "threat_of_arrest_or_force",
        "sanction_warning",
        r"\bor (you're|you are|you'll|you will) (going to )?(go(ing)? to jail|be arrested|get "
        r"(tased|shot|hurt|arrested|bit|sprayed)|be tased)\b|\bor (i'll|i will|i'm going to|we'll"
        r"|we will|we're going to) (tase|arrest|take you|put you|drag|carry|spray|make|shoot|"
        r"hurt|use)\b|\b(taser|tazer|taser taser)\b(?!.*\b(holster\w*|away)\b)|"
        r"\b(last|final) warning\b|"
        r"\b(i'll|i will|i'm going to) (tase|taze|shoot|spray|drag) you\b|\bthe dog will bite\b|"
        r"\b(you're|you are) going to (get )?(tased|shot|sprayed|jail|be arrested)\b|"
        r"\b(you're|you are) getting (tased|tazed)\b",
        score=0.85,
        unless=r"\bnot going to (tase|shoot|hurt|arrest)|\bno one|\bnobody",
    ),
    _rule("profanity_or_insult", "at_person", INSULT, score=0.85),
    _rule(
        "interrupts_or_dismisses",
        "brushes_aside",
        r"\b(i don't care|save it|not interested|i don't want to hear (it|that)|tell it to the "
        r"judge|nobody asked you|stop talking|that's not my problem)\b",
        score=0.8,
        unless=JUDGE_IN_ULTIMATUM,
    ),
    # ------------------------------------------------------------ civilian
    _rule(
        "resistance_2_verbal",
        "refuses",
        r"\b(i'm|i am) not (doing|getting|giving|going|putting|moving|coming|taking)\b|"
        r"\bdon't touch me\b|\bget off (of )?me\b|\byou can't make me\b|"
        rf"{REFUSING_WONT}|"
        r"\b(come|step) closer and see\b|\bmake me\b|\bno i'm not\b|"
        # Arguing the officer has no power to direct: refusing in words.
        r"\byou (have|got) no right\b|\byou can't (arrest|search|touch|cuff|detain) me\b|"
        r"\bi know my rights\b|\byou can't do (this|that) to me\b|" + _NOT_TOLD,
        roles=CIVILIAN,
        score=0.75,
        # "I'm sorry, I won't ..." is a promise after an apology, not a refusal; nor is "I'm
        # not gonna fight anybody" (the same promises the grammar reading passes over).
        unless=r"\bnot going to (do anything|hurt|cause|fight|run|resist)\b|\bsorry i won't\b",
    ),
    _rule(
        "civilian_agitated",
        "swears",
        r"\b(fuck\w*|shit|damn|bullshit|goddamn|hell no|crazy|unbelievable|you people)\b",
        roles=CIVILIAN,
        score=0.6,
        # "I'm crazy" / "I'm not crazy" is about the speaker's mind (what others call them, a
        # fear of being sectioned), not an outburst: wrong all 4 times on the training splits.
        unless=r"\b(i'm|i am)( not)? crazy\b",
    ),
    _rule("civilian_agitated", "insult", INSULT, roles=CIVILIAN, score=0.6),
    _rule(
        "civilian_agitated",
        "hostile",
        # Pushing the other away, calling them a liar, exasperation: hostility in words.
        r"\b(leave me alone|(get|stay|keep|back) (the (hell|fuck) )?away from me|"
        r"(he|she|they)('s| is| are|'re) lying|i can't believe this|(this|that) is "
        r"(ridiculous|insane|a joke)|you're (harassing|hurting) me|(stop|quit) (yelling|screaming|"
        r"shouting) at me)\b|\bdo your (damn |fucking )?job\b|\bi pay your salary\b|"
        r"\bi('ll| will) have your (badge|job)\b|\bi('ll| will) sue\b|" + _NOT_TOLD,
        roles=CIVILIAN,
        score=0.6,
    ),
    _rule(
        "civilian_calming_statement",
        "apology_or_assurance",
        r"\b(i'm|i am) (so |really )?sorry\b|\b(i'm|i am) not (going to|trying to) (do "
        r"anything|hurt|cause)\b|\bi don't want (to hurt|any trouble|trouble)\b|\bi'll "
        r"cooperate\b|\b(everybody|everyone) (relax|calm down)\b|\bsorry (about|for) that\b|"
        # An apology for one's own outburst, wherever the recogniser ends the sentence.
        r"\bsorry (i was|i've been|for|about) (yelling|shouting|screaming|swearing|cursing)\b|"
        # Asked of the person wronged: "Forgive me for shouting", "Madam, forgive us for the
        # fright" (six of the eight training lines; "God forgive me" and "She'll never forgive
        # me" are neither).
        r"(?<!god )(?<!never )(?<!won't )\bforgive (me|us)\b|"
        r"\b(i'm|i am) (putting|setting|picking|turning|stepping|backing|coming|getting|sitting)"
        r"( it| them| myself)? (down|up|around|back|out|over)\b",
        roles=CIVILIAN,
        score=0.75,
    ),
    _rule(
        "complaint_voiced",
        "badge_or_supervisor",
        r"\b(badge number|your (sergeant|supervisor|lieutenant|boss)|(file|make) a complaint|"
        r"reporting you|your name and badge)\b",
        roles=CIVILIAN,
        score=0.85,
        # Telling someone how to complain is the officer explaining the process, not a
        # complaint ("If you want to make a complaint, the card has my number").
        unless=r"\bif you (want|wish|'d like|would like|need) to (file|make) a complaint\b|"
        r"\bhow (you|to) (file|make) a complaint\b",
    ),
    # ------------------------------------------------------------ crisis indicators
    _rule(
        "suicide_self_harm",
        "wants_to_die",
        r"\b(kill|hurt|cut|harm) (myself|himself|herself)\b|\b(want|wants|wanted) (it )?(all )?"
        r"to (end|die)\b|\bit all to end\b|\bend (it all|my life)\b|\b(just )?(shoot|kill) me\b|"
        r"\bbetter off dead\b|\bdon't want to (live|be alive|be here anymore)\b|"
        r"\btake my (own )?life\b|\bsuicid\w*\b",
        roles=ANYONE - OFFICER,
        score=0.9,
        unless=_NOT_SELF_HARM + "|" + RELAYED,
    ),
    _rule(
        "crisis_mental_health",
        "condition_or_medication",
        r"\b(hearing )?voices\b|\b(my|his|her|their) (meds|medication|medications|psych "
        r"meds)\b|\boff (my|his|her) (meds|medication)\b|\bschizo\w*|\bbipolar\b|"
        r"\bpsychiatric\b|\bmental health\b|\bdepress(ed|ion)\b|\bpanic attack\b|"
        r"\b(they're|they are) (following|watching|after) me\b|\bhaven't slept in\b",
        roles=ANYONE - OFFICER,
        score=0.8,
    ),
    _rule(
        "impairment_substance",
        "drink_or_drugs",
        r"\b(had|have had|drank) (a few|some|too many|a couple|\w+) (drinks|beers|shots)\b|"
        r"\b(been|was) drinking\b|\bdrunk\b|\bwasted\b|\b(i'm|i am|i was|he's|she's) high\b|"
        r"\b(took|smoked|did|used) (some )?(pills|meth|heroin|coke|crack|weed|fentanyl|"
        r"something)\b|\bsmell (of )?(alcohol|weed|marijuana)\b|\bthe beer\b|\bfew drinks\b",
        roles=ANYONE - OFFICER,
        score=0.8,
        unless=_NOT_USING + "|" + RELAYED,
    ),
    _rule(
        "medical_distress",
        "reports_symptom",
        r"\bcan't breathe\b|\bcannot breathe\b|\bchest (hurts|pain)\b|\bmy (chest|heart) "
        r"(hurts|is)\b|\b(i'm|i am) (a )?diabetic\b|\bseizure\b|\b(i'm|he's|she's) bleeding\b|"
        r"\boverdos\w*\b|\bmy (inhaler|insulin)\b|\b(i feel|i'm) (dizzy|faint)\b|"
        r"\bpass(ing)? out\b",
        roles=ANYONE - OFFICER,
        score=0.85,
        unless=RELAYED,
    ),
    _rule(
        "communication_barrier",
        "language_or_hearing",
        r"\b(no )?hablo\b|\b(i|he|she) (don't|doesn't) speak english\b|\b(i'm|i am|he's|she's) "
        r"deaf\b|\bsign language\b",
        roles=ANYONE - OFFICER,
        score=0.85,
    ),
    _rule(
        "cognitive_disability",
        "stated_condition",
        r"\bautis(m|tic)\b|\bdementia\b|\balzheimer\w*\b|\bspecial needs\b|"
        r"\bdevelopmental(ly)? disab\w*\b|\bbrain injury\b",
        roles=ANYONE,
        score=0.85,
    ),
    # ------------------------------------------------------------ outcomes
    _rule(
        "arrest",
        "under_arrest",
        r"\b(you're|you are) under arrest\b|\bplacing you under arrest\b",
        score=0.9,
        unless=_NEG,
    ),
    _rule(
        "citation",
        "ticket",
        # The notice named by its kind ("a penalty notice", "a fine") or by the verb alone
        # ("I'm writing you for standing in a no-standing zone").
        r"\b(write|writing|give|giving|issue|issuing) you (a |an )?(\w+ )?(citation|ticket|summons|"
        r"fine|penalty notice|notice to appear)\b|\b(i'm|i am) (writing|citing|ticketing) you\b|"
        r"\byou're getting a (\w+ )?(ticket|citation|fine|summons)\b",
        score=0.85,
        unless=r"\bnot (writing|giving|issuing)\b",
    ),
    _rule(
        "warning",
        "let_off",
        # The warning given as the disposition, whatever it is called ("a proper warning",
        # "call this a friendly warning", "this paper is a warning"); "I'm warning you" is a
        # threat, not a disposition, and has no "a warning".
        r"\b(off|go) with a (verbal |written )?warning\b|\bjust (a|give you a) warning\b|"
        r"\b(give|giving|gave|issue|issuing) (you|him|her|them)( both| two)? a (\w+ )?warning\b|"
        r"\b(this|that|it)( \w+)?('s| is) (just |only )?a (\w+ )?warning\b|"
        r"\bcall (this|it) a (\w+ )?warning\b|"
        r"\bno (ticket|citation|fine|charges?) (today|tonight|this time)\b",
        score=0.85,
    ),
    _rule(
        "referral_to_services",
        "handover",
        # A service's contact handed over (victim support, a helpline) or a handover for
        # care; a crisis team asked for on the radio is a request for resources, not this.
        r"\b(card|number) for the (\w+ ){0,3}(shelter|line|hotline|program)\b|\btake you to the"
        r" hospital\b|\b(shelter|crisis) (line|hotline)\b|\b(counsell?or|clinician) is coming to"
        r" take you\b|\bvictim (support|services|care|advocate)\b|\b(help|hot)line\b|"
        r"\brefer(ring|red)? (him|her|you|them) to\b|"
        r"\b(advocate|counsell?or|social worker|clinician)('s)? (number|card)\b|"
        r"\b(medics|paramedics|ambulance crew)('ll| will| are going to| are gonna| are taking|"
        r" can) take\b",
        score=0.8,
    ),
)
