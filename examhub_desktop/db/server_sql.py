"""The SQL that makes a PostgreSQL database safe to share: roles, functions, grants, policies.

Kept apart from `server_access.py` because it is long and is read as SQL, not as Python. The
texts use `{prefix}`, `{student}`, `{admin}` and `{database}` placeholders, filled by
`server_access.render` with quoted identifiers (`{student_q}` ...) or literals (`{prefix_l}`);
no value a user types ever reaches this text: e-mails, names and verifiers only travel as
function arguments, and inside the functions every dynamic statement quotes with format('%I')
and format('%L').

Why each piece is as it is:
- Every function is SECURITY DEFINER with a fixed search_path, so a caller cannot plant a
  `users` table or an operator earlier on the path; EXECUTE is revoked from PUBLIC and granted
  to the two groups only.
- Who the caller is comes from `session_user`, not `current_user`: `SET ROLE` to the group a
  login role belongs to changes current_user, never session_user, so it grants nothing more.
- Every function that can change who is an administrator takes one advisory lock first, so
  two of them never run at once and "never zero active administrators" is checked on a fresh
  snapshot (READ COMMITTED, which SQLAlchemy uses; REPEATABLE READ is refused for that reason).
- The owner of the schema (the role that ran `server init`, or a superuser) may call the
  account functions too: that is how the first administrator is made.
"""

from __future__ import annotations

ACCESS_VERSION = 5
SECRET_USER_COLUMNS = ("hashed_password", "password_reset_token", "email_verification_token")
# What a student's runner may change in an attempt (column grants for the groups; the
# examhub_server.runner_only trigger for the shared client role, whose grants are the union).
RUNNER_COLUMNS = (
    "answers",
    "flags",
    "elapsed_seconds",
    "checkpoint_at",
    "question_seconds",
    "revision",
    "end_time",
    "finish_reason",
    "score",
    "passed",
    "status",
    "away",
)
TICKET_HOURS = 12  # a ticket's lifetime; the client opens a new one well before (db/tickets.py)

# Run first on an upgrade: our policies and functions are dropped and made again, so an
# install always ends in exactly the state this text describes (no stale function overloads).
RESET = r"""
DO $reset$
DECLARE r record;
BEGIN
  IF to_regclass('public.exam_attempts') IS NOT NULL THEN
    DROP TRIGGER IF EXISTS eh_attempts_runner_only ON public.exam_attempts;
    DROP TRIGGER IF EXISTS eh_attempts_started ON public.exam_attempts;
  END IF;
  FOR r IN SELECT schemaname, tablename, policyname FROM pg_policies
           WHERE schemaname = 'public' AND policyname LIKE 'eh\_%' LOOP
    EXECUTE format('DROP POLICY %I ON %I.%I', r.policyname, r.schemaname, r.tablename);
  END LOOP;
  IF to_regnamespace('examhub_server') IS NOT NULL THEN
    FOR r IN SELECT p.oid::regprocedure AS sig FROM pg_proc p
             WHERE p.pronamespace = 'examhub_server'::regnamespace LOOP
      EXECUTE format('DROP FUNCTION %s', r.sig);
    END LOOP;
  END IF;
END
$reset$;
"""

GROUPS = r"""
DO $groups$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {student_l}) THEN
    CREATE ROLE {student_q} NOLOGIN NOINHERIT;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {admin_l}) THEN
    CREATE ROLE {admin_q} NOLOGIN NOINHERIT;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {client_l}) THEN
    CREATE ROLE {client_q} LOGIN NOINHERIT;
  ELSIF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {client_l}
                AND (rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls)) THEN
    RAISE EXCEPTION USING ERRCODE = 'P0001', DETAIL = 'role-taken', MESSAGE = format(
      'The PostgreSQL role %s already exists with powers the shared client role must not have; drop it first.',
      {client_l});
  END IF;
END
$groups$;
-- The shared door (db/tickets.py): its password is no secret, so its verifier is made with
-- one PBKDF2 round; it may do nothing without a ticket.
ALTER ROLE {client_q} LOGIN NOINHERIT PASSWORD {client_verifier_l};
CREATE SCHEMA IF NOT EXISTS examhub_server;
REVOKE ALL ON SCHEMA examhub_server FROM PUBLIC;
CREATE TABLE IF NOT EXISTS examhub_server.accounts (
  role_name name PRIMARY KEY,
  user_id varchar(36) UNIQUE NOT NULL REFERENCES public.users(id) ON DELETE CASCADE,
  has_password boolean NOT NULL DEFAULT false
);
REVOKE ALL ON examhub_server.accounts FROM PUBLIC;
CREATE TABLE IF NOT EXISTS examhub_server.tickets (
  token_hash bytea PRIMARY KEY CHECK (length(token_hash) = 32),
  user_id varchar(36) NOT NULL REFERENCES public.users(id) ON DELETE CASCADE,
  opened_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS tickets_user_id ON examhub_server.tickets (user_id);
REVOKE ALL ON examhub_server.tickets FROM PUBLIC;
"""

