-- Reading numbers from standard input until one fails.
local sum, count = 0, 0
while true do
  local v = io.read("n")
  if not v then break end
  sum = sum + v
  count = count + 1
  print(count, v, math and "" or "", type(v))
end
print("sum", sum, "count", count)
print("rest", io.read("a"))
