"""Imports settings modules under several environments in ONE fresh process, for
``tests/portal/test_settings.py`` (starting Django costs seconds; one process serves every case).

Reads a JSON list of cases on stdin, each ``{"settings": module, "env": {...}, "read": [names],
"check": bool}``, and prints a JSON list of results: the settings named in ``read``, or the error the
module raised on import. The one case with ``check`` comes last: Django is set up with it and runs
its system checks (Django can be set up only once per process).
"""

import json
import os
import sys
from importlib import import_module

import django
from django.core.management import call_command


def fresh_import(module, env):
    for name in list(sys.modules):
        if name == "portal.settings" or name.startswith("portal.settings."):
            del sys.modules[name]
    os.environ.clear()
    os.environ.update(env)
    return import_module(module)


def probe(case):
    try:
        settings = fresh_import(case["settings"], case["env"])
    except Exception as error:
        return {"error": f"{type(error).__name__}: {error}"}
    result = {name: getattr(settings, name) for name in case.get("read", ())}
    if case.get("check"):
        os.environ["DJANGO_SETTINGS_MODULE"] = case["settings"]
        django.setup()
        try:
            call_command("check", fail_level="ERROR")
            result["check"] = "ok"
        except Exception as error:
            result["check"] = f"{type(error).__name__}: {error}"
    return result


def main():
    cases = json.load(sys.stdin)
    if [case.get("check", False) for case in cases].count(True) > 1 or (
        any(case.get("check") for case in cases[:-1])
    ):
        raise SystemExit("Only the last case may run the system checks.")
    sys.stdout.write(json.dumps([probe(case) for case in cases], default=str) + "\n")


if __name__ == "__main__":
    main()
