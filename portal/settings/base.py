"""Settings shared by every environment. Environment variables come from ``environment``."""

from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

from django.utils.translation import gettext_lazy as _

from . import environment

BASE_DIR = Path(__file__).resolve().parent.parent.parent

INSTALLED_APPS = [
    "portal",
    "home",
    "guides",
    "careers",
    "search",
    "reports",
    "candidates",
    "api",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v3",
    "ninja",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "csp",
    "allauth",
    "allauth.account",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "portal.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "portal.request_cache.RequestMemoMiddleware",
    "portal.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.LanguagePrefixMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "candidates.middleware.PrivatePagesMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Wagtail's routing of page addresses, remembered until content changes (portal/routing.py).
    "portal.routing.PageRouteMiddleware",
]

# Content-Security-Policy (portal/csp.py): strict on every public page, what Wagtail's admin needs there.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "object-src": [NONE],
    }
}
ADMIN_URL_PREFIXES = ("/admin/",)
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, "'unsafe-inline'"],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:"],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
        "object-src": [NONE],
    }
}
# No avatars from gravatar.com: a foreign origin the admin policy forbids (and a broken image offline).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor a version check against releases.wagtail.org from editors' browsers.
WAGTAIL_ENABLE_UPDATE_CHECK = False

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "candidates.context_processors.language_links",
            ],
        },
    },
]

SECRET_KEY = environment.SECRET_KEY
ALLOWED_HOSTS = environment.ALLOWED_HOSTS or ["127.0.0.1", "localhost", "testserver"]
# Probes come over plain HTTP even where SECURE_SSL_REDIRECT sends everything else to HTTPS.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]

DATABASES = {
    "default": dj_database_url.parse(
        environment.DATABASE_URL or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=60,
        # A connection kept open across requests is checked before reuse (PostgreSQL restarts).
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if environment.REDIS_URL:
    CACHES = {
        "default": {
            # Django's RedisCache, but a Redis outage is a cache miss (portal/redis_cache.py).
            "BACKEND": "portal.redis_cache.ResilientRedisCache",
            "LOCATION": environment.REDIS_URL,
            "KEY_PREFIX": "portal",
            "TIMEOUT": 300,
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",  # the Wagtail admin's username login
    "allauth.account.auth_backends.AuthenticationBackend",  # candidates: e-mail login
]
# Anonymous pages from Redis (portal/page_cache.py), and the edge cache purged on publish.
PAGE_CACHE = environment.PAGE_CACHE
if environment.EDGE_CACHE_PURGE_URL:
    WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": environment.EDGE_CACHE_PURGE_URL,
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: adding one is a line here plus its catalogue in locale/.
LANGUAGE_CODE = "en"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = WAGTAILADMIN_PERMITTED_LANGUAGES = [
    ("en", _("English")),
    ("de", _("German")),
    ("fr", _("French")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
WAGTAIL_I18N_ENABLED = True

STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"
SERVE_MEDIA = environment.SERVE_MEDIA
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "JobFutures"
WAGTAILADMIN_BASE_URL = environment.WAGTAILADMIN_BASE_URL
# Documents are always served by Django (never a redirect to the storage), so that a collection's
# privacy setting applies to every download (docs/editors.md, "What company editors see").
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# The v3 API: at most 50 items a page; a token's last use is recorded at most once a minute.
WAGTAILAPI_LIMIT_MAX = 50
WAGTAILAPI_TOKEN_LAST_USED_INTERVAL = 60
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
# Site search (docs/search.md): the database backend, stemming each language with its own PostgreSQL
# configuration (Wagtail's SQLite backend in the demo), or a search engine: OpenSearch when
# OPENSEARCH_URL is set, Elasticsearch 8/9 when ELASTICSEARCH_URL is. An engine is updated by the
# task worker (search.indexing), never on the request that publishes.
SEARCH_ENGINE_URL = environment.OPENSEARCH_URL or environment.ELASTICSEARCH_URL
if SEARCH_ENGINE_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": (
                "search.backends.opensearch"
                if environment.OPENSEARCH_URL
                else "search.backends.elasticsearch"
            ),
            "URLS": [SEARCH_ENGINE_URL],
            "INDEX_PREFIX": "jobfutures_",
            # Fail fast when the cluster is unreachable: the search page then answers 503.
            "TIMEOUT": 5,
            "OPTIONS": {"max_retries": 1, "retry_on_timeout": False},
            # Saving a page queues its index update (search.indexing) instead of writing inline.
            "AUTO_UPDATE": False,
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}
# Index updates for a search engine wait in the database until `manage.py db_worker --queue-name
# search` runs them (docs/operations.md); other tasks run at once, as before.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "search": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["search"]},
}

WAGTAILLOCALIZE_MACHINE_TRANSLATOR = (
    {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": environment.DEEPL_API_KEY},
    }
    if environment.DEEPL_API_KEY
    else {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# Candidate accounts (django-allauth; docs/operations.md "Candidate pool"). Candidates sign up and
# log in with their e-mail address, which they must verify first; allauth rate-limits logins,
# sign-ups and password resets (failed logins: 10 a minute per IP, 5 in 5 minutes per address).
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "candidates:profile"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "JobFutures: "
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/300s/key"}
# The visitor's address for every per-address limit (allauth's and the contact form's), read from
# X-Forwarded-For behind this many proxies of ours; see docs/operations.md.
ALLAUTH_TRUSTED_PROXY_COUNT = environment.TRUSTED_PROXY_COUNT
DEFAULT_FROM_EMAIL = environment.DEFAULT_FROM_EMAIL
EMAIL_BACKEND = environment.EMAIL_BACKEND
EMAIL_HOST = environment.EMAIL_HOST
EMAIL_PORT = environment.EMAIL_PORT
EMAIL_HOST_USER = environment.EMAIL_HOST_USER
EMAIL_HOST_PASSWORD = environment.EMAIL_HOST_PASSWORD
EMAIL_USE_TLS = environment.EMAIL_USE_TLS
EMAIL_TIMEOUT = 10
# The candidate pool: how many contact requests one company may send in 24 hours, and the version
# of the consent text a candidate agrees to when joining (bump it when the text changes).
CANDIDATE_POOL_DAILY_REQUESTS = 20
CANDIDATE_POOL_CONSENT_VERSION = "2026-12"

# Wagtail's Draftail editor; a posted value that is not the editor's JSON is a form error.
WAGTAILADMIN_RICH_TEXT_EDITORS = {"default": {"WIDGET": "portal.rich_text.RichTextArea"}}
