"""Scoring extraction against hand annotations (the JSON format of ``seeds/*.json``).

The rules mirror the team's scorer (shared/tools/score_quotes.py), so a figure printed by
``manage.py evaluate_extraction`` or asserted by the quality test is the figure the scorer gives:
- quoted spans (direct/partial) match when their normalised texts are equal, or one holds the other
  and is at least 80% of its length; gold "scare" and "unscored" spans count neither way;
  spans match one to one, so a quotation the article repeats is matched once per copy;
- speaker accuracy is over matched spans whose gold names a speaker (full name, or one of
  ``speaker_aliases``, a trailing Jr./Sr./II/III aside); affiliation is right when the token F1 with
  the gold wording is >= 0.5;
- end to end counts a matched span with the right speaker;
- reported speech, recall: a gold "indirect" claim is found when a predicted indirect record with the
  right speaker holds at least 60% of its content words; precision: a predicted record counts when
  its content matches a gold one (60% of the gold's content words in it and 50% of its words in the
  gold), one to one, with the right speaker; one matching only a gold "unscored" record is neutral.

``attribution_checks`` gives, for each scored attribution, its rule, its confidence and whether it
was right: the per-rule accuracy and the confidence bands of ``evaluate_extraction --bands``.
"""

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, fields
from pathlib import Path

_EDGES = " \t\n,.;:!?\"'-\u2013\u2014()[]"
_STOP = {"a", "an", "the", "of", "at", "in", "on", "for", "and", "to", "from", "with", "s"}
_NEUTRAL = ("scare", "unscored")


def norm_text(s: str | None) -> str:
    s = (s or "").replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u2026", "...")
    return re.sub(r"\s+", " ", s).strip(_EDGES).lower()


def norm_name(s: str | None) -> str:
    if not s:
        return ""
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = re.sub(r"^the ", "", norm_text(s).replace(".", ""))
    return re.sub(r"\s+", " ", s)


def _tokens(s: str | None) -> list[str]:
    return [t for t in re.findall(r"[a-z0-9]+", norm_text(s)) if t not in _STOP]


def token_f1(a: str | None, b: str | None) -> float:
    ta, pool = _tokens(a), _tokens(b)
    if not ta or not pool:
        return 0.0
    n_b, common = len(pool), 0
    for t in ta:
        if t in pool:
            pool.remove(t)
            common += 1
    if not common:
        return 0.0
    p, r = common / len(ta), common / n_b
    return 2 * p * r / (p + r)


def spans_match(pred: str | None, gold: str | None) -> bool:
    a, b = norm_text(pred), norm_text(gold)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return short in long_ and len(short) / len(long_) >= 0.8


def covers(pred: str | None, gold: str | None) -> bool:
    g, p = set(_tokens(gold)), set(_tokens(pred))
    return bool(g) and len(g & p) / len(g) >= 0.6


_SUFFIXES = {"jr", "sr", "ii", "iii"}


def speaker_key(s: str | None) -> str:
    """norm_name without a trailing suffix: "Joseph R. Biden, Jr." -> "joseph r biden"."""
    words = [w for w in (w.strip(",") for w in norm_name(s).split()) if w]
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return " ".join(words)


def same_speaker(pred: dict, gold: dict) -> bool:
    p = speaker_key(pred.get("speaker"))
    aliases = [a for a in gold.get("speaker_aliases") or [] if a]
    return p == speaker_key(gold.get("speaker")) or any(p == speaker_key(a) for a in aliases)


def content_match(pred: str | None, gold: str | None) -> bool:
    """Reported speech: most of the gold's content words in the prediction and most of its words in the gold."""
    g, p = set(_tokens(gold)), set(_tokens(pred))
    return bool(g) and bool(p) and len(g & p) / len(g) >= 0.6 and len(g & p) / len(p) >= 0.5


def _dedupe(records: Iterable[dict]) -> list[dict]:
    seen, out = set(), []
    for r in records:
        key = (norm_text(r.get("text")), norm_name(r.get("speaker")))
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    speaker_n: int = 0
    speaker_ok: int = 0
    affiliation_n: int = 0
    affiliation_ok: int = 0
    end_to_end: int = 0
    indirect_n: int = 0
    indirect_ok: int = 0
    indirect_predicted: int = 0
    indirect_right: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def speaker_accuracy(self) -> float:
        return _ratio(self.speaker_ok, self.speaker_n)

    @property
    def affiliation_accuracy(self) -> float:
        return _ratio(self.affiliation_ok, self.affiliation_n)

    @property
    def end_to_end_f1(self) -> float:
        return _f1(_ratio(self.end_to_end, self.tp + self.fp), _ratio(self.end_to_end, self.tp + self.fn))

    @property
    def indirect_recall(self) -> float:
        return _ratio(self.indirect_ok, self.indirect_n)

    @property
    def indirect_precision(self) -> float:
        return _ratio(self.indirect_right, self.indirect_predicted)

    def summary(self) -> str:
        """The scorer's summary line, figure for figure."""
        return (
            f"quote P {self.precision:.3f} R {self.recall:.3f} F1 {self.f1:.3f} "
            f"| speaker acc {self.speaker_accuracy:.3f} | affiliation acc {self.affiliation_accuracy:.3f} "
            f"| end-to-end F1 {self.end_to_end_f1:.3f} | indirect recall {self.indirect_recall:.3f} "
            f"| indirect precision {self.indirect_precision:.3f}"
        )


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Check:
    """One scored attribution: the rule that made it, its confidence, and whether the speaker was right.

    ``kind`` is "quote" or "indirect"; an indirect record that matches no annotation is wrong.
    """

    kind: str
    rule: str
    confidence: float
    right: bool


