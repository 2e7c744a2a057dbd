"""Run every detector over one transcript and return suggestions for a person to verify.

Rules run always; the MiniLM similarity runs only when an embedder is passed (see
``embedding``). Detectors for codes that the given codebook does not have, or has retired, are
skipped with a notice, so an edited codebook never receives tags for codes it dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bodycam.annotate.codebook import Codebook

from .commands import Directive, directive, heard_order
from .crisis import CRISIS_RULES
from .deescalation import DEESCALATION_RULES
from .delivery import PitchTrack, sentence_delivery
from .grammar import GRAMMAR_RULES
from .heard import alternatives, key_words
from .lexicon import DIRECTIVE_VERBS
from .listening import reflections, vocative_names
from .opening import encounter_measures, introductions, opening_move
from .phrases import RULES
from .pleas import pleas_by_name
from .refusal import refusal_agitation
from .roles import (
    echoed_directives,
    other_voice,
    radio_voices,
    sentence_roles,
    unclaimed_civilian_words,
)
from .sentence_orders import is_repeat, joined_in_sentence, repeated_in_sentence, said_again
from .sentences import Sentence, normalise, split_sentences
from .separation import parties_sent_apart
from .tension import tension_curve
from .types import DetectionResult, Envelope, Suggestion, Utterance
from .voice import overlaps, sentence_loudness

#: The same directive within this many seconds counts as repeated (codebook: 10 s).
REPEAT_SECONDS = 10.0
#: Phrase rules, clause-shape rules (``grammar``), speech acts (``deescalation``), crisis
#: wording (``crisis``): each names the code it proposes.
_TEXT_RULES = RULES + GRAMMAR_RULES + DEESCALATION_RULES + CRISIS_RULES
#: What the text rules and the directive reader key on: an unsure word one edit from one of
#: these is also read as it (``heard``).
_KEY_WORDS = key_words(
    [rule.pattern.pattern for rule in _TEXT_RULES] + [" ".join(sorted(DIRECTIVE_VERBS))]
)
#: Codes only the grammar and voice detectors produce (the phrase rules name their own).
_GRAMMAR_CODES = ("command", "shouted_or_repeated_command", "civilian_agitated")
_VOICE_CODES = ("interrupts_or_dismisses",)
#: A directive-shaped sentence that one of these rules matched is coded by that rule instead.
_OTHER_READING = frozenset(
    {
        "threat_of_arrest_or_force",
        "profanity_or_insult",
        "requests_resources",
        "offers_choices",
        "creates_distance",
        "separates_parties",
        "tactical_pause",
        "interrupts_or_dismisses",
        "open_question",
        "disengages",
    }
)
#: Directive verbs that are the insult themselves ("shut up", "shut the hell up").
_INSULTING_VERBS = frozenset({"shut"})
#: Codebook rule: "tag the first clear indicator and then any indicator of a new kind".
_FIRST_ONLY_CATEGORY = "crisis"
#: A raised voice or "!" reads as agitation only over this many words: one loud word ("Alright,",
#: "miss", a number) is as often the recogniser's cut at a louder neighbour, a call across the
#: scene or another speaker's word under this label as agitation.
_MIN_VOICE_WORDS = 2
#: Nor does a sentence that is only thanks, a greeting or an apology, however loud or written
#: with "!": "Thank you!", "Afternoon, officers!", "I'm so sorry!" (six such lines in the
#: training splits' scripts, none labelled agitated; "I'm sorry, but move your cars!" still is).
_COURTESY_ONLY = re.compile(
    r"(?i)^\W*(?:(?:oh|well|okay|ok|right),? )?(?:thank you|thanks|cheers|(?:good )?(?:morning|"
    r"afternoon|evening)|hello|hi|(?:i'm |i am )?(?:so |really |very )?sorry)"
    r"(?:,? (?:so much|very much|officers?|sir|ma'am|miss|mate|love|guys|both|all|again))*\W*$"
)
#: Nor does a piece the recogniser or diarizer cut off mid-clause ("That sounds like"): its
#: loudness is measured over a span that is partly another clause's, often another speaker's.
_UNFINISHED = re.compile(
    r"(?i)\b(a|an|the|to|of|and|or|but|like|my|your|his|her|their|our|with|for|in|on|at|is|"
    r"are|was|i|you|we|that|this)\s*,?$"
)
#: Codebook: "code each qualifying utterance once" - except directives, each of which counts.
_EVERY_SENTENCE = frozenset({"command", "shouted_or_repeated_command"})
#: Codes coded once per turn of one speaker (no other speaker began in between), not per
#: segment of the recogniser.
_PER_TURN = frozenset({"civilian_agitated"})


def detector_codes() -> list[str]:
    """Every code id some detector can propose."""
    codes = {rule.code_id for rule in _TEXT_RULES} | set(_GRAMMAR_CODES) | set(_VOICE_CODES)
    codes |= {"respectful_address", "active_listening"}  # also ``listening``
    return sorted(codes)


def detect(
    utterances: Sequence[Utterance],
    codebook: Codebook,
    *,
    envelope: Envelope | None = None,
    wearer: str | None = None,
    embedder=None,
    duration: float | None = None,
    pitch: PitchTrack | None = None,
) -> DetectionResult:
    """Propose suggestions for one transcript.

    Args:
        utterances: The transcript (see ``adapter`` to build it from transcription segments).
        codebook: Codes to propose; retired or missing codes are skipped with a notice.
        envelope: Loudness over time; without it the raised-voice detector does not run.
        wearer: Speaker label suggested as the camera wearer, used as the officer when no
            utterance has the officer role.
        embedder: An ``embedding.CodeSimilarity`` to add MiniLM suggestions, or None (rules
            only).
        duration: Seconds of footage for the tension curve; the last word's end when None.
        pitch: The recording's pitch track (``delivery.PitchTrack``); with the envelope, a
            civilian sentence said higher and louder than the speaker's own usual is agitated.

    Returns:
        Suggestions in time order, notices, opening-move measures, summary measures and the
        tension curve. Never raises for an empty transcript: it returns a notice instead.
    """
    result = DetectionResult()
    utterances = [u for u in utterances if u.text.strip()]
    if not utterances:
        result.notices.append(
            "The transcript is empty: no speech to read, so no suggestions. Fix: transcribe "
            "the footage (or correct the transcript) and run the detectors again."
        )
        return result
    utterances = _with_officer(utterances, wearer, result.notices)
    active = _active_codes(codebook, result.notices)
    polarity_of = {code.id: code.polarity for code in codebook.codes}
    category_of = {code.id: code.category for code in codebook.codes}
    sentences = split_sentences(utterances, other_voice)
    # Loudness is measured per speaker label, before any sentence changes role.
    loudness = sentence_loudness(sentences, utterances, envelope) if envelope else {}
    delivery = sentence_delivery(sentences, loudness, pitch) if pitch is not None else {}
    sentences = echoed_directives(sentence_roles(radio_voices(sentences, loudness)), REPEAT_SECONDS)
    sentences = unclaimed_civilian_words(sentences, _TEXT_RULES)

    found = _phrase_suggestions(sentences, active)
    heard = {s.index: alternatives(s, utterances, _KEY_WORDS) for s in sentences}
    found += _heard_phrases(sentences, heard, found, active)
    matched = {(s.code_id, s.start, s.speaker) for s in found}
    by_sentence: dict[int, set[str]] = {}
    for sentence in sentences:
        by_sentence[sentence.index] = {
            code
            for code, start, speaker in matched
            if start == sentence.start and speaker == sentence.speaker
        }
    directives = [d for d in (_directive(s, heard[s.index]) for s in sentences) if d is not None]
    # A directive with an insult thrown in ("Grab your stuff, you punk") is both; one whose
    # verb is the insult ("Shut the hell up") only the insult.
    plain = {
        d.sentence.index
        for d in directives
        if by_sentence[d.sentence.index] & _OTHER_READING
        and not (
            by_sentence[d.sentence.index] & _OTHER_READING == {"profanity_or_insult"}
            and d.verb not in _INSULTING_VERBS
        )
    }
    # An ultimatum ("Get on the ground or you'll be tased") is coded as the threat; its
    # directive part counts too only when shouted or repeated.
    ultimatum = {
        d.sentence.index
        for d in directives
        if by_sentence[d.sentence.index] & _OTHER_READING == {"threat_of_arrest_or_force"}
    }
    directives = [
        d for d in directives if d.sentence.index not in plain or d.sentence.index in ultimatum
    ]
    found += _command_suggestions(directives, loudness, active, ultimatum)
    found += _listening_suggestions(sentences, directives, active)
    found += _voice_suggestions(sentences, utterances, loudness, delivery, by_sentence, active)
    found += refusal_agitation(sentences, found, active)
    if embedder is not None:
        found += embedder.suggest(sentences, found, active)
    found = _deduplicate(found, sentences, category_of, utterances)
    result.suggestions = sorted(found, key=lambda s: (s.start, s.end, s.code_id))
    result.opening = opening_move(sentences, result.suggestions, directives)
    result.measures = encounter_measures(utterances, result.suggestions, directives)
    end = duration if duration is not None else max(u.end for u in utterances)
    result.tension = tension_curve(result.suggestions, polarity_of, end)
    return result


def _with_officer(utterances: list[Utterance], wearer: str | None, notices: list[str]):
    if any(u.role == "officer" for u in utterances):
        return utterances
    speakers = {u.speaker for u in utterances}
    if wearer in speakers:
        notices.append(
            f"No speaker has the officer role; the camera wearer suggested by the transcription "
            f"({wearer}) is treated as the officer. Fix: assign speaker roles in the transcript "
            f"to confirm or correct this."
        )
        return [replace(u, role="officer") if u.speaker == wearer else u for u in utterances]
    notices.append(
        "No speaker has the officer role and there is no camera-wearer suggestion, so the "
        "officer detectors found nothing. Fix: assign speaker roles in the transcript."
    )
    return utterances


def _active_codes(codebook: Codebook, notices: list[str]) -> set[str]:
    known = {code.id: code for code in codebook.codes}
    active = set()
    for code_id in detector_codes():
        code = known.get(code_id)
        where = f"codebook {codebook.id} {codebook.version}"
        if code is None:
            notices.append(f"Detector for {code_id!r} skipped: the code is not in {where}.")
        elif code.retired:
            notices.append(f"Detector for {code_id!r} skipped: the code is retired in {where}.")
        else:
            active.add(code_id)
    return active


def _suggestion(sentence: Sentence, code: str, score: float, detector: str, evidence: str = ""):
    evidence = evidence or sentence.text
    if sentence.heard:
        evidence += f" [{sentence.heard}]"
    if sentence.role_note:
        evidence += f" [{sentence.role_note}]"
    return Suggestion(
        code_id=code,
        start=round(sentence.start, 2),
        end=round(sentence.end, 2),
        speaker=sentence.speaker,
        score=round(score, 2),
        detector=detector,
        evidence=evidence,
    )


def _spanning(first: Sentence, last: Sentence, code: str, shape: str, evidence: str):
    """A grammar reading of a run of sentences, ``first`` to ``last``."""
    found = _suggestion(first, code, 0.7, f"grammar:{code}.{shape}", evidence)
    return replace(found, end=round(last.end, 2))


def _phrase_suggestions(sentences: list[Sentence], active: set[str]) -> list[Suggestion]:
    found = []
    for sentence in sentences:
        readings = _readings(sentence)
        for rule in _TEXT_RULES:
            if rule.code_id not in active or sentence.role not in rule.roles:
                continue
            hit = next(
                (
                    match
                    for norm, question in (readings if rule.clauses else readings[:1])
                    if rule.question is None or rule.question == question
                    for match in [rule.pattern.search(norm)]
                    if match
                ),
                None,
            )
            if hit and not (rule.unless and rule.unless.search(sentence.norm)):
                evidence = f'{sentence.text} [matched "{hit.group(0)}"]'
                found.append(
                    _suggestion(sentence, rule.code_id, rule.score, rule.detector, evidence)
                )
    return found


#: A comma the recogniser wrote where the speaker ended a sentence ("Thanks, what happened
#: there?", "I'll be honest, that worries me, what's going on for you tonight?"): a rule held
#: to a sentence's start or end also reads each clause of two words or more. Only the last
#: clause of a question is one.
_CLAUSE_CUT = re.compile(r"[,;]\s+")


def _readings(sentence: Sentence) -> list[tuple[str, bool]]:
    """The sentence's normalised text and its clauses', each with whether it is a question."""
    readings = [(sentence.norm, sentence.question)]
    clauses = _CLAUSE_CUT.split(sentence.text.strip())
    if len(clauses) > 1:
        for number, clause in enumerate(clauses, start=1):
            norm = normalise(clause)
            if len(norm.split()) >= 2:
                readings.append((norm, sentence.question and number == len(clauses)))
    return readings


def _heard_phrases(sentences, heard, found, active) -> list[Suggestion]:
    """Codes a phrase rule reads in a sentence only with one unsure word read as the key word
    it nearly is (``heard``): one suggestion per code and sentence, the first reading's."""
    have = {(s.code_id, s.start, s.speaker) for s in found}
    added = []
    for sentence in sentences:
        for suggestion in _phrase_suggestions(heard[sentence.index], active):
            key = (suggestion.code_id, suggestion.start, suggestion.speaker)
            if key not in have:
                have.add(key)
                added.append(replace(suggestion, detector=f"{suggestion.detector}.heard"))
    return added


