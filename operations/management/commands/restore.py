"""Restore a backup archive into an empty database and empty media folders, verified twice."""

from django.core.management.base import BaseCommand, CommandError

from operations.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Restore a backup archive into an empty database and media folders; refuses a damaged or altered one."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument(
            "--identity", help="The age identity file (AGE-SECRET-KEY-…) of an encrypted archive."
        )
        parser.add_argument(
            "--ignore-signature",
            action="store_true",
            help="Accept a manifest signed with another SECRET_KEY (checksums are still checked).",
        )

    def handle(self, *, archive, identity, ignore_signature, **options):
        try:
            manifest = restore_backup(archive, identity=identity, check_signature=not ignore_signature)
        except BackupError as error:
            raise CommandError(f"Restore refused: {error}") from error
        rows = sum(manifest["database"]["tables"].values())
        self.stdout.write(
            f"Restored the backup of {manifest['created_at']}: {len(manifest['database']['tables'])} tables, "
            f"{rows} rows, {len(manifest['files']) - 1} files; counts and checksums verified."
        )
