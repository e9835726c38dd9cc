"""Staff sessions end after a spell without activity and, in any case, some hours after sign-in."""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.utils.translation import gettext as _

from .sessions import SEEN_KEY, STARTED_KEY, mark_login

# Writing the session on every request would cost a database write each time.
SEEN_PRECISION_SECONDS = 60
# Requests a page makes by itself, not the person: they do not keep a session alive.
PASSIVE_VIEWS = {"wagtailadmin_editing_sessions:ping"}


class SessionTimeoutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = int(time.time())
            if STARTED_KEY not in request.session:
                mark_login(request.session)
            idle = now - request.session.get(SEEN_KEY, now)
            age = now - request.session[STARTED_KEY]
            if idle > settings.STAFF_SESSION_IDLE_SECONDS or age > settings.STAFF_SESSION_ABSOLUTE_SECONDS:
                logout(request)
                messages.info(request, _("Your session has ended. Please sign in again."))
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.user.is_authenticated or request.resolver_match.view_name in PASSIVE_VIEWS:
            return None
        now = int(time.time())
        if now - request.session.get(SEEN_KEY, 0) >= SEEN_PRECISION_SECONDS:
            request.session[SEEN_KEY] = now
        return None
