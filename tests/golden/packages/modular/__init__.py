"""SQLAlchemy models written by `linkml generate sqla --no-mergeimports`, a module per schema file."""
