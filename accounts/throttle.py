"""Throttling of password guesses: per username and client address together, with a cool-off.

Never keyed on the address alone (many phones share one carrier address) nor on the username
alone (anyone could then keep the real user out). After the cool-off the count starts again:
there is no permanent lock-out.
"""

from django.conf import settings

from home.failures import FailureCounter

LOGIN_FAILURES = FailureCounter("accounts:login-failures", lambda: settings.LOGIN_COOL_OFF_SECONDS)


def client_address(request):
    """The client's address, taking the configured number of trusted proxies into account."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        # Each trusted proxy appended the address it received from; the one it saw is the client.
        if len(forwarded) >= proxies:
            return forwarded[-proxies][:64]
    return request.META.get("REMOTE_ADDR", "")[:64]


def _parts(username, address):
    return username.strip().casefold()[:150], address


def login_allowed(username, address):
    return LOGIN_FAILURES.count(*_parts(username, address)) < settings.LOGIN_MAX_FAILURES


def record_login_failure(username, address):
    LOGIN_FAILURES.record(*_parts(username, address))


def clear_login_failures(username, address):
    LOGIN_FAILURES.clear(*_parts(username, address))
