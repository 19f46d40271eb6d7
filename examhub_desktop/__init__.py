"""Exam Hub Desktop: author exams offline, take timed exams and practise."""

__version__ = "0.1.0"
APP_NAME = "Exam Hub Desktop"
APP_ID = "examhub-desktop"
