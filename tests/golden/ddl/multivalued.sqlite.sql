-- # Class: Student Description: Many-to-many with Course by reference, plus multivalued scalars.
--     * Slot: student_id
-- # Class: Course Description: Also points back to students, making the relation many-to-many.
--     * Slot: course_id
-- # Class: Session Description: Owned by one course and inlined into it, a one-to-many.
--     * Slot: id
--     * Slot: room
--     * Slot: starts_at
--     * Slot: Course_course_id Description: Autocreated FK slot
-- # Class: Student_nicknames
--     * Slot: Student_student_id Description: Autocreated FK slot
--     * Slot: nicknames Description: Multivalued string.
-- # Class: Student_scores
--     * Slot: Student_student_id Description: Autocreated FK slot
--     * Slot: scores
-- # Class: Student_free_days
--     * Slot: Student_student_id Description: Autocreated FK slot
--     * Slot: free_days
-- # Class: Student_courses
--     * Slot: Student_student_id Description: Autocreated FK slot
--     * Slot: courses_course_id
-- # Class: Course_students
--     * Slot: Course_course_id Description: Autocreated FK slot
--     * Slot: students_student_id

CREATE TABLE "Student" (
	student_id TEXT NOT NULL,
	CONSTRAINT "pk_Student" PRIMARY KEY (student_id)
);
CREATE INDEX "ix_Student_student_id" ON "Student" (student_id);

CREATE TABLE "Course" (
	course_id TEXT NOT NULL,
	CONSTRAINT "pk_Course" PRIMARY KEY (course_id)
);
CREATE INDEX "ix_Course_course_id" ON "Course" (course_id);

CREATE TABLE "Session" (
	id INTEGER NOT NULL,
	room TEXT,
	starts_at DATETIME,
	"Course_course_id" TEXT,
	CONSTRAINT "pk_Session" PRIMARY KEY (id),
	CONSTRAINT "fk_Session_Course_course_id_Course" FOREIGN KEY("Course_course_id") REFERENCES "Course" (course_id)
);
CREATE INDEX "ix_Session_id" ON "Session" (id);

CREATE TABLE "Student_nicknames" (
	"Student_student_id" TEXT NOT NULL,
	nicknames TEXT NOT NULL,
	CONSTRAINT "pk_Student_nicknames" PRIMARY KEY ("Student_student_id", nicknames),
	CONSTRAINT "fk_Student_nicknames_Student_student_id_Student" FOREIGN KEY("Student_student_id") REFERENCES "Student" (student_id)
);
CREATE INDEX "ix_Student_nicknames_Student_student_id" ON "Student_nicknames" ("Student_student_id");
CREATE INDEX "ix_Student_nicknames_nicknames" ON "Student_nicknames" (nicknames);

CREATE TABLE "Student_scores" (
	"Student_student_id" TEXT NOT NULL,
	scores INTEGER NOT NULL,
	CONSTRAINT "pk_Student_scores" PRIMARY KEY ("Student_student_id", scores),
	CONSTRAINT "fk_Student_scores_Student_student_id_Student" FOREIGN KEY("Student_student_id") REFERENCES "Student" (student_id)
);
CREATE INDEX "ix_Student_scores_Student_student_id" ON "Student_scores" ("Student_student_id");
CREATE INDEX "ix_Student_scores_scores" ON "Student_scores" (scores);

CREATE TABLE "Student_free_days" (
	"Student_student_id" TEXT NOT NULL,
	free_days VARCHAR(3) NOT NULL,
	CONSTRAINT "pk_Student_free_days" PRIMARY KEY ("Student_student_id", free_days),
	CONSTRAINT "fk_Student_free_days_Student_student_id_Student" FOREIGN KEY("Student_student_id") REFERENCES "Student" (student_id),
	CONSTRAINT "ck_Student_free_days_free_days_Weekday" CHECK (free_days IN ('mon', 'tue'))
);
CREATE INDEX "ix_Student_free_days_Student_student_id" ON "Student_free_days" ("Student_student_id");
CREATE INDEX "ix_Student_free_days_free_days" ON "Student_free_days" (free_days);

CREATE TABLE "Student_courses" (
	"Student_student_id" TEXT NOT NULL,
	courses_course_id TEXT NOT NULL,
	CONSTRAINT "pk_Student_courses" PRIMARY KEY ("Student_student_id", courses_course_id),
	CONSTRAINT "fk_Student_courses_Student_student_id_Student" FOREIGN KEY("Student_student_id") REFERENCES "Student" (student_id),
	CONSTRAINT "fk_Student_courses_courses_course_id_Course" FOREIGN KEY(courses_course_id) REFERENCES "Course" (course_id)
);
CREATE INDEX "ix_Student_courses_Student_student_id" ON "Student_courses" ("Student_student_id");
CREATE INDEX "ix_Student_courses_courses_course_id" ON "Student_courses" (courses_course_id);

CREATE TABLE "Course_students" (
	"Course_course_id" TEXT NOT NULL,
	students_student_id TEXT NOT NULL,
	CONSTRAINT "pk_Course_students" PRIMARY KEY ("Course_course_id", students_student_id),
	CONSTRAINT "fk_Course_students_Course_course_id_Course" FOREIGN KEY("Course_course_id") REFERENCES "Course" (course_id),
	CONSTRAINT "fk_Course_students_students_student_id_Student" FOREIGN KEY(students_student_id) REFERENCES "Student" (student_id)
);
CREATE INDEX "ix_Course_students_Course_course_id" ON "Course_students" ("Course_course_id");
CREATE INDEX "ix_Course_students_students_student_id" ON "Course_students" (students_student_id);
