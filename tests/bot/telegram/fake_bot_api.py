"""A Telegram Bot API server of our own, on 127.0.0.1, for driving the real PTB `Application` over HTTP.

It validates requests the way Telegram documents them (text length after entity parsing, HTML entity
parsing, callback_data size, unknown chats, callback queries answered once), records everything the bot
sends, lets tests inject updates, and injects faults (500, 429 with `retry_after`, hangs) on demand.

It runs in a background thread (threaded `http.server`), so it is independent of the event loop the
Application runs on, and a long-polling `getUpdates` never blocks other requests.
"""

from __future__ import annotations

import asyncio
import html
import itertools
import json
import math
import re
import secrets
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

# A request reaching us within this delay after a 429 was sent was already in flight: not a violation.
IN_FLIGHT = 0.4
MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64
MAX_ANSWER_TEXT = 200
# Methods that deliver a message to a chat: these are what Telegram's flood limits count.
MESSAGE_METHODS = {
    "sendMessage", "sendPhoto", "sendDocument", "sendLocation", "copyMessage", "forwardMessage",
    "sendSticker", "sendVoice", "sendAudio", "sendVideo", "sendAnimation", "sendMediaGroup",
}
ALLOWED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "tg-spoiler",
    "span", "blockquote", "tg-emoji",
}
CHAT_ACTIONS = {
    "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
    "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note",
}
# Fields PTB sends JSON-encoded (everything else is a plain string).
JSON_FIELDS = {
    "reply_markup", "entities", "caption_entities", "commands", "allowed_updates", "scope",
    "link_preview_options", "reply_parameters", "media",
}
INT_FIELDS = {"offset", "limit", "message_id", "user_id", "reply_to_message_id", "cache_time"}
BOOL_FIELDS = {"disable_notification", "drop_pending_updates", "show_alert", "protect_content"}

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s[^<>]*)?)>")
_ENTITY = re.compile(r"&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});")


class ApiError(Exception):
    """A Bot API error answered as `{"ok": false, ...}` with the HTTP status Telegram uses."""

    def __init__(self, code: int, description: str, parameters: dict[str, Any] | None = None):
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters


def bad_request(what: str) -> ApiError:
    return ApiError(400, f"Bad Request: {what}")


def utf16_len(text: str) -> int:
    """Telegram counts lengths in UTF-16 code units (an emoji counts two)."""
    return len(text.encode("utf-16-le")) // 2


def parse_html(text: str) -> str:
    """Parse Telegram HTML and return the plain text, or raise like Telegram does on bad markup.

    Telegram's rule: every `<`, `>` and `&` that is not part of a supported tag or entity must be escaped.
    """
    out: list[str] = []
    stack: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "<":
            m = _TAG.match(text, i)
            offset = len(text[:i].encode())
            if not m:
                raise bad_request(f"can't parse entities: Unsupported start tag at byte offset {offset}")
            closing, name, attrs = m.group(1), m.group(2).lower(), m.group(3)
            if name not in ALLOWED_TAGS:
                raise bad_request(
                    f'can\'t parse entities: Unsupported start tag "{name}" at byte offset {offset}'
                )
            if closing:
                if not stack or stack[-1] != name:
                    raise bad_request(
                        f'can\'t parse entities: Unexpected end tag at byte offset {offset}'
                    )
                stack.pop()
            else:
                if name == "a" and "href=" not in attrs:
                    raise bad_request(f"can't parse entities: Can't find href at byte offset {offset}")
                stack.append(name)
            i = m.end()
        elif ch == "&":
            m = _ENTITY.match(text, i)
            if not m:
                offset = len(text[:i].encode())
                raise bad_request(
                    f"can't parse entities: Unsupported entity or unescaped \"&\" at byte offset {offset}"
                )
            out.append(html.unescape(m.group(0)))
            i = m.end()
        elif ch == ">":
            offset = len(text[:i].encode())
            raise bad_request(f"can't parse entities: Unescaped \">\" at byte offset {offset}")
        else:
            out.append(ch)
            i += 1
    if stack:
        raise bad_request(
            f'can\'t parse entities: Can\'t find end tag corresponding to start tag "{stack[-1]}"'
        )
    return "".join(out)


