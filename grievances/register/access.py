"""Who may use the register: every case role reads it (counts for every case, the cases themselves
only as grievances.cases.access allows); operators, coordinators and system owners change it."""

from django.contrib.auth import get_user_model
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from grievances.cases.access import can_enter_cases, is_case_staff, is_system_owner

from .models import Buyer, CollectiveComplaint, Company, CompanyGroup, Estate


def may_read_register(user):
    return is_case_staff(user)


def may_edit_register(user):
    return can_enter_cases(user)


class RegisterPermissionPolicy(ModelPermissionPolicy):
    """Register screens are opened by case role, like the case screens; deleting is for system
    owners (a row that cases point at cannot be deleted at all)."""

    def user_has_permission(self, user, action):
        if action in ("view", "history"):
            return may_read_register(user)
        if action in ("add", "change", "export"):
            return may_edit_register(user)
        if action == "delete":
            return is_system_owner(user)
        return False

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        return get_user_model().objects.none()


def register_policies():
    """Called from AppConfig.ready: the register's screens ask RegisterPermissionPolicy."""
    for model in (CompanyGroup, Company, Estate, Buyer, CollectiveComplaint):
        register_permission_policy(model, RegisterPermissionPolicy(model))
