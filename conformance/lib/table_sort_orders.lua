-- covers: table.sort with several comparators whose results are unique
-- (multi-key records, descending numbers, case-insensitive words with a
-- tie breaker, byte order with high bytes and zeros, __lt objects, mixed
-- int/float), plus sorting the output of gmatch and utf8.codes
local function show(t, f)
  local out = {}
  for i, v in ipairs(t) do out[i] = f and f(v) or tostring(v) end
  print(table.concat(out, " "))
end
local people = {
  {name = "ann", age = 31, city = "Oslo"}, {name = "bob", age = 25, city = "Rome"},
  {name = "cid", age = 31, city = "Bern"}, {name = "dee", age = 25, city = "Oslo"},
  {name = "eve", age = 40, city = "Rome"}, {name = "fay", age = 31, city = "Oslo"},
}
table.sort(people, function(a, b)
  if a.city ~= b.city then return a.city < b.city end
  if a.age ~= b.age then return a.age > b.age end
  return a.name < b.name
end)
show(people, function(p) return p.city .. "/" .. p.age .. "/" .. p.name end)

local nums = {}
local x = 99
for i = 1, 30 do x = (x * 37 + 11) % 1009; nums[i] = x end
table.sort(nums, function(a, b) return a > b end)
show(nums)

local words = {}
for w in ("Delta alpha Charlie bravo echo Alpha delta Bravo"):gmatch("%a+") do words[#words + 1] = w end
table.sort(words, function(a, b)
  local la, lb = a:lower(), b:lower()
  if la ~= lb then return la < lb end
  return a < b
end)
show(words)

local bin = {"b\0", "b", "a\255", "a\0\1", "\128", "", "a", "\0"}
table.sort(bin)
show(bin, function(s) return string.format("%q", s) end)

local mt = {__lt = function(a, b) return a.v < b.v end}
local objs = {}
for _, v in ipairs{5, -1, 3.5, 2, 8, 0} do objs[#objs + 1] = setmetatable({v = v}, mt) end
table.sort(objs)
show(objs, function(o) return o.v end)

local mixed = {3, 2.5, -1, 1e10, -0.5, math.mininteger, 7, 2^53, 1}
table.sort(mixed)
show(mixed, function(v) return v .. ":" .. math.type(v):sub(1, 1) end)

local cps = {}
for _, c in utf8.codes("zéa日b🙂") do cps[#cps + 1] = c end
table.sort(cps, function(a, b) return a > b end)
print(utf8.char(table.unpack(cps)))

-- sort by a computed key (length, then alphabetical), via decorate-sort-undecorate
local items = {"ccc", "a", "bb", "aaa", "b", "dddd", "ab"}
local dec = {}
for i, s in ipairs(items) do dec[i] = {#s, s} end
table.sort(dec, function(p, q) if p[1] ~= q[1] then return p[1] < q[1] end return p[2] < q[2] end)
show(dec, function(d) return d[2] end)
-- comparator errors propagate with their messages
print(pcall(table.sort, {3, 1, 2}, function(a, b) error("cmp failed") end))
print(pcall(table.sort, {1, "x"}))
print(pcall(table.sort, {{}, {}}))