# Helpers the policies and the account functions share.
HELPERS = r"""
CREATE FUNCTION examhub_server.access_version() RETURNS integer
LANGUAGE sql IMMUTABLE AS $$ SELECT {version} $$;

CREATE FUNCTION examhub_server.role_name_for(p_email text) RETURNS name
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS $$
  SELECT ({prefix_l} || '_u_' ||
          left(encode(sha256(convert_to(lower(btrim(p_email, E' \t\r\n\f\v')), 'UTF8')), 'hex'), 24))::name
$$;

-- The account this transaction works for: on the shared client role, the holder of the ticket
-- named by examhub.ticket (set by use_ticket for this transaction only); on an account's own
-- login role, that account. Never anybody whose account is deactivated.
--
-- The functions that policies call are PL/pgSQL, not SQL: a SECURITY DEFINER SQL function with
-- a SET clause is never inlined and is planned again at every call, which made each statement
-- of a save cost milliseconds; PL/pgSQL keeps its plans for the life of the connection.
CREATE FUNCTION examhub_server.uid() RETURNS varchar
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, examhub_server AS $$
DECLARE v_id varchar;
BEGIN
  IF session_user = {client_l}::name THEN
    SELECT t.user_id INTO v_id FROM examhub_server.tickets t
    WHERE t.token_hash = sha256(convert_to(coalesce(current_setting('examhub.ticket', true), ''), 'UTF8'))
      AND t.expires_at > now();
  ELSE
    SELECT a.user_id INTO v_id FROM examhub_server.accounts a WHERE a.role_name = session_user;
  END IF;
  RETURN (SELECT u.id FROM public.users u WHERE u.id = v_id AND u.is_active IS TRUE);
END
$$;

CREATE FUNCTION examhub_server.is_admin() RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, examhub_server AS $$
BEGIN
  RETURN EXISTS (SELECT 1 FROM public.users u WHERE u.id = examhub_server.uid() AND u.role = 'admin');
END
$$;

-- Signing in: an account's own login role (its password checked by SCRAM) opens a ticket for
-- the SHA-256 of a secret the client made, and the client works on the shared role with it.
-- Only a password opens one: a ticket cannot prolong itself. A client renewing its ticket names
-- the one it replaces, which ends at once.
CREATE FUNCTION examhub_server.open_ticket(p_hash bytea, p_replaces bytea DEFAULT NULL) RETURNS timestamptz
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, examhub_server AS $$
DECLARE
  v_id varchar;
  v_expires timestamptz := now() + interval '{ticket_hours} hours';
BEGIN
  IF session_user = {client_l}::name THEN
    PERFORM examhub_server.refuse('A ticket is opened only by signing in with the account''s own password.');
  END IF;
  v_id := examhub_server.uid();
  IF v_id IS NULL THEN
    PERFORM examhub_server.refuse('This connection is not an active Exam Hub account.');
  END IF;
  IF p_hash IS NULL OR length(p_hash) <> 32 THEN
    PERFORM examhub_server.rule('bad-ticket', 'A ticket is the SHA-256 of a random secret: 32 bytes.');
  END IF;
  DELETE FROM examhub_server.tickets
  WHERE expires_at <= now() OR (token_hash = p_replaces AND user_id = v_id);
  INSERT INTO examhub_server.tickets (token_hash, user_id, expires_at) VALUES (p_hash, v_id, v_expires);
  RETURN v_expires;
END
$$;

-- The first statement of every transaction on the shared role. The secret arrives as a bound
-- parameter, so pg_stat_activity and the server's statement log show "$1", never the secret.
CREATE FUNCTION examhub_server.use_ticket(p_ticket text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, examhub_server AS $$
BEGIN
  PERFORM set_config('examhub.ticket', coalesce(p_ticket, ''), true);
  IF examhub_server.uid() IS NULL THEN
    PERFORM examhub_server.ticket_ended();
  END IF;
END
$$;

CREATE FUNCTION examhub_server.ticket_ended() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING ERRCODE = '28000', DETAIL = 'ticket-ended',
    MESSAGE = 'This sign-in has ended on the school server (signed out, password changed, account '
              'deactivated or expired); sign in again.';
END
$$;

CREATE FUNCTION examhub_server.close_ticket() RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, examhub_server AS $$
  DELETE FROM examhub_server.tickets
  WHERE token_hash = sha256(convert_to(coalesce(current_setting('examhub.ticket', true), ''), 'UTF8'))
$$;

-- The runner's save in one statement (db/attempt_saves.py): the caller's own attempt, still in
-- progress, read under its row lock; the changed answers merged per question into the stored
-- ones (two devices never overwrite each other's answers); refused with the reason as the
-- outcome, so the client can say which. Row security is the definer's here, so the update
-- policy's rules are checked in the body: the owner's attempt, in progress, of an exam the
-- student may still take (an administrator: any exam). One statement instead of a read and an
-- update halves what a new connection must plan before its first save; taking the ticket too
-- saves one more statement there.
-- Time is the server's: the elapsed seconds grow by the server time since the last checkpoint,
-- which becomes now(); a save more than GRACE_SECONDS (core/exam_rules.py) past the attempt's
-- time limit is refused as 'time-up' and writes nothing.
CREATE FUNCTION examhub_server.save_attempt(
  p_ticket text, p_attempt varchar, p_answers jsonb, p_flags json, p_question_seconds json,
  p_expected integer,
  OUT outcome text, OUT revision integer, OUT elapsed double precision, OUT time_limit integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, examhub_server AS $$
DECLARE
  v_uid varchar;
  r record;
BEGIN
  -- The ticket, as use_ticket takes it, when the client sent it here instead (its first
  -- statement on a new connection); NULL on a login role or after use_ticket.
  IF p_ticket IS NOT NULL THEN
    PERFORM set_config('examhub.ticket', p_ticket, true);
  END IF;
  v_uid := examhub_server.uid();
  IF v_uid IS NULL AND p_ticket IS NOT NULL THEN
    PERFORM examhub_server.ticket_ended();
  END IF;
  SELECT a.user_id, a.status, a.exam_id, a.revision AS rev, a.elapsed_seconds, a.checkpoint_at,
         a.time_limit_seconds INTO r
  FROM public.exam_attempts a WHERE a.id = p_attempt FOR UPDATE;
  revision := coalesce(r.rev, 0);
  elapsed := coalesce(r.elapsed_seconds, 0)
             + greatest(0, coalesce(extract(epoch FROM now() - r.checkpoint_at), 0));
  time_limit := r.time_limit_seconds;
  IF v_uid IS NULL OR NOT FOUND THEN
    outcome := 'missing';
    elapsed := 0;
    time_limit := NULL;
  ELSIF r.user_id IS DISTINCT FROM v_uid THEN
    outcome := CASE WHEN examhub_server.is_admin() THEN 'not-yours' ELSE 'missing' END;
    elapsed := 0;
    time_limit := NULL;
  ELSIF r.status <> 'in_progress' THEN
    outcome := 'closed';
  ELSIF p_expected IS NOT NULL AND revision <> p_expected THEN
    outcome := 'changed';
  ELSIF r.exam_id IS NOT NULL AND NOT examhub_server.may_take(r.exam_id) AND NOT examhub_server.is_admin() THEN
    outcome := 'refused';
  ELSIF r.time_limit_seconds IS NOT NULL AND elapsed > r.time_limit_seconds + {grace_seconds} THEN
    outcome := 'time-up';
  ELSE
    revision := revision + 1;
    UPDATE public.exam_attempts a SET
      answers = CASE WHEN p_answers IS NULL THEN a.answers
                     ELSE (coalesce(a.answers::jsonb, '{{}}'::jsonb) || p_answers)::json END,
      flags = coalesce(p_flags, a.flags),
      question_seconds = coalesce(p_question_seconds, a.question_seconds),
      elapsed_seconds = save_attempt.elapsed,
      checkpoint_at = now(),
      revision = save_attempt.revision
    WHERE a.id = p_attempt;
    outcome := 'saved';
  END IF;
END
$$;

-- An attempt a student starts starts now by the server's clock, with no time used, and with the
-- time limit the exam gives this student (their extra time, cut at the closing time); what the
-- client sent for these is replaced, so no client can start with a clock of its own.
CREATE FUNCTION examhub_server.attempt_started() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, examhub_server AS $$
BEGIN
  IF NEW.status = 'in_progress' AND NOT (examhub_server.is_admin() OR examhub_server.caller_is_owner()) THEN
    NEW.start_time := now();
    NEW.checkpoint_at := now();
    NEW.elapsed_seconds := 0;
    IF NEW.mode = 'exam' THEN
      NEW.time_limit_seconds := examhub_server.exam_limit(NEW.exam_id, NEW.user_id);
    END IF;
  END IF;
  RETURN NEW;
END
$$;

-- A student's update of an attempt changes only the runner's columns. The login-role groups
-- have column grants for that; the shared client role has the administrators' grants, so the
-- rule is checked on the row (every column but the runner's must stay as it was).
CREATE FUNCTION examhub_server.runner_only() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, examhub_server AS $$
BEGIN
  IF NOT (examhub_server.is_admin() OR examhub_server.caller_is_owner())
     AND (to_jsonb(NEW) - {runner_columns_l}::text[]) IS DISTINCT FROM (to_jsonb(OLD) - {runner_columns_l}::text[]) THEN
    PERFORM examhub_server.refuse('A student may change only the answers, flags, time and submission of an attempt.');
  END IF;
  RETURN NEW;
END
$$;

-- The owner of this schema (who ran `server init`) or a superuser: trusted with everything.
CREATE FUNCTION examhub_server.caller_is_owner() RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
BEGIN
  RETURN (SELECT pg_has_role(session_user, n.nspowner, 'MEMBER')
          FROM pg_namespace n WHERE n.nspname = 'examhub_server');
END
$$;

CREATE FUNCTION examhub_server.may_take(p_exam_id varchar) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  RETURN EXISTS (SELECT 1 FROM public.exams e
                 WHERE e.id = p_exam_id AND e.status = 'published' AND e.is_public IS TRUE);
END
$$;

-- The time limit an exam-mode attempt of this exam starts with for this student (as
-- AttemptService.start and core/exam_rules.attempt_limit_seconds set it): the duration times the
-- student's extra-time multiplier, cut to the time left until the exam closes.
CREATE FUNCTION examhub_server.exam_limit(p_exam_id varchar, p_user_id varchar) RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  e record;
  v_limit double precision;
BEGIN
  SELECT x.duration_minutes, x.closes_at INTO e FROM public.exams x WHERE x.id = p_exam_id;
  IF nullif(e.duration_minutes, 0) IS NOT NULL THEN
    v_limit := e.duration_minutes * 60 * greatest(1, coalesce(
      (SELECT t.time_multiplier FROM public.exam_extra_time t
       WHERE t.exam_id = p_exam_id AND t.user_id = p_user_id), 1));
  END IF;
  IF e.closes_at IS NOT NULL THEN
    v_limit := least(coalesce(v_limit, 'infinity'),
                     greatest(1, extract(epoch FROM e.closes_at - now())));
  END IF;
  RETURN ceil(v_limit)::integer;
END
$$;

-- Whether the caller may start an attempt of this exam in this mode now (AttemptService.start
-- checks the same and says why not): exam mode while the exam is open and attempts are left;
-- practice where the exam offers it, once it has opened, and never beside an exam attempt in
-- progress.
CREATE FUNCTION examhub_server.may_start(p_exam_id varchar, p_mode text) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, examhub_server AS $$
DECLARE
  e record;
  v_uid varchar := examhub_server.uid();
BEGIN
  SELECT x.max_attempts, x.practice_allowed, x.opens_at, x.closes_at INTO e
  FROM public.exams x WHERE x.id = p_exam_id;
  IF NOT FOUND OR NOT examhub_server.may_take(p_exam_id) THEN
    RETURN false;
  END IF;
  IF p_mode = 'practice' THEN
    RETURN e.practice_allowed AND (e.opens_at IS NULL OR now() >= e.opens_at) AND NOT EXISTS (
      SELECT 1 FROM public.exam_attempts a WHERE a.user_id = v_uid AND a.exam_id = p_exam_id
        AND a.mode = 'exam' AND a.status = 'in_progress');
  END IF;
  RETURN (e.opens_at IS NULL OR now() >= e.opens_at) AND (e.closes_at IS NULL OR now() < e.closes_at)
     AND (e.max_attempts IS NULL OR (SELECT count(*) FROM public.exam_attempts a
          WHERE a.user_id = v_uid AND a.exam_id = p_exam_id AND a.mode = 'exam') < e.max_attempts);
END
$$;

CREATE FUNCTION examhub_server.refuse(p_message text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = p_message;
END
$$;

CREATE FUNCTION examhub_server.rule(p_key text, p_message text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = p_message, DETAIL = p_key;
END
$$;

CREATE FUNCTION examhub_server.begin_account_change(p_admin_only boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, examhub_server AS $$
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    PERFORM examhub_server.rule('isolation',
      'Account changes must run at READ COMMITTED isolation, so the last-administrator check sees every commit.');
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('examhub_accounts'));
  IF p_admin_only AND NOT (examhub_server.is_admin() OR examhub_server.caller_is_owner()) THEN
    PERFORM examhub_server.refuse('Only an administrator may change accounts.');
  END IF;
END
$$;

CREATE FUNCTION examhub_server.check_secrets(p_scram text, p_argon2 text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF p_scram IS NULL OR p_scram !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*:[A-Za-z0-9+/]+=*$' THEN
    PERFORM examhub_server.rule('bad-verifier',
      'The password must come as a SCRAM-SHA-256 verifier made on the client, never as plain text.');
  END IF;
  IF p_argon2 IS NULL OR p_argon2 NOT LIKE '$argon2id$%' OR length(p_argon2) > 255 THEN
    PERFORM examhub_server.rule('bad-hash', 'The password hash must be an Argon2id hash.');
  END IF;
END
$$;

-- Active administrators other than p_user_id: the last-administrator rule counts these.
CREATE FUNCTION examhub_server.other_active_admins(p_user_id varchar) RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT count(*) FROM public.users
  WHERE role = 'admin' AND is_active IS TRUE AND id IS DISTINCT FROM p_user_id
$$;

-- Give an account its login role (made NOLOGIN without a password when missing) in exactly
-- the group its users.role names. A role of that name left over from an earlier database of
-- the same name is taken over, unless it has powers no account may have.
CREATE FUNCTION examhub_server.attach_role(p_user_id varchar) RETURNS name
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, examhub_server AS $$
DECLARE
  v_user public.users%ROWTYPE;
  v_role name;
  v_group name;
  v_found pg_roles%ROWTYPE;
  m record;
BEGIN
  SELECT * INTO v_user FROM public.users WHERE id = p_user_id;
  IF NOT FOUND THEN
    PERFORM examhub_server.rule('not-found', format('No account has the id %s.', p_user_id));
  END IF;
  SELECT role_name INTO v_role FROM examhub_server.accounts WHERE user_id = p_user_id;
  IF v_role IS NULL THEN
    v_role := examhub_server.role_name_for(v_user.email);
    SELECT * INTO v_found FROM pg_roles WHERE rolname = v_role;
    IF NOT FOUND THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN INHERIT NOCREATEDB NOCREATEROLE', v_role);
    ELSIF v_found.rolsuper OR v_found.rolcreaterole OR v_found.rolcreatedb
          OR v_found.rolreplication OR v_found.rolbypassrls THEN
      PERFORM examhub_server.rule('role-taken', format(
        'The PostgreSQL role %s for %s already exists with powers an account must not have; drop it first.',
        v_role, v_user.email));
    ELSE
      EXECUTE format('ALTER ROLE %I NOLOGIN INHERIT PASSWORD NULL', v_role);
    END IF;
    INSERT INTO examhub_server.accounts (role_name, user_id, has_password) VALUES (v_role, p_user_id, false);
  END IF;
  v_group := CASE WHEN v_user.role = 'admin' THEN {admin_l} ELSE {student_l} END;
  FOR m IN SELECT g.rolname FROM pg_auth_members am
           JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles r ON r.oid = am.member
           WHERE r.rolname = v_role AND g.rolname <> v_group LOOP
    EXECUTE format('REVOKE %I FROM %I', m.rolname, v_role);
  END LOOP;
  IF NOT pg_has_role(v_role, v_group, 'MEMBER') THEN
    EXECUTE format('GRANT %I TO %I', v_group, v_role);
  END IF;
  RETURN v_role;
END
$$;
"""

ACCOUNT_FUNCTIONS = r"""
CREATE FUNCTION examhub_server.create_account(p_email text, p_full_name text, p_role text, p_scram text,
                                              p_argon2 text, p_must_change boolean) RETURNS varchar(36)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, examhub_server AS $$
DECLARE
  v_email text := lower(btrim(p_email, E' \t\r\n\f\v'));
  v_id varchar(36) := gen_random_uuid()::text;
  v_role name;
BEGIN
  PERFORM examhub_server.begin_account_change(true);
  IF v_email IS NULL OR length(v_email) > 255
     OR v_email !~ '^[A-Za-z0-9!#$%&''*+/=?^_`{{|}}~.-]+@([A-Za-z0-9-]+\.)+[A-Za-z]{{2,63}}$' THEN
    PERFORM examhub_server.rule('bad-email', format('%L is not a valid e-mail address.', p_email));
  END IF;
  IF p_role IS NULL OR p_role NOT IN ('user', 'admin') THEN
    PERFORM examhub_server.rule('bad-role', format('The role must be user or admin, not %L.', p_role));
  END IF;
  PERFORM examhub_server.check_secrets(p_scram, p_argon2);
  IF EXISTS (SELECT 1 FROM public.users WHERE email = v_email) THEN
    PERFORM examhub_server.rule('duplicate-email', format('An account with the e-mail %s already exists.', v_email));
  END IF;
  INSERT INTO public.users (id, email, hashed_password, full_name, role, is_active, email_verified,
                            must_change_password, created_at, updated_at)
  VALUES (v_id, v_email, p_argon2, nullif(left(btrim(coalesce(p_full_name, '')), 255), ''), p_role, true, false,
          coalesce(p_must_change, false), now(), now());
  v_role := examhub_server.attach_role(v_id);
  EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', v_role, p_scram);
  UPDATE examhub_server.accounts SET has_password = true WHERE user_id = v_id;
  RETURN v_id;
END
$$;

CREATE FUNCTION examhub_server.set_role(p_user_id varchar, p_role text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, examhub_server AS $$
DECLARE v_user public.users%ROWTYPE;
BEGIN
  PERFORM examhub_server.begin_account_change(true);
  IF p_role IS NULL OR p_role NOT IN ('user', 'admin') THEN
    PERFORM examhub_server.rule('bad-role', format('The role must be user or admin, not %L.', p_role));
  END IF;
  SELECT * INTO v_user FROM public.users WHERE id = p_user_id FOR UPDATE;
  IF NOT FOUND THEN
    PERFORM examhub_server.rule('not-found', format('No account has the id %s.', p_user_id));
  END IF;
  IF p_role <> 'admin' AND v_user.role = 'admin' AND v_user.is_active IS TRUE
     AND examhub_server.other_active_admins(p_user_id) = 0 THEN
    PERFORM examhub_server.rule('last-admin',
      format('%s is the last active administrator; make another account an administrator first.', v_user.email));
  END IF;
  UPDATE public.users SET role = p_role, updated_at = now() WHERE id = p_user_id;
  PERFORM examhub_server.attach_role(p_user_id);
END
$$;

CREATE FUNCTION examhub_server.set_active(p_user_id varchar, p_active boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, examhub_server AS $$
DECLARE
  v_user public.users%ROWTYPE;
  v_role name;
  v_has_password boolean;
BEGIN
  PERFORM examhub_server.begin_account_change(true);
  SELECT * INTO v_user FROM public.users WHERE id = p_user_id FOR UPDATE;
  IF NOT FOUND THEN
    PERFORM examhub_server.rule('not-found', format('No account has the id %s.', p_user_id));
  END IF;
  IF p_active IS NOT TRUE AND v_user.role = 'admin' AND v_user.is_active IS TRUE
     AND examhub_server.other_active_admins(p_user_id) = 0 THEN
    PERFORM examhub_server.rule('last-admin',
      format('%s is the last active administrator; make another account an administrator first.', v_user.email));
  END IF;
  UPDATE public.users SET is_active = (p_active IS TRUE), updated_at = now() WHERE id = p_user_id;
  v_role := examhub_server.attach_role(p_user_id);
  SELECT has_password INTO v_has_password FROM examhub_server.accounts WHERE user_id = p_user_id;
  IF p_active IS TRUE AND v_has_password THEN
    EXECUTE format('ALTER ROLE %I LOGIN', v_role);
  ELSE
    EXECUTE format('ALTER ROLE %I NOLOGIN', v_role);
  END IF;
  IF p_active IS NOT TRUE THEN
    DELETE FROM public.refresh_tokens WHERE user_id = p_user_id;
    DELETE FROM examhub_server.tickets WHERE user_id = p_user_id;
  END IF;
END
$$;

CREATE FUNCTION examhub_server.set_password(p_user_id varchar, p_scram text, p_argon2 text,
                                            p_must_change boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, examhub_server AS $$
DECLARE
  v_user public.users%ROWTYPE;
  v_role name;
BEGIN
  PERFORM examhub_server.begin_account_change(false);
  IF NOT (examhub_server.is_admin() OR examhub_server.caller_is_owner()
          OR p_user_id IS NOT DISTINCT FROM examhub_server.uid()) THEN
    PERFORM examhub_server.refuse('Only an administrator may set another account''s password.');
  END IF;
  PERFORM examhub_server.check_secrets(p_scram, p_argon2);
  SELECT * INTO v_user FROM public.users WHERE id = p_user_id FOR UPDATE;
  IF NOT FOUND THEN
    PERFORM examhub_server.rule('not-found', format('No account has the id %s.', p_user_id));
  END IF;
  UPDATE public.users SET hashed_password = p_argon2, must_change_password = coalesce(p_must_change, false),
                          password_reset_token = NULL, password_reset_expires = NULL, updated_at = now()
  WHERE id = p_user_id;
  v_role := examhub_server.attach_role(p_user_id);
  EXECUTE format('ALTER ROLE %I %s PASSWORD %L', v_role,
                 CASE WHEN v_user.is_active IS TRUE THEN 'LOGIN' ELSE 'NOLOGIN' END, p_scram);
  UPDATE examhub_server.accounts SET has_password = true WHERE user_id = p_user_id;
  DELETE FROM examhub_server.tickets WHERE user_id = p_user_id;  -- every device signs in anew
END
$$;

CREATE FUNCTION examhub_server.delete_account(p_user_id varchar) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, examhub_server AS $$
DECLARE
  v_user public.users%ROWTYPE;
  v_role name;
BEGIN
  PERFORM examhub_server.begin_account_change(true);
  SELECT * INTO v_user FROM public.users WHERE id = p_user_id FOR UPDATE;
  IF NOT FOUND THEN
    PERFORM examhub_server.rule('not-found', format('No account has the id %s.', p_user_id));
  END IF;
  IF v_user.role = 'admin' AND v_user.is_active IS TRUE AND examhub_server.other_active_admins(p_user_id) = 0 THEN
    PERFORM examhub_server.rule('last-admin',
      format('%s is the last active administrator; make another account an administrator first.', v_user.email));
  END IF;
  SELECT role_name INTO v_role FROM examhub_server.accounts WHERE user_id = p_user_id;
  DELETE FROM public.users WHERE id = p_user_id;
  IF v_role IS NOT NULL AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_role) THEN
    EXECUTE format('DROP ROLE %I', v_role);
  END IF;
END
$$;

CREATE FUNCTION examhub_server.signed_in() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, examhub_server AS $$
DECLARE v_id varchar := examhub_server.uid();
BEGIN
  IF v_id IS NULL THEN
    PERFORM examhub_server.refuse('This connection is not an active Exam Hub account.');
  END IF;
  UPDATE public.users SET last_login = now() WHERE id = v_id;
END
$$;
"""

# What a signed-in account changes on its own row. Students and teachers have no UPDATE on
# users, so these functions are the only way; they take no user id, the caller is always
# examhub_server.uid(). They take the accounts lock like the functions above, so a deactivation
# or deletion that commits first is seen and one running at the same time is waited for.
# Version 2 of access control added them; the block carries its own grants.
OWN_ACCOUNT_FUNCTIONS = r"""
CREATE FUNCTION examhub_server.update_profile(p_full_name text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, examhub_server AS $$
DECLARE
  v_id varchar;
  v_name text := nullif(btrim(coalesce(p_full_name, ''), E' \t\r\n\f\v'), '');
BEGIN
  PERFORM examhub_server.begin_account_change(false);
  v_id := examhub_server.uid();
  IF v_id IS NULL THEN
    PERFORM examhub_server.refuse('This connection is not an active Exam Hub account.');
  END IF;
  IF length(v_name) > 255 THEN
    PERFORM examhub_server.rule('name-too-long',
      format('A name may have at most 255 characters; this one has %s.', length(v_name)));
  END IF;
  UPDATE public.users SET full_name = v_name, updated_at = now() WHERE id = v_id;
END
$$;

-- E-mail addresses are confirmed by a teacher on a school server: a code that the client makes
-- and mails proves nothing to the server (a student's own client knows it), so the students'
-- code flow is not offered there and only an administrator sets email_verified.
CREATE FUNCTION examhub_server.mark_verified(p_user_id varchar) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, examhub_server AS $$
BEGIN
  PERFORM examhub_server.begin_account_change(true);
  UPDATE public.users SET email_verified = true, updated_at = now() WHERE id = p_user_id;
  IF NOT FOUND THEN
    PERFORM examhub_server.rule('not-found', format('No account has the id %s.', p_user_id));
  END IF;
  DELETE FROM public.email_verification_tokens WHERE user_id = p_user_id;
END
$$;

REVOKE ALL ON FUNCTION examhub_server.update_profile(text), examhub_server.mark_verified(varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION examhub_server.update_profile(text), examhub_server.mark_verified(varchar)
  TO {student_q}, {admin_q}, {client_q};
"""

# Grants and policies. Tables get ENABLE (not FORCE) ROW LEVEL SECURITY: the owner keeps
# seeing everything, which migrations and `server` commands need.
PRIVILEGES = r"""
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
REVOKE TEMPORARY ON DATABASE {database_q} FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA examhub_server FROM PUBLIC;
ALTER DEFAULT PRIVILEGES IN SCHEMA examhub_server REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
DO $tables$
DECLARE r record;
BEGIN
  FOR r IN SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace
           AND c.relkind IN ('r', 'p') LOOP
    EXECUTE format('REVOKE ALL ON public.%I FROM {student_q}, {admin_q}, {client_q}', r.relname);
    EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', r.relname);
  END LOOP;
END
$tables$;
GRANT CONNECT ON DATABASE {database_q} TO {student_q}, {admin_q}, {client_q};
GRANT USAGE ON SCHEMA public, examhub_server TO {student_q}, {admin_q}, {client_q};
GRANT EXECUTE ON FUNCTION examhub_server.access_version(), examhub_server.uid(), examhub_server.is_admin(),
  examhub_server.save_attempt(text, varchar, jsonb, json, json, integer),
  examhub_server.may_take(varchar), examhub_server.exam_limit(varchar, varchar),
  examhub_server.may_start(varchar, text), examhub_server.role_name_for(text),
  examhub_server.create_account(text, text, text, text, text, boolean),
  examhub_server.set_role(varchar, text), examhub_server.set_active(varchar, boolean),
  examhub_server.set_password(varchar, text, text, boolean), examhub_server.delete_account(varchar),
  examhub_server.signed_in()
  TO {student_q}, {admin_q}, {client_q};
GRANT EXECUTE ON FUNCTION examhub_server.open_ticket(bytea, bytea) TO {student_q}, {admin_q};
GRANT EXECUTE ON FUNCTION examhub_server.use_ticket(text), examhub_server.close_ticket() TO {client_q};

GRANT SELECT ON public.users TO {student_q};
GRANT SELECT ({admin_user_columns}) ON public.users TO {admin_q}, {client_q};
CREATE POLICY eh_users_select ON public.users FOR SELECT TO {student_q}, {admin_q}, {client_q}
  USING (id = (SELECT examhub_server.uid()) OR (SELECT examhub_server.is_admin()));

GRANT SELECT ON public.exams, public.questions TO {student_q};
GRANT SELECT, INSERT, UPDATE, DELETE ON public.exams, public.questions TO {admin_q}, {client_q};
CREATE POLICY eh_exams_select ON public.exams FOR SELECT TO {student_q}, {admin_q}, {client_q}
  USING ((status = 'published' AND is_public IS TRUE) OR (SELECT examhub_server.is_admin()));
CREATE POLICY eh_exams_insert ON public.exams FOR INSERT TO {admin_q}, {client_q}
  WITH CHECK ((SELECT examhub_server.is_admin()));
CREATE POLICY eh_exams_update ON public.exams FOR UPDATE TO {admin_q}, {client_q}
  USING ((SELECT examhub_server.is_admin())) WITH CHECK ((SELECT examhub_server.is_admin()));
CREATE POLICY eh_exams_delete ON public.exams FOR DELETE TO {admin_q}, {client_q}
  USING ((SELECT examhub_server.is_admin()));
CREATE POLICY eh_questions_select ON public.questions FOR SELECT TO {student_q}, {admin_q}, {client_q}
  USING ((SELECT examhub_server.is_admin()) OR examhub_server.may_take(exam_id));
CREATE POLICY eh_questions_insert ON public.questions FOR INSERT TO {admin_q}, {client_q}
  WITH CHECK ((SELECT examhub_server.is_admin()));
CREATE POLICY eh_questions_update ON public.questions FOR UPDATE TO {admin_q}, {client_q}
  USING ((SELECT examhub_server.is_admin())) WITH CHECK ((SELECT examhub_server.is_admin()));
CREATE POLICY eh_questions_delete ON public.questions FOR DELETE TO {admin_q}, {client_q}
  USING ((SELECT examhub_server.is_admin()));

-- A student writes only what the runner and its submit write; who, which exam, the mode, the
-- order and the time limit are fixed when the attempt starts, and it starts unscored.
GRANT SELECT, INSERT ON public.exam_attempts TO {student_q};
GRANT UPDATE ({runner_columns_q}) ON public.exam_attempts TO {student_q};
GRANT SELECT, INSERT, UPDATE, DELETE ON public.exam_attempts TO {admin_q}, {client_q};
-- WHEN: a save, which changes only the runner's columns, never calls the function (a new
-- connection would compile it first).
CREATE TRIGGER eh_attempts_runner_only BEFORE UPDATE ON public.exam_attempts
  FOR EACH ROW WHEN (({attempt_fixed_old}) IS DISTINCT FROM ({attempt_fixed_new}))
  EXECUTE FUNCTION examhub_server.runner_only();
CREATE TRIGGER eh_attempts_started BEFORE INSERT ON public.exam_attempts
  FOR EACH ROW EXECUTE FUNCTION examhub_server.attempt_started();
CREATE POLICY eh_attempts_select ON public.exam_attempts FOR SELECT TO {student_q}, {admin_q}, {client_q}
  USING (user_id = (SELECT examhub_server.uid()) OR (SELECT examhub_server.is_admin()));
CREATE POLICY eh_attempts_insert ON public.exam_attempts FOR INSERT TO {student_q}, {admin_q}, {client_q}
  WITH CHECK ((SELECT examhub_server.is_admin())
              OR (user_id = (SELECT examhub_server.uid()) AND examhub_server.may_take(exam_id)
                  AND status = 'in_progress' AND score IS NULL AND passed IS NULL AND end_time IS NULL
                  AND manual_marks IS NULL AND examhub_server.may_start(exam_id, mode)));
CREATE POLICY eh_attempts_update ON public.exam_attempts FOR UPDATE TO {student_q}, {admin_q}, {client_q}
  USING ((SELECT examhub_server.is_admin())
         OR (user_id = (SELECT examhub_server.uid()) AND status = 'in_progress'))
  WITH CHECK ((SELECT examhub_server.is_admin())
              OR (user_id = (SELECT examhub_server.uid())
                  AND (exam_id IS NULL OR examhub_server.may_take(exam_id))));
CREATE POLICY eh_attempts_delete ON public.exam_attempts FOR DELETE TO {admin_q}, {client_q}
  USING ((SELECT examhub_server.is_admin()));

-- Extra time: teachers set it; a student reads their own (the runner shows the time they have).
GRANT SELECT ON public.exam_extra_time TO {student_q};
GRANT SELECT, INSERT, UPDATE, DELETE ON public.exam_extra_time TO {admin_q}, {client_q};
CREATE POLICY eh_extra_time_select ON public.exam_extra_time FOR SELECT TO {student_q}, {admin_q}, {client_q}
  USING (user_id = (SELECT examhub_server.uid()) OR (SELECT examhub_server.is_admin()));
CREATE POLICY eh_extra_time_write ON public.exam_extra_time FOR ALL TO {admin_q}, {client_q}
  USING ((SELECT examhub_server.is_admin())) WITH CHECK ((SELECT examhub_server.is_admin()));

GRANT SELECT, INSERT, UPDATE, DELETE ON public.refresh_tokens TO {student_q}, {admin_q}, {client_q};
GRANT SELECT, DELETE ON public.email_verification_tokens TO {student_q}, {admin_q}, {client_q};
CREATE POLICY eh_refresh_tokens_own ON public.refresh_tokens FOR ALL TO {student_q}, {admin_q}, {client_q}
  USING (user_id = (SELECT examhub_server.uid())) WITH CHECK (user_id = (SELECT examhub_server.uid()));
CREATE POLICY eh_email_tokens_own ON public.email_verification_tokens FOR ALL TO {student_q}, {admin_q}, {client_q}
  USING (user_id = (SELECT examhub_server.uid())) WITH CHECK (user_id = (SELECT examhub_server.uid()));

GRANT SELECT, INSERT, UPDATE, DELETE ON public.login_throttle TO {student_q}, {admin_q}, {client_q};
CREATE POLICY eh_login_throttle_own ON public.login_throttle FOR ALL TO {student_q}, {admin_q}, {client_q}
  USING (email = (SELECT u.email FROM public.users u WHERE u.id = (SELECT examhub_server.uid())))
  WITH CHECK (email = (SELECT u.email FROM public.users u WHERE u.id = (SELECT examhub_server.uid())));

GRANT SELECT ON public.app_meta TO {student_q};
GRANT SELECT, INSERT, UPDATE, DELETE ON public.app_meta TO {admin_q}, {client_q};
CREATE POLICY eh_app_meta_select ON public.app_meta FOR SELECT TO {student_q}, {admin_q}, {client_q}
  USING ((SELECT examhub_server.uid()) IS NOT NULL);
CREATE POLICY eh_app_meta_insert ON public.app_meta FOR INSERT TO {admin_q}, {client_q}
  WITH CHECK ((SELECT examhub_server.is_admin()));
CREATE POLICY eh_app_meta_update ON public.app_meta FOR UPDATE TO {admin_q}, {client_q}
  USING ((SELECT examhub_server.is_admin())) WITH CHECK ((SELECT examhub_server.is_admin()));
CREATE POLICY eh_app_meta_delete ON public.app_meta FOR DELETE TO {admin_q}, {client_q}
  USING ((SELECT examhub_server.is_admin()));

GRANT SELECT ON public.alembic_version TO {student_q}, {admin_q}, {client_q};
CREATE POLICY eh_alembic_version_select ON public.alembic_version FOR SELECT TO {student_q}, {admin_q}, {client_q}
  USING (true);

ALTER DATABASE {database_q} SET idle_session_timeout = '{idle_timeout}';
"""
