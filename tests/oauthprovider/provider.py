#!/usr/bin/python3
"""An OAuth provider for gowikibot's tests, in front of a real MediaWiki.

It plays the part of MediaWiki's OAuth extension (not packaged in Debian):
Special:OAuth/initiate|authorize|token|identify on index.php, and api.php
requests signed with OAuth 1.0a (or carrying an OAuth 2.0 bearer token). The
signatures are verified by an implementation independent of gowikibot's:
oauthlib's server endpoints (Debian's python3-oauthlib); the identify JWT is
made with PyJWT (python3-jwt). A verified API request is forwarded to the real
wiki in a session logged in (with a bot password) as the account the token
belongs to, so the wiki's own records show who acted.

Usage: provider.py CONFIG.json READY_FILE
CONFIG: {"wiki": "http://127.0.0.1:P", "accounts": {"TestBot": {"login": "TestBot@ci",
  "password": "..."}}, "consumers": [{"key", "secret", "owner", "grants": [...],
  "access_key", "access_secret"}], "bearer": {"token": "TestBot"}}
The listening URL is written to READY_FILE once the server accepts requests.
Test-only endpoints: POST /__provider/revoke (form: token), GET /__provider/log.
"""
import json
import secrets
import string
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import jwt
import requests
from oauthlib.oauth1 import (AccessTokenEndpoint, RequestTokenEndpoint,
                             RequestValidator, ResourceEndpoint)
from oauthlib.oauth1.rfc5849 import errors as oerrors

LOCK = threading.Lock()


class Store:
    def __init__(self, cfg):
        self.cfg = cfg
        self.consumers = {c["key"]: c for c in cfg.get("consumers", [])}
        self.request_tokens = {}  # token -> {secret, consumer, verifier, user}
        self.access_tokens = {}   # token -> {secret, consumer, user}
        for c in cfg.get("consumers", []):
            if c.get("access_key"):
                self.access_tokens[c["access_key"]] = {
                    "secret": c["access_secret"], "consumer": c["key"], "user": c["owner"]}
        self.bearer = dict(cfg.get("bearer", {}))
        self.nonces = set()
        self.log = []
        self.sessions = {}


class Validator(RequestValidator):
    """oauthlib's hooks, backed by the Store. MediaWiki accepts HMAC-SHA1
    (and RSA-SHA1); key and nonce characters are not restricted there."""

    enforce_ssl = False
    allowed_signature_methods = ("HMAC-SHA1",)
    safe_characters = set(string.ascii_letters + string.digits + "+/=-_.~")
    client_key_length = (4, 128)
    request_token_length = (4, 128)
    access_token_length = (4, 128)
    nonce_length = (4, 128)
    verifier_length = (4, 128)
    timestamp_lifetime = 300

    def __init__(self, store):
        super().__init__()
        self.store = store
        self.reused_nonce = False
        self.unknown_token = False
        self.unknown_consumer = False

    @property
    def dummy_client(self):
        return "dummy_client_key"

    @property
    def dummy_request_token(self):
        return "dummy_request_token"

    @property
    def dummy_access_token(self):
        return "dummy_access_token"

    def get_default_realms(self, client_key, request):
        return []

    def get_realms(self, token, request):
        return []

    def validate_realms(self, *a, **k):
        return True

    def validate_requested_realms(self, *a, **k):
        return True

    def validate_client_key(self, client_key, request):
        ok = client_key in self.store.consumers
        if not ok:
            self.unknown_consumer = True
        return ok

    def get_client_secret(self, client_key, request):
        c = self.store.consumers.get(client_key)
        return c["secret"] if c else "dummy-secret"

    def validate_timestamp_and_nonce(self, client_key, timestamp, nonce, request,
                                     request_token=None, access_token=None):
        key = (client_key, nonce, request_token or access_token or "")
        with LOCK:
            if key in self.store.nonces:
                self.reused_nonce = True
                return False
            self.store.nonces.add(key)
        return True

    def validate_redirect_uri(self, client_key, redirect_uri, request):
        return redirect_uri == "oob"

    def get_redirect_uri(self, token, request):
        return "oob"

    def save_request_token(self, token, request):
        self.store.request_tokens[token["oauth_token"]] = {
            "secret": token["oauth_token_secret"], "consumer": request.client_key,
            "verifier": None, "user": None}

    def validate_request_token(self, client_key, token, request):
        t = self.store.request_tokens.get(token)
        return bool(t) and t["consumer"] == client_key

    def get_request_token_secret(self, client_key, token, request):
        t = self.store.request_tokens.get(token)
        return t["secret"] if t else "dummy-secret"

    def validate_verifier(self, client_key, token, verifier, request):
        t = self.store.request_tokens.get(token)
        return bool(t) and t["verifier"] is not None and secrets.compare_digest(t["verifier"], verifier)

    def verify_request_token(self, token, request):
        return token in self.store.request_tokens

    def verify_realms(self, token, realms, request):
        return True

    def invalidate_request_token(self, client_key, request_token, request):
        self.store.request_tokens.pop(request_token, None)

    def save_access_token(self, token, request):
        rt = self.store.request_tokens.get(request.resource_owner_key)
        self.store.access_tokens[token["oauth_token"]] = {
            "secret": token["oauth_token_secret"], "consumer": request.client_key,
            "user": rt["user"] if rt else None}

    def validate_access_token(self, client_key, token, request):
        t = self.store.access_tokens.get(token)
        ok = bool(t) and t["consumer"] == client_key
        if not ok:
            self.unknown_token = True
        return ok

    def get_access_token_secret(self, client_key, token, request):
        t = self.store.access_tokens.get(token)
        return t["secret"] if t else "dummy-secret"


