"""Installed as Python users install tools: the maturin wheel beside Python linkml 1.12.1, the
project config (`generate` with no generator), the pre-commit hook under real pre-commit, the
shell completions and `--version`."""
import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "library.yaml"
MODULAR = ROOT / "tests" / "schemas" / "modular"
# The wheel is built from the dev profile, so it reuses the test build's target folder.
BUILD_ENV = {**os.environ, "MATURIN_PEP517_ARGS": "--profile dev"}


def run(*args, cwd=None, env=None, check=True):
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True, cwd=cwd, env=env)
    if check and result.returncode != 0:
        raise AssertionError(f"{' '.join(map(str, args))} exited {result.returncode}:\n{result.stdout}\n{result.stderr}")
    return result


@pytest.fixture(scope="session")
def linkml_sql(linkml_bin):
    """The `linkml-sql` binary beside the tested `linkml` one."""
    return linkml_bin.with_name("linkml-sql")


@pytest.fixture(scope="session")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    maturin = Path(sys.executable).with_name("maturin")
    run(maturin, "build", "--profile", "dev", "--out", out, cwd=ROOT)
    (wheel,) = out.glob("linkml_sql-*.whl")
    return wheel


def test_wheel_has_only_the_linkml_sql_command(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    scripts = [n for n in names if ".data/scripts/" in n]
    assert [Path(s).name for s in scripts] == ["linkml-sql"], names
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("METADATA"))).decode()
    for field in ("License-Expression: MIT", "Classifier: Topic :: Database", "Project-URL: LinkML", "Description-Content-Type: text/markdown"):
        assert field in metadata, metadata[:2000]


def test_wheel_installs_beside_python_linkml(wheel, tmp_path):
    home = tmp_path / "venv"
    venv.create(home, with_pip=True)
    pip = [home / "bin" / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    run(*pip, "linkml==1.12.1")
    run(*pip, wheel)
    python_linkml = (home / "bin" / "linkml").read_text().splitlines()[0]
    assert "python" in python_linkml, "the wheel replaced Python linkml's `linkml` script"
    ours = run(home / "bin" / "linkml-sql", "generate", "sqla", EXAMPLE).stdout
    theirs = run(home / "bin" / "linkml", "generate", "sqla", EXAMPLE).stdout
    assert "class Book(" in ours and "class Book(" in theirs
    assert "linkml-model" in run(home / "bin" / "linkml-sql", "--version").stdout


def write_project(folder, config_name="linkml-sql.toml", table="targets"):
    """A project with three targets: a style-2 module, PostgreSQL DDL and a package."""
    shutil.copytree(MODULAR, folder / "schema")
    shutil.copy(EXAMPLE, folder / "schema" / "library.yaml")
    config = f"""
[[{table}]]
schema = "schema/library.yaml"
generator = "sqla"
output = "src/app/models.py"
options = ["--sqla-style", "2"]

[[{table}]]
schema = "schema/library.yaml"
generator = "sqltables"
output = "sql/library.sql"
options = ["--dialect", "postgresql"]

[[{table}]]
schema = "schema/src/schema/study.yaml"
generator = "sqla"
output = "src/app/study/"
options = ["--no-mergeimports", "--sqla-style", "2"]
"""
    (folder / config_name).write_text(config)


@pytest.mark.parametrize(
    "config_name,table", [("linkml-sql.toml", "targets"), ("pyproject.toml", "tool.linkml-sql.targets")]
)
def test_project_config_regenerates_and_checks(config_name, table, linkml_sql, tmp_path):
    write_project(tmp_path, config_name, table)
    subdir = tmp_path / "src"
    subdir.mkdir()
    # Found from a subfolder, as git and ruff find theirs.
    run(linkml_sql, "generate", cwd=subdir)
    assert (tmp_path / "src/app/models.py").read_text() == run(
        linkml_sql, "generate", "sqla", "--sqla-style", "2", tmp_path / "schema/library.yaml"
    ).stdout
    assert "CREATE TYPE" in (tmp_path / "sql/library.sql").read_text()
    assert (tmp_path / "src/app/study/src/schema/study.py").is_file()
    run(linkml_sql, "generate", "--check", cwd=tmp_path)
    schema = tmp_path / "schema/library.yaml"
    schema.write_text(schema.read_text().replace("A title in the catalogue.", "A book, changed."))
    stale = run(linkml_sql, "generate", "--check", cwd=tmp_path, check=False)
    assert stale.returncode == 1
    assert '+    """A book, changed."""' in stale.stdout
    assert "checked 3 target(s), 2 failed" in stale.stderr


def test_bad_project_config_is_positioned(linkml_sql, tmp_path):
    write_project(tmp_path)
    config = tmp_path / "linkml-sql.toml"
    config.write_text(
        config.read_text().replace('generator = "sqltables"', 'generator = "sqlddlx"').replace("--sqla-style", "--sqla-stile")
    )
    result = run(linkml_sql, "generate", "--config", config, check=False)
    assert result.returncode == 1
    assert "linkml-sql.toml:10:13: unknown generator `sqlddlx`" in result.stderr
    assert "linkml-sql.toml:6:11: bad target options: unexpected argument '--sqla-stile'" in result.stderr
    assert "linkml-sql.toml:18:11: bad target options" in result.stderr
    assert "tip: a similar argument exists: '--sqla-style'" in result.stderr
    assert not (tmp_path / "src").exists(), "nothing runs when the config is bad"


def test_pre_commit_hook_passes_on_fresh_files_and_fails_with_the_diff(linkml_sql, tmp_path):
    project = tmp_path / "project"
    project.mkdir()
    write_project(project)
    run(linkml_sql, "generate", cwd=project)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    run("git", "init", "-q", cwd=project)
    run("git", "add", ".", cwd=project)
    run(*git, "commit", "-qm", "fresh", cwd=project)
    pre_commit = Path(sys.executable).with_name("pre-commit")
    env = {**BUILD_ENV, "PRE_COMMIT_HOME": str(tmp_path / "cache")}
    hook = [pre_commit, "try-repo", ROOT, "linkml-sql-check", "--all-files"]
    fresh = run(*hook, cwd=project, env=env, check=False)
    assert fresh.returncode == 0, fresh.stdout + fresh.stderr
    schema = project / "schema/library.yaml"
    schema.write_text(schema.read_text().replace("A title in the catalogue.", "A book, changed."))
    stale = run(*hook, cwd=project, env=env, check=False)
    assert stale.returncode == 1, stale.stdout
    assert '+    """A book, changed."""' in stale.stdout


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish", "powershell"])
def test_completions(shell, linkml_sql, tmp_path):
    script = run(linkml_sql, "completions", shell).stdout
    assert "linkml-sql" in script and "generate" in script and "--sqla-style" in script
    if shell == "bash":
        path = tmp_path / "linkml-sql.bash"
        path.write_text(script)
        run("bash", "-n", path)
        run("bash", "-c", f"source {path} && complete -p linkml-sql")


def test_man_page_and_version(linkml_sql, linkml_bin):
    assert run(linkml_sql, "man").stdout.startswith(".ie")
    version = run(linkml_sql, "--version").stdout
    assert version.startswith("linkml-sql ") and "(linkml-model 1.12.0)" in version
    assert run(linkml_bin, "--version").stdout.startswith("linkml ")
