"""How names become Speakers: one row per real speaker, whatever form an article uses."""

import difflib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.db.models.functions import Lower
from simple_history.utils import bulk_create_with_history

from claims.models import Affiliation, Claim, Organization, Speaker, SpeakerAlias
from claims.names import name_key

# A surname this close to a known one, with the same first name, is a misspelling of it
# ('Yalinkilcli' for 'Yalinkilicli').
MISSPELLING_CUTOFF = 0.85

_GROUP_WORDS = re.compile(
    r"\b(officials|ministers|leaders|analysts|experts|members|spokesmen|diplomats|sources|people|critics|residents)\b",
    re.I,
)
_ORGANISATION_WORDS = re.compile(
    r"\b(ministry|ministries|department|agency|government|kremlin|white house|office|council|committee|"
    r"commission|party|campaign|news|times|post|press|institute|university|center|centre|foundation|"
    r"association|organi[sz]ation|company|corporation|inc|ltd|bank|union|court|embassy|administration|"
    r"army|police|parliament|congress|senate|nato|un|eu)\b",
    re.I,
)


def guess_speaker_kind(name: str) -> str:
    """'G-7 ministers' is a group, 'Chinese Foreign Ministry' an organisation, 'Collin Koh' a person."""
    if _GROUP_WORDS.search(name) or " and " in name:
        return Speaker.Kind.GROUP
    if _ORGANISATION_WORDS.search(name):
        return Speaker.Kind.ORGANISATION
    return Speaker.Kind.PERSON


def _spelling_variants(name: str) -> list[str]:
    """Keys of the same name written with or without its spaces and dots, looked up after the name's own:
    'Harbour Net News' and 'HarbourNetNews', 'H.N.N.' and 'HNN', 'HNN TV' and 'HNNTV'."""
    key = name_key(name)
    if " " in key:
        return [key.replace(" ", "")]
    word = name.strip()
    if word.isalpha() and word.isupper() and len(word) <= _SPELT_OUT_ACRONYM:
        return [" ".join(key)]
    words = _INNER_CAPITAL.split(word)
    return [name_key(" ".join(words))] if len(words) > 1 else []


# Acronyms up to this long are also looked up with a dot after each letter ('HNN' as 'H.N.N.').
_SPELT_OUT_ACRONYM = 5
_INNER_CAPITAL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _known_speakers(keys: set[str]) -> dict[str, Speaker]:
    """Speakers by name key, matched on their display name first, then on an alias."""
    known: dict[str, Speaker] = {}
    # Two indexed lookups: an OR across the alias join would scan both tables.
    for speaker in Speaker.objects.filter(name_key__in=keys).order_by("pk"):
        known.setdefault(speaker.name_key, speaker)
    for alias in SpeakerAlias.objects.filter(name_key__in=keys - known.keys()).select_related("speaker"):
        known[alias.name_key] = alias.speaker
    return known


def _persons_sharing_a_first_name(keys: list[str]) -> list[Speaker]:
    """Stored persons whose first name is that of one of these multi-word names: misspelling candidates."""
    firsts = {key.split()[0] for key in keys if len(key.split()) > 1}
    if not firsts:
        return []
    same_first = Q()
    for first in firsts:
        same_first |= Q(name_key__startswith=first + " ")
    return list(Speaker.objects.filter(same_first, kind=Speaker.Kind.PERSON).order_by("pk"))


def _misspelt_person(key: str, candidates: list[Speaker]) -> Speaker | None:
    """The candidate with the same first name and a surname a typo away ('Orla Brenigan', 'Orla Brennigan')."""
    words = key.split()
    if len(words) < 2:
        return None
    first, last = words[0], words[-1]
    for candidate in candidates:
        other = candidate.name_key.split()
        same_first = len(other) > 1 and other[0] == first
        if same_first and difflib.SequenceMatcher(None, last, other[-1]).ratio() >= MISSPELLING_CUTOFF:
            return candidate
    return None


def _shown_to_be_a_body(speaker: Speaker, key: str, kind: str | None) -> bool:
    """A one-word name stored as a person that another article names as an organisation: a person is what
    the extraction gives a name it knows nothing about ('Harbourly said'), an organisation only on a sign
    ('Harbourly said it', 'the newspaper Harbourly'), so the sign wins."""
    return (
        kind == Speaker.Kind.ORGANISATION
        and speaker.kind == Speaker.Kind.PERSON
        and " " not in key
        and speaker.name_key == key
    )


