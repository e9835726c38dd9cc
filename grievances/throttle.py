"""Throttling of reference + secret guesses: per reference and over the whole site, with a cool-off.

Not keyed on the visitor's address: many phones share one carrier address, and an attacker
has many. A reference that does not exist is throttled exactly like one that does.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

OVERALL_KEY = "grievances:lookup-failures:all"


def _reference_key(reference):
    # Hashed: whatever was typed becomes a safe, fixed-length cache key.
    digest = hashlib.sha256(reference.strip().upper()[:40].encode()).hexdigest()
    return f"grievances:lookup-failures:ref:{digest}"


def _count(key):
    return cache.get(key, 0)


def lookup_allowed(reference):
    return (
        _count(_reference_key(reference)) < settings.GRIEVANCE_LOOKUP_MAX_FAILURES_PER_REFERENCE
        and _count(OVERALL_KEY) < settings.GRIEVANCE_LOOKUP_MAX_FAILURES_OVERALL
    )


def record_failure(reference):
    timeout = settings.GRIEVANCE_LOOKUP_COOL_OFF_SECONDS
    for key in (_reference_key(reference), OVERALL_KEY):
        # add() starts the window; incr() keeps its expiry, so the cool-off ends on time.
        if not cache.add(key, 1, timeout):
            try:
                cache.incr(key)
            except ValueError:
                cache.set(key, 1, timeout)


def clear_failures(reference):
    cache.delete(_reference_key(reference))
