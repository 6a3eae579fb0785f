-- The first program: a greeting and a little arithmetic.
--   go run ./cmd/wippy-lua run examples/hello.lua [name]

local name = ... or "world"
print("Hello, " .. name .. ", from wippy-lua (" .. _VERSION .. ")!")

-- Sum of the first 100 squares, with integer arithmetic.
local sum = 0
for i = 1, 100 do
  sum = sum + i * i
end
print("1^2 + 2^2 + ... + 100^2 = " .. sum)

-- Integers and floats are distinct subtypes of number, as in Lua 5.3.
print("7 // 2 = " .. 7 // 2 .. ", 7 / 2 = " .. 7 / 2 .. ", 2^10 = " .. 2^10)
