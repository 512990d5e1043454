"""The pool's admin pages, included by ``portal.urls`` at ``admin/pool/`` before Wagtail's admin.

They sit outside Wagtail's admin URLs because Wagtail sends every signed-in user without admin
access (a candidate) to the admin login page, as if they could log in there; the pool answers them
403 instead. Anonymous visitors still go to log in, and editors get Wagtail's own admin wrapping
(its access check, admin language, 404 page) before the pool's verified-company check.
"""

import functools

from django.shortcuts import render
from django.urls import path

from wagtail.admin.auth import require_admin_access
from wagtail.admin.urls import display_custom_404

from . import admin_views
from .middleware import make_private


def pool_page(view):
    admin_view = display_custom_404(require_admin_access(view))

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        user = request.user
        if user.is_authenticated and not user.has_perm("wagtailadmin.access_admin"):
            return make_private(render(request, "candidates/forbidden.html", status=403))
        return admin_view(request, *args, **kwargs)

    return wrapped


urlpatterns = [
    path("", pool_page(admin_views.pool), name="candidates_pool"),
    path("requests/", pool_page(admin_views.requests), name="candidates_pool_requests"),
    path("moderation/", pool_page(admin_views.moderation), name="candidates_pool_moderation"),
    path("<str:handle>/", pool_page(admin_views.card), name="candidates_pool_card"),
    path("<str:handle>/contact/", pool_page(admin_views.contact), name="candidates_pool_contact"),
]
