"""App configuration for the articles app."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Articles and campaigns")

    def ready(self):
        from . import signals

        post_migrate.connect(signals.assign_workflow_after_migrate, sender=self)
