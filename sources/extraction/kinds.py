"""Kinds of quotation: the speaker's sentence (direct), a fragment woven into the writer's sentence
(partial), or a term set off in quotation marks that nobody is presented as saying (scare).
"""

import re

from .context import SPEECH, ParagraphContext

# What may stand between a sentence start and a direct quotation: an introduction by a verb of
# saying ("Roe said, “", "Roe told the council: “") or nothing at all.
_INTRO = re.compile(
    rf"(?:\b(?:{SPEECH})\b[^.;\x00“”\"]{{0,60}}[,:]\s*|according to [^,]{{1,80}},\s*|:\s*|^\s*[\-–—]?\s*)$",
    re.IGNORECASE,
)
_TITLE_CASE = re.compile(
    r"^(?:[A-Z0-9][\w’'\-.]*|of|the|and|a|an|in|on|for|to|with|at)(?:\s+(?:[A-Z0-9][\w’'\-.]*|of|the|and|a|an|in|on|for|to|with|at))*[,.!?]?$"
)


# Every alternative of _INTRO ends on a comma or a colon (then spaces), or is the whole text: a dash or nothing.
_NOTHING_OR_DASH = ("", "-", "–", "—")


def _may_introduce(before: str) -> bool:
    """What _INTRO needs at the end of ``before``, told without its search along the whole sentence."""
    return before.rstrip().endswith((",", ":")) or before.strip() in _NOTHING_OR_DASH


def classify(text: str, ctx: ParagraphContext, open_mark: int, attributed: bool) -> str:
    """direct, partial or scare for the quotation whose opening mark is at ``open_mark``."""
    sent_start, _ = ctx.sentence(max(open_mark, 0))
    before = ctx.masked[sent_start : max(open_mark, 0)]
    words = text.split()
    if (len(words) > 3 or text[:1].isupper()) and _may_introduce(before) and _INTRO.search(before):
        return "direct"
    if not attributed and (len(words) <= 2 or (_TITLE_CASE.match(text) and len(words) <= 6)):
        return "scare"
    if len(words) <= 2 and _TITLE_CASE.match(text):
        return "scare"
    return "partial"
