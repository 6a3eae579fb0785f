local function f(v: string | number | {number}): number
  if string:is(v) then
    return #v
  end
  if integer:is(v) then
    local i: integer = v
    return i
  end
  return 0
end
print(f("ab"))
