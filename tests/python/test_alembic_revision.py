"""`linkml alembic revision --from --to`: revisions written from two schema versions, without a
database, run under real Alembic on SQLite, PostgreSQL and MariaDB. tests/schemas/migrations
holds the versions, each changing one set of things (tables, columns, join tables, keys,
unique keys and indexes, NOT NULL, types, enum values, renames). Every step upgrades with
`alembic check` clean against the new version's models, downgrades with `alembic check` clean
against the old version's, and upgrades again; rows survive renames.
"""
import re
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from databases import set_alembic_url

VERSIONS = Path(__file__).resolve().parents[2] / "tests" / "schemas" / "migrations"
ALEMBIC = Path(sys.executable).parent / "alembic"


class Project:
    def __init__(self, root, run_linkml, url, flags=()):
        self.root, self.run_linkml, self.flags = root, run_linkml, list(flags)
        (root / "models").mkdir(parents=True)
        (root / "models" / "__init__.py").write_text("")
        run_linkml("alembic", "init", root / "migrations", "--models", "models")
        set_alembic_url(root / "alembic.ini", url)
        self.engine = sa.create_engine(url)

    def use(self, version):
        """The models of a schema version, as the project would regenerate them."""
        self.run_linkml("generate", "sqla", *self.flags, VERSIONS / f"{version}.yaml", "-o", self.root / "models" / "shop.py")

    def alembic(self, *args):
        result = subprocess.run([str(ALEMBIC), *args], capture_output=True, text=True, cwd=self.root)
        assert result.returncode == 0, f"alembic {' '.join(args)}:\n" + result.stdout + result.stderr[-4000:]
        return result.stdout + result.stderr

    def check_clean(self, version):
        self.use(version)
        assert "No new upgrade operations detected" in self.alembic("check"), version

    def matches(self, version):
        """The database below head matches the version's models (`alembic check` only runs at
        head): Alembic's comparison, as env.py configures it."""
        self.use(version)
        code = (
            "import sys, sqlalchemy as sa\n"
            "from alembic.autogenerate import compare_metadata\n"
            "from alembic.migration import MigrationContext\n"
            "import models.shop as m\n"
            "with sa.create_engine(sys.argv[1]).connect() as c:\n"
            "    skip = lambda o, n, t, r, other: not (t == 'table' and r and other is None)\n"
            "    ctx = MigrationContext.configure(c, opts={'compare_type': True, 'include_object': skip})\n"
            "    print(compare_metadata(ctx, m.metadata))\n"
        )
        url = self.engine.url.render_as_string(hide_password=False)
        result = subprocess.run([sys.executable, "-c", code, url], capture_output=True, text=True, cwd=self.root)
        assert result.returncode == 0 and result.stdout.strip() == "[]", (version, result.stdout, result.stderr[-3000:])

    def revision(self, old, new):
        result = self.run_linkml("alembic", "revision", *self.flags, "--from", VERSIONS / f"{old}.yaml", "--to",
                                 VERSIONS / f"{new}.yaml", "-m", f"{old} to {new}", "--dir", self.root / "migrations" / "versions")
        return result.stderr

    def sql(self, statement):
        """The statement, with MariaDB's identifier quotes where it has "..."."""
        return sa.text(statement.replace('"', "`") if self.engine.dialect.name == "mysql" else statement)

    def rows(self, query):
        with self.engine.connect() as connection:
            return connection.execute(self.sql(query)).all()

    def execute(self, *statements):
        with self.engine.begin() as connection:
            for statement in statements:
                connection.execute(self.sql(statement))


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql", "mariadb"])
def test_each_kind_of_change_upgrades_downgrades_and_keeps_rows(dialect, run_linkml, tmp_path, request, fresh_database):
    project = Project(tmp_path / "project", run_linkml, fresh_database(dialect))
    request.addfinalizer(project.engine.dispose)
    steps = ["v0", "v1", "v2", "v3"]
    for old, new in zip(steps, steps[1:]):
        warnings = project.revision(old, new)
        project.use(new)
        project.alembic("upgrade", "head")
        project.check_clean(new)
        project.alembic("downgrade", "-1")
        project.matches(old)
        project.alembic("upgrade", "head")
        project.check_clean(new)
        if new == "v1":
            project.execute(
                "INSERT INTO \"Shelf\" (id, label) VALUES ('s1', 'top')",
                "INSERT INTO \"Book\" (id, title, pages, genre, shelf) VALUES ('b1', 'Dune', 412, 'fiction', 's1')",
            )
        if new == "v2":
            assert "upgrade: drops" not in warnings  # only additions
            project.execute(
                "INSERT INTO \"Author\" (id, name, status) VALUES ('a1', 'Herbert', 'retired')",
                "INSERT INTO \"Book_authors\" (\"Book_id\", authors_id) VALUES ('b1', 'a1')",
            )
        if new == "v3":
            assert "upgrade: drops table `Book_tags`" in warnings and "upgrade: drops column `Book.isbn`" in warnings
            assert "upgrade: drops column `Author.status`" in warnings
    # Renamed table and column, a type change: the rows are still there.
    assert [tuple(r) for r in project.rows("SELECT id, label FROM \"Rack\"")] == [("s1", "top")]
    assert [tuple(r) for r in project.rows("SELECT rack, pages, category FROM \"Book\"")] == [("s1", "412", "fiction")]
    assert [tuple(r) for r in project.rows("SELECT * FROM \"Book_authors\"")] == [("b1", "a1")]
    project.alembic("downgrade", "base")
    assert set(sa.inspect(project.engine).get_table_names()) <= {"alembic_version"}
    if dialect == "postgresql":
        assert project.rows("SELECT typname FROM pg_type WHERE typtype = 'e'") == []


