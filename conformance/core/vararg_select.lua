-- covers: varargs with select('#'), select(n), negative indices, nils in varargs
local function count(...) return select("#", ...) end
print(count(), count(nil), count(nil, nil), count(1, nil, 3, nil))
local function pick(n, ...) return select(n, ...) end
print(pick(1, "a", "b", "c"))
print(pick(2, "a", "b", "c"))
print(pick(3, "a", "b", "c"))
print(pick(4, "a", "b", "c"))
print(pick(-1, "a", "b", "c"))
print(pick(-2, "a", "b", "c"))
print(pick(-3, "a", "b", "c"))
print(pick("#", "a", "b"))
print(pick(2.0, "x", "y"))
print(pcall(select, 0, "a"))
print(pcall(select, -4, "a", "b", "c"))
print(pcall(select, "x"))
print(pcall(select, 1.5, "a"))
print(pcall(select))
print(select(-1, nil, nil))
print(select("#", select(2, 1, 2, 3)))
-- iterating varargs with select
local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do
    local v = select(i, ...)
    s = s + (v or 0)
  end
  return s
end
print(sum(), sum(1), sum(1, 2, 3), sum(1, nil, 3))
-- vararg in table constructor keeps trailing nils for select, not for #
local function pack(...) return {n = select("#", ...), ...} end
local p = pack(1, nil, 3, nil)
print(p.n, p[1], p[2], p[3], p[4])
-- select with the string '#' only
print(pcall(select, "#x", 1))
