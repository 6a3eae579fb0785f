local function f(xs: {number?}): number
  local i = 0
  local v: number?
  repeat
    i = i + 1
    v = xs[i]
  until v ~= nil
  return v
end
print(f({nil, 2}))
