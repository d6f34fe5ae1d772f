"""The public pages: search, a speaker, a claim; each view reads through pages.queries and renders."""

from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_safe

from claims.context import quote_in_paragraph
from pages import queries
from pages.forms import SearchForm, SpeakerClaimsForm
from pages.markup import claim_review, reviewer_name, shorten
from pages.permalinks import claim_path, speaker_path
from pages.scorecard import chart
from pages.verdicts import has_verdict, public_label, scorecard_rows


@require_safe
def home(request):
    form = SearchForm(request.GET)
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    context = {
        "form": form,
        "query": query,
        "speakers": queries.find_speakers(query) if query else [],
        "claims": queries.find_claims(query) if query else [],
        "verdicts": queries.current_verdicts(),
    }
    return render(request, "pages/home.html", context, status=200 if form.is_valid() else 400)


@require_safe
def speaker(request, pk: int, slug: str = ""):
    speaker = queries.public_speaker(pk)
    if speaker is None:
        raise Http404("No such speaker.")
    canonical = speaker_path(speaker)
    if request.path != canonical:
        return _moved(request, canonical)
    form = SpeakerClaimsForm(request.GET)
    valid = form.is_valid()
    claims, next_cursor = (
        queries.speaker_claims(speaker, form.filters(), after=form.cleaned_data["after"]) if valid else ([], None)
    )
    params = request.GET.copy()
    params.pop("after", None)
    first_query = params.urlencode()
    next_query = None
    if next_cursor is not None:
        params["after"] = str(next_cursor)
        next_query = params.urlencode()
    context = {
        "speaker": speaker,
        # Not the forms that only respell the name ('barack-obama', a slug an archive used).
        "aliases": sorted(alias.name for alias in speaker.aliases.all() if alias.name_key != speaker.name_key),
        "roles": queries.stated_affiliations(speaker),
        "chart": chart(scorecard_rows(queries.speaker_status_counts(speaker))),
        "form": form,
        "filtered": valid and form.is_filtered(),
        "claims": claims,
        "first_page": valid and form.cleaned_data["after"] is None,
        "first_query": first_query,
        "next_query": next_query,
        "canonical_url": request.build_absolute_uri(canonical),
        "feed_path": reverse("pages:speaker-feed-atom", kwargs={"pk": speaker.pk}),
    }
    return render(request, "pages/speaker.html", context, status=200 if valid else 400)


@require_safe
def claim(request, pk: int, slug: str = ""):
    claim = queries.public_claim(pk)
    if claim is None:
        raise Http404("No such claim.")
    canonical = claim_path(claim)
    if request.path != canonical:
        return _moved(request, canonical)
    page_url = request.build_absolute_uri(canonical)
    article = claim.article
    in_context = None
    if article is not None and claim.start is not None:
        in_context = quote_in_paragraph(article.body, claim.start, claim.end)
    current = claim.verdicts[0] if has_verdict(claim.status) and claim.verdicts else None
    label = public_label(claim.status)
    context = {
        "claim": claim,
        "article": article,
        "in_context": in_context,
        "source_url": claim.source_url or (article.url if article and article.url else ""),
        "current": current,
        "current_by": reviewer_name(current) if current else "",
        "earlier": claim.verdicts[1:] if current else claim.verdicts,
        "markup": claim_review(claim, current, page_url=page_url) if current else None,
        "canonical_url": page_url,
        "card_title": f"{claim.speaker.name}: “{shorten(claim.text, 90)}”",
        "card_description": f"{label}. {shorten(current.rationale)}" if current else f"{label}: {claim.text}",
    }
    return render(request, "pages/claim.html", context)


@require_safe
def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("pages:sitemap"))
    lines = [
        "User-agent: *",
        # The public pages are for crawlers; the review desk and the raw API are not.
        "Disallow: /admin/",
        "Disallow: /api/",
        f"Sitemap: {sitemap}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def _moved(request, canonical: str):
    """A wrong or missing slug: the claim's one address, keeping the query string."""
    query = request.META.get("QUERY_STRING", "")
    return redirect(f"{canonical}?{query}" if query else canonical, permanent=True)
