"""Settings shared by every environment; each environment variable is declared once here."""

from pathlib import Path

import environ
from django.utils.csp import CSP
from psycopg_pool import ConnectionPool

from grievances.conf import from_environment as grievance_settings_from_environment

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

# Every environment variable the project reads, with its type and default.
# Security values (SECRET_KEY, ALLOWED_HOSTS) have no default here: the
# production settings read them without one, so a missing value stops start-up.
env = environ.Env(
    SECRET_KEY=(str, environ.Env.NOTSET),
    ALLOWED_HOSTS=(list, environ.Env.NOTSET),
    CSRF_TRUSTED_ORIGINS=(list, []),
    DEBUG=(bool, False),
    DATABASE_URL=(str, f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
    DATABASE_POOL=(bool, True),
    DATABASE_CONN_MAX_AGE=(int, 0),
    CACHE_URL=(str, "locmemcache://"),
    PAGE_CACHE_URL=(str, ""),
    PAGE_CACHE_ENABLED=(bool, True),
    PAGE_CACHE_SECONDS=(int, 600),
    PAGE_CACHE_SHARED_MAX_AGE=(int, 0),
    FRONTEND_CACHE=(str, ""),
    FRONTEND_CACHE_URL=(str, ""),
    FRONTEND_CACHE_ZONE=(str, ""),
    FRONTEND_CACHE_TOKEN=(str, ""),
    SEARCH_BACKEND=(str, "database"),
    SEARCH_URL=(str, ""),
    SEARCH_INDEX_PREFIX=(str, "japbusi"),
    MEDIA_ROOT=(str, str(BASE_DIR / "media")),
    PRIVATE_MEDIA_ROOT=(str, str(BASE_DIR / "private_media")),
    STATIC_ROOT=(str, str(BASE_DIR / "static_collected")),
    SERVE_MEDIA=(bool, False),
    SITE_BASE_URL=(str, "http://127.0.0.1:8000"),
    EMAIL_URL=(str, "smtp://localhost:25"),
    DEFAULT_FROM_EMAIL=(str, "JAPBUSI <noreply@localhost>"),
    SECURE_SSL_REDIRECT=(bool, True),
    SECURE_HSTS_SECONDS=(int, 31_536_000),
    STAFF_SESSION_IDLE_MINUTES=(int, 30),
    STAFF_SESSION_ABSOLUTE_HOURS=(int, 12),
    SECOND_FACTOR_SETUP_HOURS=(int, 72),
    LOGIN_MAX_FAILURES=(int, 5),
    LOGIN_COOL_OFF_MINUTES=(int, 15),
    TRUSTED_PROXY_COUNT=(int, 0),
    TIME_ZONE=(str, "Asia/Jakarta"),
    LOG_LEVEL=(str, "INFO"),
    TASKS_BACKEND=(str, "immediate"),
    TASKS_MAX_WAIT_SECONDS=(int, 300),
)

DEBUG = env("DEBUG")

INSTALLED_APPS = [
    "home",
    "articles",
    "knowledge",
    "grievances",
    "search",
    "accounts",
    "operations",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Wagtail's search index uses PostgreSQL's GIN indexes when the database is PostgreSQL.
    "django.contrib.postgres",
]

MIDDLEWARE = [
    # The header middlewares come first, so every response gets the headers, also one served
    # from a cache by a middleware further down. Wagtail's preview sets its own SAMEORIGIN.
    "japbusi.middleware.SecurityHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages leave compressed (static files already are); CSRF tokens are masked per response,
    # which is Django's answer to BREACH.
    "django.middleware.gzip.GZipMiddleware",
    # After every middleware that adds headers, so pages served from the cache carry them too;
    # before sessions, CSRF and authentication, which a cached page does not need.
    "home.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "home.middleware.PublicLookupsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # The second sign-in step, the session time-outs; order checked by accounts/checks.py.
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.SessionTimeoutMiddleware",
    "accounts.middleware.SecondFactorMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "japbusi.urls"

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
                "japbusi.context_processors.site_links",
            ],
        },
    },
]

WSGI_APPLICATION = "japbusi.wsgi.application"

# Database: SQLite by default, PostgreSQL (psycopg 3 with Django's own
# connection pool) when DATABASE_URL points at it.
DATABASES = {"default": env.db_url("DATABASE_URL")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    if env("DATABASE_POOL"):
        # After PostgreSQL restarts, each pooled connection is checked before use (one round
        # trip) so no request gets a dead one; a request waits at most 10 s for a connection.
        DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
            "check": ConnectionPool.check_connection,
            "timeout": 10,
        }
    else:
        DATABASES["default"]["CONN_MAX_AGE"] = env("DATABASE_CONN_MAX_AGE")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache_url("CACHE_URL")}
