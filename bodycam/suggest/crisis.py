"""Crisis indicators in everyday wording (#15, session 4, round 2).

The phrase rules (``phrases.RULES``) name conditions ("suicidal", "bipolar", "overdose"). People
in crisis mostly do not: they say what it is like ("I didn't even want to wake up", "what's the
point"), what the body does ("he's going blue", "I can't feel my arm"), what was taken ("he took
something", "a pressed thirty"), or what cannot be done ("speak up, I haven't got my hearing aids
in"). Officers show they have recognised it by asking what was taken, or by saying what they
smell or read ("there's a card here that says memory care").

Three general points decide the shapes:

- **the speaker**: a first-person report of the body or of despair is the person's (or a
  bystander's about them), so those rules read every label but the officer's; an officer's
  observation of drink or drugs, or a condition read out, is the officer's;
- **negation** per kind: "I'm not going to hurt myself", "I haven't been drinking", "I'm not
  having a heart attack" veto, while "he's not breathing" is the distress itself;
- **a relayed report** ("caller says a male is not breathing", "possible overdose") is not an
  indicator on scene: the codebook tags the first clear indicator, which is the person's.

Each rule's detector is ``rule:<code>.<name>``.
"""

from __future__ import annotations

from .phrases import ANYONE, OFFICER, RELAYED, PhraseRule, _rule

#: Who may show a crisis: anyone but an officer. The radio's label is included: a label gets the
#: dispatch role by overlap, and with merged voices a bystander's first shout on scene ("Up
#: here, he's going blue!") often falls under it; what the radio itself says is relayed, which
#: ``RELAYED`` vetoes ("caller says ...", "possible overdose", "subject advised ...").
ON_SCENE = ANYONE - OFFICER

