-- String functions inside coroutines: callbacks cannot yield across them.
local co = coroutine.create(function()
  return string.gsub("abc", "%w", function(c) coroutine.yield(c) end)
end)
print(coroutine.resume(co))
print(coroutine.status(co))
local gen = coroutine.wrap(function()
  for w in ("x y z"):gmatch("%a") do coroutine.yield(w:upper()) end
end)
print(gen(), gen(), gen())
local co2 = coroutine.create(function(s)
  local parts = ""
  for a, b in s:gmatch("(%w)(%d)") do
    parts = parts .. a .. b
    s = coroutine.yield(parts)
  end
  return "end", s
end)
print(coroutine.resume(co2, "a1b2c3"))
print(coroutine.resume(co2, "ignored"))
print(coroutine.resume(co2, "ignored"))
print(coroutine.resume(co2, "last"))
local co3 = coroutine.wrap(function()
  local ok, err = pcall(string.gsub, "abc", "b", function() coroutine.yield() end)
  return ok, err
end)
print(co3())
local co4 = coroutine.wrap(function()
  return string.rep("ab", 3), select("#", string.byte("xyz", 1, -1)), string.format("%5.2f", 1 / 3)
end)
print(co4())
