-- covers: goto used to implement loops, retry logic, and nested continue labels
-- bubble sort with goto-based loops
local t = {5, 1, 4, 2, 8, 0}
local n = #t
::outer::
local swapped = false
do
  local i = 1
  ::inner::
  if i < n then
    if t[i] > t[i + 1] then t[i], t[i + 1] = t[i + 1], t[i]; swapped = true end
    i = i + 1
    goto inner
  end
end
if swapped then goto outer end
print(t[1], t[2], t[3], t[4], t[5], t[6])
-- retry with a counter
local attempts = 0
::retry::
attempts = attempts + 1
if attempts < 4 then goto retry end
print("attempts", attempts)
-- continue in nested loops at two levels
local out = ""
for i = 1, 3 do
  for j = 1, 3 do
    if j == 2 then goto continue_inner end
    if i == 2 then goto continue_outer end
    out = out .. i .. j .. " "
    ::continue_inner::
  end
  ::continue_outer::
end
print(out)
-- goto out of a deeply nested block
local found
for a = 1, 5 do
  for b = 1, 5 do
    for c = 1, 5 do
      if a * a + b * b == c * c then found = a .. "," .. b .. "," .. c; goto found_it end
    end
  end
end
::found_it::
print(found)
-- goto inside a while with locals declared after the label
local k = 0
while k < 3 do
  k = k + 1
  ::redo::
  local v = k * 2
  if v == 100 then goto redo end
end
print("k", k)
