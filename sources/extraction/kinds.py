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


def classify(text: str, ctx: ParagraphContext, open_mark: int, attributed: bool) -> str:
    """direct, partial or scare for the quotation whose opening mark is at ``open_mark``."""
    sent_start, _ = ctx.sentence(max(open_mark, 0))
    before = ctx.masked[sent_start : max(open_mark, 0)]
    words = text.split()
    if _INTRO.search(before) and (len(words) > 3 or text[:1].isupper()):
        return "direct"
    if not attributed and (len(words) <= 2 or (_TITLE_CASE.match(text) and len(words) <= 6)):
        return "scare"
    if len(words) <= 2 and _TITLE_CASE.match(text):
        return "scare"
    return "partial"
