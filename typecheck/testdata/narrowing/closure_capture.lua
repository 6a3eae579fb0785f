local function f(s: string?): (() -> number)?
  if s then
    return function() return #s end
  end
  return nil
end
local function g(s: string?): () -> number
  local t = s
  if t then
    return function() return #t end
  end
  return function() return 0 end
end
local function h(s: string?): () -> number
  local t: string? = s
  if t == nil then t = "" end
  -- t may be assigned again later, so the closure sees its declared type
  return function() return #t end -- expect-error: NIL_ACCESS
end
local function k(s: string?): () -> number
  local t = s
  if t == nil then t = "" end
  -- an unannotated local assigned again: closures see every value it
  -- may hold (string? here)
  return function() return #t end -- expect-error: NIL_ACCESS
end
print(f("x"), g("y"), h(nil), k(nil))
