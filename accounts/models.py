"""Server-side sessions that know their user, so a user's sessions can be ended all at once."""

from django.conf import settings
from django.contrib.sessions.base_session import AbstractBaseSession
from django.db import models
from django.utils.translation import gettext_lazy as _


class UserSession(AbstractBaseSession):
    """Django's database session with the signed-in user's id beside it (none for visitors)."""

    user_id = models.BigIntegerField(_("user id"), null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    @classmethod
    def get_session_store_class(cls):
        from .sessions import SessionStore

        return SessionStore


class SecondFactorSetup(models.Model):
    """When an account without an authenticator may last set one up, if not since it was created.

    Whoever first confirms an authenticator owns the account's second step: without a limit, an
    account that never set one up could be taken by anyone who learns its password. The window
    opens when the account is created, and again when a system owner removes a lost second step
    or opens it with `allow_second_factor_setup`."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="second_factor_setup",
        verbose_name=_("user"),
    )
    opened_at = models.DateTimeField(_("set-up opened at"))

    class Meta:
        verbose_name = _("second-step set-up window")
        verbose_name_plural = _("second-step set-up windows")

    def __str__(self):
        return f"{self.user} {self.opened_at:%Y-%m-%d %H:%M}"
