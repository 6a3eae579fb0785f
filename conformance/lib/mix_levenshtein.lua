-- covers: levenshtein distance with a rolling table buffer (table.move),
-- string.byte comparisons, a spelling suggester sorted by distance then
-- word, and utf8-aware distance over codepoint arrays
local function lev(a, b)
  if #a < #b then a, b = b, a end
  local prev, cur = {}, {}
  for j = 0, #b do prev[j + 1] = j end
  for i = 1, #a do
    cur[1] = i
    local ca = a:byte(i)
    for j = 1, #b do
      local cost = (ca == b:byte(j)) and 0 or 1
      cur[j + 1] = math.min(prev[j + 1] + 1, cur[j] + 1, prev[j] + cost)
    end
    table.move(cur, 1, #b + 1, 1, prev)
  end
  return prev[#b + 1]
end

local pairs_ = {{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"abc", ""}, {"same", "same"},
  {"intention", "execution"}, {"a", "b"}, {"gumbo", "gambol"}, {"book", "back"}}
for _, p in ipairs(pairs_) do
  print(string.format("%-10s %-10s %d", p[1], p[2], lev(p[1], p[2])))
end

local dictionary = {"apple", "apply", "ample", "maple", "applet", "people", "pale", "lapel", "appeal", "happy"}
local function suggest(word, max)
  local scored = {}
  for _, w in ipairs(dictionary) do
    local d = lev(word, w)
    if d <= max then scored[#scored + 1] = {w = w, d = d} end
  end
  table.sort(scored, function(x, y)
    if x.d ~= y.d then return x.d < y.d end
    return x.w < y.w
  end)
  local out = {}
  for i, s in ipairs(scored) do out[i] = s.w .. ":" .. s.d end
  return table.concat(out, " ")
end
print(suggest("appel", 2))
print(suggest("aple", 1))
print(suggest("xyz", 2) == "", suggest("happy", 0))

-- utf8-aware variant
local function ulev(a, b)
  local A, B = {utf8.codepoint(a, 1, -1)}, {utf8.codepoint(b, 1, -1)}
  local d = {}
  for i = 0, #A do d[i] = {[0] = i} end
  for j = 0, #B do d[0][j] = j end
  for i = 1, #A do
    for j = 1, #B do
      d[i][j] = math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (A[i] == B[j] and 0 or 1))
    end
  end
  return d[#A][#B]
end
print(lev("café", "cafe"), ulev("café", "cafe"), ulev("日本語", "日本"), ulev("", "é"))
-- symmetric and triangle inequality on a few words
local words = {"alpha", "alpine", "aloha", "delta"}
local ok = true
for _, x in ipairs(words) do for _, y in ipairs(words) do
  if lev(x, y) ~= lev(y, x) then ok = false end
  for _, z in ipairs(words) do
    if lev(x, z) > lev(x, y) + lev(y, z) then ok = false end
  end
end end
print("metric ok", ok)
