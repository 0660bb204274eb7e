-- Marketdesk schema, version 1. Applied by `marketdesk-server migrate` in one transaction.

CREATE TABLE sellers (
    id          bigserial PRIMARY KEY,
    name        text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
    id             bigserial PRIMARY KEY,
    email          text NOT NULL CHECK (char_length(email) BETWEEN 3 AND 254),
    password_hash  text NOT NULL,
    role           text NOT NULL CHECK (role IN ('admin', 'seller', 'support', 'operator', 'customer')),
    seller_id      bigint REFERENCES sellers (id),
    display_name   text NOT NULL DEFAULT '',
    disabled       boolean NOT NULL DEFAULT false,
    -- Bumped when the user is disabled or their role changes: access tokens carrying an older
    -- value are refused at once, on every replica.
    token_version  integer NOT NULL DEFAULT 1,
    version        integer NOT NULL DEFAULT 1,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CHECK ((role = 'seller') = (seller_id IS NOT NULL))
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

-- Refresh tokens are stored as SHA-256 hashes. A family is one login's chain of rotations; reuse of
-- a rotated token revokes the whole family (it was stolen or replayed).
CREATE TABLE refresh_tokens (
    id           bigserial PRIMARY KEY,
    user_id      bigint NOT NULL REFERENCES users (id),
    family_id    uuid NOT NULL,
    token_hash   bytea NOT NULL UNIQUE,
    expires_at   timestamptz NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    rotated_at   timestamptz,
    revoked_at   timestamptz
);
CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id) WHERE revoked_at IS NULL;
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);

-- Failed sign-ins per e-mail address, shared by every replica.
CREATE TABLE login_failures (
    email           text PRIMARY KEY,
    failures        integer NOT NULL,
    window_started  timestamptz NOT NULL,
    locked_until    timestamptz
);

