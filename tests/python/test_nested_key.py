"""A `key` of an inlined, multivalued class is unique per parent (tests/schemas/nested_key.yaml),
in the models and in the DDL, on real SQLite, PostgreSQL and MariaDB: two students may both
have an exam named MATH, one student may not have two."""
import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from ddl_check import load_ddl
from metadata_dump import load_module
from schemas import OWN_SCHEMAS

SCHEMA = OWN_SCHEMAS / "nested_key.yaml"
DIALECTS = ["sqlite", "postgresql", "mariadb"]
DDL_DIALECT = {"sqlite": "sqlite", "postgresql": "postgresql", "mariadb": "mysql"}


@pytest.mark.parametrize("style", ["1", "2"])
@pytest.mark.parametrize("dialect", DIALECTS)
def test_models_key_exam_results_per_student(dialect, style, generated, fresh_database):
    module = load_module(generated(SCHEMA, style))
    # This module's mappers only: configure_mappers() would also configure every module that
    # earlier tests loaded into this worker (biolink-model's 4,142 classes among them).
    module.Base.registry.configure()
    engine = sa.create_engine(fresh_database(dialect))
    module.Base.metadata.create_all(engine)
    with Session(engine) as session:
        for student in ("S1", "S2"):
            exams = [module.ExamResult(name="MATH", score=90), module.ExamResult(name="ENG", score=80)]
            session.add(module.Student(id=student, exam_results=exams))
        session.commit()
        assert session.scalar(sa.select(sa.func.count()).select_from(module.ExamResult)) == 4
        # The exams belong to their student: one removed from the list is deleted.
        s1 = session.get(module.Student, "S1")
        s1.exam_results = [e for e in s1.exam_results if e.name == "MATH"]
        session.commit()
        assert session.scalar(sa.select(sa.func.count()).select_from(module.ExamResult)) == 3
    with Session(engine) as session:
        twice = [module.ExamResult(name="MATH", score=1), module.ExamResult(name="MATH", score=2)]
        session.add(module.Student(id="S3", exam_results=twice))
        with pytest.raises(sa.exc.IntegrityError):
            session.commit()
    engine.dispose()


@pytest.mark.parametrize("dialect", DIALECTS)
def test_ddl_keys_exam_results_per_student(dialect, run_linkml, fresh_database):
    ddl = run_linkml("generate", "sqltables", "--dialect", DDL_DIALECT[dialect], str(SCHEMA)).stdout
    url = fresh_database(dialect)
    load_ddl(ddl, url)
    engine = sa.create_engine(url)
    exam = sa.text('INSERT INTO "ExamResult" (name, score, "Student_id") VALUES (:name, 1, :student)')
    quote = (lambda s: s.replace('"', "`")) if dialect == "mariadb" else (lambda s: s)
    with engine.begin() as connection:
        connection.execute(sa.text(quote("INSERT INTO \"Student\" (id) VALUES ('S1'), ('S2')")))
        connection.execute(sa.text(quote(exam.text)), [{"name": "MATH", "student": "S1"}, {"name": "MATH", "student": "S2"}])
    with pytest.raises(sa.exc.IntegrityError), engine.begin() as connection:
        connection.execute(sa.text(quote(exam.text)), {"name": "MATH", "student": "S1"})
    engine.dispose()
