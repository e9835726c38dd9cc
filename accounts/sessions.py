"""The session engine (`SESSION_ENGINE = "accounts.sessions"`) and the ends of a user's sessions.

Django's database sessions, stored in `UserSession` with the user's id, so logging out,
deactivating a user or changing their password can delete every session row of that user.
"""

import time

from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore

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
