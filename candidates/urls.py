from django.urls import path

from . import views

app_name = "candidates"

urlpatterns = [
    path("", views.profile, name="profile"),
    path("export/", views.export, name="export"),
    path("delete/", views.delete, name="delete"),
    path("pool/", views.pool, name="pool"),
    path("skill-check/", views.save_skill_check, name="save_skill_check"),
    path("signals/<int:pk>/", views.signal, name="signal"),
    path("requests/<int:pk>/", views.answer_request, name="answer_request"),
    path("blocks/<int:pk>/", views.unblock, name="unblock"),
]
