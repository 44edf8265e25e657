"""Web console: every page answered in ≤ 100 ms at the 95th percentile on the demo commune (issue 13).

Each page is requested over HTTP from uvicorn on 127.0.0.1, in a process of its own as in production
(keep-alive, logged in as an admin), after a warm-up; a bare Starlette « hello » route is measured the
same way in the same run, so the figures say what the console itself costs on this machine, whatever its
load. (A server in a thread of the measuring process adds ~40 ms per request: the two share the GIL.)
Exit code 1 when a page's p95 is over the limit.
"""

from __future__ import annotations

import contextlib
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from demo_setup import demo_config  # noqa: E402

from web import modeljobs, security, store  # noqa: E402
from web.app import WebSettings, create_app  # noqa: E402

LIMIT_MS = 100.0
RUNS = 60
WARM_UP = 5
PAGES = [
    "/",
    "/fiches",
    "/fiches?q=carte",
    "/fiches/1",
    "/fiches/nouvelle",
    "/tester?q=la mairie est ouverte samedi ?",
    "/tester?q=il faut quoi pour une carte d'identité ?",
    "/import",
    "/demandes",
    "/questions",
    "/consulter/arretes",
    "/consulter/arretes?q=rue de la gare",
    "/consulter/deliberations",
    "/consulter/budget",
    "/consulter/annuaire",
    "/export",
    "/admin/exemples",
    "/admin/modeles",
    "/admin/modeles/{version}",
    "/admin/utilisateurs",
    "/admin/journal",
]


def measure(client: httpx.Client, url: str) -> list[float]:
    for _ in range(WARM_UP):
        client.get(url).raise_for_status()
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        response.raise_for_status()
    return times


def p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[-1]


def client_for(base: str) -> httpx.Client:
    """Keep-alive, and TCP_NODELAY: without it a small request waits for the peer's delayed ACK
    (≈ 40 ms on Linux loopback), which would measure the kernel, not the console."""
    transport = httpx.HTTPTransport(socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)])
    return httpx.Client(base_url=base, transport=transport, timeout=120)


def hello_app() -> Starlette:
    async def hello(request):
        return PlainTextResponse("bonjour")

    return Starlette(routes=[Route("/", hello)])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def served(*args: str):
    """This script again, serving in its own process; yields the base URL, stops it afterwards."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, __file__, *args, str(port)])
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                httpx.get(base + "/", timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("le serveur mesuré n'a pas démarré") from None
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def serve(argv: list[str]) -> int:
    """Child process: `--hello PORT` or `--console HOME DB MODELS PORT`."""
    import uvicorn

    if argv[0] == "--hello":
        app, port = hello_app(), int(argv[1])
    else:
        from bot.config import load_config

        home, db, models, port = Path(argv[1]), Path(argv[2]), Path(argv[3]), int(argv[4])
        app = create_app(WebSettings.from_config(load_config(home=home, db_path=db, models_dir=models)))
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)
    return 0


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="clocher-bench-web-") as tmp:
        config = demo_config(Path(tmp))
        settings = WebSettings.from_config(config)
        conn = store.open_store(settings.store_path)
        store.create_user(conn, "bench", "admin", security.hash_password("banc-d-essai-2026"))
        conn.close()
        app = create_app(settings)
        console = app.state.console
        # The evaluation page needs an evaluation: the model in service, on three demo questions.
        import nlu
        from bot.evaluation import demo_set

        registry = nlu.Registry(config.models_dir)
        version = registry.current_version()
        qset = demo_set(modeljobs.REPO)
        modeljobs.question_sets = lambda: [type(qset)(qset.name, qset.cases[:3], qset.files)]
        modeljobs.evaluate(console, registry, modeljobs.Job(kind="évaluation", version=version))

        console.close()
        results: list[tuple[str, list[float]]] = []
        with served("--hello") as base, client_for(base) as client:
            results.append(("« hello » Starlette nu (référence)", measure(client, "/")))
        console_args = ("--console", str(config.home), str(config.db_path), str(config.models_dir))
        with served(*console_args) as base, client_for(base) as client:
            results.append(("/connexion (sans session)", measure(client, "/connexion")))
            page = client.get("/connexion").text
            login_token = re.search(r'name="login_token" value="([^"]+)"', page).group(1)
            client.post(
                "/connexion",
                data={"username": "bench", "password": "banc-d-essai-2026", "login_token": login_token},
            )
            for url in PAGES:
                results.append(
                    (url.replace("{version}", "VERSION"), measure(client, url.format(version=version)))
                )
        console.close()

    baseline = statistics.median(results[0][1])
    print(f"{'page':<58}{'médiane':>10}{'p95':>10}{'× réf.':>9}")
    worst = 0.0
    for name, times in results:
        med, high = statistics.median(times), p95(times)
        if name != results[0][0]:
            worst = max(worst, high)
        flag = "" if high <= LIMIT_MS else "  TROP LENT"
        print(f"{name[:57]:<58}{med:>8.1f} ms{high:>7.1f} ms{med / baseline:>8.1f}×{flag}")
    verdict = "OK" if worst <= LIMIT_MS else "ÉCHEC"
    print(
        f"\n{RUNS} requêtes par page après {WARM_UP} de chauffe ; pire p95 : {worst:.1f} ms "
        f"(limite {LIMIT_MS:.0f} ms) : {verdict}"
    )
    return 0 if worst <= LIMIT_MS else 1


if __name__ == "__main__":
    sys.exit(serve(sys.argv[1:]) if sys.argv[1:2] in (["--hello"], ["--console"]) else main())
