-- covers: semantic version parsing with string.match, comparison with
-- numeric and prerelease identifiers, table.sort with a comparator,
-- range checks with operator patterns, and string.format output
local function parse(v)
  local major, minor, patch, rest = v:match("^v?(%d+)%.(%d+)%.(%d+)(.*)$")
  if not major then return nil, "invalid version: " .. v end
  if (major .. "." .. minor .. "." .. patch):find("%f[%d]0%d") then return nil, "leading zero: " .. v end
  local pre, build = rest:match("^%-([%w%.%-]+)(.*)$")
  if pre then rest = build end
  local b = rest:match("^%+([%w%.%-]+)$")
  if rest ~= "" and not b then return nil, "invalid suffix: " .. rest end
  local ids = {}
  if pre then for id in pre:gmatch("[^%.]+") do ids[#ids + 1] = tonumber(id) or id end end
  return {tonumber(major), tonumber(minor), tonumber(patch), pre = ids, build = b, raw = v}
end

local function cmp(a, b)
  for i = 1, 3 do
    if a[i] ~= b[i] then return a[i] < b[i] and -1 or 1 end
  end
  local pa, pb = a.pre, b.pre
  if #pa == 0 and #pb == 0 then return 0 end
  if #pa == 0 then return 1 end
  if #pb == 0 then return -1 end
  for i = 1, math.max(#pa, #pb) do
    local x, y = pa[i], pb[i]
    if x == nil then return -1 end
    if y == nil then return 1 end
    if x ~= y then
      local tx, ty = math.type(x), math.type(y)
      if tx and ty then return x < y and -1 or 1 end
      if tx then return -1 end
      if ty then return 1 end
      return x < y and -1 or 1
    end
  end
  return 0
end

local list = {"1.0.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
  "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "0.9.12", "v2.0.0", "1.10.0", "1.2.3+build.5", "10.0.0-0"}
local parsed = {}
for _, v in ipairs(list) do parsed[#parsed + 1] = assert(parse(v)) end
table.sort(parsed, function(a, b) return cmp(a, b) < 0 end)
local names = {}
for i, p in ipairs(parsed) do names[i] = p.raw end
print(table.concat(names, " < "))

for _, bad in ipairs{"1.2", "1.2.3.4", "a.b.c", "1.2.3-", "1.2.3+", "01.2.3", "1.02.3", "1.0.30"} do
  local p, err = parse(bad)
  print(bad, p and ("ok " .. p[1] .. "." .. p[2] .. "." .. p[3]) or err)
end

local function satisfies(v, range)
  local pv = assert(parse(v))
  for cond in range:gmatch("%S+") do
    local op, ver = cond:match("^([<>=~%^]*)(.+)$")
    local pr = assert(parse(ver))
    local c = cmp(pv, pr)
    local ok
    if op == "" or op == "=" then ok = c == 0
    elseif op == ">" then ok = c > 0
    elseif op == ">=" then ok = c >= 0
    elseif op == "<" then ok = c < 0
    elseif op == "<=" then ok = c <= 0
    elseif op == "^" then ok = c >= 0 and pv[1] == pr[1]
    elseif op == "~" then ok = c >= 0 and pv[1] == pr[1] and pv[2] == pr[2]
    else error("bad operator " .. op) end
    if not ok then return false end
  end
  return true
end
local checks = {{"1.2.3", "^1.0.0"}, {"2.0.0", "^1.0.0"}, {"1.2.9", "~1.2.0"}, {"1.3.0", "~1.2.0"},
  {"1.5.0", ">=1.0.0 <2.0.0"}, {"1.0.0-rc.1", ">=1.0.0"}, {"3.1.4", "=3.1.4"}}
for _, c in ipairs(checks) do
  print(string.format("%-12s %-18s %s", c[1], c[2], tostring(satisfies(c[1], c[2]))))
end
print(pcall(satisfies, "1.0.0", "!1.0.0"))
local p = parse("v3.14.159-rc.2.x+sha.abc")
print(p[1], p[2], p[3], table.concat(p.pre, "|"), math.type(p.pre[2]), p.build)
