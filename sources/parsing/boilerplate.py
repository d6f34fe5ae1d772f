"""Lines of a saved article that are page furniture, not reporting.

Each pattern is general (no outlet names): a newsroom's text is only ever dropped by its shape.
"""

import re

# Whole lines that carry no reporting: share counters, link labels, section furniture.
_FURNITURE = re.compile(
    r"""^(?:
        \d{1,4}                                   # a stray comment or share counter: "0"
      | source\ link | comments? | read\ more | advertisement | related(?:\ articles?)?
      | share(?:\ this(?:\ article)?)? | print | email | full\ text\.? | abstract\.?
      | why\ we\ wrote\ this | sign\ up.* | subscribe.* | follow\ us.*
      | (?:image|photo|picture|video|graphic)s?(?:\ credit)?\s*:.*          # "Image: Harbour Wire"
      | (?:source|sources)\s*:.*                                            # "Source: ..."
      | (?:©|\(c\)|copyright\b).*                                           # "© 2022 ..."
      | distributed\ by\b.* | all\ rights\ reserved.*
      | click\ here\b.* | \[?(?:embedded\ content|watch|listen)\]?\.?
      | (?:read\ (?:more|also)|also\ read|related|see\ also|more\ on\ this|tags?|topics?)\s*:.*
      | filed\ under\b.*
      | \(?(?:additional\ )?(?:reporting|writing|editing)\ by\b.*        # "Reporting by J. Roe; Editing by ..."
      | (?:this|an\ earlier\ version\ of\ this)\ (?:article|story)\ (?:was|has\ been)\ (?:updated|corrected)\b.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

# Promotions, cookie banners and newsletter pitches, recognised by their vocabulary. The lookahead holds
# the first letters of the alternatives: it turns most positions of a line away before the alternation
# runs (this pattern is tried on every line of every article).
_PROMOTION = re.compile(
    r"""(?=[jtwcsnfd])(?:
        \bjoin\ (?:our|us)\b.*\b(?:channel|group|newsletter|community)\b
      | \b(?:telegram|whatsapp)\ channel\b
      | \bthis\ (?:web)?site\ uses\ cookies\b | \bwe\ use\ cookies\b | \bcookie\ policy\b
      | \bsubscribe\ to\ our\b | \bsign\ up\ for\ our\b | \bnewsletter\b.*\binbox\b
      | \bfollow\ us\ on\b | \bdownload\ our\ app\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# A piece of each alternative above, lowercase and free of the letters that match other characters
# too when case is ignored (i, k, s): a line whose lowercase holds none cannot match, and most lines,
# reporting, are turned away by these substring tests before the pattern is tried along them.
_PROMOTION_PIECES = ("jo", "channel", "coo", "to our", "up for our", "letter", "follow", "download")

# A photo caption ends with the credit in parentheses: "(Jane Roe/Agency)" or "(AP Photo/...)".
_CAPTION_CREDIT = re.compile(
    r"\((?:[^()]*/[^()]*|[^()]*\b(?:photo|photograph|getty|images?|file|pool|AFP|AP|Reuters)\b[^()]*)\)\s*\.?$",
    re.IGNORECASE,
)
_CAPTION_START = re.compile(r"^(?:FILE\s*[-–—]|PHOTO\s*:|IMAGE\s*:|Pictured\b)", re.IGNORECASE)

# A heading that introduces an editorial box: the heading and the box paragraph after it go.
BOX_HEADINGS = re.compile(
    r"^(?:why we wrote this|editor'?s note|key points|the big picture)\s*:?$",
    re.IGNORECASE,
)


def is_boilerplate(line: str) -> bool:
    """True for a stripped line that is page furniture, a promotion, a credit or a photo caption."""
    if not line:
        return True
    if _FURNITURE.match(line) or BOX_HEADINGS.match(line):
        return True
    if len(line) < 400 and _may_promote(line) and _PROMOTION.search(line):
        return True
    return is_caption(line)


def _may_promote(line: str) -> bool:
    lowered = line.lower()
    return any(piece in lowered for piece in _PROMOTION_PIECES)


def is_caption(line: str) -> bool:
    """A photo caption: short, credited in parentheses at the end, no quotation in it."""
    if _CAPTION_START.match(line):
        return True
    if len(line) > 350 or not _CAPTION_CREDIT.search(line):
        return False
    # Reporting that happens to end in a parenthesis (an acronym, a party) keeps its quotes/verbs.
    return not any(mark in line for mark in '“”"')
