exit: 1
error: table `CaseSorted` (class `CaseSorted`) has columns `itemid` (from itemid) and `itemId` (from itemId), which databases that ignore case in names cannot tell apart
help: rename one of each pair, or give the slot an `alias:` (a class: the annotation `__tablename__`)
