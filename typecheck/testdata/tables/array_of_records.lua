type Item = {name: string, qty: integer}
local items: {Item} = {
  {name = "a", qty = 1},
  {name = "b", qty = 2},
  {name = "c"}, -- expect-error: MISSING_FIELD
}
local total = 0
for _, it in ipairs(items) do
  total = total + it.qty
end
table.insert(items, {name = "d", qty = 4})
print(total)
