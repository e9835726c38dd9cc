"""Remove a user's authenticator and recovery codes, for someone who lost both; logged in the audit log."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts import audit
from accounts.sessions import end_sessions_of
from accounts.two_factor import remove_second_factor


class Command(BaseCommand):
    help = "Remove a user's second step (after checking who they are); they set up a new one at their next sign-in."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, username, **options):
        User = get_user_model()
        try:
            user = User._default_manager.get_by_natural_key(username)
        except User.DoesNotExist:
            raise CommandError(f"No user named {username!r}.") from None
        remove_second_factor(user)
        end_sessions_of(user)
        audit.record(user, audit.SECOND_FACTOR_REMOVED, "manage.py")
        self.stdout.write(
            f"{username}: second step removed, sessions ended; a new authenticator is set up at the next "
            f"sign-in, within {settings.SECOND_FACTOR_SETUP_HOURS} hours."
        )
