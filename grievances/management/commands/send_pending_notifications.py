"""Retry staff notifications that could not be sent (run from cron every few minutes)."""

from django.core.management.base import BaseCommand

from grievances.cases.notifications import send_pending_notifications


class Command(BaseCommand):
    help = "Send the staff notifications that are still waiting (after a mail failure)."

    def handle(self, *args, **options):
        sent = send_pending_notifications()
        self.stdout.write(f"{sent} notification(s) sent.")
