from django.contrib.sitemaps import views as sitemap_views
from django.urls import path

from pages import feeds, views
from pages.sitemaps import SITEMAPS

app_name = "pages"

urlpatterns = [
    path("", views.home, name="home"),
    path("speakers/<int:pk>-<slug:slug>/", views.speaker, name="speaker"),
    path("speakers/<int:pk>/", views.speaker, name="speaker-by-id"),
    path("speakers/<int:pk>/verdicts.rss", feeds.SpeakerVerdictsFeed(), name="speaker-feed-rss"),
    path("speakers/<int:pk>/verdicts.atom", feeds.AtomSpeakerVerdictsFeed(), name="speaker-feed-atom"),
    path("claims/<int:pk>-<slug:slug>/", views.claim, name="claim"),
    path("claims/<int:pk>/", views.claim, name="claim-by-id"),
    path("verdicts.rss", feeds.VerdictsFeed(), name="feed-rss"),
    path("verdicts.atom", feeds.AtomVerdictsFeed(), name="feed-atom"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "pages:sitemap-section"},
        name="sitemap",
    ),
    path("sitemap-<section>.xml", sitemap_views.sitemap, {"sitemaps": SITEMAPS}, name="sitemap-section"),
    path("robots.txt", views.robots_txt, name="robots"),
]
