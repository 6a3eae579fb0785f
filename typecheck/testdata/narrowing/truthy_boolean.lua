local function f(flag: boolean, s: string | false): string
  if s then
    return s
  end
  if flag then
    local t: true = flag
    print(t)
  else
    local f2: false = flag
    print(f2)
  end
  return "none"
end
print(f(true, false))
