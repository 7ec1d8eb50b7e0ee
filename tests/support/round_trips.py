"""Counting a PostgreSQL book's round trips to its server with SQLAlchemy's events.

What goes over the wire, as psycopg sends it:

* each statement executed: one round trip (`before_cursor_execute`);
* a transaction's BEGIN, sent with its first statement, and its COMMIT or ROLLBACK: one
  each, when the transaction ran a statement (psycopg sends neither for an empty one,
  nor anything in autocommit);
* a new connection: its handshake (`connect`), counted apart in `connections`: on the
  test server (no TLS, trust authentication) psycopg's request for TLS, answered no,
  then its startup message, HANDSHAKE_TRIPS round trips (TLS and a password take more).

Pool pre-pings would show as checkouts that cost a round trip; the engine has none
(docs/design.md, "Budgets").
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, event

HANDSHAKE_TRIPS = 2


@dataclass
class RoundTrips:
    statements: int = 0
    transactions: int = 0  # BEGIN plus COMMIT/ROLLBACK, each one round trip
    connections: int = 0
    log: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def total(self) -> int:
        """Round trips of the work itself (new connections' handshakes counted apart)."""
        return self.statements + self.transactions

    @property
    def on_the_wire(self) -> int:
        """Round trips as the network sees them: the work's and the new connections'."""
        return self.total + HANDSHAKE_TRIPS * self.connections

    def attach(self, engine: Engine) -> RoundTrips:
        event.listen(engine, "connect", self._on_connect)
        event.listen(engine, "begin", self._on_begin)
        event.listen(engine, "before_cursor_execute", self._on_execute)
        event.listen(engine, "commit", self._on_end)
        event.listen(engine, "rollback", self._on_end)
        return self

    def detach(self, engine: Engine) -> None:
        event.remove(engine, "connect", self._on_connect)
        event.remove(engine, "begin", self._on_begin)
        event.remove(engine, "before_cursor_execute", self._on_execute)
        event.remove(engine, "commit", self._on_end)
        event.remove(engine, "rollback", self._on_end)

    def _on_connect(self, *_args: Any) -> None:
        with self._lock:
            self.connections += 1

    def _on_begin(self, connection: Any) -> None:
        level = connection.get_execution_options().get("isolation_level")
        autocommit = level == "AUTOCOMMIT"
        connection.info["round_trips_tx"] = "none" if autocommit else "begun"

    def _on_execute(self, connection: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        with self._lock:
            self.statements += 1
            self.log.append(" ".join(statement.split())[:160])
            if connection.info.get("round_trips_tx") == "begun":
                connection.info["round_trips_tx"] = "sent"
                self.transactions += 1  # the BEGIN psycopg sends first
                self.log.insert(len(self.log) - 1, "BEGIN")

    def _on_end(self, connection: Any) -> None:
        if connection.info.get("round_trips_tx") == "sent":
            with self._lock:
                self.transactions += 1
                self.log.append("COMMIT or ROLLBACK")
        connection.info["round_trips_tx"] = "none"
