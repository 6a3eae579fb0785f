local function f(): number
  error("not implemented")
  return 0 -- expect-error: UNREACHABLE
end
local function g(n: number): number
  while true do
    if n > 10 then return n end
    n = n + 1
  end
  print("never") -- expect-error: UNREACHABLE
end
local function h(xs: {number}): number
  for _, x in ipairs(xs) do
    if x > 0 then
      goto found
    end
  end
  do return 0 end
  ::found::
  return 1
end
print(f, g, h)
