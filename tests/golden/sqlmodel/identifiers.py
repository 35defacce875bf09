exit: 1
error: tests/schemas/identifiers.yaml:84:3: table `CaseSorted` has columns `itemid` (from itemid) and `itemId` (from itemId), which databases that ignore case in names cannot tell apart
   ┌─ tests/schemas/identifiers.yaml:84:3
   │
84 │   itemId:
   │   ^^^^^^ this slot
   │
   = help: rename one of the two, or give the slot an `alias:` (a class: the annotation `__tablename__`)

error: stopped: 1 error(s), 0 warning(s)
