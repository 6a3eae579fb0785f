-- covers: an uncaught select() range error at top level; select with
-- '#', negative indices, indices past the end, and the pcall form first
local function pack(...) return select("#", ...), {...} end
local n, t = pack(1, nil, 3, nil)
print(n, #{1, 2, 3}, t[3])
print(select(-1, "a", "b", "c"))
print(select(-3, "a", "b", "c"))
print(select(2, "a", "b", "c"))
print(select(4, "a", "b", "c"))
print(select("#"))
print(select("2", "x", "y"))
print(pcall(select, 0, "a"))
print(pcall(select, -4, "a", "b", "c"))
print(pcall(select, "x"))
print(pcall(select, 1.5, "a"))
print(pcall(select))
local function last(...) return (select(-1, ...)) end
print(last(1, 2, 3), pcall(last))
local function count_nils(...)
  local c = 0
  for i = 1, select("#", ...) do if select(i, ...) == nil then c = c + 1 end end
  return c
end
print(count_nils(nil, 1, nil, nil, 2), count_nils())
print("now calling select(-2, 'only')")
print(select(-2, "only"))
