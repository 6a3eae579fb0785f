-- Each gmatch iterator has its own state; a finished one stays finished.
local it = ("a1b2"):gmatch("%a%d")
print(it(), it(), it(), it())
local i1, i2 = ("xyz"):gmatch("."), ("xyz"):gmatch(".")
print(i1(), i1(), i2(), i1(), i2())
local words = {}
for w in ("red green blue"):gmatch("%a+") do
  for c in w:gmatch("^?.") do words[#words + 1] = c break end
end
print(words[1], words[2], words[3], #words)
local co = coroutine.wrap(function()
  for w in ("alpha beta gamma"):gmatch("%a+") do coroutine.yield(w) end
  return "done"
end)
print(co(), co(), co(), co())
local s = "shared"
local a, b = s:gmatch("."), s:gmatch("..")
print(a(), b(), a(), b(), a(), b(), b())
