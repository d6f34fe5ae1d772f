"""ParsedArticle -> quote records: find quotations, name their speakers, add affiliations and kinds."""

import re

from sources.parsing import ParsedArticle, parse_article

from . import affiliation, reported
from .affiliation import Affiliation
from .attribution import QUOTE_RULES, Attributor
from .context import ParagraphContext
from .folding import Folding
from .kinds import classify
from .names import (
    Cast,
    Mention,
    capitalised_inside,
    find_mentions,
    headline_case,
    learn_genders,
    lowercase_words,
    places_in,
)
from .quotes import QuoteSpan, find_quotes, mask_quotes
from .records import ExtractedArticle, QuoteRecord
from .reported import REPORTED_RULES, Statement
from .rules import NO_RULE, QUOTE_SPEAKER_FLOOR, SCARE, STATEMENT_FLOOR, Rule
from .speakers import BODY_APPOSITIVE, NOBODY, Speaker, SpeakerResolver

# How sure the source of a reported statement must be to count as "the last speaker" for what follows.
_NAMES_THE_LAST_SPEAKER = 0.7
_DESCRIBED = re.compile(r",\s+(?:\d{1,3},|(?:a|an|the|his|her|their)\s+[a-z]|who\b)")


def extract_article(
    text: str, filename: str = "", rules: tuple[Rule, ...] = QUOTE_RULES + REPORTED_RULES
) -> ExtractedArticle:
    """Parse an article and extract its quotations and reported statements.

    ``rules`` narrows the rule tables (a test runs one rule alone); by default every rule applies.
    """
    return extract_parsed(parse_article(text, filename), rules)


def extract_parsed(parsed: ParsedArticle, rules: tuple[Rule, ...] = QUOTE_RULES + REPORTED_RULES) -> ExtractedArticle:
    """The stages, in order: quotations, paragraphs as the rules read them, the cast of names,
    affiliations, then attribution and reported speech in reading order."""
    folding = Folding.of(parsed)
    read = folding.folded if folding else parsed
    spans = find_quotes([p.text for p in read.paragraphs])
    contexts = read_paragraphs(read, spans)
    cast, mentions = build_cast(read, contexts)
    affiliations = collect_affiliations(read, cast, mentions, [(c.masked, c.base) for c in contexts])
    records = attribute(
        read, contexts, spans, SpeakerResolver(cast, "\n".join(c.masked for c in contexts)), affiliations, rules
    )
    if folding:
        records = [folding.unfold(r) for r in records]
    return ExtractedArticle(parsed, records)


Mentions = list[tuple[Mention, str, int]]


def read_paragraphs(parsed: ParsedArticle, spans: list[QuoteSpan]) -> list[ParagraphContext]:
    """Stage 1: each paragraph with its quoted words masked, its sentences and transcript label."""
    quoted: dict[int, list[tuple[int, int]]] = {}
    for span in spans:
        for i, s, e in span.pieces:
            quoted.setdefault(i, []).append((s, e))
    bases = parsed.body_starts()
    return [
        ParagraphContext.build(i, p.text, mask_quotes(p.text, quoted.get(i, [])), bases[i])
        for i, p in enumerate(parsed.paragraphs)
    ]


