"""Each attribution rule alone, on the made-up example its docstring opens with."""

import pytest

from sources.extraction import extract_article
from sources.extraction.attribution import QUOTE_RULES
from sources.extraction.reported import CONTENT_THEN_VERB, REPORTED_RULES, SUBJECT_VERB_THAT
from sources.extraction.rules import CONTINUATION, CONTINUATION_TWO_BACK, PARTICIPLE, SAME_PARAGRAPH, Rule

# Rules that carry an earlier attribution forward need that attribution made first, by the plainest rule.
_BUILDS_ON = {name: (SUBJECT_VERB_THAT,) for name in (SAME_PARAGRAPH, CONTINUATION, CONTINUATION_TWO_BACK)}
_BUILDS_ON[PARTICIPLE] = (CONTENT_THEN_VERB,)


def _records(rule: Rule, kind_is_indirect: bool):
    rules = (rule, *_BUILDS_ON.get(rule.name, ()))
    extracted = extract_article(f"Pier Vote\n\n{rule.example}\n", rules=rules)
    return [q for q in extracted.quotes if (q.kind == "indirect") == kind_is_indirect and q.rule == rule.name]


@pytest.mark.parametrize("rule", QUOTE_RULES, ids=lambda rule: rule.name)
def test_quote_rule_alone_attributes_its_example(rule):
    records = _records(rule, kind_is_indirect=False)

    assert records, f"{rule.name} attributed nothing in {rule.example!r}"
    assert records[-1].speaker == (None if rule.settles else "Mina Holt")
    assert records[-1].confidence <= rule.confidence


@pytest.mark.parametrize("rule", REPORTED_RULES, ids=lambda rule: rule.name)
def test_reported_speech_rule_alone_finds_its_example(rule):
    records = _records(rule, kind_is_indirect=True)

    assert records, f"{rule.name} found nothing in {rule.example!r}"
    assert records[-1].speaker == "Mina Holt"
    assert records[-1].confidence <= rule.confidence


def test_rule_names_are_unique():
    names = [rule.name for rule in QUOTE_RULES + REPORTED_RULES]

    assert len(names) == len(set(names))
