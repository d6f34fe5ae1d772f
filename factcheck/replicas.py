"""Reads of the public API from PostgreSQL streaming replicas; everything else on the primary.

DATABASE_REPLICA_URLS lists the replicas (settings.py makes them the aliases in
settings.DATABASE_REPLICAS). ReplicaReadsMiddleware marks a request as one a replica may serve:
a GET, HEAD or OPTIONS under /api/ by an anonymous client. The router then sends that request's
reads to a replica, chosen at random per query. Writes always go to the primary, and so do the
reads of the admin and of signed-in users (session or token), who must see their own writes at
once; anonymous readers may see an answer a replica's lag (usually well under a second) old.
Without replicas, the router has no opinion and everything uses "default".
"""

import random
from contextvars import ContextVar

from django.conf import settings

_replica_reads = ContextVar("replica_reads", default=False)
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def replica_may_serve(request) -> bool:
    signed_in = "HTTP_AUTHORIZATION" in request.META or settings.SESSION_COOKIE_NAME in request.COOKIES
    return request.method in READ_METHODS and request.path.startswith("/api/") and not signed_in


class ReplicaReadsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _replica_reads.set(bool(settings.DATABASE_REPLICAS) and replica_may_serve(request))
        try:
            return self.get_response(request)
        finally:
            _replica_reads.reset(token)


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        # The database cache holds the throttles' counters: they must be read where they are written.
        if _replica_reads.get() and settings.DATABASE_REPLICAS and model._meta.app_label != "django_cache":
            return random.choice(settings.DATABASE_REPLICAS)
        return "default"

    def db_for_write(self, model, **hints):
        # Also for rows read from a replica: Django would otherwise save them where they came from.
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the replicas hold the primary's rows

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db not in settings.DATABASE_REPLICAS  # replicas follow the primary's schema
