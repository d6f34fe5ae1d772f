"""Splitting an affiliation as stated into a role and an organisation."""

import re

# "senior fellow at the Institute of ...", "an expert from the Higher School of Economics"
_ROLE_AT_ORG = re.compile(r"^(?P<role>.+?)\s+(?:at|from|with)\s+(?:the\s+)?(?P<org>[A-Z].+)$")
_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.I)
# "..., a British think tank": a description of the organisation, not part of its name.
_TRAILING_DESCRIPTION = re.compile(r",\s+(?:a|an|the)\s+.*$")
# "University of New South Wales in Sydney": the place is not part of the name.
_TRAILING_PLACE = re.compile(r"\s+in\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*$")


def split_affiliation(stated: str | None) -> tuple[str, str | None]:
    """'maritime security research fellow at Nanyang Technological University in Singapore'
    -> ('maritime security research fellow', 'Nanyang Technological University')."""
    stated = " ".join((stated or "").split())
    if not stated:
        return "", None
    match = _ROLE_AT_ORG.match(stated)
    if not match:
        return _ARTICLE.sub("", stated), None
    org = _TRAILING_PLACE.sub("", _TRAILING_DESCRIPTION.sub("", match["org"])).strip(" ,.")
    return _ARTICLE.sub("", match["role"]).strip(" ,"), org or None
