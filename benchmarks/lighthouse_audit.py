"""Lighthouse (npm, pinned in package-lock.json) on the production set-up: scores per page.

`make audit` runs it. It builds the demo on a throwaway PostgreSQL database with production
settings (as `make bench-http` does, through ``http_throughput.Setup``), points the demo site at the
port it serves on (so canonical, hreflang and /llms.txt name the address Lighthouse opens), starts
gunicorn with its own redis-server, runs Lighthouse's mobile audit with Debian's chromium on each
page, prints the scores of every category (performance, accessibility, best practices, SEO,
agentic browsing) and the bytes transferred, names every audit that kept a score below 100, then
stops everything and drops the database. Figures only, no assertions; the goals are printed beside
them (issue 14: 100 everywhere, search exempt from SEO as it is ``noindex``; guide ≤ 150 KB).
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from http_throughput import ROOT, Setup, drop_database, fetch, free_port, manage, wait_for

LIGHTHOUSE = ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"
# As tests/browser/conftest.py launches it; Lighthouse adds its own headless flag.
CHROME_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
CATEGORIES = ("performance", "accessibility", "best-practices", "seo", "agentic-browsing")
GUIDE_BUDGET = 150 * 1024


def lighthouse(url, report, attempts=3):
    """Lighthouse's JSON report of ``url``. A run that fails to record its trace (Lighthouse's
    NO_NAVSTART and similar runtime errors, seen now and then with headless chromium) is repeated."""
    command = ["node", str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}"]
    command += [
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={' '.join(CHROME_FLAGS)}",
    ]
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
    for attempt in range(1, attempts + 1):
        run = subprocess.run(command, env=env, check=False)  # noqa: S603 - our own server on 127.0.0.1
        if run.returncode == 0:
            return json.loads(Path(report).read_text())
        print(f"  Lighthouse failed on {url} (attempt {attempt} of {attempts})", file=sys.stderr)
    raise SystemExit(f"Lighthouse failed {attempts} times on {url}")


def below_full_marks(result, category):
    """``[(audit id, score, title)]`` of the audits that cost ``category`` points."""
    found = []
    for ref in result["categories"][category]["auditRefs"]:
        audit = result["audits"][ref["id"]]
        if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
            found.append((ref["id"], audit["score"], audit["title"]))
    return found


def pages(base):
    guide = "/en/guides/python-interview-questions/"
    guide_html = fetch(base + guide)
    jobs_html = fetch(base + "/en/jobs/")
    return {
        "home": "/en/",
        "guide": guide,
        "question": re.search(r'href="(/en/questions/[a-z0-9-]+/)"', guide_html).group(1),
        "question bank": "/en/questions/",
        "vacancy index": "/en/jobs/",
        "vacancy": re.search(r'href="(/en/companies/[a-z0-9-]+/[a-z0-9-]+/)"', jobs_html).group(1),
        "company": "/en/companies/acme/",
        "search": "/en/search/?q=python",
    }


def serve(setup):
    """gunicorn with production settings on a free port, the demo site pointed at it."""
    port = free_port()
    manage(
        setup.env,
        "shell",
        "-c",
        f"from wagtail.models import Site; Site.objects.update(hostname='127.0.0.1', port={port})",
    )
    process = setup.start(
        [str(Path(sys.executable).parent / "gunicorn"), "-c", "deploy/gunicorn.conf.py"]
        + ["--bind", f"127.0.0.1:{port}", "--workers", "2", "--access-logfile", "/dev/null"]
        + ["portal.wsgi"],
        "gunicorn.log",
        SERVE_MEDIA="on",  # the demo's logos, as make serve shows them
    )
    base = f"http://127.0.0.1:{port}"
    wait_for(f"{base}/healthz", process)
    return base


def report(results):
    names = {"best-practices": "best pr.", "agentic-browsing": "agentic"}
    print(f"\n{'page':<15}" + "".join(f"{names.get(c, c)[:11]:>12}" for c in CATEGORIES) + "   KB")
    for name, result in results.items():
        scores = "".join(
            f"{round((result['categories'][c]['score'] or 0) * 100):>12}" for c in CATEGORIES
        )
        size = result["audits"]["total-byte-weight"]["numericValue"] / 1024
        print(f"{name:<15}{scores}   {size:.0f}")
    print("goal: 100 in every category (search: SEO exempt, noindex); guide <= 150 KB")
    for name, result in results.items():
        for category in CATEGORIES:
            if name == "search" and category == "seo":
                continue
            for audit_id, score, title in below_full_marks(result, category):
                print(f"  {name} / {category}: {audit_id} ({score}) {title}")
    guide = results["guide"]["audits"]["total-byte-weight"]["numericValue"]
    print(
        f"guide transferred {guide / 1024:.0f} KB ({'within' if guide <= GUIDE_BUDGET else 'OVER'} 150 KB)"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep-database", action="store_true")
    options = parser.parse_args()
    if not LIGHTHOUSE.exists() or shutil.which("node") is None:
        raise SystemExit("Lighthouse is not installed: make judges (npm ci) first")

    setup = Setup(workers=2)
    server, name = setup.database_url.rsplit("/", 1)
    setup.database_url = setup.env["DATABASE_URL"] = (
        f"{server}/{name.removesuffix('_bench_http')}_audit"
    )
    setup.redis()
    print(f"Building the demo on {setup.database_url.rsplit('/', 1)[1]} …", flush=True)
    try:
        manage(setup.env, "check_services", "--cache", "--create-database")
        manage(setup.env, "migrate", "--no-input", "--verbosity", "0")
        manage(setup.env, "load_demo")
        manage(setup.env, "collectstatic", "--no-input", "--verbosity", "0")
        base = serve(setup)
        results = {}
        for page, path in pages(base).items():
            print(f"Lighthouse (mobile): {page} {path}", flush=True)
            results[page] = lighthouse(base + path, setup.tmp / f"{page.replace(' ', '-')}.json")
        version = next(iter(results.values()))["lighthouseVersion"]
        print(f"\nLighthouse {version}, mobile, {os.cpu_count()} CPUs; load: {os.getloadavg()}")
        report(results)
    finally:
        setup.stop()
        if not options.keep_database:
            drop_database(setup)


if __name__ == "__main__":
    main()
