local t: {items: {number}} = {items = {1}}
local n: integer = #t
local m: integer = #t.items
print(n, m)
