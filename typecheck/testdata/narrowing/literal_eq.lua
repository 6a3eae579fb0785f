type Mode = "read" | "write" | "append"
local function open(m: Mode): number
  if m == "read" then
    local r: "read" = m
    print(r)
    return 1
  elseif m == "write" then
    return 2
  end
  local a: "append" = m
  return 3
end
local function bad(m: Mode): number
  if m == "read" then
    return 1
  end
  local r: "read" = m -- expect-error: TYPE_MISMATCH
  return 2
end
print(open("read"), bad("write"))
