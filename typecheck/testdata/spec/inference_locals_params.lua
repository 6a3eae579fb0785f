-- spec "Checker": inference for unannotated locals from their
-- initialiser; unannotated parameters are any.
local count = 0 -- integer (the literal widened)
local name = "n" -- string
local ratio = 0.5 -- number
local flags = {true, false} -- {boolean}
local c: string = count -- expect-error: TYPE_MISMATCH
local r: integer = ratio -- expect-error: TYPE_MISMATCH
local f: {string} = flags -- expect-error: TYPE_MISMATCH
local function loose(a, b)
  -- a and b are any: nothing about them is checked
  return a.field + b(1)
end
local fromLoose: number = loose({field = 1}, function(x) return x end)
local function typed(a: number)
  return a * 2 -- the result is inferred: number
end
local doubled: string = typed(2) -- expect-error: TYPE_MISMATCH
print(name, c, r, f, fromLoose, doubled)
