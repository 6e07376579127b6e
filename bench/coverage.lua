-- wrk script: GET /api/v1/coverage for resident IDs read from $HUZHU_BENCH_IDS (one per line), rotating,
-- each thread starting at a different offset; Basic auth from $HUZHU_BENCH_AUTH ("Basic ...").
-- Prints p50/p99 in ms and non-2xx counts at the end.
local ids = {}
local counter = 0
local auth = os.getenv("HUZHU_BENCH_AUTH")
local date = os.getenv("HUZHU_BENCH_DATE")

function init(args)
  for line in io.lines(os.getenv("HUZHU_BENCH_IDS")) do
    ids[#ids + 1] = line
  end
  counter = math.random(#ids)
end

function request()
  counter = counter % #ids + 1
  local path = "/api/v1/coverage?residentId=" .. ids[counter]
  if date and date ~= "" then
    path = path .. "&date=" .. date
  end
  return wrk.format("GET", path, { ["Authorization"] = auth, ["Accept"] = "application/json" })
end

function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d seconds=%.2f rps=%.0f p50_ms=%.2f p99_ms=%.2f non2xx=%d errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
