"""New verdicts as RSS and Atom feeds, overall and per speaker (Django's syndication framework)."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from claims.models import Review, Speaker
from pages import queries
from pages.markup import reviewer_name, shorten
from pages.permalinks import claim_path, speaker_path

FEED_ITEMS = 50


class VerdictsFeed(Feed):
    """The newest verdicts on public claims, as RSS 2.0."""

    title = "factcheck: new verdicts"
    description = "The latest verdicts on quoted claims, newest first."
    link = "/"

    def items(self):
        return queries.recent_verdicts(limit=FEED_ITEMS)

    def item_title(self, review: Review) -> str:
        claim = review.claim
        return f"{review.get_verdict_display()}: {claim.speaker.name}, “{shorten(claim.text, 120)}”"

    def item_description(self, review: Review) -> str:
        return review.rationale or review.get_verdict_display()

    def item_link(self, review: Review) -> str:
        return claim_path(review.claim)

    def item_guid(self, review: Review) -> str:
        # A claim may get a second verdict; each verdict is its own item.
        return f"{claim_path(review.claim)}#verdict-{review.pk}"

    item_guid_is_permalink = False

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        # An entry's id must be absolute (Atom requires an IRI); the framework makes only links absolute.
        for item in feed.items:
            item["unique_id"] = request.build_absolute_uri(item["unique_id"])
        return feed

    def item_pubdate(self, review: Review):
        return review.created_at

    def item_author_name(self, review: Review) -> str:
        return reviewer_name(review)


class AtomVerdictsFeed(VerdictsFeed):
    feed_type = Atom1Feed
    subtitle = VerdictsFeed.description


class SpeakerVerdictsFeed(VerdictsFeed):
    """The newest verdicts on one speaker's claims."""

    def get_object(self, request, pk: int) -> Speaker:
        speaker = queries.public_speaker(pk)
        if speaker is None:
            raise Http404("No such speaker.")
        return speaker

    def title(self, speaker: Speaker) -> str:
        return f"factcheck: new verdicts on {speaker.name}"

    def description(self, speaker: Speaker) -> str:
        return f"The latest verdicts on claims by {speaker.name}, newest first."

    def link(self, speaker: Speaker) -> str:
        return speaker_path(speaker)

    def feed_url(self, speaker: Speaker) -> str:
        return reverse("pages:speaker-feed-rss", kwargs={"pk": speaker.pk})

    def items(self, speaker: Speaker):
        return queries.recent_verdicts(speaker=speaker, limit=FEED_ITEMS)


class AtomSpeakerVerdictsFeed(SpeakerVerdictsFeed):
    feed_type = Atom1Feed

    def subtitle(self, speaker: Speaker) -> str:
        return self.description(speaker)

    def feed_url(self, speaker: Speaker) -> str:
        return reverse("pages:speaker-feed-atom", kwargs={"pk": speaker.pk})
