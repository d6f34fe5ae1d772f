"""The attribution rules as data: each has a name (the value stored in ``Claim.extraction_rule``), a
confidence and the function that applies it. The ordered tables live beside the rules themselves:
``attribution.QUOTE_RULES`` (who said a quotation) and ``reported.REPORTED_RULES`` (reported speech).

A rule's function carries a made-up example in the first line of its docstring; " // " separates
paragraphs. Every example names Mina Holt as the speaker, except the rules that settle on nobody.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# Below this confidence a quotation is stored without a speaker, for a reviewer to name: on
# polnear-train, attributions under 0.5 were right about half the time, those from 0.5 up 0.79 or more.
QUOTE_SPEAKER_FLOOR = 0.5
# Below this confidence a reported statement is not emitted at all: a paraphrase without a sure
# source is no claim. On polnear-train the statements under 0.4 were right less than a third of the time.
STATEMENT_FLOOR = 0.4

# Who said a quotation (attribution.QUOTE_RULES).
AFTER_QUOTE_DASH = "after_quote_dash"
AFTER_QUOTE_ACCORDING_TO = "after_quote_according_to"
AFTER_QUOTE_INVERTED = "after_quote_inverted"
AFTER_QUOTE_SUBJECT = "after_quote_subject"
AFTER_QUOTE_UNNAMED = "after_quote_unnamed"
AFTER_QUOTE_ANY_VERB_INVERTED = "after_quote_any_verb_inverted"
AFTER_QUOTE_ANY_VERB = "after_quote_any_verb"
AFTER_FRAGMENT = "after_fragment"
BEFORE_QUOTE_ACCORDING_TO = "before_quote_according_to"
BEFORE_QUOTE_INVERTED = "before_quote_inverted"
BEFORE_QUOTE_COORDINATED = "before_quote_coordinated"
BEFORE_QUOTE = "before_quote"
TRANSCRIPT_LABEL = "transcript_label"
SENTENCE_CUE_INVERTED = "sentence_cue_inverted"
SENTENCE_CUE_COORDINATED = "sentence_cue_coordinated"
SENTENCE_CUE = "sentence_cue"
COLON_INTRO = "colon_intro"
SAME_PARAGRAPH = "same_paragraph"
CONTINUATION = "continuation"
CONTINUATION_LEAD_IN = "continuation_lead_in"
CONTINUATION_TWO_BACK = "continuation_two_back"
SENTENCE_HEAD = "sentence_head"
SENTENCE_SUBJECT = "sentence_subject"
# Outcomes that are no rule: nobody found, or a scare quote nobody is presented as saying.
NO_RULE = "none"
SCARE = "scare"

# Reported speech (reported.REPORTED_RULES).
ACCORDING_TO_BEFORE = "according_to_before"
ACCORDING_TO_AFTER = "according_to_after"
CONTENT_THEN_VERB = "content_then_verb"
CONTENT_THEN_VERB_INVERTED = "content_then_verb_inverted"
ATTRIBUTION_IN_MIDDLE = "attribution_in_middle"
ACCORDING_TO_MIDDLE = "according_to_middle"
SUBJECT_VERB_THAT = "subject_verb_that"
VERB_PREPOSITION = "verb_preposition"
PARTICIPLE_OF_SAYING = "participle_of_saying"
NOUN_OF_SAYING_IS_THAT = "noun_of_saying_is_that"
TRANSCRIPT_LINE = "transcript_line"
INTERVIEW_ANSWER = "interview_answer"

# What a capitalised run names (names.NAME_RULES): the edge rules trim it, the kind rules classify it.
POSSESSOR = "possessor"
NAME_OPENER = "name_opener"
NAME_TAIL = "name_tail"
SENTENCE_FULL_STOP = "sentence_full_stop"
SHOUTED_HEADLINE = "shouted_headline"
TITLE_CASE_CLAUSE = "title_case_clause"
PLURAL_TITLE = "plural_title"
NUMBERED_THING = "numbered_thing"
PLACE_OR_EVENT = "place_or_event"
COUNTRY = "country"
ORGANISATION_WORDS = "organisation_words"
TITLED_BODY = "titled_body"
LONE_INITIAL = "lone_initial"
ACRONYM = "acronym"
ACRONYM_IN_NAME = "acronym_in_name"
TITLE_THEN_NAME = "title_then_name"


@dataclass(frozen=True)
class Rule:
    """One attribution rule: its stored name, the most confidence it may give, and its function.

    ``explicit``: the rule reads a cue right beside the quotation, so even a short quoted term is
    presented as said (not a scare quote). ``settles``: an unnamed source it finds ends the search.
    """

    name: str
    confidence: float
    apply: Callable[..., Any]
    explicit: bool = False
    settles: bool = False

    @property
    def example(self) -> str:
        """The made-up article text of the docstring's first line, paragraphs split on " // "."""
        doc = (self.apply.__doc__ or "").strip().splitlines()[0]
        return doc.replace(" // ", "\n\n")


_NARROWED: dict[tuple[int, ...], tuple[tuple[tuple[Rule, ...], ...], tuple[tuple[Rule, ...], ...]]] = {}


def narrowed(rules: tuple[Rule, ...], *tables: tuple[Rule, ...]) -> tuple[tuple[Rule, ...], ...]:
    """Each table with only the rules in ``rules``, in the table's order (a test runs one rule alone).

    Remembered per tuple of rules: every article asks with the same one, and a rule's hash is that of
    all its fields, each time.
    """
    key = (id(rules), *map(id, tables))
    known = _NARROWED.get(key)
    # (Compared item by item, the same objects compare at once; an id reused by a new tuple is caught.)
    if known is None or known[0] != (rules, *tables):
        chosen = set(rules)  # a set: "in" on the tuple compared the rules' fields one rule at a time
        known = _NARROWED[key] = ((rules, *tables), tuple(tuple(r for r in table if r in chosen) for table in tables))
    return known[1]
