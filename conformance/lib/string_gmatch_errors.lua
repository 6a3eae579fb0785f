-- Pattern errors from gmatch are raised by the iterator, when reached.
local function run(s, p)
  local ok, err = pcall(function()
    local out = ""
    for a in s:gmatch(p) do out = out .. "<" .. a .. ">" end
    return out
  end)
  print(p, ok, err)
end
run("abc", "%")
run("abc", "[a")
run("abc", "c%")
run("xyz", "c%")
run("abc", "(b")
run("abc", "(")
run("abc", "%1")
run("abc", "%f")
local it = ("abc"):gmatch("b%")
print(pcall(it))
print((pcall(string.gmatch, "abc", "%")))
