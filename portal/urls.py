from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal import operations
from portal.llms import llms_txt
from portal.sitemap import sitemap

urlpatterns = [
    path("healthz", operations.healthz, name="healthz"),
    path("readyz", operations.readyz, name="readyz"),
    path("robots.txt", operations.robots_txt, name="robots_txt"),
    path("llms.txt", llms_txt, name="llms_txt"),
    path("sitemap.xml", sitemap, name="sitemap"),
    # Replace Wagtail's report of the same address (Django uses the first matching pattern).
    path("admin/reports/", include("reports.urls")),
    # The pool answers signed-in users without admin access 403, not the admin login (its module says why).
    path("admin/pool/", include("candidates.admin_urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v3/", include("api.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
elif getattr(settings, "SERVE_MEDIA", False):  # the demo: DEBUG off, media still served by Django
    from django.urls import re_path
    from django.views.static import serve

    media_prefix = settings.MEDIA_URL.strip("/")
    urlpatterns += [
        re_path(rf"^{media_prefix}/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})
    ]

# Every page lives under a language prefix: /en/, /de/, /fr/.
urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("accounts/", include("allauth.urls")),
    path("profile/", include("candidates.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# A database outage is a 503 with a static page (portal.operations), not a 500.
handler500 = "portal.operations.server_error"
