"""Staff sessions: the second step before any admin page; idle and absolute time-outs."""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import gettext as _

from .paths import is_admin_path
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


# What a signed-in user who has not passed the second step may still open in the admin.
OPEN_BEFORE_SECOND_STEP = {
    "wagtailadmin_login",
    "accounts_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "accounts_verify",
    "accounts_setup",
}


class SecondFactorMiddleware:
    """A password alone opens nothing: every admin page and endpoint needs the second step too.

    Placed after django-otp's OTPMiddleware. Outside the admin, a user who has not passed the
    second step counts as not signed in (private pages, document downloads).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and not user.is_verified():
            if not is_admin_path(request.path_info):
                request.user = AnonymousUser()
            elif _view_name(request.path_info) not in OPEN_BEFORE_SECOND_STEP:
                from .views import second_step_url

                target = request.get_full_path() if request.method == "GET" else reverse("wagtailadmin_home")
                return redirect(second_step_url(request, target))
        return self.get_response(request)


def _view_name(path):
    try:
        return resolve(path).view_name
    except Resolver404:
        return None