def _directive(sentence: Sentence, heard: list[Sentence]) -> Directive | None:
    """The sentence read as a directive, or else its first alternative reading that is one
    with the word read in as the order's verb and its object after it (``heard_order``)."""
    found = directive(sentence)
    if found is not None:
        return found
    for alternative in heard:
        found = directive(alternative)
        if found is not None and heard_order(found):
            return replace(found, rule=f"{found.rule}.heard")
    return None


def _command_suggestions(directives: list[Directive], loudness, active: set[str], ultimatum):
    found = []
    for n, current in enumerate(directives):
        sentence = current.sentence
        repeated_from = next(
            (
                earlier
                for earlier in reversed(directives[:n])
                # The same officer, or an echo ``roles.echoed_directives`` gave back to them.
                if (earlier.sentence.speaker == sentence.speaker or sentence.role_note)
                and sentence.start - earlier.sentence.end <= REPEAT_SECONDS
                and is_repeat(current, earlier)
            ),
            None,
        )
        level = loudness.get(sentence.index)
        why = f"directive ({current.rule}, verb {current.verb!r})"
        if repeated_from is not None:
            code, score, detector = "shouted_or_repeated_command", 0.85, "rule:command.repeated"
            why += (
                f"; repeats {repeated_from.sentence.text!r} at {repeated_from.sentence.start:.1f}s"
            )
        elif said_again(sentence):
            code, score, detector = "shouted_or_repeated_command", 0.8, "rule:command.said_again"
            why += "; said to have been given before"
        elif level is not None and level.raised:
            code, score, detector = "shouted_or_repeated_command", 0.8, "voice:raised+command"
            why += f"; {level.describe()}"
        elif sentence.exclaimed:
            code, score, detector = "shouted_or_repeated_command", 0.6, "rule:command.exclaimed"
            why += "; written with an exclamation mark"
        else:
            code, score, detector = "command", 0.8, f"rule:command.{current.rule}"
        if code == "command" and sentence.index in ultimatum:
            continue
        if code in active:
            found.append(_suggestion(sentence, code, score, detector, f"{sentence.text} [{why}]"))
            # Another order joined in the same sentence counts too, delivered alike; not the
            # order itself again when it was read from a later clause ("Thank you, stay mad
            # at your cart, don't crowd him": the joined reading takes "stay mad" as first).
            joined = [
                (at, order)
                for at, order in joined_in_sentence(sentence)
                if not (current.rule.startswith("clause_") and order.verb == current.verb)
            ]
            found += _clauses(sentence, joined, code, score - 0.05, "joined")
        if "shouted_or_repeated_command" in active:
            found += _clauses(
                sentence,
                repeated_in_sentence(sentence),
                "shouted_or_repeated_command",
                0.75,
                "repeated_in_sentence",
            )
    return found


