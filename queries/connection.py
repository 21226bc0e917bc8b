"""Talking to a SPARQL server over HTTP: credentials, URLs shown without them, and one line for every failure.

Credentials never travel on the command line: :func:`credentials_from_env` reads
``POLICYKG_ENDPOINT_USER`` / ``POLICYKG_ENDPOINT_PASSWORD`` (and ``POLICYKG_ENDPOINT_AUTH`` =
``basic`` (default) or ``digest``). No message ever contains the password, and user info in
URLs is stripped before a URL is shown. Every network failure -- unreachable host, timeout,
refused credentials, server error -- becomes one :class:`EndpointError` line. Queries
(:mod:`policykg.queries.remote`) and writes (:mod:`policykg.queries.writer`) share these.

>>> safe_url("http://alice:secret@example.org:8890/sparql")
'http://example.org:8890/sparql'
"""

from __future__ import annotations

import base64
import itertools
import os
import random
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from policykg.core.errors import EndpointError

__all__ = ["AUTH_SCHEMES", "ENV_PASSWORD", "ENV_SCHEME", "ENV_USER", "EndpointAuth", "check_answer", "check_url",
           "credentials_from_env", "describe_failure", "opener", "resolve_auth", "rolled_back", "safe_url", "send"]

ENV_USER = "POLICYKG_ENDPOINT_USER"
ENV_PASSWORD = "POLICYKG_ENDPOINT_PASSWORD"
ENV_SCHEME = "POLICYKG_ENDPOINT_AUTH"
AUTH_SCHEMES = ("basic", "digest")


@dataclass(frozen=True)
class EndpointAuth:
    """Credentials for an endpoint; ``scheme`` is 'basic' or 'digest'. The password is never shown (repr hides it)."""

    user: str
    password: str
    scheme: str = "basic"

    def __post_init__(self):
        if self.scheme not in AUTH_SCHEMES:
            raise EndpointError(f"unknown authentication scheme {self.scheme!r}: use basic or digest")

    def __repr__(self) -> str:
        return f"EndpointAuth(user={self.user!r}, password='***', scheme={self.scheme!r})"


def credentials_from_env(scheme: str | None = None, environ=None) -> EndpointAuth | None:
    """Credentials from POLICYKG_ENDPOINT_USER / _PASSWORD (None when the user is unset).

    ``scheme`` overrides POLICYKG_ENDPOINT_AUTH. EndpointError if only one of user and password is set.

    >>> credentials_from_env(environ={"POLICYKG_ENDPOINT_USER": "dba", "POLICYKG_ENDPOINT_PASSWORD": "pw"})
    EndpointAuth(user='dba', password='***', scheme='basic')
    >>> credentials_from_env(environ={}) is None
    True
    """
    env = os.environ if environ is None else environ
    user, password = env.get(ENV_USER), env.get(ENV_PASSWORD)
    if not user and not password:
        return None
    if not user or password is None:
        raise EndpointError(f"set both {ENV_USER} and {ENV_PASSWORD} (or neither)")
    return EndpointAuth(user, password, (scheme or env.get(ENV_SCHEME) or "basic").lower())


def safe_url(url: str) -> str:
    """``url`` without user info (``user:password@``), for messages."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def check_url(url: str, what: str = "endpoint") -> str:
    """``url`` when it is an http(s) URL; EndpointError naming it as ``what`` otherwise."""
    parts = urllib.parse.urlsplit(url or "")
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise EndpointError(f"{what} must be an http:// or https:// URL, got {safe_url(url or '')!r}")
    return url


def resolve_auth(auth) -> EndpointAuth | None:
    """Credentials from an EndpointAuth, a (user, password[, scheme]) tuple, or the environment (``auth`` None)."""
    if auth is None:
        return credentials_from_env()
    if isinstance(auth, EndpointAuth):
        return auth
    if isinstance(auth, tuple) and len(auth) in (2, 3):
        return EndpointAuth(*auth)
    raise EndpointError("auth must be an EndpointAuth or a (user, password[, scheme]) tuple")


def describe_failure(exc: BaseException, url: str, timeout: float) -> str:
    """One line for a network failure (never containing credentials)."""
    where = safe_url(url)
    if isinstance(exc, urllib.error.HTTPError):
        code = exc.code
        if 300 <= code < 400:
            return (f"{where} answered with a redirect (HTTP {code}) to {safe_url(exc.headers.get('Location') or '?')}"
                    f": give the SPARQL service's own URL")
        if code in (401, 403):
            return (f"{where} refused the credentials (HTTP {code}); set {ENV_USER} and {ENV_PASSWORD} "
                    f"({ENV_SCHEME}=basic|digest)")
        if code == 404:
            return f"no SPARQL service at {where} (HTTP 404)"
        body = _error_line(_body_text(exc))
        return f"{where} failed with HTTP {code}{': ' + body if body else ''}"
    reason = getattr(exc, "reason", exc)
    if isinstance(reason, (socket.timeout, TimeoutError)) or isinstance(exc, (socket.timeout, TimeoutError)):
        return f"{where} did not answer within {timeout:g} s"
    if isinstance(reason, ConnectionRefusedError):
        return f"cannot reach {where}: connection refused"
    text = str(getattr(reason, "strerror", None) or reason).strip().splitlines()
    return f"cannot reach {where}: {text[0] if text else type(exc).__name__}"


def _body_text(exc: urllib.error.HTTPError) -> str:
    """The text of an error answer's body (its first 64 KB, tags removed); read once."""
    if not hasattr(exc, "policykg_text"):
        try:
            body = exc.read(1 << 16).decode("utf-8", "replace")
        except Exception:   # the body is only a courtesy in the message
            body = ""
        exc.policykg_text = _TAG.sub("\n", body)
    return exc.policykg_text


