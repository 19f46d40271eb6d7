"""Authoring: the exam editor, the question editor for every question type, and their undo."""