def _match_quotes(gold: dict, predictions: list[dict]):
    """(prediction, gold record or None) for each predicted quoted span, one to one, in order."""
    g_quotes = list(gold.get("quotes", []))
    used: set[int] = set()
    for p in predictions:
        if p.get("kind") == "indirect":
            continue
        hit = next(
            (i for i, g in enumerate(g_quotes) if i not in used and spans_match(p.get("text"), g["text"])),
            None,
        )
        if hit is not None:
            used.add(hit)
        yield p, (g_quotes[hit] if hit is not None else None)


def _match_indirect(gold: dict, predictions: list[dict]):
    """(prediction, verdict) for each predicted reported statement: True right, False wrong, None neutral."""
    all_indirect = gold.get("indirect", [])
    taken: set[int] = set()
    for p in predictions:
        if p.get("kind") != "indirect":
            continue
        right = next(
            (
                i
                for i, g in enumerate(all_indirect)
                if g.get("kind") != "unscored"
                and i not in taken
                and content_match(p.get("text"), g["text"])
                and same_speaker(p, g)
            ),
            None,
        )
        if right is not None:
            taken.add(right)
            yield p, True
        elif any(g.get("kind") == "unscored" and content_match(p.get("text"), g["text"]) for g in all_indirect):
            yield p, None
        else:
            yield p, False


def score_article(gold: dict, predictions: list[dict]) -> Counts:
    """Counts for one article: ``gold`` is an annotation file's JSON, ``predictions`` quote dicts."""
    g_quotes = gold.get("quotes", [])
    g_indirect = _dedupe(g for g in gold.get("indirect", []) if g.get("kind") != "unscored")
    p_indirect = [p for p in predictions if p.get("kind") == "indirect"]
    c = Counts(indirect_n=len(g_indirect))
    matched = 0
    for p, g in _match_quotes(gold, predictions):
        if g is None:
            c.fp += 1
            continue
        matched += 1
        if g["kind"] in _NEUTRAL:
            continue
        c.tp += 1
        speaker_ok = True
        if g.get("speaker"):
            c.speaker_n += 1
            speaker_ok = same_speaker(p, g)
            c.speaker_ok += speaker_ok
        if g.get("affiliation"):
            c.affiliation_n += 1
            c.affiliation_ok += token_f1(p.get("affiliation"), g["affiliation"]) >= 0.5
        c.end_to_end += speaker_ok
    c.fn += sum(1 for g in g_quotes if g["kind"] not in _NEUTRAL) - c.tp
    c.indirect_ok += sum(
        1 for g in g_indirect if any(covers(p.get("text"), g["text"]) and same_speaker(p, g) for p in p_indirect)
    )
    for _, verdict in _match_indirect(gold, predictions):
        if verdict is not None:
            c.indirect_predicted += 1
            c.indirect_right += verdict
    return c


def attribution_checks(gold: dict, predictions: list[dict]) -> list[Check]:
    """Every scored attribution of one article: matched quotes whose gold names a speaker (a prediction
    without a speaker is left out: it presents nobody), and reported statements that are not neutral."""
    checks = []
    for p, g in _match_quotes(gold, predictions):
        if g is not None and g["kind"] not in _NEUTRAL and g.get("speaker") and p.get("speaker"):
            checks.append(Check("quote", p.get("rule", ""), p.get("confidence") or 0.0, same_speaker(p, g)))
    for p, verdict in _match_indirect(gold, predictions):
        if verdict is not None:
            checks.append(Check("indirect", p.get("rule", ""), p.get("confidence") or 0.0, verdict))
    return checks


def score_directory(gold_dir: Path, predictions: dict[str, list[dict]]) -> dict[str, Counts]:
    """Counts per gold file name; ``predictions`` maps an article file name to its quote dicts."""
    out = {}
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        name = gold["article"]["file"]
        out[name] = score_article(gold, predictions.get(name, []))
    return out


def total(counts: Iterable[Counts]) -> Counts:
    result = Counts()
    for c in counts:
        result = result + c
    return result


BANDS = (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


def by_band(checks: Iterable[Check]) -> list[tuple[float, float, int, int]]:
    """(low, high, attributions, right) per confidence band, lowest band first."""
    rows = []
    checks = list(checks)
    for low, high in zip(BANDS, BANDS[1:], strict=False):
        inside = [c for c in checks if low <= c.confidence < high]
        rows.append((low, min(high, 1.0), len(inside), sum(c.right for c in inside)))
    return rows


def by_rule(checks: Iterable[Check]) -> dict[tuple[str, str], tuple[int, int]]:
    """(kind, rule) -> (attributions, right), most used first."""
    rows: dict[tuple[str, str], tuple[int, int]] = {}
    for c in checks:
        n, ok = rows.get((c.kind, c.rule), (0, 0))
        rows[(c.kind, c.rule)] = (n + 1, ok + c.right)
    return dict(sorted(rows.items(), key=lambda item: -item[1][0]))
