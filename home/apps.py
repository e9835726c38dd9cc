"""App configuration for the home app."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site and vocabulary")

    def ready(self):
        from . import cache
        from .roles import sync_roles_after_migrate

        cache.connect_signals()
        cache.install_lookups()

        post_migrate.connect(sync_roles_after_migrate, sender=self)
