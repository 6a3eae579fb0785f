-- covers: writing a log file with f:write chains and string.format,
-- reading it back with io.lines and a "n"-free line format, parsing with
-- string.match captures, aggregating per level/user with sorted output,
-- percentiles via table.sort, and io.output/io.write redirection
local name = "mix_log_analyzer.tmp"
local levels = {"INFO", "WARN", "ERROR", "DEBUG"}
local users = {"alice", "bob", "carol"}
local f = assert(io.open(name, "w"))
local x = 7
for i = 1, 40 do
  x = (x * 75 + 74) % 65537
  local lvl = levels[x % 4 + 1]
  local user = users[x % 3 + 1]
  local ms = x % 500 + 1
  f:write(string.format("2024-01-%02d %02d:%02d:%02d [%s] user=%s took=%dms path=/api/v%d/item/%d\n",
    i % 28 + 1, i % 24, (i * 7) % 60, (i * 13) % 60, lvl, user, ms, x % 2 + 1, x % 100))
end
assert(f:write("garbage line without structure\n")):write("2024-02-01 00:00:00 [INFO] user=dave took=5ms path=/\n")
f:close()

local by_level, by_user, times, bad = {}, {}, {}, 0
local paths = {}
for line in io.lines(name) do
  local date, time, lvl, user, ms, path = line:match("^(%d+%-%d+%-%d+) (%d+:%d+:%d+) %[(%u+)%] user=(%w+) took=(%d+)ms path=(%S+)$")
  if not date then
    bad = bad + 1
  else
    by_level[lvl] = (by_level[lvl] or 0) + 1
    local u = by_user[user] or {n = 0, total = 0, max = 0}
    by_user[user] = u
    ms = tonumber(ms)
    u.n, u.total, u.max = u.n + 1, u.total + ms, math.max(u.max, ms)
    times[#times + 1] = ms
    local version = path:match("^/api/(v%d)/")
    if version then paths[version] = (paths[version] or 0) + 1 end
  end
end

local function sorted_keys(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys)
  return keys
end
print("bad lines", bad, "parsed", #times)
for _, lvl in ipairs(sorted_keys(by_level)) do print(string.format("%-6s %3d", lvl, by_level[lvl])) end
for _, u in ipairs(sorted_keys(by_user)) do
  local s = by_user[u]
  print(string.format("%-6s n=%2d avg=%7.2f max=%3d", u, s.n, s.total / s.n, s.max))
end
for _, v in ipairs(sorted_keys(paths)) do print(v, paths[v]) end
table.sort(times)
local function pct(p) return times[math.max(1, math.ceil(#times * p / 100))] end
print("p50", pct(50), "p90", pct(90), "p99", pct(99), "min", times[1], "max", times[#times])

-- redirect io.write into a report file, then restore stdout
local report = "mix_log_analyzer.rpt"
local old = io.output()
io.output(report)
io.write("levels:", table.concat(sorted_keys(by_level), ","), "\n")
io.write("users:", #sorted_keys(by_user), "\n")
io.close()
io.output(old)
for l in io.lines(report, "L") do io.write("report> ", l) end
-- count lines with a pattern via io.lines and "l"
local errors = 0
for l in io.lines(name, "l") do if l:find("[ERROR]", 1, true) then errors = errors + 1 end end
print("errors via plain find", errors, errors == by_level.ERROR)
print(os.remove(name), os.remove(report))
