"""Use cases over a unit of work. No Qt."""
