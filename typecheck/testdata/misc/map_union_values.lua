local settings: {[string]: string | number | boolean} = {name = "x", size = 3, on = true}
local v = settings.size
if type(v) == "number" then
  print(v + 1)
end
settings.color = {} -- expect-error: TYPE_MISMATCH
