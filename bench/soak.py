"""Soak: reports with 1–5 MB photos for ≥10 minutes while PostgreSQL restarts once; nothing lost.

On demand only (never in the suite). It creates its own throwaway PostgreSQL cluster under /tmp on
a free port (never the machine's main cluster), serves the site with gunicorn (2 workers,
`bench.settings`, TASKS_BACKEND=database) and two `task_worker` processes, and sends reports
from `--concurrency` reporters for `--minutes`. Halfway through it restarts PostgreSQL
(`pg_ctl restart -m fast`). A reporter behaves like a person: when a page fails (the "coba lagi
beberapa menit lagi" page, or no answer), they wait 5 s and press the button again — the same
form, with the same form token, so a report that was in fact stored is not stored twice — for
up to 3 minutes. After the run, with the workers drained, the retention task runs, then the
integrity check: stored cases = receipts shown, distinct references, attachment rows = photo
reports, files on disk = attachment rows (no orphan file), every queued task done. Then it
backs the site up and restores it into a second database, timing both.

    .venv/bin/python bench/soak.py [--minutes 10] [--concurrency 2]

Prints the figures and writes bench/results/soak-<timestamp>.json; exits 1 on an integrity failure.
"""

import argparse
import contextlib
import glob
import io
import json
import os
import random
import shutil
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import urllib3
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.grievance_intake import (  # noqa: E402
    CSRF_INPUT,
    DESCRIPTION,
    FORM_TOKEN_INPUT,
    PAGE_PATH,
    PROJECT,
    RECEIPT_PATH,
    RECEIPT_REFERENCE,
    RESULTS_DIR,
    SETUP_PAGE_CODE,
    VENV_BIN,
    Recorder,
    Visitor,
    free_port,
    manage,
    new_http,
    server_environment,
    start_server,
    stop_server,
    wait_until_ready,
)

RETRY_EVERY = 5
GIVE_UP_AFTER = 180
H1 = "<h1>"


class Cluster:
    """A throwaway PostgreSQL cluster under /tmp, run as the postgres user when we are root."""

    def __init__(self):
        self.bin = Path(sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))[-1]).parent
        self.data = Path(f"/tmp/japbusi-soak-{os.getpid()}")  # noqa: S108
        self.port = free_port()

    def run(self, *command):
        if os.geteuid() == 0:
            command = ("runuser", "-u", "postgres", "--", *command)
        return subprocess.run(command, capture_output=True, text=True, check=True, timeout=300)  # noqa: S603

    def pg_ctl(self, *args):
        options = f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1 -c max_connections=100"
        return self.run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.data),
            "-w",
            "-t",
            "120",
            "-o",
            options,
            "-l",
            str(self.data / "log"),
            *args,
        )

    def create(self):
        self.data.mkdir(mode=0o700)
        if os.geteuid() == 0:
            shutil.chown(self.data, "postgres", "postgres")
        self.run(
            str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8"
        )
        self.pg_ctl("start")

    def url(self, db):
        return f"postgres://postgres@127.0.0.1:{self.port}/{db}"

    def sql(self, statement, db="postgres"):
        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname=db, autocommit=True
        ) as conn:
            cursor = conn.execute(statement)
            return cursor.fetchall() if statement.lstrip().upper().startswith("SELECT") else None

    def destroy(self):
        with contextlib.suppress(subprocess.CalledProcessError):
            self.pg_ctl("-m", "immediate", "stop")
        shutil.rmtree(self.data, ignore_errors=True)


def make_photos():
    """Noise JPEGs of about 1, 2, 3, 4 and 5 MB (noise does not compress)."""
    rng = random.Random(18)
    photos = []
    for megabytes in (1, 2, 3, 4, 5):
        width = int(1150 * megabytes**0.5)
        for _ in range(6):
            height = width * 3 // 4
            buffer = io.BytesIO()
            Image.frombytes("RGB", (width, height), rng.randbytes(width * height * 3)).save(
                buffer, "JPEG", quality=85
            )
            size = len(buffer.getvalue())
            if abs(size - megabytes * 1_000_000) < 150_000:
                break
            width = int(width * (megabytes * 1_000_000 / size) ** 0.5)
        photos.append(buffer.getvalue())
    return photos


