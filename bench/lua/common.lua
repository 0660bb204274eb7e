-- Shared by the wrk scripts (loaded with dofile): the bearer token from BENCH_TOKEN, per-thread
-- random seeds, and done(), which prints one machine-readable "BENCH {json}" line that
-- run-backend.sh reads instead of parsing wrk's human-oriented text.

local common = {}

function common.authorize()
    local token = os.getenv("BENCH_TOKEN")
    if token and token ~= "" then
        wrk.headers["Authorization"] = "Bearer " .. token
    end
end

-- Each wrk thread runs its own Lua state; without distinct seeds they would all request the same
-- sequence of ids, which flatters caches.
local threadCount = 0
function setup(thread)
    threadCount = threadCount + 1
    thread:set("threadNumber", threadCount)
end

function init(args)
    math.randomseed(os.time() * 1000 + (threadNumber or 0) * 7919)
end

function done(summary, latency, requests)
    local errors = summary.errors
    local seconds = summary.duration / 1e6
    io.write(string.format(
        'BENCH {"requests":%d,"seconds":%.3f,"rps":%.1f,"p50_us":%d,"p90_us":%d,"p99_us":%d,' ..
        '"max_us":%d,"mean_us":%.1f,"connect_errors":%d,"read_errors":%d,"write_errors":%d,' ..
        '"status_errors":%d,"timeouts":%d}\n',
        summary.requests, seconds, summary.requests / seconds,
        latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean,
        errors.connect, errors.read, errors.write, errors.status, errors.timeout))
end

return common
