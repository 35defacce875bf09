CREATE TABLE "Student" (
	id TEXT NOT NULL,
	full_name TEXT,
	CONSTRAINT "pk_Student" PRIMARY KEY (id)
);
CREATE INDEX "ix_Student_id" ON "Student" (id);

CREATE TABLE "ExamResult" (
	name TEXT NOT NULL,
	score INTEGER,
	"Student_id" TEXT NOT NULL,
	CONSTRAINT "pk_ExamResult" PRIMARY KEY (name, "Student_id"),
	CONSTRAINT "fk_ExamResult_Student_id_Student" FOREIGN KEY("Student_id") REFERENCES "Student" (id)
);
CREATE INDEX "ix_ExamResult_name" ON "ExamResult" (name);
CREATE INDEX "ix_ExamResult_Student_id" ON "ExamResult" ("Student_id");
