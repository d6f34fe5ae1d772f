from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower


class Outlet(models.Model):
    """A publication that articles come from (a newspaper, broadcaster or site)."""

    name = models.CharField(max_length=200)
    url = models.URLField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(Lower("name"), name="sources_outlet_name_unique_ci"),
            models.CheckConstraint(condition=~Q(name=""), name="sources_outlet_name_not_empty"),
        ]

    def __str__(self):
        return self.name


class Article(models.Model):
    """One news article as ingested: its metadata and the body text its claims point into."""

    outlet = models.ForeignKey(Outlet, on_delete=models.PROTECT, related_name="articles", null=True, blank=True)
    title = models.CharField(max_length=500, blank=True)
    byline = models.CharField(max_length=300, blank=True)
    published = models.DateField(null=True, blank=True, help_text="Publication date, when the article gives it.")
    url = models.URLField(max_length=1000, null=True, blank=True)
    language = models.CharField(max_length=12, default="en")
    body = models.TextField()
    body_sha256 = models.CharField(
        max_length=64, editable=False, help_text="SHA-256 of the normalised body: the same article is stored once."
    )
    origin_file = models.CharField(max_length=500, blank=True, help_text="File name the article was read from.")
    ingested_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-published", "-ingested_at"]
        constraints = [
            models.UniqueConstraint(fields=["body_sha256"], name="sources_article_body_unique"),
            models.UniqueConstraint(fields=["url"], condition=Q(url__isnull=False), name="sources_article_url_unique"),
            models.CheckConstraint(condition=~Q(body=""), name="sources_article_body_not_empty"),
        ]
        # With the id, a date range's articles come from the index alone (a claims list by status and
        # date hashes them: 50 ms reading 20,000 articles' rows, 2 ms from the index), and the
        # article list's order (-published, -id) is the index read backwards.
        indexes = [models.Index(fields=["published", "id"], name="sources_article_published")]

    def __str__(self):
        label = self.title or self.origin_file or f"Article {self.pk}"
        return f"{label} ({self.outlet})" if self.outlet_id else label
