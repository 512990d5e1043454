import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def start_production(**environment):
    env = {
        k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DATABASE_URL", "REDIS_URL"}
    }
    env.update(environment, DJANGO_SETTINGS_MODULE="portal.settings.production")
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("environment", "missing"),
    [
        ({"DATABASE_URL": "postgres://postgres@127.0.0.1:5432/portal"}, "SECRET_KEY"),
        ({"SECRET_KEY": "x" * 50}, "DATABASE_URL"),
        (
            {"SECRET_KEY": "x" * 50, "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/portal"},
            "REDIS_URL",
        ),
    ],
)
def test_production_settings_refuse_to_start_without_required_variables(environment, missing):
    result = start_production(**environment)
    assert result.returncode != 0
    assert f"{missing} must be set in production." in result.stderr


def test_production_settings_start_with_both_variables():
    result = start_production(
        SECRET_KEY="x" * 50,
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/portal",
        REDIS_URL="redis://127.0.0.1:6379/15",
    )
    assert result.returncode == 0, result.stderr
