"""Backups that restore: one archive with the database, the public media and the case files.

The archive is a tar file: `database.pgdump` (pg_dump, custom format) or `database.sqlite3`
(SQLite's online backup), `media/…` (MEDIA_ROOT), `private/…` (the case files, the "private"
storage), and last `manifest.json` (row counts per table, the SHA-256 of every other member) with
`manifest.hmac` (HMAC-SHA256 of the manifest with SECRET_KEY). Optionally the whole tar is
encrypted to one or more age recipients (pyrage), so a copy kept off-site is useless to a thief.

Restoring goes into an empty database and empty media folders only, checks every member against
the manifest before anything is written, and counts and hashes again afterwards.
"""

import hashlib
import hmac
import json
import os
import shutil
import sqlite3
import subprocess  # nosec B404: pg_dump and pg_restore, with fixed arguments
import tarfile
import tempfile
from pathlib import Path

import psycopg
import pyrage
from django.conf import settings
from django.db import connection
from django.utils import timezone

FORMAT = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.hmac"
AGE_MAGIC = b"age-encryption.org/"
CHUNK = 1024 * 1024


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why, for an operator."""


def file_roots():
    """{archive prefix: folder} of the files a backup holds."""
    return {
        "media": Path(settings.MEDIA_ROOT),
        "private": Path(settings.STORAGES["private"]["OPTIONS"]["location"]),
    }


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def sign(manifest_bytes):
    return hmac.new(settings.SECRET_KEY.encode(), manifest_bytes, hashlib.sha256).hexdigest()


def postgres_environment(settings_dict):
    """libpq's environment for pg_dump/pg_restore: no password on a command line."""
    env = {**os.environ, "PGDATABASE": settings_dict["NAME"]}
    for key, variable in (
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
    ):
        if settings_dict.get(key):
            env[variable] = str(settings_dict[key])
    return env


def postgres_bin(name):
    """The client program matching the newest installed PostgreSQL, else the one on PATH."""
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), key=lambda p: int(p.parts[-3]))
    return str(candidates[-1]) if candidates else name


def table_counts(cursor, tables):
    counts = {}
    for table in sorted(tables):
        cursor.execute(f'SELECT COUNT(*) FROM "{table}"')  # nosec B608: names from introspection
        counts[table] = cursor.fetchone()[0]
    return counts


def dump_database(folder):
    """Write the database into `folder`; returns (file name, {table: rows}) of one consistent moment."""
    settings_dict = connection.settings_dict
    if connection.vendor == "sqlite":
        target = folder / "database.sqlite3"
        source = sqlite3.connect(settings_dict["NAME"])
        copy = sqlite3.connect(target)
        with copy:
            source.backup(copy)
        source.close()
        cursor = copy.cursor()
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        counts = table_counts(cursor, [row[0] for row in cursor.fetchall()])
        copy.close()
        return target.name, counts
    if connection.vendor != "postgresql":
        raise BackupError(f"backups support PostgreSQL and SQLite, not {connection.vendor}")
    target = folder / "database.pgdump"
    env = postgres_environment(settings_dict)
    # The counts and the dump read the same snapshot, so the manifest describes the dump exactly.
    with (
        psycopg.connect("", autocommit=True, **_libpq_params(env)) as snapshot_connection,
        snapshot_connection.cursor() as cursor,
    ):
        cursor.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        counts = table_counts(cursor, [row[0] for row in cursor.fetchall()])
        result = subprocess.run(  # nosec B603
            [postgres_bin("pg_dump"), "--format=custom", f"--snapshot={snapshot}", f"--file={target}"],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        cursor.execute("COMMIT")
    if result.returncode != 0:
        raise BackupError(f"pg_dump failed: {result.stderr.strip()}")
    return target.name, counts


def _libpq_params(env):
    names = {
        "PGHOST": "host",
        "PGPORT": "port",
        "PGUSER": "user",
        "PGPASSWORD": "password",
        "PGDATABASE": "dbname",
    }
    return {names[key]: value for key, value in env.items() if key in names}


class HashingReader:
    """Reads a file for tarfile while hashing exactly the bytes that go into the archive."""

    def __init__(self, stream):
        self.stream = stream
        self.digest = hashlib.sha256()

    def read(self, size=-1):
        data = self.stream.read(size)
        self.digest.update(data)
        return data


def _add_file(archive, path, name, checksums):
    with open(path, "rb") as stream:
        info = archive.gettarinfo(fileobj=stream, arcname=name)
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        reader = HashingReader(stream)
        archive.addfile(info, reader)
    checksums[name] = reader.digest.hexdigest()


def create_backup(output, recipients=()):
    """Write the archive to `output` (written beside it, then renamed: never half a file).
    Returns the manifest."""
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=output.parent, prefix=".backup-") as work:
        work = Path(work)
        database_file, counts = dump_database(work)
        tar_path = work / "archive.tar"
        checksums = {}
        with tarfile.open(tar_path, "w") as archive:
            _add_file(archive, work / database_file, database_file, checksums)
            for prefix, root in file_roots().items():
                if not root.is_dir():
                    continue
                for path in sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink()):
                    _add_file(archive, path, f"{prefix}/{path.relative_to(root).as_posix()}", checksums)
            manifest = {
                "format": FORMAT,
                "created_at": timezone.now().isoformat(),
                "database": {"vendor": connection.vendor, "file": database_file, "tables": counts},
                "files": checksums,
            }
            manifest_bytes = json.dumps(manifest, indent=1, sort_keys=True).encode()
            _add_bytes(archive, MANIFEST, manifest_bytes)
            _add_bytes(archive, SIGNATURE, sign(manifest_bytes).encode())
        partial = output.with_name(output.name + ".partial")
        if recipients:
            try:
                parsed = [pyrage.x25519.Recipient.from_str(recipient.strip()) for recipient in recipients]
            except pyrage.RecipientError as error:
                raise BackupError(f"not an age recipient key: {error}") from error
            pyrage.encrypt_file(str(tar_path), str(partial), parsed)
        else:
            shutil.move(tar_path, partial)
        os.replace(partial, output)
    return manifest


