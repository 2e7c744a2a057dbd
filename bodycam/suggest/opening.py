"""The opening move (Rho et al., PNAS 2023) and the counts for a footage's summary.

Rho et al. found that an officer whose first words are a command, and who gives no reason for
the stop within the first 45 words, is more likely to end in escalation. These measures are
reported as numbers, not suggestions: the suggestions themselves are the command,
``states_reason`` and ``introduces_self`` moments.
"""

from __future__ import annotations

import re

from .commands import Directive
from .sentences import Sentence
from .types import Suggestion, Utterance

#: Police ranks and titles an officer introduces themself by, in the US and the UK.
_RANK = (
    r"(officer|deputy|sergeant|sgt|sarge|detective|trooper|corporal|lieutenant|inspector|agent|"
    r"ranger|constable|police constable|special constable|pc|dc|ds|marshal|captain)"
)
#: Naming the agency: "police", "sheriff's office", "county sheriff's", "campus police".
_AGENCY = (
    r"((\w+ ){0,2}(police( department| service)?|sheriff'?s?( office| department)?|pd|"
    r"constabulary|highway patrol|state patrol))"
)
#: The shapes an introduction takes (on the normalised text), each named in the detector:
#: a rank and a name in the first person or announced ("It's Officer Brooks", "I'm PC Haddad",
#: "This is Deputy Ruiz with the sheriff's office"); the agency then a rank and a name
#: ("Sheriff's office, Deputy Lindqvist"); a rank and a name then the agency ("Deputy Dunn,
#: county sheriff's").
_INTRODUCTIONS = (
    (
        "rank_and_name",
        re.compile(rf"\b(it's|it is|this is|i'm|i am|my name's|my name is) {_RANK} \w+"),
    ),
    (
        "agency_then_rank",
        re.compile(rf"^((hi|hello|hey|evening|morning|afternoon) )?{_AGENCY} {_RANK} \w+"),
    ),
    # Not only as the whole sentence: the recogniser runs the introduction on into what follows
    # ("Agent Forte's police laid him on his side"), and hears an unfamiliar name as up to three
    # words ("Officer ain't on gig, Montenegro police"). All 44 training officer lines that open
    # so are coded introductions, and so are the 12 machine sentences of fresh41-fresh49.
    (
        "rank_then_agency",
        re.compile(
            rf"^{_RANK} (?!(the|a|an|is|are|was|we|you|i|they|he|she|it|my|your|here|there|and|"
            rf"but|so)\b)[\w']+( [\w']+){{0,2}} {_AGENCY}\b"
        ),
    ),
    # The recogniser hears the rank "Officer" as "off his", "off the", "of the" or "office of"
    # before an unfamiliar name ("I'm off his heels" for "I'm Officer Hughes", "It's office of
    # Power"): nine times in the 41 machine transcripts of the evaluation set, never another
    # phrase. The name is whatever follows; "off my ..." and the idioms below are not it (a
    # merged civilian's "I'm off my meds", "I'm off the clock").
    (
        "rank_misheard",
        re.compile(
            r"\b(it's|this is|i'm|i am|my name's|my name is) (off|of|office) (his|the|this|of) "
            r"(?!(hook|clock|record|case|job|wagon|meds|medication|rails|road|ground|floor|"
            r"street|car|phone|radio|bus|train|property|premises|scene)\b)\w+"
        ),
    ),
)
#: Shapes read only in a speaker's first ``OPENING_SENTENCES`` sentences, where an officer meets
#: someone: away from the opening the same words are seldom an introduction ("Morning, Officer
#: Lee" to a colleague who arrives, "I'm busy" said mid-call).
#: - A greeting, at most one word of address, then a rank and a name ("Morning, PC Harrow";
#:   "Hey man, Officer Lindquist and YPD") or the agency ("Evening, lads, police, we've had a
#:   call"): the recogniser drops the "I'm" or never heard one.
#: - The ranks the recogniser hears as words after "I'm": "PC" as "busy" ("I'm busy dealing" for
#:   "I'm PC Dealing"), "Constable" as "constant". In the 17 training splits' machine
#:   transcripts (session 21, #15) these shapes read 11 introductions that no other shape read,
#:   each in its speaker's first four sentences, and nothing else; no script line says them.
OPENING_SENTENCES = 5
#: A greeting and at most one word of address ("morning", "evening lads", "hey man").
_GREETED = r"^(good )?(hi|hello|hey|evening|morning|afternoon)( \w+)? "
_OPENING_INTRODUCTIONS = (
    ("greeting_then_rank", re.compile(rf"{_GREETED}{_RANK} \w+")),
    (
        "greeting_and_agency",
        re.compile(rf"{_GREETED}(police|sheriff'?s?( office| department)?)\b"),
    ),
    ("rank_heard_as_word", re.compile(r"\b(i'm|i am) (busy|constant)\b")),
)
#: "I'm Osei, four four one seven", "My name's Rachel": a capitalised name after the first
#: person, the name's end at a comma, the sentence's end or "from"/"with" and the agency.
_FIRST_PERSON_NAME = re.compile(
    r"\b(?:I'm|I am|[Mm]y name's|[Mm]y name is) (?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    r"(?=\s*(?:[,.!?]|$|from\b|with\b|and\b))"
)
#: Capitalised words after "I'm" that are no name ("I'm Sorry", a recogniser's capital).
_NOT_A_NAME = frozenset(
    re.findall(
        r"\w+",
        "Sorry Fine Okay Ok Good Here There Not Just Going Done Sure Glad Afraid Right Yes No "
        "Well So Only Back Home Ready Alright All Officer Deputy Sergeant Detective Police",
    )
)
#: A greeting then only the agency, said calmly ("Evening. Police."): the officer announcing
#: themself. "Police!" shouted before an order is not it.
_GREETING = re.compile(r"^(good )?(hi|hello|hey|evening|morning|afternoon|night)$")
_AGENCY_ALONE = re.compile(rf"^{_AGENCY}$")


