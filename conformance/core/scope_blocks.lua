-- covers: lexical scoping: do-blocks, shadowing, locals in if/while/for bodies, same-name locals
local x = 1
do
  local x = 2
  print("inner", x)
  do
    local x = x + 1
    print("innermost", x)
  end
  print("inner again", x)
end
print("outer", x)
-- local declared later in the same block shadows from that point on
local y = "first"
local function gety1() return y end
local y = "second"
local function gety2() return y end
print(gety1(), gety2(), y)
-- initialiser sees the outer variable, not the new one
local z = 10
local z = z * 2
print(z)
-- if/else blocks have their own scope
if true then local scoped = "if-block" print(scoped) end
print(scoped)
-- local function vs local variable holding a function
local function f() return "f1" end
local g = f
local function f() return "f2" end
print(g(), f())
-- for loop variable scope
for i = 1, 1 do local i = "shadow " .. i; print(i) end
-- many locals in one function
local a1, a2, a3, a4, a5, a6, a7, a8, a9, a10 = 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
local sum = a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10
print(sum)
-- globals vs locals with the same name
shadowed = "global"
local shadowed = "local"
print(shadowed, _G.shadowed)
_G.shadowed = nil
-- multiple assignment to locals declared in the same statement
local p, q = 1, 2
local p, q = q, p
print(p, q)
-- nested functions see enclosing locals at call time
local counter = 0
local function bump() counter = counter + 1 end
bump(); bump()
print(counter)
-- block with local that is never initialised
do local u; print(u) end
-- while loop body scope is fresh each iteration
local n = 0
while n < 2 do
  local fresh
  print("fresh is", fresh)
  fresh = n
  n = n + 1
end
