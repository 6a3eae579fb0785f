local function adder(n: number): (number) -> number
  return function(x) return x + n end
end
local add2 = adder(2)
local r: number = add2(3)
add2("3") -- expect-error: TYPE_MISMATCH
local bad: (number) -> number = function(x) return x .. "" end -- expect-error: TYPE_MISMATCH
print(r, bad)
