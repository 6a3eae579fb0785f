-- Empty matches advance one position; a match never repeats at the end of
-- the previous one.
local function all(s, p)
  local out = ""
  for a in s:gmatch(p) do out = out .. "[" .. tostring(a) .. "]" end
  print(p, out)
end
all("abc", "")
all("abc", "()")
all("abc", "b*")
all("abc", "x*")
all("aab", "a-")
all("", "")
all("", "x*")
all("a,b,,c", "([^,]*)")
all("hello world", "%a*")
all("abc", ".-")
all("abc", "$")
