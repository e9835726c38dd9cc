"""The session engine (`SESSION_ENGINE = "accounts.sessions"`) and the ends of a user's sessions.

Django's database sessions, stored in `UserSession` with the user's id, so logging out,
deactivating a user or changing their password can delete every session row of that user.

A session is written with one statement: Django's store first asks whether a new random key is
taken, then wraps the single INSERT or UPDATE in a transaction of its own (four round trips for
one row). A new key of 32 random characters is as good as never taken, and the INSERT refuses one
that is (the primary key): `create()` then draws another. Outside a transaction the statement is
atomic by itself; inside one, Django's savepoint stays, so a refused INSERT cannot break the
transaction around it.
"""

import time

from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.backends.base import VALID_KEY_CHARS, CreateError, UpdateError
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.db import DatabaseError, IntegrityError, router, transaction
from django.utils.crypto import get_random_string

# Unix times kept in a signed-in session: when the login happened, when the user last acted.
STARTED_KEY = "_accounts_started"
SEEN_KEY = "_accounts_seen"


class SessionStore(DatabaseSessionStore):
    @classmethod
    def get_model_class(cls):
        from .models import UserSession

        return UserSession

    def create_model_instance(self, data):
        instance = super().create_model_instance(data)
        try:
            instance.user_id = int(data.get(SESSION_KEY))
        except (TypeError, ValueError):
            instance.user_id = None
        return instance

    def _get_new_session_key(self):
        return get_random_string(32, VALID_KEY_CHARS)

    def save(self, must_create=False):
        if self.session_key is None:
            return self.create()
        using = router.db_for_write(self.model)
        if transaction.get_connection(using).in_atomic_block:
            return super().save(must_create=must_create)
        obj = self.create_model_instance(self._get_session(no_load=must_create))
        try:
            obj.save(force_insert=must_create, force_update=not must_create, using=using)
        except IntegrityError as error:
            if must_create:
                raise CreateError from error
            raise
        except DatabaseError as error:
            if not must_create:
                raise UpdateError from error
            raise


def renew_key(session):
    """Against session fixation: from here on the session's key is one the client did not choose.

    A session the server has stored gets a new key now (`cycle_key`). One it has not stored (no
    cookie, or a cookie naming no stored session, forgotten as the session loads) is given a new
    random key when it is first saved: cycling it would write an empty row only to update it at
    the end of the response."""
    session.keys()  # loads the session: a key naming no stored session is dropped
    if session.session_key is not None:
        session.cycle_key()


def end_sessions_of(user, keep=None):
    """Delete every server-side session of this user (except `keep`, a session key)."""
    from .models import UserSession

    sessions = UserSession.objects.filter(user_id=user.pk)
    if keep:
        sessions = sessions.exclude(session_key=keep)
    return sessions.delete()[0]


def mark_login(session):
    now = int(time.time())
    session[STARTED_KEY] = now
    session[SEEN_KEY] = now
