"""Sign-in events in Wagtail's audit log, on the user they concern. Never the password or the code tried."""

import logging

from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter
from wagtail.log_actions import log as audit_log

logger = logging.getLogger(__name__)

LOGIN = "accounts.login"
LOGIN_FAILED = "accounts.login_failed"
LOGOUT = "accounts.logout"
SECOND_FACTOR_PASSED = "accounts.second_factor_passed"
SECOND_FACTOR_FAILED = "accounts.second_factor_failed"
AUTHENTICATOR_SET_UP = "accounts.authenticator_set_up"
RECOVERY_CODES_RENEWED = "accounts.recovery_codes_renewed"
SECOND_FACTOR_REMOVED = "accounts.second_factor_removed"
SECOND_FACTOR_SETUP_OPENED = "accounts.second_factor_setup_opened"
SECOND_FACTOR_SETUP_REFUSED = "accounts.second_factor_setup_refused"


class SignInFormatter(LogFormatter):
    """Shows the client address kept with the entry."""

    def format_message(self, log_entry):
        address = log_entry.data.get("address") or "?"
        return f"{self.message} ({address})"


ACTIONS = {
    LOGIN: (_("Password accepted"), _("Password accepted")),
    LOGIN_FAILED: (_("Sign-in failed"), _("Sign-in failed")),
    LOGOUT: (_("Signed out"), _("Signed out")),
    SECOND_FACTOR_PASSED: (_("Second step passed"), _("Second step passed")),
    SECOND_FACTOR_FAILED: (_("Second step failed"), _("Second step failed")),
    AUTHENTICATOR_SET_UP: (_("Authenticator app set up"), _("Authenticator app set up")),
    RECOVERY_CODES_RENEWED: (_("Recovery codes renewed"), _("Recovery codes renewed")),
    SECOND_FACTOR_REMOVED: (_("Second step removed"), _("Second step removed")),
    SECOND_FACTOR_SETUP_OPENED: (_("Second-step set-up opened"), _("Second-step set-up opened")),
    SECOND_FACTOR_SETUP_REFUSED: (
        _("Second-step set-up refused (window closed)"),
        _("Second-step set-up refused (window closed)"),
    ),
}


def register_actions(actions):
    for action, (label, message) in ACTIONS.items():
        formatter = type("SignInAction", (SignInFormatter,), {"label": label, "message": message})
        actions.register_action(action)(formatter)


def _unwrapped(user):
    # request.user is a lazy wrapper; Wagtail finds the log model by the instance's real type.
    user.pk  # noqa: B018 - evaluates the wrapper
    return getattr(user, "_wrapped", user)


def record(user, action, address, actor=None, **data):
    user = _unwrapped(user)
    audit_log(
        instance=user, action=action, user=actor and _unwrapped(actor), data={"address": address, **data}
    )


def record_failed_password(username, address, throttled):
    User = get_user_model()
    user = User._default_manager.filter(**{User.USERNAME_FIELD: username}).first() if username else None
    if user is None:
        # Not written with the username: people sometimes type their password into that field.
        logger.warning("Failed sign-in for an unknown username from %s", address)
        return
    record(user, LOGIN_FAILED, address, reason="cool-off" if throttled else "password")
