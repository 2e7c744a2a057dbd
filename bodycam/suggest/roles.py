"""Sentence roles when diarization merges voices.

The diarizer sometimes gives an officer and a civilian one speaker label (close voices, quick
turns, cross-talk), so the role a reviewer gives that label is wrong for part of what it says:
"Get off me!" under the officer's label reads as a repeated command, and a civilian's protest
never reaches the civilian rules. Some sentences say by their grammar who is talking, whatever
the label:

a civilian protects, protests or accuses: a directive whose object is the speaker ("get off
me", "don't touch me", "leave me alone"), a denial of having done anything, "why are you
arresting me", a third person acting against the speaker ("she threw my phone", "he's lying"),
asking for a lawyer or whether one is under arrest, exasperation ("I can't believe this"),
rights asserted ("you have no right"), the police asked to act ("do your job"), compliance
narrated ("I'm turning around"), the officer's superior asked for ("your supervisor").

Such a sentence under an officer's label is read as the civilian's: the label's role is the
prior, these words the evidence that outweighs it. The other way, a role a person gave as
civilian (or left unknown) stands even for command-shaped words ("Show me your hands" said by a
civilian is not a command: civilians give orders too, "Get out of my yard!"), except for words
only police say (``OFFICER_VOICE``: an introduction by rank, an arrest announced, the orders of
an arrest such as "hands behind your back") and a directive that repeats, within seconds, what
an officer just directed ("Pick up the board." after the officer's "I need you to pick up the
board"): the officer telling again (``echoed_directives``). A line shouted well above a radio
label's steady level is a voice on scene, not the radio (``radio_voices``); under a radio label,
police-only words and an order aimed at someone on scene ("Step back outside for me") with no
radio talk in it are the officer's (the diarizer gave an officer's line to the dispatch voice).
A sentence under the officer's label that no officer rule reads and that is no directive,
but that a civilian rule of hostility, refusal or complaint reads ("Or what? What are you gonna
do about it?"), is the civilian's too (``unclaimed_civilian_words``).
Where the recogniser ran two speakers' turns into one sentence, ``other_voice`` tells
``sentences.split_sentences`` to cut it after the comma where the other role's words begin
("you're under arrest, don't touch me"), so each part is read on its own.
Every suggestion made from a moved sentence says so in its evidence. Nothing here decides alone
what a sentence means: the codes still come from the phrase and grammar rules.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .commands import Directive, directive
from .grammar import CONTACT
from .sentence_orders import is_repeat
from .sentences import Sentence, normalise

_ME = r"(me|my \w+)"
CIVILIAN_VOICE = re.compile(
    # A directive aimed at the speaker's own body: the one being held, not the one holding.
    r"\b(get|take|keep) (your (\w+ )?hands? )?off (of )?me\b|"
    r"\b(get|stay|keep|back) (the (hell|fuck) )?away from me\b|"
    rf"\bdon't (you )?(dare )?{CONTACT}( \w+)? me\b|\bleave me alone\b|"
    # "Stop touching me", "Quit yelling at me"; but "Quit fighting me" and "Stop resisting me"
    # are the holder's words to the one held (three officer lines in the training splits,
    # none a civilian's; session 31).
    r"\b(stop|quit) (?!(fighting|resisting)\b)\w+ing (at )?me\b|"
    r"\blet (go of )?me go\b|\blet go of me\b|"
    r"\bleave me\b(?! (your|a|the|some|with|to|in|out|at|for)\b)|"
    # Denying, protesting the stop.
    r"\bi (didn't|did not|haven't|have not) (do|done) (anything|nothing|a thing|shit)\b|"
    r"\bi did nothing\b|\bwhat did i do\b|"
    r"\bwhy (are|did) you (stop|stopping|arrest|arresting|grab|grabbing|harass|harassing|"
    r"doing this to) me\b|"
    # Someone else acted against the speaker: a party's account, not the officer's.
    r"\b(he|she|they)('s| is| are|'re) lying\b|"
    rf"\b(he|she|they|it|your \w+) (hit|punched|pushed|shoved|slapped|kicked|choked|grabbed|"
    rf"threw|broke|stole|took|attacked|bit|scratched|mauled|rammed) {_ME}\b|"
    # Ordering someone off the speaker's own place or away from their family.
    r"\b(get|stay|keep) (\w+ ){0,3}(off|out of|away from) my (property|lawn|yard|house|land|"
    r"porch|driveway|kids?|son|daughter|children|wife|husband)\b|"
    # Demanding that the police act: the one who called them.
    r"\bdo your (damn |fucking )?job\b|\b(why (aren't|don't|won't|didn't) you|you (need|have) "
    r"to|you should) (arrest(ing)?|do(ing)? something about|tak(e|ing)) (him|her|them)\b|"
    # Rights asked about, exasperation.
    r"\bi (want|need) (a|my) lawyer\b|\bam i (under arrest|being detained|free to go)\b|"
    r"\bi can't believe this\b|\bthis is (crazy|ridiculous|insane|bullshit|unbelievable|"
    r"harassment)\b|"
    # The speaker's own body, despair or drug use in the first person: the person in crisis
    # (an officer asks about these in the second person).
    # (Only what an officer on duty would not say of themself: "I can't breathe in this heat"
    # or "I haven't slept" may be the officer's.)
    r"\bmy (chest|heart) (hurts|is killing me)\b|\bmy head is bleeding\b|"
    r"\b(go ahead )?(shoot|kill) me\b|\b(kill|hurt) myself\b|"
    r"\boff my (meds|medication)\b|\bi (smoked|snorted|shot up) \w+|"
    r"\bi haven't slept in (\w+ )?days\b|\bmy hearing aids?\b|"
    r"\bi (didn't|don't) (even )?want to (wake up|live|be here)\b|"
    r"\bsorry (i was|for) (yelling|shouting|screaming|swearing)\b|"
    # Police as "you people", and refusing what an officer directs.
    r"\byou (people|cops)\b|\b(i'm|i am) not (putting|getting out|giving you|doing (that|it))\b|"
    # Asking for the officer's superior or number (police say "my sergeant"), and narrating
    # one's own compliance with an order ("I'm turning around"): the one being ordered.
    r"\bi (want|need) (to (talk|speak) to )?your (supervisor|sergeant|boss|badge( number)?|name "
    r"and badge)\b|\b(i'm|i am) (turning around|putting (it|this|that|them) down|getting (down|on "
    r"the ground|out of the car)|taking my hands out)\b|"
    # Rights asserted against the police, filming them, being hurt by them.
    r"\bi know my rights\b|\byou (have|got) no right\b|\byou can't (arrest|search|touch|cuff|"
    r"detain) me\b|\b(i'm|i am) (filming|taping) (you|this|all of this|everything)\b|"
    r"\b(you're|you are) hurting me\b|\b(i'm|i am) not resisting\b|"
    # One's own ground, and the police's pay, badge and liability turned against them.
    r"\bthis is my (property|yard|house|land|home|driveway)\b|\byou can't do (this|that) to "
    r"me\b|\bi pay your salary\b|\bi('ll| will) have your (badge|job)\b|\bi('ll| will) sue\b|"
    r"\b(i'm|i am) calling my lawyer\b"
)
#: Only a sentence under an officer's label moves (to civilian): see the module's docstring.
_MOVES_FROM = "officer"
#: Words only police say about their office: an introduction by rank, an arrest or detention
#: announced, a radio call, a pat-down, the traffic-stop request, a ticket being written. Under
#: a civilian's label such a sentence is the officer's (merged voices): no civilian says these
#: to police. Orders stay out of it ("Show me your hands" said by a civilian stays the
#: civilian's, see above) except the orders of an arrest and a Taser threat, and so do speakers
#: nobody gave a role (``unknown``), for whom ``detect`` says that no officer was found.
OFFICER_VOICE = re.compile(
    r"\b(i'm|i am|this is|my name is) (officer|deputy|sergeant|trooper|detective|corporal)\b|"
    r"\b(you're|you are) (under arrest|being detained)\b|"
    r"\b(i'm|we're|i am|we are) (placing|putting) you under arrest\b|"
    r"\blicen[cs]e (and|registration and) (registration|insurance)\b|\bpat(ting)? you down\b|"
    r"^(dispatch|radio|central) (\w+ )?(send|start|i need|can (i|we|you)|requesting|show me|"
    r"be advised)\b|\b(do you have|any) (weapons|anything sharp) on you\b|"
    r"\b(writing|issuing|write|issue) you (a|an) (ticket|citation|summons)\b|"
    # An order announced with "Police": the officer identifying themself while directing.
    r"^(police|sheriff'?s? (office|department))( \w+)? (hands?|get|show|drop|stop|freeze|don't|"
    r"put|let me see)\b|"
    # Asking about self-harm in the second person is the crisis-trained officer's question.
    r"\b(hurting|killing|harming) yourself\b|"
    # Orders that put a person's body under control in the words of an arrest: no civilian
    # tells police to do these (a civilian's "show me your hands" or "get out of my yard" is
    # about their own space and stays theirs).
    r"\b(put|get|place) your hands behind your back\b|\bhands behind your back\b|"
    r"\btake your hands out of your pockets\b|\bstop resisting\b|\binterlock your fingers\b|"
    # Said to the one being held: the holder's order (the held one says "let go of me").
    r"\bstop pulling away\b|"
    # A search announced, and the searcher's question: "I'm going through your pockets",
    # "Spread your feet", "Anything in there that's going to stick me?" (fourteen sentences in
    # the training splits, every one an officer's; a civilian's "he's going to stab me" is not
    # asked of "anything"). A diarizer split can give the searcher's lines a label of their
    # own (fresh33's machine transcript: S3 for "Spread your feet, I'm checking your
    # pockets."), which a reviewer may take for the person searched (session 35).
    r"\b(i'm|i am|i'll|i will|let me) (going to |gonna )?(search|searching|check|checking|"
    r"go through|going through|empty|emptying) your (pockets?|bag|jacket|waistband)\b|"
    r"\bspread your (feet|legs)\b|\banything\b.{0,40}\b(going to|gonna) (stick|poke|cut) me\b|"
    r"\bstep out of the (car|vehicle)\b|"
    # Force threatened with a police weapon.
    r"\b(you're|you are|you'll) (going to )?(get|getting|be) (tased|tazed|pepper sprayed)\b|"
    r"^taser( taser)*$|\b(a|this is a|my) lawful order\b|\bdo not resist\b|"
    # An order softened with "for me" at its end ("Step back outside for me", "Keep your hands
    # up for me"): how police phrase a directive; a civilian's orders to police are not asked
    # as a favour.
    r"^(\w+ )?(step|stay|keep|put|sit|stand|turn|come|hand|give|show|hold|place|take|move|"
    r"face|walk|set|lower|raise|get) \w+( \w+){0,5} for me( please| now| sir| ma'am)?$"
)
_MOVES_TO_OFFICER = frozenset({"civilian", "dispatch"})
#: Radio talk: a sentence with any of these under a dispatch label is the radio's, whatever its
#: grammar ("Stand by", "Respond to Fifth and Main", "Copy, start EMS").
_RADIO_TALK = re.compile(
    r"\b(copy|copies|unit|units|advised|advise|respond|responding|en route|dispatch|control|"
    r"stand by|standby|come back|ten four|10 4|priority|code \w+|reporting party|caller|"
    r"available|clear|location|eta|out)\b"
)
#: A directive under a dispatch label is a voice on scene when it is aimed at someone there:
#: at the listener's body or things, or "for me" (a radio sends units, it orders no one's hands).
_ON_SCENE = re.compile(
    r"\b(me|your|yourself|you|him|her|it|that|this|those|these|outside|here|there|down|back|up|"
    r"off|away|over)\b"
)


#: dB above the radio label's own level from which a sentence under it is a voice on scene.
#: A radio speaker plays every transmission at about one level (the dispatcher's voice is
#: compressed for the channel); a line this far above it was shouted near the camera and
#: given the radio's label (a bystander's first cry, as the diarizer often does).
RADIO_SHOUT_DB = 6.0


def radio_voices(sentences: list[Sentence], loudness: dict) -> list[Sentence]:
    """The sentences, those under a dispatch label measured ``RADIO_SHOUT_DB`` or more above
    that label's own level (``voice.sentence_loudness``, by index) read as a civilian's: a
    person on scene, not the radio. ``sentence_roles`` may then read police words among them
    as the officer's."""
    found = []
    for sentence in sentences:
        level = loudness.get(sentence.index)
        if sentence.role == "dispatch" and level is not None and level.above_db >= RADIO_SHOUT_DB:
            note = (
                f"read as civilian: {level.above_db:.1f} dB above the level of "
                f"{sentence.speaker}, whom the transcript gives the role dispatch; a radio plays "
                f"at one level, so this is a voice on scene (merged voices?)"
            )
            sentence = replace(sentence, role="civilian", role_note=note)
        found.append(sentence)
    return found