def _add_bytes(archive, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(timezone.now().timestamp())
    archive.addfile(info, _BytesReader(data))


class _BytesReader:
    def __init__(self, data):
        self.data, self.position = data, 0

    def read(self, size=-1):
        end = len(self.data) if size < 0 else self.position + size
        chunk = self.data[self.position : end]
        self.position += len(chunk)
        return chunk


# Restore


def is_encrypted(path):
    with open(path, "rb") as stream:
        return stream.read(len(AGE_MAGIC)) == AGE_MAGIC


def decrypt(archive, identity_file, folder):
    if not identity_file:
        raise BackupError("this archive is encrypted: give the age identity file with --identity")
    try:
        identities = [
            pyrage.x25519.Identity.from_str(line.strip())
            for line in Path(identity_file).read_text().splitlines()
            if line.strip() and not line.startswith("#")
        ]
    except pyrage.IdentityError as error:
        raise BackupError(f"{identity_file} holds no age identity: {error}") from error
    target = folder / "archive.tar"
    try:
        pyrage.decrypt_file(str(archive), str(target), identities)
    except (pyrage.DecryptError, OSError) as error:  # a wrong key, or a damaged or altered stream
        raise BackupError(
            f"the archive cannot be decrypted with this key, or it was damaged or altered ({error})"
        ) from error
    return target


def unpack_and_verify(archive, folder, *, check_signature=True):
    """Unpack `archive` into `folder` and check every member against the signed manifest.
    Returns the manifest; raises BackupError on anything missing, extra, altered or unsafe."""
    try:
        tar = tarfile.open(archive, "r")  # noqa: SIM115 (closed by the with below)
    except (tarfile.TarError, OSError) as error:
        raise BackupError(f"not a readable backup archive: {error}") from error
    checksums = {}
    with tar:
        try:
            for member in tar:
                name = member.name
                if not member.isfile() or name.startswith("/") or ".." in Path(name).parts:
                    raise BackupError(f"the archive holds an unsafe entry: {name!r}")
                target = folder / "content" / name
                target.parent.mkdir(parents=True, exist_ok=True)
                digest = hashlib.sha256()
                with tar.extractfile(member) as source, open(target, "wb") as out:
                    while chunk := source.read(CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
                checksums[name] = digest.hexdigest()
        except (tarfile.TarError, EOFError, OSError) as error:
            raise BackupError(f"the archive is damaged (truncated or corrupt): {error}") from error
    content = folder / "content"
    if MANIFEST not in checksums or SIGNATURE not in checksums:
        raise BackupError("the archive has no manifest: it is damaged or not a JAPBUSI backup")
    manifest_bytes = (content / MANIFEST).read_bytes()
    signature = (content / SIGNATURE).read_text().strip()
    if check_signature and not hmac.compare_digest(signature, sign(manifest_bytes)):
        raise BackupError(
            "the manifest's signature does not match: the archive was altered, or made with another "
            "SECRET_KEY (--ignore-signature restores it on the file checksums alone)"
        )
    manifest = json.loads(manifest_bytes)
    if manifest.get("format") != FORMAT:
        raise BackupError(f"unknown archive format {manifest.get('format')!r}")
    del checksums[MANIFEST], checksums[SIGNATURE]
    expected = manifest["files"]
    problems = [f"{name}: missing" for name in sorted(set(expected) - set(checksums))]
    problems += [f"{name}: not in the manifest" for name in sorted(set(checksums) - set(expected))]
    problems += [
        f"{name}: checksum differs"
        for name in sorted(set(expected) & set(checksums))
        if expected[name] != checksums[name]
    ]
    if problems:
        raise BackupError("the archive is damaged or was altered: " + "; ".join(problems[:10]))
    return manifest, content


def current_tables():
    with connection.cursor() as cursor:
        return connection.introspection.table_names(cursor)


def ensure_empty_target():
    tables = current_tables()
    if tables:
        raise BackupError(
            f"the database {connection.settings_dict['NAME']} is not empty ({len(tables)} tables): "
            "restore only into a new, empty database"
        )
    for root in file_roots().values():
        if root.is_dir() and any(root.iterdir()):
            raise BackupError(f"{root} is not empty: restore only into empty media folders")


def restore_database(manifest, content):
    database = manifest["database"]
    if database["vendor"] != connection.vendor:
        raise BackupError(
            f"the archive holds a {database['vendor']} database; this site uses {connection.vendor}"
        )
    source = content / database["file"]
    if connection.vendor == "sqlite":
        connection.close()
        shutil.copyfile(source, connection.settings_dict["NAME"])
        return
    result = subprocess.run(  # nosec B603
        [
            postgres_bin("pg_restore"),
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            f"--dbname={connection.settings_dict['NAME']}",
            str(source),
        ],
        env=postgres_environment(connection.settings_dict),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise BackupError(f"pg_restore failed: {result.stderr.strip()}")


def restore_files(manifest, content):
    roots = file_roots()
    for name in manifest["files"]:
        prefix, _, relative = name.partition("/")
        if prefix not in roots:
            continue
        target = roots[prefix] / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(content / name, target)


def verify_restored(manifest):
    """Count and hash again what was restored; returns the list of differences (empty: identical)."""
    problems = []
    expected = manifest["database"]["tables"]
    with connection.cursor() as cursor:
        found = table_counts(cursor, [table for table in current_tables() if table in expected])
    for table, rows in expected.items():
        if found.get(table) != rows:
            problems.append(f"table {table}: {found.get(table)} rows, the backup had {rows}")
    roots = file_roots()
    for name, checksum in manifest["files"].items():
        prefix, _, relative = name.partition("/")
        if prefix not in roots:
            continue
        path = roots[prefix] / relative
        if not path.is_file() or sha256_of(path) != checksum:
            problems.append(f"file {name}: missing or different")
    return problems


def restore_backup(archive, *, identity=None, check_signature=True):
    """Restore `archive` into the empty database and media folders; returns the manifest."""
    archive = Path(archive)
    if not archive.is_file():
        raise BackupError(f"{archive} does not exist")
    ensure_empty_target()
    work_parent = Path(settings.MEDIA_ROOT).parent
    work_parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=work_parent, prefix=".restore-") as work:
        work = Path(work)
        tar_path = decrypt(archive, identity, work) if is_encrypted(archive) else archive
        manifest, content = unpack_and_verify(tar_path, work, check_signature=check_signature)
        restore_database(manifest, content)
        restore_files(manifest, content)
    problems = verify_restored(manifest)
    if problems:
        raise BackupError("the restored site differs from the backup: " + "; ".join(problems[:10]))
    return manifest