# Redis down must not take the site down: the resilient backend misses instead of failing.
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    CACHES["default"]["BACKEND"] = "operations.cache.ResilientRedisCache"
# The full-page cache and the content generation that invalidates every cached object must be
# shared by all worker processes: PAGE_CACHE_URL if given, else the default cache when it is
# shared (Redis), else files under cache/pages (one machine, any number of processes).
if env("PAGE_CACHE_URL"):
    CACHES["pages"] = env.cache_url("PAGE_CACHE_URL")
    if CACHES["pages"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
        CACHES["pages"]["BACKEND"] = "operations.cache.ResilientRedisCache"
elif CACHES["default"]["BACKEND"].endswith("LocMemCache"):
    CACHES["pages"] = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(BASE_DIR / "cache" / "pages"),
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
else:
    CACHES["pages"] = {**CACHES["default"], "KEY_PREFIX": "pages"}
PAGE_CACHE_ALIAS = "pages"
PAGE_CACHE_ENABLED = env("PAGE_CACHE_ENABLED")
# A stored page lives at most this long; publishing empties the cache sooner.
PAGE_CACHE_SECONDS = env("PAGE_CACHE_SECONDS")
# Each worker process also keeps this many of the pages it served last (home.middleware.LocalPages).
PAGE_CACHE_LOCAL_PAGES = 200
# When a CDN sits in front (FRONTEND_CACHE), cacheable pages tell it how long it may keep them.
PAGE_CACHE_SHARED_MAX_AGE = env("PAGE_CACHE_SHARED_MAX_AGE")
# Never served from or stored in the page cache, whatever the response says.
PAGE_CACHE_EXCLUDED_PATHS = [
    r"^/admin/",
    r"^/documents/",
    r"^/media/",
    r"^(/en)?/rujukan/",
    r"^/healthz/",
    r"^/readyz/",
]
# Any change to a model of these apps (besides Wagtail's pages, images, documents, settings,
# sites, locales and view restrictions) makes every cached page stale.
PAGE_CACHE_CONTENT_APPS = ["home", "articles", "knowledge"]

# Frontend-cache (CDN) purging on publish through Wagtail's own module; off unless FRONTEND_CACHE
# names a backend: "cloudflare" (FRONTEND_CACHE_ZONE, FRONTEND_CACHE_TOKEN) or "http" (a
# reverse proxy such as Varnish or nginx accepting PURGE at FRONTEND_CACHE_URL).
FRONTEND_CACHE = env("FRONTEND_CACHE")
if FRONTEND_CACHE == "cloudflare":
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": env("FRONTEND_CACHE_TOKEN"),
            "ZONEID": env("FRONTEND_CACHE_ZONE"),
        }
    }
elif FRONTEND_CACHE == "http":
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": env("FRONTEND_CACHE_URL"),
        }
    }
elif FRONTEND_CACHE:
    raise environ.ImproperlyConfigured(
        f"FRONTEND_CACHE must be cloudflare, http or empty, not {FRONTEND_CACHE!r}"
    )
else:
    WAGTAILFRONTENDCACHE = {}

# Background tasks (operations/queue.py, docs/deployment.md "Task queue"): "immediate" runs them
# in the web process (the embedded default); "database" queues them in PostgreSQL for
# `manage.py task_worker` processes, with retries and recovery of a killed worker's task.
TASKS_BACKENDS_BY_NAME = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "operations.queue.QueueBackend",
}
TASKS_BACKEND = env("TASKS_BACKEND")
if TASKS_BACKEND not in TASKS_BACKENDS_BY_NAME:
    raise environ.ImproperlyConfigured(
        f"TASKS_BACKEND must be one of {', '.join(TASKS_BACKENDS_BY_NAME)}, not {TASKS_BACKEND!r}"
    )
TASKS = {"default": {"BACKEND": TASKS_BACKENDS_BY_NAME[TASKS_BACKEND]}}
if TASKS_BACKEND == "database":
    INSTALLED_APPS += ["django_tasks_db"]
