-- wrk script for bench/leak: sends exactly LEAK_COUNT requests, each to a
-- distinct URL, then stops (wrk's -d is only the time bound).
--
--   LEAK_FIRST=0 LEAK_COUNT=10000 wrk -t2 -c8 -d600s -s urls.lua http://127.0.0.1:P
--
-- URL number i (LEAK_FIRST <= i < LEAK_FIRST + LEAK_COUNT) is, by i % 10:
--   0-5  /users/<i>                        a registered route (200)
--   6-7  /orders/<i>/items/<i % 97>        a registered route (200)
--   8    /users/<i>?ref=mail<i>            a registered route with a query (200)
--   9    /wp-admin/<i>.php                 a scanner probe: no route (404)
-- No /search?q= traffic: the search-term label is the one leak labelguard
-- reports without a fix-it, so the cured copy still has it (see
-- docs/performance.md); this load drives only the leaks the fix-its cure.
--
-- LEAK_MODE=cycle instead cycles through the LEAK_COUNT URLs from LEAK_FIRST
-- until -d runs out (the steady-state requests/s comparison: no new URLs).
--
-- Each thread takes every LEAK_THREADS-th URL; once its share is answered it
-- prints LEAK_THREAD_DONE and stops itself. Connections still busy when the share runs out send
-- /health (one fixed series in either build) until the thread stops.

local first = tonumber(os.getenv("LEAK_FIRST") or "0")
local count = tonumber(os.getenv("LEAK_COUNT") or "10000")
local nthreads = tonumber(os.getenv("LEAK_THREADS") or "1")
local cycle = os.getenv("LEAK_MODE") == "cycle"

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("tid", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local function url(i)
  local r = i % 10
  if r <= 5 then
    return "/users/" .. i
  elseif r <= 7 then
    return "/orders/" .. i .. "/items/" .. (i % 97)
  elseif r == 8 then
    return "/users/" .. i .. "?ref=mail" .. i
  else
    return "/wp-admin/" .. i .. ".php"
  end
end

-- Globals, so that done() can read them with thread:get().
share, issued, answered, k, not_found, tail, lost = 0, 0, 0, 0, 0, 0, 0
local health

function init(args)
  -- This thread's URLs are first + tid, first + tid + nthreads, ...
  share = 0
  if tid < count then share = math.floor((count - 1 - tid) / nthreads) + 1 end
  issued, answered, k, tail, lost = 0, 0, 0, 0, 0
  health = wrk.format("GET", "/health")
  -- wrk calls request() once on the first thread's state to check the
  -- script, and throws that request away: do not count it.
  verifying = (tid == 0)
end

function request()
  if verifying then
    verifying = false
    return wrk.format("GET", url(first))
  end
  if cycle then
    local i = first + tid + k * nthreads
    k = k + 1
    if k >= share then k = 0 end
    return wrk.format("GET", url(i))
  end
  if issued < share then
    local i = first + tid + issued * nthreads
    issued = issued + 1
    return wrk.format("GET", url(i))
  end
  return health
end

function response(status, headers, body)
  -- The tail's /health answers do not count towards the share: connections
  -- answer in order, but each has its own order.
  if body == "ok\n" then
    -- A request whose connection failed is never answered (wrk counts it
    -- as an error and moves on): once every URL is out, give the stragglers
    -- 2,000 answers' time, then count them as lost and stop.
    tail = tail + 1
    if tail == 2000 and answered < share then
      lost = share - answered
      answered = share - 1
    else
      return
    end
  end
  answered = answered + 1
  if status == 404 then not_found = not_found + 1 end
  if not cycle and answered == share then
    -- wrk's main thread sleeps for all of -d whatever its threads do: say
    -- that this share is done, and leak.py interrupts wrk (SIGINT) once
    -- every thread has said so.
    io.write("LEAK_THREAD_DONE\n")
    io.flush()
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  -- One machine-readable line for bench/leak/leak.py.
  local distinct, nf, lost_all = 0, 0, 0
  for _, t in ipairs(threads) do
    distinct = distinct + (t:get("issued") or 0)
    nf = nf + (t:get("not_found") or 0)
    lost_all = lost_all + (t:get("lost") or 0)
  end
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "LEAK_RESULT requests=%d distinct=%d lost=%d not_found=%d seconds=%.3f rps=%.1f errors=%d p50_us=%d p99_us=%d\n",
    summary.requests, distinct, lost_all, nf, seconds, summary.requests / seconds,
    summary.errors.connect + summary.errors.read + summary.errors.write +
    summary.errors.timeout, latency:percentile(50), latency:percentile(99)))
end
