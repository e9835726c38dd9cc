"""A Redis cache the site survives losing: while Redis is down, reads miss and writes are dropped.

Everything the default and page caches hold can be rebuilt from the database (pages, the site
lookup, the content generation), and no throttle counts in them (sign-in and status-page
throttles count in the database), so a cache outage costs speed, not service. `/readyz/` still
reports it (`ping`).
"""

import logging
import time

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)
OUTAGE = (RedisConnectionError, RedisTimeoutError, OSError)
# One warning per this many seconds of outage, not one per request.
WARN_EVERY = 60
_last_warning = [0.0]


def _warn(error):
    now = time.monotonic()
    if now - _last_warning[0] >= WARN_EVERY:
        _last_warning[0] = now
        logger.warning("Cache unavailable, serving without it: %s", error)


def _tolerant(name, fallback):
    method = getattr(RedisCache, name)

    def call(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except OUTAGE as error:
            _warn(error)
            return fallback(*args, **kwargs) if callable(fallback) else fallback

    call.__name__ = name
    return call


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        options = params.setdefault("OPTIONS", {})
        # Fail fast: a request must not wait on a cache that is not there.
        options.setdefault("socket_connect_timeout", 0.5)
        options.setdefault("socket_timeout", 0.5)
        super().__init__(server, params)

    get = _tolerant("get", lambda key, default=None, version=None: default)
    get_many = _tolerant("get_many", {})
    has_key = _tolerant("has_key", False)
    set = _tolerant("set", None)
    add = _tolerant("add", False)
    touch = _tolerant("touch", False)
    set_many = _tolerant("set_many", [])
    delete = _tolerant("delete", False)
    delete_many = _tolerant("delete_many", None)
    clear = _tolerant("clear", False)

    def ping(self):
        """Raise when Redis does not answer (for /readyz/)."""
        self._cache.get_client(None, write=False).ping()
