local e = errors.new("boom")
local m: string = e:message()
local k = e:kind()
local w = errors.wrap(e, "context")
local isit: boolean = errors.is(e, errors.NOT_FOUND)
local bad = errors.is(e, "NOPE") -- expect-error: TYPE_MISMATCH
local n: number = e:message() -- expect-error: TYPE_MISMATCH
local e2 = errors.new({message = "x", kind = errors.INVALID})
print(m, k, w, isit, bad, n, e2)
