-- covers: numeric for with integer/float start, limit and step; negative steps; empty loops
local function run(a, b, c)
  local out = {}
  if c then
    for i = a, b, c do out[#out + 1] = tostring(i) end
  else
    for i = a, b do out[#out + 1] = tostring(i) end
  end
  local s = ""
  for i = 1, #out do s = s .. out[i] .. (i < #out and " " or "") end
  print("[" .. s .. "]")
end
run(1, 5)
run(1, 10, 3)
run(5, 1, -1)
run(10, 1, -4)
run(1, 0)
run(0, -1, 1)
run(1, 1)
run(1.0, 3)
run(1, 3.0)
run(1, 3, 1.0)
run(0.5, 2)
run(0, 1, 0.25)
run(1, 0, -0.5)
run(1, 3.7)
run(1, -3.7, -1)
run(-3, -1)
run(3, 2.9)
run(1, 2.9999)
run(0.1, 0.35, 0.1)
run("1", 3)
run(1, "3")
run(2, 1, "-1")
-- loop variable is a copy; modifying it does not change the iteration
local visits = 0
for i = 1, 3 do
  i = i * 100
  visits = visits + 1
end
print(visits)
-- the limit and step are evaluated once
local limit = 3
local count = 0
for i = 1, limit do limit = 10; count = count + 1 end
print(count, limit)
-- loop variable not visible after the loop
local i = "outer"
for i = 1, 2 do end
print(i)
-- nested numeric loops
local total = 0
for a = 1, 10 do for b = a, 10 do total = total + 1 end end
print(total)
