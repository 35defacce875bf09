"""pytest plugin: linkml's SQL generators, answered by the linkml-sql binary.

Loaded with `-p linkml_sql_shim` before linkml's own tests are collected. It replaces
`SQLTableGenerator`, `SQLAlchemyGenerator` and their click `cli` commands wherever linkml's
tests and `linkml.utils.sqlutils.SQLStore` look them up, with thin classes that write the schema
to a file and run `$LINKML_SQL_BIN generate sqltables|sqla` with the matching options. The Python
generators' own methods are made to raise, so no test can pass by running them by mistake.
Tests of Python internals (`get_sql_range`, `RANGEMAP`, ...) therefore fail here by design.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import click
import linkml.generators as generators_package
from linkml.generators import sqlalchemygen, sqltablegen
from linkml.generators.pythongen import PythonGenerator
from linkml.transformers.relmodel_transformer import ForeignKeyPolicy
from linkml.utils import sqlutils
from linkml_runtime.dumpers import yaml_dumper
from linkml_runtime.linkml_model.meta import SchemaDefinition
from linkml_runtime.utils.compile_python import compile_python

BINARY = os.environ["LINKML_SQL_BIN"]
TemplateEnum = sqlalchemygen.TemplateEnum
_SCRATCH = Path(tempfile.mkdtemp(prefix="linkml-sql-shim-"))
# The compliance suite gives the folder of a schema's imports (`base_dir`) to its generators
# but not to SQLStore, which linkml's SchemaView then serves from its import cache.
_BASE_DIRS: dict[str, str] = {}


def _schema_file(schema: Any, base_dir: str | None = None) -> str:
    """A path to the schema as YAML: the file itself when given one, else a copy in `base_dir`
    (where linkml resolves its imports) or a scratch folder."""
    if isinstance(schema, Path) or (
        isinstance(schema, str) and "\n" not in schema and Path(schema).is_file()
    ):
        return str(schema)
    source = getattr(schema, "source_file", None)
    if source and Path(source).is_file():
        return str(source)
    if isinstance(schema, str):
        text = schema
    elif isinstance(schema, dict):
        text = yaml_dumper.dumps(SchemaDefinition(**schema))
    else:
        text = yaml_dumper.dumps(schema)
    name = (
        schema.get("name")
        if isinstance(schema, dict)
        else getattr(schema, "name", None)
    )
    if base_dir and name:
        _BASE_DIRS[name] = base_dir
    base_dir = base_dir or _BASE_DIRS.get(name or "")
    folder = Path(base_dir) if base_dir else _SCRATCH
    folder.mkdir(parents=True, exist_ok=True)
    path = Path(tempfile.mkstemp(prefix=".linkml-sql-", suffix=".yaml", dir=folder)[1])
    path.write_text(text)
    return str(path)


def _schema_name(path: str) -> str:
    match = re.search(r"^name:\s*(\S+)", Path(path).read_text(), re.MULTILINE)
    return match.group(1).strip("'\"") if match else Path(path).stem


def _run(command: str, schema: str, options: list[str]) -> str:
    result = subprocess.run(
        [BINARY, "generate", command, schema, *options],
        check=False,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise ValueError(
            f"linkml-sql generate {command} failed ({result.returncode}):\n{result.stderr}"
        )
    return result.stdout


def _flag(value: bool) -> str:
    return "True" if value else "False"


class SQLTableGenerator:
    """`linkml generate sqltables` behind linkml's `SQLTableGenerator` constructor options."""

    def __init__(
        self,
        schema: Any,
        dialect: str = "sqlite",
        use_foreign_keys: bool = True,
        rename_foreign_keys: bool = False,
        generate_abstract_class_ddl: bool = True,
        autogenerate_index: bool = True,
        base_dir: str | None = None,
        **_ignored: Any,
    ) -> None:
        self.schema_path = _schema_file(schema, base_dir)
        self.dialect, self.use_foreign_keys = dialect, use_foreign_keys
        self.rename_foreign_keys, self.autogenerate_index = (
            rename_foreign_keys,
            autogenerate_index,
        )
        self.generate_abstract_class_ddl = generate_abstract_class_ddl
        self.options = [
            "--dialect",
            dialect,
            "--generate_abstract_class_ddl",
            _flag(generate_abstract_class_ddl),
        ]
        self.options += ["--autogenerate_index", _flag(autogenerate_index)]
        self.options += [] if use_foreign_keys else ["--no-use-foreign-keys"]
        self.options += ["--rename-foreign-keys"] if rename_foreign_keys else []

    def generate_ddl(self, **_ignored: Any) -> str:
        return _run("sqltables", self.schema_path, self.options)

    serialize = generate_ddl


