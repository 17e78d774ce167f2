-- The requests bench/run.sh sends with wrk, chosen by BENCH_MODE:
--   get      plain GETs of the URL given to wrk; BENCH_COOKIE, when set, is sent as the Cookie header
--   comment  a new top-level comment on the article each time, with a different body each time so
--            the duplicate check never refuses one
--   vote     a vote on the article, each from a new visitor (no visitor cookie) at a new address, so
--            the one-vote-per-visitor and per-address rules never refuse one
-- For comment and vote, BENCH_CSRF_FIELD/BENCH_CSRF_COOKIE are the form's CSRF token and its
-- cookie (both empty when the page's forms carry none), BENCH_STARTED the form timer's signed
-- value (from a page fetched long enough ago). Each request also names a random client address in
-- X-Forwarded-For (an IPv6 network of its own) (the site runs with server.forward-headers-strategy=native), as if every
-- request came from a different reader rather than all from one address.
-- done() prints one line for bench/run.sh: BENCH <p50 µs> <p99 µs> <requests> <non-2xx/3xx> <socket errors>

local mode = os.getenv("BENCH_MODE") or "get"
local csrf_field = os.getenv("BENCH_CSRF_FIELD") or ""
local csrf_cookie = os.getenv("BENCH_CSRF_COOKIE") or ""
local started = os.getenv("BENCH_STARTED") or ""
local slug = os.getenv("BENCH_SLUG") or "amitriptyline"

local function urlencode(s)
   return (string.gsub(s, "[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function hex(n)
   local t = {}
   for i = 1, n do t[i] = string.format("%x", math.random(0, 15)) end
   return table.concat(t)
end

-- a different network each time: an IPv6 /64 (the site counts IPv6 addresses by network) picked
-- at random from 2^32, so that two requests of a whole run practically never share one (a vote
-- from an address that already rated the article that day would be refused)
local function address()
   return string.format("2001:db8:%x:%x::1", math.random(0, 65535), math.random(0, 65535))
end

local thread_count = 0
function setup(thread)
   thread_count = thread_count + 1
   thread:set("id", thread_count)
end

local counter = 0

if mode == "get" then
   local cookie = os.getenv("BENCH_COOKIE")
   if cookie and cookie ~= "" then
      wrk.headers["Cookie"] = cookie
   end
else
   local csrf = ""
   if csrf_field ~= "" then
      csrf = "&_csrf=" .. urlencode(csrf_field)
   end

   function init(args)
      math.randomseed(os.time() * 100 + (id or 0))
   end

   function request()
      counter = counter + 1
      local headers = {
         ["Content-Type"] = "application/x-www-form-urlencoded",
         ["X-Forwarded-For"] = address(),
      }
      if csrf_cookie ~= "" then
         headers["Cookie"] = "XSRF-TOKEN=" .. csrf_cookie
      end
      if mode == "comment" then
         local body = "name=Reader+" .. (id or 0) .. "-" .. counter
            .. "&email=reader" .. counter .. "%40example.com&website=&parentId=&consent=on"
            .. "&started=" .. urlencode(started)
            .. "&body=" .. urlencode("I started on a low dose " .. counter .. " weeks ago (note " .. hex(8)
               .. "). The mornings were slow at first but I am sleeping better now and the pain is a little quieter.")
            .. csrf
         return wrk.format("POST", "/articles/" .. slug .. "/comments", headers, body)
      end
      local body = "value=" .. math.random(1, 5) .. csrf
      return wrk.format("POST", "/articles/" .. slug .. "/rating", headers, body)
   end
end

function done(summary, latency, requests)
   local errors = summary.errors
   io.write(string.format("BENCH %d %d %d %d %d\n", latency:percentile(50), latency:percentile(99),
      summary.requests, errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
