"""What the database holds against hand annotations: the figures a journalist and a reviewer meet.

After ``ingest`` of annotated articles, ``database_quality`` measures, the way the team's check
(shared/tools/check_seed_database.py) does:
- the share of stored claims with a speaker that match an annotated claim (quotation or reported
  speech, either text holding 60% of the other's content words) with that speaker;
- the share of speakers with claims whose name is an annotated speaker's (or one of its aliases);
- the claims lying inside another claim of the same speaker in the same article (stored twice).
Claims without a speaker are counted apart: they wait for a reviewer and name nobody.
"""

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from claims.models import Claim, Speaker
from sources.extraction.evaluation import covers, norm_name, same_speaker

_NEUTRAL = ("scare", "unscored")


@dataclass
class DatabaseQuality:
    claims: int = 0  # claims with a speaker, in annotated articles
    unattributed: int = 0
    matching: int = 0
    speakers: int = 0  # speakers with claims
    not_annotated: list[str] = field(default_factory=list)
    nested: int = 0

    @property
    def claim_precision(self) -> float:
        return self.matching / self.claims if self.claims else 0.0

    @property
    def speaker_precision(self) -> float:
        return 1 - len(self.not_annotated) / self.speakers if self.speakers else 0.0

    def summary(self) -> str:
        return (
            f"claims matching an annotated claim with its speaker {self.matching}/{self.claims} "
            f"({self.claim_precision:.3f}), {self.unattributed} without a speaker "
            f"| speakers that are annotated speakers {self.speakers - len(self.not_annotated)}/{self.speakers} "
            f"({self.speaker_precision:.3f}) | claims inside another of the same speaker {self.nested}"
        )


def read_annotations(gold_dir: Path) -> dict[str, dict]:
    """Annotation files (the format of seeds/*.json) by the article file name they annotate."""
    annotations = {}
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        annotations[Path(gold["article"]["file"]).name] = gold
    return annotations


def database_quality(annotations: dict[str, dict]) -> DatabaseQuality:
    """The figures for the claims of the annotated articles in the database."""
    names = {
        norm_name(n)
        for gold in annotations.values()
        for record in gold["quotes"] + gold.get("indirect", [])
        for n in [record.get("speaker"), *(record.get("speaker_aliases") or [])]
        if n
    }
    quality = DatabaseQuality()
    spans: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    speakers: dict[int, str] = {}
    claims = Claim.objects.filter(article__origin_file__in=annotations.keys()).select_related("speaker", "article")
    for claim in claims:
        if claim.speaker is None or claim.article is None:
            quality.unattributed += 1
            continue
        quality.claims += 1
        speakers[claim.speaker.pk] = claim.speaker.name
        records = annotations[claim.article.origin_file]
        said = {"text": claim.text, "speaker": claim.speaker.name}
        if any(
            (covers(claim.text, r["text"]) or covers(r["text"], claim.text))
            and (r.get("kind") in _NEUTRAL or same_speaker(said, r))
            for r in records["quotes"] + records.get("indirect", [])
        ):
            quality.matching += 1
        if claim.start is not None and claim.end is not None:
            spans[(claim.article.pk, claim.speaker.pk)].append((claim.start, claim.end))
    quality.nested = sum(
        1
        for group in spans.values()
        for s, e in group
        if any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2 in group)
    )
    with_claims = Speaker.objects.filter(pk__in=speakers.keys())
    quality.speakers = with_claims.count()
    quality.not_annotated = sorted(s.name for s in with_claims if norm_name(s.name) not in names)
    return quality
