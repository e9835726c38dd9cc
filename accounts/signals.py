"""What happens around sign-in: the audit log and the throttle; the session's clock starts;
deactivation or a new password ends sessions."""

from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver

from . import audit
from .sessions import end_sessions_of, mark_login
from .throttle import client_address, login_allowed, record_login_failure

User = get_user_model()


@receiver(user_logged_in)
def start_session(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        mark_login(request.session)
        audit.record(user, audit.LOGIN, client_address(request), actor=user)


@receiver(user_login_failed)
def count_failed_login(sender, credentials, request=None, **kwargs):
    # `credentials` has the password already masked by Django; it is not kept anyway.
    if request is None:
        return
    username, address = str(credentials.get("username") or ""), client_address(request)
    throttled = not login_allowed(username, address)
    if not throttled:
        record_login_failure(username, address)
    audit.record_failed_password(username, address, throttled)


@receiver(user_logged_out)
def note_logout(sender, request, user, **kwargs):
    if user is not None and request is not None:
        audit.record(user, audit.LOGOUT, client_address(request), actor=user)


@receiver(pre_save, sender=User)
def notice_password_change(sender, instance, update_fields=None, **kwargs):
    instance._accounts_password_changed = False
    if instance.pk is None or (update_fields is not None and "password" not in update_fields):
        return
    stored = User.objects.filter(pk=instance.pk).values_list("password", flat=True).first()
    instance._accounts_password_changed = stored is not None and stored != instance.password


@receiver(post_save, sender=User)
def end_sessions_after_deactivation_or_new_password(sender, instance, created, **kwargs):
    # The session of the person changing their own password is carried over to a new key by
    # update_session_auth_hash, after this; every other session of the user is gone.
    if not created and (not instance.is_active or instance._accounts_password_changed):
        end_sessions_of(instance)
