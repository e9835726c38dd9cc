"""Worker processes, backups and readiness against a real PostgreSQL (skipped on SQLite).

Worker and backup processes work on this test's own database; the readiness test starts a
throwaway PostgreSQL cluster under /tmp on a free port, never the one the suite runs on.
"""

import glob
import hashlib
import io
import os
import shutil
import signal
import socket
import subprocess
import tarfile
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import psycopg
import pyrage
import pytest
from django.db import connection
from django_tasks_db.models import DBTaskResult
from taggit.models import Tag

from grievances.cases.models import Case, StaffNotification
from grievances.cases.roles import OPERATOR_GROUP
from grievances.factories import FullCaseFactory, StaffFactory
from operations.backup import BackupError, decrypt, unpack_and_verify
from tests.operations import tasks
from tests.operations.conftest import ROOT, manage, process_environment, requires_postgres

pytestmark = [requires_postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def wait_for(condition, timeout=60, every=0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(every)
    return False


def finish(process, timeout=120):
    output, _ = process.communicate(timeout=timeout)
    return process.returncode, output


# Workers ---------------------------------------------------------------------------------------


def test_two_worker_processes_run_the_tasks_a_real_report_queued_each_once(
    queue, client, form_page, report_data
):
    StaffFactory(username="sekretariat", role=OPERATOR_GROUP)
    response = client.post(form_page.url, report_data())
    assert response.status_code == 302
    case = Case.objects.get()
    notification = StaffNotification.objects.get(case=case)
    assert notification.sent_at is None  # queued, not sent inside the request
    for number in range(6):
        tasks.record.enqueue(f"tag-{number}")
    queued = DBTaskResult.objects.count()
    assert queued >= 7

    workers = [manage("task_worker", "--batch", "--no-schedule", "--interval", "0.1") for _ in range(2)]
    results = [finish(worker) for worker in workers]

    assert all(code == 0 for code, _ in results), results
    notification.refresh_from_db()
    assert notification.sent_at is not None
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {"SUCCESSFUL"}
    assert all(len(ids) == 1 for ids in DBTaskResult.objects.values_list("worker_ids", flat=True))
    assert Tag.objects.filter(name__startswith="tag-").count() == 6


def test_a_worker_killed_during_a_task_leaves_it_to_the_next_one_done_once(queue, tmp_path):
    marker = tmp_path / "attempts"
    result = tasks.slow_record.enqueue("killed-once", str(marker))
    first = manage("task_worker", "--lease", "2", "--no-schedule", "--interval", "0.1")
    try:
        assert wait_for(lambda: marker.exists() and marker.read_text().strip()), (
            "the first worker never started"
        )
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
    finally:
        if first.poll() is None:
            first.kill()
    row = DBTaskResult.objects.get(pk=result.id)
    assert row.status == "RUNNING"
    assert not Tag.objects.filter(name="killed-once").exists()

    second = manage("task_worker", "--lease", "2", "--no-schedule", "--interval", "0.1", "--max-tasks", "1")
    code, output = finish(second)

    assert code == 0, output
    row.refresh_from_db()
    assert row.status == "SUCCESSFUL"
    assert len(row.worker_ids) == 2
    assert len(marker.read_text().split()) == 2
    assert Tag.objects.filter(name="killed-once").count() == 1


# Backups ---------------------------------------------------------------------------------------


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def counts(dbname):
    settings_dict = connection.settings_dict
    with psycopg.connect(
        host=settings_dict["HOST"] or "127.0.0.1",
        port=settings_dict["PORT"] or 5432,
        user=settings_dict["USER"] or "postgres",
        password=settings_dict["PASSWORD"] or None,
        dbname=dbname,
        autocommit=True,
    ) as conn:
        tables = [
            row[0] for row in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        ]
        return {table: conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0] for table in tables}


@pytest.fixture
def empty_database():
    name = f"japbusi_restore_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(dbname="postgres", **_server(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield name
    with psycopg.connect(dbname="postgres", **_server(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _server():
    settings_dict = connection.settings_dict
    return {
        "host": settings_dict["HOST"] or "127.0.0.1",
        "port": settings_dict["PORT"] or 5432,
        "user": settings_dict["USER"] or "postgres",
        "password": settings_dict["PASSWORD"] or None,
    }


def site_environment(root, database=None):
    env = process_environment(
        DJANGO_SETTINGS_MODULE="japbusi.settings.dev",
        MEDIA_ROOT=str(root / "media"),
        PRIVATE_MEDIA_ROOT=str(root / "private"),
    )
    if database:
        env["DATABASE_URL"] = env["DATABASE_URL"].rsplit("/", 1)[0] + "/" + database
    return env


def test_a_backup_restores_to_an_identical_site_and_a_tampered_one_is_refused(tmp_path, empty_database):
    FullCaseFactory.create_batch(3)
    source = tmp_path / "site"
    (source / "media" / "images").mkdir(parents=True)
    (source / "private" / "cases" / "2026").mkdir(parents=True)
    (source / "media" / "images" / "kebun.jpg").write_bytes(os.urandom(50_000))
    (source / "private" / "cases" / "2026" / "bukti.pdf").write_bytes(os.urandom(80_000))
    archive = tmp_path / "backup.tar"

    code, output = finish(manage("backup", "--output", str(archive), env=site_environment(source)))
    assert code == 0, output
    expected_counts = counts(connection.settings_dict["NAME"])
    assert expected_counts["grievances_case"] == 3

    target = tmp_path / "restored"
    code, output = finish(
        manage("restore", str(archive), env=site_environment(target, database=empty_database))
    )
    assert code == 0, output
    assert "counts and checksums verified" in output
    assert counts(empty_database) == expected_counts
    for relative in ("media/images/kebun.jpg", "private/cases/2026/bukti.pdf"):
        assert sha256(target / relative) == sha256(source / relative)

    # Restoring again over the restored site is refused: only into an empty database.
    code, output = finish(
        manage("restore", str(archive), env=site_environment(target, database=empty_database))
    )
    assert code != 0 and "not empty" in output

    # One byte changed in a case file: refused before anything is written.
    tampered = tmp_path / "tampered.tar"
    with tarfile.open(archive) as original, tarfile.open(tampered, "w") as copy:
        for member in original:
            data = original.extractfile(member).read()
            if member.name == "private/cases/2026/bukti.pdf":
                data = bytes([data[0] ^ 1]) + data[1:]
            copy.addfile(member, io.BytesIO(data))
    with pytest.raises(BackupError, match="private/cases/2026/bukti.pdf: checksum differs"):
        # (made by a process with the development SECRET_KEY: its checksums are what is checked here)
        unpack_and_verify(tampered, tmp_path / "check", check_signature=False)
    fresh = tmp_path / "fresh"
    code, output = finish(
        manage("restore", str(tampered), env=site_environment(fresh, database=empty_database))
    )
    assert code != 0

    # A truncated archive: refused with a clear message.
    truncated = tmp_path / "truncated.tar"
    truncated.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    with pytest.raises(BackupError, match="damaged"):
        unpack_and_verify(truncated, tmp_path / "check2", check_signature=False)


def test_an_encrypted_backup_needs_its_key_and_refuses_an_altered_copy(tmp_path):
    identity = pyrage.x25519.Identity.generate()
    key_file = tmp_path / "key.txt"
    key_file.write_text(str(identity) + "\n")
    source = tmp_path / "site"
    (source / "private").mkdir(parents=True)
    (source / "private" / "catatan.txt").write_text("kesaksian pekerja")
    archive = tmp_path / "backup.tar.age"

    code, output = finish(
        manage(
            "backup",
            "--output",
            str(archive),
            "--recipient",
            str(identity.to_public()),
            env=site_environment(source),
        )
    )
    assert code == 0, output
    assert b"kesaksian pekerja" not in archive.read_bytes()

    plain = decrypt(archive, key_file, tmp_path)
    manifest, content = unpack_and_verify(plain, tmp_path / "unpacked", check_signature=False)
    assert (content / "private" / "catatan.txt").read_text() == "kesaksian pekerja"
    assert "database.pgdump" in manifest["files"]

    other_key = tmp_path / "other.txt"
    other_key.write_text(str(pyrage.x25519.Identity.generate()) + "\n")
    (tmp_path / "x").mkdir()
    with pytest.raises(BackupError, match="cannot be decrypted"):
        decrypt(archive, other_key, tmp_path / "x")
    altered = tmp_path / "altered.tar.age"
    data = bytearray(archive.read_bytes())
    data[-100] ^= 1
    altered.write_bytes(bytes(data))
    (tmp_path / "y").mkdir()
    with pytest.raises(BackupError, match="cannot be decrypted"):
        decrypt(altered, key_file, tmp_path / "y")


# Readiness with a PostgreSQL that stops and starts again ----------------------------------------------


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def as_postgres(*command):
    """Run a server program; as root, as the postgres user (PostgreSQL refuses to run as root)."""
    if os.geteuid() == 0:
        command = ("runuser", "-u", "postgres", "--", *command)
    return subprocess.run(command, capture_output=True, text=True, check=True, timeout=120)  # noqa: S603


@pytest.fixture
def throwaway_cluster(tmp_path_factory):
    binaries = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not binaries:
        pytest.skip("initdb not found under /usr/lib/postgresql")
    bin_dir = Path(binaries[-1]).parent
    data = Path(f"/tmp/japbusi-readyz-{uuid.uuid4().hex[:8]}")  # noqa: S108
    data.mkdir(mode=0o700)
    if os.geteuid() == 0:
        shutil.chown(data, "postgres", "postgres")
    port = free_port()
    as_postgres(str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8")
    pg_ctl = (str(bin_dir / "pg_ctl"), "-D", str(data), "-w", "-t", "60")
    options = f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off"

    def start():
        as_postgres(*pg_ctl, "-o", options, "-l", str(data / "log"), "start")

    def stop():
        as_postgres(*pg_ctl, "-m", "fast", "stop")

    start()
    try:
        yield port, start, stop
    finally:
        subprocess.run(
            ["runuser", "-u", "postgres", "--", *pg_ctl, "-m", "immediate", "stop"]  # noqa: S603
            if os.geteuid() == 0
            else [*pg_ctl, "-m", "immediate", "stop"],
            capture_output=True,
            check=False,
        )
        shutil.rmtree(data, ignore_errors=True)


def readyz(port):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz/", timeout=20) as response:  # noqa: S310
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()
    except OSError:
        return None, ""


def test_readyz_answers_503_while_postgresql_is_stopped_and_200_when_it_is_back(throwaway_cluster):
    db_port, start, stop = throwaway_cluster
    web_port = free_port()
    env = process_environment(
        DATABASE_URL=f"postgres://postgres@127.0.0.1:{db_port}/postgres",
        DATABASE_POOL="true",
        TASKS_BACKEND="immediate",
    )
    server = subprocess.Popen(  # noqa: S603
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "japbusi.wsgi",
            "--bind",
            f"127.0.0.1:{web_port}",
            "--workers",
            "1",
            "--no-control-socket",
            "--timeout",
            "60",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert wait_for(lambda: readyz(web_port)[0] == 200, timeout=90), readyz(web_port)

        stop()
        status, body = readyz(web_port)
        assert status == 503
        assert "database: FAIL" in body

        start()
        assert wait_for(lambda: readyz(web_port)[0] == 200, timeout=60), readyz(web_port)
        assert "database: ok" in readyz(web_port)[1]
    finally:
        server.terminate()
        server.wait(timeout=30)
