-- Knowing whether a group of orders was placed when its connection broke ----------------------------
-- md_place_orders runs in autocommit: the one statement is the group's whole transaction. When the
-- connection breaks while it runs, the server cannot tell whether the group committed: the commit may
-- have happened and only its reply been lost. Placing the orders again would place every order sent
-- without an Idempotency-Key twice (and reserve its stock twice); answering an error would deny
-- orders that exist.
--
-- So every call carries a token the server draws for the group (a time-ordered uuid, UUIDv7), and
-- md_place_orders records it in the group's own transaction, in placement_groups, with the outcome of
-- each request.
-- After a broken connection the server calls md_recall_placement with the same token on another
-- connection, which inserts the token itself:
--  - the insert wins: the group had not committed, and now never can (its own insert of the token
--    would violate the primary key), so nothing of it was placed and it may be placed again (under a
--    new token);
--  - the token is there: the group committed, and its answers are rebuilt from its row (each placed
--    order's document by id, each refusal as the refusal, each replay from its Idempotency-Key).
-- An insert that meets a token inserted by a transaction still running waits for that transaction to
-- end, so the answer is never a guess. When the recall itself fails (the database is gone or frozen)
-- the server answers 503 outcome_unknown and places nothing again.
--
-- A row is consulted only in the seconds between a break and its recall; the server deletes rows
-- older than an hour (TableRetention, every ten minutes, in batches). Rows arrive in time order, so a
-- BRIN index on created_at finds the old ones for next to nothing, and time-ordered tokens enter the
-- primary key at its right edge. The cost per group is one small row and one primary-key entry;
-- nothing is added per order.
CREATE TABLE placement_groups (
    token      uuid PRIMARY KEY,
    -- Per request, by ordinal (from 1): the id of the order it placed, NULL when it placed none.
    -- NULL altogether when md_recall_placement took the token before any group committed with it.
    order_ids  bigint[],
    -- The requests that placed nothing: [{ordinal, code, message}] refused (as md_place_orders answered),
    -- [{ordinal, replay: true}] answered from their Idempotency-Key. NULL when every request placed one.
    unplaced   jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX placement_groups_created ON placement_groups USING brin (created_at);

-- md_place_orders takes the group's token; the version without one is gone, so no caller can place a
-- group whose outcome cannot be recalled.
DROP FUNCTION md_place_orders(jsonb);

-- Places a group of orders in one transaction; each order stands or falls alone. The function first
-- decides, in arrival order, which orders can be placed: all products exist and are active, one
-- seller, one currency, and stock for every line after the orders before it in the group took theirs.
-- Only then does it write, and only the orders it accepted, so a refused order leaves nothing behind
-- and takes nothing from the others.
--
-- requests is [{actor_user_id, actor_email, request_id, customer_user_id, customer_email,
--               lines: [{product_id, quantity}] (distinct product ids, ascending), shipping_address, internal,
--               idempotency (optional): {user_id, scope, key, fingerprint}}];
-- group_token is the group's token (see above), new for every call.
-- A request with idempotency claims its key first, in the same transaction as its order: the first
-- request with a key is placed and its answer stored with the key; a later one with the same key and
-- fingerprint gets the stored answer again (replay_status and document), with another fingerprint
-- MD005. A refused order leaves its key unclaimed, so that a retry is tried afresh.
-- One row per request (in any order; ordinal is its position, from 1): the order document with its id
-- and version, a replay, or a refusal:
--   MD001 product_unavailable (message: {"product_ids": [...]}) — absent or not active
--   MD002 mixed_sellers       (message: {"seller_ids": [...]})
--   MD003 mixed_currencies    (message: {"currencies": [...]})
--   MD004 insufficient_stock  (message: {"lines": [{product_id, requested, available}]})
--   MD005 idempotency_key_reused (the key was used for a request with another fingerprint)
--   MD006 idempotency_key_busy   (the same key twice in one group, or its holder rolled back: retry)
-- Any other error (a deadlock, a timeout, the token already taken by a recall) fails the whole call,
-- and nothing is placed. A lost connection leaves the outcome unknown to the caller: md_recall_placement
-- tells it. The events written (order.created, inventory.low_stock) are notified at commit by their
-- trigger, as every other event is.
CREATE OR REPLACE FUNCTION md_place_orders(requests jsonb, group_token uuid)
RETURNS TABLE (ordinal integer, document text, order_id bigint, order_version bigint, replay_status integer,
               error_code text, error_message text)
-- The statements below have the same best plan whatever the group holds (primary-key probes and
-- small in-memory sets). Planned afresh for each call, as PL/pgSQL would do for the first calls of a
-- session and for any it judges different, the one that writes costs more to plan than to run.
LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $$
DECLARE
    -- The products of the group, by product id, as read once (see below).
    product_ids  bigint[];
    statuses     text[];
    sellers      bigint[];
    currencies   text[];
    prices       bigint[];
    skus         text[];
    titles       text[];
    available    integer[];
    taken        integer[]; -- what the accepted orders reserve, by product
    taken_ids    bigint[];
    -- Per request, in order.
    request      jsonb;
    order_lines  jsonb;   -- the request's lines; indexed rather than queried (no statement per line)
    line         jsonb;
    line_index   integer;
    slot         integer;
    quantity     integer;
    unavailable  jsonb;
    short_lines  jsonb;
    seller_set   bigint[];
    currency_set text[];
    accepted     integer[] := '{}';
    refusals     jsonb := '[]';
    n            integer := 0;
    -- Requests answered by their Idempotency-Key alone (replays and key refusals), and the replays.
    settled      integer[] := '{}';
    replays      jsonb := '[]';
    held         record;
    stored       record;
    keyed        boolean := requests @? '$[*].idempotency'; -- any request with an Idempotency-Key
    -- What placement_groups keeps of the requests not placed: their refusals, and which were replays.
    unplaced     jsonb;
BEGIN
    IF group_token IS NULL THEN
        RAISE EXCEPTION 'md_place_orders: group_token is required';
    END IF;

    -- Keys first, in (user, scope, key) order so that two groups claiming the same keys wait for each
    -- other instead of deadlocking. A key taken by a transaction still running makes the claim wait
    -- for its outcome; a key already stored is a replay (or, for another request, a refusal).
    IF keyed THEN
        FOR held IN
            WITH keyed_requests AS (
                SELECT r.ordinality::integer AS ordinal, (r.value->'idempotency'->>'user_id')::bigint AS user_id,
                       r.value->'idempotency'->>'scope' AS scope, r.value->'idempotency'->>'key' AS key,
                       r.value->'idempotency'->>'fingerprint' AS fingerprint,
                       row_number() OVER (PARTITION BY r.value->'idempotency'->>'user_id',
                                                        r.value->'idempotency'->>'scope',
                                                        r.value->'idempotency'->>'key' ORDER BY r.ordinality) AS nth
                  FROM jsonb_array_elements(requests) WITH ORDINALITY AS r
                 WHERE r.value ? 'idempotency'),
            claimed AS (
                INSERT INTO idempotency_keys (user_id, scope, key, request_hash, response_status, response_body)
                SELECT k.user_id, k.scope, k.key, k.fingerprint, 0, '' FROM keyed_requests k WHERE k.nth = 1
                 ORDER BY k.user_id, k.scope, k.key
                ON CONFLICT DO NOTHING
                RETURNING idempotency_keys.user_id, idempotency_keys.scope, idempotency_keys.key)
            SELECT k.* FROM keyed_requests k
              LEFT JOIN claimed c ON c.user_id = k.user_id AND c.scope = k.scope AND c.key = k.key
             WHERE c.key IS NULL OR k.nth > 1
        LOOP
            settled := settled || held.ordinal;
            IF held.nth > 1 THEN
                refusals := refusals || jsonb_build_object('ordinal', held.ordinal, 'code', 'MD006', 'message', '{}');
                CONTINUE;
            END IF;
            SELECT k.request_hash, k.response_status, k.response_body INTO stored FROM idempotency_keys k
             WHERE k.user_id = held.user_id AND k.scope = held.scope AND k.key = held.key;
            IF NOT FOUND OR stored.response_status = 0 THEN
                refusals := refusals || jsonb_build_object('ordinal', held.ordinal, 'code', 'MD006', 'message', '{}');
            ELSIF stored.request_hash <> held.fingerprint THEN
                refusals := refusals || jsonb_build_object('ordinal', held.ordinal, 'code', 'MD005', 'message', '{}');
            ELSE
                replays := replays || jsonb_build_object('ordinal', held.ordinal, 'status', stored.response_status,
                                                         'body', stored.response_body);
            END IF;
        END LOOP;
    END IF;

    -- The products the group asks for; their stock rows are locked in product_id order, the order every
    -- other writer of inventory rows follows, so groups cannot deadlock with each other or with single
    -- changes. Then the products and their stock are read once: prices are frozen from this read.
    SELECT array_agg(DISTINCT (l->>'product_id')::bigint)
      INTO product_ids
      FROM jsonb_array_elements(requests) AS r, jsonb_array_elements(r->'lines') AS l;
    PERFORM 1 FROM inventory WHERE product_id = ANY(product_ids) ORDER BY product_id FOR UPDATE;
    SELECT array_agg(p.id ORDER BY p.id), array_agg(p.status ORDER BY p.id), array_agg(p.seller_id ORDER BY p.id),
           array_agg(p.currency ORDER BY p.id), array_agg(p.price_cents ORDER BY p.id), array_agg(p.sku ORDER BY p.id),
           array_agg(p.title ORDER BY p.id), array_agg(greatest(i.on_hand - i.reserved, 0) ORDER BY p.id)
      INTO product_ids, statuses, sellers, currencies, prices, skus, titles, available
      FROM products p LEFT JOIN inventory i ON i.product_id = p.id
     WHERE p.id = ANY(product_ids);
    taken := array_fill(0, ARRAY[coalesce(cardinality(product_ids), 0)]);

    -- Decide each order in arrival order against what the orders before it left.
    FOR request IN SELECT value FROM jsonb_array_elements(requests) LOOP
        n := n + 1;
        CONTINUE WHEN n = ANY(settled);
        unavailable := '[]';
        seller_set := '{}';
        currency_set := '{}';
        order_lines := request->'lines';
        FOR line_index IN 0 .. jsonb_array_length(order_lines) - 1 LOOP
            line := order_lines->line_index;
            slot := array_position(product_ids, (line->>'product_id')::bigint);
            IF slot IS NULL OR statuses[slot] <> 'active' THEN
                unavailable := unavailable || (line->'product_id');
            ELSE
                IF NOT sellers[slot] = ANY(seller_set) THEN seller_set := seller_set || sellers[slot]; END IF;
                IF NOT currencies[slot] = ANY(currency_set) THEN currency_set := currency_set || currencies[slot]; END IF;
            END IF;
        END LOOP;
        IF jsonb_array_length(order_lines) = 0 THEN
            refusals := refusals || jsonb_build_object('ordinal', n, 'code', 'MD001', 'message', '{"product_ids": []}');
            CONTINUE;
        END IF;
        IF jsonb_array_length(unavailable) > 0 THEN
            refusals := refusals || jsonb_build_object('ordinal', n, 'code', 'MD001',
                'message', jsonb_build_object('product_ids', unavailable)::text);
            CONTINUE;
        END IF;
        IF cardinality(seller_set) > 1 THEN
            refusals := refusals || jsonb_build_object('ordinal', n, 'code', 'MD002',
                'message', jsonb_build_object('seller_ids',
                                              (SELECT array_agg(s ORDER BY s) FROM unnest(seller_set) s))::text);
            CONTINUE;
        END IF;
        IF cardinality(currency_set) > 1 THEN
            refusals := refusals || jsonb_build_object('ordinal', n, 'code', 'MD003',
                'message', jsonb_build_object('currencies',
                                              (SELECT array_agg(c ORDER BY c) FROM unnest(currency_set) c))::text);
            CONTINUE;
        END IF;
        short_lines := '[]';
        FOR line_index IN 0 .. jsonb_array_length(order_lines) - 1 LOOP
            line := order_lines->line_index;
            slot := array_position(product_ids, (line->>'product_id')::bigint);
            quantity := (line->>'quantity')::integer;
            IF coalesce(available[slot], 0) < quantity THEN
                short_lines := short_lines || jsonb_build_object('product_id', product_ids[slot],
                    'requested', quantity, 'available', coalesce(available[slot], 0));
            END IF;
        END LOOP;
        IF jsonb_array_length(short_lines) > 0 THEN
            refusals := refusals || jsonb_build_object('ordinal', n, 'code', 'MD004',
                'message', jsonb_build_object('lines', short_lines)::text);
            CONTINUE;
        END IF;
        FOR line_index IN 0 .. jsonb_array_length(order_lines) - 1 LOOP
            line := order_lines->line_index;
            slot := array_position(product_ids, (line->>'product_id')::bigint);
            quantity := (line->>'quantity')::integer;
            available[slot] := available[slot] - quantity;
            taken[slot] := taken[slot] + quantity;
        END LOOP;
        accepted := accepted || n;
    END LOOP;
    SELECT array_agg(id) INTO taken_ids FROM unnest(product_ids, taken) AS t(id, quantity) WHERE t.quantity > 0;
    -- The keys of refused orders go back, as if their transaction had rolled back.
    IF keyed THEN
        DELETE FROM idempotency_keys k
         USING jsonb_array_elements(requests) WITH ORDINALITY AS r
         WHERE r.value ? 'idempotency' AND NOT (r.ordinality::integer = ANY(settled))
           AND NOT (r.ordinality::integer = ANY(accepted))
           AND k.user_id = (r.value->'idempotency'->>'user_id')::bigint AND k.scope = r.value->'idempotency'->>'scope'
           AND k.key = r.value->'idempotency'->>'key';
    END IF;

    unplaced := refusals || coalesce((SELECT jsonb_agg(jsonb_build_object('ordinal', f->'ordinal', 'replay', true))
                                        FROM jsonb_array_elements(replays) AS f), '[]');

    -- Write the accepted orders: one statement, each part of it writing the rows of all of them. The
    -- order ids are drawn first, so that items, movements and timeline can refer to them. The group's
    -- token and outcome are written by the same statement, so they commit with the orders or not at all.
    RETURN QUERY
    WITH frozen AS (
        SELECT * FROM unnest(product_ids, sellers, currencies, prices, skus, titles)
                   AS f(product_id, seller_id, currency, price_cents, sku, title)),
    placed AS MATERIALIZED (
        SELECT r.ordinality::integer AS ordinal, nextval('orders_id_seq') AS id, r.value AS request
          FROM jsonb_array_elements(requests) WITH ORDINALITY AS r
         WHERE r.ordinality = ANY(accepted)),
    lines AS MATERIALIZED (
        SELECT placed.ordinal, placed.id AS order_id, (l->>'product_id')::bigint AS product_id,
               (l->>'quantity')::integer AS quantity, frozen.seller_id, frozen.currency, frozen.price_cents,
               frozen.sku, frozen.title
          FROM placed, jsonb_array_elements(placed.request->'lines') AS l
          JOIN frozen ON frozen.product_id = (l->>'product_id')::bigint),
    -- By primary key (= ANY): joined with the lines instead, the planner may scan the whole table.
    reserved AS (
        UPDATE inventory i
           SET reserved = i.reserved + taken[array_position(product_ids, i.product_id)], version = i.version + 1,
               updated_at = now()
         WHERE i.product_id = ANY(taken_ids)
        RETURNING i.product_id),
    new_orders AS (
        INSERT INTO orders (id, number, seller_id, customer_user_id, customer_email, status, currency,
                            subtotal_cents, total_cents, shipping_address)
        SELECT placed.id,
               'MD-' || to_char(now() AT TIME ZONE 'UTC', 'YYYYMMDD') || '-'
                     || lpad(placed.id::text, greatest(7, length(placed.id::text)), '0'),
               t.seller_id, (placed.request->>'customer_user_id')::bigint, placed.request->>'customer_email', 'placed',
               t.currency, t.subtotal, t.subtotal, placed.request->'shipping_address'
          FROM placed
          JOIN (SELECT lines.order_id, min(lines.seller_id) AS seller_id, min(lines.currency) AS currency,
                       sum(lines.price_cents * lines.quantity) AS subtotal
                  FROM lines GROUP BY lines.order_id) AS t ON t.order_id = placed.id
         ORDER BY placed.ordinal
        RETURNING *),
    new_items AS (
        INSERT INTO order_items (order_id, product_id, sku, title, unit_price_cents, quantity)
        SELECT lines.order_id, lines.product_id, lines.sku, lines.title, lines.price_cents, lines.quantity
          FROM lines ORDER BY lines.ordinal, lines.product_id
        RETURNING *),
    movements AS (
        INSERT INTO inventory_movements (product_id, delta, reserved_delta, reason, order_id, actor_user_id)
        SELECT lines.product_id, 0, lines.quantity, 'order_placed', lines.order_id,
               (placed.request->>'actor_user_id')::bigint
          FROM lines JOIN placed ON placed.id = lines.order_id ORDER BY lines.ordinal, lines.product_id),
    new_events AS (
        INSERT INTO order_events (order_id, type, to_status, actor_user_id)
        SELECT placed.id, 'created', 'placed', (placed.request->>'actor_user_id')::bigint FROM placed ORDER BY placed.ordinal
        RETURNING *),
    documents AS MATERIALIZED (
        SELECT placed.ordinal, o.id, o.version, placed.request,
               md_order_summary_json(o::orders, items.unit_count) AS summary,
               md_order_json(o::orders, items.unit_count, items.list,
                             json_build_array(md_order_event_json(e::order_events, placed.request->>'actor_email',
                                                                  (placed.request->>'internal')::boolean)),
                             '[]', '[]') AS document
          FROM placed
          JOIN new_orders o ON o.id = placed.id
          JOIN new_events e ON e.order_id = placed.id
          JOIN (SELECT i.order_id, sum(i.quantity) AS unit_count,
                       json_agg(md_order_item_json(i::order_items) ORDER BY i.id) AS list
                  FROM new_items i GROUP BY i.order_id) AS items ON items.order_id = placed.id),
    audited AS (
        INSERT INTO audit_log (actor_user_id, actor_email, action, entity_type, entity_id, after, request_id)
        SELECT (d.request->>'actor_user_id')::bigint, d.request->>'actor_email', 'order.create', 'order', d.id::text,
               d.document::jsonb, d.request->>'request_id'
          FROM documents d ORDER BY d.ordinal),
    -- The answer each keyed order gets is stored with its key, byte for byte.
    completed AS (
        UPDATE idempotency_keys k SET response_status = 201, response_body = d.document::text
          FROM documents d
         WHERE d.request ? 'idempotency' AND k.user_id = (d.request->'idempotency'->>'user_id')::bigint
           AND k.scope = d.request->'idempotency'->>'scope' AND k.key = d.request->'idempotency'->>'key'),
    announced AS (
        INSERT INTO events (type, seller_id, customer_user_id, payload)
        SELECT 'order.created', (d.summary->>'seller_id')::bigint, (d.summary->>'customer_user_id')::bigint, d.summary::jsonb
          FROM documents d ORDER BY d.ordinal),
    -- A recall that got here first (md_recall_placement) holds the token: then this insert fails and
    -- takes the whole group with it, as the recall told its caller.
    recorded AS (
        INSERT INTO placement_groups (token, order_ids, unplaced)
        SELECT group_token,
               ARRAY(SELECT placed.id FROM generate_series(1, jsonb_array_length(requests)) AS s(n)
                       LEFT JOIN placed ON placed.ordinal = s.n ORDER BY s.n),
               nullif(unplaced, '[]'))
    SELECT d.ordinal, d.document::text, d.id, d.version::bigint, NULL::integer, NULL::text, NULL::text FROM documents d
    UNION ALL
    SELECT (f->>'ordinal')::integer, f->>'body', NULL, NULL, (f->>'status')::integer, NULL, NULL
      FROM jsonb_array_elements(replays) AS f
    UNION ALL
    SELECT (f->>'ordinal')::integer, NULL, NULL, NULL, NULL, f->>'code', f->>'message'
      FROM jsonb_array_elements(refusals) AS f;
END
$$;


-- The answers of the group placed under group_token, as md_place_orders gave them (same rows; a placed
-- order's document is read afresh, or, when it had an Idempotency-Key, is the answer stored with the
-- key), or no row at all when no group committed with that token: the token is then taken, so none
-- ever will. requests must be the group's requests, as given to md_place_orders. Plain READ COMMITTED:
-- each statement below sees what committed before it started, the wait of the insert included.
CREATE FUNCTION md_recall_placement(requests jsonb, group_token uuid)
RETURNS TABLE (ordinal integer, document text, order_id bigint, order_version bigint, replay_status integer,
               error_code text, error_message text)
LANGUAGE plpgsql AS $$
DECLARE
    recorded placement_groups;
BEGIN
    INSERT INTO placement_groups (token) VALUES (group_token) ON CONFLICT DO NOTHING;
    IF FOUND THEN
        RETURN; -- not placed, and now it never will be
    END IF;
    SELECT * INTO STRICT recorded FROM placement_groups g WHERE g.token = group_token;
    IF recorded.order_ids IS NULL THEN
        RAISE EXCEPTION 'md_recall_placement: token % was recalled before', group_token;
    END IF;
    RETURN QUERY
    WITH request AS (
        SELECT r.ordinality::integer AS ordinal, r.value AS body, r.value->'idempotency' AS idempotency
          FROM jsonb_array_elements(requests) WITH ORDINALITY AS r),
    answered_by_key AS (
        SELECT request.ordinal, k.response_status, k.response_body
          FROM request
          JOIN idempotency_keys k ON k.user_id = (request.idempotency->>'user_id')::bigint
                                 AND k.scope = request.idempotency->>'scope' AND k.key = request.idempotency->>'key'
         WHERE request.idempotency IS NOT NULL)
    SELECT request.ordinal, coalesce(keyed.response_body, md_order_document(o.id, (request.body->>'internal')::boolean)::text),
           o.id, o.version::bigint, NULL::integer, NULL::text, NULL::text
      FROM request
      JOIN orders o ON o.id = recorded.order_ids[request.ordinal]
      LEFT JOIN answered_by_key keyed ON keyed.ordinal = request.ordinal
    UNION ALL
    SELECT (u->>'ordinal')::integer, keyed.response_body, NULL, NULL, keyed.response_status, NULL, NULL
      FROM jsonb_array_elements(recorded.unplaced) AS u
      JOIN answered_by_key keyed ON keyed.ordinal = (u->>'ordinal')::integer
     WHERE u ? 'replay'
    UNION ALL
    SELECT (u->>'ordinal')::integer, NULL, NULL, NULL, NULL, u->>'code', u->>'message'
      FROM jsonb_array_elements(recorded.unplaced) AS u
     WHERE u ? 'code';
END
$$;
