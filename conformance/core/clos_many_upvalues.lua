-- covers: closures capturing many upvalues and deep chains of enclosing functions
local a1, a2, a3, a4, a5, a6, a7, a8, a9, a10 = 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
local b1, b2, b3, b4, b5, b6, b7, b8, b9, b10 = 11, 12, 13, 14, 15, 16, 17, 18, 19, 20
local function sumall()
  return a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + b1 + b2 + b3 + b4 + b5 + b6 + b7 + b8 + b9 + b10
end
print(sumall())
a1, b10 = 100, 200
print(sumall())
local function bumpall()
  a1, a2, a3, a4, a5 = a1 + 1, a2 + 1, a3 + 1, a4 + 1, a5 + 1
end
bumpall()
print(a1, a2, a5, sumall())
-- a chain of 20 nested functions, each adding its own local
local function chain()
  local v1 = 1
  return function() local v2 = 2
  return function() local v3 = 3
  return function() local v4 = 4
  return function() local v5 = 5
  return function() local v6 = 6
  return function() local v7 = 7
  return function() local v8 = 8
  return function() local v9 = 9
  return function() local v10 = 10
    return v1 + v2 + v3 + v4 + v5 + v6 + v7 + v8 + v9 + v10
  end end end end end end end end end
end
print(chain()()()()()()()()()())
-- upvalues shared between siblings at the deepest level
local function siblings()
  local shared = 0
  local inc = function() shared = shared + 1 end
  local dec = function() shared = shared - 1 end
  local get = function() return shared end
  return inc, dec, get
end
local inc, dec, get = siblings()
inc(); inc(); inc(); dec()
print(get())
-- a closure per element capturing element and index
local fns = {}
local data = {"x", "y", "z"}
for i, v in ipairs(data) do fns[i] = function(suffix) return i .. v .. suffix end end
data[1] = "changed"
print(fns[1]("!"), fns[2]("?"), fns[3](""))
