"""Alembic environment written by `linkml alembic init`.

It imports every module of the model packages, sub-packages included (the generated
package's shared `_base` first, then the rest in sorted order), so that `target_metadata` holds every table, and compares
only the tables that metadata owns.
"""

import importlib
import pkgutil
from logging.config import fileConfig

from alembic import context
from alembic.operations.ops import DropIndexOp, DropTableOp, ExecuteSQLOp, ModifyTableOps
from sqlalchemy import Enum, MetaData, engine_from_config, pool

config = context.config
if config.config_file_name is not None:
    fileConfig(config.config_file_name)

# Packages (or modules) whose models share one metadata.
MODEL_PACKAGES = {{MODEL_PACKAGES}}


# --- linkml: models and comparison (paste this block into an existing env.py) ---
def import_models() -> list[object]:
    """Every module of MODEL_PACKAGES, sub-packages included: `_base` modules first, then the
    rest, sorted."""
    modules = []
    for name in MODEL_PACKAGES:
        package = importlib.import_module(name)
        modules.append(package)
        paths = getattr(package, "__path__", None)
        if paths is None:
            continue
        found = sorted(m.name for m in pkgutil.walk_packages(paths, prefix=f"{name}."))
        for module in sorted(found, key=lambda n: n.rsplit(".", 1)[-1] != "_base"):
            modules.append(importlib.import_module(module))
    return modules


def shared_metadata(modules: list[object]) -> MetaData:
    """The one MetaData the modules' tables are on."""
    found = {id(m.metadata): m.metadata for m in modules if isinstance(getattr(m, "metadata", None), MetaData)}
    if len(found) != 1:
        raise RuntimeError(
            f"the model modules use {len(found)} MetaData objects; generate them with one --base"
        )
    return next(iter(found.values()))


def include_object(obj, name, type_, reflected, compare_to):
    """Only the tables our metadata owns; and not the foreign keys a `ddl_if` leaves out on
    this database (those MariaDB cannot hold)."""
    if type_ == "table" and reflected and compare_to is None:
        return False
    condition = getattr(obj, "_ddl_if", None)
    if type_ == "foreign_key_constraint" and condition is not None and condition.callable_ is not None:
        dialect = context.get_context().dialect
        return condition.callable_(ddl=None, target=obj, bind=None, dialect=dialect, state=None)
    return True


def drop_tables_not_their_indexes(context, revision, directives):
    """Dropping a table drops its indexes. Dropping them first, as autogenerate writes it,
    fails on MariaDB and MySQL where a foreign key still needs the index."""
    for script in directives:
        for ops in script.downgrade_ops_list + script.upgrade_ops_list:
            dropped = {op.table_name for op in ops.ops if isinstance(op, DropTableOp)}
            for op in ops.ops:
                if isinstance(op, ModifyTableOps) and op.table_name in dropped:
                    op.ops = [o for o in op.ops if not isinstance(o, DropIndexOp)]
            ops.ops = [
                op for op in ops.ops
                if not (isinstance(op, DropIndexOp) and op.table_name in dropped)
                and not (isinstance(op, ModifyTableOps) and not op.ops)
            ]


def drop_enum_types_with_their_tables(context, revision, directives):
    """PostgreSQL keeps an enum type after the last table using it is dropped."""
    if context.dialect.name != "postgresql":
        return
    for script in directives:
        for ops in script.downgrade_ops_list + script.upgrade_ops_list:
            dropped = {op.table_name for op in ops.ops if isinstance(op, DropTableOp)}
            used = {}
            for table in target_metadata.tables.values():
                for column in table.columns:
                    if isinstance(column.type, Enum) and column.type.name:
                        used.setdefault(column.type.name, set()).add(table.name)
            for name in sorted(n for n, owners in used.items() if owners and owners <= dropped):
                ops.ops.append(ExecuteSQLOp(f'DROP TYPE IF EXISTS "{name}"'))


def process_revision_directives(context, revision, directives):
    drop_tables_not_their_indexes(context, revision, directives)
    drop_enum_types_with_their_tables(context, revision, directives)


target_metadata = shared_metadata(import_models())
COMPARE = {
    "compare_type": True,
    "compare_server_default": True,
    "include_object": include_object,
    "process_revision_directives": process_revision_directives,
}
# --- end of the linkml block ---


def run_migrations_offline() -> None:
    url = config.get_main_option("sqlalchemy.url")
    context.configure(
        url=url,
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        render_as_batch=url.startswith("sqlite"),
        **COMPARE,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connectable = engine_from_config(
        config.get_section(config.config_ini_section, {}),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )
    with connectable.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            # SQLite cannot alter tables in place: batch mode copies them.
            render_as_batch=connection.dialect.name == "sqlite",
            **COMPARE,
        )
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