@dataclass
class Fault:
    """One injected failure: `kind` is "500", "429", "timeout" (no answer, nothing done) or "lost-reply"
    (done, then no answer: Telegram accepted the message, the reply was lost); applies to `methods`
    (None = any)."""

    kind: str
    methods: frozenset[str] | None = None
    retry_after: int = 1
    hang: float = 3.0


@dataclass
class Sent:
    """One request the bot made that the server accepted."""

    method: str
    params: dict[str, Any]
    at: float
    result: Any = None

    @property
    def chat_id(self) -> int | str | None:
        return self.params.get("chat_id")

    @property
    def text(self) -> str | None:
        return self.params.get("_plain_text")


@dataclass
class _State:
    # Telegram's update ids "start from a certain positive number and increase sequentially": a server per
    # test starting at 1 would look like the same bot sending the same updates again.
    # (From the OS, not the `random` module, which a Hypothesis test seeds the same for every example.)
    update_ids: itertools.count = field(default_factory=lambda: itertools.count(secrets.randbelow(2**30) + 1))
    message_ids: itertools.count = field(default_factory=lambda: itertools.count(1000))
    updates: deque[dict[str, Any]] = field(default_factory=deque)
    chats: dict[int, dict[str, Any]] = field(default_factory=dict)
    members: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))
    messages: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)
    callback_queries: dict[str, bool] = field(default_factory=dict)
    sent: list[Sent] = field(default_factory=list)
    errors: list[tuple[str, int, str]] = field(default_factory=list)
    faults: deque[Fault] = field(default_factory=deque)
    requests: list[tuple[str, float]] = field(default_factory=list)
    banned_until: float = 0.0
    banned_at: float = 0.0
    flood_violations: int = 0
    commands: list[dict[str, Any]] = field(default_factory=list)
    webhook: dict[str, Any] = field(default_factory=dict)