def heading(html):
    start = html.find(H1)
    return html[start + len(H1) : html.find("</h1>", start)].strip() if start >= 0 else html[:80]


def patient(visitor, recorder, step, method, path, ok, **kwargs):
    """A request repeated like a reporter pressing the button again; returns the last response."""
    deadline = time.monotonic() + GIVE_UP_AFTER
    while True:
        try:
            response = visitor.request(step, method, path, **kwargs)
            if ok(response):
                return response
            recorder.fail(f"{step} {response.status}: {heading(response.data.decode(errors='replace'))}")
        except (urllib3.exceptions.HTTPError, OSError) as error:
            recorder.fail(f"{step} no answer: {type(error).__name__}")
        if time.monotonic() >= deadline:
            return None
        time.sleep(RETRY_EVERY)


def report_once(http, base, recorder, tag, photo):
    visitor = Visitor(http, base, recorder)
    response = patient(visitor, recorder, "form_get", "GET", PAGE_PATH, lambda r: r.status == 200)
    if response is None:
        recorder.outcomes["gave up"] += 1
        return
    html = response.data.decode(errors="replace")
    fields = [
        ("csrfmiddlewaretoken", CSRF_INPUT.search(html).group(1)),
        ("form_token", FORM_TOKEN_INPUT.search(html).group(1)),
        ("website", ""),
        ("description", DESCRIPTION.format(block=tag[-1], tag=tag)),
        ("identity_mode", "anonymous"),
        ("attachments", ("foto-kebun.jpg", photo, "image/jpeg")),
    ]
    body, content_type = urllib3.encode_multipart_formdata(fields)
    headers = {"Content-Type": content_type, "Referer": base + PAGE_PATH}
    response = patient(
        visitor,
        recorder,
        "post",
        "POST",
        PAGE_PATH,
        lambda r: r.status == 302 and urlsplit(r.headers.get("Location", "")).path == RECEIPT_PATH,
        body=body,
        headers=headers,
    )
    if response is None:
        recorder.outcomes["gave up"] += 1
        return
    response = patient(
        visitor,
        recorder,
        "receipt_get",
        "GET",
        RECEIPT_PATH,
        lambda r: r.status == 200 and RECEIPT_REFERENCE.search(r.data.decode(errors="replace")),
    )
    if response is None:
        recorder.outcomes["gave up"] += 1
        return
    recorder.references.append(RECEIPT_REFERENCE.search(response.data.decode()).group(1))
    recorder.outcomes["ok"] += 1


