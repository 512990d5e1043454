"""Wagtail's admin views and API endpoints, limited to what the user may read
(``portal.admin_visibility``). Registered in ``portal.wagtail_hooks``."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from wagtail.admin.views.pages.bulk_actions import (
    DeleteBulkAction,
    MoveBulkAction,
    PublishBulkAction,
    UnpublishBulkAction,
)
from wagtail.admin.views.pages.move import MoveConfirmView
from wagtail.admin.views.pages.workflow import ConfirmWorkflowCancellationView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.models import Page
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail_localize.views.report import TranslationsReportView
from wagtail_localize.views.snippets_api import SnippetViewSet as LocalizeSnippetsAPIViewSet

from portal.admin_visibility import (
    may_translate,
    readable_files,
    readable_pages,
    readable_snippets,
)


class ReadableMoveConfirmView(MoveConfirmView):
    """Wagtail checks the move only when it is confirmed (POST); the confirmation screen (GET)
    names both pages, drafts included. Refuse it whenever the move itself would be refused."""

    def dispatch(self, request, page_to_move_id, destination_id, *args, **kwargs):
        page = get_object_or_404(Page, id=page_to_move_id)
        destination = get_object_or_404(Page, id=destination_id)
        if not page.permissions_for_user(request.user).can_move_to(destination):
            raise PermissionDenied
        return super().dispatch(request, page_to_move_id, destination_id, *args, **kwargs)


class ReadableConfirmWorkflowCancellationView(ConfirmWorkflowCancellationView):
    """Asked for when publishing a page in review; it says whether any page is in review."""

    def dispatch(self, request, *args, **kwargs):
        if not self.object.permissions_for_user(request.user).can_publish():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ReadablePageViewSet(PageViewSet):
    """Wagtail's views for every page type, with the confirmation screens above."""

    move_confirm_view_class = ReadableMoveConfirmView
    confirm_workflow_cancellation_view_class = ReadableConfirmWorkflowCancellationView


class ReadablePagesBulkActionMixin:
    """Bulk actions list the pages they were given, those the user may not act on included
    ("you don't have permission to…" followed by their titles). Pages the user may not read are
    treated as if they did not exist."""

    def get_actionable_objects(self):
        objects, extra = super().get_actionable_objects()
        candidates = [*objects, *extra["items_with_no_access"]]
        readable = set(
            readable_pages(
                Page.objects.filter(pk__in=[page.pk for page in candidates]), self.request.user
            ).values_list("pk", flat=True)
        )
        if not readable:
            raise Http404
        objects = [page for page in objects if page.pk in readable]
        extra["items_with_no_access"] = [
            page for page in extra["items_with_no_access"] if page.pk in readable
        ]
        return objects, extra


PAGE_BULK_ACTIONS = [
    type(action.__name__, (ReadablePagesBulkActionMixin, action), {})
    for action in (DeleteBulkAction, MoveBulkAction, PublishBulkAction, UnpublishBulkAction)
]


class ReadableDocumentsAdminAPIViewSet(DocumentsAdminAPIViewSet):
    def get_queryset(self):
        return readable_files(super().get_queryset(), self.request.user)


class ReadableImagesAdminAPIViewSet(ImagesAdminAPIViewSet):
    def get_queryset(self):
        return readable_files(super().get_queryset(), self.request.user)


class ReadableSnippetChooseView(ChooseView):
    def get_object_list(self):
        return readable_snippets(super().get_object_list(), self.request.user)


class ReadableSnippetChooseResultsView(ChooseResultsView):
    def get_object_list(self):
        return readable_snippets(super().get_object_list(), self.request.user)


class ReadableSnippetChooserViewSet(SnippetChooserViewSet):
    """A snippet chooser that shows drafts only to those who may change the snippet model."""

    choose_view_class = ReadableSnippetChooseView
    choose_results_view_class = ReadableSnippetChooseResultsView


class ReadableLocalizeSnippetsAPIViewSet(LocalizeSnippetsAPIViewSet):
    """wagtail-localize's snippet listing for its translation editor."""

    def get_queryset(self):
        return readable_snippets(super().get_queryset(), self.request.user)


class TranslatorsOnly:
    """A view for those who may translate (``may_translate``)."""

    def dispatch(self, request, *args, **kwargs):
        if not may_translate(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class TranslatorsTranslationsReportView(TranslatorsOnly, TranslationsReportView):
    """wagtail-localize's "Translations" report lists every translation with its source title,
    other companies' drafts included."""
