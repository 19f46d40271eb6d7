"""Pure rules of the domain. Imports neither Qt nor SQLAlchemy."""