def _clauses(sentence: Sentence, orders, code: str, score: float, name: str) -> list[Suggestion]:
    """A suggestion per order found in a clause of ``sentence``: given again ("Drop the blade,
    drop it": the recogniser's commas for a shouted "!") or joined to another ("Turn around,
    hands behind your back"), timed from the clause's place among the words."""
    found = []
    for fraction, order in orders:
        start = sentence.start + fraction * (sentence.end - sentence.start)
        what = "given again" if name == "repeated_in_sentence" else f"({order.rule}) joined"
        evidence = f"{sentence.text} [directive (verb {order.verb!r}) {what} in the same sentence]"
        found.append(
            replace(
                _suggestion(sentence, code, score, "", evidence),
                start=round(start, 2),
                detector=f"rule:command.{name}",
            )
        )
    return found


def _listening_suggestions(sentences, directives, active: set[str]) -> list[Suggestion]:
    found = []
    if "respectful_address" in active:
        for sentence, name in vocative_names(sentences):
            evidence = f"{sentence.text} [addressed by name: {name!r}]"
            found.append(
                _suggestion(
                    sentence, "respectful_address", 0.7, "grammar:respectful_address.name", evidence
                )
            )
    if "introduces_self" in active:
        for sentence, shape, words in introductions(sentences):
            evidence = f'{sentence.text} [introduction: "{words}"]'
            found.append(
                _suggestion(
                    sentence, "introduces_self", 0.85, f"grammar:introduces_self.{shape}", evidence
                )
            )
    if "separates_parties" in active:
        for first, last, how in parties_sent_apart(sentences):
            text = first.text if first is last else f"{first.text} ... {last.text}"
            found.append(
                _spanning(first, last, "separates_parties", "sent_apart", f"{text} [{how}]")
            )
    if "civilian_calming_statement" in active:
        for first, last, words in pleas_by_name(sentences):
            text = first.text if first is last else f"{first.text} {last.text}"
            evidence = f"{text} [pleads by name: {words!r}]"
            found.append(
                _spanning(first, last, "civilian_calming_statement", "pleads_by_name", evidence)
            )
    if "active_listening" in active:
        skip = {d.sentence.index for d in directives}
        for sentence, shared in reflections(sentences, skip):
            evidence = f"{sentence.text} [says back {', '.join(shared)}]"
            found.append(
                _suggestion(
                    sentence, "active_listening", 0.65, "grammar:active_listening.echo", evidence
                )
            )
    return found


