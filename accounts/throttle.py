"""Throttling of password guesses: per username and client address together, with a cool-off.

Never keyed on the address alone (many phones share one carrier address) nor on the username
alone (anyone could then keep the real user out). After the cool-off the count starts again:
there is no permanent lock-out.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache


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


def _key(username, address):
    # Hashed: whatever was typed becomes a safe, fixed-length cache key.
    digest = hashlib.sha256(f"{username.strip().casefold()[:150]}\n{address}".encode()).hexdigest()
    return f"accounts:login-failures:{digest}"


def login_allowed(username, address):
    return cache.get(_key(username, address), 0) < settings.LOGIN_MAX_FAILURES


def record_login_failure(username, address):
    key, timeout = _key(username, address), settings.LOGIN_COOL_OFF_SECONDS
    # add() starts the window; incr() keeps its expiry, so the cool-off ends on time.
    if not cache.add(key, 1, timeout):
        try:
            cache.incr(key)
        except ValueError:
            cache.set(key, 1, timeout)


def clear_login_failures(username, address):
    cache.delete(_key(username, address))
