"""Child process of test_kill_durability: records answers and prints each acknowledgement.

argv: DATA_DIR ATTEMPT_ID USER_ID FIRST_K. Answer k goes to question k % n as choice k % 3;
"k revision elapsed" is printed only after the service returned, i.e. after the commit.
"""

from __future__ import annotations

import sys
from pathlib import Path

from examhub_desktop.services.app import open_app
from examhub_desktop.services.attempts import AttemptService
from examhub_desktop.services.permissions import Principal, Role


def main() -> None:
    data_dir, attempt_id, user_id, first = Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
    ctx = open_app(data_dir)
    student = Principal(user_id, "pupil@school.org", Role.STUDENT)
    attempts = AttemptService(ctx)
    state = attempts.state(student, attempt_id)
    ids = sorted(q.question.id or "" for q in state.questions)
    print("ready", flush=True)
    k = first
    while True:
        qid = ids[k % len(ids)]
        ack = attempts.save(student, attempt_id, answers={qid: k % 3})
        assert state.time_limit_seconds is not None and ack.remaining_seconds is not None
        elapsed = state.time_limit_seconds - ack.remaining_seconds  # as the service measured it
        print(k, ack.revision, f"{elapsed:.3f}", flush=True)
        k += 1


if __name__ == "__main__":
    main()
