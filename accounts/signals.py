"""What happens around sign-in: the session's clock starts; deactivation or a new password ends sessions."""

from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver

from .sessions import end_sessions_of, mark_login

User = get_user_model()


@receiver(user_logged_in)
def start_session(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        mark_login(request.session)


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