def _cut_off(sentence: Sentence, sentences: list[Sentence]) -> bool:
    """The piece ends mid-clause, or another label's piece goes on with it in lower case
    ("You're on the wrist" | "for assault and ..."): one sentence cut between two labels."""
    if _UNFINISHED.search(sentence.text):
        return True
    after = next((t for t in sentences if t.index > sentence.index), None)
    return (
        after is not None
        and after.speaker != sentence.speaker
        and not re.search(r"[.!?][\"')\]]*$", sentence.text.strip())
        and after.text.strip()[:1].islower()
        and after.start - sentence.end <= 1.0
    )


def _voice_suggestions(sentences, utterances, loudness, delivery, by_sentence, active):
    found = []
    if "civilian_agitated" in active:
        for sentence in sentences:
            level = loudness.get(sentence.index)
            if sentence.role != "civilian" or "civilian_agitated" in by_sentence[sentence.index]:
                continue
            if len(sentence.text.split()) < _MIN_VOICE_WORDS or _cut_off(sentence, sentences):
                continue
            if _COURTESY_ONLY.match(sentence.text):
                continue
            if level is not None and level.raised:
                evidence = f"{sentence.text} [{level.describe()}]"
                found.append(
                    _suggestion(sentence, "civilian_agitated", 0.7, "voice:raised", evidence)
                )
            # Measured in the voice, before the punctuation a transcriber may or may not write.
            elif sentence.index in delivery and delivery[sentence.index].raised:
                evidence = f"{sentence.text} [{delivery[sentence.index].describe()}]"
                found.append(
                    _suggestion(sentence, "civilian_agitated", 0.6, "voice:delivery", evidence)
                )
            elif sentence.exclaimed:
                evidence = f"{sentence.text} [written with an exclamation mark]"
                found.append(
                    _suggestion(
                        sentence,
                        "civilian_agitated",
                        0.5,
                        "rule:civilian_agitated.exclaimed",
                        evidence,
                    )
                )
    if "interrupts_or_dismisses" in active:
        for overlap in overlaps(utterances):
            if overlap.second.role == "officer" and overlap.first.role == "civilian":
                first = overlap.second
                found.append(
                    Suggestion(
                        "interrupts_or_dismisses",
                        round(first.start, 2),
                        round(first.end, 2),
                        first.speaker,
                        0.6,
                        "voice:overlap",
                        f"{first.text} [starts {overlap.seconds:.1f}s before "
                        f"{overlap.first.speaker} finished]",
                    )
                )
    return found


