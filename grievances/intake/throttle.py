"""Throttling of reference + secret guesses: per reference and over the whole site, with a cool-off.

Not keyed on the visitor's address: many phones share one carrier address, and an attacker
has many. A reference that does not exist is throttled exactly like one that does.
"""

from grievances.conf import conf
from home.failures import FailureCounter

FAILURES = FailureCounter("grievances:lookup-failures", lambda: conf.LOOKUP_COOL_OFF_SECONDS)
# Every failure also counts towards the site-wide limit, under this one key.
OVERALL = "all"


def _reference(reference):
    return "ref", reference.strip().upper()[:40]


def lookup_allowed(reference):
    return (
        FAILURES.count(*_reference(reference)) < conf.LOOKUP_MAX_FAILURES_PER_REFERENCE
        and FAILURES.count(OVERALL) < conf.LOOKUP_MAX_FAILURES_OVERALL
    )


def record_failure(reference):
    FAILURES.record(*_reference(reference))
    FAILURES.record(OVERALL)


def clear_failures(reference):
    FAILURES.clear(*_reference(reference))
