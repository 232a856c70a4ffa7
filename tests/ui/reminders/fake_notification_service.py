"""A stand-in for the desktop's notification service, on whatever session bus the environment
names (a private one from ``dbus-run-session`` in the tests): it takes ``Notify`` calls like
GNOME Shell does (the signature must be ``susssasa{sv}i`` exactly), writes each one as a JSON
line to the file given, and can "click" a notification by sending ``ActionInvoked`` to the
caller.

    python fake_notification_service.py LOG_FILE [--click]

With ``--click``, every notification that offers the default action is clicked at once.
Runs until killed; prints "ready" once it owns the name.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from jeepney import DBusAddress, HeaderFields, MessageType, new_error, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
SIGNATURE = "susssasa{sv}i"


def main() -> int:
    log = Path(sys.argv[1])
    click = "--click" in sys.argv[2:]
    with open_dbus_connection(bus="SESSION") as conn:
        conn.send_and_get_reply(message_bus.RequestName(NAME))
        print("ready", flush=True)
        next_id = 1
        while True:
            message = conn.receive()
            header = message.header
            if header.message_type is not MessageType.method_call:
                continue
            member = header.fields.get(HeaderFields.member)
            if member != "Notify":
                conn.send(new_error(message, "org.freedesktop.DBus.Error.UnknownMethod", "s", (str(member),)))
                continue
            signature = header.fields.get(HeaderFields.signature)
            if signature != SIGNATURE:  # as strict as the real services
                conn.send(
                    new_error(message, "org.freedesktop.DBus.Error.InvalidArgs", "s", (str(signature),))
                )
                continue
            app, replaces, icon, summary, body, actions, hints, timeout = message.body
            notification_id = next_id
            next_id += 1
            record = {
                "id": notification_id,
                "app": app,
                "replaces": replaces,
                "icon": icon,
                "summary": summary,
                "body": body,
                "actions": list(actions),
                "hints": {key: value for key, (_sig, value) in hints.items()},
                "timeout": timeout,
            }
            with log.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(record) + "\n")
            conn.send(new_method_return(message, "u", (notification_id,)))
            if click and "default" in actions:
                signal = new_signal(
                    DBusAddress(PATH, interface=NAME), "ActionInvoked", "us", (notification_id, "default")
                )
                signal.header.fields[HeaderFields.destination] = header.fields[HeaderFields.sender]
                conn.send(signal)


if __name__ == "__main__":
    sys.exit(main())
