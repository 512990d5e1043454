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
