local function log(fmt: string, ...: any): string
  return string.format(fmt, ...)
end
local function first(...: string): string?
  local a = ...
  return a
end
print(log("%d %s", 1, "a"), first("x", "y"))
