local function f(): ()
  print("nothing")
end
local function g(): ()
  return 1 -- expect-error: RETURN_COUNT
end
f()
g()
