"""Production settings for benchmarks over plain HTTP on 127.0.0.1, with the fill-time spam check off."""

from japbusi.settings.production import *  # noqa: F403

# A benchmark client sends the form back within milliseconds; with the usual minimum every
# submission would be dropped as spam and nothing would be stored.
GRIEVANCE_MIN_FILL_SECONDS = 0
# The benchmark talks plain HTTP to 127.0.0.1: no redirect to HTTPS, cookies without the Secure flag.
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
