"""E-mail addresses as account names: a practical syntax check and one canonical form.

Not full RFC 5322 (quoted local parts, comments and IP literals are legal but no school
account uses them); what matters is catching typos and keeping one spelling per person, so
addresses are stored trimmed and lower-cased and compared that way.
"""

from __future__ import annotations

import re

from examhub_desktop.core.i18n import translate

MAX_LENGTH = 255
_LOCAL = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_EMAIL = re.compile(rf"^{_LOCAL}@(?:{_LABEL}\.)+[A-Za-z]{{2,63}}$")


def normalise_email(email: str) -> str:
    return email.strip().lower()


def email_problem(email: str) -> str | None:
    """A sentence saying what is wrong with `email`, or None when it is usable."""
    e = email.strip()
    if not e:
        return translate("Emails", "Enter an e-mail address.")
    if len(e) > MAX_LENGTH:
        return translate("Emails", "The e-mail address is longer than {max} characters.").format(
            max=MAX_LENGTH
        )
    if "@" not in e:
        return translate("Emails", "An e-mail address needs an @, as in name@school.org.")
    local, _, domain = e.rpartition("@")
    if len(local) > 64:
        return translate("Emails", "The part before the @ is longer than 64 characters.")
    if not _EMAIL.match(e):
        if not local:
            return translate("Emails", "Something must come before the @.")
        if "." not in domain:
            return translate("Emails", "The domain {domain} needs a dot, as in school.org.").format(
                domain=repr(domain)
            )
        return translate("Emails", "{address} is not a valid e-mail address.").format(address=repr(e))
    return None
