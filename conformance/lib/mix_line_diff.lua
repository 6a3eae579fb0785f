-- covers: a line-based diff via LCS over lines split with gmatch, output
-- in a unified-like format with string.format, table.insert at the front
-- for backtracking, and table.concat joining hunks
local function lines(s)
  local t = {}
  for l in (s .. "\n"):gmatch("(.-)\n") do t[#t + 1] = l end
  if t[#t] == "" then t[#t] = nil end
  return t
end

local function diff(a, b)
  local n, m = #a, #b
  local L = {}
  for i = 0, n do L[i] = {}; for j = 0, m do L[i][j] = 0 end end
  for i = n - 1, 0, -1 do
    for j = m - 1, 0, -1 do
      if a[i + 1] == b[j + 1] then L[i][j] = L[i + 1][j + 1] + 1
      else L[i][j] = math.max(L[i + 1][j], L[i][j + 1]) end
    end
  end
  local ops, i, j = {}, 0, 0
  while i < n and j < m do
    if a[i + 1] == b[j + 1] then table.insert(ops, {" ", a[i + 1]}); i, j = i + 1, j + 1
    elseif L[i + 1][j] >= L[i][j + 1] then table.insert(ops, {"-", a[i + 1]}); i = i + 1
    else table.insert(ops, {"+", b[j + 1]}); j = j + 1 end
  end
  while i < n do i = i + 1; table.insert(ops, {"-", a[i]}) end
  while j < m do j = j + 1; table.insert(ops, {"+", b[j]}) end
  return ops, L[0][0]
end

local old = [[
local x = 1
local y = 2
print(x + y)
-- comment
return x]]
local new = [[
local x = 1
local z = 3
print(x + z)
-- comment
-- another
return x]]

local a, b = lines(old), lines(new)
local ops, common = diff(a, b)
print(#a, #b, "common", common)
local add, del = 0, 0
for _, op in ipairs(ops) do
  print(op[1] .. op[2])
  if op[1] == "+" then add = add + 1 elseif op[1] == "-" then del = del + 1 end
end
print(string.format("%d insertion(s)(+), %d deletion(s)(-)", add, del))

-- character-level diff on short strings, compact output
local function chars(s)
  local t = {}
  for c in s:gmatch(".") do t[#t + 1] = c end
  return t
end
for _, p in ipairs{{"kitten", "sitting"}, {"abc", "abc"}, {"", "xyz"}, {"abcdef", ""}, {"banana", "ananas"}} do
  local o = diff(chars(p[1]), chars(p[2]))
  local out = {}
  for _, op in ipairs(o) do
    out[#out + 1] = op[1] == " " and op[2] or ("[" .. op[1] .. op[2] .. "]")
  end
  print(string.format("%-8s %-8s %s", p[1], p[2], table.concat(out)))
end
-- edge: lines() handles trailing newline, empty lines, and \r kept as data
local t = lines("a\n\nb\r\n")
print(#t, #t[2], t[3] == "b\r", #lines(""), #lines("\n"))
