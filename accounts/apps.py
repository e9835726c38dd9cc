"""App configuration for accounts: staff sign-in, second factor, sessions and login throttling."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from . import checks, signals  # noqa: F401
        from .sidebar import connect_signals, install_cached_sidebar

        connect_signals()
        install_cached_sidebar()
