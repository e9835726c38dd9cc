"""Print a new key for GRIEVANCE_CHANNEL_NUMBER_KEYS (senders' numbers are encrypted with it)."""

from django.core.management.base import BaseCommand

from grievances.channels.numbers import new_number_key


class Command(BaseCommand):
    help = "Print a new Fernet key for GRIEVANCE_CHANNEL_NUMBER_KEYS (put it first to rotate; keep the old one after it)."

    def handle(self, *args, **options):
        self.stdout.write(new_number_key())
