from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal.models import FAQ, Role, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]
    list_filter = ["locale"]


class RoleViewSet(SnippetViewSet):
    model = Role
    icon = "user"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]
    list_filter = ["locale"]


class FAQViewSet(SnippetViewSet):
    model = FAQ
    icon = "help"
    list_display = ["question", "audience", "locale"]
    search_fields = ["question"]
    list_filter = ["audience", "locale"]


class TaxonomyGroup(SnippetViewSetGroup):
    items = (TopicViewSet, RoleViewSet, FAQViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Taxonomy & FAQs")
    menu_name = "taxonomy"


register_snippet(TaxonomyGroup)
