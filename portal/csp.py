"""Content-Security-Policy: a strict policy for every public page, a looser one for the admin.

Public templates carry no inline script or ``style=""`` (JSON-LD is data, which CSP does not
run), so ``CONTENT_SECURITY_POLICY`` allows only the site's own files. Wagtail 8's admin still
renders inline ``<script>`` in some panels and widgets (inline panels, date pickers) and inline
styles, and frames its own previews: ``ADMIN_CONTENT_SECURITY_POLICY`` allows exactly that, under
the admin's URL prefix only, and still forbids plugins, foreign origins and framing by others.
"""

from csp.middleware import CSPMiddleware

from django.conf import settings


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, choosing the admin policy for admin URLs."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(settings.ADMIN_URL_PREFIXES)
        ):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts
