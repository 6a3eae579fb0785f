-- covers: pairs/next traversal visiting every key exactly once (order-independent: keys sorted)
local function isort(t, lt)
  for i = 2, #t do
    local v = t[i]
    local j = i - 1
    while j >= 1 and lt(v, t[j]) do
      t[j + 1] = t[j]
      j = j - 1
    end
    t[j + 1] = v
  end
end
local function keyrank(k)
  local ty = type(k)
  if ty == "number" then return 1 elseif ty == "string" then return 2 else return 3 end
end
local function lt(a, b)
  local ra, rb = keyrank(a), keyrank(b)
  if ra ~= rb then return ra < rb end
  if ra == 3 then return tostring(a) < tostring(b) end
  return a < b
end
local t = {10, 20, 30, x = "X", y = "Y", [100] = "h", [-1] = "neg", [2.5] = "f", [true] = "T"}
local keys = {}
for k in pairs(t) do keys[#keys + 1] = k end
isort(keys, lt)
for i = 1, #keys do print(keys[i], t[keys[i]]) end
-- next gives the same set
local count = 0
local k = next(t)
while k ~= nil do
  count = count + 1
  k = next(t, k)
end
print("count", count, #keys)
-- clearing fields during traversal is allowed
for key in pairs(t) do t[key] = nil end
print(next(t))
-- pairs on an array part returns the integer keys
local arr = {}
for i = 1, 5 do arr[i] = i * i end
local sum, ks = 0, 0
for key, v in pairs(arr) do sum = sum + v; ks = ks + key end
print(sum, ks)
-- pairs returns next, the table and nil
local f, s, init = pairs(arr)
print(f == next, s == arr, init)
