"""Write one backup archive: database, public media, case files, and a signed manifest."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from operations.backup import BackupError, create_backup


class Command(BaseCommand):
    help = "Back up the database, the public media and the private case files into one archive."

    def add_arguments(self, parser):
        parser.add_argument("--output", help="The archive to write (default: ./japbusi-<time>.tar[.age]).")
        parser.add_argument(
            "--recipient",
            action="append",
            default=[],
            help="Encrypt to this age public key (age1…); may be repeated.",
        )
        parser.add_argument("--recipients-file", help="A file of age public keys, one a line.")

    def handle(self, *, output, recipient, recipients_file, **options):
        recipients = list(recipient)
        if recipients_file:
            recipients += [
                line.strip()
                for line in Path(recipients_file).read_text().splitlines()
                if line.strip() and not line.startswith("#")
            ]
        if not output:
            stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
            output = f"japbusi-{stamp}.tar" + (".age" if recipients else "")
        try:
            manifest = create_backup(output, recipients)
        except BackupError as error:
            raise CommandError(f"Backup failed: {error}") from error
        rows = sum(manifest["database"]["tables"].values())
        self.stdout.write(
            f"Backup written to {output}: {len(manifest['database']['tables'])} tables, {rows} rows, "
            f"{len(manifest['files']) - 1} files, {Path(output).stat().st_size} bytes"
            + (", encrypted" if recipients else "")
        )
