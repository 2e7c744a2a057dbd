"""Officer de-escalation and civilian wording by speech act (#15, session 4, round 2).

The phrase rules name set phrases ("you're not in trouble", "take your time"); these name the
act whatever its subject or verb, because an officer reassures about a third person as often
as about the listener, and explains by cause and consequence as often as by a list of steps:

- **explaining**: a cause given to the listener ("that's why you feel so sick"), a purpose
  ("that way, if he doubles back, ..."), what a paper or a rule says or does not mean ("signing
  isn't admitting to anything", "same as the order says"), what others will do next ("the
  medics are taking you to Mercy"), what we will do ("we'll do the breath test at the
  station", "I'll let you know when we're done");
- **reassuring**: nobody is in trouble or going to jail, whoever the subject ("he's not in
  trouble and neither are you", "nobody's going downtown"), someone is safe, we will find them,
  we will stay with you, "you haven't done anything wrong" (praise, "you did the right thing",
  is left out: coders read it as respect after compliance);
- **naming a feeling** as a statement about the situation ("I know, this is terrifying", "a
  really heavy place to be", "no wonder you're angry");
- **rapport**: questions about the person's life and talk about one's own ("did you work at the
  cannery", "my grandma swore by that sauce", "is that a T-rex on your hoodie");
- and on the civilian side, a **challenge** ("Or what? What are you going to do about it?"),
  an accusation ("you made this whole thing up"), ordering the officer out of one's space
  ("get out of my doorway", "get that light out of my face"),
  a **refusal** by any verb ("I'm not standing anywhere"), **acceptance** ("I can do that",
  "I'm doing it", "I'll sign it"), anger turned away from the listener ("I'm not angry at
  you"), and an officer **dismissing** a person ("I'm not asking them, I'm asking you").

Questions are left to the rules that read them unless the rule says otherwise; negated sanctions
are reassurance, never threats. Each rule's detector is ``grammar:<code>.<name>``.
"""

from __future__ import annotations

from .phrases import CIVILIAN, OFFICER, PhraseRule, _rule

_OTHERS = (
    # (A counsellor or crisis team coming for the person is a referral, ``referral_to_services``.)
    r"(the )?(medics|paramedics|ems|ambulance|doctors?|nurses?|fire|firefighters|tow truck|"
    r"locksmith)"
)

