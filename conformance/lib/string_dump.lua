-- string.dump produces a binary chunk that load can read back.
local function add(a, b) return a + b end
local d = string.dump(add)
print(type(d), d:byte(1) == 27, #d > 0)
local f = load(d, "dumped", "b")
print(f(2, 3), f(1.5, 1))
print(load(string.dump(add, true))(10, 20))
print(#string.dump(add, true) <= #d)
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
print(pcall(load(string.dump(fact)), 5))
local x = 10
local function up() return x end
local g = load(string.dump(up))
print(type(g()))
print(pcall(load, d, "text only", "t"))
print(pcall(string.dump, print))
print(pcall(string.dump, string.dump))
print(pcall(string.dump))
print(pcall(string.dump, {}))
print(pcall(string.dump, "function"))
local co = load("local a = ... return a * 2")
print(load(string.dump(co))(21))
