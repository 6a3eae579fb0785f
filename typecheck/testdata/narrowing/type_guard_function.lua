local function call(f: (() -> number) | number): number
  if type(f) == "function" then
    return f()
  end
  return f
end
local function bad(f: (() -> number) | number): number
  return f() -- expect-error: NOT_CALLABLE
end
print(call(1), bad(2))
