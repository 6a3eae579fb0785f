type Handler = (req: {path: string}) -> (number, string)
local h: Handler = function(req)
  return 200, req.path
end
local code, body = h({path = "/"})
local c: number = code
local b: string = body
local bad: Handler = function(req) return "ok" end -- expect-error: TYPE_MISMATCH
h({}) -- expect-error: MISSING_FIELD
print(c, b, bad)
