"""A TCP proxy that puts a LAN between the app and its PostgreSQL server.

Each request the client sends after the server's last answer (one round trip) is held
for a fixed delay before it is passed on; the answers come back at once. Requests sent
back to back without waiting (a pipeline) are held together, not one after the other.
The proxy counts those round trips, so a benchmark can say how many a screen costs and
what a slower network would add.
"""

from __future__ import annotations

import queue
import socket
import threading
import time
from contextlib import suppress

CHUNK = 65536


class _Link:
    """One client connection and its upstream connection to the server."""

    def __init__(self, proxy: DelayProxy, client: socket.socket) -> None:
        self.proxy = proxy
        self.client = client
        self.server = socket.create_connection(proxy.upstream)
        for sock in (client, self.server):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.client_spoke_last = False
        self.outbox: queue.Queue[tuple[float, bytes] | None] = queue.Queue()
        for target in (self._requests, self._send_requests, self._answers):
            threading.Thread(target=target, daemon=True).start()

    def _requests(self) -> None:
        try:
            while data := self.client.recv(CHUNK):
                if not self.client_spoke_last:
                    self.client_spoke_last = True
                    self.proxy.count()
                self.outbox.put((time.perf_counter() + self.proxy.delay, data))
        except OSError:
            pass
        finally:
            self.outbox.put(None)

    def _send_requests(self) -> None:
        try:
            while (item := self.outbox.get()) is not None:
                due, data = item
                wait = due - time.perf_counter()
                if wait > 0:
                    time.sleep(wait)
                self.server.sendall(data)
        except OSError:
            pass
        finally:
            self._close()

    def _answers(self) -> None:
        try:
            while data := self.server.recv(CHUNK):
                self.client_spoke_last = False
                self.client.sendall(data)
        except OSError:
            pass
        finally:
            self._close()

    def _close(self) -> None:
        for sock in (self.client, self.server):
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with suppress(OSError):
                sock.close()


class DelayProxy:
    """Listens on a free loopback port and forwards to `host:port` with `delay_ms` per
    round trip. `round_trips` counts them since the proxy started (or `reset()`)."""

    def __init__(self, host: str, port: int, delay_ms: float) -> None:
        self.upstream = (host, port)
        self.delay = delay_ms / 1000
        self._lock = threading.Lock()
        self.round_trips = 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        with suppress(OSError):
            while True:
                client, _address = self.listener.accept()
                _Link(self, client)

    def count(self) -> None:
        with self._lock:
            self.round_trips += 1

    def reset(self) -> int:
        """The round trips so far, and start counting again."""
        with self._lock:
            counted, self.round_trips = self.round_trips, 0
        return counted

    def close(self) -> None:
        with suppress(OSError):
            self.listener.close()
