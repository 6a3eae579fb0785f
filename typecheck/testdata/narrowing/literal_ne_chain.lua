type Color = "red" | "green" | "blue"
local function code(c: Color): number
  if c ~= "red" and c ~= "green" then
    local b: "blue" = c
    print(b)
    return 3
  end
  return 0
end
print(code("blue"))
