"""Settings for factcheck, all taken from the environment.

DATABASE_URL  database (default: SQLite file db.sqlite3 in the project folder)
SECRET_KEY    required when DEBUG is off
DEBUG         on by default, for a developer's machine; production sets DEBUG=0
ALLOWED_HOSTS comma-separated host names (default: localhost names only)
DATABASE_REPLICA_URLS  comma-separated URLs of PostgreSQL streaming replicas for the public API's reads
CACHE_URL     redis://host:port/db for a Redis cache (default: a table in the database)

DEBUG defaults to on so that a fresh clone's `manage.py` commands (extract_quotes, ingest, tests)
run with no configuration. A deployment that forgets DEBUG=0 still answers only to localhost
names, and `check --deploy` flags it.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


_TRUE, _FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off"}


def env_bool(name: str, default: bool = False) -> bool:
    """A yes/no setting; anything but the usual words stops start-up (DEBUG=maybe must not mean off)."""
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value not in _TRUE | _FALSE:
        raise ImproperlyConfigured(
            f"{name}={os.environ[name]!r} is not a yes/no value; use one of {', '.join(sorted(_TRUE | _FALSE))}."
        )
    return value in _TRUE


def env_int(name: str, default: int, minimum: int = 0) -> int:
    """A whole number from the environment; anything else stops start-up naming the variable."""
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    if not value.isdecimal() or int(value) < minimum:
        raise ImproperlyConfigured(f"{name} must be a whole number of at least {minimum}, not {value!r}.")
    return int(value)


def env_rate(name: str, default: str) -> str:
    """A throttle rate such as 60/min (DRF's form: a count, then s, min, hour or day)."""
    value = os.environ.get(name, "").strip() or default
    count, _, period = value.partition("/")
    if not (count.isdecimal() and period in {"s", "sec", "second", "m", "min", "minute", "h", "hour", "d", "day"}):
        raise ImproperlyConfigured(f"{name} must be a rate such as 60/min (per s, min, hour or day), not {value!r}.")
    return value


def env_cache(name: str) -> dict[str, str]:
    """The default cache: a Redis URL (redis://, rediss:// or unix://) or, when unset, the database.

    The database cache needs no other service, but each throttled API request costs it about six
    queries; Redis takes them off the database.
    """
    value = os.environ.get(name, "").strip()
    if not value:
        return {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "factcheck_cache"}
    scheme, separator, rest = value.partition("://")
    if scheme not in {"redis", "rediss", "unix"} or not separator or not rest:
        raise ImproperlyConfigured(
            f"{name} must be a Redis URL such as redis://127.0.0.1:6379/0 (or unset for the database cache), "
            f"not {value!r}."
        )
    return {"BACKEND": "factcheck.redis_cache.RedisCache", "LOCATION": value}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", default=True)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    # Only ever used with DEBUG on, on a developer's machine.
    SECRET_KEY = "django-insecure-local-development-only"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "corsheaders",
    "rest_framework",
    "knox",
    "axes",
    "csp",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    # Autocomplete list filters for the admin (speakers, outlets): thousands of choices, typed not listed.
    "dalf",
    "sources",
    "claims",
    "pages",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # An ETag on every GET answer (the claim's version, or a hash of the body), and 304 for If-None-Match.
    "django.middleware.http.ConditionalGetMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "factcheck.replicas.ReplicaReadsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into its 429 answer.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "factcheck.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "factcheck.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
    )
}


