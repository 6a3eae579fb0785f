-- covers: goto/labels: continue idiom, breaking out of nested loops, backward jumps
for i = 1, 6 do
  if i % 2 == 0 then goto continue end
  print("odd", i)
  ::continue::
end
-- breaking out of nested loops
for i = 1, 3 do
  for j = 1, 3 do
    if i * j == 4 then
      print("found", i, j)
      goto done
    end
  end
end
::done::
-- backward goto forms a loop
local n = 0
::top::
n = n + 1
if n < 5 then goto top end
print("n", n)
-- goto in while loop as continue
local k = 0
local evens = 0
while k < 10 do
  k = k + 1
  if k % 2 == 1 then goto next end
  evens = evens + 1
  ::next::
end
print("evens", evens)
-- repeat with continue label before until
local r = 0
local seen = ""
repeat
  r = r + 1
  if r == 2 then goto cont end
  seen = seen .. r
  ::cont::
until r >= 4
print("seen", seen)
-- goto jumps over local declarations at block end
do
  goto skip
  local unused = 1
  ::skip::
end
print("skipped")
-- labels with the same name in different blocks / functions
do ::same:: end
do ::same:: end
local function f() goto l ::l:: return "in f" end
print(f())
-- closures created in a goto loop capture fresh locals each time
local fns = {}
local i = 1
::again::
do
  local captured = i
  fns[i] = function() return captured end
end
i = i + 1
if i <= 3 then goto again end
print(fns[1](), fns[2](), fns[3]())
