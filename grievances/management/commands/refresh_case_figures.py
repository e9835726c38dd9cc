"""Recount the public case figures. Public figures change once a day at GRIEVANCE_FIGURES_PUBLISH_TIME
(Asia/Jakarta): run this with --if-stale from cron at that time when tasks run in-process."""

from django.core.management.base import BaseCommand

from grievances.publication.refresh import refresh_figures, refresh_if_stale


class Command(BaseCommand):
    help = "Recount the public case figures (rounded, small counts suppressed) and store them."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-stale",
            action="store_true",
            help="At the daily time: recount (cases received before it) only when a case changed before it.",
        )

    def handle(self, *args, **options):
        figures = refresh_if_stale() if options["if_stale"] else refresh_figures()
        if figures is None:
            self.stdout.write("Public case figures are up to date.")
        else:
            self.stdout.write(f"Public case figures refreshed at {figures.computed_at:%Y-%m-%d %H:%M}.")
