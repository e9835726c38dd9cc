"""Open the second-step set-up again for an account that did not set it up in time; logged in the audit log."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts import audit
from accounts.two_factor import has_second_factor, open_setup


class Command(BaseCommand):
    help = (
        "Let an account without an authenticator set one up during the next SECOND_FACTOR_SETUP_HOURS "
        "(after checking who they are)."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, username, **options):
        User = get_user_model()
        try:
            user = User._default_manager.get_by_natural_key(username)
        except User.DoesNotExist:
            raise CommandError(f"No user named {username!r}.") from None
        if has_second_factor(user):
            raise CommandError(
                f"{username} already has an authenticator; remove_second_factor replaces a lost one."
            )
        open_setup(user)
        audit.record(user, audit.SECOND_FACTOR_SETUP_OPENED, "manage.py")
        self.stdout.write(
            f"{username}: may set up the authenticator during the next {settings.SECOND_FACTOR_SETUP_HOURS} hours."
        )
