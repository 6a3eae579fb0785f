-- The contents of the table library and how its functions are named in errors.
local names = {}
for k, v in pairs(table) do names[#names + 1] = k .. ":" .. type(v) end
table.sort(names)
print(table.concat(names, " "))
print(package.loaded.table == table, table.maxn, table.getn, table.setn, table.foreach, unpack)
-- a local alias reports the name used at the call site
local ins = table.insert
print(pcall(function() ins({}, 9, 9) end))
local t = {fn = table.remove}
print(pcall(function() t.fn({}, 9) end))
-- a method-style call on a table holding the function
local obj = {concat = table.concat}
print(pcall(function() return obj:concat({}) end))
local bad = {insert = table.insert}
print(pcall(function() return bad:insert(0, 1) end))
local str = setmetatable({}, {__index = {sort = table.sort}})
print(pcall(function() return str:sort(1) end))
print(obj:concat(","), obj.concat({"a", "b"}))
