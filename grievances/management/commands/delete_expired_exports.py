"""Delete expired case exports and their files (run hourly from cron when tasks run in-process)."""

from django.core.management.base import BaseCommand

from grievances.conf import conf
from grievances.tracker.queued_exports import delete_expired_exports


class Command(BaseCommand):
    help = (
        "Delete case exports ready longer than GRIEVANCE_EXPORT_KEEP_HOURS ago with their files, and "
        "export files no export names. Safe to run again."
    )

    def handle(self, *args, **options):
        exports, files = delete_expired_exports()
        self.stdout.write(
            f"{exports} export(s) older than {conf.EXPORT_KEEP_HOURS} hours deleted, {files} file(s) deleted."
        )