def worker_process(env, log):
    return subprocess.Popen(  # noqa: S603
        [str(VENV_BIN / "python"), "manage.py", "task_worker", "--interval", "0.5"],
        cwd=PROJECT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def integrity(cluster, db, references, private_root):
    stored = [row[0] for row in cluster.sql("SELECT reference FROM grievances_case", db)]
    attachments = cluster.sql("SELECT count(*) FROM grievances_caseattachment", db)[0][0]
    names = {row[0] for row in cluster.sql("SELECT file FROM grievances_caseattachment", db)}
    tasks = dict(
        cluster.sql("SELECT status, count(*) FROM django_tasks_database_dbtaskresult GROUP BY status", db)
    )
    files = {p.relative_to(private_root).as_posix() for p in Path(private_root).rglob("*") if p.is_file()}
    checks = {
        "stored cases == receipts shown": (len(stored), len(references)),
        "receipt references distinct": (len(set(references)), len(references)),
        "receipts missing from the table": (len(set(references) - set(stored)), 0),
        "attachment rows == photo reports": (attachments, len(references)),
        "files on disk == attachment rows": (len(files), attachments),
        "orphan files (on disk, no row)": (len(files - names), 0),
        "rows without a file": (len(names - files), 0),
        "tasks not done": (sum(v for k, v in tasks.items() if k != "SUCCESSFUL"), 0),
    }
    return {
        "passed": all(a == e for a, e in checks.values()),
        "checks": {name: {"actual": a, "expected": e, "ok": a == e} for name, (a, e) in checks.items()},
        "tasks": tasks,
    }


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--concurrency", type=int, default=2)
    args = parser.parse_args()
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    tmp = Path(f"/tmp/japbusi-soak-files-{os.getpid()}")  # noqa: S108
    tmp.mkdir()
    cluster = Cluster()
    server = workers = None
    log_path = RESULTS_DIR / f"soak-{stamp}.log"
    try:
        cluster.create()
        cluster.sql("CREATE DATABASE soak")
        env = server_environment(tmp, database_url=cluster.url("soak"))
        env["TASKS_BACKEND"] = "database"
        print(f"PostgreSQL {cluster.bin.parent.name} on port {cluster.port}; migrating…", flush=True)
        manage(env, "migrate", "--noinput", "-v", "0")
        manage(env, "collectstatic", "--noinput", "-v", "0")
        manage(env, "shell", "-c", SETUP_PAGE_CODE)
        photos = make_photos()
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        log = open(log_path, "w")  # noqa: SIM115
        server = start_server(env, port, log)
        wait_until_ready(server, base, log_path)
        workers = [worker_process(env, log) for _ in range(2)]

        seconds = args.minutes * 60
        recorders = [Recorder() for _ in range(args.concurrency)]
        deadline = time.monotonic() + seconds

        def reporter(index):
            http = new_http()
            rng = random.Random(index)
            number = 0
            while time.monotonic() < deadline and number < 100_000:
                report_once(http, base, recorders[index], f"soak-{index}-{number}", rng.choice(photos))
                number += 1

        threads = [threading.Thread(target=reporter, args=(i,), daemon=True) for i in range(args.concurrency)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        time.sleep(seconds / 2)
        restart_started = time.monotonic()
        cluster.pg_ctl("-m", "fast", "restart")
        restart_seconds = time.monotonic() - restart_started
        print(
            f"PostgreSQL restarted at {restart_started - started:.0f} s ({restart_seconds:.1f} s)", flush=True
        )
        for thread in threads:
            thread.join(timeout=seconds + GIVE_UP_AFTER + 60)
        wall = time.monotonic() - started

        merged = Recorder()
        for recorder in recorders:
            merged.merge(recorder)
        # Let the workers drain the queue, then run retention as the schedule would.
        drain_deadline = time.monotonic() + 120
        while time.monotonic() < drain_deadline:
            waiting = cluster.sql(
                "SELECT count(*) FROM django_tasks_database_dbtaskresult WHERE status IN ('READY', 'RUNNING')",
                "soak",
            )[0][0]
            if not waiting:
                break
            time.sleep(1)
        manage(env, "anonymise_closed_cases")
        result = integrity(cluster, "soak", merged.references, tmp / "private_media")

        backup_path = tmp / "soak-backup.tar"
        t0 = time.monotonic()
        manage(env, "backup", "--output", str(backup_path))
        backup_seconds = time.monotonic() - t0
        cluster.sql("CREATE DATABASE soak_restored")
        restore_env = {
            **env,
            "DATABASE_URL": cluster.url("soak_restored"),
            "MEDIA_ROOT": str(tmp / "r_media"),
            "PRIVATE_MEDIA_ROOT": str(tmp / "r_private"),
        }
        t0 = time.monotonic()
        restore_output = manage(restore_env, "restore", str(backup_path))
        restore_seconds = time.monotonic() - t0

        errors = Counter({k: v for k, v in merged.outcomes.items() if k != "ok"})
        figures = {
            "minutes": round(wall / 60, 1),
            "reporters": args.concurrency,
            "reports_with_receipt": merged.outcomes["ok"],
            "gave_up": merged.outcomes["gave up"],
            "errors_seen_by_reporters": dict(errors),
            "statuses": dict(sorted(merged.statuses.items())),
            "postgres_restart_seconds": round(restart_seconds, 1),
            "integrity": result,
            "backup_bytes": backup_path.stat().st_size,
            "backup_seconds": round(backup_seconds, 1),
            "restore_seconds": round(restore_seconds, 1),
            "restore_output": restore_output.strip(),
        }
        (RESULTS_DIR / f"soak-{stamp}.json").write_text(json.dumps(figures, indent=1))
        print(json.dumps(figures, indent=1))
        print("PASS" if result["passed"] else "FAIL")
        return 0 if result["passed"] else 1
    finally:
        for process in [server, *(workers or [])]:
            if process is not None:
                stop_server(process)
        cluster.destroy()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
