local function handler(req: {path: string}): number
  return #req.path
end
local other: typeof(handler) = function(req) return 1 end
local wrong: typeof(handler) = function(req) return "x" end -- expect-error: TYPE_MISMATCH
print(other, wrong)
