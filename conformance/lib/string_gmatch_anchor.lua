-- In Lua 5.3, gmatch treats '^' as an ordinary character.
for x in ("^a^a"):gmatch("^a") do print(x) end
local n = 0
for x in ("aaa"):gmatch("^a") do n = n + 1 end
print("anchored matches", n)
for x in ("a^b"):gmatch("[%^b]") do print(x) end
for x in ("ab"):gmatch("b$") do print("end", x) end
for x in ("a$b"):gmatch("a$") do print("mid", x) end
