-- covers: each loop iteration gets a fresh local (numeric for, generic for, while, repeat)
local fs = {}
for i = 1, 3 do fs[#fs + 1] = function() return i end end
print(fs[1](), fs[2](), fs[3]())
local gs = {}
for k, v in ipairs({"a", "b", "c"}) do gs[#gs + 1] = function() return k .. v end end
print(gs[1](), gs[2](), gs[3]())
local ws = {}
local n = 0
while n < 3 do
  n = n + 1
  local captured = n * 10
  ws[n] = function() captured = captured + 1; return captured end
end
print(ws[1](), ws[1](), ws[2](), ws[3]())
local rs = {}
local m = 0
repeat
  m = m + 1
  local local_m = m
  rs[m] = function() return local_m end
until m == 3
print(rs[1](), rs[2](), rs[3]())
-- modifying the loop variable inside a closure does not affect the loop
local seen = {}
for i = 1, 3 do
  local bump = function() i = i + 100; return i end
  seen[#seen + 1] = bump()
  seen[#seen + 1] = i
end
print(seen[1], seen[2], seen[3], seen[4], seen[5], seen[6])
-- closures created in the same iteration share the variable
local getters, setters = {}, {}
for i = 1, 2 do
  getters[i] = function() return i end
  setters[i] = function(v) i = v end
end
setters[1](42)
print(getters[1](), getters[2]())
-- nested loops
local grid = {}
for r = 1, 2 do
  for c = 1, 2 do
    grid[#grid + 1] = function() return r * 10 + c end
  end
end
print(grid[1](), grid[2](), grid[3](), grid[4]())
-- closure in loop with break
local saved
for i = 1, 10 do
  if i == 4 then saved = function() return i end; break end
end
print(saved())
