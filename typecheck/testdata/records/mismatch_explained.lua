-- The message says which field differs (see the expected text in
-- typecheck's Go tests); here only the codes are checked.
type A = {id: number, tags: {string}}
local a: A = {id = 1, tags = {}}
local wrong = {id = "1", tags = {}}
local b: A = wrong -- expect-error: TYPE_MISMATCH
local ints: {integer} = {1}
local nums: {number} = ints -- expect-error: TYPE_MISMATCH
print(a, b, nums)
