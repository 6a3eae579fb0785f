type List<T> = {items: {T}}
local function push<T>(l: List<T>, v: T)
  table.insert(l.items, v)
end
local l: List<string> = {items = {}}
push(l, "a")
local function get<T>(l2: List<T>, i: integer): T
  return l2.items[i]
end
local s: string = get(l, 1)
local n: number = get(l, 1) -- expect-error: TYPE_MISMATCH
print(s, n)
