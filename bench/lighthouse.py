"""Lighthouse as a phone on the home page, the longest article and the report form (`make lighthouse`).

Builds the PostgreSQL database `japbusi_bench_lighthouse` with the demo site, serves it with
gunicorn and production settings (`bench.settings`), and runs the Lighthouse pinned in
`tools/lighthouse/` with Debian's Chromium (`CHROME_PATH`, default /usr/bin/chromium). Prints the
four scores per page and the audits that cost points; writes the reports to `bench/results/`.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

import urllib3

PROJECT = Path(__file__).resolve().parent.parent
if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))

from bench.case_tracker import django_script  # noqa: E402
from bench.grievance_intake import (  # noqa: E402
    HOST,
    RESULTS_DIR,
    free_port,
    manage,
    recreate_database,
    server_environment,
    start_server,
    stop_server,
    wait_until_ready,
)
from bench.run import SITE_CODE  # noqa: E402

DB_NAME = "japbusi_bench_lighthouse"
DATABASE_URL = f"postgres://postgres@{HOST}:5432/{DB_NAME}"
LIGHTHOUSE = PROJECT / "tools" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
RUN_SECONDS = 180

# One case is needed by the site set-up (the status lookup's known secret); the demo site has none.
ONE_CASE_CODE = r"""
from grievances.cases.models import Case
from grievances.cases.references import new_reference
Case.objects.create(reference=new_reference(), secret_hash="-", description="Upah dipotong.")
print("{}")
"""


def lighthouse(url, output, chrome):
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={output}",
        f"--only-categories={','.join(CATEGORIES)}",
        # The default form factor is a phone (Moto G Power) on a throttled slow-4G connection.
        "--form-factor=mobile",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ]
    env = {**os.environ, "CHROME_PATH": chrome}
    subprocess.run(command, env=env, check=True, timeout=RUN_SECONDS, capture_output=True)
    report = json.loads(Path(output).read_text())
    scores = {name: round(100 * report["categories"][name]["score"]) for name in CATEGORIES}
    lost = [
        f"{audit['id']} ({audit['score']})"
        for audit in report["audits"].values()
        if audit.get("score") is not None
        and audit["score"] < 1
        and audit.get("scoreDisplayMode") in ("binary", "numeric", "metricSavings")
    ]
    metrics = {
        key: report["audits"][key]["displayValue"]
        for key in (
            "first-contentful-paint",
            "largest-contentful-paint",
            "total-blocking-time",
            "cumulative-layout-shift",
        )
        if key in report["audits"]
    }
    return {"scores": scores, "lost": lost, "metrics": metrics}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chrome", default=os.environ.get("CHROME_PATH", "/usr/bin/chromium"))
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        raise SystemExit("Lighthouse is not installed: run `make lighthouse`, which installs it first")
    if not Path(args.chrome).exists():
        raise SystemExit(f"{args.chrome} not found: apt-get install chromium, or set CHROME_PATH")

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="japbusi-lighthouse-"))
    log_path = RESULTS_DIR / f"lighthouse-{stamp}.server.log"
    results = {}
    try:
        env = server_environment(tmp, DATABASE_URL)
        env["PAGE_CACHE_URL"] = f"filecache://{tmp / 'pages'}"
        # No reverse proxy here: the application serves the images itself.
        env["SERVE_MEDIA"] = "true"
        print(f"setting up {DB_NAME} with the demo site ...", flush=True)
        recreate_database(DB_NAME)
        manage(env, "migrate", "--noinput", "-v", "0")
        manage(env, "collectstatic", "--noinput", "-v", "0")
        django_script(env, ONE_CASE_CODE, {}, 120)
        site = django_script(env, SITE_CODE, {"articles": 0, "seed": 1}, 600)
        port = free_port()
        base = f"http://{HOST}:{port}"
        with open(log_path, "wb") as log_file:
            server = start_server(env, port, log_file)
        try:
            wait_until_ready(server, base, log_path)
            pages = {"home": "/", "article": site["article_path"], "report form": site["form_path"]}
            # A reader is never the first visitor: image renditions and the page cache are filled.
            http = urllib3.PoolManager(retries=False, timeout=urllib3.Timeout(total=120))
            for path in pages.values():
                for _ in range(2):
                    http.request("GET", base + path)
            for name, path in pages.items():
                print(f"lighthouse (phone): {name} {path} ...", flush=True)
                output = RESULTS_DIR / f"lighthouse-{stamp}-{name.replace(' ', '-')}.json"
                results[name] = {"path": path, **lighthouse(base + path, output, args.chrome)}
        finally:
            stop_server(server)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print()
    print(f"{'page':<14}" + "".join(f"{name:>16}" for name in CATEGORIES))
    for name, result in results.items():
        print(f"{name:<14}" + "".join(f"{result['scores'][c]:>16}" for c in CATEGORIES))
    for name, result in results.items():
        print(f"  {name}: {', '.join(f'{k} {v}' for k, v in result['metrics'].items())}")
        if result["lost"]:
            print(f"    points lost: {', '.join(result['lost'])}")
    summary = RESULTS_DIR / f"lighthouse-{stamp}.summary.json"
    summary.write_text(json.dumps(results, indent=2) + "\n")
    print(f"reports: bench/results/lighthouse-{stamp}-*.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
