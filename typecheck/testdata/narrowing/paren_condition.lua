local function f(a: string?): number
  if (a) then
    return #a
  end
  if ((a ~= nil)) then
    return #a
  end
  return 0
end
print(f("x"))
