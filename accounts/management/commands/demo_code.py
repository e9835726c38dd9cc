"""Print the current sign-in code of the demo accounts (a developer's machine only)."""

import time
from base64 import b32decode

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django_otp.oath import TOTP

from accounts.two_factor import DEMO_SECRET


class Command(BaseCommand):
    help = "Print the 6-digit code every demo account accepts now (the README's published demo key)."

    def handle(self, **options):
        if not settings.DEMO_ACCOUNTS_ALLOWED:
            raise CommandError("Demo accounts do not exist under these settings.")
        totp = TOTP(b32decode(DEMO_SECRET))
        totp.time = time.time()
        remaining = 30 - int(totp.time) % 30
        self.stdout.write(f"{totp.token():06d}  (valid for {remaining} more seconds)")
