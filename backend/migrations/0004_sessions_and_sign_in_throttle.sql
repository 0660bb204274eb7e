-- Sessions that end at once on every replica, and sign-in throttling by client address as well as
-- by e-mail address.

-- Signing out a session (its refresh-token family revoked: logout, refresh-token reuse, a disabled
-- account) must also stop the access tokens issued in it, which carry the family id. Every replica
-- is told on md_cache with 'session:<family id>' and refuses those tokens from then on; PostgreSQL
-- sends one notification per family and transaction, however many of its rows were revoked.
CREATE FUNCTION md_notify_session_revoked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('md_cache', 'session:' || NEW.family_id);
    RETURN NULL;
END
$$;
CREATE TRIGGER refresh_tokens_session_revoked AFTER UPDATE OF revoked_at ON refresh_tokens
    FOR EACH ROW WHEN (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL)
    EXECUTE FUNCTION md_notify_session_revoked();
-- A replica (re)loading its revocation state reads the sessions revoked within an access token's
-- lifetime; without this index that read would scan every refresh token of the last month.
CREATE INDEX refresh_tokens_revoked_at ON refresh_tokens (revoked_at) WHERE revoked_at IS NOT NULL;

-- Failed sign-ins, counted per client address and e-mail address together ('email_address', subject
-- '<address> <lower(email)>'), per client address over all e-mail addresses ('address') and per
-- e-mail address over all clients ('email'), shared by every replica. A window of `period` starts
-- at the first failure and starts over once it has passed. Unknown e-mail addresses are counted
-- like known ones. login_failures (0001) is no longer used from this version on; it stays until
-- no replica of an older version can be running.
CREATE TABLE login_throttle (
    scope           text NOT NULL CHECK (scope IN ('email_address', 'address', 'email')),
    subject         text NOT NULL,
    failures        integer NOT NULL,
    window_started  timestamptz NOT NULL,
    locked_until    timestamptz,
    PRIMARY KEY (scope, subject)
);

-- One row of login_throttle, created if absent and locked. Rows are always taken in the order
-- email_address, address, email, so concurrent sign-ins never wait on each other in a cycle.
CREATE FUNCTION md_login_throttle_row(p_scope text, p_subject text) RETURNS login_throttle
LANGUAGE sql AS $$
    INSERT INTO login_throttle AS t (scope, subject, failures, window_started)
    VALUES (p_scope, p_subject, 0, now())
    ON CONFLICT (scope, subject) DO UPDATE SET failures = t.failures
    RETURNING *
$$;

-- Whether a sign-in attempt may check its password. Refused (one row: the scope that refuses it and
-- the seconds until it may try again) when
--   'address'       the client address is locked: p_address_limit failures from it within the
--                   period, whatever the e-mail addresses, lock it for the period;
--   'email_address' this client is locked for this e-mail address: p_pair_limit failures;
--   'email'         the e-mail address has had p_email_limit failures within the period, from any
--                   clients, and this client has failed for it within the period: while an address
--                   is under attack, each client gets one wrong guess per period, and a client
--                   that has not failed still signs in with the right password.
-- Otherwise (no row) the attempt is counted as a failure at once, so parallel guesses cannot slip
-- past the limits while passwords are being checked; md_login_succeeded takes it back.
CREATE FUNCTION md_login_attempt(p_email text, p_address text, p_pair_limit integer, p_address_limit integer,
                                 p_email_limit integer, p_period_seconds integer)
RETURNS TABLE (refused_scope text, retry_after_seconds integer)
LANGUAGE plpgsql AS $$
DECLARE
    period interval := p_period_seconds * interval '1 second';
    pair login_throttle := md_login_throttle_row('email_address', p_address || ' ' || lower(p_email));
    client login_throttle := md_login_throttle_row('address', p_address);
    target login_throttle := md_login_throttle_row('email', lower(p_email));
    pair_failures integer := CASE WHEN pair.window_started > now() - period THEN pair.failures ELSE 0 END;
    client_failures integer := CASE WHEN client.window_started > now() - period THEN client.failures ELSE 0 END;
    target_failures integer := CASE WHEN target.window_started > now() - period THEN target.failures ELSE 0 END;
BEGIN
    IF client.locked_until > now() THEN
        RETURN QUERY SELECT 'address'::text, greatest(1, ceil(extract(epoch FROM client.locked_until - now()))::integer);
        RETURN;
    END IF;
    IF pair.locked_until > now() THEN
        RETURN QUERY SELECT 'email_address'::text, greatest(1, ceil(extract(epoch FROM pair.locked_until - now()))::integer);
        RETURN;
    END IF;
    IF target_failures >= p_email_limit AND pair_failures >= 1 THEN
        RETURN QUERY SELECT 'email'::text,
            greatest(1, ceil(extract(epoch FROM pair.window_started + period - now()))::integer);
        RETURN;
    END IF;

    UPDATE login_throttle SET
        failures = pair_failures + 1,
        window_started = CASE WHEN pair_failures = 0 THEN now() ELSE window_started END,
        locked_until = CASE WHEN pair_failures + 1 >= p_pair_limit THEN now() + period END
    WHERE scope = pair.scope AND subject = pair.subject;
    UPDATE login_throttle SET
        failures = client_failures + 1,
        window_started = CASE WHEN client_failures = 0 THEN now() ELSE window_started END,
        locked_until = CASE WHEN client_failures + 1 >= p_address_limit THEN now() + period END
    WHERE scope = client.scope AND subject = client.subject;
    UPDATE login_throttle SET
        failures = target_failures + 1,
        window_started = CASE WHEN target_failures = 0 THEN now() ELSE window_started END
    WHERE scope = target.scope AND subject = target.subject;
END
$$;

-- The password was right: the attempt md_login_attempt counted was no failure. The client's count
-- for this e-mail address starts over; the other two lose this attempt again, and a lock that only
-- this attempt had set is lifted.
CREATE FUNCTION md_login_succeeded(p_email text, p_address text, p_address_limit integer) RETURNS void
LANGUAGE sql AS $$
    DELETE FROM login_throttle WHERE scope = 'email_address' AND subject = p_address || ' ' || lower(p_email);
    UPDATE login_throttle SET
        failures = greatest(failures - 1, 0),
        locked_until = CASE WHEN failures - 1 >= p_address_limit THEN locked_until END
    WHERE scope = 'address' AND subject = p_address;
    UPDATE login_throttle SET failures = greatest(failures - 1, 0)
    WHERE scope = 'email' AND subject = lower(p_email);
$$;