def invalid_auth(reason):
    return {"error": {"code": "mwoauth-invalid-authorization",
                      "info": "The authorization headers in your request are not valid: " + reason,
                      "*": "See the API help for usage."}}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    store = None
    wiki = None
    base = None

    def log_message(self, fmt, *args):  # quiet
        pass

    # -- plumbing --
    def read_body(self):
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n else b""

    def reply(self, status, body, ctype="application/json; charset=utf-8", headers=None):
        if isinstance(body, dict) and isinstance(body.get("error"), dict):
            # MediaWiki names the code of every API error in this header.
            headers = dict(headers or {})
            headers.setdefault("MediaWiki-API-Error", body["error"].get("code", ""))
        if isinstance(body, (dict, list)):
            body = json.dumps(body)
        if isinstance(body, str):
            body = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        self.handle_any(b"")

    def do_POST(self):
        self.handle_any(self.read_body())

    def handle_any(self, body):
        u = urllib.parse.urlsplit(self.path)
        q = dict(urllib.parse.parse_qsl(u.query, keep_blank_values=True))
        ctype = self.headers.get("Content-Type", "")
        form = {}
        if body and ctype.startswith("application/x-www-form-urlencoded"):
            form = dict(urllib.parse.parse_qsl(body.decode(), keep_blank_values=True))
        params = dict(q)
        params.update(form)
        try:
            if u.path == "/__provider/revoke":
                tok = params.get("token", "")
                self.store.access_tokens.pop(tok, None)
                self.store.bearer.pop(tok, None)
                return self.reply(200, {"revoked": tok})
            if u.path == "/__provider/log":
                return self.reply(200, self.store.log)
            if u.path == "/index.php" and params.get("title", "").startswith("Special:OAuth/"):
                return self.special(params["title"][len("Special:OAuth/"):], params, body, ctype)
            if u.path == "/api.php":
                return self.api(params, body, ctype)
            return self.reply(404, {"error": "not handled by the test provider: " + u.path})
        except Exception as e:  # a bug here must be visible to the test
            return self.reply(500, {"error": {"code": "provider-bug", "info": repr(e)}})

    def full_uri(self):
        return self.base + self.path

    def oauth_headers(self):
        return {k: v for k, v in self.headers.items() if k.lower() in ("authorization", "content-type")}

    # -- Special:OAuth --
    def special(self, step, params, body, ctype):
        fmt = params.get("format", "")
        v = Validator(self.store)

        def fail(msg):
            if fmt == "json":
                return self.reply(200, {"error": "mwoauth-oauth-exception",
                                        "message": "An error occurred in the OAuth protocol: " + msg})
            return self.reply(400, "Error: An error occurred in the OAuth protocol: " + msg,
                              "text/plain; charset=utf-8")

        def answer(d):
            if fmt == "json":
                return self.reply(200, d)
            return self.reply(200, urllib.parse.urlencode(d), "text/plain; charset=utf-8")

        if step == "initiate":
            ep = RequestTokenEndpoint(v)
            h, b, s = ep.create_request_token_response(self.full_uri(), self.command, body or None,
                                                       self.oauth_headers())
            if s != 200:
                return fail(self.reason(v, b))
            d = dict(urllib.parse.parse_qsl(b))
            return answer({"oauth_token": d["oauth_token"], "oauth_token_secret": d["oauth_token_secret"],
                           "oauth_callback_confirmed": "true"})
        if step in ("authorize", "authenticate"):
            t = self.store.request_tokens.get(params.get("oauth_token", ""))
            if not t or t["consumer"] != params.get("oauth_consumer_key"):
                return fail("Invalid request token")
            user = params.get("test_approve_as")
            if not user:
                return self.reply(200, "<html><body>Log in and approve the application.</body></html>",
                                  "text/html; charset=utf-8")
            t["user"] = user
            t["verifier"] = secrets.token_hex(16)
            qs = urllib.parse.urlencode({"oauth_verifier": t["verifier"], "oauth_token": params["oauth_token"]})
            return self.reply(200, "<html><body><p>Response query string: <code>%s</code></p></body></html>" % qs,
                              "text/html; charset=utf-8")
        if step == "token":
            ep = AccessTokenEndpoint(v)
            h, b, s = ep.create_access_token_response(self.full_uri(), self.command, body or None,
                                                      self.oauth_headers())
            if s != 200:
                return fail(self.reason(v, b))
            d = dict(urllib.parse.parse_qsl(b))
            return answer({"oauth_token": d["oauth_token"], "oauth_token_secret": d["oauth_token_secret"]})
        if step == "identify":
            ep = ResourceEndpoint(v)
            ok, req = ep.validate_protected_resource_request(self.full_uri(), self.command, body or None,
                                                             self.oauth_headers())
            if not ok:
                return fail(self.reason(v, None, req))
            tok = self.store.access_tokens[req.resource_owner_key]
            c = self.store.consumers[req.client_key]
            info = self.userinfo(tok["user"])
            now = int(time.time())
            claims = {
                "iss": self.base, "sub": info.get("id", 0), "aud": req.client_key,
                "exp": now + 100, "iat": now, "nonce": req.nonce,
                "username": tok["user"], "editcount": info.get("editcount", 0),
                "confirmed_email": False, "blocked": False, "registered": "20260101000000",
                "groups": info.get("groups", []), "rights": info.get("rights", []),
                # MediaWiki sends grants as an object with numeric keys.
                "grants": {str(i): g for i, g in enumerate(c.get("grants", ["basic"]))},
            }
            return self.reply(200, jwt.encode(claims, c["secret"], algorithm="HS256"),
                              "application/jwt")
        return fail("unknown step " + step)

    def reason(self, v, body=None, req=None):
        if v.reused_nonce:
            return "Nonce already used"
        if v.unknown_consumer:
            return "Invalid consumer"
        if v.unknown_token:
            return "Invalid access token"
        if req is not None and not req.validator_log.get("signature", True):
            return "Invalid signature"
        if body:
            d = dict(urllib.parse.parse_qsl(body)) if "=" in str(body) else {}
            return d.get("error_description") or d.get("error") or str(body)
        return "Invalid signature"

    # -- api.php --
    def api(self, params, body, ctype):
        authz = self.headers.get("Authorization", "")
        entry = {"action": params.get("action"), "auth": authz.split(" ", 1)[0] if authz else "",
                 "ok": False}
        self.store.log.append(entry)
        if authz.startswith("Bearer "):
            user = self.store.bearer.get(authz[7:].strip())
            if not user:
                return self.reply(200, invalid_auth("Invalid access token"))
            grants = None
        elif authz.startswith("OAuth "):
            v = Validator(self.store)
            try:
                ok, req = ResourceEndpoint(v).validate_protected_resource_request(
                    self.full_uri(), self.command, body or None, self.oauth_headers())
            except oerrors.OAuth1Error as e:
                msg = e.description or str(e)
                if "Timestamp" in msg:
                    msg = "Expired timestamp: " + msg
                return self.reply(200, invalid_auth(msg))
            if not ok:
                if v.reused_nonce:
                    return self.reply(200, invalid_auth("Nonce already used: " + str(getattr(req, "nonce", ""))))
                if v.unknown_consumer:
                    return self.reply(200, invalid_auth("Invalid consumer"))
                if v.unknown_token:
                    return self.reply(200, invalid_auth("Invalid access token"))
                return self.reply(200, invalid_auth("Invalid signature"))
            tok = self.store.access_tokens[req.resource_owner_key]
            user = tok["user"]
            grants = self.store.consumers[req.client_key].get("grants", [])
        else:
            # Unsigned: forward anonymously, as MediaWiki would serve it.
            return self.forward(None, params, body, ctype, entry)
        action = params.get("action")
        if action == "login" or action == "clientlogin":
            return self.reply(200, {"login": {"result": "Aborted",
                                              "reason": "Cannot log in when using MWOAuth or OAuth 2."}})
        if action == "logout":
            return self.reply(200, {"error": {"code": "cannotlogout",
                                              "info": "Cannot log out when using OAuth."}})
        if grants is not None and action == "edit" and "editpage" not in grants:
            return self.reply(200, {"error": {"code": "permissiondenied",
                                              "info": "You don't have permission to edit pages: "
                                                      "the consumer lacks the grant \"editpage\"."}})
        entry["ok"] = True
        entry["user"] = user
        return self.forward(user, params, body, ctype, entry)

    def session(self, user):
        with LOCK:
            s = self.store.sessions.get(user)
            if s:
                return s
            acct = self.store.cfg["accounts"][user]
            s = requests.Session()
            api = self.wiki + "/api.php"
            t = s.get(api, params={"action": "query", "meta": "tokens", "type": "login",
                                   "format": "json"}).json()["query"]["tokens"]["logintoken"]
            r = s.post(api, data={"action": "login", "lgname": acct["login"], "lgpassword": acct["password"],
                                  "lgtoken": t, "format": "json"}).json()
            if r.get("login", {}).get("result") != "Success":
                raise RuntimeError("provider could not log in as %s: %r" % (user, r))
            self.store.sessions[user] = s
            return s

    def userinfo(self, user):
        s = self.session(user)
        r = s.get(self.wiki + "/api.php", params={"action": "query", "meta": "userinfo",
                                                  "uiprop": "groups|rights|editcount", "format": "json",
                                                  "formatversion": "2"}).json()
        return r["query"]["userinfo"]

    def forward(self, user, params, body, ctype, entry):
        s = self.session(user) if user else requests.Session()
        u = urllib.parse.urlsplit(self.path)
        url = self.wiki + u.path + ("?" + u.query if u.query else "")
        headers = {"Content-Type": ctype} if ctype else {}
        if self.command == "POST":
            r = s.post(url, data=body, headers=headers)
        else:
            r = s.get(url)
        hdrs = {k: v for k, v in r.headers.items() if k in ("Retry-After", "X-Database-Lag", "MediaWiki-API-Error")}
        return self.reply(r.status_code, r.content, r.headers.get("Content-Type", "application/json"), hdrs)


def main():
    cfg = json.load(open(sys.argv[1]))
    ready = sys.argv[2]
    store = Store(cfg)
    srv = ThreadingHTTPServer(("127.0.0.1", int(cfg.get("port", 0))), Handler)
    Handler.store = store
    Handler.wiki = cfg["wiki"].rstrip("/")
    Handler.base = "http://127.0.0.1:%d" % srv.server_address[1]
    with open(ready + ".tmp", "w") as f:
        f.write(Handler.base)
    import os
    os.rename(ready + ".tmp", ready)
    srv.serve_forever()


if __name__ == "__main__":
    main()
