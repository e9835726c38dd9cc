"""Where the slow paths spend their time: each address of `make bench` profiled in-process with
pyinstrument, on the benchmark database `bench/run.py` built (`japbusi_bench_site`).

`.venv/bin/python bench/profile.py [--requests 20] [--only NAME ...]` serves each address
`--requests` times through Django's test client with the page cache off (after two warm-ups), and
prints, per address: the mean milliseconds per request, the queries per request, and the five
functions with the most time of their own (self time, summed over the whole call tree), with the
share of the request each takes. The full call trees go to
`bench/results/profile-<timestamp>-<address>.txt`. Run `bench/run.py` once first (it builds the
database and keeps it; `--reuse` on later runs).
"""

import argparse
import json
import shutil
import sys
import tempfile
from datetime import datetime
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))

from bench.case_tracker import LISTING_PATH, OPERATOR, django_script  # noqa: E402
from bench.grievance_intake import RESULTS_DIR  # noqa: E402
from bench.run import (  # noqa: E402
    DATABASE_URL,
    QUERY_COUNT_SECONDS,
    STAFF_SESSION_CODE,
    form_fields,
    manage,
    plan,
    server_environment,
)

PROFILE_CODE = r"""
import gc, json, os, time
from collections import defaultdict
from pathlib import Path
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from pyinstrument import Profiler
from grievances.intake.forms import issue_form_token

params = json.loads(os.environ["BENCH_PARAMS"])
staff = Client()
name, _, value = params["staff_cookie"].partition("=")
staff.cookies[name] = value
# What each address asks: a client, a method, a path, the data, and whether the form needs a fresh token.
requests = {name: (Client, "GET", path, None) for name, path in params["pages"].items()}
requests["search, new words"] = (Client, "GET", "/cari/?q={word}&page={page}", None)
requests["report form POST"] = (Client, "POST", params["form_path"], params["form_data"])
requests["status lookup POST"] = (Client, "POST", params["status_path"], params["status_data"])
requests["case listing (operator)"] = (lambda: staff, "GET", params["listing_path"], None)
words = ["lembur", "kontrak", "pemanen", "bpjs", "pestisida", "mandor", "premi", "borongan", "pesangon", "rspo"]

clients = {}

def send(name, n):
    make_client, method, path, data = requests[name]
    # One client per address, its cookies dropped before each request (a new visitor each time,
    # as in the benchmark): a new test client would build the whole middleware chain again.
    client = clients.setdefault(name, make_client())
    if client is not staff:
        client.cookies.clear()
    if "{word}" in path:
        path = path.format(word=words[n % len(words)], page=1 + n // len(words))
    if method == "POST":
        payload = dict(data)
        if name == "report form POST":
            payload["form_token"] = issue_form_token()
        return client.post(path, payload)
    return client.get(path)

def self_times(frame, totals, parent_key=None):
    # pyinstrument shows a frame's own time as a synthetic "[self]" child: counted for the frame.
    if frame.is_synthetic and parent_key:
        key = parent_key
    else:
        key = f"{frame.function}  {frame.file_path_short}:{frame.line_no}"
    totals[key] += frame.total_self_time
    for child in frame.children:
        self_times(child, totals, key)

report = {}
with override_settings(PAGE_CACHE_ENABLED=False):
    for name in params["names"]:
        for n in range(2):
            send(name, 1000 + n)
        # As each gunicorn worker does once it has loaded the site (gunicorn.conf.py): what lives as
        # long as the process is out of the garbage collector's sight, so a full collection's pause
        # is not charged to whichever line happened to allocate when it came.
        gc.collect()
        gc.freeze()
        with CaptureQueriesContext(connection) as captured:
            response = send(name, 2000)
        # Counted now: the next request's start empties the connection's query log.
        queries = len(captured)
        profiler = Profiler(interval=0.0005)
        started = time.perf_counter()
        profiler.start()
        for n in range(params["requests"]):
            response = send(name, n)
        profiler.stop()
        elapsed = time.perf_counter() - started
        session = profiler.last_session
        root = session.root_frame()
        totals = defaultdict(float)
        if root is not None:
            self_times(root, totals)
        whole = sum(totals.values()) or 1.0
        top = sorted(totals.items(), key=lambda item: -item[1])[:5]
        Path(params["tree_prefix"] + name.replace(" ", "-").replace(",", "").replace("(", "").replace(")", "") + ".txt").write_text(
            profiler.output_text(unicode=False, color=False, show_all=False)
        )
        report[name] = {
            "status": response.status_code,
            "ms_per_request": 1000 * elapsed / params["requests"],
            "queries": queries,
            "top_self_time": [{"function": key, "share": seconds / whole} for key, seconds in top],
        }
print(json.dumps(report))
"""

NAMES = [
    "search",
    "search, new words",
    "topic",
    "report form GET",
    "report form POST",
    "status lookup POST",
    "case listing (operator)",
]


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=20, help="profiled requests per address")
    parser.add_argument("--only", nargs="*", choices=NAMES + ["home", "article"], help="these addresses only")
    args = parser.parse_args()
    state_path = RESULTS_DIR / "site-database.json"
    if not state_path.exists():
        raise SystemExit("No benchmark database yet: run `.venv/bin/python bench/run.py` once first.")
    site = json.loads(state_path.read_text())
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    tmp = Path(tempfile.mkdtemp(prefix="japbusi-bench-profile-"))
    try:
        report = profile(site, args, stamp, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for name, row in report.items():
        print(
            f"\n{name}: {row['ms_per_request']:.1f} ms per request, {row['queries']} queries, status {row['status']}"
        )
        for entry in row["top_self_time"]:
            print(f"  {100 * entry['share']:5.1f}%  {entry['function']}")
    path = RESULTS_DIR / f"profile-{stamp}.json"
    path.write_text(
        json.dumps({"timestamp": stamp, "requests": args.requests, "paths": report}, indent=2) + "\n"
    )
    print(f"\nresults: {path.relative_to(PROJECT)} (call trees beside it)")


def profile(site, args, stamp, tmp):
    env = server_environment(tmp, DATABASE_URL)
    env["ALLOWED_HOSTS"] = "127.0.0.1,localhost,testserver"
    manage(env, "collectstatic", "--noinput", "-v", "0")
    cookie = django_script(env, STAFF_SESSION_CODE, {"username": OPERATOR[0]}, 120)["cookie"]
    params = {
        "names": args.only or NAMES,
        "requests": args.requests,
        "pages": plan(site),
        "form_path": site["form_path"],
        "form_data": form_fields(),
        "status_path": site["status_path"],
        "status_data": {"reference": site["reference"], "secret": site["secret"]},
        "staff_cookie": cookie,
        "listing_path": LISTING_PATH,
        "tree_prefix": str(RESULTS_DIR / f"profile-{stamp}-"),
    }
    return django_script(env, PROFILE_CODE, params, QUERY_COUNT_SECONDS)


if __name__ == "__main__":
    main()