def echoed_directives(sentences: list[Sentence], within: float) -> list[Sentence]:
    """The sentences, a directive under a civilian's (or unknown) label that repeats what an
    officer directed in the last ``within`` seconds read as the officer's: the repeat of a
    command is the officer's second telling, not a civilian's (who would ask, or refuse)."""
    found: list[Sentence] = []
    said: list[Directive] = []  # the officers' directives so far, in time order
    for sentence in sentences:
        if (
            sentence.role in ("civilian", "unknown")
            and not sentence.question
            # "Get off me" shares a verb with "Get on the ground", but is the one held.
            and not CIVILIAN_VOICE.search(sentence.norm)
        ):
            mine = directive(replace(sentence, role="officer"))
            earlier = _repeated(mine, said, sentence.start, within) if mine else None
            if earlier is not None:
                note = (
                    f"read as officer: repeats the officer's {earlier.sentence.text!r} at "
                    f"{earlier.sentence.start:.1f}s, though the transcript gives "
                    f"{sentence.speaker} the role {sentence.role} (merged voices?)"
                )
                sentence = replace(sentence, role="officer", role_note=note)
        if sentence.role == "officer":
            own = directive(sentence)
            if own is not None:
                said.append(own)
        found.append(sentence)
    return found


def _repeated(mine: Directive, said: list[Directive], start: float, within: float):
    for earlier in reversed(said):
        if start - earlier.sentence.end > within:
            return None  # older ones are further still
        if is_repeat(mine, earlier):
            return earlier
    return None