def _error_line(text: str) -> str:
    """The line of an error page that says what went wrong: the first that names an error and says what it is
    ("Error 40001 SR172: Transaction deadlocked", not a title "Error 500"); else the page's first lines, joined,
    so that a message nobody foresaw still reaches the user whole.

    >>> _error_line("SPARQL Graph Protocol request failed\\n\\n Error 40001 SR172: Transaction deadlocked\\n")
    'Error 40001 SR172: Transaction deadlocked'
    >>> _error_line("Error 500\\nSPARQL Graph Protocol request failed\\nHTTP/1.1 500 Request Failed\\nSR008: busy\\n")
    'Error 500 | SPARQL Graph Protocol request failed | HTTP/1.1 500 Request Failed | SR008: busy'
    """
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    named = [line for line in lines if "error" in line.lower() and ":" in line]
    return named[0][:200] if named else " | ".join(lines[:6])[:400]


_TAG = re.compile(r"<[^>]*>")
_ROLLED_BACK = re.compile(r"\b40001\b|deadlock", re.I)


def rolled_back(exc: BaseException) -> bool:
    """True when ``exc`` is a server's answer that it rolled the request's transaction back because it met another
    one (SQLSTATE 40001, a deadlock: Virtuoso's "Error 40001 SR172: Transaction deadlocked"). Such a request did
    nothing and may be sent again; SQL and Virtuoso's documentation both say to retry it.

    >>> import email.message, io
    >>> answer = b"<h3>Error 40001 SR172: Transaction deadlocked</h3>"
    >>> rolled_back(urllib.error.HTTPError("http://h/", 500, "", email.message.Message(), io.BytesIO(answer)))
    True
    >>> rolled_back(urllib.error.HTTPError("http://h/", 500, "", email.message.Message(), io.BytesIO(b"SP030")))
    False
    """
    return (isinstance(exc, urllib.error.HTTPError) and exc.code in (500, 503)
            and bool(_ROLLED_BACK.search(_body_text(exc))))


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect is an answer of its own (a login page, another site): it is reported, never followed."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class _PreemptiveDigest(urllib.request.HTTPDigestAuthHandler):
    """Digest auth that answers the last challenge up front: a big body is sent once, with its credentials (a
    server that refuses a body without them may close the connection before reading it: a broken pipe)."""

    challenge: dict | None = None

    def retry_http_digest_auth(self, req, auth):
        self.challenge = urllib.request.parse_keqv_list(filter(None, urllib.request.parse_http_list(
            auth.split(" ", 1)[1])))
        return super().retry_http_digest_auth(req, auth)

    def http_request(self, req):
        if self.challenge and not req.has_header(self.auth_header):
            answer = self.get_authorization(req, self.challenge)
            if answer:
                req.add_unredirected_header(self.auth_header, "Digest " + answer)
        return req

    https_request = http_request


def opener(credentials: EndpointAuth | None, url: str, timeout: float = 60) -> urllib.request.OpenerDirector:
    """A urllib opener for requests to ``url``: redirects never followed; digest credentials answered up front once
    the server has challenged them (a small request to ``url`` makes it do so before any body is sent)."""
    handlers: list = [_NoRedirect()]
    if credentials and credentials.scheme == "digest":
        manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        manager.add_password(None, url, credentials.user, credentials.password)
        handlers.append(_PreemptiveDigest(manager))
    director = urllib.request.build_opener(*handlers)
    if credentials and credentials.scheme == "digest":
        try:
            director.open(urllib.request.Request(url, method="HEAD"), timeout=timeout).close()
        except (urllib.error.URLError, OSError):   # any answer will do: the failures come with the real request
            pass
    return director


