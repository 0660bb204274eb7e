-- A GET of the URL given to wrk (a list page, a deep cursor, a search), with the bearer token.
local common = dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
common.authorize()
