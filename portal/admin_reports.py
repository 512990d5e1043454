"""Admin reports about the whole page tree, for the people who may edit the whole tree."""

from django.core.exceptions import PermissionDenied

from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView

from portal.admin_visibility import edits_the_whole_tree


class SiteWidePageTypesUsageReportView(PageTypesUsageReportView):
    """Wagtail's "Page types usage" report names the last edited page of every page type, drafts
    included, to anyone with any page permission: an editor of one company's page would read other
    companies' draft titles there. It stays available to those who edit the whole tree."""

    def dispatch(self, request, *args, **kwargs):
        if not edits_the_whole_tree(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


page_types_usage = require_admin_access(SiteWidePageTypesUsageReportView.as_view())
page_types_usage_results = require_admin_access(
    SiteWidePageTypesUsageReportView.as_view(results_only=True)
)
