local function join(sep: string, ...: string): string
  local parts = {...}
  local out = ""
  for i, p in ipairs(parts) do
    if i > 1 then out = out .. sep end
    out = out .. p:upper()
  end
  return out
end
print(join(",", "a", "b"))
join(",", "a", {}) -- expect-error: TYPE_MISMATCH