CRISIS_RULES: tuple[PhraseRule, ...] = (
    _rule(
        "suicide_self_harm",
        "despair",
        # Not wanting to go on, said any way but the word "suicide".
        r"\b(didn't|don't|do not|did not|never) (even |really )?(want|wanted) to (wake up|be "
        r"here|live|go on|keep going|be alive)\b|\bwhat's the point( of (it|it all|anything|"
        r"living|going on|any of (it|this)))?$|\bcan't (do|take) (this|it) any ?more\b|"
        r"\b(tired|sick) of (all of it|it all|all this|living|everything|being alive)\b|"
        r"\bno (reason|point) (to|in) (live|living|go on|going on)\b|\bbetter off without me\b|"
        r"\bwish i (was|were) dead\b|\bwish i (didn't|hadn't|would never) (wake|woken) up\b|"
        r"\b(jump|jumping) off (the|this|a) \w+\b|\bend it (all|tonight|today|now)\b|"
        r"\bnobody would (miss me|care if i)\b|\b(i'm|i am) (just )?a burden\b|\b(i've|i have) "
        r"(got )?nothing left\b|\bhad enough of (it all|everything|life|living)\b|\bwant the pain "
        r"to (stop|end)\b|\b(isn't|is not|not) worth living\b|\b(i'd|i would) rather be dead\b|"
        r"\bwrote (a|my) (note|goodbye)\b|\bsay goodbye to (my|everyone)\b",
        roles=ON_SCENE,
        score=0.85,
        unless=r"\b(not|never|wouldn't|won't|n't) (going to |gonna |trying to )?(hurt|kill|"
        r"harm|end)\b|\bnot suicidal\b|" + RELAYED,
    ),
    _rule(
        "medical_distress",
        "body_signs",
        # What the body does, first or third person: breath, colour, feeling, consciousness.
        r"\b(not|isn't|stopped|wasn't|barely|isn't really) breathing\b|\bcan't get (a|his|her|"
        r"my) breath\b|\b(going|turning|turned|gone|went|is) (blue|purple|grey|gray)\b|"
        r"\bcan't (feel|move) (my|his|her) \w+|\b(my|his|her) (arm|arms|leg|legs|face|chest|"
        r"head|side|stomach|hand) (is |feels |went |has gone )?(numb|tingling|dead|killing me)\b|"
        r"\b(he|she)('s| is)( not|n't) (responding|waking up|moving)\b|\b(he|she) (won't|isn't|"
        r"doesn't|will not|is not) (wake up|respond|responding)\b|\b(he|she)('s| is) "
        r"(unresponsive|unconscious|out cold|fitting|convulsing)\b|\bheart attack\b|"
        r"\b(having|had) a stroke\b|\b(he|she|i) (collapsed|fainted|blacked out)\b|"
        r"\bhit (my|his|her) head\b|\b(my|his|her) (blood )?sugar('s| is) (low|high|dropping)\b|"
        r"\ballergic reaction\b|\b(my|his|her) throat('s| is) (closing|swelling)\b|\b(my|his|her) "
        r"chest (is|feels) tight\b|\b(my|his|her) heart('s| is) (racing|pounding)\b|\b(i think )?"
        r"(my|his|her) (arm|leg|wrist|ankle|hand) is broken\b|"
        r"\b(my|his|her) (head|arm|hand|leg|face|nose|mouth) (is |'s )?bleeding\b|"
        r"\b(i'm|i am|i think i'm) going to (pass out|throw up|be "
        r"sick|faint)\b",
        roles=ON_SCENE,
        score=0.85,
        unless=r"\b(not|never) (having )?(a )?(heart attack|stroke)\b|" + RELAYED,
    ),
    _rule(
        "impairment_substance",
        "took_or_on",
        # What was taken, or being on it, in slang as in plain words.
        r"\b(took|taken|take|smoked|snorted|shot up|swallowed|used|popped) (some |a |a few |"
        r"too many |all (his|her|my) )?(something|pills|fentanyl|fent|oxy\w*|xanax|percs?|"
        r"molly|ecstasy|acid|dope|heroin|meth|coke|crack|a pressed \w+|pressed \w+|a bar|"
        r"bars)\b|\bpressed (thirty|30|pill|pills|m30)\b|\b(i'm|i am|he's|she's|he is|she is) "
        r"(on something|on drugs|tweaking|hammered|smashed|buzzed|loaded|blitzed|stoned|out of "
        r"it)\b|\b(i've|i have|he's|she's) had (a few|a couple|too much|too many|way too much)\b|"
        r"\b(been|was) (using|smoking|getting high|partying)\b|\bhad one too many\b(?! times)|"
        r"\b(coming|come) down (off|from) (meth|coke|crack|heroin|speed|drugs|something|a "
        r"high)\b|\b(he's|she's|i'm) (tripping|off (his|her|my) face)\b|\bon a bender\b",
        roles=ON_SCENE,
        score=0.8,
        unless=r"\b(didn't|did not|haven't|have not|hasn't|never|wasn't|not) (take|taken|took|"
        r"use|used|been|had|on)\b|\bi'm not\b|" + RELAYED,
    ),
    _rule(
        "impairment_substance",
        "officer_observes",
        # The officer's senses and the question of how much: recognition said aloud.
        r"\bsmell (the )?(drink|alcohol|booze|beer|liquor|weed|marijuana|cannabis|pot)( on "
        r"(you|him|her|your breath))?\b|\bhow much (have|has|did) (you|he|she) (had|have|drunk|"
        r"drink|taken|take|used|use)\b|\b(your|his|her) (speech is slurred|eyes are "
        r"(bloodshot|glassy|pinned))\b|\byou('re| are) slurring\b",
        roles=OFFICER,
        score=0.8,
    ),
    _rule(
        "officer_recognises_crisis",
        "asks_what_was_taken",
        r"\bwhat (did|has|have) (he|she|you|they) (take|taken|use|used|smoke|smoked|swallow|"
        r"swallowed)\b|\bhow (much|many) did (he|she|you|they) (take|use|have|swallow)\b|"
        r"\bwhen did (he|she|you|they) (take|use|last take) (it|them|that)\b",
        score=0.85,
    ),
    _rule(
        "officer_recognises_crisis",
        "asks_about_health",
        r"\b(any|have any) medical (conditions|problems|history)\b|\b(are you|is he|is she) "
        r"(diabetic|epileptic|on any (medication|meds))\b|\b(thoughts|thinking) (of|about) "
        r"(suicide|ending your life)\b|\bdo you (want|plan|mean) to (hurt|kill) yourself\b",
        score=0.85,
    ),
    _rule(
        "officer_recognises_crisis",
        "names_condition",
        # An officer reading out or naming a condition has recognised it.
        r"\b(says|say|said|reads|it's|he's got|she's got|he has|she has|with|has) (\w+ )?"
        r"(memory care|dementia|alzheimer\w*|autis\w*|epilep\w*|diabet\w*|schizo\w*|bipolar)\b",
        score=0.8,
    ),
    _rule(
        "cognitive_disability",
        "memory_or_orientation",
        r"\bmemory (care|loss|problems|issues)\b|\b(he|she) (gets|got) (confused|lost) "
        r"(easily|sometimes|a lot)\b|\b(doesn't|does not) (know|remember) where (he|she) is\b|"
        r"\b(he|she) wanders\b|\bdown syndrome\b|\bintellectual(ly)? disab\w*\b|\bmind of a "
        r"(child|kid)\b",
        roles=ON_SCENE | OFFICER,  # said by family or read out by the officer
        score=0.8,
        unless=RELAYED,
    ),
    _rule(
        "communication_barrier",
        "cannot_hear_or_understand",
        r"\bhearing aids?\b|\bhard of hearing\b|\b(speak|talk) up\b|\bcan't hear (you|a word|"
        r"what you)\b|\b(no|not much|a little|little) english\b|\b(don't|doesn't) understand "
        r"english\b|\bno (entiendo|comprendo)\b|\bnon ?verbal\b",
        roles=ON_SCENE,
        score=0.8,
    ),
    _rule(
        "crisis_mental_health",
        "unwell_in_plain_words",
        r"\b(stopped|quit|ran out of|not taking|haven't taken|hasn't taken|off) (my|his|her|"
        r"their) (meds|medication|medicine|pills)\b|\bhearing things\b|\bseeing things\b|"
        r"\bpsych (ward|hospital|unit)\b|\b(i'm|he's|she's) (manic|paranoid|not (well|right) in "
        r"the head)\b|\b(nervous )?breakdown\b|\bvoices in my head\b|"
        # Persecution believed: someone sent, watching, following, poisoning the speaker.
        r"\b(sent you|sent them|are|'re|is|'s) (to )?(spy|spying|watch|watching|follow|following|"
        r"track|tracking|poison|poisoning|listening) (on |to )?(me|my)\b|\bchip in my\b|"
        r"\bout to get (me|him|her)\b|\btalking to (himself|herself|people who aren't there)\b|"
        r"\b(he's|she's) (been )?(acting|talking) (really |so )?(strange|weird|paranoid|erratic)\b",
        roles=ON_SCENE,
        score=0.8,
        unless=RELAYED,
    ),
)
