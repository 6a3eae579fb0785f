local function f(items: {string}): number
  local current: string? = "start"
  local n = 0
  for _, it in ipairs(items) do
    n = n + #current -- expect-error: NIL_ACCESS
    current = nil
  end
  return n
end
print(f({}))