ROLLBACK_RETRIES = 6   # a write the server rolled back on a deadlock (see rolled_back) is sent again this often
SERVER_ERROR_RETRIES = 2   # an idempotent write (PUT, DELETE) that met a server error of another kind: this often


def _send_again(exc: BaseException, method: str, attempt: int) -> bool:
    """Whether a write that failed with ``exc`` on its ``attempt``-th sending (0 for the first) may be sent again: one
    the server rolled back (:func:`rolled_back`), or an idempotent one (a Graph Store PUT or DELETE: sending it twice
    leaves the graph as sending it once) that met a server error (HTTP 500, 503) -- a server that is busy starting or
    checkpointing answers so, with a page that names no error.

    >>> import email.message, io
    >>> busy = urllib.error.HTTPError("http://h/", 500, "", email.message.Message(), io.BytesIO(b"Request Failed"))
    >>> _send_again(busy, "PUT", 0), _send_again(busy, "PUT", SERVER_ERROR_RETRIES), _send_again(busy, "POST", 0)
    (True, False, False)
    """
    if attempt < ROLLBACK_RETRIES and rolled_back(exc):
        return True
    return (attempt < SERVER_ERROR_RETRIES and method in ("PUT", "DELETE")
            and isinstance(exc, urllib.error.HTTPError) and exc.code in (500, 503))


def send(director: urllib.request.OpenerDirector, request: urllib.request.Request,
         credentials: EndpointAuth | None, timeout: float) -> None:
    """Send a write ``request`` through ``director`` (see :func:`opener`); EndpointError unless the server says it
    is done (:func:`check_answer`). A write the server rolled back because it deadlocked with another
    (:func:`rolled_back`: concurrent Graph Store PUTs on Virtuoso) is sent again, up to :data:`ROLLBACK_RETRIES`
    times, after a short random pause that grows each time; an idempotent one that met another server error, up to
    :data:`SERVER_ERROR_RETRIES` times (:func:`_send_again`)."""
    if credentials and credentials.scheme == "basic":
        token = base64.b64encode(f"{credentials.user}:{credentials.password}".encode("utf-8")).decode("ascii")
        request.add_header("Authorization", "Basic " + token)
    for attempt in itertools.count():
        try:
            with director.open(request, timeout=timeout) as response:
                status = response.status
                media_type = (response.headers.get("Content-Type") or "").split(";")[0].strip().lower()
                body = response.read(1 << 20)
            break
        except (urllib.error.URLError, OSError) as exc:
            if _send_again(exc, request.get_method(), attempt):
                time.sleep(random.uniform(0.05, 0.2) * 2 ** attempt)   # apart, so the two do not meet again
                continue
            raise EndpointError(describe_failure(exc, request.full_url, timeout)) from None
    check_answer(request.full_url, status, media_type, body)


_HTML_START = re.compile(rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)


def check_answer(url: str, status: int, media_type: str, body: bytes) -> None:
    """A write is done only when the server says so as the protocols do: a 2xx status whose body, if any, is not an
    HTML page (a web application, a login form or a proxy answering in the endpoint's place). EndpointError if not.

    >>> check_answer("http://h/sparql", 200, "text/html", b"")   # Virtuoso's answer to a Graph Store PUT
    >>> check_answer("http://h/sparql", 200, "text/html", b"<!DOCTYPE html><title>Sign in</title>...")
    Traceback (most recent call last):
    ...
    policykg.core.errors.EndpointError: http://h/sparql answered HTTP 200 with an HTML page ("Sign in"), not as a SPARQL server does: check the URL (the upload is not done)
    """
    where = safe_url(url.split("?", 1)[0])
    if not 200 <= status < 300:
        raise EndpointError(f"{where} answered HTTP {status}, not success: check the URL (the upload is not done)")
    if body.strip() and (media_type in ("text/html", "application/xhtml+xml") or _HTML_START.match(body)):
        title = re.search(rb"<title[^>]*>(.*?)</title>", body, re.I | re.S)
        shown = " ".join(title.group(1).decode("utf-8", "replace").split())[:80] if title else ""
        named = f' ("{shown}")' if shown else ""
        raise EndpointError(f"{where} answered HTTP {status} with an HTML page{named}, not as a SPARQL server does: "
                            f"check the URL (the upload is not done)")