# A failed task runs again after TASK_RETRY_SECONDS, doubling each time, TASK_MAX_ATTEMPTS runs in
# all; a worker silent for TASK_WORKER_LEASE_SECONDS is taken for dead and its task queued again.
TASK_MAX_ATTEMPTS = 5
TASK_RETRY_SECONDS = 30
TASK_WORKER_LEASE_SECONDS = 60
# /readyz/ fails when a task has waited longer than this for a worker.
TASKS_MAX_WAIT_SECONDS = env("TASKS_MAX_WAIT_SECONDS")
# What cron did, queued by the workers (operations/schedule.py); with TASKS_BACKEND=immediate the
# management commands in docs/deployment.md run from cron instead.
TASK_SCHEDULE = [
    {"task": "grievances.cases.notifications.retry_staff_notifications", "every": 300},
    {"task": "grievances.cases.notifications.send_overdue_digests_task", "at": "07:00"},
    {"task": "grievances.privacy.retention.apply_retention_task", "at": "02:30"},
    {"task": "operations.tasks.clear_expired_sessions", "at": "03:00"},
    {"task": "grievances.tracker.queued_exports.delete_expired_exports_task", "every": 3600},
]

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.BCryptSHA256PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
    # Only for reporters' random secrets, never for passwords (see grievances/cases/hashers.py).
    "grievances.cases.hashers.ReporterSecretHasher",
]