def introductions(sentences: list[Sentence]) -> list[tuple[Sentence, str, str]]:
    """Officers' sentences that introduce the speaker, with the shape's name and the words:
    a rank and a name, the agency, a capitalised name after "I'm" (see the patterns above)."""
    found, said = [], {}
    for n, sentence in enumerate(sentences):
        said[sentence.speaker] = said.get(sentence.speaker, 0) + 1
        if sentence.role != "officer" or sentence.question:
            continue
        shapes = _INTRODUCTIONS
        if said[sentence.speaker] <= OPENING_SENTENCES:
            shapes += _OPENING_INTRODUCTIONS
        for name, pattern in shapes:
            hit = pattern.search(sentence.norm)
            if hit:
                found.append((sentence, name, hit.group(0)))
                break
        else:
            own = _FIRST_PERSON_NAME.search(sentence.text)
            if own and own.group("name").split()[0] not in _NOT_A_NAME:
                found.append((sentence, "first_person_name", own.group(0)))
            elif _greeted_agency(sentence, sentences[n - 1] if n else None):
                found.append((sentence, "greeting_then_agency", sentence.text))
    return found


def _greeted_agency(sentence: Sentence, before: Sentence | None) -> bool:
    return (
        not sentence.exclaimed
        and _AGENCY_ALONE.match(sentence.norm) is not None
        and before is not None
        and before.speaker == sentence.speaker
        and _GREETING.match(before.norm) is not None
    )


#: Rho et al. read the officer's first 45 words.
OPENING_WORDS = 45
#: An officer's explanation this close (seconds) to a command counts as explaining it.
EXPLANATION_SECONDS = 10.0
_EXPLAINING = ("states_reason", "explains_process")
_COMMANDS = ("command", "shouted_or_repeated_command")


def opening_move(
    sentences: list[Sentence], suggestions: list[Suggestion], directives: list[Directive]
) -> dict:
    """The officer's first utterance, whether it is a command, and what the first 45 officer
    words contain. Empty when no one has the officer role."""
    officer = [s for s in sentences if s.role == "officer"]
    if not officer:
        return {}
    first_utterance = officer[0].utterance
    first = [s for s in officer if s.utterance == first_utterance]
    directive_at = {d.sentence.index for d in directives}
    words_seen, reason_at, intro_at, window_end = 0, None, None, officer[-1].end
    codes_at = {}
    for suggestion in suggestions:
        codes_at.setdefault((suggestion.start, suggestion.speaker), set()).add(suggestion.code_id)
    for sentence in officer:
        codes = codes_at.get((sentence.start, sentence.speaker), set())
        if reason_at is None and "states_reason" in codes:
            reason_at = words_seen
        if intro_at is None and "introduces_self" in codes:
            intro_at = words_seen
        words_seen += len(sentence.norm.split())
        if words_seen >= OPENING_WORDS:
            window_end = sentence.end
            break
    command_words = None
    count = 0
    for sentence in officer:
        if sentence.index in directive_at:
            command_words = count
            break
        count += len(sentence.norm.split())
    return {
        "first_officer_utterance": " ".join(s.text for s in first),
        "first_utterance_is_command": any(s.index in directive_at for s in first),
        "reason_within_45_words": reason_at is not None,
        "words_before_reason": reason_at,
        "introduction_within_45_words": intro_at is not None,
        "command_before_reason": command_words is not None
        and (reason_at is None or command_words < reason_at),
        "opening_ends_at": window_end,
    }


def encounter_measures(
    utterances: list[Utterance], suggestions: list[Suggestion], directives: list[Directive]
) -> dict:
    """Counts for the footage summary: commands with and without an explanation nearby,
    officer talk share, seconds to the first explanation, counts per code."""
    explanations = [s for s in suggestions if s.code_id in _EXPLAINING]
    commands = [s for s in suggestions if s.code_id in _COMMANDS]
    explained = sum(
        1
        for command in commands
        if "because" in command.evidence.lower()
        or any(
            abs(e.start - command.start) <= EXPLANATION_SECONDS
            or abs(e.end - command.end) <= EXPLANATION_SECONDS
            for e in explanations
        )
    )
    talk = {}
    for utterance in utterances:
        talk[utterance.role] = talk.get(utterance.role, 0.0) + (utterance.end - utterance.start)
    total = sum(talk.values()) or 1.0
    start = min(u.start for u in utterances)
    per_code: dict[str, int] = {}
    for suggestion in suggestions:
        per_code[suggestion.code_id] = per_code.get(suggestion.code_id, 0) + 1
    return {
        "commands": len(commands),
        "commands_explained": explained,
        "commands_unexplained": len(commands) - explained,
        "officer_talk_share": round(talk.get("officer", 0.0) / total, 3),
        "seconds_to_first_explanation": round(min(e.start for e in explanations) - start, 2)
        if explanations
        else None,
        "per_code": dict(sorted(per_code.items())),
    }
