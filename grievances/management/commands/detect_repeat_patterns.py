"""Daily: record the companies and estates that reached the repeat threshold and tell the team
(content-free) about new ones; retries notices a mail failure left untold."""

from django.core.management.base import BaseCommand

from grievances.register.patterns import sweep_patterns


class Command(BaseCommand):
    help = "Record repeat patterns in the register and notify the case team of new ones."

    def handle(self, *args, **options):
        found = sweep_patterns()
        self.stdout.write(f"{len(found)} new repeat pattern(s).")