_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def build_cast(parsed: ParsedArticle, contexts: list[ParagraphContext]) -> tuple[Cast, Mentions]:
    """Stage 2: the people and organisations the article names, from the headline and the body."""
    cast = Cast()
    body = "\n".join(c.masked for c in contexts)
    inside_caps = cast.inside_caps = capitalised_inside(body)
    lowercase = cast.lowercase = lowercase_words(body)
    cast.places = places_in(body)
    if parsed.title:
        # A headline may be the only place that gives a surname's full name; it ranks before the body.
        headline = headline_case(parsed.title, body, inside_caps, lowercase)
        # Title case hides where names end: a word the body writes in lowercase ends the name
        # ("Leaders' Chat Moves Russia, China Toward Unity" names nobody).
        cast.add_mentions(
            [
                m
                for m in find_mentions(headline, -len(headline) - 1)
                if len(m.tokens) > 1
                and all(w in inside_caps or w.lower() not in lowercase for w in m.tokens)
                # "Obama Just Let Something Slip": a person's name runs to three words (and a suffix)
                and (m.kind != "person" or len([w for w in m.tokens if w.rstrip(".").lower() not in _SUFFIXES]) <= 3)
                and not _place_in(m.tokens[0], m.tokens[1], body)
            ]
        )
        cast.headline = headline
    mentions: Mentions = []
    for ctx in contexts:
        found = find_mentions(ctx.masked, ctx.base)
        # "on the Harbour Express", "the Mina Holt campaign": after "the", a name may be a thing's; its
        # first word is then no first name a later "Harbour" stands for.
        articled: list[Mention] = []
        plain: list[Mention] = []
        for m in found:
            (articled if _after_article(m, ctx) else plain).append(m)
        cast.add_mentions(plain)
        cast.add_mentions(articled, first_names=False)
        mentions.extend((m, ctx.masked, ctx.base) for m in found)
    cast.promote_speaking_surnames(body)
    cast.learn_nicknames(mentions)
    cast.finish()
    for m, masked, base in mentions:
        # "Jane Roe, 35," / "Jane Roe, a teacher at ...": described like a person, so a person.
        # "Harbour Analytica, a data firm," is described as a body: no sign of a person.
        if (
            m.kind == "person"
            and _DESCRIBED.match(masked, m.end - base)
            and not BODY_APPOSITIVE.match(masked, m.end - base)
        ):
            person = cast.lookup(m.name, m.start)
            if person is not None:
                person.evidence += 1
    learn_genders(cast, mentions)
    return cast, mentions


def _place_in(first: str, second: str, body: str) -> bool:
    """ "... Outside Wisconsin Trump Rally": the body writes "in Wisconsin" without the word after it, so the
    headline's run is a place before a name, not a first name."""
    # Most headline words never follow one of the prepositions: a pattern of their own, compiled for
    # each (a few hundred per pass, too many for re's cache), is then not needed to say so.
    if first not in body or not any(body.startswith(first, m.end()) for m in _PLACE_PREPOSITION.finditer(body)):
        return False
    place = rf"\b(?:in|of|from|across|outside)\s+{re.escape(first)}\b(?!\s+{re.escape(second)})"
    return re.search(place, body) is not None


# (names._AFTER_PLACE_PREPOSITION tells why "\b" is a lookbehind after each word.)
_PLACE_PREPOSITION = re.compile(
    r"(?:in\s(?<!\win\s)|of\s(?<!\wof\s)|from\s(?<!\wfrom\s)|across\s(?<!\wacross\s)|outside\s(?<!\woutside\s))\s*"
)


def _after_article(m: Mention, ctx: ParagraphContext) -> bool:
    """ "the Harbour Express": a capitalised run after a lowercase article, with no title before it."""
    at = m.start - ctx.base
    return m.kind == "person" and not m.title and ctx.masked[max(0, at - 4) : at] in ("the ", "The ")


def collect_affiliations(
    parsed: ParsedArticle, cast: Cast, mentions: Mentions, paragraphs: list[tuple[str, int]] | None = None
) -> dict[str, Affiliation]:
    """Stage 3: each person's affiliation as the body states it, then as a caption does."""
    affiliations = affiliation.collect(cast, mentions, paragraphs)
    for caption in parsed.captions:
        # Captions come last: the body's own wording wins, a caption fills what the body leaves out.
        caption_mentions = find_mentions(caption, 0)
        for name, found in affiliation.collect(cast, [(m, caption, 0) for m in caption_mentions]).items():
            affiliations.setdefault(name, found)
        for m in caption_mentions:
            person = cast.lookup(m.name, 0) if m.kind == "person" else None
            if person is not None and m.title:
                cast.note_title(person, m)
    return affiliations


