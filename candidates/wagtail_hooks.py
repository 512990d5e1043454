from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views
from .companies import request_pool_company


class PoolMenuItem(MenuItem):
    """Shown only to editors of a verified company with pool access."""

    def is_shown(self, request):
        return request_pool_company(request) is not None


class ModerationMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.moderates_pool(request.user)


@hooks.register("register_admin_menu_item")
def register_pool_menu_item():
    return PoolMenuItem(
        _("Candidate pool"),
        reverse("candidates_pool"),
        name="candidate-pool",
        icon_name="group",
        order=250,
    )


@hooks.register("register_admin_menu_item")
def register_moderation_menu_item():
    return ModerationMenuItem(
        _("Pool moderation"),
        reverse("candidates_pool_moderation"),
        name="pool-moderation",
        icon_name="group",
        order=260,
    )
