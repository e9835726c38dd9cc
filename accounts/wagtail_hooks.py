"""Admin hooks for accounts: bulk deactivation ends the sessions of the users it deactivated."""

from django.contrib.auth import get_user_model
from wagtail import hooks

from .sessions import end_sessions_of


@hooks.register("after_bulk_action")
def end_sessions_after_bulk_deactivation(request, action_type, objects, action_class_instance):
    # The bulk action updates the rows directly, without saving each user.
    if action_type == "set_active_state":
        for user in get_user_model().objects.filter(pk__in=[user.pk for user in objects], is_active=False):
            end_sessions_of(user)
