type Obj = {n: number}
local M = {}
function M.describe(self: Obj): string
  return "obj " .. self.n
end
local o: Obj = {n = 1}
print(M.describe(o))
M.describe({m = 1}) -- expect-error: UNDEFINED_FIELD, MISSING_FIELD
