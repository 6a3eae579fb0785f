-- table.sort with '<' and with comparators.
local function show(t)
  local parts = {}
  for i = 1, #t do parts[i] = tostring(t[i]) end
  print(table.concat(parts, " "))
end
local t = {5, 3, 1, 4, 2}
table.sort(t)
show(t)
table.sort(t, function(a, b) return a > b end)
show(t)
t = {"pear", "apple", "fig", "banana", "Apple", "apple2", ""}
table.sort(t)
show(t)
-- mixed integers and floats compare by value
t = {3, 1.5, 2, -0.5, 10, 2.25, math.mininteger, math.maxinteger, -math.huge, math.huge}
table.sort(t)
show(t)
-- empty, single element and two elements
t = {} table.sort(t) show(t)
t = {1} table.sort(t) show(t)
t = {2, 1} table.sort(t) show(t)
t = {1, 2} table.sort(t, function(a, b) return a > b end) show(t)
-- nil comparator means '<'
t = {3, 2, 1} table.sort(t, nil) show(t)
-- duplicates
t = {3, 1, 3, 1, 2, 2, 3, 1}
table.sort(t)
show(t)
-- already sorted and reversed inputs
t = {} for i = 1, 50 do t[i] = i end
table.sort(t, function(a, b) return a > b end)
print(t[1], t[25], t[50])
table.sort(t)
print(t[1], t[25], t[50])
-- sort by a key
local people = {
  {name = "ann", age = 31}, {name = "bob", age = 25}, {name = "cid", age = 40},
  {name = "dee", age = 19}, {name = "eve", age = 33},
}
table.sort(people, function(a, b) return a.age < b.age end)
local names = {}
for i, p in ipairs(people) do names[i] = p.name end
print(table.concat(names, " "))
table.sort(people, function(a, b) return a.name > b.name end)
local names = {}
for i, p in ipairs(people) do names[i] = p.name end
print(table.concat(names, " "))
-- strings compare bytewise
t = {"b", "a\0b", "a", "a\0a", "\255", "ab"}
table.sort(t)
local lens = {}
for i = 1, #t do lens[i] = #t[i] end
print(table.concat(lens, " "), t[1] == "a", t[2] == "a\0a", t[3] == "a\0b", t[6] == "\255")
-- sort returns nothing
print(select("#", table.sort({2, 1})))
