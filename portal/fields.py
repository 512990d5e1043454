import json

from wagtail import fields


class StreamField(fields.StreamField):
    """A StreamField whose block definitions stay out of migrations.

    Blocks are code, not schema: the database column is JSON either way, so changing a block must not
    need a migration. ``deconstruct()`` drops the block definitions that Wagtail would otherwise write
    into every migration.
    """

    def __init__(self, block_types=None, **kwargs):
        # Migrations rebuild the field without block types; the model's definition supplies them.
        super().__init__(block_types or [], **kwargs)

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        kwargs.pop("block_types", None)
        kwargs.pop("block_lookup", None)
        return name, "portal.fields.StreamField", [], kwargs


def _without_ids(data):
    if isinstance(data, dict):
        return {key: _without_ids(value) for key, value in data.items() if key != "id"}
    if isinstance(data, list):
        return [_without_ids(value) for value in data]
    return data


def stream_content(field, value):
    """A StreamField value as plain data without block ids, for "has the content changed?" checks.

    Accepts anything the field accepts (a StreamValue, a list of (type, value) pairs, raw JSON).
    Every block is converted and serialised again, so raw data written by a demo loader and data
    saved by Wagtail (list items as {"type": "item", "value": ...}, new ids) compare equal.
    """
    stream = field.stream_block.to_python(value)
    list(stream)  # convert every block: a lazy StreamValue would return its raw data as stored
    data = field.get_prep_value(stream)
    if isinstance(data, str):
        data = json.loads(data)
    return _without_ids(data)
