"""gunicorn settings for the portal: `gunicorn -c deploy/gunicorn.conf.py portal.wsgi`.

Every value can be overridden on the command line or with GUNICORN_CMD_ARGS (gunicorn's own variable),
e.g. GUNICORN_CMD_ARGS="--bind 127.0.0.1:8160 --workers 2". Nothing here is imported by the apps.
"""

import multiprocessing

bind = "127.0.0.1:8000"
# Rendering is CPU-bound Python and waits briefly on PostgreSQL and Redis: gunicorn's rule of thumb.
workers = multiprocessing.cpu_count() * 2 + 1
worker_class = "sync"
# A worker stuck longer than this is killed and replaced; slow clients belong behind Varnish or a proxy.
timeout = 30
graceful_timeout = 30
keepalive = 5
# Import the app once in the master and fork ready workers from it: a replacement worker does not
# import Django and Wagtail again (seconds on a busy host), and the workers share that memory.
# Nothing opens a database or Redis connection at import (connections are made per worker, lazily).
preload_app = True
# Recycle workers now and then so a slow leak never grows into an outage, but rarely and far apart:
# a worker that exits stops answering for a second or two before its replacement forks, and with
# 5,000 ± 500 both workers of a busy 2-core host restarted every few seconds, often together, which
# left no worker at all for up to 2 s (the 1 s p99 and the timeouts of `make bench-http`).
max_requests = 100_000
max_requests_jitter = 50_000
# Access log on stdout, errors on stderr: the platform collects both.
accesslog = "-"
errorlog = "-"
loglevel = "info"
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'
# Trust X-Forwarded-* only from the proxy on this host (Varnish, nginx).
forwarded_allow_ips = "127.0.0.1,::1"
# No gunicornc control socket: several instances on one host would share its default path.
control_socket_disable = True