DEESCALATION_RULES: tuple[PhraseRule, ...] = (
    _rule(
        "explains_process",
        "cause_or_next_step",
        r"\bthat's why (you|he|she|it|your|the)\b|^that way\b|\bthat way (if|you|he|she|we)\b|"
        r"\b(which|that|this|it) (just )?means (that )?(you|we|he|she|they|it)\b|"
        r"\b(it|this|that|signing|the form|the paper|the ticket) (just )?(says|shows) (that )?"
        r"you\b|\b(signing|this|it) (isn't|is not|doesn't|does not) (mean|admit|admitting|an "
        r"admission)\b|\b(as|what|like) the (order|law|warrant|court|judge) says\b|"
        r"\bthe (order|law|warrant|court order) says\b|\b" + _OTHERS + r"( are|'re| will|'ll| is|"
        r"'s) (taking|take|coming|going to|be here|check|look|on (the|their) way)\b|"
        r"\bwe('ll| will) (do|run|check|take|get|call|sort|go over|wait for|look at|need)\b|"
        r"\bi('ll| will) (let you know|explain|walk you through|tell you (what|when|how))\b|"
        r"\b(your|the) (court|hearing) date\b|\bthe number to (call|contest|dispute|fight)\b|"
        r"\b(until|till) then,? you can\b|\bif you \w+( it)?,? (it'll|it will|that'll|that "
        r"will) (be|show)\b",
        roles=OFFICER,
        score=0.7,
        unless=r"\bor (you|i|we)\b|\bif you don't\b|\bwe('ll| will) (take|get) (you|him|her) "
        r"(down|out|to jail)\b",
        question=False,
        kind="grammar",
    ),
    _rule(
        "reassurance",
        "safety_or_promise",
        r"\bnot in (any )?trouble\b|\b(you|he|she|they) (haven't|hasn't|didn't|did not|have "
        r"not|has not) do(ne)? anything wrong\b|\b(your \w+|he|she|they|everyone|everybody)"
        r"('s| is| are|'re) (safe|going to be (okay|fine|all right))\b|\b(nobody|no one)('s| is) "
        r"(going|getting) (downtown|to jail|arrested|hurt|in trouble)\b|\bwe('re| are|'ll| "
        r"will) (going to )?find (him|her|them|your \w+)\b|\bwe('ll| will|'re| are) (going to )?"
        r"(stay|be) (right )?(here )?with you\b|\bwe('ll| will) be right here\b|\b(he's|she's|"
        r"i'm|we're|he is|she is|i am|we are) not going anywhere\b|"
        r"\bhelp('s| is) (coming|here|nearly here|almost here)\b",
        roles=OFFICER,
        score=0.8,
        question=False,
        kind="grammar",
    ),
    _rule(
        "names_feelings",
        "feeling_statement",
        r"^(i know |oh |yeah |okay |i get it )?(this|that)('s| is) (so |really |very |pretty |"
        r"just )?(terrifying|scary|frightening|awful|upsetting|heartbreaking|overwhelming|a lot|"
        r"rough|hard|tough)\b|\bno wonder (you're|you are|you feel|you were|you got|he's|she's)\b|"
        r"\ba (really |very |pretty )?(heavy|dark|hard|tough|rough|scary|lonely) (place|time|"
        r"spot|day|night|week|year)\b",
        roles=OFFICER,
        score=0.75,
        unless=r"\b(hard|tough) to (say|tell|believe|see)\b",
        kind="grammar",
    ),
    _rule(
        "builds_rapport",
        "about_their_life",
        r"\b(did|do) you (use to |used to )?(work|live|grow up|go to school|play|fish|hunt) "
        r"(at|in|on|around|for|down|up)\b|\bthat's my favou?rite\b|\bmy (grandma|grandmother|nan|"
        r"gran|grandpa|granddad|mum|mom|dad|mother|father|kids?|son|daughter|wife|husband) "
        r"(used to|swore|loved|had|always|makes|made)\b|\bis that (a|an|your) (\w+ ){1,2}on your "
        r"\w+\b",
        roles=OFFICER,
        score=0.7,
        kind="grammar",
    ),
    _rule(
        "interrupts_or_dismisses",
        "not_asking_them",
        r"\bi('m| am) not (asking|talking to) (them|him|her|your \w+)\b",
        roles=OFFICER,
        score=0.75,
        kind="grammar",
    ),
    _rule(
        "civilian_agitated",
        "challenge",
        r"^or what$|\bwhat (are|re) you going to do( about it)?$|\bwhat you going to do\b|"
        r"\b(where|what|how) (am i|are we) supposed to (go|do|live)\b|\b(this|that)('s| is) "
        r"(so )?(messed up|unfair|not fair|bs)\b|"
        # Accusing the officer of inventing it, ordering the officer out of one's space.
        r"\byou (made|are making|'re making|make) (this|that|it|all this)( whole thing| all| "
        r"shit)? up\b|\byou('re| are) (lying|a liar)\b|\bget (that \w+ )?(out of|off) my "
        r"(face|doorway|door|house|yard|property|porch|way|land|car)\b|\bdon't (you )?talk to me\b|"
        r"\bwhat the (hell|heck|fuck)\b",
        roles=CIVILIAN,
        score=0.6,
        kind="grammar",
    ),
    _rule(
        "resistance_2_verbal",
        "challenge",
        # Daring the officer to act is refusing the officer's authority in words.
        r"^or what$|\bwhat (are|re) you going to do about it\b|\bwhat you going to do about it\b",
        roles=CIVILIAN,
        score=0.65,
        kind="grammar",
    ),
    _rule(
        "separates_parties",
        "while_i_talk",
        # Sending one party elsewhere while talking to the other, directive or question.
        r"\bwhile (i|we|my partner) (talk|talks|speak|speaks|sort|sorts) (things out )?(to|with) "
        r"(him|her|them|your \w+|the \w+)\b",
        roles=OFFICER,
        score=0.7,
        kind="grammar",
    ),
    _rule(
        "resistance_2_verbal",
        "refuses_by_any_verb",
        r"\b(i'm|i am) not (standing|sitting|signing|leaving|stopping|showing|telling|answering|"
        r"opening|stepping|turning|waiting) (\w+ )?(anywhere|anything|nothing|that|it|this|for "
        r"you|shit)\b|\bi('m| am) not signing\b|\bi('m| am) not (leaving|moving|going)( it| that| "
        r"this)?$",
        roles=CIVILIAN,
        score=0.7,
        kind="grammar",
    ),
    _rule(
        "civilian_calming_statement",
        "accepts",
        r"\bi can do that\b|\b(i'm|i am) doing (it|that|what you (said|asked))\b|"
        r"\b(okay|ok|all right|alright|fine) i('ll| will) (sign|go|wait|stay|move|do it|do that)\b|"
        r"\b(i'm|i am) not (angry|mad|upset|yelling) (at|with) you\b|"
        # Doing what was asked, said while doing it ("Fine. I'm leaving, I'm leaving").
        r"^((fine|okay|ok|alright|all right) )*(i'm|i am) (leaving|going|moving|coming out|getting "
        r"out|sitting down|getting down)( i'm \w+)?$",
        roles=CIVILIAN,
        score=0.7,
        kind="grammar",
    ),
)
