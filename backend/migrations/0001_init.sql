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
    number            text NOT NULL UNIQUE,
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
CREATE INDEX orders_customer_email ON orders (lower(customer_email));

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
    response_body    jsonb NOT NULL,
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

CREATE FUNCTION md_notify_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    message text := json_build_object('id', NEW.id, 'type', NEW.type, 'seller_id', NEW.seller_id,
                                      'customer_user_id', NEW.customer_user_id, 'payload', NEW.payload,
                                      'created_at', NEW.created_at)::text;
BEGIN
    -- NOTIFY payloads are limited to 8000 bytes; a large event is sent as its id and read back.
    IF octet_length(message) > 7900 THEN
        message := json_build_object('id', NEW.id, 'truncated', true)::text;
    END IF;
    PERFORM pg_notify('md_events', message);
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
