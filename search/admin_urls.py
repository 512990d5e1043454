from django.urls import path

from .reports import SearchesReportView, SearchesWithoutResultsReportView

app_name = "site_search_reports"
urlpatterns = [
    path("", SearchesReportView.as_view(), name="searches"),
    path("results/", SearchesReportView.as_view(results_only=True), name="searches_results"),
    path("without-results/", SearchesWithoutResultsReportView.as_view(), name="without_results"),
    path(
        "without-results/results/",
        SearchesWithoutResultsReportView.as_view(results_only=True),
        name="without_results_results",
    ),
]
