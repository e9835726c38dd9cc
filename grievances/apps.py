"""App configuration for grievances: the one place that wires its packages to Django and Wagtail."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class GrievancesConfig(AppConfig):
    name = "grievances"
    verbose_name = _("Grievances")

    def ready(self):
        # Imports wait for the app registry (AppConfig.ready), as Django requires.
        from wagtail.permissions import register_permission_policy

        from . import conf  # noqa: F401  (its system check of GRIEVANCE_* settings)
        from .cases.access import CasePermissionPolicy
        from .cases.models import Case
        from .cases.notifications import connect_membership_signals
        from .channels import signals as channel_signals  # noqa: F401  (staff messages to phones)
        from .publication import copies, guard, lessons, signals  # noqa: F401  (review before publishing, also of copies and aliases; lesson sections private; figures in step)
        from .register.access import register_policies
        from .sync import sync_after_migrate

        register_permission_policy(Case, CasePermissionPolicy(Case))
        connect_membership_signals()
        register_policies()
        post_migrate.connect(sync_after_migrate, sender=self)
