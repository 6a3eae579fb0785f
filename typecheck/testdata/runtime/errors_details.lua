local e = errors.new({message = "bad input", kind = "INVALID", details = {field = "name"}})
local d = e:details()
if d then
  print(d.field)
end
local k: ErrorKind = e:kind()
local bad: ErrorKind = "OOPS" -- expect-error: TYPE_MISMATCH
print(k, bad, e:stack())
