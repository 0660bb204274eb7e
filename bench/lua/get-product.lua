-- GET /api/v1/products/{id} for a uniformly random id in 1..BENCH_MAX_ID, the same distribution as
-- the pgbench script it is compared with (select-product.sql).
local common = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
common.authorize()

local maxId = tonumber(os.getenv("BENCH_MAX_ID"))

function request()
    return wrk.format("GET", "/api/v1/products/" .. math.random(1, maxId))
end
