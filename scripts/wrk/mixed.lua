-- wrk: a mix of what the service is asked in the wild: 70 % point lookups, 20 % map tiles, 10 % small
-- CSV batches of 20 rows. Counts answers by status class; a summary line of JSON at the end.
math.randomseed(20261129)
local batch_body = "id,lat,lon\n"
for i = 1, 20 do
  batch_body = batch_body .. string.format("%d,%.5f,%.5f\n", i, 25 + (i * 1.1) % 24, -124 + (i * 2.7) % 57)
end

local function tile()
  local z = math.random(4, 10)
  local lat = 26 + math.random() * 22
  local lon = -123 + math.random() * 54
  local n = 2 ^ z
  local x = math.floor((lon + 180) / 360 * n)
  local r = math.rad(lat)
  local y = math.floor((1 - math.log(math.tan(r) + 1 / math.cos(r)) / math.pi) / 2 * n)
  return wrk.format("GET", string.format("/tiles/aor/%d/%d/%d.mvt", z, x, y), { ["Accept-Encoding"] = "gzip" })
end

request = function()
  local u = math.random()
  if u < 0.7 then
    return wrk.format("GET", string.format("/v1/resolve?lat=%.6f&lon=%.6f", 24.5 + math.random() * 24.5, -124.7 + math.random() * 57.7))
  elseif u < 0.9 then
    return tile()
  end
  return wrk.format("POST", "/v1/resolve/batch", { ["Content-Type"] = "text/csv" }, batch_body)
end

local statuses = {}
response = function(status, headers, body)
  local class = math.floor(status / 100)
  statuses[class] = (statuses[class] or 0) + 1
end

done = function(summary, latency, requests)
  io.write(string.format(
    '{"requests":%d,"seconds":%.3f,"rps":%.1f,"p50_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f,"socket_errors":%d,"non2xx_3xx":%d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
