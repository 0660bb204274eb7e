-- POST /api/v1/orders with one line (quantity 1) of a random product from BENCH_ORDER_IDS (a file
-- of active product ids, one a line, whose stock run-backend.sh raised so that no order fails).
local common = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
common.authorize()

local productIds = {}
for line in io.lines(os.getenv("BENCH_ORDER_IDS")) do
    productIds[#productIds + 1] = tonumber(line)
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

local address = '{"name":"김벤치","phone":"010-0000-0000","line1":"서울특별시 중구 세종대로 110",' ..
                '"city":"서울","postal_code":"04524","country":"KR"}'

function request()
    local productId = productIds[math.random(1, #productIds)]
    local body = '{"items":[{"product_id":' .. productId .. ',"quantity":1}],"shipping_address":' .. address .. '}'
    return wrk.format(nil, "/api/v1/orders", nil, body)
end
