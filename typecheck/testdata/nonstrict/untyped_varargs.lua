local function f(...)
  local n = select("#", ...)
  local a, b = ...
  local t = {...}
  return n, a, b, #t
end
print(f(1, nil, 3))
print(select(-1, 1, 2, 3))
