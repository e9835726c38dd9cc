"""Throttling of reference + secret guesses on the status page: per client, with a growing delay.

Nobody's failures can lock a reporter out of their own case (DESIGN §5):

- Failures are counted per client, in the default cache (shared by every worker process: a file
  cache under `cache/` for `make run`, Redis in production). The client is its address (an IPv6
  address by its /64 network, which one phone or household holds), turned into a key with HMAC
  under a secret key that changes every GRIEVANCE_LOOKUP_KEY_ROTATION_SECONDS: no address is stored
  anywhere, in the cache, the database or a log.
- A client makes GRIEVANCE_LOOKUP_FREE_FAILURES wrong guesses freely; from the last of them on, it
  waits 1, 2, 4 … seconds after each, at most GRIEVANCE_LOOKUP_MAX_DELAY_SECONDS, and is answered 429 with
  Retry-After meanwhile (its guess is not even checked). Its count is forgotten
  GRIEVANCE_LOOKUP_CLIENT_MEMORY_SECONDS after its last failure. There is no long lock.
- A reference is closed only to the clients that guessed wrong on it
  GRIEVANCE_LOOKUP_MAX_FAILURES_PER_REFERENCE times, for GRIEVANCE_LOOKUP_COOL_OFF_SECONDS.
- Site-wide, when more than GRIEVANCE_LOOKUP_MAX_FAILURES_OVERALL failures arrive within the
  cool-off, every client gets one free guess instead of five before the delays start: new clients
  are slowed, and a client that has not failed is never refused, so a correct pair always opens.

A reference that does not exist is throttled exactly like one that does.
"""

import hashlib
import hmac
import ipaddress
import math
import time

from django.conf import settings
from django.core.cache import cache

from accounts.throttle import client_address
from grievances.conf import conf
from home.failures import FailureCounter

PREFIX = "grievances:lookup"
OVERALL = FailureCounter(f"{PREFIX}:all", lambda: conf.LOOKUP_COOL_OFF_SECONDS)
PER_REFERENCE = FailureCounter(f"{PREFIX}:ref", lambda: conf.LOOKUP_COOL_OFF_SECONDS)


def now():
    return time.time()


def _period_key(moment):
    period = int(moment // conf.LOOKUP_KEY_ROTATION_SECONDS)
    return hmac.new(settings.SECRET_KEY.encode(), f"{PREFIX}:{period}".encode(), hashlib.sha256).digest()


def _network(address):
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 6 and parsed.ipv4_mapped:
        return str(parsed.ipv4_mapped)
    if parsed.version == 6:
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return str(parsed)


def client_key(request):
    """The client's throttle key: an HMAC of its address (or /64 network) under this period's key."""
    address = _network(client_address(request))
    return hmac.new(_period_key(now()), address.encode(), hashlib.sha256).hexdigest()


def _reference(reference):
    return reference.strip().upper()[:40]


def _client_state_key(client):
    return f"{PREFIX}:client:{client}"


def _free_failures():
    if OVERALL.count("all") >= conf.LOOKUP_MAX_FAILURES_OVERALL:
        return min(1, conf.LOOKUP_FREE_FAILURES)
    return conf.LOOKUP_FREE_FAILURES


def wait_seconds(client, reference):
    """Seconds this client must wait before its guess on this reference is checked; 0: check it now."""
    # Both counts in one round trip to the cache (Redis in production).
    state_key, reference_key = _client_state_key(client), PER_REFERENCE.key(client, _reference(reference))
    found = cache.get_many([state_key, reference_key])
    state = found.get(state_key)
    wait = 0.0
    if state:
        wait = max(0.0, state["until"] - now())
    if found.get(reference_key, 0) >= conf.LOOKUP_MAX_FAILURES_PER_REFERENCE:
        wait = max(wait, conf.LOOKUP_COOL_OFF_SECONDS)
    return math.ceil(wait)


def record_failure(client, reference):
    moment = now()
    key = _client_state_key(client)
    state = cache.get(key) or {"failures": 0, "until": 0.0}
    state["failures"] += 1
    # The last free failure is followed by a 1-second wait, each further one by twice the last.
    over = state["failures"] - _free_failures() + 1
    if over > 0:
        state["until"] = moment + min(conf.LOOKUP_MAX_DELAY_SECONDS, 2 ** min(over - 1, 30))
    cache.set(key, state, conf.LOOKUP_CLIENT_MEMORY_SECONDS)
    PER_REFERENCE.record(client, _reference(reference))
    OVERALL.record("all")


def record_success(client, reference):
    # Only this reference's count: the client's own count stays, or one known pair would let an
    # attacker wipe its delays between guesses.
    PER_REFERENCE.clear(client, _reference(reference))
