-- pgbench -S-style single-row primary-key lookup on the products table, the database-only
-- counterpart of GET /api/v1/products/{id} (run with -M prepared -D maxid=N).
\set id random(1, :maxid)
SELECT * FROM products WHERE id = :id;
