"""What every listing's FilterSet shares: choices labelled with how many items each would show."""

from django.utils.translation import gettext as _


class CountedChoicesMixin:
    """Label each choice of a filter with its count, e.g. "Python fundamentals (12)".

    ``counts`` is a values queryset with the choice's value under ``key`` and the count under ``n``;
    it is evaluated once, when the form is built.
    """

    def add_counts(self, name, counts, key):
        self._count_specs = [*getattr(self, "_count_specs", []), (name, counts, key)]

    @property
    def form(self):
        form = super().form
        if getattr(self, "_counts_applied", False):
            return form
        self._counts_applied = True
        for name, counts, key in getattr(self, "_count_specs", []):
            by_value = {str(row[key]): row["n"] for row in counts if row[key] is not None}
            field = form.fields[name]
            if hasattr(field, "queryset"):
                field.label_from_instance = lambda obj, by_value=by_value: (
                    _("%(name)s (%(count)s)")
                    % {
                        "name": obj,
                        "count": by_value.get(str(obj.slug), 0),
                    }
                )
            else:
                field.choices = [
                    (value, f"{label} ({by_value.get(str(value), 0)})" if value else label)
                    for value, label in field.choices
                ]
        return form