# Every password check goes through the sign-in throttle (accounts/throttle.py).
AUTHENTICATION_BACKENDS = ["accounts.backends.ThrottledModelBackend"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Indonesian first (served at /), English second (served at /en/).
LANGUAGE_CODE = "id"
LANGUAGES = [
    ("id", "Bahasa Indonesia"),
    ("en", "English"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Our own catalogue first, then the supplement that completes Wagtail's
# Indonesian admin catalogue; both take precedence over the apps' catalogues.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_wagtail"]
TIME_ZONE = env("TIME_ZONE")
# One way of writing dates across the site and the admin ("4 Desember 2026 14:05").
FORMAT_MODULE_PATH = ["japbusi.formats"]
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = env("STATIC_ROOT")
STATIC_URL = "/static/"
MEDIA_ROOT = env("MEDIA_ROOT")
MEDIA_URL = "/media/"
# The embedded server serves uploaded media itself; behind a reverse proxy
# the proxy (or object storage) does.
SERVE_MEDIA = env("SERVE_MEDIA")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Case files: outside MEDIA_ROOT, no public URL; staff download them through a view that
    # checks permissions.
    "private": {
        "BACKEND": "grievances.cases.storage.PrivateFileSystemStorage",
        "OPTIONS": {"location": env("PRIVATE_MEDIA_ROOT")},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

_email = env.email_url("EMAIL_URL")
MAILERS = {"default": {"BACKEND": _email["EMAIL_BACKEND"]}}
if _email["EMAIL_BACKEND"].endswith("smtp.EmailBackend"):
    MAILERS["default"]["OPTIONS"] = {
        "host": _email["EMAIL_HOST"],
        "port": _email["EMAIL_PORT"],
        "username": _email.get("EMAIL_HOST_USER", ""),
        "password": _email.get("EMAIL_HOST_PASSWORD", ""),
        "use_tls": _email.get("EMAIL_USE_TLS", False),
        "use_ssl": _email.get("EMAIL_USE_SSL", False),
    }
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL")

# Wagtail
WAGTAIL_SITE_NAME = "JAPBUSI"
# No avatars from gravatar.com: each would send a staff member's email hash to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The admin asks no other host for anything: no check for new Wagtail releases from the browser,
# no "what's new" banner linking to wagtail.org.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAILADMIN_BASE_URL = env("SITE_BASE_URL")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Library files larger than this carry a warning for readers on a phone data plan.
KNOWLEDGE_LARGE_FILE_BYTES = 2 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "webp", "png": "webp", "jpeg": "webp", "gif": "webp"}
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# The case-safety review approves as the last step of the editorial workflow; its reviewers hold
# no publishing permission of their own (see grievances/publication/workflow_finish.py).
WAGTAIL_FINISH_WORKFLOW_ACTION = "grievances.publication.workflow_finish.publish_workflow_state"
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Pages and snippets show their history to editors; the log keeps no page content.
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_MODERATION_ENABLED = True

# Search: Wagtail's database backend by default (PostgreSQL full-text with a
# per-language configuration, SQLite FTS5 on the embedded default);
# Elasticsearch or OpenSearch when SEARCH_BACKEND names one.
SEARCH_BACKENDS_BY_NAME = {
    "database": "search.backend",
    "elasticsearch8": "wagtail.search.backends.elasticsearch8",
    "elasticsearch9": "wagtail.search.backends.elasticsearch9",
    "opensearch2": "wagtail.search.backends.opensearch2",
    "opensearch3": "wagtail.search.backends.opensearch3",
}
SEARCH_BACKEND = env("SEARCH_BACKEND")
if SEARCH_BACKEND not in SEARCH_BACKENDS_BY_NAME:
    raise environ.ImproperlyConfigured(
        f"SEARCH_BACKEND must be one of {', '.join(SEARCH_BACKENDS_BY_NAME)}, not {SEARCH_BACKEND!r}"
    )
if SEARCH_BACKEND == "database":
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": SEARCH_BACKENDS_BY_NAME["database"]}}
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": SEARCH_BACKENDS_BY_NAME[SEARCH_BACKEND],
            "URLS": [env("SEARCH_URL")],
            "INDEX_PREFIX": env("SEARCH_INDEX_PREFIX"),
            "TIMEOUT": 5,
        }
    }

# Security headers (japbusi/middleware.py and Django's SecurityMiddleware; HSTS in production).
SECURE_CONTENT_TYPE_NOSNIFF = True
# Not no-referrer: CSRF checks a POST's Origin/Referer, and the partner answer page posts a form.
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Browser features no page of the site uses are switched off, for the page and anything it frames.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "bluetooth",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
    )
)
# The public site: no inline script or style at all, so no nonce is needed and a cached page
# stays valid. Videos are framed only after the reader presses play (static/js/embed.js).
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "media-src": [CSP.SELF],
    "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    # Violations go to the server log (japbusi/csp_report.py), at most 60 a minute.
    "report-uri": ["/csp-report/"],
}
# The admin: reported by the browser, not enforced, until Wagtail's admin needs no inline style.
# Frames itself for the page preview.
SECURE_CSP_REPORT_ONLY = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:", "blob:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.SELF],
    "report-uri": ["/csp-report/"],
}
SESSION_COOKIE_HTTPONLY = True
# Sessions: server-side rows that know their user (accounts/sessions.py), so signing out,
# deactivation and a new password end them on the server. A signed-in session ends after this
# long without activity, and in any case this long after sign-in.
SESSION_ENGINE = "accounts.sessions"
STAFF_SESSION_IDLE_SECONDS = env("STAFF_SESSION_IDLE_MINUTES") * 60
STAFF_SESSION_ABSOLUTE_SECONDS = env("STAFF_SESSION_ABSOLUTE_HOURS") * 60 * 60
SESSION_COOKIE_AGE = STAFF_SESSION_ABSOLUTE_SECONDS
# An account without an authenticator may set one up only this long after it was created (or
# after a system owner opened the set-up again): a forgotten account cannot be taken over by
# whoever learns its password (accounts.models.SecondFactorSetup).
SECOND_FACTOR_SETUP_HOURS = env("SECOND_FACTOR_SETUP_HOURS")
# Sign-in: wrong passwords and codes per username and client address, then a cool-off.
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.forms.LoginForm"
LOGIN_MAX_FAILURES = env("LOGIN_MAX_FAILURES")
LOGIN_COOL_OFF_SECONDS = env("LOGIN_COOL_OFF_MINUTES") * 60
# Proxies in front that append to X-Forwarded-For; 0 uses the connection's own address.
TRUSTED_PROXY_COUNT = env("TRUSTED_PROXY_COUNT")
# The name authenticator apps show beside the account.
OTP_TOTP_ISSUER = "JAPBUSI"
CSRF_COOKIE_HTTPONLY = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Partner-link tokens are masked in every line (grievances/referrals/logmask.py).
    "filters": {"partner_tokens": {"()": "grievances.referrals.logmask.MaskPartnerTokens"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["partner_tokens"]}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL")},
    # Every in-process task would otherwise log two lines; pikepdf logs one line at import.
    "loggers": {"django_tasks": {"level": "WARNING"}, "pikepdf": {"level": "WARNING"}},
}

# The grievance module's settings (GRIEVANCE_*): each declared once, with its default and what it
# does, in grievances/conf.py. Those marked there may be set from the environment as well.
globals().update(grievance_settings_from_environment(env))
CSRF_FAILURE_VIEW = "grievances.intake.views.csrf_failure"

# Demo accounts with published passwords exist only on a developer's machine.
DEMO_ACCOUNTS_ALLOWED = False
