-- wrk: GET /v1/resolve at uniformly random points over the conterminous US, then a one-line JSON summary.
local counter = 0
math.randomseed(20261129)

request = function()
  counter = counter + 1
  local lat = 24.5 + math.random() * 24.5
  local lon = -124.7 + math.random() * 57.7
  return wrk.format("GET", string.format("/v1/resolve?lat=%.6f&lon=%.6f", lat, lon))
end

done = function(summary, latency, requests)
  io.write(string.format(
    '{"requests":%d,"seconds":%.3f,"rps":%.1f,"p50_ms":%.3f,"p90_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f,"errors":%d,"non2xx":%d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
