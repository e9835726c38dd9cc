"""Counting failed attempts in the cache, each count ending after a cool-off.

Used by the staff sign-in throttle (accounts.throttle) and the reporters' status lookup
(grievances.intake.throttle). Whatever identifies an attempt is hashed into a fixed-length key,
so nothing typed is stored and any input makes a safe cache key.
"""

import hashlib

from django.core.cache import cache


class FailureCounter:
    """Failures per key within a window that starts at the first failure and lasts `cool_off()`
    seconds (callables, so that settings are read when used, not at import)."""

    def __init__(self, prefix, cool_off):
        self.prefix = prefix
        self.cool_off = cool_off

    def key(self, *parts):
        digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()
        return f"{self.prefix}:{digest}"

    def count(self, *parts):
        return cache.get(self.key(*parts), 0)

    def record(self, *parts):
        key, timeout = self.key(*parts), self.cool_off()
        # add() starts the window; incr() keeps its expiry, so the cool-off ends on time.
        if not cache.add(key, 1, timeout):
            try:
                cache.incr(key)
            except ValueError:
                cache.set(key, 1, timeout)

    def clear(self, *parts):
        cache.delete(self.key(*parts))
