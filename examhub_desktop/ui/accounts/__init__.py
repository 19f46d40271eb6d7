"""Accounts in the window: first run, signing in and out, the own account, people, settings.

The rules live in the services (auth, users, settings); these dialogs only collect input,
run the calls on the task runner (Argon2 and the database never run on the GUI thread) and
show the services' messages beside the field they are about.
"""
