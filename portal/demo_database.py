"""Which database ``make demo`` uses: prints a DATABASE_URL, or nothing for SQLite.

PostgreSQL when a server answers on 127.0.0.1:5432 (user ``postgres``; the ``jobfutures_demo``
database is created if missing), because only there does site search stem each language and
tolerate typos. Otherwise SQLite, and it says so on stderr. Runs before Django is set up:
``python -m portal.demo_database``.
"""

import sys

import psycopg

SERVER = "postgres://postgres@127.0.0.1:5432"
NAME = "jobfutures_demo"


def demo_database_url():
    try:
        with psycopg.connect(f"{SERVER}/postgres", connect_timeout=2, autocommit=True) as db:
            if not db.execute("SELECT 1 FROM pg_database WHERE datname = %s", [NAME]).fetchone():
                db.execute(f'CREATE DATABASE "{NAME}"')
    except psycopg.Error as error:
        first_line = (
            str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        )
        sys.stderr.write(
            f"No PostgreSQL on 127.0.0.1:5432 ({first_line}): the demo runs on SQLite, where site "
            "search has no per-language stemming and no typo tolerance. Start PostgreSQL (user "
            "'postgres') or set DATABASE_URL for the full search.\n"
        )
        return ""
    sys.stderr.write(f"Demo database: PostgreSQL {SERVER}/{NAME}\n")
    return f"{SERVER}/{NAME}"


if __name__ == "__main__":
    sys.stdout.write(demo_database_url() + "\n")
