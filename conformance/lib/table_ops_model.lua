-- Random insert/remove/move sequences checked against a plain Lua model
-- of what they should do.
local seed = 11
local function rand(n)
  seed = (seed * 1103515245 + 12345) % 2147483648
  return (seed >> 16) % n
end
local t, m = {}, {}
local function model_insert(pos, v)
  for i = #m, pos, -1 do m[i + 1] = m[i] end
  m[pos] = v
end
local function model_remove(pos)
  local v = m[pos]
  for i = pos, #m - 1 do m[i] = m[i + 1] end
  m[#m] = nil
  return v
end
local mismatches, ops = 0, 0
for step = 1, 5000 do
  local op = rand(5)
  if op <= 1 then
    local pos = rand(#t + 1) + 1
    table.insert(t, pos, step)
    model_insert(pos, step)
  elseif op == 2 and #t > 0 then
    local pos = rand(#t) + 1
    local a, b = table.remove(t, pos), model_remove(pos)
    if a ~= b then mismatches = mismatches + 1 end
  elseif op == 3 then
    table.insert(t, -step)
    m[#m + 1] = -step
  elseif #t > 2 then
    local f = rand(#t) + 1
    local e = f + rand(#t - f + 1)
    local to = rand(#t) + 1
    local copy = {}
    for i = f, e do copy[#copy + 1] = m[i] end
    if e - f + to <= #t then
      table.move(t, f, e, to)
      for i = 1, #copy do m[to + i - 1] = copy[i] end
    end
  end
  ops = ops + 1
  if #t ~= #m then mismatches = mismatches + 1 end
end
for i = 1, #m do if t[i] ~= m[i] then mismatches = mismatches + 1 end end
print(ops, #t, mismatches)
print(table.concat(t, ",", 1, 10))
-- sort what is left, with and without comparator
table.sort(t)
local ok = true
for i = 2, #t do if t[i - 1] > t[i] then ok = false end end
table.sort(t, function(a, b) return a > b end)
for i = 2, #t do if t[i - 1] < t[i] then ok = false end end
print(ok, t[1], t[#t])
