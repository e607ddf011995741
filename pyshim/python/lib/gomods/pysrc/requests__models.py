"""requests.models (gowikibot)."""

from requests.sessions import Request, PreparedRequest, Response, ITER_CHUNK_SIZE, CONTENT_CHUNK_SIZE, REDIRECT_STATI, DEFAULT_REDIRECT_LIMIT
