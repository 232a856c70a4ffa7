"""The command table: each command's name and the function that runs it, and the modules that
register the commands' arguments, in the order ``--help`` lists them.

Plain imports, so a frozen build's analysis finds every command module. They are light: each
imports the services (and SQLAlchemy with them) inside the commands, once one runs.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from app.cli import advise, backup, data_dir, evidence, export, importing, insights, orders, remind, rules
from app.cli.context import Context

Handler = Callable[[argparse.Namespace, Context], int]

COMMANDS: dict[str, Handler] = {
    "add": orders.cmd_add,
    "record": orders.cmd_record,
    "orders": orders.cmd_orders,
    "show": orders.cmd_show,
    "deadlines": orders.cmd_deadlines,
    "trash": orders.cmd_trash,
    "untrash": orders.cmd_untrash,
    "rules": rules.cmd_rules,
    "demo": data_dir.cmd_demo,
    "doctor": data_dir.cmd_doctor,
    "advise": advise.cmd_advise,
    "attach": evidence.cmd_attach,
    "pack": evidence.cmd_pack,
    "import": importing.cmd_import,
    "export": export.cmd_export,
    "backup": backup.cmd_backup,
    "restore": backup.cmd_restore,
    "backups": backup.cmd_backups,
    "remind": remind.cmd_remind,
    "stats": insights.cmd_stats,
    "stores": insights.cmd_stores,
}

# Each has ``add_parsers(command)``.
PARSER_MODULES = (orders, rules, data_dir, advise, evidence, importing, export, backup, remind, insights)
