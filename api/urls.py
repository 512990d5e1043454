from .v3 import api

# django-ninja names its URLs in the namespace it was given ("api_v3").
urlpatterns, _app_name, app_name = api.urls
