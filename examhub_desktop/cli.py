"""Command line: `examhub [--data-dir DIR | --database-url URL] [--as EMAIL] COMMAND`; no command starts the GUI.

On a school server (a PostgreSQL URL without a user name) the command line is no built-in
administrator: every command that reads or changes accounts or exams signs in with `--as`
and runs as that account, with what PostgreSQL lets that account do. Passwords never come
from argv: a prompt, the first line of stdin, or libpq's PGPASSFILE / ~/.pgpass.

Heavy imports (Qt, Alembic, the services) happen inside the command that needs them, so
`examhub --help` and the GUI's start stay quick. Known problems print one clear line on
stderr and exit 2; `db check` exits 1 when it finds problems.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from examhub_desktop import APP_NAME, __version__

if TYPE_CHECKING:
    from examhub_desktop.db.location import DatabaseLocation
    from examhub_desktop.services.app import AppContext
    from examhub_desktop.services.permissions import Principal

EXIT_OK, EXIT_PROBLEMS, EXIT_ERROR = 0, 1, 2
AS_HELP = (
    "on a school server, sign in as this administrator (password from a prompt or the first line of stdin)"
)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="examhub", description=f"{APP_NAME} {__version__}")
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--data-dir", help="folder for the database, backups and logs")
    where.add_argument(
        "--database-url",
        help="sqlite:///PATH; a school server: postgresql://HOST:PORT/NAME (sign in with --as); its "
        "owner: postgresql://OWNER@HOST:PORT/NAME (password from ~/.pgpass or PGPASSFILE). "
        "Default: $EXAMHUB_DATABASE_URL",
    )
    p.add_argument("--as", dest="as_email", metavar="EMAIL", help=AS_HELP)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    db = sub.add_parser("db", help="create, migrate, check and back up the database")
    dbsub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    dbsub.add_parser("upgrade", help="create or migrate the database; prints the revision")
    dbsub.add_parser("current", help="print the schema revision and where the database is")
    dbsub.add_parser("check", help="integrity, foreign-key and schema checks; exit 1 on problems")
    b = dbsub.add_parser("backup", help="write a consistent copy, safe while the app runs")
    b.add_argument("path", help="the backup file (or a folder to put it in)")

    demo = sub.add_parser("demo-data", help="fill the database with realistic generated data")
    demo.add_argument("--scale", choices=("small", "seed", "stretch"), default="small")
    demo.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data)")

    users = sub.add_parser("users", help="manage accounts (as the command-line administrator)")
    usub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = usub.add_parser("add", help="create an account; the password is read from a prompt or stdin")
    add.add_argument("--email", required=True)
    add.add_argument("--role", choices=("admin", "user"), default="user")
    add.add_argument("--name", default="")
    lst = usub.add_parser("list", help="list accounts")
    lst.add_argument("--search", default="")
    sr = usub.add_parser("set-role", help="make an account an administrator (admin) or a student (user)")
    sr.add_argument("email")
    sr.add_argument("role", choices=("admin", "user"))
    de = usub.add_parser("deactivate", help="stop an account from signing in; ends its kept sessions")
    de.add_argument("email")
    ac = usub.add_parser("activate", help="let a deactivated account sign in again")
    ac.add_argument("email")
    rp = usub.add_parser("reset-password", help="print a one-time password that must be changed at sign-in")
    rp.add_argument("email")

    formats = ("gift", "aiken", "moodle-xml", "csv", "xlsx", "json")
    imp = sub.add_parser("import", help="import questions from a file; prints what came in or the problems")
    imp.add_argument("file")
    imp.add_argument("--format", choices=formats, help="override the detected format")
    into = imp.add_mutually_exclusive_group()
    into.add_argument("--exam", metavar="ID", help="add the questions to this draft exam")
    into.add_argument("--title", help="title of the new exam (default: from the file)")
    exp = sub.add_parser("export", help="write an exam to a file")
    exp.add_argument("exam_id", metavar="EXAM_ID")
    exp.add_argument("--format", choices=formats, required=True)
    exp.add_argument("-o", "--output", required=True, help="the file to write")
    exam_leaves = _exams_parser(sub)
    for leaf in (add, lst, sr, de, ac, rp, imp, exp, *exam_leaves):  # `--as` also after the command
        leaf.add_argument("--as", dest="as_email", metavar="EMAIL", default=argparse.SUPPRESS, help=AS_HELP)

    srv = sub.add_parser("server", help="prepare a PostgreSQL database as a school server (as its owner)")
    ssub = srv.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    si = ssub.add_parser("init", help="migrate, install access control, and make the first administrator")
    si.add_argument(
        "--admin", metavar="EMAIL", help="the first administrator (password from a prompt or stdin)"
    )
    si.add_argument("--name", default="", help="the first administrator's full name")
    ssub.add_parser("status", help="revision, access control, accounts and connections; exit 1 if behind")
    ssub.add_parser(
        "upgrade", help="migrate and refresh access control; give accounts without one a login role"
    )

    st = sub.add_parser("self-test", help="check this installation end to end in a temporary folder")
    st.add_argument("--keep", action="store_true", help="keep the temporary folder and print it")
    return p


def _exams_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> list[argparse.ArgumentParser]:
    """`examhub exams ...`; returns the leaf parsers (they take `--as` too)."""
    exams = sub.add_parser("exams", help="list exams, publish or archive them, and change their settings")
    esub = exams.add_subparsers(dest="exams_command", metavar="ACTION", required=True)
    lst = esub.add_parser("list", help="every exam with its settings, as a table")
    lst.add_argument("--json", action="store_true", help="a JSON array instead (times ISO 8601 in UTC)")
    leaves = [lst]
    for action, what in (
        ("publish", "publish an exam (refused, with the problems, if a question is incomplete)"),
        ("archive", "archive a published exam"),
        ("draft", "take an exam back to draft"),
    ):
        leaf = esub.add_parser(action, help=what)
        leaf.add_argument("exam", metavar="ID", help="the exam's id or an unambiguous start of it")
        leaves.append(leaf)
    st = esub.add_parser(
        "set", help="change an exam's settings, then print them (no option: only print them)"
    )
    st.add_argument("exam", metavar="ID", help="the exam's id or an unambiguous start of it")
    st.add_argument("--max-attempts", metavar="N|unlimited", help="exam attempts a student may start")
    st.add_argument(
        "--grading-method", metavar="METHOD", help="which attempt counts: highest, first, last or average"
    )
    st.add_argument("--practice", action=argparse.BooleanOptionalAction, help="offer practice mode")
    st.add_argument(
        "--review",
        action="append",
        default=[],
        metavar="PART=WHEN",
        help="when students see a part of their review (repeatable, applied in order): PART is answers, "
        "marks, points, correct-answers, feedback or all; WHEN is after-attempt, after-close or never",
    )
    st.add_argument("--fullscreen", action=argparse.BooleanOptionalAction, help="take the exam full-screen")
    st.add_argument(
        "--opens-at",
        metavar="ISO|none",
        help="when the exam opens, e.g. 2030-06-01T09:00 (without an offset: local time)",
    )
    st.add_argument(
        "--closes-at", metavar="ISO|none", help="when the exam closes (ends attempts in progress)"
    )
    st.add_argument(
        "--extra-time",
        action="append",
        default=[],
        metavar="EMAIL=MULTIPLIER",
        help="a student's time multiplier, 1 to 5, e.g. pupil@school.org=1.25 (repeatable; =1 or =none removes it)",
    )
    public = st.add_mutually_exclusive_group()
    public.add_argument(
        "--public", dest="public", action="store_const", const=True, help="list it for students"
    )
    public.add_argument(
        "--not-public", dest="public", action="store_const", const=False, help="do not list it"
    )
    st.add_argument("--duration", metavar="MINUTES|untimed", help="the time limit of an attempt")
    st.add_argument("--passing-score", metavar="N", help="the percentage that passes, 0 to 100")
    leaves.append(st)
    return leaves


def _data_dir(args: argparse.Namespace) -> Path:
    from examhub_desktop.paths import resolve_data_dir

    return resolve_data_dir(args.data_dir)


def _open(args: argparse.Namespace, *, upgrade: bool = True) -> AppContext:
    """Open the database; on a school server also sign in as `--as` (see `acting`)."""
    from examhub_desktop.services.app import open_app
    from examhub_desktop.services.errors import ServiceError

    ctx = open_app(_data_dir(args), _with_prompted_password(args), upgrade=upgrade)
    try:
        if ctx.server is None:
            if args.as_email:
                raise ServiceError(
                    "--as is for a school server (a postgresql:// URL without a user name); nothing was changed"
                )
            return ctx
        if not args.as_email:
            raise ServiceError(
                "this is a school server: sign in with --as EMAIL (an administrator's account; "
                "the password from a prompt or the first line of stdin); nothing was changed"
            )
        from examhub_desktop.services.server_accounts import ServerAccounts

        args.principal = ServerAccounts(ctx).sign_in(
            args.as_email, read_secret(f"Password for {args.as_email}: ")
        )
    except BaseException:
        ctx.close()
        raise
    return ctx


def _with_prompted_password(args: argparse.Namespace) -> str | None:
    """A server URL with a user name whose password libpq cannot find (no ~/.pgpass entry):
    ask for it at a terminal, and keep it in memory only."""
    url: str | None = args.database_url
    if not url or not sys.stdin.isatty():
        return url
    from examhub_desktop.services.app import resolve_location

    location = resolve_location(_data_dir(args), url)
    if location.is_sqlite or location.is_server_profile or location.url.password is not None:
        return url
    from examhub_desktop.db.server_access import password_needed

    if not password_needed(location.url_text):
        return url
    import getpass

    password = getpass.getpass(f"Password of PostgreSQL role {location.url.username}: ")
    return location.url.set(password=password).render_as_string(hide_password=False)


def acting(args: argparse.Namespace) -> Principal:
    """Who a command acts as: the `--as` account on a school server, else the built-in administrator."""
    from examhub_desktop.services.cli_admin import CLI_ADMIN

    principal: Principal | None = getattr(args, "principal", None)
    return principal or CLI_ADMIN


def cmd_db(args: argparse.Namespace) -> int:
    from examhub_desktop.services.app import current_state, resolve_location

    if args.db_command == "current":
        location = resolve_location(_data_dir(args), args.database_url)
        if location.path is not None and not location.path.exists():
            print(f"no database yet at {location.describe()}")
            return EXIT_OK
        state = current_state(location)
        print(f"revision: {state.revision or 'none'} ({state.kind})")
        print(f"database: {location.describe()}")
        return EXIT_OK
    ctx = _open(args, upgrade=args.db_command == "upgrade")
    try:
        if ctx.server is not None:
            print(
                f"examhub: db {args.db_command} on a school server is the owner's: use "
                "`examhub server upgrade|status` or pg_dump with the owner's URL (postgresql://OWNER@HOST/NAME)",
                file=sys.stderr,
            )
            return EXIT_ERROR
        if args.db_command == "upgrade":
            info = ctx.info()
            print(f"database {info.description} is at revision {info.revision}")
            return EXIT_OK
        if args.db_command == "check":
            problems = ctx.check()
            for line in problems:
                print(f"problem: {line}")
            print(f"{len(problems)} problem(s) in {ctx.location.describe()}")
            return EXIT_PROBLEMS if problems else EXIT_OK
        if args.db_command == "backup":
            written = ctx.backup(Path(args.path))
            print(f"backup written to {written}")
            return EXIT_OK
    finally:
        ctx.close()
    return EXIT_ERROR


def cmd_demo_data(args: argparse.Namespace) -> int:
    from examhub_desktop.services.app import resolve_location
    from examhub_desktop.services.demo_data import generate

    if resolve_location(_data_dir(args), args.database_url).is_server_profile:
        print(
            "examhub: demo-data writes accounts directly, which a school server allows only its owner: "
            "run it on a test server with the owner's URL (postgresql://OWNER@HOST/NAME); nothing was changed",
            file=sys.stderr,
        )
        return EXIT_ERROR
    ctx = _open(args)

    def progress(stage: str, done: int, total: int) -> None:
        print(f"\r{stage}: {done:,}/{total:,}   ", end="", file=sys.stderr, flush=True)

    try:
        summary = generate(ctx, args.scale, seed=args.seed, progress=progress)
    finally:
        ctx.close()
    print(file=sys.stderr)
    print(summary.describe())
    return EXIT_OK


def read_password(prompt: str = "Password: ") -> str:
    """From an interactive prompt (asked twice) or the first line of stdin; never from argv."""
    if sys.stdin.isatty():
        import getpass

        first = getpass.getpass(prompt)
        if getpass.getpass("Repeat it: ") != first:
            raise SystemExit("examhub: the two passwords differ; nothing was written")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def read_secret(prompt: str) -> str:
    """A password to sign in with: asked once at a prompt, or the next line of stdin."""
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\r\n")


def cmd_users(args: argparse.Namespace) -> int:
    from examhub_desktop.services.cli_admin import UsersCli

    ctx = _open(args)
    try:
        admin = UsersCli(ctx, acting(args))
        if args.users_command == "add":
            row = admin.add(args.email, args.name, args.role, read_password())
            print(f"created {row.email} ({row.role.value})")
        elif args.users_command == "list":
            rows = admin.list(args.search)
            for r in rows:
                state = "active" if r.is_active else "deactivated"
                print(f"{r.email}\t{r.role.value}\t{state}\t{r.full_name}")
            print(f"{len(rows)} account(s)", file=sys.stderr)
        elif args.users_command == "set-role":
            print(f"{admin.set_role(args.email, args.role).email} is now {args.role}")
        elif args.users_command in ("deactivate", "activate"):
            row = admin.set_active(args.email, args.users_command == "activate")
            print(f"{row.email} is now {'active' if row.is_active else 'deactivated'}")
        elif args.users_command == "reset-password":
            print(admin.reset_password(args.email))
    finally:
        ctx.close()
    return EXIT_OK


def cmd_exams(args: argparse.Namespace) -> int:
    from examhub_desktop.services import cli_exams
    from examhub_desktop.services.library import PublishRefused

    ctx = _open(args)
    try:
        exams = cli_exams.ExamsCli(ctx, acting(args))
        if args.exams_command == "list":
            listings = exams.list()
            if args.json:
                print(cli_exams.listing_json(listings))
            else:
                print("\n".join(cli_exams.table(listings)))
                print(f"{len(listings)} exam(s)", file=sys.stderr)
        elif args.exams_command == "set":
            change = cli_exams.SettingsChange(
                max_attempts=args.max_attempts,
                grading_method=args.grading_method,
                practice=args.practice,
                review=tuple(args.review),
                fullscreen=args.fullscreen,
                opens_at=args.opens_at,
                closes_at=args.closes_at,
                extra_time=tuple(args.extra_time),
                public=args.public,
                duration=args.duration,
                passing_score=args.passing_score,
            )
            print("\n".join(cli_exams.describe(exams.change(args.exam, change))))
        else:
            status = {"publish": "published", "archive": "archived", "draft": "draft"}[args.exams_command]
            try:
                detail = exams.set_status(args.exam, status)
            except PublishRefused as refused:
                print(f"examhub: {str(refused).splitlines()[0]}", file=sys.stderr)
                for problem in refused.problems:
                    print(f"  {problem}", file=sys.stderr)
                return EXIT_ERROR
            print(f"exam {detail.id} ({detail.fields.title}) is {detail.status}")
    finally:
        ctx.close()
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from examhub_desktop.services.transfer import TransferService, read_file

    path = Path(args.file)
    data = read_file(path)
    ctx = _open(args)
    try:
        actor = acting(args)
        transfer = TransferService(ctx)
        preview = transfer.preview(actor, data, path.name, args.format)
        for d in preview.result.diagnostics:
            print(f"{path.name}: {d}", file=sys.stderr)
        if preview.result.has_errors:
            print(
                f"examhub: {len(preview.result.errors)} error(s) in {path.name}; nothing was imported",
                file=sys.stderr,
            )
            return EXIT_PROBLEMS
        summary = transfer.import_data(
            actor,
            data,
            path.name,
            fmt=args.format,
            exam_id=args.exam,
            title=args.title,
            skip_invalid=False,
        )
    finally:
        ctx.close()
    verb = "updated" if summary.updated_existing else "imported"
    print(f"{summary.imported} question(s) {verb} from {path.name} ({preview.result.format})")
    for exam_id in summary.exam_ids:
        print(f"exam {exam_id}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from examhub_desktop.services.transfer import TransferService

    ctx = _open(args)
    try:
        written = TransferService(ctx).export_to_file(
            acting(args), [args.exam_id], args.format, Path(args.output)
        )
    finally:
        ctx.close()
    print(f"exam {args.exam_id} written to {written} ({args.format})")
    return EXIT_OK


def _owner_location(args: argparse.Namespace) -> DatabaseLocation:
    """The owner's server from --database-url or EXAMHUB_DATABASE_URL; its password from libpq
    (~/.pgpass, PGPASSFILE, PGPASSWORD) or, when libpq has none and stdin is a terminal, a prompt."""
    import os

    from examhub_desktop.db.server_access import password_needed
    from examhub_desktop.services.app import resolve_location
    from examhub_desktop.services.server_admin import require_server, with_password

    url = args.database_url or os.environ.get("EXAMHUB_DATABASE_URL")
    if not url:
        raise SystemExit(
            "examhub: 'examhub server' needs the database owner's URL: "
            "--database-url postgresql://OWNER@HOST:PORT/NAME or EXAMHUB_DATABASE_URL"
        )
    location = resolve_location(_data_dir(args), url)
    require_server(location)
    if location.url.password is None and sys.stdin.isatty() and password_needed(location.url_text):
        import getpass

        user = location.url.username or "(your login name)"
        location = with_password(location, getpass.getpass(f"Password of PostgreSQL role {user}: "))
    return location


def cmd_server(args: argparse.Namespace) -> int:
    from examhub_desktop.services import server_admin

    location = _owner_location(args)
    if args.server_command == "status":
        st = server_admin.status(location)
        access = st.access
        revision = "current" if st.revision_current else "behind: run 'examhub server upgrade'"
        if st.revision is None:
            revision = "empty: run 'examhub server init'"
        if access.version is None:
            installed = "missing: run 'examhub server init'"
        elif access.current:
            installed = f"version {access.version} (current)"
        else:
            installed = f"version {access.version}, behind: run 'examhub server upgrade'"
        accounts = ", ".join(f"{n} {role}" for role, n in access.accounts_by_role.items()) or "none"
        print(f"database: {st.where}")
        print(f"revision: {st.revision or 'none'} ({revision})")
        print(f"access control: {installed}")
        print(f"accounts: {accounts}; {access.without_login} cannot sign in until a password is set")
        print(f"signed-in devices: {access.open_tickets} (accounts: {access.signed_in})")
        print(f"idle_session_timeout: {access.idle_session_timeout or 'not set'}")
        print(f"connections: {access.connections_in_use} in use of max_connections {access.max_connections}")
        return EXIT_PROBLEMS if st.needs_upgrade else EXIT_OK
    if args.server_command == "init":
        admin = args.admin
        result = server_admin.init(
            location, admin, args.name, lambda: read_password(f"Password for {admin}: ")
        )
    else:
        result = server_admin.upgrade(location)
    print(f"database {location.describe()} is at revision {result.revision} with access control installed")
    if result.adopted:
        print(
            f"{result.adopted} existing account(s) got a login role; they can sign in once an "
            "administrator resets their password"
        )
    if result.admin_note:
        print(result.admin_note)
    return EXIT_OK


def cmd_self_test(args: argparse.Namespace) -> int:
    from examhub_desktop.services.selftest import run_data_checks

    def ui_check(data_dir: Path) -> str:
        from examhub_desktop.ui.app import self_test_window

        return self_test_window(data_dir)

    return run_data_checks(keep=args.keep, ui_check=ui_check, out=print)


def cmd_gui(args: argparse.Namespace) -> int:
    from examhub_desktop.ui.platform_check import check  # standard library only: before any Qt

    problem = check()
    if problem:  # Qt would abort naming no library, and no dialog can show without the plugin
        print(problem, file=sys.stderr)
        return EXIT_ERROR
    # SQLAlchemy and the services load on the database worker once a window is up (ui/app.py).
    from examhub_desktop.ui.app import run_gui

    return run_gui(data_dir=_data_dir(args), database_url=args.database_url)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "db": cmd_db,
    "demo-data": cmd_demo_data,
    "users": cmd_users,
    "exams": cmd_exams,
    "import": cmd_import,
    "export": cmd_export,
    "self-test": cmd_self_test,
    "server": cmd_server,
}


PASSWORD_IN_ARGV = (
    "examhub: warning: the password in --database-url can be read by other users of this computer "
    "in the process list; leave it out and use ~/.pgpass, PGPASSFILE, EXAMHUB_DATABASE_URL or the prompt"
)


def resolve_database_url(args: argparse.Namespace) -> None:
    """EXAMHUB_DATABASE_URL when neither --database-url nor --data-dir says where; a warning when
    a server password was given in argv."""
    from examhub_desktop.db.location import ENV_DATABASE_URL, url_has_password

    if args.database_url:
        if url_has_password(args.database_url):
            print(PASSWORD_IN_ARGV, file=sys.stderr)
    elif not args.data_dir:
        args.database_url = os.environ.get(ENV_DATABASE_URL) or None


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    resolve_database_url(args)
    if args.command is None:
        return cmd_gui(args)
    from examhub_desktop.services.errors import KNOWN_ERRORS

    try:
        return COMMANDS[args.command](args)
    except KNOWN_ERRORS as exc:
        print(f"examhub: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("examhub: interrupted; nothing half-written was kept", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
