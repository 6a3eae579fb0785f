type Mode = "fast" | "safe"
local function run(m: Mode?): string
  if m then
    local mm: Mode = m
    return mm
  end
  local none: nil = m
  return "default"
end
print(run(nil))
