-- strings: building strings with .. and table.concat, string.format,
-- string.rep, and pattern matching with gsub, gmatch, find and match.
-- Everything printed is an integer (lengths, counts, a rolling hash), so
-- Lua 5.1 and 5.3 agree.

-- A rolling hash of a few bytes of s, sampled so that the hash itself
-- does not dominate the run time.
local function hash(s, acc)
  local n = #s
  local step = math.floor(n / 64) + 1
  for i = 1, n, step do
    acc = (acc * 31 + string.byte(s, i)) % 1000000007
  end
  return (acc * 31 + n) % 1000000007
end

local words = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
  "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi" }
local nwords = #words

local total, h = 0, 0

-- 1. Concatenation with .. into short strings, collected by table.concat.
for round = 1, 16 do
  local parts = {}
  for i = 1, 20000 do
    local w = words[i % nwords + 1]
    parts[#parts + 1] = w .. "-" .. i .. ":" .. (i * round % 997) .. ";"
  end
  local s = table.concat(parts)
  total = total + #s
  h = hash(s, h)
end
print(string.format("concat: %d %d", total, h))

-- 2. Incremental building with .. of a medium string (copies each time).
local acc = ""
for i = 1, 3000 do
  acc = acc .. words[i % nwords + 1]
  if #acc > 2000 then acc = string.sub(acc, 1000) end
end
print(string.format("grow: %d %d", #acc, hash(acc, 0)))

-- 3. string.format with several conversions.
total, h = 0, 0
for i = 1, 150000 do
  local s = string.format("%5d|%-8s|%x|%05.1f|%3s", i, words[i % nwords + 1], i, i / 8, "x")
  total = total + #s
  if i % 97 == 0 then h = hash(s, h) end
end
print(string.format("format: %d %d", total, h))

-- 4. string.rep, upper, lower, sub, len.
total, h = 0, 0
for i = 1, 45000 do
  local r = string.rep(words[i % nwords + 1], i % 23 + 1)
  local u = string.upper(r)
  local l = string.lower(string.sub(u, 2, -2))
  total = total + #r + #u + string.len(l)
  if i % 101 == 0 then h = hash(l, h) end
end
print(string.format("rep: %d %d", total, h))

-- A text to match patterns against: lines with words, numbers and
-- key=value pairs.
local lines = {}
for i = 1, 2000 do
  local w1, w2 = words[i % nwords + 1], words[(i * 7) % nwords + 1]
  lines[#lines + 1] = string.format("line %d: %s  %s key%d=%d value=%s  (%d, %d)\n",
    i, w1, w2, i % 10, i * 3, w2, i % 17, i % 29)
end
local text = table.concat(lines)

-- 5. gsub with a pattern replacement, a function and a table. Applied
-- line by line: gopher-lua's gsub is quadratic in the subject length, and
-- the benchmark should compare the engines, not that one weakness.
total, h = 0, 0
local upcase = { alpha = "ALPHA", pi = "PI", mu = "MU" }
local function swap(k, v) return v .. "=" .. k end
for _ = 1, 12 do
  for i = 1, #lines do
    local line = lines[i]
    local s1, n1 = string.gsub(line, "(%d+)", "<%1>")
    local s2, n2 = string.gsub(line, "%s+", " ")
    local s3, n3 = string.gsub(line, "(%a+)", upcase)
    local s4, n4 = string.gsub(line, "(%w+)=(%w+)", swap)
    total = total + n1 + n2 + n3 + n4 + #s1 + #s2 + #s3 + #s4
    if i % 50 == 0 then h = hash(s1, hash(s2, hash(s3, hash(s4, h)))) end
  end
end
print(string.format("gsub: %d %d", total, h))

-- 6. gmatch over words and captures.
total, h = 0, 0
for _ = 1, 9 do
  for w in string.gmatch(text, "%a+") do
    total = total + #w
  end
  for k, v in string.gmatch(text, "(%w+)=(%w+)") do
    total = total + #k + #v
    h = (h + #k * 7 + #v) % 1000000007
  end
  for a, b in string.gmatch(text, "%((%d+), (%d+)%)") do
    h = (h + a * 31 + b) % 1000000007
  end
end
print(string.format("gmatch: %d %d", total, h))

-- 7. find (plain and pattern, with init) and match.
total = 0
for _ = 1, 9 do
  local pos = 1
  while true do
    local s, e = string.find(text, "value=", pos, true)
    if not s then break end
    total = total + s
    pos = e + 1
  end
  pos = 1
  while true do
    local s, e, num = string.find(text, "key%d=(%d+)", pos)
    if not s then break end
    total = total + num % 1000
    pos = e + 1
  end
end
for i = 1, #lines, 3 do
  local n, w = string.match(lines[i], "^line (%d+): (%a+)")
  total = total + n + #w
end
print(string.format("find: %d", total))
