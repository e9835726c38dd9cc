"""App configuration for the knowledge base."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "knowledge"
    verbose_name = _("Knowledge base")

    def ready(self):
        from wagtail.models import Page
        from wagtail.permissions import register_permission_policy

        from . import signals  # noqa: F401
        from .permissions import LessonHidingPagePermissionPolicy

        register_permission_policy(Page, LessonHidingPagePermissionPolicy(Page))
