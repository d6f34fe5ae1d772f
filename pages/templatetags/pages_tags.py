import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from pages.permalinks import claim_path, speaker_path
from pages.verdicts import public_label, public_status

register = template.Library()

# As django's json_script: nothing in the data can close the <script> element it sits in.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def jsonld(data: dict) -> str:
    """A JSON-LD <script> element (data, not code: a Content-Security-Policy lets it through)."""
    text = json.dumps(data, ensure_ascii=False, indent=1).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


@register.simple_tag
def verdict_badge(status: str) -> str:
    # A tag rather than an included template: lists draw one per claim, and an include costs ten times more.
    return format_html('<span class="verdict verdict-{}">{}</span>', public_status(status), public_label(status))


@register.filter
def claim_url(claim) -> str:
    return claim_path(claim)


@register.filter
def speaker_url(speaker) -> str:
    return speaker_path(speaker)
