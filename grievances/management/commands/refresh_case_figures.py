"""Recount the public case figures now (they are also refreshed after every change of a case)."""

from django.core.management.base import BaseCommand

from grievances.figures import refresh_figures


class Command(BaseCommand):
    help = "Recount the public case figures (rounded, small counts suppressed) and store them."

    def handle(self, *args, **options):
        figures = refresh_figures()
        self.stdout.write(f"Public case figures refreshed at {figures.computed_at:%Y-%m-%d %H:%M}.")