def _without_tail(key: str) -> list[str]:
    """The organisation's name without one, two ... of its generic last words: 'pew research center' ->
    ['pew research']; 'harbour news agency' -> ['harbour news', 'harbour']."""
    words, heads = key.split(), []
    while len(words) > 1 and words[-1] in _ORGANISATION_TAIL:
        words.pop()
        heads.append(" ".join(words))
    return heads


def _other_number(key: str) -> list[str]:
    """The name with one of its words in the other number: 'harbour elections board' -> 'harbour election
    board', 'harbour elections boards'...; an organisation's name written with a plural for a singular."""
    words = key.split()
    variants: list[str] = []
    if len(words) < 2:
        return variants  # "Times" and "Time" are two publications; a longer name says which it is
    for i, word in enumerate(words):
        if len(word) < _SHORTEST_PLURAL or not word.isalpha() or word.rstrip("s") in _MASTHEAD_WORDS:
            continue
        other = word[:-1] if word.endswith("s") and not word.endswith("ss") else word + "s"
        variants.append(" ".join([*words[:i], other, *words[i + 1 :]]))
    return variants


# Shorter words keep their final "s" ("bus", "us", "gas") when the other number of a name is tried.
_SHORTEST_PLURAL = 4
# Mastheads whose number is part of the title: "Harbour Time Magazine" and "Harbour Times Magazine" differ.
_MASTHEAD_WORDS = {"time", "post", "new", "star", "sun", "globe", "journal", "herald", "tribune", "gazette"}


def _organisations_by_tail(keys: list[str]) -> dict[str, Speaker]:
    """For organisations' name keys, the one stored organisation that is the same name with or without a
    generic tail ('Harbour Research' and 'Harbour Research Center', 'HNN' and 'HNN News') or with one word
    in the other number ('Harbour Elections Board' for 'Harbour Election Board'); none when two are."""
    if not keys:
        return {}
    heads = {key: _without_tail(key) + _other_number(key) for key in keys}
    same = Q(name_key__in={head for found in heads.values() for head in found})
    for key in keys:
        same |= Q(name_key__startswith=key + " ")
    stored = list(Speaker.objects.filter(same, kind=Speaker.Kind.ORGANISATION).order_by("pk"))
    found: dict[str, Speaker] = {}
    for key in keys:
        matches = {
            s
            for s in stored
            if s.name_key in heads[key]
            or (
                s.name_key.startswith(key + " ")
                and all(w in _ORGANISATION_TAIL for w in s.name_key[len(key) :].split())
            )
        }
        if len(matches) == 1:
            found[key] = matches.pop()
    return found


def _persons_by_surname(keys: list[str]) -> dict[str, list[Speaker]]:
    """Stored persons named in more words, by the one or two last words of their name that these names
    are ('brennigan' for 'Orla Brennigan', 'vik holt' for 'Ana Vik Holt')."""
    surnames = {key for key in keys if key and key.count(" ") <= 1}
    if not surnames:
        return {}
    ends_in = Q()
    for surname in surnames:
        ends_in |= Q(name_key__endswith=" " + surname)
    found: dict[str, list[Speaker]] = {}
    for speaker in Speaker.objects.filter(ends_in, kind=Speaker.Kind.PERSON).order_by("pk"):
        for surname in _surname_forms(speaker.name_key):
            if surname in surnames:
                found.setdefault(surname, []).append(speaker)
    return found


def _surname_forms(key: str) -> list[str]:
    """The last word of a full name, and its last two words when it has three or more: the forms a
    surname alone takes ('Holt', or 'Vik Holt' of a double surname, for 'Ana Vik Holt')."""
    words = key.split()
    return [" ".join(words[-n:]) for n in (1, 2) if len(words) > n]


def _person_by_surname(key: str, by_surname: dict[str, list[Speaker]]) -> Speaker | None:
    """The one stored person whose last name (one word or two) is ``key`` ('Brennigan' for 'Orla
    Brennigan', 'Vik Holt' for 'Ana Vik Holt'); nobody when no one or several have it."""
    people = by_surname.get(key, [])
    return people[0] if len(people) == 1 else None


