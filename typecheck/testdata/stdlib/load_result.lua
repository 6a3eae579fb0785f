--!strict
local fn, err = load("return 1")
if fn then
  print(fn())
else
  print(err)
end
local g = load("return 2")
print(g()) -- expect-error: NIL_ACCESS
