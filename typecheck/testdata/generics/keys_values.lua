local function keys<K, V>(m: {[K]: V}): {K}
  local out: {K} = {}
  for k in pairs(m) do table.insert(out, k) end
  return out
end
local ks: {string} = keys({a = 1, b = 2})
local m: {[string]: boolean} = {x = true}
local ks2: {string} = keys(m)
local bad: {number} = keys(m) -- expect-error: TYPE_MISMATCH
print(ks, ks2, bad)
