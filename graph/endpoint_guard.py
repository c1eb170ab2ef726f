"""The front of ``warkg serve``: refuses federated queries and enforces the time and size limits.

The Oxigraph server follows ``SERVICE <url>`` (it fetches the URL and returns the answer), has no
switch to turn that off, and its ``--timeout-s`` stops evaluation but not a result already streaming
(a SELECT of millions of rows ran long past it, and a cancelled stream ended like a complete one).
So the server listens on a private loopback port and this front, on the user's address, relays
every request after two checks:

- **federation**: a request any of whose parameters or body holds the SPARQL keyword ``SERVICE``
  (outside IRIs, strings and comments, after the ``\\uXXXX`` escapes SPARQL decodes before parsing)
  is refused with 403, unless federation was allowed. The check is lexical and conservative: it can
  refuse a query that never runs a SERVICE (none of warkg's named queries), never the other way round.
- **time and size**: an answer is relayed while the request is younger than the timeout and the
  answer smaller than the size limit. A small answer is buffered and sent whole (with a real status:
  503 on timeout). A big one is streamed with chunked transfer encoding; when a limit is hit the
  connection is closed without the final chunk, so every HTTP client reports an incomplete answer
  rather than taking a cut one for complete.

The stdlib server is enough here: one thread per request, and the work is Oxigraph's.
"""
from __future__ import annotations

import http.client
import re
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BUFFERED = 1 << 20  # an answer up to this size is sent whole, with Content-Length
READ = 1 << 16
HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailers",
              "transfer-encoding", "upgrade", "host", "content-length"}

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# what cannot hold a keyword: IRIs, the four kinds of string, comments
_OPAQUE = re.compile(r"""
      <[^<>"{}|^`\\\x00-\x20]*>
    | '''(?:[^'\\]|\\.|'(?!''))*'''
    | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
    | '(?:[^'\\\n\r]|\\.)*'
    | "(?:[^"\\\n\r]|\\.)*"
    | \#[^\n\r]*
""", re.VERBOSE | re.DOTALL)
# the keyword, not part of a variable (?service), a prefixed name (ex:service, service:x) or a longer word
_SERVICE = re.compile(r"(?<![\w?$:.-])SERVICE(?![\w:.-])", re.IGNORECASE)


def _unescape(text: str) -> str:
    def char(m: re.Match) -> str:
        code = int(m.group(1) or m.group(2), 16)
        return chr(code) if code < 0x110000 else m.group(0)

    return _ESCAPE.sub(char, text)


def uses_service(text: str) -> bool:
    """Whether a SPARQL text may contain a SERVICE clause (conservative: never False for one that does)."""
    return bool(_SERVICE.search(_OPAQUE.sub(" ", _unescape(text))))


def request_texts(target: str, body: bytes, content_type: str) -> list[str]:
    """Every text of a request where a query can hide: URL parameters, form fields, the raw body."""
    texts = [value for _, value in urllib.parse.parse_qsl(urllib.parse.urlsplit(target).query, keep_blank_values=True)]
    if body:
        raw = body.decode("utf-8", "replace")
        texts.append(raw)
        if content_type.split(";")[0].strip().lower() == "application/x-www-form-urlencoded":
            texts.extend(value for _, value in urllib.parse.parse_qsl(raw, keep_blank_values=True))
    return texts


class Limits:
    def __init__(self, timeout: float, max_bytes: int, allow_federation: bool):
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.allow_federation = allow_federation


def _handler(upstream: tuple[str, int], limits: Limits) -> type[BaseHTTPRequestHandler]:
    class Front(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "warkg-serve"

        def log_message(self, format, *args):  # noqa: A002 - the stdlib's name
            pass

        def do_GET(self):  # noqa: N802 - the stdlib's name
            self.relay()

        def do_POST(self):  # noqa: N802
            self.relay()

        def do_HEAD(self):  # noqa: N802
            self.relay()

        def do_OPTIONS(self):  # noqa: N802
            self.relay()

        def refuse(self, status: int, message: str) -> None:
            data = (message + "\n").encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(data)
            self.close_connection = True

        def relay(self) -> None:
            started = time.monotonic()
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                return self.refuse(400, "Content-Length is not a number")
            body = self.rfile.read(length) if length > 0 else b""
            if not limits.allow_federation and any(
                    uses_service(t) for t in request_texts(self.path, body, self.headers.get("Content-Type", ""))):
                self.refuse(403, "SERVICE (federated query) is disabled on this endpoint; "
                                 "it is allowed when warkg serve runs with --allow-federation")
                return
            headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
            conn = http.client.HTTPConnection(*upstream, timeout=limits.timeout + 1)
            try:
                conn.request(self.command, self.path, body=body or None, headers=headers)
                response = conn.getresponse()
                self.answer(response, started)
            except (TimeoutError, OSError):
                if not getattr(self, "_streaming", False):
                    self.refuse(503, f"the query did not finish within the endpoint's timeout "
                                     f"({limits.timeout:g} s)")
                self.close_connection = True
            finally:
                conn.close()

        def answer(self, response: http.client.HTTPResponse, started: float) -> None:
            deadline = started + limits.timeout
            head = b""
            while len(head) <= min(BUFFERED, limits.max_bytes):
                if time.monotonic() > deadline:
                    raise TimeoutError
                data = response.read1(READ) if self.command != "HEAD" else b""
                if not data:
                    return self.whole(response, head)
                head += data
            if len(head) > limits.max_bytes:
                return self.refuse(507, f"the answer is larger than the endpoint's limit ({limits.max_bytes} bytes)")
            self._streaming = True
            self.send_response(response.status, response.reason)
            for key, value in response.getheaders():
                if key.lower() not in HOP_BY_HOP:
                    self.send_header(key, value)
            self.send_header("Transfer-Encoding", "chunked")
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            sent = 0
            data = head
            while data:
                sent += len(data)
                if sent > limits.max_bytes or time.monotonic() > deadline:
                    return  # no final chunk: the client sees an incomplete answer, never a cut one as whole
                self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
                data = response.read1(READ)
            self.wfile.write(b"0\r\n\r\n")

        def whole(self, response: http.client.HTTPResponse, data: bytes) -> None:
            if len(data) > limits.max_bytes:
                return self.refuse(507, f"the answer is larger than the endpoint's limit ({limits.max_bytes} bytes)")
            self.send_response(response.status, response.reason)
            for key, value in response.getheaders():
                if key.lower() not in HOP_BY_HOP:
                    self.send_header(key, value)
            self.send_header("Content-Length", str(len(data)) if self.command != "HEAD"
                             else response.getheader("Content-Length", "0"))
            self.end_headers()
            self.wfile.write(data)

    return Front


class GuardedFront:
    """The front server, run in a thread: ``with GuardedFront(...) as front: ... front.port``."""

    def __init__(self, upstream: tuple[str, int], host: str, port: int, limits: Limits):
        server_class = ThreadingHTTPServer
        if ":" in host:
            import socket

            server_class = type("ThreadingHTTPServerV6", (ThreadingHTTPServer,), {"address_family": socket.AF_INET6})
        self.server = server_class((host, port), _handler(upstream, limits))
        self.server.daemon_threads = True
        self.server.handle_error = lambda request, address: None  # a client gone away is not news
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, name="warkg-serve-front", daemon=True)

    def __enter__(self) -> GuardedFront:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
