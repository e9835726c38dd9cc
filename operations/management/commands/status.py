"""Print what /readyz/ answers: the database, the cache and the task queue; exit 1 when one fails."""

import sys

from django.core.management.base import BaseCommand

from operations.readiness import run_checks


class Command(BaseCommand):
    help = "Check the database, the cache and the task queue, as /readyz/ does (exit status 1 on a failure)."

    def handle(self, **options):
        checks = run_checks()
        for check in checks:
            self.stdout.write(check.line())
        if not all(check.ok for check in checks):
            sys.exit(1)
