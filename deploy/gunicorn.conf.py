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
# Recycle workers now and then so a slow leak never grows into an outage.
max_requests = 5000
max_requests_jitter = 500
# Access log on stdout, errors on stderr: the platform collects both.
accesslog = "-"
errorlog = "-"
loglevel = "info"
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'
# Trust X-Forwarded-* only from the proxy on this host (Varnish, nginx).
forwarded_allow_ips = "127.0.0.1,::1"
# No gunicornc control socket: several instances on one host would share its default path.
control_socket_disable = True
