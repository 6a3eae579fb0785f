-- gmatch iterates over successive matches.
for w in string.gmatch("one two  three", "%a+") do print(w) end
for n in ("1,22,,333"):gmatch("%d+") do print(n, #n) end
local count = 0
for _ in ("aaaa"):gmatch("a") do count = count + 1 end
print("count", count)
for c in ("abc"):gmatch(".") do print(c) end
for x in ("no match"):gmatch("%d") do print("never", x) end
for w in string.gmatch(12345, "%d%d") do print(w) end
print(pcall(string.gmatch))
print(pcall(string.gmatch, "x"))
print(type(string.gmatch("a", "a")))
