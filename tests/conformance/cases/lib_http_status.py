"""http.HTTPStatus: members by value, str(), phrase and description (site
detection words its errors with them), and the error of an unknown code."""
from http import HTTPStatus

for code in (200, 301, 400, 403, 404, 414, 429, 500, 502, 503, 504):
    status = HTTPStatus(code)
    print(code, status.name, str(status), status.phrase, '|', status.description)
print('({}) {}'.format(HTTPStatus(500), HTTPStatus(500).description))
print(HTTPStatus.OK == 200, HTTPStatus(404) is HTTPStatus.NOT_FOUND)
try:
    HTTPStatus(599)
except ValueError as e:
    print('ValueError:', e)
