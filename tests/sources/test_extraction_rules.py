"""Each attribution rule alone, on the made-up example its docstring opens with."""

import pytest

from sources.extraction import extract_article
from sources.extraction.attribution import QUOTE_RULES
from sources.extraction.reported import REPORTED_RULES, SUBJECT_VERB_THAT
from sources.extraction.rules import (
    CONTINUATION,
    CONTINUATION_TWO_BACK,
    QUOTE_SPEAKER_FLOOR,
    SAME_PARAGRAPH,
    STATEMENT_FLOOR,
    Rule,
)

# Rules that carry an earlier attribution forward need that attribution made first, by the plainest rule.
_BUILDS_ON = {name: (SUBJECT_VERB_THAT,) for name in (SAME_PARAGRAPH, CONTINUATION, CONTINUATION_TWO_BACK)}


def _records(rule: Rule, kind_is_indirect: bool):
    rules = (rule, *_BUILDS_ON.get(rule.name, ()))
    extracted = extract_article(f"Pier Vote\n\n{rule.example}\n", rules=rules)
    return [q for q in extracted.quotes if (q.kind == "indirect") == kind_is_indirect and q.rule == rule.name]


@pytest.mark.parametrize("rule", QUOTE_RULES, ids=lambda rule: rule.name)
def test_quote_rule_alone_attributes_its_example(rule):
    records = _records(rule, kind_is_indirect=False)

    assert records, f"{rule.name} attributed nothing in {rule.example!r}"
    # A rule less sure than the floor names its speaker for the record's rule only: a reviewer decides.
    named = not rule.settles and rule.confidence >= QUOTE_SPEAKER_FLOOR
    assert records[-1].speaker == ("Mina Holt" if named else None)
    assert records[-1].confidence <= rule.confidence


@pytest.mark.parametrize("rule", REPORTED_RULES, ids=lambda rule: rule.name)
def test_reported_speech_rule_alone_finds_its_example(rule):
    records = _records(rule, kind_is_indirect=True)

    assert records, f"{rule.name} found nothing in {rule.example!r}"
    assert records[-1].speaker == "Mina Holt"
    assert records[-1].confidence <= rule.confidence


def test_no_reported_speech_rule_is_less_sure_than_the_floor():
    assert all(rule.confidence >= STATEMENT_FLOOR for rule in REPORTED_RULES)


def test_rule_names_are_unique():
    names = [rule.name for rule in QUOTE_RULES + REPORTED_RULES]

    assert len(names) == len(set(names))
