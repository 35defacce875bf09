"""Read SQL DDL as SQLAlchemy writes it (linkml's gen-sqlddl and ours) into a summary to
compare: per table the columns (type as written, NOT NULL), primary key, foreign keys, unique
constraints and indexes. Constraint names and comments are left out.

usage: python ddl_dump.py FILE.sql  (prints the summary as JSON)
"""
import json
import re
import sys

QUOTED = r'"(?:[^"]|"")*"|`(?:[^`]|``)*`'
NAME = rf"(?:{QUOTED}|[^\s(),]+)"


def unquote(name):
    name = name.strip()
    if name[:1] in '"`' and name[-1:] == name[:1]:
        return name[1:-1].replace(name[0] * 2, name[0])
    return name


def names(text):
    return [unquote(n) for n in re.findall(NAME, text)]


def split_outside_quotes(text, separator):
    """`text` split at `separator` where it is not inside a '...' literal (comments)."""
    parts, start = [], 0
    # A literal is skipped whole (a backslash escapes the next character, `''` is two literals).
    for match in re.finditer(r"'(?:[^'\\]|\\.)*'|" + re.escape(separator), text, re.S):
        if match[0] == separator:
            parts.append(text[start : match.start()])
            start = match.end()
    parts.append(text[start:])
    return parts


def statements(ddl):
    lines = [line for line in ddl.splitlines() if not line.startswith("--")]
    for statement in split_outside_quotes("\n".join(lines) + "\n", ";\n"):
        statement = statement.strip()
        if statement:
            yield statement


def empty_table():
    return {"columns": {}, "pk": [], "fks": [], "uniques": [], "indexes": []}


def table_element(table, line):
    line = re.sub(rf"^CONSTRAINT {NAME} ", "", line.strip().rstrip(","))
    if m := re.match(r"PRIMARY KEY \((.*)\)$", line):
        table["pk"] = names(m[1])
    elif m := re.match(rf"FOREIGN KEY\((.*?)\) REFERENCES ({NAME}) \((.*)\)$", line):
        table["fks"].append(json.dumps([names(m[1]), unquote(m[2]), names(m[3])]))
    elif m := re.match(r"UNIQUE \((.*)\)$", line):
        table["uniques"].append(names(m[1]))
    elif line.startswith("CHECK "):
        pass
    else:
        m = re.match(rf"({NAME}) (.*)$", line, re.S)
        rest = re.split(r" (?:COMMENT|AUTO_INCREMENT)\b", m[2])[0]
        not_null = rest.endswith(" NOT NULL")
        # A server default (ours, from `ifabsent`) follows the type.
        column_type = rest.removesuffix(" NOT NULL").split(" DEFAULT ")[0]
        table["columns"][unquote(m[1])] = {"type": column_type, "not_null": not_null}


def dump(ddl):
    tables, enums = {}, {}
    for statement in statements(ddl):
        if m := re.match(rf"CREATE TABLE ({NAME}) \((.*)\n\)", statement, re.S):
            table = tables.setdefault(unquote(m[1]), empty_table())
            for line in split_outside_quotes(m[2].strip(), ",\n"):
                table_element(table, line)
        elif m := re.match(rf"CREATE (?:UNIQUE )?INDEX ({NAME}) ON ({NAME}) \((.*)\)$", statement):
            tables[unquote(m[2])]["indexes"].append([unquote(m[1]), names(m[3])])
        elif m := re.match(rf"ALTER TABLE ({NAME}) ADD (.*)$", statement, re.S):
            table_element(tables[unquote(m[1])], m[2])
        elif m := re.match(rf"CREATE TYPE ({NAME}) AS ENUM \((.*)\)$", statement, re.S):
            enums[unquote(m[1])] = re.findall(r"'((?:[^']|'')*)'", m[2])
        elif not statement.startswith("COMMENT ON"):
            raise ValueError(f"unexpected statement: {statement[:200]}")
    for table in tables.values():
        table["fks"].sort()
        table["uniques"].sort()
        table["indexes"].sort()
    return {"tables": tables, "enums": enums}


if __name__ == "__main__":
    with open(sys.argv[1]) as handle:
        print(json.dumps(dump(handle.read()), indent=1, sort_keys=True))
