-- covers: deterministic serialisation of nested tables (sorted keys), cycle detection
local function isort(t, lt)
  for i = 2, #t do
    local v, j = t[i], i - 1
    while j >= 1 and lt(v, t[j]) do t[j + 1] = t[j]; j = j - 1 end
    t[j + 1] = v
  end
end
local function keylt(a, b)
  local ta, tb = type(a), type(b)
  if ta ~= tb then return ta < tb end
  if ta == "boolean" then return (not a) and b end
  return a < b
end
local function serialize(v, seen)
  seen = seen or {}
  local t = type(v)
  if t == "string" then return '"' .. v .. '"' end
  if t ~= "table" then return tostring(v) end
  if seen[v] then error("cycle detected", 0) end
  seen[v] = true
  local keys = {}
  for k in pairs(v) do keys[#keys + 1] = k end
  isort(keys, keylt)
  local parts = ""
  for i = 1, #keys do
    local k = keys[i]
    local ks = type(k) == "string" and k or "[" .. serialize(k, seen) .. "]"
    parts = parts .. ks .. "=" .. serialize(v[k], seen) .. (i < #keys and "," or "")
  end
  seen[v] = nil
  return "{" .. parts .. "}"
end
print(serialize({1, 2, 3}))
print(serialize({b = 2, a = 1, c = {z = true, y = false}}))
print(serialize({[10] = "ten", [1.5] = "f", [true] = "t", [false] = "f", name = "n", "first"}))
print(serialize({}))
print(serialize({{}, {{}}, {x = {y = {z = -0.0}}}}))
local shared = {v = 1}
print(serialize({a = shared, b = shared}))
local cyc = {}
cyc.self = cyc
print(pcall(serialize, cyc))
print(serialize(42), serialize("s"), serialize(nil), serialize(1e100))
