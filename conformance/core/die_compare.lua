-- covers: uncaught comparison error between a number and nil in a loop condition
local function maxof(list)
  local best = list[1]
  for i = 2, #list do
    if list[i] > best then best = list[i] end
  end
  return best
end
print(maxof({3, 9, 2}), maxof({-1.5, -3}), maxof({"b", "a", "c"}))
print(pcall(maxof, {1, "2"}))
print(pcall(maxof, {{}, {}}))
-- mixed int/float comparisons are fine
print(1 < 1.5, 2.0 <= 2, -0.0 < 0, 3 > 2.999)
local data = {3, 1, 2}
local best = data[1]
for i = 2, #data + 1 do
  print("checking", i)
  if data[i] > best then best = data[i] end
end
print("never printed", best)