class SQLAlchemyGenerator:
    """`linkml generate sqla` behind linkml's `SQLAlchemyGenerator` methods."""

    def __init__(
        self,
        schema: Any,
        template: TemplateEnum | None = None,
        base_dir: str | None = None,
        **_ignored: Any,
    ) -> None:
        self.original_schema = schema
        self.schema_path = _schema_file(schema, base_dir)
        self.template = template

    def generate_sqla(
        self,
        model_path: str | None = None,
        no_model_import: bool = False,
        template: TemplateEnum | None = None,
        foreign_key_policy: ForeignKeyPolicy | None = None,
        **_ignored: Any,
    ) -> str:
        template = template or self.template or TemplateEnum.IMPERATIVE
        options = {
            TemplateEnum.IMPERATIVE: ["--no-declarative"],
            TemplateEnum.DECLARATIVE: [],
            TemplateEnum.DECLARATIVE_2X: ["--sqla-style", "2"],
        }[template]
        if foreign_key_policy == ForeignKeyPolicy.NO_FOREIGN_KEYS:
            options.append("--no-use-foreign-keys")
        elif foreign_key_policy is not None:
            raise NotImplementedError(
                f"linkml-sql has no option for foreign_key_policy={foreign_key_policy}"
            )
        code = _run("sqla", self.schema_path, options)
        if template == TemplateEnum.IMPERATIVE:
            code = self._model_import(code, model_path, no_model_import)
        return code

    def _model_import(
        self, code: str, model_path: str | None, no_model_import: bool
    ) -> str:
        """linkml's `no_model_import` and `model_path`: drop or redirect the gen-python import."""
        name = re.escape(_schema_name(self.schema_path))
        statement = re.compile(
            rf"^from {name} import (\([^)]*\)|[^\n]*)$", re.MULTILINE
        )
        if no_model_import:
            return statement.sub("", code)
        return (
            statement.sub(lambda m: f"from {model_path} import {m.group(1)}", code)
            if model_path
            else code
        )

    def serialize(self, **kwargs: Any) -> str:
        return self.generate_sqla(**kwargs)

    def compile_sqla(
        self,
        compile_python_dataclasses: bool = False,
        pydantic: bool = False,
        model_path: str | None = None,
        template: TemplateEnum = TemplateEnum.IMPERATIVE,
        **kwargs: Any,
    ) -> Any:
        model_path = model_path or _schema_name(self.schema_path)
        if template in (TemplateEnum.DECLARATIVE, TemplateEnum.DECLARATIVE_2X):
            code = self.generate_sqla(template=template, **kwargs)
        elif compile_python_dataclasses and not pydantic:
            classes = PythonGenerator(self.original_schema).serialize()
            code = classes + "\n" + self.generate_sqla(no_model_import=True, **kwargs)
        elif compile_python_dataclasses:
            raise NotImplementedError("imperative mapping onto Pydantic classes")
        else:
            code = self.generate_sqla(model_path=model_path, **kwargs)
        return compile_python(code, package_path=model_path)


class _Forward(click.Command):
    """click's test runner passes Python values (`True`) through; the binary takes text."""

    def main(self, args: Any = None, *rest: Any, **kwargs: Any) -> Any:
        return super().main(
            [str(a) for a in args] if args is not None else None, *rest, **kwargs
        )


def _cli(command: str) -> click.Command:
    """A click command that runs `linkml generate COMMAND` with the arguments it was given."""

    settings = {"ignore_unknown_options": True, "help_option_names": []}

    @click.command(name=command, cls=_Forward, context_settings=settings)
    @click.argument("args", nargs=-1, type=click.UNPROCESSED)
    def cli(args: tuple[str, ...]) -> None:
        result = subprocess.run(
            [BINARY, "generate", command, *args],
            check=False,
            capture_output=True,
            text=True,
        )
        click.echo(result.stdout, nl=False)
        click.echo(result.stderr, nl=False, err=True)
        sys.exit(result.returncode)

    return cli


def _forbid(name: str) -> Any:
    def forbidden(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError(
            f"linkml's Python {name} was called; the adapter must answer it with linkml-sql"
        )

    return forbidden


for _real in (sqltablegen.SQLTableGenerator, sqlalchemygen.SQLAlchemyGenerator):
    for _method in ("generate_ddl", "generate_sqla", "serialize", "compile_sqla"):
        if hasattr(_real, _method):
            setattr(_real, _method, _forbid(f"{_real.__name__}.{_method}"))

for _module in (sqltablegen, generators_package, sqlutils):
    _module.SQLTableGenerator = SQLTableGenerator
for _module in (sqlalchemygen, generators_package, sqlutils):
    _module.SQLAlchemyGenerator = SQLAlchemyGenerator
sqltablegen.cli = _cli("sqltables")
sqlalchemygen.cli = _cli("sqla")
