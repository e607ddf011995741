import http.client as httplib
