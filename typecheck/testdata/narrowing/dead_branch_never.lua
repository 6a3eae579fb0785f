local function f(s: string): number
  if type(s) == "number" then
    -- s is never here: anything goes in dead code
    return s + s.field
  end
  return #s
end
print(f("x"))