def test_head_is_the_default_down_revision_and_output_is_stable(run_linkml, tmp_path):
    versions = tmp_path / "versions"
    for old, new in [("v0", "v1"), ("v1", "v2")]:
        run_linkml("alembic", "revision", "--from", VERSIONS / f"{old}.yaml", "--to", VERSIONS / f"{new}.yaml",
                   "-m", f"{old} to {new}", "--dir", versions)
    first, second = sorted(versions.glob("*.py"), key=lambda p: "v1_to_v2" in p.name)
    first_id = re.search(r'^revision = "(\w+)"', first.read_text(), re.M)[1]
    assert f'down_revision = "{first_id}"' in second.read_text()
    again = tmp_path / "again"
    run_linkml("alembic", "revision", "--from", VERSIONS / "v0.yaml", "--to", VERSIONS / "v1.yaml", "-m", "v0 to v1", "--dir", again)
    assert next(again.glob("*.py")).read_text() == first.read_text()


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql", "mariadb"])
def test_models_without_foreign_keys_migrate_too(dialect, run_linkml, tmp_path, request, fresh_database):
    """`--no-use-foreign-keys` models: plain columns, no join tables; every step up, down and up
    again, `alembic check` clean each time."""
    project = Project(tmp_path / "project", run_linkml, fresh_database(dialect), ["--no-use-foreign-keys"])
    request.addfinalizer(project.engine.dispose)
    steps = ["v0", "v1", "v2", "v3"]
    for old, new in zip(steps, steps[1:]):
        project.revision(old, new)
        project.use(new)
        project.alembic("upgrade", "head")
        project.check_clean(new)
        project.alembic("downgrade", "-1")
        project.matches(old)
        project.alembic("upgrade", "head")
        project.check_clean(new)
    project.alembic("downgrade", "base")
    assert set(sa.inspect(project.engine).get_table_names()) <= {"alembic_version"}


def test_changes_it_cannot_migrate_are_refused(run_linkml, tmp_path):
    header = "id: https://example.org/e\nname: e\nprefixes: {linkml: https://w3id.org/linkml/}\nimports: [linkml:types]\n"
    body = "enums:\n  {enum}:\n    permissible_values: {values}\nclasses:\n  Item:\n    attributes:\n      id:\n        identifier: true\n      unit:\n        range: {enum}\n"
    versions = {
        "old": body.format(enum="Unit", values="{mm: , cm: }"),
        "renamed": body.format(enum="Length", values="{mm: , cm: }"),
        "cased": body.format(enum="Unit", values="{mm: , MM: , cm: }"),
        "cased2": body.format(enum="Unit", values="{mm: , MM: }"),
    }
    for name, text in versions.items():
        (tmp_path / f"{name}.yaml").write_text(header + text)
    for old, new, message in [("old", "renamed", "changes its enum from `Unit` to `Length`"),
                              ("cased", "cased2", "mysql store it as a string column")]:
        result = run_linkml("alembic", "revision", "--from", tmp_path / f"{old}.yaml", "--to", tmp_path / f"{new}.yaml",
                            "-m", "x", "--dir", tmp_path / "versions", check=False)
        assert result.returncode == 1 and message in result.stderr, result.stderr
        assert not list((tmp_path / "versions").glob("*.py"))