class FakeBotAPI:
    """The server. Use as a context manager or call `start()`/`stop()`.

    `base_url`/`base_file_url` are what PTB's `ApplicationBuilder.base_url()`/`base_file_url()` take.
    """

    BOT_ID = 999_000

    def __init__(self, token: str = "123456:TEST-token-for-the-fake-server"):
        self.token = token
        self._lock = threading.Condition()
        self._s = _State()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._listeners: list[Any] = []

    def on_sent(self, listener: Any) -> None:
        """Call `listener(sent)` (in the server's thread) for each accepted request — for benchmarks."""
        self._listeners.append(listener)

    # ----------------------------------------------------------------- lifecycle
    def start(self) -> FakeBotAPI:
        api = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go in two writes: no 40 ms delayed-ACK stall

            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                api._serve(self)

            do_GET = do_POST  # noqa: N815

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                """Silence the default stderr access log."""

        class Server(ThreadingHTTPServer):
            request_queue_size = 256  # many chats at once open many connections: no refused SYNs

        self._server = Server(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeBotAPI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    # ----------------------------------------------------------------- HTTP plumbing
    def _serve(self, req: BaseHTTPRequestHandler) -> None:
        length = int(req.headers.get("Content-Length") or 0)
        body = req.rfile.read(length) if length else b""
        path = req.path.split("?", 1)[0]
        prefix = f"/bot{self.token}/"
        if path.startswith(f"/file/bot{self.token}/"):
            self._respond(req, 200, b"fake file content", "application/octet-stream")
            return
        if not path.startswith(prefix):
            self._respond_json(req, 401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
            return
        method = path[len(prefix):]
        try:
            params = self._parse_body(req.headers.get("Content-Type", ""), body)
        except ValueError as err:
            self._respond_error(req, 400, f"Bad Request: {err}")
            return
        now = time.monotonic()
        with self._lock:
            self._s.requests.append((method, now))
            remaining = self._s.banned_until - now if method in MESSAGE_METHODS else 0.0
            fault = None if remaining > 0 else self._take_fault(method)
            if remaining > 0 and now - self._s.banned_at > IN_FLIGHT:
                self._s.flood_violations += 1
            if fault is not None and fault.kind == "429":
                self._s.banned_at = now
                self._s.banned_until = now + fault.retry_after
        if remaining > 0:
            # Telegram keeps refusing until the ban ends; requests already in flight get the same answer.
            self._respond_429(req, max(1, math.ceil(remaining)))
            return
        if fault is not None and fault.kind != "lost-reply":
            if fault.kind == "timeout":
                time.sleep(fault.hang)
                req.close_connection = True
            elif fault.kind == "429":
                self._respond_429(req, fault.retry_after)
            else:
                self._respond_error(req, 500, "Internal Server Error")
            return
        handler = getattr(self, f"_m_{method}", None)
        try:
            if handler is None:
                raise ApiError(404, "Not Found: method not found")
            result = handler(params)
        except ApiError as err:
            with self._lock:
                self._s.errors.append((method, err.code, err.description))
                self._lock.notify_all()
            payload: dict[str, Any] = {"ok": False, "error_code": err.code, "description": err.description}
            if err.parameters:
                payload["parameters"] = err.parameters
            self._respond_json(req, err.code, payload)
            return
        if fault is not None:  # "lost-reply": done, but the bot never hears so (its process dies meanwhile)
            time.sleep(fault.hang)
            req.close_connection = True
            return
        self._respond_json(req, 200, {"ok": True, "result": result})

    @staticmethod
    def _respond(req: BaseHTTPRequestHandler, code: int, body: bytes, ctype: str) -> None:
        try:
            req.send_response(code)
            req.send_header("Content-Type", ctype)
            req.send_header("Content-Length", str(len(body)))
            req.end_headers()
            req.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (its own timeout); nothing to answer

    def _respond_json(self, req: BaseHTTPRequestHandler, code: int, payload: dict[str, Any]) -> None:
        self._respond(req, code, json.dumps(payload).encode(), "application/json")

    def _respond_error(self, req: BaseHTTPRequestHandler, code: int, description: str) -> None:
        self._respond_json(req, code, {"ok": False, "error_code": code, "description": description})

    def _respond_429(self, req: BaseHTTPRequestHandler, retry_after: int) -> None:
        self._respond_json(req, 429, {
            "ok": False, "error_code": 429, "description": f"Too Many Requests: retry after {retry_after}",
            "parameters": {"retry_after": retry_after},
        })

    @staticmethod
    def _parse_body(ctype: str, body: bytes) -> dict[str, Any]:
        raw: dict[str, str] = {}
        if ctype.startswith("application/json"):
            return json.loads(body or b"{}")
        if ctype.startswith("multipart/form-data"):
            msg = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {ctype}\r\n\r\n".encode() + body)
            for part in msg.iter_parts():
                name = part.get_param("name", header="content-disposition")
                if part.get_filename():
                    raw[name] = "<uploaded file>"
                else:
                    raw[name] = part.get_payload(decode=True).decode()
        else:
            raw = {k: v[-1] for k, v in parse_qs(body.decode(), keep_blank_values=True).items()}
        params: dict[str, Any] = {}
        for key, value in raw.items():
            if key in JSON_FIELDS:
                params[key] = json.loads(value)
            elif key in INT_FIELDS:
                params[key] = int(value)
            elif key == "timeout":
                params[key] = float(value)
            elif key in BOOL_FIELDS:
                params[key] = value == "true"
            elif key in ("chat_id", "from_chat_id"):
                params[key] = int(value) if value.lstrip("-").isdigit() else value
            else:
                params[key] = value
        return params

    def _take_fault(self, method: str) -> Fault | None:
        if method == "getUpdates":
            return None
        for fault in self._s.faults:
            if fault.methods is None or method in fault.methods:
                self._s.faults.remove(fault)
                return fault
        return None

    # ----------------------------------------------------------------- validation helpers
    def _chat(self, chat_id: Any) -> dict[str, Any]:
        if not isinstance(chat_id, int) or chat_id not in self._s.chats:
            raise bad_request("chat not found")
        return self._s.chats[chat_id]

    @staticmethod
    def _plain(text: str | None, parse_mode: str | None, limit: int, *, empty_ok: bool = False) -> str:
        text = text or ""
        plain = parse_html(text) if (parse_mode or "").upper() == "HTML" else text
        if not plain.strip() and not empty_ok:
            raise bad_request("message text is empty")
        if utf16_len(plain) > limit:
            raise bad_request("message is too long" if limit == MAX_TEXT else "message caption is too long")
        return plain

    @staticmethod
    def _check_markup(markup: dict[str, Any] | None) -> None:
        if not markup or "inline_keyboard" not in markup:
            return
        for row in markup["inline_keyboard"]:
            for button in row:
                if not button.get("text"):
                    raise bad_request("text buttons are unallowed in the inline keyboard")
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode()) <= MAX_CALLBACK_DATA:
                    raise bad_request("BUTTON_DATA_INVALID")
                if data is None and not button.get("url"):
                    raise bad_request('can\'t parse inline keyboard button: field "callback_data" is missing')

    def _bot_user(self) -> dict[str, Any]:
        return {"id": self.BOT_ID, "is_bot": True, "first_name": "Clocher", "username": "clocher_test_bot"}

    def _new_message(self, chat_id: int, extra: dict[str, Any], *, from_bot: bool = True) -> dict[str, Any]:
        message = {
            "message_id": next(self._s.message_ids),
            "date": int(time.time()),
            "chat": self._s.chats[chat_id],
            **({"from": self._bot_user()} if from_bot else {}),
            **extra,
        }
        self._s.messages[(chat_id, message["message_id"])] = message
        return message

    def _record(self, method: str, params: dict[str, Any], result: Any) -> Any:
        sent = Sent(method, params, time.monotonic(), result)
        self._s.sent.append(sent)
        self._lock.notify_all()
        for listener in self._listeners:
            listener(sent)
        return result

    # ----------------------------------------------------------------- Bot API methods
    def _m_getMe(self, params: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        return {**self._bot_user(), "can_join_groups": True, "can_read_all_group_messages": False,
                "supports_inline_queries": False}

    def _m_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:  # noqa: N802
        offset = params.get("offset") or 0
        timeout = min(float(params.get("timeout") or 0), 5.0)
        limit = params.get("limit") or 100
        deadline = time.monotonic() + timeout
        with self._lock:
            while self._s.updates and self._s.updates[0]["update_id"] < offset:
                self._s.updates.popleft()
            while not self._s.updates and time.monotonic() < deadline:
                self._lock.wait(deadline - time.monotonic())
                while self._s.updates and self._s.updates[0]["update_id"] < offset:
                    self._s.updates.popleft()
            return list(itertools.islice(self._s.updates, limit))

    def _m_deleteWebhook(self, params: dict[str, Any]) -> bool:  # noqa: N802
        with self._lock:
            self._s.webhook = {}
        return True

    def _m_setWebhook(self, params: dict[str, Any]) -> bool:  # noqa: N802
        if not params.get("url"):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        secret = params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise bad_request("bad webhook: secret token contains unallowed characters")
        with self._lock:
            self._s.webhook = dict(params)
        return True

    def _m_getWebhookInfo(self, params: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        return {"url": self._s.webhook.get("url", ""), "has_custom_certificate": False,
                "pending_update_count": len(self._s.updates)}

    def _m_setMyCommands(self, params: dict[str, Any]) -> bool:  # noqa: N802
        commands = params.get("commands") or []
        if len(commands) > 100:
            raise bad_request("too many commands")
        for cmd in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", cmd.get("command", "")):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(cmd.get("description", "")) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        with self._lock:
            self._s.commands = commands
            return self._record("setMyCommands", params, True)

    def _m_getMyCommands(self, params: dict[str, Any]) -> list[dict[str, Any]]:  # noqa: N802
        return self._s.commands

    def _m_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        with self._lock:
            self._chat(params.get("chat_id"))
            params["_plain_text"] = self._plain(params.get("text"), params.get("parse_mode"), MAX_TEXT)
            self._check_markup(params.get("reply_markup"))
            extra: dict[str, Any] = {"text": params["_plain_text"]}
            if params.get("reply_markup"):
                extra["reply_markup"] = params["reply_markup"]
            message = self._new_message(params["chat_id"], extra)
            return self._record("sendMessage", params, message)

    def _m_sendPhoto(self, params: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        with self._lock:
            self._chat(params.get("chat_id"))
            if not params.get("photo"):
                raise bad_request("there is no photo in the request")
            params["_plain_text"] = self._plain(params.get("caption"), params.get("parse_mode"), MAX_CAPTION,
                                                empty_ok=True)
            self._check_markup(params.get("reply_markup"))
            photo = [{"file_id": str(params["photo"]), "file_unique_id": "u1", "width": 90, "height": 90}]
            message = self._new_message(params["chat_id"], {"photo": photo, "caption": params["_plain_text"]})
            return self._record("sendPhoto", params, message)

    def _m_copyMessage(self, params: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        with self._lock:
            self._chat(params.get("chat_id"))
            self._chat(params.get("from_chat_id"))
            if (params["from_chat_id"], params.get("message_id")) not in self._s.messages:
                raise bad_request("message to copy not found")
            message = self._new_message(params["chat_id"], {})
            return self._record("copyMessage", params, {"message_id": message["message_id"]})

    def _m_forwardMessage(self, params: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        with self._lock:
            self._chat(params.get("chat_id"))
            self._chat(params.get("from_chat_id"))
            original = self._s.messages.get((params["from_chat_id"], params.get("message_id")))
            if original is None:
                raise bad_request("message to forward not found")
            extra = {k: v for k, v in original.items() if k in ("text", "photo", "caption")}
            message = self._new_message(params["chat_id"], extra)
            return self._record("forwardMessage", params, message)

    def _m_sendChatAction(self, params: dict[str, Any]) -> bool:  # noqa: N802
        with self._lock:
            self._chat(params.get("chat_id"))
            if params.get("action") not in CHAT_ACTIONS:
                raise bad_request("wrong parameter action in request")
            return self._record("sendChatAction", params, True)

    def _m_answerCallbackQuery(self, params: dict[str, Any]) -> bool:  # noqa: N802
        with self._lock:
            query_id = params.get("callback_query_id")
            if self._s.callback_queries.get(query_id, True):
                raise bad_request("query is too old and response timeout expired or query ID is invalid")
            if len(params.get("text") or "") > MAX_ANSWER_TEXT:
                raise bad_request("MESSAGE_TOO_LONG")
            self._s.callback_queries[query_id] = True
            return self._record("answerCallbackQuery", params, True)

    def _edited(self, params: dict[str, Any]) -> dict[str, Any]:
        self._chat(params.get("chat_id"))
        key = (params["chat_id"], params.get("message_id"))
        if key not in self._s.messages:
            raise bad_request("message to edit not found")
        return self._s.messages[key]

    def _m_editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        with self._lock:
            message = self._edited(params)
            plain = self._plain(params.get("text"), params.get("parse_mode"), MAX_TEXT)
            self._check_markup(params.get("reply_markup"))
            if plain == message.get("text") and params.get("reply_markup") == message.get("reply_markup"):
                raise bad_request("message is not modified")
            params["_plain_text"] = plain
            message["text"] = plain
            message["reply_markup"] = params.get("reply_markup")
            return self._record("editMessageText", params, message)

    def _m_editMessageReplyMarkup(self, params: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        with self._lock:
            message = self._edited(params)
            self._check_markup(params.get("reply_markup"))
            if params.get("reply_markup") == message.get("reply_markup"):
                raise bad_request("message is not modified")
            message["reply_markup"] = params.get("reply_markup")
            return self._record("editMessageReplyMarkup", params, message)

    def _m_getChatMember(self, params: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        with self._lock:
            chat = self._chat(params.get("chat_id"))
            user_id = params.get("user_id")
            status = "member" if user_id in self._s.members[chat["id"]] else "left"
            user = {"id": user_id, "is_bot": False, "first_name": f"User {user_id}"}
            return self._record("getChatMember", params, {"status": status, "user": user})

    def _m_getFile(self, params: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        file_id = params.get("file_id")
        if not file_id:
            raise bad_request("wrong file_id or the file is temporarily unavailable")
        return {"file_id": file_id, "file_unique_id": "u-" + file_id, "file_size": 17,
                "file_path": f"photos/{file_id}.jpg"}

    # ----------------------------------------------------------------- test API: chats and updates
    def add_private_chat(self, chat_id: int, first_name: str = "Camille") -> dict[str, Any]:
        """Make a resident's private chat known (Telegram answers "chat not found" otherwise)."""
        with self._lock:
            chat = {"id": chat_id, "type": "private", "first_name": first_name}
            self._s.chats[chat_id] = chat
            return chat

    def add_group(self, chat_id: int, title: str = "Groupe", members: tuple[int, ...] = ()) -> dict[str, Any]:
        """Make a group known, with the user ids that belong to it."""
        with self._lock:
            chat = {"id": chat_id, "type": "supergroup", "title": title}
            self._s.chats[chat_id] = chat
            self._s.members[chat_id].update(members)
            return chat

    def _user(self, user_id: int) -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": f"User {user_id}", "language_code": "fr"}

    def _push(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            update = {"update_id": next(self._s.update_ids), kind: payload}
            self._s.updates.append(update)
            self._lock.notify_all()
            return update

    def _incoming(self, chat_id: int, user_id: int | None, extra: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            if chat_id not in self._s.chats:
                self.add_private_chat(chat_id)
            user = self._user(user_id if user_id is not None else chat_id)
            message = self._new_message(chat_id, {"from": user, **extra}, from_bot=False)
            return message

    def send_text(self, chat_id: int, text: str, *, user_id: int | None = None,
                  reply_to: dict[str, Any] | None = None) -> dict[str, Any]:
        """A user writes `text` (a leading /command gets its bot_command entity, as clients do)."""
        extra: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            extra["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        if reply_to is not None:
            extra["reply_to_message"] = reply_to
        message = self._incoming(chat_id, user_id, extra)
        return self._push("message", message)

    def send_photo(self, chat_id: int, caption: str | None = None,
                   file_id: str = "PHOTO-1") -> dict[str, Any]:
        sizes = [{"file_id": f"{file_id}-small", "file_unique_id": "s", "width": 90, "height": 90},
                 {"file_id": file_id, "file_unique_id": "l", "width": 1280, "height": 960}]
        extra: dict[str, Any] = {"photo": sizes}
        if caption:
            extra["caption"] = caption
        return self._push("message", self._incoming(chat_id, None, extra))

    def send_location(self, chat_id: int, latitude: float, longitude: float) -> dict[str, Any]:
        extra = {"location": {"latitude": latitude, "longitude": longitude}}
        return self._push("message", self._incoming(chat_id, None, extra))

    def send_sticker(self, chat_id: int) -> dict[str, Any]:
        sticker = {"file_id": "STK", "file_unique_id": "stk", "width": 512, "height": 512,
                   "is_animated": False, "is_video": False, "type": "regular", "emoji": "👍"}
        return self._push("message", self._incoming(chat_id, None, {"sticker": sticker}))

    def send_voice(self, chat_id: int) -> dict[str, Any]:
        voice = {"file_id": "VOICE", "file_unique_id": "v", "duration": 3}
        return self._push("message", self._incoming(chat_id, None, {"voice": voice}))

    def edit_text(self, message: dict[str, Any], text: str) -> dict[str, Any]:
        """The user edits a message they sent earlier (`message` as returned in an update)."""
        edited = {**message, "text": text, "edit_date": int(time.time())}
        return self._push("edited_message", edited)

    def click(self, sent_message: dict[str, Any], data: str, *, user_id: int | None = None) -> str:
        """The user presses the inline button carrying `data` under a message the bot sent."""
        chat_id = sent_message["chat"]["id"]
        with self._lock:
            query_id = f"cbq-{next(self._s.update_ids)}"
            self._s.callback_queries[query_id] = False
        query = {"id": query_id, "from": self._user(user_id if user_id is not None else chat_id),
                 "chat_instance": f"ci-{chat_id}", "message": sent_message, "data": data}
        self._push("callback_query", query)
        return query_id

    # ----------------------------------------------------------------- test API: faults
    def fail_next(self, count: int, kind: str = "500", *, methods: tuple[str, ...] | None = None,
                  retry_after: int = 1, hang: float = 3.0) -> None:
        """The next `count` calls (to `methods`, or any except getUpdates) fail with `kind`."""
        with self._lock:
            for _ in range(count):
                self._s.faults.append(Fault(kind, frozenset(methods) if methods else None, retry_after, hang))

    def clear_faults(self) -> None:
        """Forget the faults not yet triggered (Telegram is back)."""
        with self._lock:
            self._s.faults.clear()

    # ----------------------------------------------------------------- test API: inspection
    @property
    def flood_violations(self) -> int:
        """Messages the bot sent while a 429 `retry_after` was still running (Telegram would punish these)."""
        return self._s.flood_violations

    @property
    def commands(self) -> list[dict[str, Any]]:
        return list(self._s.commands)

    @property
    def webhook(self) -> dict[str, Any]:
        return dict(self._s.webhook)

    @property
    def errors(self) -> list[tuple[str, int, str]]:
        return list(self._s.errors)

    def sent(self, method: str | None = "sendMessage", chat_id: int | None = None) -> list[Sent]:
        with self._lock:
            return [s for s in self._s.sent
                    if (method is None or s.method == method) and (chat_id is None or s.chat_id == chat_id)]

    def texts(self, chat_id: int) -> list[str]:
        return [s.text or "" for s in self.sent("sendMessage", chat_id)]

    def requests(self, method: str) -> list[float]:
        with self._lock:
            return [at for m, at in self._s.requests if m == method]

    def pending_queries(self) -> list[str]:
        with self._lock:
            return [qid for qid, answered in self._s.callback_queries.items() if not answered]

    async def wait_for(self, predicate: Any, timeout: float = 10.0, what: str = "condition") -> None:
        """Await until `predicate()` holds, without blocking the event loop the bot runs on."""
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout} s waiting for {what}")
            await asyncio.sleep(0.01)

    async def wait_messages(self, chat_id: int, count: int, timeout: float = 10.0) -> list[Sent]:
        """Await until the bot has sent at least `count` messages to `chat_id`; return them all."""
        await self.wait_for(lambda: len(self.sent("sendMessage", chat_id)) >= count, timeout,
                            f"{count} message(s) to chat {chat_id}")
        return self.sent("sendMessage", chat_id)
