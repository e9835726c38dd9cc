"""Server-side sessions that know their user, so a user's sessions can be ended all at once."""

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
