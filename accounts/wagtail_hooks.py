"""Admin hooks for accounts: sign-in actions in the audit log, the two-step links on the account page,
and bulk deactivation ending sessions."""

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .audit import register_actions
from .sessions import end_sessions_of
from .sidebar import bump_permissions_generation


@hooks.register("register_log_actions")
def register_sign_in_actions(actions):
    register_actions(actions)


@hooks.register("register_account_menu_item")
def new_authenticator(request):
    return {
        "url": reverse("accounts_setup"),
        "label": _("Set up a new authenticator app"),
        "help_text": _("For a new phone: the old app stops working once the new one is confirmed."),
    }


@hooks.register("register_account_menu_item")
def new_recovery_codes(request):
    return {
        "url": reverse("accounts_recovery_codes"),
        "label": _("New recovery codes"),
        "help_text": _("Replaces every earlier recovery code."),
    }


@hooks.register("after_bulk_action")
def end_sessions_after_bulk_deactivation(request, action_type, objects, action_class_instance):
    # The bulk action updates the rows directly, without saving each user.
    if action_type == "set_active_state":
        bump_permissions_generation()
        for user in get_user_model().objects.filter(pk__in=[user.pk for user in objects], is_active=False):
            end_sessions_of(user)
