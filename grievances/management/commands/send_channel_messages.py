"""Retry messages to reporters' phones, and forget unfinished reports (run from cron every few minutes)."""

from django.core.management.base import BaseCommand

from grievances.channels.conversation import forget_unfinished_reports
from grievances.channels.delivery import deliver_pending


class Command(BaseCommand):
    help = "Send the WhatsApp and SMS messages still waiting; delete the answers of reports left unfinished."

    def handle(self, *args, **options):
        sent = deliver_pending()
        forgotten = forget_unfinished_reports()
        self.stdout.write(f"{sent} message(s) sent, {forgotten} unfinished report(s) forgotten.")