def _absorb_earlier_surnames(new: list[Speaker], by_name: dict[str, Speaker]) -> None:
    """A person stored by surname alone before anyone with that last name ('Brennigan said', in an earlier
    article that never gave her first name; a double surname, 'Vik Holt', too) is merged into the person
    first stored in full with it ('Orla Brennigan'), unless another stored person has that last name or the
    surname's own article gives it another first name: the rule of _person_by_surname, for the articles
    that came in the other order. ``by_name`` follows the merge."""
    surnames = {form for p in new if p.kind == Speaker.Kind.PERSON for form in _surname_forms(p.name_key)}
    if not surnames:
        return
    earlier = list(Speaker.objects.filter(name_key__in=surnames, kind=Speaker.Kind.PERSON))
    if not earlier:
        return
    by_surname = _persons_by_surname([s.name_key for s in earlier])
    for short in earlier:
        full = _person_by_surname(short.name_key, by_surname)
        if full is None or full.pk == short.pk or _names_someone_else(short, full):
            continue
        gone = short.pk  # deleting the merged speaker clears its pk
        merge_speakers(keep=full, other=short, editor=None)
        for name, speaker in by_name.items():
            if speaker.pk == gone:
                by_name[name] = full


def _names_someone_else(short: Speaker, full: Speaker) -> bool:
    """Whether an article of ``short``'s claims writes its name after another first name ("the
    congressman Pete Roe", inside a quotation the extraction left alone): then "Roe" there is that
    other person, not ``full`` ("Orla Roe")."""
    bodies = Claim.objects.filter(speaker=short, article__isnull=False).values_list("article__body", flat=True)
    return any(_writes_another_first_name(short.name, full, body) for body in set(bodies))


def _writes_another_first_name(surname: str, full: Speaker, text: str) -> bool:
    """``text`` writes ``surname`` after a first name that is not ``full``'s ("Pete Roe" for "Orla Roe")."""
    if surname not in text:
        return False
    # Imported here: the lexicon's package loads the extraction pipeline, which most callers never need.
    from sources.extraction.lexicon import DEMONYMS, NOT_NAME_WORDS, TITLE_WORDS

    own = set(full.name_key.split())
    for word in re.findall(rf"([A-Z][\w’'\-]*)\.?\s+{re.escape(surname)}\b", text):
        lowered = word.lower()
        possessive = lowered.endswith(("’s", "'s"))  # "Elbonia's Roe": a place's or a body's, no first name
        if not possessive and lowered not in own and lowered not in NOT_NAME_WORDS | TITLE_WORDS | DEMONYMS:
            return True
    return False


@dataclass(frozen=True)
class SpeakerName:
    """A speaker as a source names it: the display name, its kind if known, and the source's own form.

    `alias` ('barack-obama') is looked up after the name and kept as an alias whenever it is
    written differently from the display name.
    """

    name: str
    kind: str | None = None
    alias: str = ""


@dataclass
class ResolvedSpeakers:
    """The Speaker for each name asked about, and how many Speaker rows were created for them."""

    by_name: dict[str, Speaker]
    created: int


def resolve_speaker(name: str, kind: str | None = None, *, context: str = "") -> tuple[Speaker, bool]:
    """Find or create the speaker for `name`; record the form used as an alias. Returns (speaker, created)."""
    resolved = resolve_speakers([SpeakerName(name, kind)], context=context)
    return resolved.by_name[name], bool(resolved.created)


