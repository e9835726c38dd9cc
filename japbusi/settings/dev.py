"""A developer's machine: `make run` (debug off, as visitors see it) and `make dev` (debug on)."""

from .base import *  # noqa: F403
from .base import env

# `make dev` sets DEBUG=true; `make run` leaves it off so 404/500 pages are real.
DEBUG = env("DEBUG")
SECRET_KEY = env("SECRET_KEY", default="dev-only-not-secret-japbusi-local-machine")
ALLOWED_HOSTS = env("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
SERVE_MEDIA = True
DEMO_ACCOUNTS_ALLOWED = True
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
