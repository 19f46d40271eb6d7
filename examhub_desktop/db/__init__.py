"""SQLAlchemy models, engine, migrations runner, repositories and unit of work. No Qt."""