-- Search: the lower-cased document and its character bigrams. Bigrams (not trigrams) so that a
-- two-syllable Korean word such as '자켓' has an index entry of its own.
CREATE FUNCTION md_search_grams(document text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
    SELECT coalesce(array_agg(DISTINCT substr(word, position, 2)), '{}')
    FROM regexp_split_to_table(lower(document), '[[:space:][:punct:]]+') AS word,
         generate_series(1, greatest(char_length(word) - 1, 1)) AS position
    WHERE word <> ''
$$;

CREATE TABLE products (
    id                bigserial PRIMARY KEY,
    seller_id         bigint NOT NULL REFERENCES sellers (id),
    sku               text NOT NULL CHECK (char_length(sku) BETWEEN 1 AND 64),
    title             text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    description       text NOT NULL DEFAULT '',
    category          text NOT NULL DEFAULT '',
    price_cents       bigint NOT NULL CHECK (price_cents >= 0),
    compare_at_cents  bigint CHECK (compare_at_cents >= 0),
    currency          text NOT NULL DEFAULT 'KRW' CHECK (currency ~ '^[A-Z]{3}$'),
    status            text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'archived')),
    attributes        jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(attributes) = 'object'),
    images            jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(images) = 'array'),
    version           integer NOT NULL DEFAULT 1,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    search_document   text GENERATED ALWAYS AS (lower(title || ' ' || sku || ' ' || category || ' ' || description)) STORED,
    search_grams      text[] GENERATED ALWAYS AS (md_search_grams(title || ' ' || sku || ' ' || category || ' ' || description)) STORED,
    UNIQUE (seller_id, sku)
);
CREATE INDEX products_search ON products USING gin (search_grams);
CREATE INDEX products_seller_id ON products (seller_id, id);
CREATE INDEX products_title ON products (title, id);
CREATE INDEX products_price ON products (price_cents, id);
CREATE INDEX products_updated ON products (updated_at, id);
CREATE INDEX products_created ON products (created_at, id);
CREATE INDEX products_category ON products (category, id);
-- Keyset order by sku across sellers (UNIQUE (seller_id, sku) serves one seller's list).
CREATE INDEX products_sku ON products (sku, id);

CREATE TABLE inventory (
    product_id           bigint PRIMARY KEY REFERENCES products (id),
    on_hand              integer NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
    reserved             integer NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    low_stock_threshold  integer NOT NULL DEFAULT 5 CHECK (low_stock_threshold >= 0),
    version              integer NOT NULL DEFAULT 1,
    updated_at           timestamptz NOT NULL DEFAULT now(),
    -- The last line of defence against overselling: no code path can reserve what is not there.
    CHECK (reserved <= on_hand)
);
CREATE INDEX inventory_low_stock ON inventory ((on_hand - reserved), product_id);

CREATE TABLE inventory_movements (
    id                bigserial PRIMARY KEY,
    product_id        bigint NOT NULL REFERENCES products (id),
    delta             integer NOT NULL,           -- change of on_hand
    reserved_delta    integer NOT NULL DEFAULT 0, -- change of reserved
    reason            text NOT NULL,
    order_id          bigint,
    actor_user_id     bigint REFERENCES users (id),
    created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inventory_movements_product ON inventory_movements (product_id, id DESC);

CREATE TABLE orders (
    id                bigserial PRIMARY KEY,
    number            text NOT NULL,
    seller_id         bigint NOT NULL REFERENCES sellers (id),
    customer_user_id  bigint REFERENCES users (id),
    customer_email    text NOT NULL,
    status            text NOT NULL CHECK (status IN ('placed', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded')),
    currency          text NOT NULL DEFAULT 'KRW',
    subtotal_cents    bigint NOT NULL CHECK (subtotal_cents >= 0),
    total_cents       bigint NOT NULL CHECK (total_cents >= 0),
    refunded_cents    bigint NOT NULL DEFAULT 0,
    shipping_address  jsonb NOT NULL DEFAULT '{}',
    carrier           text,
    tracking_number   text,
    cancel_reason     text,
    version           integer NOT NULL DEFAULT 1,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    paid_at           timestamptz,
    shipped_at        timestamptz,
    delivered_at      timestamptz,
    cancelled_at      timestamptz,
    CHECK (refunded_cents BETWEEN 0 AND total_cents)
);
CREATE INDEX orders_created ON orders (created_at, id);
CREATE INDEX orders_seller_created ON orders (seller_id, created_at, id);
CREATE INDEX orders_status_created ON orders (status, created_at, id);
CREATE INDEX orders_customer ON orders (customer_user_id, created_at, id);
-- text_pattern_ops: the search matches order numbers and e-mail addresses by prefix as well (one
-- index serves both the uniqueness of numbers and their prefix search).
CREATE UNIQUE INDEX orders_number_key ON orders (number text_pattern_ops);
CREATE INDEX orders_customer_email ON orders (lower(customer_email) text_pattern_ops);

CREATE TABLE order_items (
    id                 bigserial PRIMARY KEY,
    order_id           bigint NOT NULL REFERENCES orders (id),
    product_id         bigint NOT NULL REFERENCES products (id),
    sku                text NOT NULL,
    title              text NOT NULL,
    unit_price_cents   bigint NOT NULL CHECK (unit_price_cents >= 0),
    quantity           integer NOT NULL CHECK (quantity > 0),
    restocked_quantity integer NOT NULL DEFAULT 0 CHECK (restocked_quantity >= 0),
    CHECK (restocked_quantity <= quantity)
);
CREATE INDEX order_items_order ON order_items (order_id);
CREATE INDEX order_items_product ON order_items (product_id);

-- The timeline: creation, every transition, refunds and notes, in order.
CREATE TABLE order_events (
    id             bigserial PRIMARY KEY,
    order_id       bigint NOT NULL REFERENCES orders (id),
    type           text NOT NULL,
    from_status    text,
    to_status      text,
    actor_user_id  bigint REFERENCES users (id),
    data           jsonb NOT NULL DEFAULT '{}',
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX order_events_order ON order_events (order_id, id);

CREATE TABLE order_notes (
    id              bigserial PRIMARY KEY,
    order_id        bigint NOT NULL REFERENCES orders (id),
    author_user_id  bigint REFERENCES users (id),
    body            text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 5000),
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX order_notes_order ON order_notes (order_id, id);

CREATE TABLE refunds (
    id             bigserial PRIMARY KEY,
    order_id       bigint NOT NULL REFERENCES orders (id),
    amount_cents   bigint NOT NULL CHECK (amount_cents > 0),
    reason         text NOT NULL,
    restock        jsonb NOT NULL DEFAULT '[]',
    actor_user_id  bigint REFERENCES users (id),
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX refunds_order ON refunds (order_id, id);

-- Idempotency-Key: the first response to (user, key) is stored with a hash of the request.
CREATE TABLE idempotency_keys (
    user_id          bigint NOT NULL REFERENCES users (id),
    key              text NOT NULL,
    scope            text NOT NULL,
    request_hash     text NOT NULL,
    response_status  integer NOT NULL,
    response_body    text NOT NULL, -- verbatim, so that a replay is the first answer byte for byte
    created_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, scope, key)
);

CREATE TABLE audit_log (
    id             bigserial PRIMARY KEY,
    actor_user_id  bigint,
    actor_email    text,
    action         text NOT NULL,
    entity_type    text NOT NULL,
    entity_id      text,
    before         jsonb,
    after          jsonb,
    request_id     text,
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, id);
CREATE INDEX audit_log_created ON audit_log (created_at);

-- The event outbox. Rows are written in the same transaction as the change they describe; the
-- trigger notifies every replica at commit, and Last-Event-ID resumes read the table.
CREATE TABLE events (
    id                bigserial PRIMARY KEY,
    type              text NOT NULL,
    seller_id         bigint,
    customer_user_id  bigint,
    payload           jsonb NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX events_created ON events (created_at);

-- created_at is written as RFC 3339 UTC with milliseconds, the form the hub's replay queries use, so
-- a live frame and a replayed one are byte-identical whatever the writer's TimeZone setting.
CREATE FUNCTION md_event_message(e events) RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
    message text := json_build_object('id', e.id, 'type', e.type, 'seller_id', e.seller_id,
                                      'customer_user_id', e.customer_user_id, 'payload', e.payload,
                                      'created_at', to_char(e.created_at AT TIME ZONE 'UTC',
                                                            'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text;
BEGIN
    -- NOTIFY payloads are limited to 8000 bytes; a large event is sent as its id and read back.
    IF octet_length(message) > 7900 THEN
        message := json_build_object('id', e.id, 'truncated', true)::text;
    END IF;
    RETURN message;
END
$$;
CREATE FUNCTION md_notify_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- A transaction that notifies holds a cluster-wide lock from its commit until the commit is on
    -- disk, so notifying transactions cannot share a WAL flush: they commit one disk flush at a time.
    -- The order hot path (md_place_order) therefore sets md.notify_after_commit; the trigger then only
    -- collects the ids in md.pending_event_ids, and the server sends md_event_message() for them right
    -- after the commit, from a transaction that writes nothing and so waits for no flush.
    IF current_setting('md.notify_after_commit', true) = 'on' THEN
        PERFORM set_config('md.pending_event_ids',
                           concat_ws(',', nullif(current_setting('md.pending_event_ids', true), ''), NEW.id), true);
        RETURN NULL;
    END IF;
    PERFORM pg_notify('md_events', md_event_message(NEW));
    RETURN NULL;
END
$$;
CREATE TRIGGER events_notify AFTER INSERT ON events FOR EACH ROW EXECUTE FUNCTION md_notify_event();

-- Cache invalidation for every replica: 'product:<id>' and 'user:<id>' on channel md_cache.
CREATE FUNCTION md_notify_cache() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('md_cache', TG_ARGV[0] || ':' || OLD.id);
    ELSE
        PERFORM pg_notify('md_cache', TG_ARGV[0] || ':' || NEW.id);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER products_cache AFTER UPDATE OR DELETE ON products
    FOR EACH ROW EXECUTE FUNCTION md_notify_cache('product');
CREATE TRIGGER users_cache AFTER INSERT OR UPDATE OR DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION md_notify_cache('user');

-- Orders and inventory in the database ---------------------------------------------------------------
-- Placing an order is the hot path, so it is one function call: one round trip reserves stock, writes
-- the order, its items, the stock movements, the timeline, the audit row and the live event, and
-- returns the order document.

-- RFC 3339 UTC with milliseconds, the form the event outbox uses.
CREATE FUNCTION md_rfc3339(moment timestamptz) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE STRICT AS $$
    SELECT to_char(moment AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
$$;

-- An order's JSON is assembled from the small builders below (SQL functions the planner inlines, so
-- they cost nothing per call). They are built as json rather than jsonb: several times faster to build,
-- and the fields keep this order. md_order_document reads an order back; md_place_order assembles the
-- same document from the rows it has just written, which saves reading them back on the hot path.

-- An order as listed, and the payload of order.created / order.updated events. item_count is the
-- number of units over all lines.
CREATE FUNCTION md_order_summary_json(o orders, item_count bigint) RETURNS json
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT json_build_object(
        'id', o.id, 'number', o.number, 'status', o.status, 'seller_id', o.seller_id,
        'customer_user_id', o.customer_user_id, 'customer_email', o.customer_email,
        'total_cents', o.total_cents, 'refunded_cents', o.refunded_cents, 'currency', o.currency,
        'item_count', item_count, 'version', o.version,
        'created_at', md_rfc3339(o.created_at), 'updated_at', md_rfc3339(o.updated_at))
$$;

-- The whole order: the summary's fields first (the same fields in the same order as
-- md_order_summary_json; keep the two in step), then the rest.
CREATE FUNCTION md_order_json(o orders, item_count bigint, items json, events json, notes json, refunds json)
RETURNS json LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT json_build_object(
        'id', o.id, 'number', o.number, 'status', o.status, 'seller_id', o.seller_id,
        'customer_user_id', o.customer_user_id, 'customer_email', o.customer_email,
        'total_cents', o.total_cents, 'refunded_cents', o.refunded_cents, 'currency', o.currency,
        'item_count', item_count, 'version', o.version,
        'created_at', md_rfc3339(o.created_at), 'updated_at', md_rfc3339(o.updated_at),
        'subtotal_cents', o.subtotal_cents, 'shipping_address', o.shipping_address,
        'carrier', o.carrier, 'tracking_number', o.tracking_number, 'cancel_reason', o.cancel_reason,
        'paid_at', md_rfc3339(o.paid_at), 'shipped_at', md_rfc3339(o.shipped_at),
        'delivered_at', md_rfc3339(o.delivered_at), 'cancelled_at', md_rfc3339(o.cancelled_at),
        'items', items, 'events', events, 'notes', notes, 'refunds', refunds)
$$;

CREATE FUNCTION md_order_item_json(i order_items) RETURNS json
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT json_build_object(
        'id', i.id, 'product_id', i.product_id, 'sku', i.sku, 'title', i.title,
        'unit_price_cents', i.unit_price_cents, 'quantity', i.quantity,
        'line_total_cents', i.unit_price_cents * i.quantity, 'restocked_quantity', i.restocked_quantity)
$$;

-- internal = false (the customer's own view) leaves out who on the staff did what.
CREATE FUNCTION md_order_event_json(e order_events, actor_email text, internal boolean) RETURNS json
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT json_build_object(
        'id', e.id, 'type', e.type, 'from_status', e.from_status, 'to_status', e.to_status,
        'actor_user_id', CASE WHEN internal THEN e.actor_user_id END,
        'actor', CASE WHEN internal THEN actor_email END,
        'data', e.data, 'created_at', md_rfc3339(e.created_at))
$$;

CREATE FUNCTION md_order_note_json(n order_notes, author_email text) RETURNS json
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT json_build_object(
        'id', n.id, 'order_id', n.order_id, 'body', n.body, 'author_user_id', n.author_user_id,
        'author', author_email, 'created_at', md_rfc3339(n.created_at))
$$;

CREATE FUNCTION md_order_refund_json(r refunds, actor_email text, internal boolean) RETURNS json
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT json_build_object(
        'id', r.id, 'order_id', r.order_id, 'amount_cents', r.amount_cents, 'reason', r.reason,
        'restock', r.restock,
        'actor_user_id', CASE WHEN internal THEN r.actor_user_id END,
        'actor', CASE WHEN internal THEN actor_email END,
        'created_at', md_rfc3339(r.created_at))
$$;

-- PL/pgSQL rather than SQL: a SQL function with a subquery is planned again on every call, while
-- PL/pgSQL keeps its plans for the session.
CREATE FUNCTION md_order_summary(o orders) RETURNS json
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
BEGIN
    RETURN md_order_summary_json(o, (SELECT coalesce(sum(i.quantity), 0) FROM order_items i WHERE i.order_id = o.id));
END
$$;

-- The whole order as the API shows it. internal = false (the customer's own view) leaves out staff
-- notes, note events and who on the staff did what.
CREATE FUNCTION md_order_document(order_id bigint, internal boolean) RETURNS json
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (
        SELECT md_order_json(o, lines.item_count, lines.items, timeline.events, staff.notes, money.refunds)
          FROM orders o
         CROSS JOIN LATERAL (
               SELECT coalesce(sum(i.quantity), 0) AS item_count,
                      coalesce(json_agg(md_order_item_json(i) ORDER BY i.id), '[]') AS items
                 FROM order_items i WHERE i.order_id = o.id) AS lines
         CROSS JOIN LATERAL (
               SELECT coalesce(json_agg(md_order_event_json(e, u.email, md_order_document.internal) ORDER BY e.id),
                               '[]') AS events
                 FROM order_events e LEFT JOIN users u ON u.id = e.actor_user_id
                WHERE e.order_id = o.id AND (md_order_document.internal OR e.type <> 'note')) AS timeline
         CROSS JOIN LATERAL (
               SELECT coalesce(json_agg(md_order_note_json(n, u.email) ORDER BY n.id), '[]') AS notes
                 FROM order_notes n LEFT JOIN users u ON u.id = n.author_user_id
                WHERE n.order_id = o.id AND md_order_document.internal) AS staff
         CROSS JOIN LATERAL (
               SELECT coalesce(json_agg(md_order_refund_json(r, u.email, md_order_document.internal) ORDER BY r.id),
                               '[]') AS refunds
                 FROM refunds r LEFT JOIN users u ON u.id = r.actor_user_id
                WHERE r.order_id = o.id) AS money
         WHERE o.id = md_order_document.order_id);
END
$$;

-- Places an order; lines is [{product_id, quantity}] with distinct product ids (the server merges
-- repeats) and quantities already validated. Failures raise, so nothing of the order survives them:
--   MD001 product_unavailable (message: {"product_ids": [...]}) — absent or not active
--   MD002 mixed_sellers       (message: {"seller_ids": [...]})
--   MD003 mixed_currencies    (message: {"currencies": [...]})
--   MD004 insufficient_stock  (message: {"lines": [{product_id, requested, available}]})
-- Stock is reserved with one UPDATE per line in product_id order, the order every other writer of
-- inventory rows follows, so concurrent orders cannot deadlock; the WHERE clause of that UPDATE is the
-- stock check, so there is no window between checking and reserving. The caller must announce the
-- events listed in md.pending_event_ids once the transaction has committed.
CREATE FUNCTION md_place_order(actor_user_id bigint, actor_email text, request_id text,
                               customer_user_id bigint, customer_email text,
                               lines jsonb, shipping_address jsonb, internal boolean) RETURNS json
LANGUAGE plpgsql AS $$
DECLARE
    items         order_items[];
    unavailable   jsonb;
    seller_ids    bigint[];
    currencies    text[];
    subtotal      bigint;
    unit_count    bigint;
    item          order_items;
    short_lines   jsonb := '[]';
    new_order     orders;
    item_list     json;
    event_list    json;
    summary       json;
    document      json;
BEGIN
    -- Events of this order (order.created, inventory.low_stock) are announced by the server after the
    -- commit (see md_notify_event); the caller reads their ids from md.pending_event_ids.
    PERFORM set_config('md.notify_after_commit', 'on', true);
    -- One read of the products: prices are frozen from this snapshot (a later statement could see a
    -- newer price, so the items are inserted from this array, not read again).
    SELECT array_agg(ROW(NULL, NULL, line.product_id, p.sku, p.title, p.price_cents, line.quantity, 0)::order_items
                     ORDER BY line.product_id),
           jsonb_agg(line.product_id ORDER BY line.product_id) FILTER (WHERE p.id IS NULL OR p.status <> 'active'),
           array_agg(DISTINCT p.seller_id ORDER BY p.seller_id),
           array_agg(DISTINCT p.currency ORDER BY p.currency),
           sum(p.price_cents * line.quantity),
           sum(line.quantity)
      INTO items, unavailable, seller_ids, currencies, subtotal, unit_count
      FROM jsonb_to_recordset(lines) AS line(product_id bigint, quantity integer)
      -- LATERAL: one primary-key probe per line, never a scan of the catalogue.
      LEFT JOIN LATERAL (SELECT * FROM products WHERE products.id = line.product_id) AS p ON true;
    IF items IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'MD001', MESSAGE = '{"product_ids": []}';
    END IF;
    IF unavailable IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'MD001', MESSAGE = jsonb_build_object('product_ids', unavailable)::text;
    END IF;
    IF cardinality(seller_ids) > 1 THEN
        RAISE EXCEPTION USING ERRCODE = 'MD002', MESSAGE = jsonb_build_object('seller_ids', seller_ids)::text;
    END IF;
    IF cardinality(currencies) > 1 THEN
        RAISE EXCEPTION USING ERRCODE = 'MD003', MESSAGE = jsonb_build_object('currencies', currencies)::text;
    END IF;

    FOREACH item IN ARRAY items LOOP
        UPDATE inventory
           SET reserved = reserved + item.quantity, version = version + 1, updated_at = now()
         WHERE product_id = item.product_id AND on_hand - reserved >= item.quantity;
        IF NOT FOUND THEN
            short_lines := short_lines || jsonb_build_object(
                'product_id', item.product_id, 'requested', item.quantity,
                'available', coalesce((SELECT greatest(on_hand - reserved, 0) FROM inventory
                                        WHERE product_id = item.product_id), 0));
        END IF;
    END LOOP;
    IF jsonb_array_length(short_lines) > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'MD004', MESSAGE = jsonb_build_object('lines', short_lines)::text;
    END IF;

    INSERT INTO orders (id, number, seller_id, customer_user_id, customer_email, status, currency,
                        subtotal_cents, total_cents, shipping_address)
    SELECT id, 'MD-' || to_char(now() AT TIME ZONE 'UTC', 'YYYYMMDD') || '-' || lpad(id::text, greatest(7, length(id::text)), '0'),
           seller_ids[1], md_place_order.customer_user_id, md_place_order.customer_email, 'placed', currencies[1],
           subtotal, subtotal, md_place_order.shipping_address
      FROM nextval('orders_id_seq') AS id
    RETURNING * INTO new_order;

    WITH inserted AS (
        INSERT INTO order_items (order_id, product_id, sku, title, unit_price_cents, quantity)
        SELECT new_order.id, i.product_id, i.sku, i.title, i.unit_price_cents, i.quantity FROM unnest(items) AS i
        RETURNING *)
    SELECT json_agg(md_order_item_json(inserted) ORDER BY inserted.id) INTO item_list FROM inserted;
    INSERT INTO inventory_movements (product_id, delta, reserved_delta, reason, order_id, actor_user_id)
    SELECT i.product_id, 0, i.quantity, 'order_placed', new_order.id, md_place_order.actor_user_id
      FROM unnest(items) AS i;
    WITH inserted AS (
        INSERT INTO order_events (order_id, type, to_status, actor_user_id)
        VALUES (new_order.id, 'created', 'placed', md_place_order.actor_user_id)
        RETURNING *)
    SELECT json_build_array(md_order_event_json(inserted, md_place_order.actor_email, md_place_order.internal))
      INTO event_list FROM inserted;

    summary := md_order_summary_json(new_order, unit_count);
    document := md_order_json(new_order, unit_count, item_list, event_list, '[]', '[]');
    -- The same rows audit::record and events::publish write.
    INSERT INTO audit_log (actor_user_id, actor_email, action, entity_type, entity_id, after, request_id)
    VALUES (md_place_order.actor_user_id, md_place_order.actor_email, 'order.create', 'order', new_order.id::text,
            document::jsonb, md_place_order.request_id);
    INSERT INTO events (type, seller_id, customer_user_id, payload)
    VALUES ('order.created', new_order.seller_id, new_order.customer_user_id, summary::jsonb);
    PERFORM set_config('md.notify_after_commit', 'off', true);
    RETURN document;
END
$$;

-- inventory.low_stock, published in the transaction of whatever change made a product's available
-- stock (on_hand - reserved) cross to or below its threshold: an order's reservation, an adjustment or
-- a new threshold. A trigger, so that no writer of inventory rows can forget it.
CREATE FUNCTION md_inventory_low_stock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO events (type, seller_id, customer_user_id, payload)
    SELECT 'inventory.low_stock', p.seller_id, NULL,
           jsonb_build_object('product_id', p.id, 'seller_id', p.seller_id, 'sku', p.sku, 'title', p.title,
                              'on_hand', NEW.on_hand, 'reserved', NEW.reserved,
                              'available', NEW.on_hand - NEW.reserved,
                              'low_stock_threshold', NEW.low_stock_threshold, 'version', NEW.version,
                              'updated_at', md_rfc3339(NEW.updated_at))
      FROM products p WHERE p.id = NEW.product_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER inventory_low_stock AFTER UPDATE ON inventory FOR EACH ROW
    WHEN (NEW.on_hand - NEW.reserved <= NEW.low_stock_threshold
          AND OLD.on_hand - OLD.reserved > OLD.low_stock_threshold)
    EXECUTE FUNCTION md_inventory_low_stock();
