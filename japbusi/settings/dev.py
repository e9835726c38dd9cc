"""A developer's machine: `make run` (debug off, as visitors see it) and `make dev` (debug on)."""

import os

from .base import *  # noqa: F403
from .base import env

# `make dev` sets DEBUG=true; `make run` leaves it off so 404/500 pages are real.
DEBUG = env("DEBUG")
SECRET_KEY = env("SECRET_KEY", default="dev-only-not-secret-japbusi-local-machine")
ALLOWED_HOSTS = env("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
SERVE_MEDIA = True
DEMO_ACCOUNTS_ALLOWED = True
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}

# `make run` serves with several gunicorn processes: every count of failed attempts (status lookups,
# staff sign-in) must be shared by all of them, so the default cache is files under cache/default
# unless CACHE_URL names another (a per-process memory cache would let each process count alone).
if "CACHE_URL" not in os.environ:
    CACHES["default"] = {  # noqa: F405
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(BASE_DIR / "cache" / "default"),  # noqa: F405
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    }
