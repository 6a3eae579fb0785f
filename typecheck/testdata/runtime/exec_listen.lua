--!strict
local result, err = process.exec("app:compute", "app:processes", 1, 2)
if err then
  print(err:message())
end
local updates = process.listen("updates")
local raw = process.listen("raw", {message = true})
local v = updates:receive()
process.listen({}) -- expect-error: TYPE_MISMATCH
print(result, v, raw)
