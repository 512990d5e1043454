"""Search engine index updates off the request path: saving or deleting queues a task.

A search engine (OpenSearch, Elasticsearch) is configured with ``AUTO_UPDATE: False`` and
``UPDATE_THROUGH_QUEUE: True``: modelsearch then leaves it alone on save, and this module's signal
handlers queue ``update_index_entry`` on the ``search`` task backend instead (django-tasks' database
backend in production; ``manage.py db_worker --queue-name search`` runs the queue). Publishing
therefore never waits for the engine and never fails because it is down: the task fails, is recorded
as failed, and is queued again later (``RETRY_DELAYS``) until the engine answers.

The database backend keeps modelsearch's own inline update: its index lives in the same database,
in the same transaction as the page.
"""

import datetime
import logging

from django_tasks import task

from django.apps import apps
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from modelsearch import index
from modelsearch.backends import get_search_backend
from modelsearch.conf import get_app_config

from portal.cache import bump_content_version

logger = logging.getLogger(__name__)

QUEUE = "search"
# Seconds before each new attempt while the engine is unreachable; about a day in all.
RETRY_DELAYS = (10, 60, 300, 1800, 3600, 3600 * 6, 3600 * 12)


def queued_backend_names():
    """The configured search backends that are updated through the task queue."""
    return [
        name
        for name, params in get_app_config().get_search_backend_config().items()
        if params.get("UPDATE_THROUGH_QUEUE")
    ]


@task(queue_name=QUEUE, backend="search")
def update_index_entry(app_label, model_name, pk, attempt=0):
    """Write one object's current state (or its absence) to every queued search backend."""
    model = apps.get_model(app_label, model_name)
    instance = model._default_manager.filter(pk=pk).first()
    indexed = index.get_indexed_instance(instance) if instance is not None else None
    try:
        for name in queued_backend_names():
            backend = get_search_backend(name)
            if indexed is not None:
                backend.add(indexed)
            else:  # deleted, or no longer among the model's indexed objects
                backend.delete(model(pk=pk))
    except Exception:
        retry(app_label, model_name, pk, attempt)
        raise  # the task is recorded as failed, with the engine's error
    # Search results are cached under the content version (portal.page_cache): the one published
    # before this update reached the engine must not be served any longer.
    bump_content_version()


def retry(app_label, model_name, pk, attempt):
    backend = update_index_entry.get_backend()
    if not backend.supports_defer or attempt >= len(RETRY_DELAYS):
        logger.error(
            "Gave up indexing %s.%s %s after %d attempts", app_label, model_name, pk, attempt
        )
        return
    run_after = timezone.now() + datetime.timedelta(seconds=RETRY_DELAYS[attempt])
    update_index_entry.using(run_after=run_after).enqueue(app_label, model_name, pk, attempt + 1)


def queue_index_update(instance, **kwargs):
    if kwargs.get("raw") or not queued_backend_names():
        return
    update_index_entry.enqueue(
        instance._meta.app_label, instance._meta.model_name, str(instance.pk)
    )


def register_signal_handlers():
    for model in index.get_indexed_models():
        if getattr(model, "search_auto_update", True):
            post_save.connect(queue_index_update, sender=model)
            post_delete.connect(queue_index_update, sender=model)
