"""The authentication backend: Django's, refusing any password check while a cool-off runs."""

from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied

from .throttle import client_address, login_allowed


class ThrottledModelBackend(ModelBackend):
    """Every password check (admin login, private pages, anything else) goes through the throttle."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if (
            request is not None
            and username is not None
            and not login_allowed(username, client_address(request))
        ):
            # Stops authenticate() at once, without comparing the password.
            raise PermissionDenied
        return super().authenticate(request, username=username, password=password, **kwargs)