def resolve_speakers(
    names: Iterable[SpeakerName], *, context: str = "", misspellings: bool = True, reason: str | None = None
) -> ResolvedSpeakers:
    """The Speaker for each name, found or created, in a few queries whatever their number.

    A name matches a speaker's display name or alias (by name key), then its `alias` form; with
    `misspellings`, a person's surname a typo away with the same first name matches too, and so does a
    one-word person's name that is the last name of exactly one stored person named in full ('Brennigan',
    where another article gave 'Orla Brennigan'); neither for archives, where a near-miss among thousands
    of speakers is as likely another person. `context` is the text the names came from: a single word of a
    person's name that it uses on its own ('Putin said', 'Xi told') is recorded as an alias. `reason` is the
    new speakers' history reason.
    """
    wanted = {n.name: n for n in names}
    keys = {
        name: [k for k in (name_key(name), name_key(n.alias), *_spelling_variants(name)) if k]
        for name, n in wanted.items()
    }
    known = _known_speakers({key for forms in keys.values() for key in forms})
    candidates: list[Speaker] = []
    by_surname: dict[str, list[Speaker]] = {}
    if misspellings:
        unknown = [forms[0] for forms in keys.values() if forms and not any(k in known for k in forms)]
        candidates = _persons_sharing_a_first_name(unknown)
        unknown_keys = set(unknown)
        by_surname = _persons_by_surname(
            [
                key
                for name, asked in wanted.items()
                if (key := name_key(name)) in unknown_keys
                and (asked.kind or guess_speaker_kind(name)) == Speaker.Kind.PERSON
            ]
        )
    by_tail = _organisations_by_tail(
        [
            forms[0]
            for name, forms in keys.items()
            if forms
            and not any(k in known for k in forms)
            and (wanted[name].kind or guess_speaker_kind(name)) == Speaker.Kind.ORGANISATION
        ]
    )
    new: list[Speaker] = []
    by_name: dict[str, Speaker] = {}
    for name, asked in wanted.items():
        display = " ".join(name.split())
        key = name_key(name)
        speaker = next((known[k] for k in keys[name] if k in known), None)
        if speaker is not None and _shown_to_be_a_body(speaker, key, asked.kind):
            speaker.kind = Speaker.Kind.ORGANISATION
            speaker._change_reason = reason or "another article names it as an organisation"
            speaker.save(update_fields=["kind"])
        if (
            speaker is None
            and key in by_tail
            and (asked.kind or guess_speaker_kind(display)) == Speaker.Kind.ORGANISATION
        ):
            speaker = by_tail[key]
        if speaker is None and misspellings:
            speaker = _misspelt_person(key, candidates)
        if speaker is None and by_surname and (asked.kind or guess_speaker_kind(display)) == Speaker.Kind.PERSON:
            # "Brennigan said", in an article that never gives the full name another one stored gave.
            speaker = _person_by_surname(key, by_surname)
            if speaker is not None and _writes_another_first_name(display, speaker, context):
                speaker = None  # "Pete Roe" inside a quotation here: this "Roe" is not the stored Orla Roe
        if speaker is None:
            speaker = Speaker(name=display, name_key=key, kind=asked.kind or guess_speaker_kind(display))
            new.append(speaker)
            known[key] = speaker
            if speaker.kind == Speaker.Kind.PERSON:
                candidates.append(speaker)
        by_name[name] = speaker
    bulk_create_with_history(new, Speaker, default_change_reason=reason)
    if misspellings:
        _absorb_earlier_surnames(new, by_name)
    forms: dict[Speaker, list[str]] = {}
    source_forms: dict[Speaker, list[str]] = {}
    tokens = count_tokens(context) if context else Counter()
    for name, speaker in by_name.items():
        display = " ".join(name.split())
        if speaker.kind == Speaker.Kind.PERSON:
            short = short_forms(display, context, tokens)
        elif speaker.kind == Speaker.Kind.ORGANISATION:
            short = organisation_short_forms(display, context, tokens)
        else:
            short = []
        forms.setdefault(speaker, []).extend([display, *short])
        alias = wanted[name].alias
        if alias and alias != speaker.name:
            source_forms.setdefault(speaker, []).append(alias)
    _add_aliases(forms, source_forms)
    # Count the rows made, not the names: a name and its misspelling can share one new speaker.
    return ResolvedSpeakers(by_name=by_name, created=len(new))


_TOKEN = re.compile(r"[\w-]+")


def short_forms(name: str, context: str, tokens: Counter | None = None) -> list[str]:
    """Words of a person's name that `context` uses alone: 'Xi' of 'Xi Jinping' in 'Xi said'.

    `tokens` (the context's words counted by `count_tokens`) saves re-reading a long context per name.
    """
    words = name.split()
    if len(words) < 2 or not context:
        return []
    tokens = tokens if tokens is not None else count_tokens(context)
    full_uses = context.count(name)
    found = []
    for word in (words[0], words[-1]):
        if len(word) < 2:
            continue
        if _TOKEN.fullmatch(word):
            uses = tokens[word]
        else:  # 'O'Neill', 'Jr.': not one token, so look for the word itself
            uses = len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", context))
        if uses - full_uses > 0:
            found.append(word)
    return found


# The generic words that may follow an organisation's own name: "Xinhua News Agency" is "Xinhua".
_ORGANISATION_TAIL = {
    "agency", "news", "service", "network", "press", "group", "corporation", "company", "inc", "ltd",
    "foundation", "institute", "party", "ministry", "office", "channel", "radio", "television", "tv",
    "center", "centre", "pac",
}  # fmt: skip


