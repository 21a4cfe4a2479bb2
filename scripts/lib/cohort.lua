-- wrk script of scripts/cohort-benchmark.sh: every request is a random (learner, module) pair.
-- wrk -s scripts/lib/cohort.lua URL -- SESSIONS PATHS
--   SESSIONS: one SESSION cookie value per line (an empty file: no cookie, as for nginx)
--   PATHS: one path per line, e.g. /modules/<slug>/
local sessions, paths = {}, {}

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then sessions[#sessions + 1] = line end
  end
  for line in io.lines(args[2]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  -- each wrk thread has its own Lua state: seed each differently (the table's address differs per state)
  math.randomseed(os.time() + tonumber(string.match(tostring({}), "0x(%x+)") or "0", 16) % 100000)
end

function request()
  local path = paths[math.random(#paths)]
  if #sessions == 0 then
    return wrk.format("GET", path)
  end
  return wrk.format("GET", path, { Cookie = "SESSION=" .. sessions[math.random(#sessions)] })
end
