"""Email each assignee the list of their overdue cases (run daily from cron)."""

from django.core.management.base import BaseCommand

from grievances.cases.notifications import send_overdue_digests


class Command(BaseCommand):
    help = "Send each assignee a digest of their overdue cases: references and links, no content."

    def handle(self, *args, **options):
        self.stdout.write(f"{send_overdue_digests()} digest(s) sent.")