def organisation_short_forms(name: str, context: str, tokens: Counter | None = None) -> list[str]:
    """An organisation's own name without its generic tail, when `context` uses it alone: 'Xinhua' of
    'Xinhua News Agency' in 'Xinhua reported'. Recorded as an alias, it makes the two one speaker."""
    words = name.split()
    if len(words) < 2 or not context or not all(w.lower().strip(".") in _ORGANISATION_TAIL for w in words[1:]):
        return []
    tokens = tokens if tokens is not None else count_tokens(context)
    head = words[0]
    return [head] if _TOKEN.fullmatch(head) and tokens[head] - context.count(name) > 0 else []


def count_tokens(context: str) -> Counter:
    return Counter(_TOKEN.findall(context))


def add_alias(speaker: Speaker, name: str) -> None:
    _add_aliases({speaker: [name]})


def _add_aliases(forms: dict[Speaker, list[str]], source_forms: dict[Speaker, list[str]] | None = None) -> None:
    """Record other forms of speakers' names unless one is the display name or already taken.

    `source_forms` ('barack-obama') are kept even when only their writing differs from the display
    name. A surname shared by two speakers stays with the first: an alias must point at one speaker.
    """
    wanted: dict[str, tuple[Speaker, str]] = {}
    for speaker, names in forms.items():
        for name in names:
            key = name_key(name)
            if key and key != speaker.name_key:
                wanted.setdefault(key, (speaker, name))
    for speaker, names in (source_forms or {}).items():
        for name in names:
            if key := name_key(name):
                wanted.setdefault(key, (speaker, name))
    # A form taken already (by this speaker or another) is left to its holder: the unique rules on
    # aliases refuse it and ignore_conflicts skips it, without a look-up first.
    new = [SpeakerAlias(speaker=s, name=name, name_key=key) for key, (s, name) in wanted.items()]
    SpeakerAlias.objects.bulk_create(new, ignore_conflicts=True)


def resolve_organizations(names: list[str]) -> dict[str, Organization]:
    """The Organization for each name (spacing tidied), found case-insensitively or created, in two queries."""
    wanted = {" ".join(name.split()) for name in names} - {""}
    if not wanted:
        return {}
    by_lower = {
        org.name.lower(): org
        for org in Organization.objects.annotate(lowered=Lower("name")).filter(lowered__in={n.lower() for n in wanted})
    }
    missing = {name.lower(): Organization(name=name) for name in wanted if name.lower() not in by_lower}
    Organization.objects.bulk_create(missing.values())
    by_lower |= missing
    return {name: by_lower[name.lower()] for name in wanted}


class MergeRefused(Exception):
    """The two speakers cannot be merged as asked; the message says why."""


@transaction.atomic
def merge_speakers_into(*, keep: Speaker, others: Iterable[Speaker], editor: Any) -> Speaker:
    """Merge several speakers into `keep`, all or none: one refusal (MergeRefused) merges none of them."""
    for other in others:
        merge_speakers(keep=keep, other=other, editor=editor)
    return keep


@transaction.atomic
def merge_speakers(*, keep: Speaker, other: Speaker, editor) -> Speaker:
    """Move `other`'s claims, aliases and affiliations to `keep`, then remove `other`.

    Both speakers' histories record the merge and who made it. A claim `other` shares with `keep`
    (same article, same words) is dropped unless it has been reviewed, in which case nothing merges.
    """
    if keep.pk == other.pk:
        raise MergeRefused("A speaker cannot be merged into itself.")

    keep_hashes = set(keep.claims.values_list("article_id", "text_hash"))
    for claim in Claim.objects.select_for_update().filter(speaker=other):
        if (claim.article_id, claim.text_hash) in keep_hashes and claim.article_id is not None:
            if claim.reviews.exists():
                raise MergeRefused(f"Both speakers have the reviewed claim {claim.text[:40]!r}; resolve it first.")
            claim.delete()
            continue
        claim.speaker = keep
        claim.version += 1
        claim._history_user = editor
        claim._change_reason = f"speaker {other.name!r} (#{other.pk}) merged into {keep.name!r} (#{keep.pk})"
        claim.save()
    Affiliation.objects.filter(speaker=other).update(speaker=keep)
    moved_aliases = list(other.aliases.values_list("name", flat=True))
    other.aliases.all().delete()
    other_name, other_pk = other.name, other.pk
    other._history_user = editor
    other._change_reason = f"merged into {keep.name!r} (#{keep.pk})"
    other.delete()
    for alias in [other_name, *moved_aliases]:
        add_alias(keep, alias)
    keep._history_user = editor
    keep._change_reason = f"merged {other_name!r} (#{other_pk}) into this speaker"
    keep.save()
    return keep
