"""App configuration for grievances."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class GrievancesConfig(AppConfig):
    name = "grievances"
    verbose_name = _("Grievances")

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from . import lessons  # noqa: F401  (keeps new lesson sections private)
        from .access import CasePermissionPolicy
        from .models import Case
        from .roles import sync_case_roles_after_migrate

        register_permission_policy(Case, CasePermissionPolicy(Case))

        post_migrate.connect(sync_case_roles_after_migrate, sender=self)

        from . import signals  # noqa: F401  (keeps the public figures in step with the cases)
