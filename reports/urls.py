"""Included by ``portal.urls`` at ``admin/reports/`` before the admin's own URLs, so these views
replace Wagtail's at the same addresses."""

from django.urls import path

from reports import page_types

urlpatterns = [
    path("page-types-usage/", page_types.page_types_usage),
    path("page-types-usage/results/", page_types.page_types_usage_results),
]