def _deduplicate(found: list[Suggestion], sentences: list[Sentence], category_of: dict, utterances):
    # "Once per utterance" means once per turn: a recogniser's segment that runs on after
    # another speaker began (their words went to another label) holds two turns.
    others = [(u.start, u.speaker) for u in utterances]
    before = {
        (s.start, s.speaker): sum(
            1 for start, who in others if who != s.speaker and start < s.start
        )
        for s in sentences
    }
    utterance_of = {
        (s.start, s.speaker): (s.utterance, before[(s.start, s.speaker)]) for s in sentences
    }
    # A turn: consecutive sentences of one label in one role, no other speaker begun between.
    turn_of, turn, last = {}, 0, None
    for sentence in sentences:
        here = (sentence.speaker, sentence.role, before[(sentence.start, sentence.speaker)])
        turn += here != last
        turn_of[(sentence.start, sentence.speaker)], last = turn, here
    # The delivery reading (pitch and level together, a mild rise) adds a moment only to a turn
    # nothing else (a phrase, a "!", a clearly raised voice) already calls agitated: within such
    # a turn it mostly doubled a moment already found (docs/BENCHMARKS.md, #15).
    agitated_turns = {
        turn_of.get((s.start, s.speaker))
        for s in found
        if s.code_id == "civilian_agitated" and s.detector != "voice:delivery"
    }
    kept, seen_code_sentence, seen_utterance, seen_crisis = [], set(), set(), set()
    for suggestion in sorted(found, key=lambda s: (s.start, -s.score)):
        key = (suggestion.code_id, suggestion.start, suggestion.speaker)
        if key in seen_code_sentence:
            continue
        if (
            suggestion.detector == "voice:delivery"
            and turn_of.get((suggestion.start, suggestion.speaker)) in agitated_turns
        ):
            continue
        seen_code_sentence.add(key)
        if suggestion.code_id in _PER_TURN and suggestion.detector.startswith("voice:"):
            # Agitation runs on until 10 s pass without a sign (codebook): a voice still
            # raised in the same turn is the same moment, however many segments the
            # recogniser cut it into (a new hostile phrase is a new sign).
            where = turn_of.get((suggestion.start, suggestion.speaker))
            if (suggestion.code_id, where) in seen_utterance:
                continue
            seen_utterance.add((suggestion.code_id, where))
        elif suggestion.code_id not in _EVERY_SENTENCE:
            where = utterance_of.get((suggestion.start, suggestion.speaker))
            if (suggestion.code_id, where) in seen_utterance:
                continue
            seen_utterance.add((suggestion.code_id, where))
        if (
            category_of.get(suggestion.code_id) == _FIRST_ONLY_CATEGORY
            and suggestion.code_id != "officer_recognises_crisis"
        ):
            if suggestion.code_id in seen_crisis:
                continue
            seen_crisis.add(suggestion.code_id)
        kept.append(suggestion)
    return kept
