-- Lookups through __index chains of tables, repeated while the tables of
-- the chain change in every way a program can change them: each result
-- must reflect the tables as they are now, not as they were at the
-- previous lookup.

local Base = {}
Base.__index = Base
function Base:who() return "base" end
function Base:size() return 1 end

local Mid = setmetatable({}, Base)
Mid.__index = Mid
function Mid:who() return "mid" end

local Leaf = setmetatable({}, Mid)
Leaf.__index = Leaf

local obj = setmetatable({}, Leaf)
local function show(label)
  local extra = obj.extra
  if type(extra) == "function" then extra = "a function" end
  print(label, obj:who(), obj:size(), extra)
end

show("start")
for _ = 1, 3 do obj:who() end                 -- repeated lookups

function Leaf:who() return "leaf" end          -- a closer definition
show("leaf defines who")

Leaf.who = nil                                 -- removed again
show("leaf drops who")

rawset(Mid, "who", function() return "mid2" end)
show("rawset in mid")

Base.size = function() return 2 end            -- replaced at the far end
show("base size 2")

Base.extra = "x"                               -- a field that was absent
show("base extra")

obj.extra = "own"                              -- shadowed by the object
show("own extra")
obj.extra = nil
show("own extra gone")

-- The chain itself changes: a metatable's __index, a class's metatable.
local Other = { who = function() return "other" end, size = function() return 9 end }
Leaf.__index = Other
show("leaf index other")
Leaf.__index = Leaf
show("leaf index back")

setmetatable(Mid, { __index = Other })
show("mid meta other")
setmetatable(Mid, Base)
show("mid meta base")

-- __index becomes a function, then a table again.
Leaf.__index = function(_, k) return function() return "fn " .. k end end
show("leaf index fn")
Leaf.__index = Leaf
show("leaf index table")

-- The object changes class.
setmetatable(obj, Mid)
show("obj now mid")
setmetatable(obj, Leaf)
show("obj leaf again")

-- Changes through next-driven clearing and table functions.
Mid.tmp1, Mid.tmp2 = 1, 2
print(obj.tmp1, obj.tmp2)
for k in pairs(Mid) do if k == "tmp1" or k == "tmp2" then Mid[k] = nil end end
print(obj.tmp1, obj.tmp2)

-- Many classes with the same method names, so lookups of one key come
-- from many metatables; each must find its own class's method.
local classes, objects = {}, {}
for i = 1, 100 do
  local C = {}
  C.__index = C
  C.id = function() return i end
  classes[i] = C
  objects[i] = setmetatable({}, C)
end
local sum = 0
for round = 1, 3 do
  for i = 1, 100 do sum = sum + objects[i]:id() end
  classes[round * 7].id = function() return 1000 end
end
print("many classes", sum)

-- A long chain (150 levels), and a short one looked up twice.
local chainTop = {}
local t = chainTop
for _ = 1, 150 do
  local nxt = {}
  setmetatable(t, { __index = nxt })
  t = nxt
end
t.deep = "found"
print(pcall(function() return chainTop.deep end))
local short = setmetatable({}, { __index = setmetatable({}, { __index = { deep = "near" } }) })
print(short.deep, short.deep)

-- Strings and their library table.
local s = "abc"
print(s:upper(), s:len())
function string.shout(x) return x:upper() .. "!" end
print(s:shout())
string.shout = nil
print(pcall(function() return s:shout() end))
