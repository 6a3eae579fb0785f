local function sign(n: number): string
  if n > 0 then
    return "+"
  elseif n < 0 then
    return "-"
  else
    return "0"
  end
end
local function incomplete(n: number): string
  if n > 0 then
    return "+"
  elseif n < 0 then
    return "-"
  end
end -- expect-error: RETURN_COUNT
print(sign(1), incomplete(1))
