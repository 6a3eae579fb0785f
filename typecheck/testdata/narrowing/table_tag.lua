type Opts = {verbose: boolean}
local function f(o: Opts | string | nil): boolean
  if type(o) == "table" then
    return o.verbose
  elseif type(o) == "string" then
    return o == "verbose"
  end
  return false
end
print(f("x"))