def attribute(
    parsed: ParsedArticle,
    contexts: list[ParagraphContext],
    spans: list[QuoteSpan],
    resolver: SpeakerResolver,
    affiliations: dict[str, Affiliation],
    rules: tuple[Rule, ...],
) -> list[QuoteRecord]:
    """Stage 4: quotations and reported statements in reading order, so each sees the speakers named
    before it."""
    attributor = Attributor(contexts, resolver, rules)
    starts = parsed.body_starts()  # the body offset of each paragraph, for the indirect records
    reporter = reported.Reporter(contexts, resolver, rules)
    records: list[QuoteRecord] = []
    by_paragraph: dict[int, list[QuoteSpan]] = {}
    for span in spans:
        by_paragraph.setdefault(span.first[0], []).append(span)
    for ctx in contexts:
        events: list[tuple[int, QuoteSpan | Statement]] = [
            (span.first[1], span) for span in by_paragraph.get(ctx.index, [])
        ]
        events += [(st.body_start - ctx.base, st) for st in reporter.statements(ctx)]
        for _, item in sorted(events, key=lambda e: (e[0], isinstance(e[1], Statement))):
            if isinstance(item, Statement):
                if item.speaker.confidence >= _NAMES_THE_LAST_SPEAKER:
                    # Only a confidently named source of reported speech counts as "the last speaker".
                    attributor.note(ctx.index, item.body_start, item.speaker, quoted=False)
                if item.paraphrased and round(item.confidence, 2) >= STATEMENT_FLOOR:
                    records.append(_indirect_record(parsed, item, affiliations, starts))
                continue
            found = attributor.attribute(item)
            if found.speaker.confidence >= QUOTE_SPEAKER_FLOOR:
                attributor.note(ctx.index, ctx.base + item.first[1], found.speaker)
            records.append(_record(parsed, contexts, item, found.speaker, found.rule, affiliations))
    records.sort(key=lambda r: (r.body_start, r.kind == "indirect"))
    return records


def _record(
    parsed: ParsedArticle,
    contexts: list[ParagraphContext],
    span: QuoteSpan,
    speaker: Speaker,
    rule: Rule | None,
    affiliations: dict[str, Affiliation],
) -> QuoteRecord:
    texts = [c.text for c in contexts]
    (fi, fs, _), (li, _, le) = span.first, span.last
    # Trim the spaces some articles leave inside the marks, keeping offsets exact.
    fs += len(texts[fi][fs:]) - len(texts[fi][fs:].lstrip())
    le -= len(texts[li][:le]) - len(texts[li][:le].rstrip())
    pieces = [(i, s, e) for i, s, e in span.pieces]
    pieces[0] = (fi, fs, pieces[0][2])
    pieces[-1] = (pieces[-1][0], pieces[-1][1], le)
    text = " ".join(texts[i][s:e].strip() for i, s, e in pieces)
    ctx = contexts[fi]
    kind = classify(text, ctx, fs - 1, bool(speaker.name))
    rule_name = rule.name if rule else NO_RULE
    if speaker.confidence < QUOTE_SPEAKER_FLOOR:
        # Too unsure to present as attributed: the quotation is kept, its speaker left to a reviewer.
        speaker = Speaker(None, speaker.kind, speaker.confidence, speaker.how)
    if kind == "scare" and not (rule and rule.explicit):
        speaker = Speaker(None, speaker.kind, NOBODY.confidence, "unknown")
        rule_name = SCARE
    aff = affiliations.get(speaker.name) if speaker.name else None
    return QuoteRecord(
        text=text,
        speaker=speaker.name,
        speaker_kind=speaker.kind,
        affiliation=aff.wording if aff else None,
        role=aff.role if aff else None,
        organization=aff.organization if aff else None,
        kind=kind,
        start=parsed.paragraphs[fi].start + fs,
        end=parsed.paragraphs[li].start + le,
        body_start=contexts[fi].base + fs,
        body_end=contexts[li].base + le,
        confidence=round(speaker.confidence, 2),
        rule=rule_name,
        speaker_alias=speaker.alias if speaker.name else "",
    )


def _indirect_record(
    parsed: ParsedArticle, statement: Statement, affiliations: dict[str, Affiliation], starts: list[int]
) -> QuoteRecord:
    speaker = statement.speaker
    aff = affiliations.get(speaker.name) if speaker.name else None
    return QuoteRecord(
        text=statement.text,
        speaker=speaker.name,
        speaker_kind=speaker.kind,
        affiliation=aff.wording if aff else None,
        role=aff.role if aff else None,
        organization=aff.organization if aff else None,
        kind="indirect",
        start=parsed.to_source_offset(statement.body_start, starts) or 0,
        end=parsed.to_source_offset(statement.body_end, starts) or 0,
        body_start=statement.body_start,
        body_end=statement.body_end,
        confidence=round(statement.confidence, 2),
        rule=statement.rule.name,
        speaker_alias=speaker.alias,
    )
