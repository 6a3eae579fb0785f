-- covers: long brackets [[...]] with levels, leading newline skipping, long comments
local a = [[hello]]
local b = [[
first line
second line]]
local c = [==[contains ]] and ]=] inside]==]
local d = [=[
]=]
local e = [[]]
print(a)
print(b)
print(c)
print(#d, #e)
--[[ a long comment
print("not printed")
]]
--[==[ another
]] still comment
]==]
print("after comments")
local f = [[no \n escapes \t here]]
print(f, #f)
local g = [[
  indented
    more]]
print(g)
print([[a]] .. [=[b]=] .. [===[c]===])
local h = [[

two newlines above, only the first is skipped]]
print(h)
print(#[[
]], #[[

]])
--[[ single line long comment ]] print("same line after long comment")
---[[ this is a line comment, not a long one
print("active")
--]]
