"""The daily follow-up work, for cron on the immediate task backend (a queue runs the same tasks):
close resolved cases after the reporter's silence, flag remedies that have not arrived, email the
retaliation check-ins that are due."""

from django.core.management.base import BaseCommand

from grievances.aftercare.remedies import flag_overdue_remedies
from grievances.aftercare.verdict import close_silent_cases
from grievances.intake.checkin_mail import send_due_checkins


class Command(BaseCommand):
    help = "Close cases after the reply window, flag overdue remedies, email due retaliation check-ins."

    def handle(self, *args, **options):
        closed = close_silent_cases()
        flagged = flag_overdue_remedies()
        emailed = send_due_checkins()
        self.stdout.write(
            f"{closed} case(s) closed after silence, {flagged} remedy(ies) overdue, {emailed} check-in email(s)."
        )