def _replica(url: str, number: int) -> dict:
    try:
        replica = dj_database_url.parse(url, conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")))
    except ValueError as error:
        message = f"DATABASE_REPLICA_URLS: replica {number} is not a database URL ({error})."
        raise ImproperlyConfigured(message) from None
    # Tests read the replicas' rows from the test database itself.
    replica["TEST"] = {"MIRROR": "default"}
    return replica


for _number, _url in enumerate(env_list("DATABASE_REPLICA_URLS"), 1):
    DATABASES[f"replica_{_number}"] = _replica(_url, _number)
# Aliases that serve the public API's anonymous reads (factcheck/replicas.py).
DATABASE_REPLICAS = [alias for alias in DATABASES if alias != "default"]
DATABASE_ROUTERS = ["factcheck.replicas.ReplicaRouter"]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# One cache for every server process (gunicorn workers included), so a throttle counts a client's
# requests across all of them. By default a table in the database: no other service to run (the
# migration claims/migrations/0010_cache_table.py creates it). CACHE_URL=redis://... uses Redis instead.
CACHES = {"default": env_cache("CACHE_URL")}

# django-axes checks each sign-in first and refuses one from a locked-out client.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Compressed but not hashed names, so pages render before (or without) collectstatic.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
# Serves static files straight from the apps when collectstatic has not run (development, tests).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

REST_FRAMEWORK = {
    # The token scheme first: DRF then answers a request without valid credentials with 401 and
    # `WWW-Authenticate: Token` (with the session scheme first it would be a 403).
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "factcheck.api.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_THROTTLE_CLASSES": [
        "factcheck.api.throttling.AnonymousRateThrottle",
        "factcheck.api.throttling.UserRateThrottle",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["claims.api.permissions.ReadOnlyOrModelPermission"],
    # Ordering is a filter of each FilterSet, where an unknown field is a 400 (DRF's own ordering
    # backend would silently ignore it), so django-filter is the only backend; it also refuses unknown parameters.
    "DEFAULT_FILTER_BACKENDS": ["listing.backends.StrictFilterBackend"],
    "DEFAULT_PARSER_CLASSES": [
        "claims.api.parsers.JSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_PAGINATION_CLASS": "listing.pagination.CappedPageNumberPagination",
    "PAGE_SIZE": 20,
    "DEFAULT_SCHEMA_CLASS": "claims.api.schema.AutoSchema",
    "EXCEPTION_HANDLER": "claims.api.exceptions.exception_handler",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "factcheck API",
    "DESCRIPTION": "Quoted claims from news articles with their speakers, affiliations, sources and verdicts.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Assets come from drf-spectacular-sidecar so the docs work with no internet access.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {
        "ClaimKindEnum": "claims.models.Claim.Kind",
        "SpeakerKindEnum": "claims.models.Speaker.Kind",
        "VerificationStatusEnum": "claims.models.VerificationStatus",
    },
}

# Browser tools on any site may read the API (no cookies, no writes): GET, HEAD and the preflight.
CORS_ALLOW_ALL_ORIGINS = True
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_ALLOW_CREDENTIALS = False
CORS_EXPOSE_HEADERS = ("ETag", "Link", "X-Total-Count", "X-Total-Count-Is-Exact")

SIMPLE_HISTORY_REVERT_DISABLED = True

# bench/bench_api_scale.py's raw-SQL floor views at /bench/floor/<case>/; never on in production.
BENCH_FLOOR_VIEWS = env_bool("BENCH_FLOOR_VIEWS")

# Requests per client to the API before a 429 with Retry-After: anonymous clients by IP address,
# signed-in users by account. Read at each request (factcheck/api/throttling.py).
API_THROTTLE_RATES = {
    "anonymous": env_rate("API_THROTTLE_ANONYMOUS", "60/min"),
    "user": env_rate("API_THROTTLE_USER", "600/min"),
}

# API tokens (django-rest-knox): only a SHA-512 digest is stored; each token expires.
REST_KNOX = {
    "TOKEN_TTL": timedelta(days=env_int("API_TOKEN_TTL_DAYS", 30, minimum=1)),
    "AUTH_HEADER_PREFIX": "Token",
}

# Sign-in lockout (django-axes), for the admin and /api/auth/login/ alike: after
# LOGIN_FAILURE_LIMIT failed attempts for one user name from one address, that pair is refused
# (429) for LOGIN_COOLOFF_MINUTES, even with the right password. Locking the pair rather than the
# name alone keeps an attacker from locking a reviewer out from elsewhere.
AXES_ENABLED = env_bool("LOGIN_LOCKOUT", True)
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_COOLOFF_MINUTES", 15, minimum=1))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False

# Content-Security-Policy (django-csp): scripts, styles, images and fonts only from this site, so
# an injected <script> or a page framing ours does nothing. Styles may be inline: the admin's
# widgets and Swagger UI set style attributes. The API docs' start-up script is its own file
# (SpectacularSwaggerSplitView) so scripts need no 'unsafe-inline'.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "worker-src": ["'self'", "blob:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
