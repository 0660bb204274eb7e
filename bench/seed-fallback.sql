-- Used by run-backend.sh only when `marketdesk-server seed-demo` fails: a plain catalogue of
-- :products products over 20 sellers with Korean titles, so the harness can still run.
INSERT INTO sellers (name)
SELECT '셀러 ' || n FROM generate_series(1, 20) AS n;

INSERT INTO products (seller_id, sku, title, description, category, price_cents, currency, status, attributes, images)
SELECT 1 + n % 20,
       'SKU-' || lpad(n::text, 7, '0'),
       (ARRAY['겨울 패딩 자켓', '린넨 셔츠', '가죽 지갑', '무선 이어폰', '스테인리스 텀블러', '캠핑 의자',
              '데님 자켓', '니트 스웨터', '러닝화', '블루투스 스피커'])[1 + n % 10] || ' ' || n,
       '품질 좋은 상품입니다. 번호 ' || n,
       (ARRAY['outer', 'shirts', 'accessories', 'electronics', 'kitchen'])[1 + n % 5],
       1000 * (5 + n % 200), 'KRW',
       CASE WHEN n % 10 = 0 THEN 'draft' WHEN n % 17 = 0 THEN 'archived' ELSE 'active' END,
       jsonb_build_object('color', (ARRAY['검정', '흰색', '남색'])[1 + n % 3]), '[]'
FROM generate_series(1, :products) AS n;

INSERT INTO inventory (product_id, on_hand, low_stock_threshold)
SELECT id, 50 + id % 100, 5 FROM products;
