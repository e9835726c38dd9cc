"""Recount the public case figures (after a change of a case they are recounted at most once per
GRIEVANCE_FIGURES_REFRESH_SECONDS; run this with --if-stale from cron to catch the last changes)."""

from django.core.management.base import BaseCommand

from grievances.publication.refresh import refresh_figures, refresh_if_stale


class Command(BaseCommand):
    help = "Recount the public case figures (rounded, small counts suppressed) and store them."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-stale",
            action="store_true",
            help="Recount only when a case has changed since the last count.",
        )

    def handle(self, *args, **options):
        figures = refresh_if_stale() if options["if_stale"] else refresh_figures()
        if figures is None:
            self.stdout.write("Public case figures are up to date.")
        else:
            self.stdout.write(f"Public case figures refreshed at {figures.computed_at:%Y-%m-%d %H:%M}.")
