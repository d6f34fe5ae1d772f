"""How names become Speakers: one row per real speaker, whatever form an article uses."""

import difflib
import re
from collections import Counter

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


def find_speaker(name: str) -> Speaker | None:
    """The known speaker this name denotes: same name, a recorded alias, or a misspelt surname."""
    key = name_key(name)
    if not key:
        return None
    return _known_speakers({key}).get(key) or _misspelt_person(key, _persons_sharing_a_first_name([key]))


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


def resolve_speaker(name: str, kind: str | None = None, *, context: str = "") -> tuple[Speaker, bool]:
    """Find or create the speaker for `name`; record the form used as an alias. Returns (speaker, created).

    `context` is the text the name came from: a single word of the name that it uses on its own
    ('Putin said', 'Xi told') is recorded as an alias too.
    """
    return resolve_speakers({name: kind}, context=context)[name]


def resolve_speakers(names: dict[str, str | None], *, context: str = "") -> dict[str, tuple[Speaker, bool]]:
    """resolve_speaker for all the speakers one text names (name -> kind), in a few queries whatever their number."""
    keys = {name: name_key(name) for name in names}
    known = _known_speakers({key for key in keys.values() if key})
    candidates = _persons_sharing_a_first_name([key for key in keys.values() if key and key not in known])
    new: list[Speaker] = []
    resolved: dict[str, tuple[Speaker, bool]] = {}
    for name, kind in names.items():
        display, key = " ".join(name.split()), keys[name]
        speaker = known.get(key) or _misspelt_person(key, candidates)
        if speaker is None:
            speaker = Speaker(name=display, name_key=key, kind=kind or guess_speaker_kind(display))
            new.append(speaker)
            known[key] = speaker
            if speaker.kind == Speaker.Kind.PERSON:
                candidates.append(speaker)
        resolved[name] = (speaker, speaker in new)
    bulk_create_with_history(new, Speaker)
    forms: dict[Speaker, list[str]] = {}
    tokens = count_tokens(context) if context else Counter()
    for name, (speaker, _) in resolved.items():
        display = " ".join(name.split())
        short = short_forms(display, context, tokens) if speaker.kind == Speaker.Kind.PERSON else []
        forms.setdefault(speaker, []).extend([display, *short])
    _add_aliases(forms)
    return resolved


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


def count_tokens(context: str) -> Counter:
    return Counter(_TOKEN.findall(context))


def add_alias(speaker: Speaker, name: str) -> None:
    _add_aliases({speaker: [name]})


def _add_aliases(forms: dict[Speaker, list[str]]) -> None:
    """Record other forms of speakers' names unless one is the display name or already taken.

    A surname shared by two speakers stays with the first: an alias must point at one speaker.
    """
    wanted: dict[str, tuple[Speaker, str]] = {}
    for speaker, names in forms.items():
        for name in names:
            key = name_key(name)
            if key and key != speaker.name_key:
                wanted.setdefault(key, (speaker, name))
    # A form taken already (by this speaker or another) is left to its holder: the unique rules on
    # aliases refuse it and ignore_conflicts skips it, without a look-up first.
    new = [SpeakerAlias(speaker=s, name=name, name_key=key) for key, (s, name) in wanted.items()]
    SpeakerAlias.objects.bulk_create(new, ignore_conflicts=True)


def resolve_organization(name: str | None) -> Organization | None:
    return resolve_organizations([name or ""]).get(" ".join((name or "").split()))


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
