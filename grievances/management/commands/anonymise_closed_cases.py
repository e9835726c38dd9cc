"""Anonymise cases past their retention period and delete orphaned case files (run daily from cron)."""

from django.core.management.base import BaseCommand

from grievances.conf import conf
from grievances.privacy.retention import apply_retention, cases_due


class Command(BaseCommand):
    help = (
        "Anonymise cases closed or rejected longer than GRIEVANCE_RETENTION_MONTHS ago and delete "
        "files in private storage that belong to no case. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count the cases that would be anonymised."
        )

    def handle(self, *args, dry_run=False, **options):
        months = conf.RETENTION_MONTHS
        if dry_run:
            self.stdout.write(f"{cases_due().count()} case(s) past {months} months would be anonymised.")
            return
        cases, files, orphans = apply_retention()
        self.stdout.write(
            f"{cases} case(s) past {months} months anonymised, {files} case file(s) deleted, "
            f"{orphans} orphaned file(s) deleted."
        )
