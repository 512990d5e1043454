"""HTTP throughput of the production set-up, next to nginx serving the same guide as a static file.

`make bench-http` runs it. It builds the demo on a throwaway PostgreSQL database, starts two gunicorns
with production settings (one with the page cache, one with ``PAGE_CACHE=off``), Varnish with
deploy/varnish/default.vcl in front of the first, nginx serving the guide's HTML from a file and a
redis-server of its own (when installed), all on free ports of 127.0.0.1; runs wrk against each page;
prints req/s, p50, p99, errors and the ratio to the static baseline next to the goals of issue 11;
stops everything and drops the database. Figures only,
no assertions. ``--duration`` per run (default 5 s), ``--long-duration 60`` for the 200-connection
runs, ``--workers`` per gunicorn (default 2, as in the issue's measurements).
"""

import argparse
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUIDE = "/en/guides/python-interview-questions/"
SEARCH = "/en/search/?q=decorator"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url, process, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{process.args[0]} exited while starting ({url})")
        try:
            with urllib.request.urlopen(url, timeout=5):  # noqa: S310 - 127.0.0.1 only
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"{url} did not answer in {seconds} s")


def fetch(url):
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - 127.0.0.1 only
        return response.read().decode()


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)  # noqa: S603


class Setup:
    """The servers of one run; ``stop()`` ends each process this script started."""

    def __init__(self, workers):
        self.workers = workers
        self.processes = []
        self.tmp = Path(tempfile.mkdtemp(prefix="bench-http-"))
        self.tmp.chmod(0o755)  # nginx workers run as another user when started as root
        base = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/jobfutures")
        server, name = base.rsplit("/", 1)
        self.database_url = f"{server}/{name.split('?')[0]}_bench_http"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "DATABASE_URL": self.database_url,
            "REDIS_URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"),
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "off",
        }

    def start(self, args, log_name, **env):
        log = open(self.tmp / log_name, "w")  # noqa: SIM115 - closed with the process
        process = subprocess.Popen(  # noqa: S603
            args, cwd=ROOT, env={**self.env, **env}, stdout=log, stderr=subprocess.STDOUT
        )
        self.processes.append(process)
        return process

    def redis(self):
        """A Redis of its own, so that nothing else flushes the page cache during the run."""
        server = shutil.which("redis-server")
        if server is None:
            return
        port = free_port()
        process = self.start(
            [
                server,
                "--bind",
                "127.0.0.1",
                "--port",
                str(port),
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            "redis.log",
        )
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("redis-server did not start") from None
                time.sleep(0.1)
        self.env["REDIS_URL"] = f"redis://127.0.0.1:{port}/0"

    def gunicorn(self, name, **env):
        port = free_port()
        process = self.start(
            [str(Path(PYTHON).parent / "gunicorn"), "-c", "deploy/gunicorn.conf.py"]
            + ["--bind", f"127.0.0.1:{port}", "--workers", str(self.workers)]
            + ["--access-logfile", "/dev/null", "portal.wsgi"],
            f"gunicorn-{name}.log",
            **env,
        )
        wait_for(f"http://127.0.0.1:{port}/healthz", process)
        return f"http://127.0.0.1:{port}"

    def varnish(self, backend):
        port = free_port()
        vcl = (ROOT / "deploy/varnish/default.vcl").read_text()
        backend_port = backend.rsplit(":", 1)[1]
        (self.tmp / "bench.vcl").write_text(vcl.replace('"8000"', f'"{backend_port}"'))
        process = self.start(
            [shutil.which("varnishd") or "/usr/sbin/varnishd", "-F", "-j", "none"]
            + ["-a", f"127.0.0.1:{port}", "-f", str(self.tmp / "bench.vcl")]
            + ["-n", str(self.tmp / "varnish"), "-s", "malloc,256m"],
            "varnish.log",
        )
        wait_for(f"http://127.0.0.1:{port}/healthz", process)
        return f"http://127.0.0.1:{port}"

    def nginx(self, html):
        port = free_port()
        root = self.tmp / "static"
        root.mkdir()
        root.chmod(0o755)
        (root / "index.html").write_text(html)
        (root / "index.html").chmod(0o644)
        (self.tmp / "nginx.conf").write_text(
            f"""daemon off;
worker_processes auto;
pid {self.tmp}/nginx.pid;
error_log {self.tmp}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    default_type text/html;
    client_body_temp_path {self.tmp}/nginx-body;
    proxy_temp_path {self.tmp}/nginx-proxy;
    fastcgi_temp_path {self.tmp}/nginx-fastcgi;
    uwsgi_temp_path {self.tmp}/nginx-uwsgi;
    scgi_temp_path {self.tmp}/nginx-scgi;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        location / {{ try_files /index.html =404; }}
    }}
}}
"""
        )
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        process = self.start([nginx, "-c", str(self.tmp / "nginx.conf")], "nginx.log")
        wait_for(f"http://127.0.0.1:{port}/", process)
        return f"http://127.0.0.1:{port}"

    def stop(self):
        for process in reversed(self.processes):
            process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(self.tmp, ignore_errors=True)


def parse_duration(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def cache_state(url):
    """What the caches said to one request just before the run (hit, miss, pass, or -)."""
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - 127.0.0.1 only
        return response.headers.get("X-Cache") or response.headers.get("X-Page-Cache") or "-"


def wrk(url, duration, connections):
    state = cache_state(url)
    threads = min(2, connections)
    output = subprocess.run(  # noqa: S603
        [shutil.which("wrk") or "/usr/bin/wrk", f"-t{threads}", f"-c{connections}"]
        + [f"-d{duration}s", "--timeout", "5s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    errors = [int(value) for value in socket_errors.groups()] if socket_errors else [0, 0, 0, 0]
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "cache": state,
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": parse_duration(re.search(r"^\s+50%\s+(\S+)", output, re.M).group(1)),
        "p99": parse_duration(re.search(r"^\s+99%\s+(\S+)", output, re.M).group(1)),
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
        "errors": sum(errors[:3]),
        "timeouts": errors[3],
    }


def row(label, result, baseline, goal=""):
    ratio = f"{result['rps'] / baseline:6.1%}" if baseline else "     -"
    print(
        f"{label:<44} {result['cache']:>5} {result['rps']:9.0f} {result['p50']:8.1f} {result['p99']:8.1f} "
        f"{result['non_2xx']:6d} {result['errors']:6d} {result['timeouts']:6d} {ratio:>7}   {goal}"
    )


def header(title):
    print(f"\n{title}")
    print(
        f"{'page':<44} {'cache':>5} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'non2xx':>6} {'errors':>6} "
        f"{'tmouts':>6} {'static':>7}   goal"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=5, help="seconds per wrk run")
    parser.add_argument(
        "--long-duration", type=int, help="seconds per 200-connection run (default: --duration)"
    )
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers per server")
    parser.add_argument("--keep-database", action="store_true")
    options = parser.parse_args()

    setup = Setup(options.workers)
    setup.redis()
    print(f"Building the demo on {setup.database_url.rsplit('/', 1)[1]} …", flush=True)
    try:
        manage(setup.env, "check_services", "--cache", "--create-database")
        manage(setup.env, "migrate", "--no-input", "--verbosity", "0")
        manage(setup.env, "load_demo")
        manage(setup.env, "collectstatic", "--no-input", "--verbosity", "0")
        cached = setup.gunicorn("cached")
        uncached = setup.gunicorn("uncached", PAGE_CACHE="off")
        edge = setup.varnish(cached)
        guide_html = fetch(cached + GUIDE)
        static = setup.nginx(guide_html)
        question = re.search(r'href="(/en/questions/[a-z0-9-]+/)"', guide_html).group(1)
        pages = {
            "guide": GUIDE,
            "question page": question,
            "question bank page 1": "/en/questions/?page=1",
            "vacancies, senior": "/en/jobs/?seniority=senior",
            "search, one word": SEARCH,
        }
        for server in (cached, edge):
            for path in pages.values():
                fetch(server + path)  # fill the caches
        d, c = options.duration, options.connections
        print(
            f"\nwrk -t2 -c{c} -d{d}s; gunicorn --workers {options.workers}; {os.cpu_count()} CPUs"
        )
        baseline = wrk(static + "/", d, c)
        header(f"{c} connections")
        row("guide, nginx static file (baseline)", baseline, baseline["rps"])
        row(
            "guide, hit through Varnish",
            wrk(edge + GUIDE, d, c),
            baseline["rps"],
            ">= 50% of static",
        )
        row(
            "guide, page cache hit through gunicorn",
            wrk(cached + GUIDE, d, c),
            baseline["rps"],
            ">= 1,000 req/s",
        )
        goals = {"guide": ">= 100 req/s", "search, one word": ">= 100 req/s"}
        for name, path in pages.items():
            if name != "guide":
                row(f"{name}, page cache hit", wrk(cached + path, d, c), baseline["rps"])
            row(
                f"{name}, uncached (PAGE_CACHE=off)",
                wrk(uncached + path, d, c),
                baseline["rps"],
                goals.get(name, ""),
            )
        d = options.long_duration or d
        header(f"200 connections, {d} s")
        zero = "0 errors, 0 timeouts"
        row(
            "guide, page cache hit through gunicorn",
            wrk(cached + GUIDE, d, 200),
            baseline["rps"],
            zero,
        )
        row("guide, hit through Varnish", wrk(edge + GUIDE, d, 200), baseline["rps"], zero)
        row("search, page cache", wrk(cached + SEARCH, d, 200), baseline["rps"], "no 5xx")
        row("search, uncached", wrk(uncached + SEARCH, d, 200), baseline["rps"], "no 5xx")
    finally:
        setup.stop()
        if not options.keep_database:
            drop_database(setup)


def drop_database(setup):
    code = (
        "from django.db import connection\n"
        "name = connection.settings_dict['NAME']\n"
        "with connection._nodb_cursor() as cursor:\n"
        "    cursor.execute('DROP DATABASE IF EXISTS ' + connection.ops.quote_name(name) + ' WITH (FORCE)')\n"
    )
    manage(setup.env, "shell", "-c", code)


if __name__ == "__main__":
    main()