def _on_scene_order(sentence: Sentence) -> Directive | None:
    """A directive under a dispatch label aimed at someone on scene ("Step back outside for
    me", "Drop it"), with no radio talk in it; else None."""
    if _RADIO_TALK.search(sentence.norm):
        return None
    order = directive(replace(sentence, role="officer"))
    if order is None or not _ON_SCENE.search(sentence.norm.split(" ", 1)[-1]):
        return None
    return order


def other_voice(role: str, clause: str) -> bool:
    """Whether ``clause`` (a part of a sentence under a label of ``role``) is another role's
    words: a civilian's protest under the officer's label, police-only words under a
    civilian's or the radio's. ``sentences.split_sentences`` cuts a sentence there, and
    ``sentence_roles`` then gives each part its own role."""
    norm = normalise(clause)
    if role == _MOVES_FROM:
        return CIVILIAN_VOICE.search(norm) is not None
    return role in _MOVES_TO_OFFICER and OFFICER_VOICE.search(norm) is not None


def sentence_roles(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences, those under an officer's label that a civilian's words read as the
    civilian's, and those under a civilian's label that only police say (``OFFICER_VOICE``)
    read as the officer's (``role_note`` says why); the others unchanged."""
    found = []
    for sentence in sentences:
        # Under the radio's label an order to someone on scene is said so first (the more
        # particular reason).
        order = _on_scene_order(sentence) if sentence.role == "dispatch" else None
        police = OFFICER_VOICE.search(sentence.norm) if sentence.role in _MOVES_TO_OFFICER else None
        if police is not None and order is None:
            note = (
                f'read as officer: "{police.group(0)}" is only said by police, though the '
                f"transcript gives {sentence.speaker} the role {sentence.role} (merged voices?)"
            )
            found.append(replace(sentence, role="officer", role_note=note))
            continue
        if order is not None:
            note = (
                f"read as officer: an order to someone on scene (verb {order.verb!r}), though the "
                f"transcript gives {sentence.speaker} the role dispatch; the radio sends units, "
                f"it does not direct the people there (merged voices?)"
            )
            found.append(replace(sentence, role="officer", role_note=note))
            continue
        hit = CIVILIAN_VOICE.search(sentence.norm) if sentence.role == _MOVES_FROM else None
        if hit is None:
            found.append(sentence)
            continue
        found.append(_as_civilian(sentence, f'"{hit.group(0)}" is a civilian\'s words'))
    return found


#: Civilian codes whose rules, matched under the officer's label on a sentence no officer rule
#: reads, say the sentence is the civilian's: hostility, refusal, a complaint ("Or what? What
#: are you gonna do about it?", "Get that light out of my face"). Not swearing (officers swear
#: too), nor "no way" (officers say it in surprise), and not apologies or calm statements ("I'm
#: sorry" is an officer's word as often).
_CIVILIAN_EVIDENCE = frozenset({"civilian_agitated", "resistance_2_verbal", "complaint_voiced"})
_WORDS_BOTH_SAY = frozenset(
    {"civilian_agitated.swears", "resistance_2_verbal.no_way", "resistance_2_verbal.not_doing"}
)


def unclaimed_civilian_words(sentences: list[Sentence], rules) -> list[Sentence]:
    """The sentences, one under the officer's label that no officer rule of ``rules`` reads
    and that is no directive, but that a civilian rule of hostility, refusal or complaint
    reads, read as the civilian's (``role_note`` names the rule): the officer's words would
    have made an officer rule speak; these only make sense from the other side."""
    officer_rules = [r for r in rules if "officer" in r.roles]
    civilian_rules = [
        r
        for r in rules
        if r.code_id in _CIVILIAN_EVIDENCE
        and "civilian" in r.roles
        and "officer" not in r.roles
        and f"{r.code_id}.{r.name}" not in _WORDS_BOTH_SAY
    ]
    found = []
    for sentence in sentences:
        if sentence.role != "officer" or sentence.role_note:
            found.append(sentence)
            continue
        claimed = directive(sentence) is not None or any(_reads(r, sentence) for r in officer_rules)
        heard = None if claimed else next((r for r in civilian_rules if _reads(r, sentence)), None)
        if heard is None:
            found.append(sentence)
            continue
        found.append(_as_civilian(sentence, f"no officer rule reads it, but {heard.detector} does"))
    return found


def _as_civilian(sentence: Sentence, why: str) -> Sentence:
    """``sentence`` under the officer's label, read as the civilian's, with ``why`` in its
    note: the evidence stays with the suggestion, so the reviewer sees the label was moved."""
    note = (
        f"read as civilian: {why}, though the transcript gives {sentence.speaker} the officer "
        f"role (merged voices?)"
    )
    return replace(sentence, role="civilian", role_note=note)


def _reads(rule, sentence: Sentence) -> bool:
    if rule.question is not None and rule.question != sentence.question:
        return False
    return bool(rule.pattern.search(sentence.norm)) and not (
        rule.unless and rule.unless.search(sentence.norm)
    )
